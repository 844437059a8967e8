"""Titles, page chrome and dates of the newest page families: an embedded social post's
text, a video page's caption and links, separators and cut-off menu items, release-type
labels and spokesperson's offices of translated releases, a listing page's heading, a
dateline, headline and text glued into one line. Invented pages in several languages,
through the rules and through parse_report."""

from __future__ import annotations

from datetime import date

import pytest

from archive.ingest import parse_report
from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason
from archive.ingest.captions import social_post_texts, video_captions
from archive.ingest.header import is_issuer, listing_heading
from archive.ingest.layout import unfold_dated_head
from archive.ingest.text import split_paragraph_blocks


def _parse(text: str, ref):
    return parse_report(text.encode(), reference=ref)


def _dropped(parsed) -> dict[str, str]:
    return {d.line: d.reason for d in parsed.dropped}


def _body(parsed) -> list[str]:
    return parsed.body.split("\n\n")


LEAD = {
    "es": "El canciller japonés recibió a su homólogo estadounidense en Tokio para hablar de la "
    "alianza y de la seguridad regional durante más de una hora.",
    "en": "The Japanese foreign minister welcomed his American counterpart in Tokyo for more "
    "than an hour of talks on the alliance and regional security.",
    "id": "Menteri Luar Negeri Jepang menerima mitranya dari Amerika Serikat di Tokyo untuk "
    "membahas aliansi dan keamanan kawasan selama lebih dari satu jam.",
}
POSTS = {
    "es": (
        "Tuit:",
        "@embajadaeeuu",
        "Gran reunión hoy con el canciller.",
        "9:10 horas – 3 de mayo de 2021",
    ),
    "en": (
        "Tweet:",
        "@StateDept",
        "A productive meeting with FM Hayashi today.",
        "10:05 AM · Jan 7, 2022",
    ),
    "id": (
        "Tweet:",
        "@usembassyjkt",
        "Pertemuan yang produktif dengan Menlu hari ini.",
        "14.20 WIB - 7 Januari 2022",
    ),
}


# --- an embedded social post's text -----------------------------------------------------


@pytest.mark.parametrize("language", sorted(POSTS))
def test_a_posts_text_between_its_account_and_its_time_stamp_is_dropped(language, ref):
    label, handle, text, stamp = POSTS[language]
    page = f"{LEAD[language]}\n\n{label}\n{handle}\n{text}\n{stamp}\n\n{LEAD[language]}\n"
    parsed = _parse(page, ref)
    dropped = _dropped(parsed)
    assert dropped[text] == "social post text"
    assert {dropped[label], dropped[handle], dropped[stamp]} == {"social post"}
    assert LEAD[language] in _body(parsed)


def test_the_lines_above_a_posts_attribution_are_its_text_in_that_block_only():
    page = (
        "The ministers met for an hour and agreed to deepen their cooperation on security.\n\n"
        "Great to welcome my friend Foreign Minister Hayashi to Washington today.\n"
        "— Secretary Antony Blinken (@SecBlinken) January 7, 2022\n\n"
        "They will meet again next month in Tokyo to follow up on the agreement."
    )
    paragraphs, blocks = split_paragraph_blocks(page)
    reasons = {2: "social post"}
    assert social_post_texts(paragraphs, blocks, reasons) == [1]
    # The same line with a blank line before the attribution is the report's.
    paragraphs, blocks = split_paragraph_blocks(page.replace("today.\n—", "today.\n\n—"))
    assert social_post_texts(paragraphs, blocks, {2: "social post"}) == []


def test_a_paragraph_after_an_account_line_but_no_time_stamp_is_kept():
    paragraphs = ["@usembassytokyo", "La embajada publicó el comunicado en su cuenta.", "Fin."]
    blocks = [0, 0, 1]
    assert social_post_texts(paragraphs, blocks, {0: "social post"}) == []


def test_more_than_three_lines_between_an_account_and_a_stamp_are_no_post():
    paragraphs = ["@cuenta", "Uno.", "Dos.", "Tres.", "Cuatro.", "9:10 horas – 3 de mayo de 2021"]
    reasons = {0: "social post", 5: "social post"}
    assert social_post_texts(paragraphs, [0] * 6, reasons) == []
    assert social_post_texts(
        paragraphs[:1] + paragraphs[4:], [0] * 3, {0: "social post", 2: "social post"}
    ) == [1]


@pytest.mark.parametrize(
    "line",
    [
        "Wonderful talks with @MOFAJapan_en today pic.twitter.com/Ab12Cd34",
        "Reunión productiva con el canciller https://t.co/Xy98Zw76",
    ],
)
def test_a_line_ending_with_a_posts_picture_link_is_a_post(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == "social post"


# --- a video page -----------------------------------------------------------------------

VIDEO_PAGES = {
    "en": (
        "President Meets with the Prime Minister of Japan",
        "September 05, 2013 | 6:08 | Public Domain",
        "The President and the Prime Minister speak to the press before their meeting.",
        "Download mp4 (223MB) | mp3 (15MB)",
        "Read the Transcript",
    ),
    "es": (
        "El presidente se reúne con el primer ministro de Japón",
        "5 de septiembre de 2013 | 6:08 | Dominio público",
        "El presidente y el primer ministro hablan con la prensa antes de su reunión.",
        "Descargar mp4 (223MB) | mp3 (15MB)",
        "Leer la transcripción",
    ),
    "id": (
        "Presiden Bertemu Perdana Menteri Jepang di Gedung Putih",
        "5 September 2013 | 6:08 | Domain Publik",
        "Presiden dan Perdana Menteri berbicara kepada pers sebelum pertemuan mereka.",
        "Unduh mp4 (223MB) | mp3 (15MB)",
        "Baca transkrip",
    ),
}
REMARKS = (
    "PRESIDENT: Well, it is wonderful to see the Prime Minister and his delegation again, "
    "and we will talk about the economy and our security."
)


@pytest.mark.parametrize("language", sorted(VIDEO_PAGES))
def test_a_videos_caption_download_links_and_transcript_link_are_dropped(language, ref):
    title, info, caption, download, transcript = VIDEO_PAGES[language]
    page = "\n\n".join([title, info, caption, download, transcript, REMARKS])
    parsed = _parse(page, ref)
    dropped = _dropped(parsed)
    assert parsed.title == title
    assert parsed.published == date(2013, 9, 5)
    assert dropped[caption] == "video caption"
    assert dropped[download] == "download links"
    assert transcript in dropped  # "Baca transkrip" is a related link too
    assert _body(parsed) == [REMARKS]


def test_a_line_above_download_links_without_a_videos_information_line_is_kept():
    paragraphs = ["September 05, 2013", "The two leaders spoke.", "Download mp4 (223MB)"]
    assert video_captions(paragraphs, {0: "date line", 2: "download links"}) == []
    paragraphs[0] = "September 05, 2013 | 6:08 | Public Domain"
    assert video_captions(paragraphs, {0: "date line", 2: "download links"}) == [1]
    # Three lines between: no caption.
    lines = [paragraphs[0], "One.", "Two.", "Three.", "Read the Transcript"]
    assert video_captions(lines, {0: "date line", 4: "transcript link"}) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Read the transcript of the press conference on the embassy's website.",
        "Download the app to follow the visit.",
        "The video (12MB) was shown to reporters.",
    ],
)
def test_sentences_about_transcripts_and_downloads_stay(sentence):
    assert boilerplate_reason(sentence, DEFAULT_PATTERNS) is None


# --- separators, cut-off menu items, release labels and offices --------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("|", "separator"),
        ("| |", "separator"),
        ("»", "separator"),
        ("Informasi, Kebudayaan &", "menu item cut off"),
        ("News &", "menu item cut off"),
        ("Prensa, Eventos &", "menu item cut off"),
        ("Catatan Media", "section label"),
        ("Nota para los medios", "section label"),
        ("Nota per i media", "section label"),
        ("メディアノート", "section label"),
        ("미디어 노트", "section label"),
    ],
)
def test_separators_cut_off_menu_items_and_release_labels_are_chrome(line, reason):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == reason


@pytest.mark.parametrize(
    "line", ["Japan & the United States", "the talks went on and on &", "Trascrizione completa"]
)
def test_lines_that_only_hold_a_sign_or_a_label_word_stay(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) is None


@pytest.mark.parametrize(
    "office", ["Kantor Juru Bicara", "Oficina del Portavoz", "Ufficio del Portavoce"]
)
def test_a_spokespersons_office_is_an_issuer(office):
    assert is_issuer(office)
    assert is_issuer(office.upper())


@pytest.mark.parametrize(
    "office", ["米国務省報道官室", "美国国务院发言人办公室", "외교부 대변인실", "대변인실"]
)
def test_a_spokespersons_office_in_cjk_is_an_issuer(office):
    assert is_issuer(office)


@pytest.mark.parametrize(
    "word", ["Kantor", "Oficina", "kantor berita melaporkan", "회의실", "사실"]
)
def test_an_office_word_alone_or_in_a_sentence_is_no_issuer(word):
    assert not is_issuer(word)


RELEASES = {
    "id": (
        "Departemen Luar Negeri AS",
        "Catatan Media",
        "Kantor Juru Bicara",
        "11 Februari 2022",
        "Berikut ini adalah pernyataan bersama para Menteri Luar Negeri "
        "Australia, India, Jepang, dan Amerika Serikat tentang kerja sama Quad.",
    ),
    "es": (
        "Departamento de Estado",
        "Nota para los medios",
        "Oficina del Portavoz",
        "11 de febrero de 2022",
        "A continuación figura la declaración conjunta de los "
        "ministros de Asuntos Exteriores de Australia, la India, Japón y Estados Unidos.",
    ),
    "it": (
        "Dipartimento di Stato",
        "Nota per i media",
        "Ufficio del Portavoce",
        "11 febbraio 2022",
        "Di seguito la dichiarazione congiunta dei ministri degli Esteri "
        "di Australia, India, Giappone e Stati Uniti sulla cooperazione del Quad.",
    ),
}


@pytest.mark.parametrize("language", sorted(RELEASES))
def test_a_translated_release_keeps_its_issuers_and_drops_its_type_label(language, ref):
    issuer, label, office, day, text = RELEASES[language]
    parsed = _parse("\n".join([issuer, label, office, day, text]), ref)
    dropped = _dropped(parsed)
    assert dropped[label] == "section label"
    assert dropped[day] == "date line"
    assert parsed.published == date(2022, 2, 11)
    assert parsed.title == ""  # an issuer or an office is never the headline
    assert _body(parsed)[:2] == [issuer, office]


# --- a listing page's heading --------------------------------------------------------------

LISTINGS = {
    "it": ("Notizie ed eventi", "Leggi di più»"),
    "en": ("News & Events", "Read more"),
    "es": ("Noticias y eventos", "Leer más"),
}


def _story(number: int, more: str) -> str:
    return (
        f"Story number {number} about the alliance\n\n"
        f"The embassy published story number {number}, a blurb of a few words about it.\n"
        f"{more}\n"
    )


@pytest.mark.parametrize("language", sorted(LISTINGS))
def test_a_listing_pages_heading_is_its_title(language, ref):
    heading, more = LISTINGS[language]
    page = f"{heading}\n\n" + "\n".join(_story(n, more) for n in (1, 2, 3))
    parsed = _parse(page, ref)
    assert parsed.title == heading
    assert "Story number 1 about the alliance" in _body(parsed)
    assert parsed.section == ""


def test_no_listing_heading_with_one_read_more_link_or_links_far_below():
    lines = ["News", "Story one", "Blurb one.", "Read more", "Story two", "Blurb.", "Read more"]
    reasons = {3: "read more link", 6: "read more link"}
    assert listing_heading(lines, reasons) == 0
    assert listing_heading(lines, {3: "read more link"}) is None
    far = ["News", "Headline of the report", *["A paragraph."] * 4, *lines[1:]]
    assert listing_heading(far, {8: "read more link", 11: "read more link"}) is None
    sentence = ["This is a sentence.", *lines[1:]]
    assert listing_heading(sentence, reasons) is None


def test_an_article_with_related_stories_at_its_foot_keeps_its_headline(ref):
    page = (
        "Ministers Agree to Deepen Security Ties\n\nJanuary 7, 2022\n\n"
        + "The foreign ministers of Japan and the United States met in Washington and agreed "
        "to deepen their cooperation on security.\n\n"
        * 3
        + "\n".join(_story(n, "Read more") for n in (1, 2))
    )
    assert _parse(page, ref).title == "Ministers Agree to Deepen Security Ties"


# --- a dateline, headline and text glued into one line -------------------------------------

GLUED = {
    "id": (
        "Jakarta, 24 September 2021",
        "Pertemuan Bilateral Menteri Luar Negeri Jepang – RI",
        "Pada hari Kamis, kedua Menteri Luar Negeri bertemu selama kurang lebih 50 menit dan "
        "bertukar pendapat tentang situasi di kawasan.",
        date(2021, 9, 24),
    ),
    "en": (
        "Tokyo, January 7, 2022",
        "Japan-U.S. Foreign Ministers' Meeting on the Alliance",
        "The two ministers met for about an hour and exchanged views on the situation in the "
        "region and on the alliance.",
        date(2022, 1, 7),
    ),
    "es": (
        "Roma, 7 de enero de 2022",
        "Reunión de Ministros de Asuntos Exteriores de Japón y Estados Unidos",
        "El ministro japonés y el secretario de Estado conversaron durante una hora sobre la "
        "situación de la región y la alianza.",
        date(2022, 1, 7),
    ),
}


@pytest.mark.parametrize("language", sorted(GLUED))
def test_a_glued_dateline_headline_and_text_are_read_apart(language, ref):
    dated, headline, text, day = GLUED[language]
    page = f"Menu &\n|\n{dated} {headline} {text}\nSecond paragraph of the text, kept as it is."
    parsed = _parse(page, ref)
    assert parsed.title == headline
    assert parsed.published == day
    assert _body(parsed) == [text, "Second paragraph of the text, kept as it is."]


def test_a_glued_line_without_a_sentence_opener_loses_only_its_date():
    text = "Tokyo, January 7, 2022 Secretary Blinken Meets Foreign Minister Hayashi " + (
        "Secretary Blinken met Foreign Minister Hayashi for an hour and discussed the region."
    )
    lines, blocks = unfold_dated_head([text], [0])
    assert lines == ["Tokyo, January 7, 2022", text[len("Tokyo, January 7, 2022 ") :]]
    assert blocks == [0, 0]


@pytest.mark.parametrize(
    "line",
    [
        # Goes on in lower case: a sentence.
        "Tokyo, January 7, 2022 was the day the two ministers met for an hour of talks on "
        "the alliance and on the situation in the region.",
        # Too short to be a glued page.
        "Tokyo, January 7, 2022 Foreign Ministers Meet",
        # No date right after the place.
        "Tokyo, where the ministers met on January 7, 2022, The talks lasted an hour and "
        "covered the alliance and the region at length.",
    ],
)
def test_other_lines_opening_with_a_place_stay_whole(line):
    assert unfold_dated_head([line], [0]) == ([line], [0])


def test_only_the_head_is_unfolded():
    glued = " ".join(GLUED["id"][:3])
    lines = ["Paragraph."] * 5 + [glued]
    assert unfold_dated_head(lines, list(range(6)))[0] == lines


CJK_POSTS = {
    "ja": (
        "林外務大臣は7日、ブリンケン国務長官とワシントンで会談し、日米同盟の強化で一致した。",
        "ブリンケン長官との会談は大変有意義でした。",
        "— 外務省 (@MofaJapan_jp) 2022年1月7日",
    ),
    "ko": (
        "하야시 외무상은 7일 워싱턴에서 블링컨 국무장관과 회담하고 동맹 강화에 합의했습니다.",
        "블링컨 장관과의 회담은 매우 유익했습니다.",
        "— 주일미국대사관 (@USEmbassyTokyo) 2022년 1월 7일",
    ),
}


@pytest.mark.parametrize("language", sorted(CJK_POSTS))
def test_a_posts_text_above_its_cjk_attribution_is_dropped(language, ref):
    lead, text, attribution = CJK_POSTS[language]
    parsed = _parse(f"{lead}\n\n{text}\n{attribution}\n\n{lead}\n", ref)
    dropped = _dropped(parsed)
    assert dropped[attribution] == "social post"
    assert dropped[text] == "social post text"
    assert _body(parsed) == [lead, lead]


@pytest.mark.parametrize(
    "line", ["午後2:35 · 2022年1月7日", "오후 2:35 · 2022년 1월 7일", "View this post on Instagram"]
)
def test_cjk_time_stamps_and_instagram_furniture_are_a_posts(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == "social post"


@pytest.mark.parametrize(
    "line", ["2022年1月7日", "会談は午後2:35に始まった。", "오후 2:35 회담 시작"]
)
def test_a_date_or_a_time_in_a_sentence_is_no_post(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) is None


def test_the_text_above_an_instagram_attribution_is_the_posts():
    paragraphs = [
        "The ministers met in Tokyo and agreed to deepen their cooperation.",
        "Welcoming Secretary Blinken to Tokyo!",
        "A post shared by U.S. Embassy Tokyo (@usembassytokyo) on Jan 7, 2022 at 10:05pm PST",
    ]
    assert social_post_texts(paragraphs, [0, 1, 1], {2: "social post"}) == [1]


def test_a_listings_first_read_more_link_counts_within_four_lines_of_its_heading():
    lines = ["ニュース", "見出し一", "2022年1月7日", "写真", "本文の要約です。", "続きを読む"]
    lines += ["見出し二", "本文の要約です。", "続きを読む"]
    assert listing_heading(lines, {5: "read more link", 8: "read more link"}) is None
    del lines[3]
    assert listing_heading(lines, {4: "read more link", 7: "read more link"}) == 0
    lines[0] = "ニュースとイベントの一覧のページです"  # too long for a heading
    assert listing_heading(lines, {4: "read more link", 7: "read more link"}) is None


def test_a_glued_head_needs_fifteen_words_after_its_date_and_a_short_headline():
    dated = "Jakarta, 24 September 2021"
    words = "Pertemuan Bilateral Menteri Luar Negeri Jepang – RI Pada hari Kamis kedua menteri"
    fourteen = " ".join(f"{words} bertemu lama".split()[:14])
    assert unfold_dated_head([f"{dated} {fourteen}"], [0])[0] == [f"{dated} {fourteen}"]
    fifteen = f"{fourteen} dan"
    assert unfold_dated_head([f"{dated} {fifteen}"], [0])[0][0] == dated
    long_headline = " ".join(["Pertemuan"] * 26)
    text = f"{dated} {long_headline} Pada hari Kamis kedua menteri bertemu dan berbicara."
    assert unfold_dated_head([text], [0])[0][1].startswith(long_headline)
    lines = ["Menu"] * 4 + [f"{dated} {fifteen}"]
    assert unfold_dated_head(lines, [0] * 5)[0][4] == dated  # the fifth line is in the head


def test_a_videos_caption_is_sixty_words_at_most():
    info, links = "September 05, 2013 | 6:08 | Public Domain", "Download mp4 (223MB)"
    reasons = {0: "date line", 2: "download links"}
    sixty = " ".join(["word"] * 59) + " end."
    assert video_captions([info, sixty, links], reasons) == [1]
    assert video_captions([info, f"one {sixty}", links], reasons) == []
    two = [info, "First line.", "Second line.", links]
    assert video_captions(two, {0: "date line", 3: "download links"}) == [1, 2]
    assert video_captions([links], {0: "download links"}) == []

"""Page chrome that still reached the body or the title: a photo's alt text and caption
glued together, a photo's title above its caption, a pull quote, a site footer after the
last sentence, a headline ending in a quotation, a page printed as one line. Invented
pages in several languages, through the rules and through parse_report."""

from __future__ import annotations

from datetime import date

import pytest

from archive.ingest import parse_report
from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason, closing_footer
from archive.ingest.captions import caption_titles, pull_quotes, repeated_lines
from archive.ingest.header import is_body_paragraph, is_issuer, split_section_prefix
from archive.ingest.one_line_pages import unfold_one_line_page
from archive.ingest.text import split_paragraph_blocks


def _parse(text: str, ref):
    return parse_report(text.encode(), reference=ref)


def _dropped(parsed) -> dict[str, str]:
    return {d.line: d.reason for d in parsed.dropped}


# --- a line printed twice --------------------------------------------------------------

CAPTIONS = [
    "외교장관들이 10일 회담에 앞서 악수하고 있다.",
    "(FILE) Presiden bertemu dengan Perdana Menteri Jepang di Gedung Putih, Jumat.",
    "The two ministers shake hands before their talks at the State Department.",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_line_printed_twice_with_no_blank_line_between_is_a_photos(caption):
    paragraphs, blocks = split_paragraph_blocks(
        f"Headline of the day\n\n{caption}\n{caption}\n\nThe first paragraph of the report.\n"
    )
    assert [i for i, _ in repeated_lines(paragraphs, blocks)] == [1, 2]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_sentence_printed_again_after_a_blank_line_is_the_reports(caption):
    paragraphs, blocks = split_paragraph_blocks(
        f"Headline of the day\n\n{caption}\n\n{caption}\n\nThe next paragraph.\n"
    )
    assert repeated_lines(paragraphs, blocks) == []


def test_a_line_printed_twice_without_blank_lines_anywhere_is_kept_once():
    lead = "The two ministers met in Tokyo on Friday and reaffirmed the alliance."
    paragraphs, blocks = split_paragraph_blocks(f"Headline of the day\n{lead}\n{lead}\nEnd.\n")
    assert repeated_lines(paragraphs, blocks) == [(1, "repeated line")]


def test_a_headline_printed_again_at_once_keeps_its_first_copy():
    page = "日米外相会談\n日米外相会談\n\n両外相は会談した。\n"
    paragraphs, blocks = split_paragraph_blocks(page)
    assert repeated_lines(paragraphs, blocks) == [(1, "headline printed again")]


def test_a_korean_caption_pair_goes_and_the_repeated_lead_stays(ref):
    caption = "조 바이든 미국 대통령과 일본 총리가 10일 환영행사에서 악수하고 있다."
    lead = "미국과 일본이 10일 워싱턴에서 정상회담을 개최했습니다. 두 정상은 동맹을 강조했습니다."
    page = f"연결 가능 링크\n\n미일 정상회담 열려\n\n{caption}\n{caption}\n\n{lead}\n\n{lead}\n"
    parsed = _parse(page, ref)
    assert parsed.title == "미일 정상회담 열려"
    assert caption not in parsed.body
    assert parsed.body.count(lead) == 2


# --- a headline ending in a quotation ----------------------------------------------------


@pytest.mark.parametrize(
    "headline",
    [
        "미일 정상회담...바이든 대통령 “미일동맹, 세계 평화∙안보 초석”",
        "美日防长会谈 奥斯汀称中国拦截美机“非常令人担忧”",
        "Biden hails alliance with Japan as the “cornerstone of peace and security”",
        "首脳会談 首相「日米同盟はかつてなく強固」",
    ],
)
def test_a_headline_ending_in_a_quotation_is_no_body_paragraph(headline):
    assert not is_body_paragraph(headline)


@pytest.mark.parametrize(
    "paragraph",
    [
        "“북한의 도발적 행동과 러시아와의 군사 협력으로 역내 도전이 점증하면서 "
        "협력이 그 어느 때보다 중요해졌습니다.”",
        "“Our alliance has never been stronger, and it is the cornerstone of peace in the region,"
        " and we will keep it so.”",
        "首相は会見で「日米同盟はかつてなく強固であり、地域の平和と安定の礎である。」",
    ],
)
def test_a_paragraph_whose_quotation_ends_with_a_stop_is_a_body_paragraph(paragraph):
    assert is_body_paragraph(paragraph)


def test_a_headline_ending_in_a_quotation_after_a_skip_link_is_the_title(ref):
    headline = "美日防长会谈 奥斯汀称中国拦截美机“非常令人担忧”"
    body = (
        "美国国防部长奥斯汀6月1日在东京表示,中国国防部长拒绝与他会晤是不幸的,"
        "并再次强调了两国军方保持开放的沟通渠道的重要性。"
    )
    parsed = _parse(f"跳到主要内容\n\n{headline}\n\n{body}\n", ref)
    assert parsed.title == headline
    assert parsed.body == body


# --- a photo's title above its caption ---------------------------------------------------


@pytest.mark.parametrize(
    ("photo_title", "caption"),
    [
        (
            "Prime Minister addresses a joint session of Congress, April 29, 2015",
            "The Prime Minister speaks before a joint meeting of Congress on Capitol Hill in "
            "Washington, Wednesday, April 29, 2015. (AP Photo/Jane Doe)",
        ),
        (
            "Kishida en la Casa Blanca, 10 de abril de 2024",
            "El presidente y el primer ministro japonés caminan por la columnata de la Casa "
            "Blanca después de la ceremonia de llegada. (Foto AP/Juan Pérez)",
        ),
    ],
)
def test_a_photos_title_glued_to_its_caption_goes(ref, photo_title, caption):
    body = (
        "This week the Prime Minister visits the United States. The President welcomed him "
        "at an arrival ceremony on the South Lawn."
    )
    parsed = _parse(f"The Visit of the Prime Minister\n\n{photo_title}\n{caption}\n\n{body}\n", ref)
    dropped = _dropped(parsed)
    assert dropped[photo_title] == "photo title above its caption"
    assert caption in dropped
    assert parsed.body == body


def test_a_photos_title_is_read_only_on_a_page_with_blank_lines():
    paragraphs = ["Photo title here", "A caption. (AP Photo/Jane Doe)", "Body."]
    assert caption_titles(paragraphs, [0, 0, 0], {1}) == []
    assert caption_titles(paragraphs, [0, 0, 1], {1}) == [0]
    # A sentence or a heading above the caption is the report's.
    sentence = ["The ministers met today.", "A caption. (AP Photo/Jane Doe)", "Body."]
    assert caption_titles(sentence, [0, 0, 1], {1}) == []
    assert caption_titles(["2. Regional affairs", *paragraphs[1:]], [0, 0, 1], {1}) == []


# --- pull quotes -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pull", "paragraph"),
    [
        (
            "“Anggota militer kita bekerja bersama setiap hari untuk kepentingan bersama,” kata "
            "Presiden.",
            "“Anggota militer kita bekerja bersama setiap hari untuk kepentingan bersama,” kata "
            "Presiden. “Jepang adalah mitra yang sangat penting,” tambahnya.",
        ),
        (
            "“Our alliance is the cornerstone of peace and prosperity in the region.”",
            "The Secretary said: “Our alliance is the cornerstone of peace and prosperity in the "
            "region.” He thanked his counterpart.",
        ),
        (
            "「日米同盟はかつてなく強固であり、地域の平和の礎である」",
            "首相は会見で「日米同盟はかつてなく強固であり、地域の平和の礎である」と述べた。",
        ),
    ],
)
def test_a_quotation_printed_again_inside_a_paragraph_is_a_pull_quote(pull, paragraph):
    paragraphs = ["Headline", pull, "First paragraph of the report.", paragraph]
    assert pull_quotes(paragraphs) == [1]
    assert pull_quotes(paragraphs, taken={1}) == []


def test_a_quotation_the_page_prints_once_or_twice_whole_is_no_pull_quote():
    quote = "“Our alliance is the cornerstone of peace and prosperity in the region,” he said."
    assert pull_quotes(["Headline", quote, "Another paragraph of the report."]) == []
    assert pull_quotes(["Headline", quote, "Another paragraph.", quote]) == []
    short = "“Strong,” he said."  # too short to tell
    assert pull_quotes(["Headline", short, f"The alliance is {short} And more."]) == []


def test_a_pull_quote_above_the_text_is_dropped(ref):
    quote = (
        "“Our militaries work together every day to defend our shared interests,” said "
        "President Trump."
    )
    page = (
        "Toward a Stronger Partnership with Japan\n\n"
        f"{quote}\n\n"
        "After meeting the Prime Minister of Japan for the first time, President Donald Trump "
        "praised the bonds between the two peoples.\n\n"
        f"{quote} “Japan is one of the top buyers of our exports,” he added.\n"
    )
    parsed = _parse(page, ref)
    assert _dropped(parsed)[quote] == "pull quote"
    assert parsed.body.count(quote) == 1


# --- the site's footer -------------------------------------------------------------------

LAST = "So again, thank you very much. Thank you, my friend."


@pytest.mark.parametrize(
    "footer",
    [
        ["U.S. Department of State", "The Lessons of 1989: Freedom and Our Future"],
        ["外務省", "外交青書", "ODA"],
        ["Kementerian Luar Negeri", "Siaran Pers Terbaru"],
        ["U.S. Embassy & Consulates in Japan"],
    ],
)
def test_the_sites_name_after_the_last_sentence_opens_the_footer(footer):
    lines = ["Headline", "The first paragraph.", LAST, *footer]
    assert closing_footer(lines, (), is_issuer) == list(range(3, 3 + len(footer)))


def test_a_footer_needs_the_sites_name_and_a_sentence_above_it():
    # No site's name: short lines closing the page may be the text cut short.
    assert closing_footer(["Headline", LAST, "The Lessons of 1989"], (), is_issuer) == []
    # The issuer at the head of a page with no sentence yet is the page's head.
    assert closing_footer(["防衛省", "日米防衛相会談"], (), is_issuer) == []
    # A sentence after the name: the name is the report's.
    lines = ["Headline", LAST, "U.S. Department of State", "The Secretary left for Tokyo."]
    assert closing_footer(lines, (), is_issuer) == []
    # Chrome already recognised is passed over.
    lines = ["Headline", LAST, "U.S. Department of State", "Back to top"]
    assert closing_footer(lines, {3}, is_issuer) == [2]


def test_a_transcript_closing_with_the_sites_footer(ref):
    page = (
        "SECRETARY BLINKEN: Well, so good to see you, and I am so pleased to spend this time "
        "with my friend the foreign minister.\n\n"
        "FOREIGN MINISTER HAYASHI: Great, great. And good to see you again.\n\n"
        f"{LAST}\n\n\n"
        "U.S. Department of State\n\n"
        "The Lessons of 1989: Freedom and Our Future\n"
    )
    parsed = _parse(page, ref)
    assert _dropped(parsed)["U.S. Department of State"] == "site footer"
    assert "Lessons of 1989" not in parsed.body
    assert parsed.body.endswith(LAST)


# --- a page printed as one line ------------------------------------------------------------

ONE_LINE_ZH = (
    "新聞音頻 奧斯汀:中國防長拒絕會晤是不幸的 中國攔截美國飛機“非常令人擔憂” 2023年6月1日 "
    "美國國防部長勞埃德·奧斯汀6月1日在東京表示,中國國防部長拒絕在新加坡參加防務會議期間與他會晤是"
    "“不幸的”,並再次強調了兩國軍方保持開放的溝通渠道的重要性。"
)
ONE_LINE_EN = (
    "Austin Calls China's Refusal to Meet Unfortunate June 1, 2023 "
    "U.S. Defense Secretary Lloyd Austin said in Tokyo on Thursday that the Chinese defense "
    "minister's refusal to meet him in Singapore was unfortunate, and stressed open channels."
)


def test_a_page_printed_as_one_line_unfolds_into_head_date_and_text():
    head, day, rest = unfold_one_line_page([ONE_LINE_ZH])
    assert head.endswith("“非常令人擔憂”")
    assert day == "2023年6月1日"
    assert rest.startswith("美國國防部長")
    assert unfold_one_line_page([ONE_LINE_EN])[:2] == [
        "Austin Calls China's Refusal to Meet Unfortunate",
        "June 1, 2023",
    ]


@pytest.mark.parametrize(
    "line",
    [
        # A dateline, a date inside a sentence, a date glued to the words around it.
        "TOKYO, June 1, 2023 — U.S. Defense Secretary Lloyd Austin said on Thursday that the "
        "refusal of the Chinese minister to meet him was unfortunate, and stressed channels.",
        "Defense Secretary Lloyd Austin said on June 1, 2023 in Tokyo that the refusal of the "
        "Chinese minister to meet him was unfortunate, and he stressed open channels again.",
        "美國國防部長奧斯汀2023年6月1日在東京表示,中國國防部長拒絕在新加坡參加防務會議期間與他會晤是"
        "“不幸的”,並再次強調了兩國軍方保持開放的溝通渠道的重要性。",
        "The ministers met. Then on 1 June 2023 they spoke again about the alliance and the "
        "region, and agreed to meet again before the end of the year in Washington or Tokyo.",
    ],
)
def test_a_paragraph_with_a_date_in_its_text_is_not_unfolded(line):
    assert unfold_one_line_page([line]) == [line]


def test_a_page_of_several_paragraphs_is_not_unfolded():
    paragraphs = [ONE_LINE_EN, ONE_LINE_EN.replace("Austin", "He")]
    assert unfold_one_line_page(paragraphs) == paragraphs


def test_a_chinese_page_printed_as_one_line_gives_its_title_and_date(ref):
    parsed = _parse(ONE_LINE_ZH, ref)
    assert parsed.title == "奧斯汀:中國防長拒絕會晤是不幸的 中國攔截美國飛機“非常令人擔憂”"
    assert parsed.section == "新聞音頻"
    assert parsed.published == date(2023, 6, 1)
    assert parsed.body.startswith("美國國防部長")


@pytest.mark.parametrize(
    ("title", "section", "headline"),
    [
        ("新聞音頻 奧斯汀:會晤是不幸的", "新聞音頻", "奧斯汀:會晤是不幸的"),
        ("新闻视频 美日防长会谈", "新闻视频", "美日防长会谈"),
        ("뉴스 미일 정상회담 열려", "뉴스", "미일 정상회담 열려"),
        ("News Austin meets Japanese counterpart", "", "News Austin meets Japanese counterpart"),
        ("日米首脳会談", "", "日米首脳会談"),
    ],
)
def test_a_sections_name_run_into_the_headline(title, section, headline):
    assert split_section_prefix(title) == (section, headline)


# --- a player's notice -------------------------------------------------------------------


def test_a_players_notice_alone_goes_but_not_with_the_text_run_on():
    assert boilerplate_reason("Your browser doesn’t support HTML5", DEFAULT_PATTERNS) == (
        "player notice"
    )
    run_on = "Your browser doesn’t support HTML5 美國國防部長奧斯汀6月1日在東京表示會晤是不幸的。"
    assert boilerplate_reason(run_on, DEFAULT_PATTERNS) is None


# --- hard-wrapped blocks -------------------------------------------------------------------


def test_a_short_line_above_a_long_one_is_no_wrapped_paragraph():
    title = "Prime Minister addresses a joint session of Congress, April 29, 2015"
    caption = (
        "The Prime Minister speaks before a joint meeting of Congress on Capitol Hill in "
        "Washington, Wednesday, April 29, 2015. The Vice President sits behind the prime "
        "minister. (AP Photo/Jane Doe)"
    )
    paragraphs, blocks = split_paragraph_blocks(f"{title}\n{caption}\n\nBody.\n")
    assert paragraphs == [title, caption, "Body."]
    assert blocks == [0, 0, 1]
    wrapped = (
        "The two ministers met in Tokyo on Friday and discussed the\n"
        "regional situation, including North Korea and the East China\n"
        "Sea."
    )
    assert split_paragraph_blocks(wrapped)[0] == [" ".join(wrapped.split("\n"))]

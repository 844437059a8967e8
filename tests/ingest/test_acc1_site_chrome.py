"""Site chrome of government, embassy, ministry and news pages: menu buttons, skip links
with a hint, lists under a "Related" or "Tags" header, newsletter footers, a date line
in capitals or beside its byline, an issuing office in capitals. Invented pages in
English, Japanese, Korean and Indonesian, through the rules and through parse_report."""

from __future__ import annotations

from datetime import date

import pytest

from archive.ingest import parse_report
from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason, list_under_header
from archive.ingest.dates import find_full_date, is_date_line
from archive.ingest.header import extract_section, is_issuer, is_issuer_or_place


def _parse(text: str, ref):
    return parse_report(text.encode(), reference=ref)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Skip to main content (Press Enter).", "navigation"),
        ("Toggle navigation", "menu button"),
        ("Search", "menu button"),
        ("メニュー", "menu button"),
        ("검색", "menu button"),
        ("Cari", "menu button"),
        ("搜索", "menu button"),
        ("Tags", "tags"),
        ("トピックス: 日本, 国務長官", "tags"),
        ("Lihat komentar", "comment form"),
        ("View comments", "comment form"),
        ("댓글 보기", "comment form"),
        ("Subscribe to Defense.gov Products", "newsletter prompt"),
        (
            "Choose which Defense.gov products you want delivered to your inbox.",
            "newsletter prompt",
        ),
        (
            "Home | Office of the Spokesperson | Press Releases | Secretary Blinken’s Meeting "
            "with Japanese Foreign Minister Hayashi",
            "breadcrumb",
        ),
    ],
)
def test_site_chrome_lines(line, reason):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Search and rescue teams from both countries trained together in Okinawa.",
        "The menu of options includes joint exercises.",
        "Subscribers to the treaty pledged to defend each other.",
        "Tags were attached to every shipment.",
    ],
)
def test_sentences_with_those_words_stay(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) is None


def test_links_listed_under_a_header_go_up_to_the_first_sentence():
    lines = [
        "The two ministers met today.",
        "関連リンク",
        "日米関係",
        "February 10, 2022",
        "The ministers will meet again next month.",
        "Tags",
        "Japan",
    ]
    reasons = {1: "related links", 5: "tags"}
    assert list_under_header(lines, reasons) == [2, 3, 6]
    # A header with its words on the same line ("Tags: Japan") lists nothing below it.
    assert list_under_header(["Tags: Japan, Alliance", "Japan"], {0: "tags"}) == []
    # Other chrome heads no list.
    assert list_under_header(["Share", "Japan"], {0: "sharing buttons"}) == []


def test_a_date_line_in_capitals_or_beside_its_byline():
    assert find_full_date("FEBRUARY 11, 2022") == date(2022, 2, 11)
    assert is_date_line("Jan. 7, 2022 | By Jim Garamone, DOD News")
    assert not is_date_line("The ministers met on Jan. 7, 2022 | and then by video")


def test_an_issuing_office_in_capitals():
    assert is_issuer("OFFICE OF THE SPOKESPERSON")
    assert is_issuer_or_place("OFFICE OF THE SPOKESPERSON")
    assert not is_issuer("READOUT")
    assert not is_issuer("SECRETARY BLINKEN MEETS HIS COUNTERPART")


STATE_PAGE = """An official website of the United States government Here's how you know

Home | Office of the Spokesperson | Press Releases | Secretary Blinken’s Meeting with Japanese \
Foreign Minister Hayashi

Secretary Blinken’s Meeting with Japanese Foreign Minister Hayashi

READOUT

OFFICE OF THE SPOKESPERSON

FEBRUARY 11, 2022

The below is attributable to Spokesperson Ned Price:

Secretary of State Antony J. Blinken met with Japanese Foreign Minister Yoshimasa Hayashi \
today in Melbourne. The Secretary and Foreign Minister discussed the U.S.-Japan Alliance.

Tags

Bureau of East Asian and Pacific Affairs

Japan

Related Articles

February 10, 2022

Secretary Blinken’s Meeting with Australian Foreign Minister Payne

Read More
"""

DOD_PAGE = """Skip to main content (Press Enter).

Toggle navigation

Search

News

Secretary Austin Meets Japanese Counterpart

Jan. 7, 2022 | By Jim Garamone, DOD News

Defense Secretary Lloyd J. Austin III met with Japanese Defense Minister Nobuo Kishi by video \
conference today, discussing the alliance and regional security.

Subscribe to Defense.gov Products

Choose which Defense.gov products you want delivered to your inbox.

Related Stories
"""

VOA_KO_PAGE = """연결 가능 링크

본문 바로가기

검색

미일 외교장관 전화통화…“동맹 강화”

2022.01.07

토니 블링컨 미 국무장관과 하야시 요시마사 일본 외무상이 7일 전화통화를 하고 미일 동맹 강화 방안을 \
논의했습니다.

VOA 뉴스

관련 뉴스

미한일 외교장관 회담 열려
"""

MOFA_PAGE = """外務省

ホーム > 会見・発表・広報 > 報道発表

日米外相電話会談

令和4年1月7日

1月7日午前9時から約30分間、林芳正外務大臣は、アントニー・ブリンケン米国国務長官と電話会談を行いました。

関連リンク

日米関係

このページのトップへ戻る
"""


@pytest.mark.parametrize(
    ("page", "title", "published", "body"),
    [
        (
            STATE_PAGE,
            "Secretary Blinken’s Meeting with Japanese Foreign Minister Hayashi",
            date(2022, 2, 11),
            ["OFFICE OF THE SPOKESPERSON", "The below is attributable to Spokesperson Ned Price:"],
        ),
        (DOD_PAGE, "Secretary Austin Meets Japanese Counterpart", date(2022, 1, 7), []),
        (VOA_KO_PAGE, "미일 외교장관 전화통화…“동맹 강화”", date(2022, 1, 7), []),
        (MOFA_PAGE, "日米外相電話会談", date(2022, 1, 7), []),
    ],
)
def test_government_and_news_pages(ref, page, title, published, body):
    parsed = _parse(page, ref)
    assert parsed.title == title
    assert parsed.published == published
    paragraphs = parsed.body.split("\n\n")
    # The head lines the report keeps, then its text, and nothing of the page after it.
    assert paragraphs[: len(body)] == body
    assert len(paragraphs) == len(body) + 1


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Artikel Terkait", "related links"),
        ("Berita Terpopuler", "related links"),
        ("Noticias relacionadas", "related links"),
        ("Dapatkan berita terbaru di email Anda.", "newsletter prompt"),
        ("Reciba las últimas noticias en su correo.", "newsletter prompt"),
        ("Ricevi le notizie nella tua casella.", "newsletter prompt"),
        ("이 페이지 공유하기", "sharing buttons"),
        ("Bagikan artikel", "sharing buttons"),
        ("Foro", "comment form"),
        ("Forum", "comment form"),
    ],
)
def test_news_site_chrome_in_other_languages(line, reason):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == reason


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("enero 07, 2022", date(2022, 1, 7)),
        ("Januari 7, 2022", date(2022, 1, 7)),
        ("mei 10,2024", date(2024, 5, 10)),
    ],
)
def test_a_native_date_printed_month_first(text, day):
    assert find_full_date(text) == day
    assert is_date_line(text)


def test_a_native_month_and_year_is_no_full_date():
    assert find_full_date("enero de 2022") is None
    assert find_full_date("Januari 2022, 7 orang") is None


VOA_ES_PAGE = """Enlaces para accesibilidad

Ir al contenido principal

Buscar

Blinken y Hayashi reafirman la alianza entre EEUU y Japón

enero 07, 2022

El secretario de Estado, Antony Blinken, y el canciller japonés, Yoshimasa Hayashi, \
conversaron por teléfono el viernes sobre la alianza.

Foro

Noticias relacionadas

EEUU y Japón celebran diálogo 2+2
"""


def test_a_voa_spanish_page(ref):
    parsed = _parse(VOA_ES_PAGE, ref)
    assert parsed.title == "Blinken y Hayashi reafirman la alianza entre EEUU y Japón"
    assert parsed.published == date(2022, 1, 7)
    assert parsed.body.startswith("El secretario de Estado")
    assert "\n\n" not in parsed.body


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Sitemap", "footer link"),
        ("Mappa del sito", "footer link"),
        ("Privacy Policy", "footer link"),
        ("Note legali", "footer link"),
        ("お問い合わせ", "footer link"),
        ("개인정보 처리방침", "footer link"),
        ("Page Top", "footer link"),
        ("Torna all'inizio", "footer link"),
        ("Stay Connected", "footer link"),
        ("Síguenos", "footer link"),
        ("###", "end mark"),
        ("-30-", "end mark"),
        ("Opt in to send and receive text messages from the President.", "newsletter prompt"),
    ],
)
def test_a_sites_footer_links(line, reason):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The two ministers agreed to stay connected through regular calls.",
        "Privacy of communications was also discussed by the ministers.",
        "Contact between the two defense ministries will increase.",
    ],
)
def test_sentences_naming_footer_words_stay(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) is None


WHITE_HOUSE_PAGE = """The White House

Menu

Briefing Room

Readout of President Biden’s Meeting with Prime Minister Kishida of Japan

January 21, 2022

President Joseph R. Biden, Jr. met virtually today with Prime Minister Kishida Fumio of Japan \
to underscore the strength of the U.S.-Japan Alliance.

###

Stay Connected

Sign Up

Opt in to send and receive text messages from President Biden.
"""


def test_a_white_house_readout_ends_at_its_end_mark(ref):
    parsed = _parse(WHITE_HOUSE_PAGE, ref)
    assert parsed.title.startswith("Readout of President Biden’s Meeting")
    assert parsed.published == date(2022, 1, 21)
    assert parsed.body.startswith("President Joseph R. Biden, Jr. met virtually")
    assert "\n\n" not in parsed.body


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            "Secretary Blinken meets Foreign Minister Hayashi. [State Department photo by Ron "
            "Przysucha/ Public Domain]",
            "photo caption",
        ),
        ("State Department photo by Freddie Everett", "photo credit"),
        ("DoD photo by Chad J. McNeeley", "photo credit"),
        ("Read the full statement here.", "read more link"),
        ("Click here to read the joint statement.", "read more link"),
        ("Lee la nota completa", "read more link"),
        ("Leggi l'articolo completo", "read more link"),
        ("MORE: Biden meets Kishida at the White House", "related link"),
        ("WATCH: Biden and Kishida hold a press conference", "related link"),
        ("Listen to this article", "player notice"),
        ("기사 듣기", "player notice"),
        ("0:00 / 2:35", "player notice"),
        ("Embed", "player notice"),
        ("Email this article", "sharing buttons"),
        ("Font size", "text size widget"),
        ("文字サイズ", "text size widget"),
        ("A A A", "text size widget"),
        ("1 of 5", "gallery counter"),
        ("Previous Next", "navigation"),
        ("Sebelumnya Selanjutnya", "navigation"),
    ],
)
def test_widgets_captions_and_links(line, reason):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The ministers read the full statement aloud.",
        "Next year the ministers will meet again.",
        "In 2 of 3 cases, the allies agreed to share intelligence.",
        "More than 50,000 U.S. troops are stationed in Japan.",
        "Watch for further announcements, the spokesperson said.",
        "The photo by the White House shows the two leaders.",
    ],
)
def test_sentences_with_widget_words_stay(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) is None


@pytest.mark.parametrize("first", ["Enlaces para accesibilidad", "Link akses", "Search"])
def test_a_skip_link_or_a_menu_button_first_is_no_section(first):
    paragraphs = [first, "Blinken y Hayashi reafirman la alianza entre EEUU y Japón", "Texto."]
    assert extract_section(paragraphs) is None
    assert extract_section(["Press Release", *paragraphs[1:]]).value == "Press Release"
    assert extract_section(["Readouts", *paragraphs[1:]]).value == "Readouts"

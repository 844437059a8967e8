"""Section, byline, title and dateline from the head of a report."""

import pytest

from archive.ingest.captions import caption_block, has_caption_tail, sentence_count
from archive.ingest.header import (
    extract_byline,
    extract_dateline,
    extract_section,
    extract_title,
    header_end,
    is_banner,
    is_issuer_or_place,
    match_dateline,
    site_title_lines,
)
from archive.ingest.layout import Layout, layout_around_date

BODY = (
    "Japan and the United States agreed on Friday to strengthen their defence systems "
    "in every domain."
)


def test_header_zone_ends_at_the_first_real_paragraph():
    assert header_end(["Politics", "A headline here", BODY, "New tools"]) == 2


@pytest.mark.parametrize(
    ("paragraphs", "hint", "expected"),
    [
        (["Politics", "Japan, US agree to strengthen", BODY], None, ("Politics", 0)),
        (["A headline for it", "- In Reports", "- Myind Staff", BODY], None, ("Reports", 1)),
        (["A headline for it", "Category: World News", BODY], None, ("World News", 1)),
        (["A headline for it", BODY], "Asia", ("Asia", None)),
        (["Asia", "A headline for it", BODY], "asia", ("asia", 0)),
        (["A headline for it", BODY], None, None),
    ],
    ids=["label-above-title", "myind-in", "category", "hint-only", "hint-found", "none"],
)
def test_extract_section(paragraphs, hint, expected):
    found = extract_section(paragraphs, hint)
    assert (found and (found.value, found.index)) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["Title of it", "- Myind Staff", BODY], ("Myind Staff", 1)),
        (["Title of it", "By Jane Doe and John Roe", BODY], ("Jane Doe and John Roe", 1)),
        (["Title of it", "Author: Jane Doe", BODY], ("Jane Doe", 1)),
        (["Title of it", "By state media accounts", BODY], None),
    ],
)
def test_extract_byline(paragraphs, expected):
    found = extract_byline(paragraphs)
    assert (found and (found.value, found.index)) == expected


def test_extract_title_skips_consumed_lines_and_chrome():
    paragraphs = ["Politics", "loading…", "Japan, US agree to strengthen defence", BODY]
    found = extract_title(paragraphs, skip={0}, is_chrome=lambda line: line == "loading…")
    assert (found.value, found.index) == ("Japan, US agree to strengthen defence", 2)


def test_extract_title_from_a_photo_caption():
    paragraphs = [
        "loading…",
        "US-Japan Will Strengthen Alliance. PHOTO/Reuters",
        "WASHINGTON – " + BODY,
    ]
    found = extract_title(paragraphs, is_chrome=lambda line: line == "loading…")
    assert (found.value, found.index) == ("US-Japan Will Strengthen Alliance", 1)


def test_extract_title_hint_wins_and_consumes_the_matching_line():
    found = extract_title(["The Headline", BODY], "the headline")
    assert (found.value, found.index) == ("the headline", 0)


def test_no_title_in_a_report_that_starts_with_its_text():
    assert extract_title([BODY, "New tools", BODY]) is None


@pytest.mark.parametrize(
    ("line", "raw", "city", "date_text", "wire"),
    [
        (
            "Tokyo, Jan 7 (EFE).- Japan and the US agreed.",
            "Tokyo, Jan 7 (EFE).-",
            "Tokyo",
            "Jan 7",
            "EFE",
        ),
        (
            "TOKYO / WASHINGTON, Jan 7 (Reuters) – The United States and Japan",
            "TOKYO / WASHINGTON, Jan 7 (Reuters) –",
            "Tokyo",
            "Jan 7",
            "Reuters",
        ),
        ("WASHINGTON – Top national security officials met.", "WASHINGTON –", "Washington", "", ""),
        ("BEIJING (AP) — China protested.", "BEIJING (AP) —", "Beijing", "", "AP"),
        (
            "Jakarta, 11 January 2023 - Officials met.",
            "Jakarta, 11 January 2023 -",
            "Jakarta",
            "11 January 2023",
            "",
        ),
    ],
)
def test_extract_dateline(line, raw, city, date_text, wire):
    dateline = extract_dateline([line])
    assert (dateline.raw, dateline.city, dateline.date_text, dateline.wire) == (
        raw,
        city,
        date_text,
        wire,
    )


@pytest.mark.parametrize(
    "line",
    [
        "Officials from the two allies met – and agreed on much.",
        "North Korea – which fired a missile – was discussed.",
        "The ministers said they had concerns.",
    ],
)
def test_no_dateline_in_ordinary_sentences(line):
    assert extract_dateline([line]) is None


@pytest.mark.parametrize(
    ("line", "banner"),
    [
        ("アメリカ合衆国", True),
        ("미국", True),
        ("北米", True),
        ("Japan-United States of America Relations", True),
        ("Japan-Australia Relations", True),
        ("日米外相会談", False),
        ("Japan and the US discuss relations", False),
        ("US-Japan relations at a crossroads", False),
    ],
)
def test_is_banner(line, banner):
    assert is_banner(line) is banner


def test_a_banner_is_never_the_title():
    paragraphs = [
        "北米",
        "日米防衛相会談",
        "両大臣は、同盟の抑止力を一層強化することで一致し、今後も緊密に連携していくことを確認しました。",
    ]
    assert extract_title(paragraphs).value == "日米防衛相会談"


def test_a_time_is_no_title():
    paragraphs = ["11:36 A.M. EST", "Remarks by the two ministers before their meeting", "Body."]
    assert extract_title(paragraphs).value == "Remarks by the two ministers before their meeting"


def test_chrome_does_not_end_the_header_zone():
    chrome = "A lock or https:// means you have safely connected to the website of the agency."
    paragraphs = [
        chrome,
        "Ministers Meet in Tokyo",
        "The ministers met in Tokyo on Friday and agreed on a plan to deepen their cooperation.",
    ]
    assert header_end(paragraphs) == 0
    assert header_end(paragraphs, skip={0}) == 2


def test_layout_banner_title_date_captions():
    paragraphs = [
        "アメリカ合衆国",
        "日米外相会談",
        "令和4年1月7日",
        "会談に臨む両外相",
        "1月7日、両外相はテレビ会議形式で会談を行い、同盟の強化を確認しました。",
    ]
    assert layout_around_date(paragraphs, 2) == Layout(title=1, banners=(0,), captions=(3,))


def test_layout_without_a_headline():
    # Banner, date, captions, body: the banner is not promoted to headline.
    paragraphs = [
        "アメリカ合衆国",
        "令和4年1月7日",
        "握手する両外相",
        "1月7日、両外相はテレビ会議形式で会談を行い、同盟の強化を確認しました。",
    ]
    assert layout_around_date(paragraphs, 1) == Layout(title=None, banners=(0,), captions=(2,))


def test_lines_below_a_leading_date_are_no_captions():
    # A date first (a scraped timestamp): what follows may be the headline itself.
    paragraphs = [
        "2017-09-15",
        "Readout of the Ministers' Call",
        "The two ministers spoke by phone on Thursday evening about the latest launch and agreed.",
    ]
    assert layout_around_date(paragraphs, 0).captions == ()


def test_a_weekday_date_line_is_not_a_dateline():
    assert match_dateline("Jumat, 7 Januari 2022 - 10:15 WIB") is None
    assert match_dateline("Lunes, 7 de enero de 2022 - ") is None


def test_headings_under_the_date_are_no_captions():
    paragraphs = [
        "日美联合记者会",
        "2024年4月10日",
        "【首相开场发言】",
        "1 冒頭",
        "握手する両首脳",
        "谢谢。今天我们举行了会谈，双方同意进一步加强同盟关系，并将继续密切合作下去。",
    ]
    assert layout_around_date(paragraphs, 1).captions == (4,)


@pytest.mark.parametrize(
    "line",
    [
        "防衛省",
        "防衛省・自衛隊",
        "首相官邸",
        "国防部",
        "외교부",
        "미국 국무부",
        "Department of Defense",
        "U.S. Department of State",
        "Ministry of Foreign Affairs of Japan",
        "U.S. Embassy & Consulates in Japan",
        "The White House",
        "Kementerian Luar Negeri",
        "Departamento de Estado",
        "Tokyo, Japan",
        "Washington, D.C.",
        "Naha, Okinawa Prefecture",
        "National Security Council",
        "Via Teleconference",
        "3:05 P.M. EDT",
    ],
)
def test_issuers_and_places_alone_on_a_line(line):
    assert is_issuer_or_place(line)


@pytest.mark.parametrize(
    "line",
    [
        "Embassy Hosts Okinawa Governor",
        "Biden, Kishida Meet in Washington",
        "Kerry, Hagel Meet Japan",
        "日米安全保障協議委員会",
        "日米防衛相会談の概要",
        "미일 정상회담",
        "Joint Statement",
    ],
)
def test_headlines_are_no_issuers(line):
    assert not is_issuer_or_place(line)


def test_an_issuer_above_the_headline_is_never_the_title():
    paragraphs = ["Department of Defense", "Ministers Agree to Deepen Ties", BODY]
    assert extract_title(paragraphs).value == "Ministers Agree to Deepen Ties"
    assert extract_title(["防衛省・自衛隊", "日米防衛相会談", BODY]).value == "日米防衛相会談"


def test_an_issuer_or_a_place_under_the_date_is_no_caption():
    # A ministry prints its own name under the date, an embassy the place of a statement:
    # both belong to the report. A photo caption still goes.
    paragraphs = [
        "日米防衛相会談",
        "令和4年9月15日",
        "防衛省",
        "握手する両大臣",
        "両大臣は、同盟の抑止力と対処力の強化に向けて緊密に連携していくことで一致した。",
    ]
    assert layout_around_date(paragraphs, 1) == Layout(title=0, banners=(), captions=(3,))
    paragraphs = ["Ambassador's Statement", "October 19, 2012", "Tokyo, Japan", BODY]
    assert layout_around_date(paragraphs, 1).captions == ()


def test_a_long_bracketed_heading_is_no_caption():
    paragraphs = [
        "Joint Press Conference",
        "April 10, 2024",
        "[Opening Statement by Prime Minister Kishida of Japan at the Press Conference]",
        "Photo session",
        BODY,
    ]
    assert layout_around_date(paragraphs, 1).captions == (3,)


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("The ministers walk along the colonnade, on April 10, 2024, in Washington.", 1),
        ("美国国务卿和日本外相在东京合影。(2021年3月16日)", 1),  # the closing date is a note
        ("Mr. Abe met U.S. Secretary Lloyd J. Austin at the Pentagon. They agreed.", 2),
        ("両外相は会談した。同盟の強化で一致した。", 2),
        ("장관들이 회담을 열었습니다. 협력을 강조했습니다.", 2),
    ],
)
def test_sentence_count(line, count):
    assert sentence_count(line) == count


@pytest.mark.parametrize(
    ("line", "tail"),
    [
        ("Los dos líderes caminan por la columnata, el 10 de abril de 2024, en Washington.", True),
        ("The Secretary hosts an honor cordon at the Pentagon, Sept. 14, 2022.", True),
        ("两国外长在会谈前握手。(2023年7月14日)", True),
        ("The ministers met in Tokyo on Jan. 7, 2022 and agreed to deepen ties.", False),
    ],
)
def test_caption_tail(line, tail):
    assert has_caption_tail(line) is tail


def test_site_title_lines():
    title = "Premier Visits White House"
    paragraphs = [f"{title} | Example Times", f"Example Times - {title}", title, f"{title} today"]
    assert site_title_lines(paragraphs, title, {2}) == [0, 1]
    assert site_title_lines(paragraphs, "") == []


def test_a_line_introducing_what_follows_is_no_caption():
    paragraphs = [
        "Secretary's Meeting with the Foreign Minister",
        "03/16/2021 07:53 AM EDT",
        "The below is attributable to the Spokesperson:",
        BODY,
    ]
    assert layout_around_date(paragraphs, 1).captions == ()


def test_a_banner_of_issuer_and_section_names():
    assert is_banner("外務省・新着情報")
    assert is_banner("Newsroom | Press Releases")
    assert not is_banner("外務省・防衛省合同会見の概要について")
    assert extract_title(["外務省・新着情報", "日米次官協議", BODY]).value == "日米次官協議"


def test_labels_between_the_headline_and_the_date():
    paragraphs = [
        "Kishida Meets Biden at the White House",
        "Reporter",
        "Tempo.co",
        "Kamis, 5 Januari 2023 07:00 WIB",
        BODY,
    ]
    layout = layout_around_date(paragraphs, 3)
    assert (layout.title, layout.banners, layout.labels) == (0, (), (1, 2))


def test_a_caption_printed_around_its_credit():
    caption = "The two leaders speak at a press conference in Tokyo. The talks ran long."
    paragraphs = [BODY, caption, "Foto: AP/Jane Doe", caption, BODY]
    assert caption_block(paragraphs, {2}) == [1, 3]


def test_the_furniture_of_a_transcript_under_its_date_is_no_caption():
    paragraphs = [
        "Background Press Call Previewing the Trilateral Leaders' Summit",
        "Thu, 04/11/2024 - 05:00",
        "National Security Council",
        "Via Teleconference",
        "3:05 P.M. EDT",
        "MODERATOR: Thank you. And thank you all for joining today's background call to "
        "preview the bilateral meeting and the trilateral summit.",
    ]
    assert layout_around_date(paragraphs, 1).captions == ()


def test_the_headline_printed_again_goes():
    title = "Allies Meet at the White House"
    assert site_title_lines([title, "Jan 7, 2022", title, BODY], title, {0}) == [2]

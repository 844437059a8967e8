"""Layouts of the 2000s, second round (issue #11): a list's number left alone on its line,
a print-only masthead's alt text, a section's banner named by the page's link back to it.
Every text here is made up."""

from __future__ import annotations

import pytest

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason
from archive.ingest.layout import layout_around_date
from archive.ingest.pipeline import parse_report
from archive.ingest.reference import Reference
from archive.ingest.section_links import back_link_targets


def _reason(line: str) -> str | None:
    return boilerplate_reason(line, DEFAULT_PATTERNS)


@pytest.mark.parametrize("line", ["1", "2.", "12", "３", "5．"])
def test_an_item_number_alone_is_noise(line):
    # The labeling manual lists number-only lines as noise, as bullets alone ("-").
    assert _reason(line) == "item number alone"


@pytest.mark.parametrize(
    "line",
    [
        "123",  # three digits: a figure, not a list's number
        "5 両大臣は、協力を確認した。",
        "2. Regional affairs",
        "1 冒頭",
        "2010",
        "(1)",
    ],
)
def test_a_number_with_text_or_a_figure_is_no_item_number(line):
    assert _reason(line) != "item number alone"


@pytest.mark.parametrize(
    "line", ["print-only banner", "Printable Banner", "printer-friendly banner"]
)
def test_a_print_only_masthead_is_noise(line):
    assert _reason(line) == "print banner"


def test_a_sentence_about_a_banner_is_kept():
    assert _reason("The printable banner was hung at the entrance of the embassy.") is None


JA_BODY = (
    "5月6日午前10時から約50分間,訪問中の外務大臣は,国務長官との間で外相会談を行った"
    "ところ,概要以下のとおり。"
)


def _ministry_page(section: str, back_link: str) -> list[str]:
    return [
        section,
        "平成21年5月6日",
        "日米外相会談",
        "握手をする両外相",
        JA_BODY,
        "両外相は、協力を確認した。",
        back_link,
    ]


def test_a_section_its_back_link_names_is_a_banner():
    # Banner, date, headline, caption, text: the section's name, printed again in the
    # page's link back to it, is the banner, and the headline is read under the date.
    page = _ministry_page("北米地域の主な出来事", "北米地域の主な出来事へ戻る")
    layout = layout_around_date(page, 1)
    assert layout.banners == (0,)
    assert layout.title == 2
    assert layout.captions == (3,)


def test_back_to_in_english_names_the_section():
    assert back_link_targets(["Back to Press Releases", "Return to the Top"]) == {"Press Releases"}
    assert back_link_targets(["ページの先頭へ戻る", "地域別情報へ戻る"]) == {"地域別情報"}


def test_a_line_no_link_names_stays_the_headline():
    # Without the link back, the line above the date is the headline (no banner).
    page = _ministry_page("北米地域の主な出来事", "目次")
    layout = layout_around_date(page, 1)
    assert layout.title == 0
    assert layout.banners == ()


def test_a_long_line_is_never_read_as_a_link():
    line = "両外相は、" + "協力を確認し、" * 20 + "本国へ戻る"
    assert back_link_targets([line]) == set()


def test_the_state_departments_tagline_is_no_headline():
    page = "\n".join(
        [
            "U.S. Department of State",
            "Diplomacy in Action",
            "Remarks on the Alliance After Their Meeting",
            "Jane Q. Doe",
            "Assistant Secretary, Bureau of Public Affairs",
            "New York City",
            "September 23, 2010",
            "MS. DOE: The Secretary had an excellent meeting with the Foreign Minister today.",
        ]
    ).encode()
    parsed = parse_report(page, reference=Reference(), filename="page.txt")
    assert parsed.title == "Remarks on the Alliance After Their Meeting"
    assert "Diplomacy in Action" not in parsed.body


def test_the_tagline_alone_is_noise():
    assert _reason("Diplomacy in Action") == "site tagline"


def test_a_sentence_on_diplomacy_in_action_is_kept():
    assert _reason("Diplomacy in action was the theme of the talks.") is None

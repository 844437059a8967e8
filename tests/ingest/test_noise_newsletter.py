"""A newsletter's masthead (name and issue number) is chrome, never the title; a section's
kicker in capitals above the headline is the section label, first but for chrome.
Invented lines and pages."""

from __future__ import annotations

import pytest

from archive.ingest import parse_report
from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason
from archive.ingest.header import extract_section


@pytest.mark.parametrize(
    "line",
    [
        "JDF JapanDefenseFocus No.86",
        "Embassy Bulletin Vol. 3, No. 12",
        "Weekly Digest Issue 45",
        "Alliance Newsletter No. 7",
        "メールマガジン第86号",
        "防衛省広報誌 第12号",
    ],
)
def test_a_mastheads_name_and_issue_number_is_dropped(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == "newsletter masthead"


@pytest.mark.parametrize(
    "line",
    [
        "UN Security Council Resolution No. 2231",
        "Executive Order No. 14024",
        "安保理決議第2231号",
        "The ministers met for the 86th time.",
        "Japan-U.S. Defense Ministerial Meeting",
    ],
)
def test_a_laws_or_a_resolutions_number_is_no_masthead(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) != "newsletter masthead"


BODY = (
    "Minister of Defense Inada and U.S. Secretary of Defense Mattis held a meeting at the "
    "Ministry of Defense for approximately 85 minutes on February 4."
)


def test_a_kicker_in_capitals_under_the_masthead_is_the_section():
    lines = [
        "Alliance Newsletter No. 7",
        "MEETING WITH FOREIGN LEADERS",
        "Japan-U.S. Defense Ministerial Meeting",
        BODY,
    ]
    found = extract_section(lines)
    assert (found.value, found.index) == ("MEETING WITH FOREIGN LEADERS", 1)


def test_a_headline_in_capitals_over_another_in_capitals_is_no_kicker():
    lines = ["JOINT STATEMENT", "JAPAN AND THE UNITED STATES", BODY]
    assert extract_section(lines) is None


def test_a_long_line_in_capitals_is_no_kicker():
    headline = "MINISTERS OF JAPAN AND THE UNITED STATES MEET IN TOKYO"
    lines = [headline, "Readout of the meeting with the press", BODY]
    assert extract_section(lines) is None


@pytest.mark.parametrize(
    "headline", ["BIDEN HOSTS KISHIDA AT WHITE HOUSE", "BLINKEN MEETS HAYASHI", "KISHIDA TO VISIT"]
)
def test_a_headline_in_capitals_over_its_subheading_is_no_kicker(headline):
    # Found by review: a headline printed in capitals was taken as the section.
    lines = [headline, "Leaders pledge deeper defense ties", BODY]
    assert extract_section(lines) is None


def test_the_newsletter_page_reads_its_headline(ref):
    text = "\n\n".join(
        [
            "Alliance Newsletter No. 7",
            "MEETING WITH FOREIGN LEADERS",
            "Japan-U.S. Defense Ministerial Meeting",
            BODY,
        ]
    )
    parsed = parse_report(text.encode(), reference=ref)
    assert parsed.title == "Japan-U.S. Defense Ministerial Meeting"
    assert parsed.section == "MEETING WITH FOREIGN LEADERS"
    assert parsed.body == BODY

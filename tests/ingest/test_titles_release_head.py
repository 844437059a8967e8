"""Page heads of kinds no labeled report had shown: a press release whose headline stands
under its release label, issuing office and date, below the site's menu; a headline
built like a dateline ("U.S. - Japan Alliance"), which is no datelined paragraph."""

from __future__ import annotations

import pytest

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason
from archive.ingest.header import is_body_paragraph
from archive.ingest.layout import layout_around_date
from archive.ingest.pipeline import parse_report

_RELEASE_PAGE = """print-only banner
The White House Skip Main Navigation
In Focus
News by Date
Federal Facts
West Wing

Home > News & Policies > May 2007

For Immediate Release
Office of the Press Secretary
May 14, 2007

President Bush Meets with the Foreign Minister of Ruritania
Oval Office

     Fact sheet Visit by the Foreign Minister

10:05 A.M. EDT

PRESIDENT BUSH: It has been my honor to welcome the Foreign Minister to the Oval Office. We
talked about trade and about the security of the region.

FOREIGN MINISTER: Thank you, Mr. President. We had a very good discussion today.
"""


def test_a_releases_headline_is_the_line_under_its_date(ref):
    report = parse_report(_RELEASE_PAGE.encode(), reference=ref)
    assert report.title == "President Bush Meets with the Foreign Minister of Ruritania"
    dropped = {d.line.strip(): d.reason for d in report.dropped}
    for menu in ("In Focus", "News by Date", "Federal Facts", "West Wing"):
        assert menu in dropped and dropped[menu] != "title", menu
    body = report.body.split("\n\n")
    # The release's office and the place under the headline are the report's own.
    assert "Office of the Press Secretary" in body and "Oval Office" in body


def _layout(lines: list[str], date: int):
    return layout_around_date(lines, date)


def test_the_line_under_a_release_block_is_its_headline_only_when_it_reads_as_one():
    head = ["Site Menu Item", "For Immediate Release", "Office of the Press Secretary"]
    for below, headline in [
        ("President Meets the Prime Minister of Ruritania", True),
        ("The two leaders met in the Oval Office on Monday.", False),  # a sentence
        ("Washington, DC", False),  # a place
        ("Tokyo", False),
    ]:
        lines = [*head, "May 14, 2007", below, "The President welcomed the Prime Minister today."]
        assert (_layout(lines, 3).title == 4) is headline, below


def test_no_release_block_no_headline_under_the_date():
    # Headline, office, date: the State Department's order; the headline is above.
    lines = [
        "Secretary's Meeting with the Foreign Minister of Ruritania",
        "Office of the Spokesperson",
        "May 14, 2007",
        "The Secretary met the Foreign Minister of Ruritania today in Washington.",
    ]
    assert _layout(lines, 2).title == 0
    # A release label with something else between it and the date: not a release block.
    lines = ["For Immediate Release", "Remarks on Trade Policy", "May 14, 2007", "Talks Held"]
    assert _layout(lines, 2).title != 3


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("U.S. - Japan Alliance", False),
        ("JAPAN - U.S. Relations", False),
        ("TOKYO - Japan and the United States agreed on Monday to deepen ties.", True),
        ("WASHINGTON – The two ministers met for an hour and talked about trade and", True),
        ("TOKYO - Talks go on.", True),
    ],
)
def test_a_dateline_opens_a_body_paragraph_only_when_text_follows(line, body):
    assert is_body_paragraph(line) is body


def test_a_headline_built_like_a_dateline_is_the_title(ref):
    page = (
        "Accessibility links\n\nBreaking News\n\nU.S. - Ruritania Alliance\n\n"
        "For more than fifty years the alliance between the two countries has been the "
        "cornerstone of security in the region, the Secretary said on Monday.\n\n"
        "The ministers agreed to meet again next year."
    )
    assert parse_report(page.encode(), reference=ref).title == "U.S. - Ruritania Alliance"


def test_a_headline_above_the_release_block_stays_the_headline():
    # "Headline / For Immediate Release / office / date / a short line": the headline
    # was printed above; the short line under the date is not taken for it.
    lines = [
        "President Meets the Prime Minister of Ruritania in Washington",
        "For Immediate Release",
        "Office of the Press Secretary",
        "May 14, 2007",
        "Remarks as Prepared for Delivery",
        "The President welcomed the Prime Minister to the White House today.",
    ]
    taken = {1}  # the release label, chrome
    assert layout_around_date(lines, 3, taken=taken).title == 0


@pytest.mark.parametrize(
    "line", ["The White House Skip Main Navigation", "Skip Main Navigation", "Skip navigation"]
)
def test_a_skip_link_after_the_sites_name_is_navigation(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == "navigation"


def test_a_media_notes_headline_under_its_office_place_and_date(ref):
    page = (
        "Department of Ruritania\n"
        "Other Archive SitesDepartment of Ruritania\n"
        "Home Issues & Press Travel & Business Countries Youth & Education Careers About\n"
        "Media Note\nOffice of the Spokesman\nWashington, DC\nDecember 12, 2006\n\n"
        "Ruritania-United States Ministerial Consultations Joint Communique\n\n"
        "The Secretary of State and the Foreign Minister of Ruritania met in Washington on "
        "December 12, 2006 to discuss regional security and the state of the alliance.\n\n"
        "The two countries agreed that the alliance has never been stronger."
    )
    report = parse_report(page.encode(), reference=ref)
    assert report.title == "Ruritania-United States Ministerial Consultations Joint Communique"
    assert "Home Issues" not in report.body
    assert "Office of the Spokesman" in report.body.split("\n\n")


@pytest.mark.parametrize(
    ("line", "menu"),
    [
        ("Home Issues & Press Travel & Business Countries Youth & Education Careers", True),
        ("Home Ministers of Both Countries Meet in Tokyo", False),  # a lower-case word
        ("Home Office", False),
        ("Home Minister Meets US Ambassador To Discuss Security Ties With Japan", False),
        ("Home News Events Press Releases Speeches Contact", False),  # no menu's "&"
    ],
)
def test_a_sites_menu_on_one_line_is_navigation(line, menu):
    assert (boilerplate_reason(line, DEFAULT_PATTERNS) == "navigation") is menu

"""English pages' forms, tools and footers (chrome_patterns_pages.py) are chrome, whole
lines only; a sentence that names them is the report's. The page's citation after the
text, which quotes the whole headline, is furniture once the headline is read."""

from __future__ import annotations

import pytest

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason
from archive.ingest.header import site_title_lines


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("The code has been copied to your clipboard.", "clipboard notice"),
        ("The URL has been copied to your clipboard", "clipboard notice"),
        ("Link copied to clipboard", "clipboard notice"),
        ("Pop-out player", "player notice"),
        ("Email Address*", "newsletter form"),
        ("First Name", "newsletter form"),
        ("ZIP Code", "newsletter form"),
        ("Required", "newsletter form"),
        ("Please leave blank.", "newsletter form"),
        ("Facebook Twitter Email", "sharing buttons"),
        ("Share | Print", "sharing buttons"),
        ("Printer-friendly version", "print widget"),
        ("Download Photo", "photo tools"),
        ("Photo Details", "photo tools"),
        ("View Full Size", "photo tools"),
        ("USA.gov", "footer link"),
        ("No FEAR Act", "footer link"),
        ("FOIA", "footer link"),
        ("Office of the Inspector General", "footer link"),
        ("All rights reserved.", "footer link"),
        ("Helpful Links", "footer link"),
        (
            "This is the official website of the U.S. Embassy in Japan. External links to "
            "other Internet sites should not be construed as an endorsement of the views or "
            "privacy policies contained therein.",
            "external links notice",
        ),
        ("Categories: News, Official Visits", "tags"),
        ("Keywords: Japan, U.S., alliance", "tags"),
        ("Return to the top", "navigation"),
        ("Related", "related links"),
        ("See Also", "related links"),
        ("Learn More", "read more link"),
        ("More »", "read more link"),
        ("Listen", "media label"),
    ],
)
def test_page_forms_tools_and_footers(line, reason):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The code was copied from a 1960 agreement, the minister said.",
        "Keywords: the ministers discussed trade, the alliance and North Korea at length",
        "Please leave blank spaces out of the joint statement, he joked.",
        "Facebook and Twitter users shared the video widely.",
        "Learn more about the alliance at the embassy's website.",
        "Required reading for both delegations was the 1960 treaty.",
        "Secretary Blinken said the alliance was stronger than ever.",
    ],
)
def test_sentences_that_name_them_are_kept(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) is None


_HEADLINE = "Readout of the President's Call with the Prime Minister of Japan"
_BODY = (
    "The President spoke today with the Prime Minister of Japan. The two leaders "
    "discussed the alliance and the threat posed by North Korea."
)


def test_the_page_citation_after_the_text_is_furniture():
    paragraphs = [
        _HEADLINE,
        "August 15, 2017",
        _BODY,
        f"Donald J. Trump, {_HEADLINE} Online by Gerhard Peters and John T. Woolley, "
        "The American Presidency Project",
        f"Cite: {_HEADLINE} https://example.org/node/1",
    ]
    assert site_title_lines(paragraphs, _HEADLINE, {0, 1}) == [3, 4]


def test_a_sentence_quoting_the_headline_and_lines_above_the_text_are_kept():
    paragraphs = [
        f"Photo: {_HEADLINE} (White House)",  # above the text: a caption's business
        _HEADLINE,
        _BODY,
        f'The White House titled its statement "{_HEADLINE}" and posted it at noon.',
    ]
    assert site_title_lines(paragraphs, _HEADLINE, {1}) == []


def test_a_short_headline_is_not_looked_for_in_the_text():
    paragraphs = ["Japan Summit", _BODY, "Japan Summit photos and video"]
    assert site_title_lines(paragraphs, "Japan Summit", {0}) == []

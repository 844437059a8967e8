"""Review of 652219d (chrome_patterns_pages: WordPress's "Posted in Japan, World" is chrome).
The pattern takes any line that opens with "posted in" and goes on in comma-separated
runs of up to five words without a final stop, so an ordinary headline or subhead that
uses "posted" in its sense of "stationed" ("Posted in Japan, U.S. troops face new rules",
"Posted in Okinawa, Marines brace for new rules") is dropped: as the first line the report
loses its title, below it a subhead leaves the body. At b90b6db both were kept. A list of
categories is short, title-cased names ("Japan, World, Defense"); a clause with a verb
after the comma is a headline. Made-up text."""

import pytest

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason
from archive.ingest.pipeline import parse_report

LEAD = (
    "TOKYO — U.S. troops posted in Japan will face a new curfew after talks between Defense"
    " Secretary Lloyd Austin and Defense Minister Nobuo Kishi on Friday."
)


def test_guard_a_posts_categories_are_still_chrome():
    """What the rule is for (passes at HEAD)."""
    assert boilerplate_reason("Posted in Japan, World, Defense", DEFAULT_PATTERNS)


HEADLINES = (
    "Posted in Japan, U.S. troops face new rules",
    "Posted in Okinawa, Marines brace for new rules",
    "Posted in Yokosuka, sailors mark a quiet anniversary",
)


@pytest.mark.parametrize("line", HEADLINES)
def test_a_headline_about_people_posted_abroad_is_no_category_list(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) is None


def test_the_headline_stays_the_title(ref):
    text = HEADLINES[0] + "\n\n" + LEAD + "\n\nThe two ministers agreed on the measures."
    report = parse_report(text.encode(), reference=ref, hints={"url": "https://example.com/a"})
    assert report.title == HEADLINES[0]


def test_a_subhead_stays_in_the_body(ref):
    text = (
        "Kishi, Austin agree on curfew\n\n" + LEAD + "\n\n" + HEADLINES[1]
        + "\n\nThe two ministers agreed on the measures at the Pentagon."
    )  # fmt: skip
    report = parse_report(text.encode(), reference=ref, hints={"url": "https://example.com/a"})
    assert HEADLINES[1] in report.body

"""The lists of popular stories that close a news page (issue 11, sixteenth session): a
section's or the site's list header ("Popular articles in the past week", "\"World\"
POPULAR ARTICLE", "XY ACCESS RANKING", "More stories") and, under any list header, a
story title printed on the line after its bullet ("-" alone on its line), however long
and however cut short. A lone dash in the report's own text, with no list header above,
leaves the next paragraph alone. Every text here is made up."""

from __future__ import annotations

import pytest

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason, list_under_header
from archive.ingest.pipeline import parse_report

HEADLINE = "Foreign Ministers Sato and Miller Agree to Deepen Alliance Cooperation"
LEAD = (
    "TOKYO — Foreign Minister Taro Sato met Secretary of State John Miller on Monday and "
    "agreed to deepen cooperation between the two allies."
)
SECOND = "The two ministers also agreed to meet again before the end of the year."
STORIES = [
    "Local Train Line Suspends Services after Heavy Snow Blocks Tracks in Mountain Towns (...",
    "City Council Approves New Budget for Parks, Libraries and Public Swimming Pools Next Year",
]


def _parse(ref, text: str):
    return parse_report(text.encode(), reference=ref, filename="page.txt")


@pytest.mark.parametrize(
    "line",
    [
        "Popular articles in the past week",
        "Popular stories of the past 24 hours",
        '"World" POPULAR ARTICLE',
        "XY ACCESS RANKING",
        "More Stories",
    ],
)
def test_a_list_of_popular_stories_has_its_header(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == "related links"


@pytest.mark.parametrize(
    "line",
    [
        "The alliance remains popular among voters in both countries, the poll found.",
        "Access to the ranking officials was limited during the visit.",
    ],
)
def test_sentences_on_popularity_and_rankings_stay(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) is None


def test_story_titles_after_lone_bullets_under_a_header_leave_the_body(ref):
    lines = [HEADLINE, LEAD, SECOND, '"World" POPULAR ARTICLE']
    for story in STORIES:
        lines += ["-", story]
    report = _parse(ref, "\n".join(lines))
    assert report.body.split("\n\n") == [LEAD, SECOND]


def test_a_long_title_after_a_lone_bullet_is_an_item_of_the_list():
    lines = ["Most read", "-", STORIES[0], "-", STORIES[1]]
    reasons = {0: "related links", 1: "bullet", 3: "bullet"}
    assert list_under_header(lines, reasons) == [2, 4]


def test_a_long_line_without_its_bullet_ends_the_list():
    lines = ["Most read", STORIES[1], SECOND]
    assert list_under_header(lines, {0: "related links"}) == []


def test_a_lone_dash_in_the_text_without_a_list_header_leaves_the_next_paragraph(ref):
    report = _parse(ref, "\n".join([HEADLINE, LEAD, "-", SECOND]))
    assert SECOND in report.body

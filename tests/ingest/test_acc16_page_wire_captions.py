"""A wire photo's caption under the headline, placing people between commas (issue 11,
sixteenth session): "Foreign Minister Sato, left, shakes hands with …", "…, second from
right, …", with or without a credit line between ("Courtesy of Foreign Ministry"), is a
photo caption; a report's first sentence with "left" in another sense stays. Every text
here is made up."""

from __future__ import annotations

import pytest

from archive.ingest.captions import position_captions
from archive.ingest.pipeline import parse_report

HEADLINE = "Sato, Miller Stress Role of Alliance in Washington Talks"
LEAD = (
    "WASHINGTON — Foreign Minister Taro Sato met Secretary of State John Miller in "
    "Washington on Friday and agreed to strengthen the alliance."
)


@pytest.mark.parametrize(
    "caption",
    [
        "Foreign Minister Taro Sato, left, shakes hands with Secretary of State John Miller "
        "before their meeting in Washington on Friday.",
        "Secretary John Miller, second from right, and Minister Taro Sato, far left, pose "
        "for a photo in Tokyo.",
        "El canciller Taro Sato, a la izquierda, saluda al secretario John Miller en Tokio.",
    ],
)
def test_a_caption_placing_people_between_commas_under_the_headline(caption):
    lines = [HEADLINE, caption, LEAD]
    assert position_captions(lines, {0: "title"}) == [1]


@pytest.mark.parametrize(
    "line",
    [
        LEAD,
        "Only two days are left, officials said, before the ministers meet in Tokyo.",
        "The minister turned left, toward the cameras, and spoke to reporters briefly.",
    ],
)
def test_a_first_sentence_with_left_in_another_sense_stays(line):
    assert position_captions([HEADLINE, line, LEAD], {0: "title"}) == []


def test_a_caption_under_its_courtesy_credit_leaves_the_body(ref):
    caption = (
        "Foreign Minister Taro Sato, left, shakes hands with Secretary of State John Miller "
        "before their meeting in Washington on Friday."
    )
    text = "\n\n".join([HEADLINE, "Courtesy of Foreign Ministry", caption, LEAD])
    report = parse_report(text.encode(), reference=ref, filename="page.txt")
    assert report.title == HEADLINE
    assert report.body == LEAD

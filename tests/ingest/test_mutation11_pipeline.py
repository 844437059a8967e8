"""A photo credit under a line another screen has already read (sharing buttons, a skip
link, an advertisement) has no caption above it: the caption is the line directly above
a credit, and that line is the page's widget, so the short line and the one-sentence
paragraph over the widget are not read as the photo's title and alt text; they stay in
the report (issue 11's seed-20261212 mutation sample, pipeline._parse: caption_block was
given the marked lines, and no test had a marked line above a credit). Invented page."""

import pytest

from archive.ingest.pipeline import parse_report

PAGE = """Ministers Meet in Tokyo

TOKYO - The two ministers met in Tokyo on Friday to discuss the alliance and its future.

They agreed to meet again next year.

The talks lasted two hours.

Honor Cordon

{widget}

Photo by Sgt. Pat Doe

The ministers also spoke of trade. They will meet again in May.
"""


@pytest.mark.parametrize(
    "widget, reason",
    [
        ("Share this article", "sharing buttons"),
        ("Skip to main content", "navigation"),
        ("Advertisement", "advertisement"),
    ],
)
def test_a_widget_above_a_credit_leaves_the_lines_over_it_in_the_report(ref, widget, reason):
    report = parse_report(PAGE.format(widget=widget).encode(), reference=ref)
    assert [(d.line, d.reason) for d in report.dropped] == [
        ("Ministers Meet in Tokyo", "title"),
        (widget, reason),
        ("Photo by Sgt. Pat Doe", "photo credit"),
    ]
    assert "The talks lasted two hours.\n\nHonor Cordon\n\nThe ministers" in report.body


def test_a_caption_directly_above_a_credit_is_dropped_with_its_title_and_alt_text(ref):
    # The rule the widget case keeps apart from: an unread line above the credit is its
    # caption, and a short title and a one-sentence alt text over it go with it.
    page = PAGE.format(widget="The ministers at the ministry, Tokyo, March 3, 2030.")
    report = parse_report(page.encode(), reference=ref)
    captions = [d.line for d in report.dropped if d.reason == "photo caption above its credit"]
    assert captions == [
        "The talks lasted two hours.",
        "Honor Cordon",
        "The ministers at the ministry, Tokyo, March 3, 2030.",
    ]

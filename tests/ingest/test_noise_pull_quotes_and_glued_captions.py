"""A pull quote whose copy in the text ends with a comma before its attribution, and a
photo's alt text and caption run together on one line, are page furniture."""

from __future__ import annotations

import pytest

from archive.ingest import captions

_QUOTE = (
    '"For more than fifty years, the alliance between our two countries has been the '
    'cornerstone of security in the region."'
)
_TEXT = (
    '"For more than fifty years, the alliance between our two countries has been the '
    'cornerstone of security in the region," said the Secretary as she welcomed the '
    "ministers to Washington."
)


def test_a_pull_quote_whose_copy_ends_with_a_comma_is_furniture():
    paragraphs = ["Alliance Talks", _QUOTE, _TEXT, "The talks went on."]
    assert captions.pull_quotes(paragraphs) == [1]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # The quotation is printed only once: the report's own.
        ["Alliance Talks", _QUOTE, "The talks went on for an hour on Monday afternoon."],
        # Two copies of the line itself, nowhere inside a longer paragraph.
        ["Alliance Talks", _QUOTE, _QUOTE, "The talks went on."],
        # A longer paragraph holding other words after the same opening.
        ["Alliance Talks", _QUOTE, _TEXT.replace("cornerstone", "keystone")],
    ],
)
def test_a_quotation_printed_once_in_the_text_stays(paragraphs):
    assert captions.pull_quotes(paragraphs) == []


def test_a_line_of_a_quotation_that_keeps_its_stop_is_found_as_before():
    text = _QUOTE + " the Secretary said as she welcomed the ministers to Washington."
    assert captions.pull_quotes(["Alliance Talks", _QUOTE, text]) == [1]


_CAPTION = "Ministers Smith and Jones, center, on the steps of the ministry on Thursday."


@pytest.mark.parametrize(
    ("line", "glued"),
    [
        (_CAPTION + _CAPTION, True),
        (_CAPTION + " " + _CAPTION, True),
        (_CAPTION, False),
        ("Talks Talks", False),  # a few words twice: too short to tell
        (_CAPTION + _CAPTION[:-1] + "!", False),
    ],
)
def test_a_caption_printed_twice_in_one_line_is_furniture(line, glued):
    found = captions.repeated_lines(["Headline of the Page", line, "The text."], [0, 1, 2])
    assert (found == [(1, "photo caption printed twice in one line")]) is glued


def test_a_line_printed_twice_right_above_the_date_is_the_headline_twice():
    lines = [
        "Skip to main content",
        "Flag of Ruritania",
        "Joint Statement on the Ministerial Consultations",
        "Joint Statement on the Ministerial Consultations",
        "October 13, 2015",
        "The ministers met in Boston on October 13 for the annual consultations.",
    ]
    assert captions.repeated_lines(lines, list(range(6))) == [(3, "headline printed again")]


def test_a_caption_printed_twice_above_the_text_still_goes_whole():
    lines = [
        "Talks in Boston",
        "The ministers at the table",
        "The ministers at the table",
        "The ministers met in Boston on October 13 for the annual consultations.",
    ]
    found = captions.repeated_lines(lines, [0, 1, 1, 2])
    assert sorted(i for i, _ in found) == [1, 2]

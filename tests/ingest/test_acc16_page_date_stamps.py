"""The page's own date stamped before its first line (issue 11, sixteenth session): stored
copies of web pages open with "date 2022-05-23" glued to the headline, a credit or the
first sentence; the stamp is read as the date line and the rest as the line it is. A
stamp before the issuing office alone, a sentence that says "date" and an ISO date later
in the text are left alone. Every text here is made up."""

from __future__ import annotations

from datetime import date

from archive.ingest.date_stamps import split_date_stamp
from archive.ingest.pipeline import parse_report

BODY = (
    "Secretary of State John Miller met Foreign Minister Taro Sato in Tokyo on Monday. "
    "The two ministers agreed to deepen the alliance and to meet again before the summer."
)
HEADLINE = "Secretary Miller's Meeting with Foreign Minister Sato"


def _parse(ref, text: str):
    return parse_report(text.encode(), reference=ref, filename="page.txt")


def test_a_stamp_glued_to_the_headline_gives_the_date_and_the_title(ref):
    report = _parse(ref, f" date 2022-05-23 {HEADLINE}\n\n{BODY}")
    assert report.title == HEADLINE
    assert report.published == date(2022, 5, 23)
    assert "date 2022-05-23" not in report.body


def test_a_stamp_glued_to_the_first_sentence_leaves_the_sentence_in_the_body(ref):
    report = _parse(ref, f" date 2021-12-12 {BODY}\n\nThe meeting lasted an hour.")
    assert report.published == date(2021, 12, 12)
    assert report.body.startswith("Secretary of State John Miller met")


def test_the_stamp_is_set_on_a_line_of_its_own_in_the_same_block():
    lines, blocks = split_date_stamp([f" date 2023-01 {HEADLINE}", BODY], [0, 1])
    assert lines == ["date 2023-01", HEADLINE, BODY]
    assert blocks == [0, 0, 1]


def test_a_stamp_before_the_issuing_office_alone_stays_one_line():
    lines = [" date 2017-09-15 Department of Defense", HEADLINE, BODY]
    assert split_date_stamp(lines, [0, 1, 2]) == (lines, [0, 1, 2])


def test_a_stamp_alone_stays_as_it_is():
    lines = ["date 2017-09-15", BODY]
    assert split_date_stamp(lines, [0, 0]) == (lines, [0, 0])


def test_text_that_does_not_open_with_the_stamp_is_left_alone():
    for first in (
        "The date 2022-05-23 was set for the talks in Tokyo.",
        "Update 2022-05-23 Secretary Miller arrives in Tokyo",
        "date 20220523 Secretary Miller arrives in Tokyo",
        "dated 2022-05-23 Secretary Miller arrives in Tokyo",
    ):
        assert split_date_stamp([first, BODY], [0, 1]) == ([first, BODY], [0, 1])


def test_an_ordinary_headline_and_body_read_as_before(ref):
    report = _parse(ref, f"{HEADLINE}\n\nMay 23, 2022\n\n{BODY}")
    assert report.title == HEADLINE
    assert report.published == date(2022, 5, 23)

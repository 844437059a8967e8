"""A stored page's date stamp that gives only the month ("date 2021-03", issue 11,
seventeenth session): it is the page's own date line, so it leaves the body, but it gives
no day, so the report has no publication date (the corpus labels a month-only page's date
as none). A full stamp is read as before; "date" in a sentence is left alone. Every text
here is made up."""

from __future__ import annotations

from datetime import date

import pytest

from archive.ingest.date_stamps import is_month_stamp
from archive.ingest.pipeline import parse_report

BODY = (
    "Secretary of State John Miller met Foreign Minister Taro Sato in Tokyo on Monday. "
    "The two ministers agreed to deepen the alliance and to meet again before the summer."
)


def _parse(ref, text: str):
    return parse_report(text.encode(), reference=ref, filename="page.txt")


def test_a_month_stamp_glued_to_a_notice_leaves_the_body_and_dates_nothing(ref):
    report = _parse(ref, f" date 2021-03 © Example Agency - All rights reserved\n\n- {BODY}")
    assert "date 2021-03" not in report.body
    assert report.published is None
    assert ("date 2021-03", "date line") in [(d.line, d.reason) for d in report.dropped]
    assert "Secretary of State John Miller" in report.body


def test_a_month_stamp_alone_leaves_the_body(ref):
    report = _parse(ref, f"date 2019-05\n\n{BODY}")
    assert "date 2019-05" not in report.body
    assert report.published is None


def test_a_full_stamp_still_gives_the_day(ref):
    report = _parse(ref, f"date 2019-05-14\n\n{BODY}")
    assert report.published == date(2019, 5, 14)


@pytest.mark.parametrize("line", ["date 2021-03", " date 2021-03 "])
def test_month_stamps(line):
    assert is_month_stamp(line)


@pytest.mark.parametrize(
    "line", ["date 2021-03-04", "The date 2021-03 was set.", "date 2021-03 Headline", "2021-03"]
)
def test_what_is_no_month_stamp(line):
    assert not is_month_stamp(line)


def test_a_sentence_opening_the_text_is_no_date_line(ref):
    report = _parse(ref, f"Date 2021-03 was chosen for the talks.\n\n{BODY}")
    assert "date line" not in [d.reason for d in report.dropped]


def test_a_month_stamp_below_the_top_is_not_the_pages(ref):
    report = _parse(ref, f"Allies meet in Tokyo\n\n{BODY}\n\ndate 2021-03")
    assert "date 2021-03" in report.body

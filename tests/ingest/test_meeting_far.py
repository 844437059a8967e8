"""A report dated far from a meeting (more than a week before it, more than two weeks
after it) is linked to it only when its text dates it (issue 11): with the meeting the
report covers missing from the reference, the same two's call of months before would
otherwise stand in for it. Invented reports against invented calls of Biden and
Kishida."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from archive.ingest.meeting_context import ReportContext
from archive.ingest.meeting_links import FAR_AFTER, FAR_BEFORE, _far_and_undated
from archive.ingest.meetings import suggest_meetings
from tests.ingest.invented_meetings import LEADERS, leaders_call
from tests.ingest.reference_data import seed_reference

CALL = leaders_call("call-2022-11-26", date(2022, 11, 26))
INDEX = replace(seed_reference(), meetings=(CALL,)).index
TEXT = (
    "Prime Minister Kishida held a Japan-U.S. summit telephone talk with President Biden"
    " of the United States. The two leaders spoke about the bilateral relationship."
)


def _linked(body: str, published: date) -> str | None:
    return suggest_meetings(
        index=INDEX, body=body, people=set(LEADERS), published=published, precision="day"
    )[1]


def test_a_report_months_after_the_call_is_not_linked_to_it():
    assert _linked(TEXT, date(2023, 6, 21)) is None


def test_a_report_months_before_the_call_is_not_linked_to_it():
    assert _linked(TEXT, date(2022, 6, 21)) is None


def test_the_text_dating_the_call_links_it_however_far():
    body = TEXT + " On November 26, 2022, the two leaders spoke by phone."
    assert _linked(body, date(2023, 6, 21)) == CALL.slug


def test_a_report_of_the_day_is_linked():
    assert _linked(TEXT, date(2022, 11, 26)) == CALL.slug


@pytest.mark.parametrize(
    ("published", "far"),
    [
        (CALL.start - FAR_BEFORE, False),
        (date(2022, 11, 18), True),
        (CALL.end + FAR_AFTER, False),
        (date(2022, 12, 11), True),
        (date(2022, 11, 26), False),
        (None, False),
    ],
)
def test_the_window_is_a_week_before_and_two_weeks_after(published, far):
    assert _far_and_undated(CALL, ReportContext(), published) is far


def test_a_call_days_after_the_report_is_not_linked():
    # a call of the two on the 26th, the report of the 22nd: it tells an earlier call
    assert _linked(TEXT, date(2022, 11, 22)) is None
    assert _linked(TEXT, date(2022, 11, 24)) is None


def test_a_call_the_day_after_a_report_that_announces_it_is_linked():
    body = TEXT.replace("held", "will hold") + " They will speak by phone tomorrow."
    assert _linked(body, date(2022, 11, 25)) == CALL.slug

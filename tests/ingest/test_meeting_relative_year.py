"""A month and day after a year named by its relation to now ("本年5月1日", "今年3月16日",
"去年4月10日", "同年9月3日") is a month and day the text gives, as "5月1日" is: the
full-date reader leaves a month right after 年 to the full date it belongs to, and so
missed these. The year stays unknown (an undated text does not say which "this year"
is). The reports and the calls are invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from archive.ingest.meeting_mentions import mentioned_dates
from archive.ingest.meetings import suggest_meetings
from tests.ingest.invented_meetings import LEADERS
from tests.ingest.invented_meetings import leaders_call as _call
from tests.ingest.reference_data import seed_reference


@pytest.mark.parametrize(
    ("text", "month_day"),
    [
        ("本年5月1日には、ワシントンにおいて会談が行われた。", (5, 1)),
        ("今年３月１６日，美日两国领导人通电话。", (3, 16)),
        ("去年 4月10日双方通话。", (4, 10)),
        ("昨年の11月3日、両首脳は電話会談を行った。", (11, 3)),
        ("同年9月3日に再び会談した。", (9, 3)),
    ],
)
def test_a_month_and_day_after_a_relative_year_is_read(text, month_day):
    found = mentioned_dates(text)
    assert month_day in found.month_days
    assert not found.full


@pytest.mark.parametrize(
    "text",
    [
        "2009年5月1日に会談が行われた。",  # a full date: its own year
        "平成21年5月1日に会談が行われた。",
    ],
)
def test_a_full_date_keeps_its_year(text):
    found = mentioned_dates(text)
    assert (5, 1) in found.month_days
    assert date(2009, 5, 1) in found.full


def test_a_relative_year_without_a_month_gives_no_day():
    assert not mentioned_dates("今年は両国の同盟70周年にあたる。").month_days


def test_an_undated_report_dates_its_call_by_a_month_and_day_of_this_year():
    calls = (_call("call-may-1", date(2022, 5, 1)), _call("call-june-1", date(2022, 6, 1)))
    index = replace(seed_reference(), meetings=calls).index
    ranked, _ = suggest_meetings(
        index=index,
        body="岸田総理とバイデン大統領は本年5月1日、電話会談を行った。",
        people=set(LEADERS),
    )
    scores = {suggestion.slug: suggestion.score for suggestion in ranked}
    assert scores["call-may-1"] > scores.get("call-june-1", 0.0)

"""A count of days in a CJK report ("2박 3일간", "3일 동안", "3日間", "2泊3日", "3일째",
"3日ぶり") says how long a trip or a wait lasts, not which day of the month anything
happened: it names no day of a meeting, and no day of another meeting of the same people
either (`meeting_neighbours`). The reports and the calls are invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from archive.ingest.cjk_days import lead_days, month_days
from archive.ingest.meetings import suggest_meetings
from tests.ingest.invented_meetings import LEADERS
from tests.ingest.invented_meetings import leaders_call as _call
from tests.ingest.reference_data import seed_reference


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("대통령은 26일부터 2박 3일간 중국을 방문합니다.", {26}),
        ("대통령은 26일부터 2박3일 일정으로 방문합니다.", {26}),
        ("총리는 5일 동안 미국에 머뭅니다. 회담은 8일입니다.", {8}),
        ("순방 3일째인 9일 정상회담을 했습니다.", {9}),
        ("두 정상은 10일 만에 다시 통화했습니다.", set()),
        ("首相は3日間の日程で訪米し、7日に会談した。", {7}),
        ("2泊3日の日程で、首脳会談は12日。", {12}),
        ("訪問3日目の14日、会談した。", {14}),
        ("首脳会談は5日ぶりの電話会談だった。", set()),
    ],
)
def test_a_count_of_days_names_no_day_of_the_month(text, days):
    assert month_days(text) == days


def test_the_lead_gives_its_day_not_the_length_of_a_trip():
    assert lead_days("대통령이 2박 3일간 방일해 29일 총리와 회담했습니다.") == {29}


def test_a_trip_of_three_days_dates_no_neighbouring_call():
    """A call on the 29th, another on the 3rd of the next month: "2박 3일" read as the 3rd
    made the first call's month the one where both fell; there is no such second day."""
    calls = (_call("call-may-29", date(2022, 5, 29)), _call("call-jun-29", date(2022, 6, 29)))
    calls += (_call("call-jun-3", date(2022, 6, 3)),)
    index = replace(seed_reference(), meetings=calls).index
    body = "대통령은 26일부터 2박 3일간 한국을 방문합니다. 이어 29일 총리와 통화합니다."
    ranked, _ = suggest_meetings(index=index, body=body, people=set(LEADERS))
    scores = {suggestion.slug: suggestion.score for suggestion in ranked}
    assert scores["call-may-29"] == scores["call-jun-29"]

"""A day of this month, as Chinese and Japanese reports write it ("本月7日", "今月7日",
"当月7日"), is a day of the month like "7日": the day a report without a date of its own
gives for its meeting. A month-day ("11月17日") and another month's day ("上月7日") are
not. The reports and the calls are invented."""

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
        ("拜登本月7日与岸田通电话。", {7}),
        ("岸田首相は今月7日、バイデン大統領と電話会談を行った。", {7}),
        ("双方当月7日通话。", {7}),
        ("双方11月17日通话。", set()),
        ("双方上月7日通话。", set()),
    ],
)
def test_a_day_of_this_month_is_a_day_of_the_month(text, days):
    assert month_days(text) == days


def test_the_lead_gives_the_day_of_this_month():
    assert lead_days("拜登本月7日与岸田通电话。两人此前曾多次通话。") == {7}


def test_an_undated_report_dates_its_call_by_the_day_of_this_month():
    calls = (_call("call-7th", date(2022, 9, 7)), _call("call-20th", date(2022, 9, 20)))
    index = replace(seed_reference(), meetings=calls).index
    ranked, auto = suggest_meetings(
        index=index, body="拜登本月7日与岸田通电话。", people=set(LEADERS)
    )
    scores = {suggestion.slug: suggestion.score for suggestion in ranked}
    assert scores["call-7th"] > scores.get("call-20th", 0.0)

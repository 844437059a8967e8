"""A call a Korean, Chinese or Japanese report dates against the page's own date: "어제"
(yesterday), "昨天", "前日", "上周二" (Tuesday last week), "지난주 금요일"; or by the day of the
month when the page's date line gives only its month ("2022年9月" … "7日通话"). The reports
and the calls are invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from archive.ingest.meeting_context import report_context
from archive.ingest.meeting_neighbours import in_the_month
from archive.ingest.meetings import suggest_meetings
from archive.ingest.relative_days import relative_dates
from tests.ingest.invented_meetings import LEADERS
from tests.ingest.invented_meetings import leaders_call as _call
from tests.ingest.reference_data import seed_reference

CALLS = (
    _call("call-mar-7", date(2022, 3, 7)),
    _call("call-sep-5", date(2022, 9, 5)),
    _call("call-sep-7", date(2022, 9, 7)),
    _call("call-sep-8", date(2022, 9, 8)),
)


def _suggest(body: str, published: date, precision: str = "day"):
    index = replace(seed_reference(), meetings=CALLS).index
    return suggest_meetings(
        index=index, body=body, people=set(LEADERS), published=published, precision=precision
    )


THURSDAY = date(2022, 9, 8)


@pytest.mark.parametrize(
    ("body", "days"),
    [
        ("바이든 대통령은 어제 기시다 총리와 통화했습니다.", {date(2022, 9, 7)}),
        ("拜登昨天与岸田通电话。", {date(2022, 9, 7)}),
        ("岸田総理は昨日、バイデン大統領と電話会談を行った。", {date(2022, 9, 7)}),
        ("拜登前日与岸田通电话。", {date(2022, 9, 7), date(2022, 9, 6)}),
        ("拜登前天与岸田通电话。", {date(2022, 9, 6)}),
        ("바이든 대통령은 오늘 기시다 총리와 통화했습니다.", {THURSDAY}),
        ("拜登上周一与岸田通电话。", {date(2022, 8, 29)}),
        ("바이든 대통령은 지난주 금요일 기시다 총리와 통화했습니다.", {date(2022, 9, 2)}),
        ("拜登本周一与岸田通电话。", {date(2022, 9, 5)}),
        ("拜登与岸田通电话。", set()),
        ("拜登上周与岸田通电话。", set()),  # a week without its day: no date
    ],
)
def test_days_named_relative_to_the_reports_date(body, days):
    weekdays = report_context(body).dates.weekdays
    assert relative_dates(body, THURSDAY, weekdays) == days


@pytest.mark.parametrize(
    "body",
    [
        "조 바이든 미국 대통령이 어제 기시다 후미오 일본 총리와 전화 통화를 했습니다.",
        "美国总统拜登昨天与日本首相岸田文雄通电话。",
        "岸田総理大臣は昨日、バイデン大統領と電話会談を行った。",
    ],
)
def test_yesterdays_call_not_todays(body):
    # Published the 8th: without "yesterday", the call of the 8th leads by the margin.
    suggestions, auto = _suggest(body, THURSDAY)
    assert auto == "call-sep-7", [(s.slug, s.score, s.reasons) for s in suggestions]


@pytest.mark.parametrize(
    "body",
    [
        "美国总统拜登上周一与日本首相岸田文雄通电话。",
        "바이든 대통령은 지난주 월요일 기시다 총리와 전화 통화를 했습니다.",
        "バイデン大統領と岸田総理は先週月曜日に電話会談を行った。",
    ],
)
def test_a_weekday_of_last_week(body):
    # Published Wednesday 14 September: last week's Monday is the 5th.
    suggestions, auto = _suggest(body, date(2022, 9, 14))
    assert auto == "call-sep-5", [(s.slug, s.score, s.reasons) for s in suggestions]


@pytest.mark.parametrize(
    "body",
    [
        "美国总统拜登7日与日本首相岸田文雄通电话。",
        "조 바이든 미국 대통령이 7일 기시다 후미오 일본 총리와 전화 통화를 했습니다.",
    ],
)
def test_a_page_dated_to_the_month_dates_the_leads_day_in_it(body):
    suggestions, auto = _suggest(body, date(2022, 9, 1), precision="month")
    assert auto == "call-sep-7", [(s.slug, s.score, s.reasons) for s in suggestions]
    # Without the month, March and September fit the 7th alike.
    suggestions, auto = _suggest(body, None, precision="unknown")
    assert auto is None


def test_the_month_turns_the_leads_days_into_dates_and_keeps_the_others():
    context = report_context("拜登7日与岸田通电话。两人31日曾通电话。")
    dated = in_the_month(context, date(2022, 9, 1)).dates
    assert date(2022, 9, 7) in dated.full
    assert dated.lead_days == frozenset() and dated.days == {31}
    # No 31st in September: nothing to add.
    only = in_the_month(report_context("拜登31日与岸田通电话。"), date(2022, 9, 1))
    assert only.dates.full == frozenset() and only.dates.lead_days == {31}

"""Days of the month a CJK report places in another month ("지난달 29일", "다음달 26일",
"先月24日", "下个月1日") or gives as the day the news was reported ("일본 언론이 2일
보도했습니다", "2日報じた"): neither is a day of the meeting it covers. And words of a
relationship ("trilateral relationship", "한미일 관계") call no meeting a trilateral. The
reports and the calls are invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from archive.ingest.cjk_days import lead_days, month_days
from archive.ingest.meeting_context import mentioned_dates
from archive.ingest.meetings import report_signs, suggest_meetings
from tests.ingest.invented_meetings import LEADERS
from tests.ingest.invented_meetings import leaders_call as _call
from tests.ingest.reference_data import seed_reference

CALLS = (
    _call("call-may-1", date(2022, 5, 1)),
    _call("call-jun-2", date(2022, 6, 2)),
    _call("call-jan-29", date(2023, 1, 29)),
)


def _suggest(body: str):
    index = replace(seed_reference(), meetings=CALLS).index
    return suggest_meetings(index=index, body=body, people=set(LEADERS))


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("두 정상은 1일 통화했습니다. 북한은 지난달 29일 미사일을 발사했습니다.", {1}),
        ("두 정상은 1일 통화했습니다. 북한은 지난 달 29일 미사일을 발사했습니다.", {1}),
        ("정상회담은 오는 26일, 국빈방문은 다음달 26일~28일입니다.", {26}),
        ("首相は1日に電話会談を行った。先月24日には訪米した。", {1}),
        ("拜登1日与岸田通电话。岸田上个月29日访问了首尔。", {1}),
        ("拜登1日与岸田通電話。去年29日…", {1}),
        ("지난달 29일에 발사했습니다.", set()),
    ],
)
def test_a_day_of_another_month_is_not_one_of_this_month(text, days):
    assert month_days(text) == days


def test_the_29th_of_last_month_is_not_the_29th():
    # "29일" alone still counts: only "지난달" places it in another month.
    assert month_days("북한은 29일 미사일을 발사했습니다.") == {29}


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("두 정상이 1일 전화통화를 했다고 일본 언론이 2일 보도했습니다.", {1}),
        ("両首脳は1日、電話会談を行ったと共同通信が2日報じた。", {1}),
        ("美日首脑1日通电话, 日本媒体2日报道。", {1}),
        # A press release of the day is the readout's: its meeting's day.
        ("백악관은 30일 보도자료에서 두 정상이 통화했다고 밝혔습니다.", {30}),
        ("外務省は30日の報道発表で電話会談を行ったと発表した。", {30}),
        # The first day the report gives is another month's: the lead is the next one's.
        ("지난달 29일 북한이 미사일을 발사했습니다. 두 정상은 1일 통화했습니다.", {1}),
    ],
)
def test_the_leads_days_leave_out_the_day_of_the_reporting(text, lead):
    assert lead_days(text) == lead


def test_mentioned_dates_read_the_days_of_this_month_only():
    mentioned = mentioned_dates("두 정상은 1일 통화했습니다. 북한은 지난달 29일 발사했습니다.")
    assert mentioned.days == {1}
    assert mentioned.lead_days == {1}


def test_an_undated_call_is_not_dated_by_the_day_it_was_reported():
    body = (
        "조 바이든 미국 대통령과 기시다 후미오 일본 총리가 1일 30분간 전화통화를 했다고 "
        "복수의 일본 언론이 2일 보도했습니다.\n"
        "두 정상은 지난달 29일 북한이 탄도미사일을 발사한 것과 관련해 대처 방안을 논의했습니다."
    )
    suggestions, auto = _suggest(body)
    assert auto == "call-may-1", [(s.slug, s.score, s.reasons) for s in suggestions]


def test_without_the_words_of_another_month_the_days_tie():
    body = "조 바이든 미국 대통령과 기시다 후미오 일본 총리가 1일과 2일, 29일 전화통화를 했습니다."
    assert _suggest(body)[1] is None


@pytest.mark.parametrize(
    "text",
    [
        "We see it in our historic trilateral relationship with South Korea.",
        "exercising our forces together under a multi-year trilateral framework",
        "strengthening trilateral ties and trilateral relations",
        "한미일 관계를 강화했습니다.",
        "日米韓関係の強化",
        "美日韩关系",
    ],
)
def test_a_relationship_of_three_calls_no_meeting_a_trilateral(text):
    assert not report_signs(text).kind_words["multi"]


@pytest.mark.parametrize(
    "text", ["the trilateral meeting", "한미일 정상회의", "日米韓首脳会談", "a trilateral summit"]
)
def test_a_meeting_of_three_is_still_one(text):
    assert report_signs(text).kind_words["multi"]

"""Korean, Chinese and Japanese reports without a date of their own that date a call by
the day of the month alone ("20일 통화", "20日通话", "20日、電話会談"): the day their lead
gives weighs more than the days named after it, and a second day that falls on another
call of the same leaders a few days away tells which month it was. The reports and the
calls are invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from archive.ingest.meeting_context import dates_evidence, mentioned_dates, report_context
from archive.ingest.meeting_neighbours import neighbour_evidence
from archive.ingest.meetings import suggest_meetings
from archive.ingest.reference import KnownMeeting
from tests.ingest.reference_data import seed_reference

LEADERS = ("joe-biden", "fumio-kishida")
POSTS = (
    ("joe-biden", "United States", "head_of_state"),
    ("fumio-kishida", "Japan", "head_of_government"),
)


def _call(slug: str, day: date, people=LEADERS) -> KnownMeeting:
    posts = tuple(post for post in POSTS if post[0] in people)
    return KnownMeeting(
        slug, slug, day, day, "", people, (), "call", "phone", participant_posts=posts
    )


CALLS = (
    _call("call-mar-7", date(2022, 3, 7)),
    _call("call-sep-5", date(2022, 9, 5)),
    _call("call-sep-7", date(2022, 9, 7)),
    _call("call-mar-20", date(2023, 3, 20)),
)


def _suggest(body: str):
    index = replace(seed_reference(), meetings=CALLS).index
    return suggest_meetings(index=index, body=body, people=set(LEADERS))


# --- The lead's day --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "lead"),
    [
        ("바이든 대통령이 20일 기시다 총리와 통화했습니다. 앞서 지난 7일 회담했습니다.", {20}),
        ("拜登20日与岸田通电话。岸田7日曾访问首尔。", {20}),
        ("岸田総理は３月20日、バイデン大統領と電話会談を行った。7日には訪韓した。", {20}),
        ("Biden spoke with Kishida. 기시다 총리는 7일과 8일 방한했습니다.", {7, 8}),
        ("바이든 대통령이 기시다 총리와 통화했습니다.", set()),
    ],
)
def test_the_lead_is_the_first_sentence_naming_a_day(body, lead):
    assert mentioned_dates(body).lead_days == lead


@pytest.mark.parametrize(
    "body",
    [
        "조 바이든 미국 대통령이 20일 기시다 후미오 일본 총리와 전화 통화를 했습니다.\n"
        "기시다 총리는 지난 7일 한국을 방문했으며, 오는 23일 인도를 방문할 예정입니다.",
        "美国总统拜登20日与日本首相岸田文雄通电话。\n岸田文雄7日曾访问韩国,并将于23日访问印度。",
        "美國總統拜登20日與日本首相岸田文雄通電話。\n岸田文雄7日曾訪問韓國。",
        "岸田総理大臣は20日、バイデン大統領と電話会談を行った。\n総理は7日に韓国を訪問した。",
    ],
)
def test_an_undated_call_is_the_one_on_the_leads_day(body):
    suggestions, auto = _suggest(body)
    assert auto == "call-mar-20", [(s.slug, s.score, s.reasons) for s in suggestions]


def test_a_day_named_only_after_the_lead_links_nothing_when_two_months_fit():
    body = "조 바이든 대통령과 기시다 후미오 총리가 전화 통화를 했습니다.\n두 정상은 7일 통화에서…"
    suggestions, auto = _suggest(body)
    # The lead here is the second sentence (the first naming a day): both the 7ths fit it.
    assert auto is None
    assert {s.slug for s in suggestions[:2]} == {"call-mar-7", "call-sep-7"}


def test_a_dated_report_gets_no_more_for_the_leads_day():
    context = report_context("바이든 대통령이 20일 기시다 총리와 통화했습니다.")
    call = CALLS[-1]
    dated = dates_evidence(call, context, dateline_counted=False, dated=True)
    undated = dates_evidence(call, context, dateline_counted=False, dated=False)
    assert dated[0] == pytest.approx(0.10)
    assert undated[0] == pytest.approx(0.30) and "lead" in undated[1][0]


# --- A second day on another call of theirs ----------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "조 바이든 대통령과 기시다 후미오 총리가 이틀 만에 다시 통화했습니다.\n"
        "백악관은 7일 두 정상이 통화했다고 밝혔습니다.\n"
        "두 정상은 앞서 5일에도 40분간 통화했었습니다.",
        "拜登7日再次与岸田文雄通电话。两人5日曾通电话。",
        "バイデン大統領と岸田総理は7日、再び電話会談を行った。両首脳は5日にも電話で会談していた。",
    ],
)
def test_the_day_of_their_earlier_call_tells_the_month(body):
    suggestions, auto = _suggest(body)
    assert auto == "call-sep-7", [(s.slug, s.score, s.reasons) for s in suggestions]
    best = suggestions[0]
    assert any("2022-09-05" in reason for reason in best.reasons)


def test_without_the_earlier_call_two_months_fit():
    suggestions, auto = _suggest("拜登7日与岸田文雄通电话。")
    assert auto is None


def test_a_meeting_of_the_same_day_or_other_people_is_no_neighbour():
    context = report_context("拜登7日与岸田文雄通电话。两人6日曾通电话。")
    call = CALLS[2]
    same_day = _call("trilateral-sep-7", date(2022, 9, 7))
    other_people = _call("biden-only-sep-6", date(2022, 9, 6), people=("joe-biden",))
    assert neighbour_evidence(call, context, [call, same_day, other_people], dated=False) == (
        0.0,
        [],
    )
    dated = neighbour_evidence(call, context, [CALLS[1]], dated=True)
    assert dated == (0.0, [])
    assert neighbour_evidence(call, context, [CALLS[1]], dated=False)[0] > 0

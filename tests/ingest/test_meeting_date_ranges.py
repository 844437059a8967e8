"""A stretch of days the text names in one month ("visited the U.S. from July 7th to
12th", "July 7-12", "7 to 12 July", "7月7日から12日", "6월 26일~29일") names each of its
days: a meeting held on one of them is dated by the text. Not a time of day ("July 7 to
10 p.m."), not a stretch longer than two weeks. The reports and meetings are invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from archive.ingest.meeting_mentions import LONGEST_RANGE, mentioned_dates
from archive.ingest.meetings import suggest_meetings
from archive.ingest.reference import KnownMeeting
from tests.ingest.reference_data import seed_reference

JULY_7_TO_12 = {(7, day) for day in range(7, 13)}


@pytest.mark.parametrize(
    "text",
    [
        "Defense Minister Onodera visited the U.S. from July 7th to 12th and held talks.",
        "The minister's visit, July 7-12, 2014, ended in Washington.",
        "The minister was in Washington from 7 to 12 July.",
        "The tour ran July 7 through 12.",
        "小野寺防衛大臣は7月7日から12日まで訪米した。",
        "장관은 7월 7일~12일 미국을 방문했습니다.",
        "部长7月7日至12日访问美国。",
    ],
)
def test_each_day_of_a_stretch_is_named(text):
    assert JULY_7_TO_12 <= mentioned_dates(text).month_days


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Talks on July 7 to 10 p.m. went well.", {(7, 7)}),
        ("The session ran June 6 to 8:30 in the evening.", {(6, 6)}),
        ("The exhibition runs from July 1 to 30.", {(7, 1)}),
    ],
)
def test_a_time_of_day_or_a_long_stretch_is_no_stretch_of_days(text, days):
    assert mentioned_dates(text).month_days == days


@pytest.mark.parametrize("text", ["訪米は6月5日から7月10日までの予定。", "6월 5일~7월 10일 방미"])
def test_a_cjk_stretch_across_two_months_names_no_days_of_the_first(text):
    # Read as 5 to 10 June before review: the second month was skipped over.
    assert not {(6, day) for day in range(6, 11)} & mentioned_dates(text).month_days


def test_the_longest_stretch_is_two_weeks():
    assert LONGEST_RANGE == 14
    assert (7, 15) in mentioned_dates("From July 1 to 15.").month_days
    assert (7, 16) not in mentioned_dates("From July 1 to 16.").month_days


PAIR = ("chuck-hagel", "itsunori-onodera")
POSTS = (("chuck-hagel", "United States", "defense"), ("itsunori-onodera", "Japan", "defense"))


def _talks(slug: str, day: date) -> KnownMeeting:
    return KnownMeeting(
        slug, slug, day, day, "Washington", PAIR, (), "defense_ministers", "in_person",
        participant_posts=POSTS,
    )  # fmt: skip


def test_the_meeting_inside_the_stretch_is_linked():
    index = replace(
        seed_reference(),
        meetings=(_talks("dm-2013", date(2013, 4, 29)), _talks("dm-2014", date(2014, 7, 11))),
    ).index
    body = (
        "Defense Minister Onodera visited the U.S. from July 7th to 12th and held his "
        "Defense Ministerial Meeting with Secretary of Defense Chuck Hagel."
    )
    _, auto = suggest_meetings(index=index, body=body, people=set(PAIR))
    assert auto == "dm-2014"

"""A report without a date of its own that gives today's day of the month in brackets and
places its meeting yesterday, the day before or tomorrow: the meeting falls on that day
of the month (`anchored_days`). Invented text throughout."""

from __future__ import annotations

from datetime import date

import pytest

from archive.ingest import prefilter
from archive.ingest.anchored_days import ANCHORED_POINTS, anchored_days, anchored_evidence
from tests.ingest.invented_meetings import leaders_linked, leaders_summit


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "바이든 대통령은 오늘 (9일) 서울에서 연설했습니다. "
            "바이든 대통령은 어제 기시다 총리와 회담한 뒤 기자회견을 가졌습니다.",
            {8},
        ),
        ("拜登总统今天(21日)离开东京。拜登昨天与岸田首相举行会谈,讨论了地区局势。", {20}),
        ("首相は今日（12日）帰国した。首相は一昨日、大統領と会談を行った。", {10}),
        ("두 정상은 오늘(3일) 만찬을 함께 합니다. 두 정상은 내일 정상회담을 엽니다.", {4}),
    ],
)
def test_a_meeting_placed_from_the_day_given_as_today(text, days):
    assert anchored_days(prefilter.fold(text)) == days


@pytest.mark.parametrize(
    "text",
    [
        # Yesterday dates an arrival, not a meeting.
        "대통령은 어제 도쿄에 도착했습니다. 대통령은 오늘 (9일) 총리와 회담했습니다.",
        # The text names yesterday's day itself: read by the days it names, not again.
        "외교부는 오늘(12일) 밝혔습니다. 두 장관은 어제(11일) 전화통화를 했습니다.",
        # No day is given as today.
        "두 정상은 어제 전화통화를 하고 북한 문제를 논의했습니다.",
        # The day before the 1st is last month's: not guessed.
        "장관은 오늘 (1일) 귀국했습니다. 장관은 어제 외무상과 회담했습니다.",
        # Today's day in brackets with no other day.
        "두 정상은 오늘 (15일) 정상회담을 가졌습니다.",
    ],
)
def test_no_meeting_day_read(text):
    assert anchored_days(prefilter.fold(text)) == frozenset()


SPRING = leaders_summit("summit-spring", "Summit", date(2023, 4, 8), "Tokyo", "Japan")
AUTUMN = leaders_summit("summit-autumn", "Summit", date(2023, 10, 20), "Tokyo", "Japan")


def test_the_evidence_is_for_the_meeting_on_that_day_in_an_undated_report():
    assert anchored_evidence(SPRING, frozenset({8}), dated=False)[0] == ANCHORED_POINTS
    assert anchored_evidence(AUTUMN, frozenset({8}), dated=False) == (0.0, [])
    assert anchored_evidence(SPRING, frozenset({8}), dated=True) == (0.0, [])


def test_the_day_links_the_one_meeting_of_two_held_on_it():
    body = (
        "바이든 대통령은 오늘 (9일) 도쿄에서 기업인들과 만났습니다.\n"
        "바이든 대통령은 어제 기시다 후미오 총리와 정상회담을 가졌습니다."
    )
    assert leaders_linked(body, (SPRING, AUTUMN)) == ["summit-spring"]
    # Without the day given as today, the text tells neither meeting from the other.
    unanchored = body.replace("오늘 (9일) ", "")
    assert leaders_linked(unanchored, (SPRING, AUTUMN)) == []

"""A report without a date of its own that never speaks of a meeting (a leader's speech,
a minister's tour) and names only one side of a table is linked to no meeting on a day
of the month alone: "지난 23일" fits one of every thirty meetings of the same leader
(`meeting_links._half_seen_and_unnamed`). The same report that names the meeting by its
kind, gives the month with the day, names both sides, or has a date of its own is
linked as before. Invented meetings and text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from archive.ingest.meetings import suggest_meetings
from archive.ingest.reference import KnownMeeting
from tests.ingest.reference_data import seed_reference

LEADERS = ("joe-biden", "fumio-kishida")
SUMMIT = KnownMeeting(
    "summit-washington", "Japan–U.S. Summit Meeting", date(2022, 5, 23), date(2022, 5, 23),
    "Washington", LEADERS, (), "summit", "in_person", country="United States",
    participant_posts=(
        ("joe-biden", "United States", "head_of_state"),
        ("fumio-kishida", "Japan", "head_of_government"),
    ),
)  # fmt: skip

# A speech in the summit's city, on a day of the month that is the summit's.
SPEECH = (
    "기시다 후미오 일본 총리가 지난 23일 미국 워싱턴의 한 대학에서 강연하며 일본과 미국의"
    " 동맹이 지역 안정의 토대라고 강조했다.\n"
    "기시다 총리는 약 30분 동안 영어로 연설했다."
)


def _linked(body: str, people: set[str], published: date | None = None) -> list[str]:
    index = replace(seed_reference(), meetings=(SUMMIT,)).index
    ranked, _ = suggest_meetings(
        index=index,
        body=body,
        people=people,
        published=published,
        precision="day" if published else "unknown",
    )
    return [s.slug for s in ranked if s.linked]


def test_an_undated_speech_by_one_side_links_no_meeting_on_its_day_of_the_month():
    assert _linked(SPEECH, {"fumio-kishida"}) == []


def test_the_meeting_named_by_its_kind_is_still_linked():
    body = SPEECH.replace("한 대학에서 강연하며", "바이든 대통령과 정상회담을 하며")
    assert _linked(body, {"fumio-kishida"}) == ["summit-washington"]


def test_a_month_with_the_day_still_links():
    body = SPEECH.replace("지난 23일", "5월 23일")
    assert _linked(body, {"fumio-kishida"}) == ["summit-washington"]


def test_both_sides_named_still_link():
    body = SPEECH.replace("미국 워싱턴의", "조 바이든 미국 대통령과 워싱턴의")
    assert _linked(body, set(LEADERS)) == ["summit-washington"]


def test_a_report_dated_on_the_day_still_links():
    assert _linked(SPEECH, {"fumio-kishida"}, published=date(2022, 5, 23)) == ["summit-washington"]

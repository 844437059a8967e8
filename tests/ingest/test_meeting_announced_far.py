"""A call's readout that announces the two's next meeting in person ("will visit Japan
next month", "訪日する予定") previews it however far ahead within three weeks of the call:
a readout dated two weeks before the visit no longer loses the meeting for being "far
from" it. Not without words of the future, not past the three weeks. The reports and
meetings are invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from archive.ingest.meeting_links import NEXT_MEETING_WITHIN
from archive.ingest.meetings import suggest_meetings
from archive.ingest.reference import KnownMeeting
from tests.ingest.invented_meetings import LEADER_POSTS, LEADERS
from tests.ingest.reference_data import seed_reference

CALL_DAY = date(2022, 10, 3)


def _meeting(slug: str, day: date, kind: str = "summit", fmt: str = "in_person"):
    return KnownMeeting(
        slug, slug, day, day, "Tokyo", LEADERS, (), kind, fmt, participant_posts=LEADER_POSTS
    )


CALL = _meeting("call-x", CALL_DAY, "call", "phone")
BODIES = {
    "en": (
        "President Biden spoke by phone today with Prime Minister Kishida. The President "
        "will visit Japan next month for a summit with the Prime Minister."
    ),
    "ja": (
        "岸田総理は本日、バイデン大統領と電話会談を行った。バイデン大統領は来月訪日し、"
        "岸田総理と首脳会談を行う予定である。"
    ),
}


def _linked(body: str, *meetings: KnownMeeting) -> list[str]:
    index = replace(seed_reference(), meetings=(CALL, *meetings)).index
    ranked, _ = suggest_meetings(
        index=index, body=body, people=set(LEADERS), published=CALL_DAY, precision="day"
    )
    return [s.slug for s in ranked if s.linked]


@pytest.mark.parametrize("language", BODIES)
def test_a_visit_two_weeks_after_the_call_is_the_one_announced(language):
    visit = _meeting("summit-visit", CALL_DAY + timedelta(days=14))
    assert _linked(BODIES[language], visit) == ["call-x", "summit-visit"]


@pytest.mark.parametrize(
    "looked_forward",
    [
        "The President looked forward to his visit to Japan for their summit.",
        "首相は大統領の訪日を楽しみにしていると述べ、首脳会談で話し合いたいと伝えた。",
        "두 정상은 방일을 고대한다며 정상회담에서 논의하기로 했다.",
    ],
)
def test_a_visit_looked_forward_to_is_announced(looked_forward):
    visit = _meeting("summit-visit", CALL_DAY + timedelta(days=14))
    body = BODIES["en"].split(". ")[0] + ". " + looked_forward
    assert _linked(body, visit) == ["call-x", "summit-visit"]


def test_past_three_weeks_it_is_not():
    visit = _meeting("summit-visit", CALL_DAY + NEXT_MEETING_WITHIN + timedelta(days=1))
    assert _linked(BODIES["en"], visit) == ["call-x"]


def test_without_an_announcement_the_far_meeting_is_not_linked():
    visit = _meeting("summit-visit", CALL_DAY + timedelta(days=14))
    body = BODIES["en"].split(". ")[0] + "."
    assert _linked(body, visit) == ["call-x"]


def test_a_linked_meeting_is_kept_below_the_suggestions_shown():
    """The announced meeting scores low for its date: it is shown, linked, even where the
    list of suggestions is cut above it."""
    visit = _meeting("summit-visit", CALL_DAY + timedelta(days=14))
    index = replace(seed_reference(), meetings=(CALL, visit)).index
    ranked, auto = suggest_meetings(
        index=index,
        body=BODIES["en"],
        people=set(LEADERS),
        published=CALL_DAY,
        precision="day",
        limit=1,
    )
    assert [(s.slug, s.linked) for s in ranked] == [("call-x", True), ("summit-visit", True)]
    assert auto == "call-x"

"""A call's readout that speaks of what is to come ("will visit the United States early
next month to hold talks", "다음달 초 미국을 방문해 … 회담할 예정") is also the preview of
the two's next meeting in person, when it follows the call within three weeks: that
meeting is linked with the call. Not a later one of theirs, not without words of the
future, not a meeting of other people. The reports and meetings are invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from archive.ingest.meeting_links import NEXT_MEETING_WITHIN
from archive.ingest.meetings import suggest_meetings
from archive.ingest.reference import KnownMeeting
from tests.ingest.reference_data import seed_reference

PAIR = ("lloyd-austin", "minoru-kihara")
POSTS = (
    ("lloyd-austin", "United States", "defense"),
    ("minoru-kihara", "Japan", "defense"),
)
CALL_DAY = date(2023, 9, 28)


def _meeting(slug: str, day: date, kind: str = "defense_ministers", fmt: str = "in_person"):
    return KnownMeeting(
        slug, slug, day, day, "Washington", PAIR, (), kind, fmt, participant_posts=POSTS
    )


CALL = _meeting("call-x", CALL_DAY, "call", "phone")
NEXT = _meeting("dm-next", date(2023, 10, 4))
LATER = _meeting("dm-later", date(2024, 5, 2))
BODY = (
    "기하라 미노루 신임 일본 방위상이 28일 로이드 오스틴 미국 국방장관과 전화통화를 "
    "가졌습니다. 기하라 방위상은 다음달 초 미국을 방문해 오스틴 장관과 회담할 예정입니다."
)


def _suggest(body: str, *meetings: KnownMeeting, published: date | None = CALL_DAY):
    index = replace(seed_reference(), meetings=meetings).index
    precision = "day" if published else "unknown"
    ranked, _ = suggest_meetings(
        index=index, body=body, people=set(PAIR), published=published, precision=precision
    )
    return ranked


def _linked(body: str, *meetings: KnownMeeting, published: date | None = CALL_DAY):
    return [s.slug for s in _suggest(body, *meetings, published=published) if s.linked]


def test_the_call_and_the_meeting_it_announces_are_linked():
    assert _linked(BODY, CALL, NEXT, LATER) == ["call-x", "dm-next"]


def test_without_words_of_the_future_only_the_call():
    body = BODY.replace("다음달 초 미국을 방문해 오스틴 장관과 회담할 예정입니다", "통화했습니다")
    assert _linked(body, CALL, NEXT, LATER) == ["call-x"]


def test_a_meeting_beyond_three_weeks_is_not_the_one_announced():
    # Undated, the report's own date costs neither meeting: only the window tells.
    near = _meeting("dm-near", CALL_DAY + NEXT_MEETING_WITHIN)
    far = _meeting("dm-far", CALL_DAY + NEXT_MEETING_WITHIN + timedelta(days=1))
    assert _linked(BODY, CALL, near, published=None) == ["call-x", "dm-near"]
    assert "dm-far" in [s.slug for s in _suggest(BODY, CALL, far, published=None)]
    assert _linked(BODY, CALL, far, published=None) == ["call-x"]


def test_a_meeting_without_everyone_on_the_call_is_not_theirs():
    alone = KnownMeeting(
        "dm-other", "dm-other", NEXT.start, NEXT.start, "Washington", ("lloyd-austin",), (),
        "defense_ministers", "in_person", participant_posts=POSTS[:1],
    )  # fmt: skip
    assert _linked(BODY, CALL, alone) == ["call-x"]


def test_a_future_word_about_something_else_announces_no_meeting_of_theirs():
    # The future is another event's ("the upcoming APEC meetings"): the two's next
    # meeting scores below AUTO_MIN_SCORE on its own and is not linked with the call.
    body = (
        "Defense Minister Minoru Kihara held a telephone call on September 28 with "
        "Secretary of Defense Lloyd Austin. They discussed the upcoming APEC meetings."
    )
    ranked = _suggest(body, CALL, NEXT, LATER)
    assert [s.slug for s in ranked if s.linked] == ["call-x"]
    assert "dm-next" in [s.slug for s in ranked]


def test_an_english_readout_announcing_the_visit_links_it():
    body = (
        "Defense Minister Minoru Kihara held a telephone call on September 28 with "
        "Secretary of Defense Lloyd Austin. Kihara will visit Washington early next month "
        "to hold talks with Austin."
    )
    assert _linked(body, CALL, NEXT, LATER) == ["call-x", "dm-next"]

"""Words said only to someone in the room ("so good to see you", "welcome back to the
White House", "お会いできて", "만나서 반갑습니다", "很高兴见到你"): the report tells a meeting
held in person, not a call, even when it recalls calls before ("two telephone calls
between us"). Words of a meeting to come in person ("we hope to meet in person") and a
file photo's handshake are no such words. The reports and meetings are invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from archive.ingest.meeting_kinds import IN_PERSON_POINTS, format_evidence
from archive.ingest.meetings import report_signs, suggest_meetings
from archive.ingest.reference import KnownMeeting
from tests.ingest.reference_data import seed_reference

MINISTERS = ("antony-blinken", "yoshimasa-hayashi")
POSTS = (
    ("antony-blinken", "United States", "foreign"),
    ("yoshimasa-hayashi", "Japan", "foreign"),
)
CALL = KnownMeeting(
    "call-x", "Call", date(2022, 1, 6), date(2022, 1, 6), "", MINISTERS, (), "call", "phone",
    participant_posts=POSTS,
)  # fmt: skip
TALKS = KnownMeeting(
    "fm-x", "Talks", date(2022, 2, 11), date(2022, 2, 11), "Melbourne", MINISTERS, (),
    "foreign_ministers", "in_person", participant_posts=POSTS,
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "SECRETARY BLINKEN: Well, so good to see you, my friend.",
        "President Biden. Well, Fumio, welcome back to the White House.",
        "It's an honor to meet you here so soon after we spoke last week.",
        "Thank you for coming all this way.",
        "林大臣：ブリンケン長官、お会いできて嬉しいです。",
        "블링컨 장관: 만나서 반갑습니다.",
        "布林肯：很高兴见到你。",
        "Blinken: Saya senang bertemu dengan Anda.",
    ],
)
def test_a_greeting_to_someone_in_the_room_is_a_word_of_a_meeting_in_person(text):
    assert report_signs(text).format_words["in_person"]


@pytest.mark.parametrize(
    "text",
    [
        "The hope was to do this in person, but given the circumstances we spoke by phone.",
        "They agreed to meet face-to-face soon.",
        "트럼프 대통령과 아베 총리가 지난 6월 오사카에서 만나 악수하고 있다. (자료사진)",
        "I see you have been busy.",
        "Welcome to the press briefing.",
    ],
)
def test_a_meeting_to_come_or_a_file_photo_is_not_one(text):
    assert not report_signs(text).format_words["in_person"]


def test_a_greeting_counts_for_a_meeting_held_in_person_despite_recalled_calls():
    signs = report_signs("So good to see you. We have had two telephone calls already.")
    assert format_evidence(TALKS, signs) == (
        IN_PERSON_POINTS,
        ["the report speaks face to face, as in a meeting in person"],
    )


def test_a_greeting_costs_a_call_most_of_its_call_words():
    signs = report_signs("So good to see you. We have had two telephone calls already.")
    points, reasons = format_evidence(CALL, signs)
    assert points == pytest.approx(0.05)
    assert reasons == ["the report says it was held by phone, and speaks face to face"]
    alone = format_evidence(CALL, report_signs("We spoke by telephone today."))
    assert alone == (0.20, ["the report says it was held by phone"])


def test_the_meeting_in_person_outranks_the_call_it_recalls():
    index = replace(seed_reference(), meetings=(CALL, TALKS)).index
    body = (
        "SECRETARY BLINKEN: So good to see you, my friend. We have had two telephone "
        "calls since January, and now we meet here in Melbourne.\n"
        "FOREIGN MINISTER HAYASHI: Good to see you again."
    )
    ranked, _ = suggest_meetings(index=index, body=body, people=set(MINISTERS))
    scores = {s.slug: s.score for s in ranked}
    assert scores["fm-x"] > scores.get("call-x", 0.0), [(s.slug, s.reasons) for s in ranked]

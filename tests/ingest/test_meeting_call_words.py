"""A call is linked only when the report says it was one ("電話会談", "통화", "by phone"):
a dinner's readout whose day of the month fits a call of the same two ministers
("10月3日…夕食を交えて会談") tells the dinner, not the call. The report and the meetings
are invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from archive.ingest.meetings import suggest_meetings
from archive.ingest.reference import KnownMeeting
from tests.ingest.reference_data import seed_reference

PAIR = ("antony-blinken", "yoshimasa-hayashi")
POSTS = (
    ("antony-blinken", "United States", "foreign"),
    ("yoshimasa-hayashi", "Japan", "foreign"),
)
CALL = KnownMeeting(
    "call-x", "call-x", date(2022, 2, 3), date(2022, 2, 3), "", PAIR, (), "call", "phone",
    participant_posts=POSTS,
)  # fmt: skip
INDEX = replace(seed_reference(), meetings=(CALL,)).index
DINNER = (
    "林外務大臣は，10月3日，訪日中のブリンケン国務長官との間で夕食を交えて外相会談を"
    "行ったところ，概要以下のとおり。"
)


def test_a_call_without_a_word_of_a_call_is_not_linked():
    ranked, auto = suggest_meetings(index=INDEX, body=DINNER, people=set(PAIR))
    assert [s.slug for s in ranked] == ["call-x"]  # a candidate for the curator
    assert auto is None


def test_the_same_text_saying_call_links_it():
    body = DINNER.replace("夕食を交えて外相会談", "電話会談")
    assert suggest_meetings(index=INDEX, body=body, people=set(PAIR))[1] == "call-x"

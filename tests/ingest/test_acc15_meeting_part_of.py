"""A meeting held on the best one's days by people who all sit at its table is a part of
it, not its rival (`meeting_kinds.rival`): a preview of a 2+2, named as one, with the
foreign and the defense ministers' talks of the same day in the reference, links the
2+2. A meeting of the same day with someone from outside its table still competes.
Invented reports and meetings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from archive.ingest.meeting_kinds import rival
from archive.ingest.meeting_signs import report_signs
from archive.ingest.meetings import suggest_meetings
from archive.ingest.reference import KnownMeeting
from archive.ingest.results import MeetingSuggestion
from tests.ingest.reference_data import seed_reference

POSTS = {
    "antony-blinken": ("United States", "foreign"),
    "lloyd-austin": ("United States", "defense"),
    "yoshimasa-hayashi": ("Japan", "foreign"),
    "yasukazu-hamada": ("Japan", "defense"),
    "park-jin": ("South Korea", "foreign"),
}
DAY = date(2023, 1, 11)


def _meeting(slug: str, kind: str, day: date, *people: str) -> KnownMeeting:
    return KnownMeeting(
        slug, slug, day, day, "Tokyo", tuple(people), (), kind, "in_person",
        participant_posts=tuple((p, *POSTS[p]) for p in people),
    )  # fmt: skip


MINISTERS = ("antony-blinken", "lloyd-austin", "yoshimasa-hayashi", "yasukazu-hamada")
TWO_BY_TWO = _meeting("scc", "scc", DAY, *MINISTERS)
FOREIGN = _meeting("fm", "foreign_ministers", DAY, "antony-blinken", "yoshimasa-hayashi")
DEFENSE = _meeting("dm", "defense_ministers", DAY, "lloyd-austin", "yasukazu-hamada")
TRILATERAL = _meeting("tri", "multilateral", DAY, "antony-blinken", "yoshimasa-hayashi", "park-jin")
DEFENSE_LATER = _meeting("dm-later", "defense_ministers", date(2023, 1, 14), *MINISTERS[1::2])
MEETINGS = (TWO_BY_TWO, FOREIGN, DEFENSE, TRILATERAL, DEFENSE_LATER)
INDEX = replace(seed_reference(), meetings=MEETINGS).index

# The US side's briefing: it names its own two ministers only.
PREVIEW = (
    "Secretary Blinken and Secretary Austin travel to Tokyo tomorrow for the 2+2, a "
    "senior official said in a briefing. They will also hold bilateral talks."
)


def test_the_2_plus_2_s_own_halves_do_not_compete_with_it():
    ranked, auto = suggest_meetings(
        index=INDEX,
        body=PREVIEW,
        people={"antony-blinken", "lloyd-austin"},
        published=date(2023, 1, 10),
        precision="day",
    )
    scores = {s.slug: s.score for s in ranked}
    assert scores["scc"] - max(scores["fm"], scores["dm"]) < 0.15  # close, yet
    assert auto == "scc"


def _rival(meeting: KnownMeeting) -> bool:
    signs = report_signs(PREVIEW)
    return rival(MeetingSuggestion(meeting.slug, 0.9), TWO_BY_TWO, True, INDEX, signs)


def test_only_a_meeting_of_its_days_and_its_table_is_a_part_of_it():
    assert not _rival(FOREIGN) and not _rival(DEFENSE)
    assert _rival(TRILATERAL)  # someone from outside the table
    assert _rival(DEFENSE_LATER)  # another day

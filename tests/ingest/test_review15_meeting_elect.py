"""Review of 6728563 (meeting_elect.outside_transition: an undated report that names a
president-elect links no meeting held outside the transition). Reports of a later summit
often recall the transition in passing ("the first leader to meet Doe when Doe was
president-elect"); the veto then refuses a meeting that fits on every other count.
Invented texts, people and meetings."""

from __future__ import annotations

from datetime import date

import pytest

from archive.ingest.meetings import suggest_meetings
from archive.ingest.reference import KnownMeeting, KnownOffice, KnownPerson, Reference

PRESIDENT = KnownPerson(
    "pat-doe", "Pat Doe", "United States", (),
    (KnownOffice("President", "head_of_state", "United States", date(2033, 1, 20), None),),
)  # fmt: skip
PRIME_MINISTER = KnownPerson(
    "kei-sato", "Kei Sato", "Japan", (),
    (KnownOffice("Prime Minister", "head_of_government", "Japan", date(2032, 9, 1), None),),
)  # fmt: skip
LEADERS = ("pat-doe", "kei-sato")
POSTS = (
    ("pat-doe", "United States", "head_of_state"),
    ("kei-sato", "Japan", "head_of_government"),
)
LATER = KnownMeeting(
    "summit-later", "Japan–U.S. Summit Meeting", date(2035, 9, 17), date(2035, 9, 17),
    "New York", LEADERS, (), "summit", "in_person", country="United States",
    participant_posts=POSTS,
)  # fmt: skip
INDEX = Reference(people=(PRESIDENT, PRIME_MINISTER), meetings=(LATER,)).index

SUMMIT = (
    "Prime Minister Kei Sato held a summit with President Pat Doe in New York on the 17th, "
    "on the sidelines of the General Assembly. "
)


def _linked(body: str) -> str | None:
    return suggest_meetings(index=INDEX, body=body, people=set(LEADERS))[1]


@pytest.mark.parametrize(
    "recalled",
    [
        "Sato had been the first foreign leader to meet Doe when Doe was president-elect.",
        "Doe, who as President-elect promised to stand by Japan, praised the alliance.",
    ],
)
def test_a_president_elect_recalled_in_passing_does_not_veto_the_summit(recalled):
    assert _linked(SUMMIT + recalled) == "summit-later"


def test_the_summit_without_the_recollection_is_linked():
    assert _linked(SUMMIT + "Doe praised the alliance.") == "summit-later"

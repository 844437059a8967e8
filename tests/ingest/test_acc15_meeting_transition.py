"""A report without a date of its own that names a president-elect is of the transition
(`meeting_elect.outside_transition`): a meeting of the same leaders held years later,
however well its day, place and kind fit, is offered to the curator, never linked
automatically. Invented texts and meetings."""

from __future__ import annotations

from datetime import date

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
# Held long after Doe's transition (October 2032 to 20 January 2033).
LATER = KnownMeeting(
    "summit-later", "Japan–U.S. Summit Meeting", date(2035, 9, 17), date(2035, 9, 17),
    "New York", LEADERS, (), "summit", "in_person", country="United States",
    participant_posts=POSTS,
)  # fmt: skip
INDEX = Reference(people=(PRESIDENT, PRIME_MINISTER), meetings=(LATER,)).index


def _suggest(body: str):
    return suggest_meetings(index=INDEX, body=body, people=set(LEADERS))


def test_a_meeting_outside_the_transition_is_not_linked():
    body = (
        "Prime Minister Kei Sato held a summit with President-elect Pat Doe in New York on "
        "the 17th, the first leader to meet him since the election."
    )
    ranked, auto = _suggest(body)
    assert auto is None
    assert ranked and ranked[0].slug == "summit-later" and not ranked[0].linked


def test_the_same_report_without_a_president_elect_links_it():
    body = (
        "Prime Minister Kei Sato held a summit with President Pat Doe in New York on the "
        "17th, on the sidelines of the General Assembly."
    )
    assert _suggest(body)[1] == "summit-later"

"""A meeting whose one ally's side the report gives to another minister is not linked
(issue 11): the foreign minister's talks with the visiting defense secretary are not the
defense ministers' meeting of the next day, the secretary of state's call on the prime
minister is no summit. People, meetings and texts are invented."""

from __future__ import annotations

from datetime import date

import pytest

from archive.ingest.meeting_counterparts import stand_in, without_stand_ins
from archive.ingest.meetings import suggest_meetings
from archive.ingest.reference import (
    KnownMeeting,
    KnownOffice,
    KnownPerson,
    Reference,
)
from archive.ingest.results import MeetingSuggestion

TERM = (date(2030, 1, 1), date(2031, 12, 31))


def _person(slug: str, name: str, country: str, post: str, title: str) -> KnownPerson:
    return KnownPerson(slug, name, country, offices=(KnownOffice(title, post, country, *TERM),))


PEOPLE = (
    _person("ann-adams", "Ann Adams", "United States", "defense", "Secretary of Defense"),
    _person("bob-brown", "Bob Brown", "United States", "foreign", "Secretary of State"),
    _person("carl-cole", "Carl Cole", "United States", "head_of_state", "President"),
    _person("taro-sato", "Taro Sato", "Japan", "defense", "Minister of Defense"),
    _person("jiro-ito", "Jiro Ito", "Japan", "foreign", "Minister for Foreign Affairs"),
    _person("ken-kato", "Ken Kato", "Japan", "head_of_government", "Prime Minister"),
)


def _meeting(slug: str, kind: str, day: date, *seated: tuple[str, str, str]) -> KnownMeeting:
    return KnownMeeting(
        slug,
        slug,
        day,
        day,
        "Tokyo",
        tuple(slug for slug, _, _ in seated),
        (),
        kind,
        "in_person",
        country="Japan",
        participant_posts=seated,
    )


DEFENSE = _meeting(
    "defense_ministers-2030-05-02",
    "defense_ministers",
    date(2030, 5, 2),
    ("ann-adams", "United States", "defense"),
    ("taro-sato", "Japan", "defense"),
)
SUMMIT = _meeting(
    "summit-2030-06-10",
    "summit",
    date(2030, 6, 10),
    ("carl-cole", "United States", "head_of_state"),
    ("ken-kato", "Japan", "head_of_government"),
)
SCC = _meeting(
    "scc-2030-05-01",
    "scc",
    date(2030, 5, 1),
    ("ann-adams", "United States", "defense"),
    ("bob-brown", "United States", "foreign"),
    ("taro-sato", "Japan", "defense"),
    ("jiro-ito", "Japan", "foreign"),
)
INDEX = Reference(people=PEOPLE, meetings=(DEFENSE, SUMMIT, SCC)).index
TWO = Reference(people=PEOPLE, meetings=(DEFENSE, SUMMIT)).index


@pytest.mark.parametrize(
    ("meeting", "people", "name"),
    [
        # the foreign minister across the table from the defense secretary
        (DEFENSE, {"ann-adams", "jiro-ito"}, "Jiro Ito"),
        # the secretary of state with the prime minister: no summit
        (SUMMIT, {"ken-kato", "bob-brown"}, "Bob Brown"),
        (SUMMIT, {"ken-kato", "bob-brown", "jiro-ito"}, "Bob Brown"),
    ],
)
def test_another_minister_on_one_side_is_a_stand_in(meeting, people, name):
    assert stand_in(meeting, INDEX, people) == name


@pytest.mark.parametrize(
    ("meeting", "people"),
    [
        # both participants named: the other minister is beside the meeting covered
        (DEFENSE, {"ann-adams", "taro-sato", "jiro-ito"}),
        (SUMMIT, {"carl-cole", "ken-kato", "bob-brown", "jiro-ito"}),
        # a leader is no stand-in: the minister called on him during the visit
        (DEFENSE, {"ann-adams", "ken-kato"}),
        # nobody of the other side named: nothing says who sat across
        (DEFENSE, {"jiro-ito"}),
        (DEFENSE, {"ann-adams"}),
        # the minister of the same side as the participant named
        (DEFENSE, {"ann-adams", "bob-brown"}),
        # a side of two is told by either of them
        (SCC, {"ann-adams", "bob-brown", "jiro-ito"}),
    ],
)
def test_no_stand_in(meeting, people):
    assert stand_in(meeting, INDEX, people) == ""


def test_a_minister_out_of_office_that_day_stands_in_for_nobody():
    later = _meeting(
        "defense_ministers-2032-05-02",
        "defense_ministers",
        date(2032, 5, 2),
        ("ann-adams", "United States", "defense"),
        ("taro-sato", "Japan", "defense"),
    )
    assert stand_in(later, INDEX, {"ann-adams", "jiro-ito"}) == ""


def test_a_meeting_with_a_stand_in_stays_a_suggestion_with_its_reason_and_is_not_linkable():
    ranked = [
        MeetingSuggestion(DEFENSE.slug, 0.9, []),
        MeetingSuggestion(SUMMIT.slug, 0.5, []),
    ]
    kept = without_stand_ins(ranked, INDEX, {"ann-adams", "jiro-ito"})
    assert [s.slug for s in kept] == [SUMMIT.slug]
    assert ranked[0].reasons == ["the report seats Jiro Ito on one side, not who sat there"]


def _suggest(body: str, people: set[str]):
    return suggest_meetings(
        index=TWO, body=body, people=people, published=date(2030, 5, 1), precision="day"
    )


def test_the_foreign_ministers_talks_with_the_defense_secretary_are_not_linked():
    body = (
        "Japanese Foreign Minister Ito met with U.S. Secretary of Defense Adams in Tokyo "
        "on May 2. The two discussed the Japan-U.S. alliance."
    )
    suggestions, best = _suggest(body, {"ann-adams", "jiro-ito"})
    assert best is None
    assert DEFENSE.slug in [s.slug for s in suggestions]


def test_the_defense_ministers_meeting_is_linked_when_its_minister_is_named():
    body = (
        "Japanese Defense Minister Sato met with U.S. Secretary of Defense Adams in Tokyo "
        "on May 2. Foreign Minister Ito joined the dinner. They discussed the alliance."
    )
    _, best = _suggest(body, {"ann-adams", "jiro-ito", "taro-sato"})
    assert best == DEFENSE.slug


def test_a_meeting_without_both_allies_at_its_table_has_no_stand_in():
    one_sided = KnownMeeting(
        "call-2030-07-01",
        "call-2030-07-01",
        date(2030, 7, 1),
        date(2030, 7, 1),
        participant_slugs=("ann-adams",),
        kind="call",
        participant_posts=(("ann-adams", "United States", "defense"),),
    )
    assert stand_in(one_sided, INDEX, {"ann-adams", "jiro-ito"}) == ""


def test_either_side_may_be_given_to_another_minister():
    # the US side: the secretary of state across from Japan's defense minister
    assert stand_in(DEFENSE, INDEX, {"taro-sato", "bob-brown"}) == "Bob Brown"


def test_people_the_reference_does_not_hold_stand_in_for_nobody():
    assert stand_in(DEFENSE, INDEX, {"ann-adams", "someone-unknown"}) == ""

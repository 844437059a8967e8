"""A meeting whose one ally's side the report gives to someone else, for `meetings`.

A report names who sat across the table. When it names a participant of one side of a
meeting and, for the other ally, not the one who sat there but another of that ally's
ministers in office that day, the report tells another meeting: the Foreign Minister's
talks with the visiting Secretary of Defense are not the defense ministers' meeting of
the next day ("Minister for Foreign Affairs Okada met with U.S. Secretary of Defense
Gates"), the Secretary of State's talks with the prime minister are no summit ("克林顿定于
星期五会见日本首相鸠山由纪夫和日本外相冈田克也"). Such a meeting is left to the curator:
it stays among the suggestions, with its reason, and is not linked.

Only ministers stand in (foreign and defense): a leader the report also names is often
one a minister called on during the visit, beside the meeting it covers. Only a side of
one participant: a side of two (a 2+2) is told by either. Pure: no Django.
"""

from __future__ import annotations

from collections.abc import Collection

from archive.ingest.meeting_context import ALLIES
from archive.ingest.meeting_occasion import group_occasion
from archive.ingest.reference import KnownMeeting, ReferenceIndex
from archive.ingest.results import MeetingSuggestion

STAND_IN_POSTS = ("foreign", "defense")


def stand_in(meeting: KnownMeeting, index: ReferenceIndex, people: Collection[str]) -> str:
    """The name of the minister the report names for one ally's side of `meeting`
    instead of its participant there, when it names a participant of the other side;
    else ""."""
    sides: dict[str, list[str]] = {}
    for slug, country, _post in meeting.participant_posts:
        sides.setdefault(country, []).append(slug)
    if not all(country in sides for country in ALLIES) or group_occasion(meeting):
        return ""
    for country in ALLIES:
        other = sides[ALLIES[1] if country == ALLIES[0] else ALLIES[0]]
        seated = sides[country]
        if len(seated) != 1 or seated[0] in people or not any(s in people for s in other):
            continue
        # The participants named sit on the other side: whoever holds a post of this
        # side's country that day is someone else.
        for slug in sorted(people):
            person = index.people.get(slug)
            if person is not None and any(
                office.country == country and office.post in STAND_IN_POSTS
                for office in person.offices_on(meeting.start)
            ):
                return person.name
    return ""


def without_stand_ins(
    ranked: list[MeetingSuggestion], index: ReferenceIndex, people: Collection[str]
) -> list[MeetingSuggestion]:
    """The suggestions a link may go to: all but the meetings whose one side the report
    gives to another minister (each told why, for the curator)."""
    linkable = []
    for suggestion in ranked:
        meeting = index.meetings.get(suggestion.slug)
        name = meeting and stand_in(meeting, index, people)
        if name:
            suggestion.reasons.append(f"the report seats {name} on one side, not who sat there")
        else:
            linkable.append(suggestion)
    return linkable

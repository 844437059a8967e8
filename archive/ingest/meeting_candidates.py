"""The meetings worth scoring for a report (split from meetings.py): any a named person
attended, any near a dated report, any on a full date an undated text mentions. Pure: no
Django."""

from __future__ import annotations

import weakref
from collections.abc import Collection
from datetime import date, timedelta

from archive.ingest.meeting_context import on_meeting_days
from archive.ingest.reference import KnownMeeting, ReferenceIndex

# Meetings scored in full: those a named participant attended, or within this window of
# a dated report (any other meeting cannot reach a positive score worth showing).
WINDOW_BEFORE = timedelta(days=7)
WINDOW_AFTER = timedelta(days=21)

_BY_PERSON: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def meetings_by_person(index: ReferenceIndex) -> dict[str, list[KnownMeeting]]:
    """{person slug: meetings attended}, built once per index."""
    if index not in _BY_PERSON:
        by_person: dict[str, list[KnownMeeting]] = {}
        for meeting in index.meetings.values():
            for slug in meeting.participant_slugs:
                by_person.setdefault(slug, []).append(meeting)
        _BY_PERSON[index] = by_person
    return _BY_PERSON[index]


def candidate_meetings(
    index: ReferenceIndex,
    people: Collection[str],
    published: date | None,
    precision: str,
    mentioned: Collection[date] = (),
) -> list[KnownMeeting]:
    """The meetings worth scoring: any a named person attended, any near a dated report,
    any on a full date an undated text mentions, and, when there is none of these, every
    meeting (a report about one nobody is named at)."""
    by_person = meetings_by_person(index)
    chosen = {m.slug: m for slug in people for m in by_person.get(slug, ())}
    if published and precision == "day":
        for meeting in index.meetings.values():
            if meeting.start - WINDOW_BEFORE <= published <= meeting.end + WINDOW_AFTER:
                chosen[meeting.slug] = meeting
        return list(chosen.values())
    for meeting in index.meetings.values():
        if any(on_meeting_days(day, meeting) for day in mentioned):
            chosen[meeting.slug] = meeting
    if not chosen:
        return list(index.meetings.values())
    return list(chosen.values())

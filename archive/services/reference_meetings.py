"""Every kind of US–Japan meeting (`us_japan_meetings.csv`), and the helpers the reference
loaders share: dates and people. The office a person held on a day is `PeopleBook.held`."""

import csv
import re
from datetime import date
from pathlib import Path

from django.utils.text import slugify

from archive.models import (
    Meeting,
    MeetingFormat,
    MeetingKind,
    MeetingParticipant,
    Person,
    Post,
)
from archive.services.reference_people import PeopleBook
from archive.services.reference_refresh import (
    meeting_changes,
    reference_ownership,
)


def parse_iso_date(text: str) -> date | None:
    text = (text or "").strip()
    return date.fromisoformat(text) if text else None


def person_ensure(*, name: str, country: str = "", description: str = "") -> Person:
    person, created = Person.objects.get_or_create(
        slug=slugify(name), defaults={"name": name, "country": country, "description": description}
    )
    changed = False
    if country and not person.country:
        person.country, changed = country, True
    if description and not person.description:
        person.description, changed = description, True
    if changed:
        person.save(update_fields=["country", "description"])
    return person


FORMAT_BY_NAME = {
    "in_person": MeetingFormat.IN_PERSON,
    "in-person": MeetingFormat.IN_PERSON,
    "phone": MeetingFormat.PHONE,
    "video": MeetingFormat.VIDEO,
    "virtual": MeetingFormat.VIRTUAL,
    "hybrid": MeetingFormat.HYBRID,
}
PARTICIPANT = re.compile(r"^(?P<name>.+?)\s*\((?P<post>[a-z_]+)\)$")
SIDES = (("us_participants", "United States"), ("jp_participants", "Japan"))


def participants_parse(text: str) -> list[tuple[str, str]]:
    """ "Antony Blinken (foreign); Yoko Kamikawa (foreign)" -> [(name, post), ...]."""
    people = []
    for part in (text or "").split(";"):
        part = part.strip()
        if not part:
            continue
        match = PARTICIPANT.match(part)
        if not match or match["post"] not in Post.values:
            raise ValueError(f"participant “{part}” is not “Name (post)” with a known post")
        people.append((match["name"], match["post"]))
    return people


def all_meetings_load(
    path: Path, *, shared: frozenset[str] = frozenset(), book: PeopleBook | None = None
) -> int:
    """Every US–Japan meeting of `us_japan_meetings.csv`. A meeting loaded before takes
    the file's changes where the loader set the value last (see `reference_refresh`), and
    its blanks are filled; what a curator changed since stays. The `shared` slugs are the
    2+2s of meetings.csv: this file only adds their series, other countries and source
    title. In bulk: a few dozen queries for the whole file, however often it is loaded,
    plus one per meeting it changes. `book` holds the people and offices the loader has
    read already (`reference_load` passes its own), so they are not read again."""
    if not path.exists():
        return 0
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    existing = {meeting.slug: meeting for meeting in Meeting.objects.all()}
    ownership = reference_ownership(meeting.pk for meeting in existing.values())
    Meeting.objects.bulk_create(
        [meeting_from_row(row) for row in rows if row["slug"].strip() not in existing]
    )
    for row in rows:
        slug = row["slug"].strip()
        meeting = existing.get(slug)
        if meeting is None:
            continue
        values = meeting_values(row)
        if slug in shared:
            values = {name: values[name] for name in SHARED_FROM_THIS_FILE}
        changes = meeting_changes(
            meeting, values, owned=ownership.fields_of(meeting.pk), fillable=BLANK_FILLABLE
        )
        if changes:
            Meeting.objects.filter(pk=meeting.pk).update(**changes)
    meetings = {meeting.slug: meeting for meeting in Meeting.objects.all()}
    participants_sync(
        rows, meetings, shared=shared, owned=ownership.participants, book=book or PeopleBook()
    )
    return len(rows)


def participants_sync(
    rows: list[dict],
    meetings: dict[str, Meeting],
    *,
    shared: frozenset[str],
    owned: set[int],
    book: PeopleBook,
) -> None:
    """Each meeting's participants as the file lists them, with the office held that day:
    set on a meeting without any, brought up to date on one whose participants only the
    loader ever changed; a list a curator touched stays as it is. People and offices come
    from `book`, which the loader read once for all the reference files."""
    current: dict[int, dict[int, MeetingParticipant]] = {}
    for participant in MeetingParticipant.objects.all():
        current.setdefault(participant.meeting_id, {})[participant.person_id] = participant
    create, update, delete = [], [], []
    for row in rows:
        meeting = meetings[row["slug"].strip()]
        have = current.get(meeting.pk, {})
        if have and (meeting.slug in shared or meeting.pk not in owned):
            continue
        wanted = {}
        for position, (name, country, post) in enumerate(row_participants(row)):
            person = participant_person(book, name=name, country=country)
            office = book.held(person=person, country=country, post=post, day=meeting.start_date)
            wanted[person.pk] = (office.pk if office else None, position)
        delete += [p.pk for person_id, p in have.items() if person_id not in wanted]
        for person_id, (office_id, position) in wanted.items():
            participant = have.get(person_id)
            if participant is None:
                create.append(
                    MeetingParticipant(
                        meeting=meeting, person_id=person_id, office_id=office_id, position=position
                    )
                )
            elif (participant.office_id, participant.position) != (office_id, position):
                participant.office_id, participant.position = office_id, position
                update.append(participant)
    MeetingParticipant.objects.filter(pk__in=delete).delete()
    MeetingParticipant.objects.bulk_update(update, ["office", "position"])
    MeetingParticipant.objects.bulk_create(create, ignore_conflicts=True)


def row_participants(row: dict) -> list[tuple[str, str, str]]:
    """(name, country, post) of the U.S. side, then the Japanese side, in the file's order."""
    return [
        (name, country, post)
        for column, country in SIDES
        for name, post in participants_parse(row.get(column, ""))
    ]


def participant_person(book: PeopleBook, *, name: str, country: str) -> Person:
    """The participant of this name: a person known by exactly this name as they are (the
    meeting file fills nothing on them); else `person_ensure`'s answer (found by slug, a
    blank country filled, or new), written at once so they can be seated."""
    person = book.people.get(slugify(name))
    if person is not None and person.name == name:
        return person
    person = book.person(name=name, country=country)
    if person.pk is None:
        book.save()
    return person


def meeting_values(row: dict) -> dict:
    start, end = parse_iso_date(row["date_start"]), parse_iso_date(row["date_end"])
    return {
        "kind": MeetingKind(row["kind"]),
        "series": row.get("series", "").strip(),
        "title": row["title"].strip()[:300],
        "start_date": start,
        "end_date": end or start,
        "first_local_date": parse_iso_date(row.get("first_local_date", "")),
        "date_note": row.get("date_note", "").strip()[:300],
        "city": row.get("city", "").strip(),
        "country": row.get("country", "").strip(),
        "format": FORMAT_BY_NAME[row["format"].strip()],
        "other_countries": [
            country.strip()
            for country in row.get("other_countries", "").split(";")
            if country.strip()
        ],
        "source_url": row.get("source_url", "").strip(),
        "source_title": row.get("source_title", "").strip()[:300],
    }


def meeting_from_row(row: dict) -> Meeting:
    return Meeting(slug=row["slug"].strip(), **meeting_values(row))


# A meeting loaded before that a curator changed keeps its values; these are still filled
# where blank.
BLANK_FILLABLE = (
    "series",
    "first_local_date",
    "date_note",
    "city",
    "country",
    "other_countries",
    "source_url",
    "source_title",
)
# For a 2+2 that meetings.csv loads, this file gives only what that file lacks.
SHARED_FROM_THIS_FILE = ("series", "other_countries", "source_title")

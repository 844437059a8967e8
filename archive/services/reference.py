"""Reference data: verified meetings, ministers and their offices, outlets, topics.
Loading is idempotent and never overwrites what a curator corrected since."""

import csv
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pghistory
from django.db import transaction
from django.utils.text import slugify

from archive.models import (
    Article,
    BoilerplatePattern,
    Meeting,
    MeetingFormat,
    MeetingKind,
    MeetingParticipant,
    OfficialDocument,
    Outlet,
    Person,
    Post,
    Topic,
)
from archive.services.reference_languages import native_aliases_load, topic_keywords_load
from archive.services.reference_meetings import (
    all_meetings_load,
    parse_iso_date,
    person_ensure,  # noqa: F401  (archive.services exports it from here)
)
from archive.services.reference_people import PeopleBook, aliases_load
from archive.services.reference_refresh import Ownership, meeting_changes, reference_ownership

REFERENCE_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "reference"


POST_BY_TITLE = {
    "president": Post.HEAD_OF_STATE,
    "prime minister": Post.HEAD_OF_GOVERNMENT,
    "secretary of state": Post.FOREIGN,
    "minister for foreign affairs": Post.FOREIGN,
    "secretary of defense": Post.DEFENSE,
    "acting secretary of defense": Post.DEFENSE,
    "minister of defense": Post.DEFENSE,
    "minister for defence": Post.DEFENSE,  # Australia's
    "minister of national defense": Post.DEFENSE,  # South Korea's
    "secretary of national defense": Post.DEFENSE,  # the Philippines'
    # Japan's defense post before the agency became a ministry on 9 January 2007.
    "director general of the defense agency": Post.DEFENSE,
}


MEETING_COLUMNS = (
    ("us_state", "United States", Post.FOREIGN),
    ("us_defense", "United States", Post.DEFENSE),
    ("jp_foreign", "Japan", Post.FOREIGN),
    ("jp_defense", "Japan", Post.DEFENSE),
)


@dataclass
class ReferenceLoadResult:
    people: int
    offices: int
    meetings: int
    outlets: int
    topics: int


def meeting_title(kind: str, day: date) -> str:
    label = {"scc": "U.S.–Japan Security Consultative Committee (2+2)"}.get(kind, "Meeting")
    return f"{label}, {day.day} {day:%B %Y}"


@transaction.atomic
def reference_load(*, directory: Path = REFERENCE_DIR) -> ReferenceLoadResult:
    """Load the verified reference data. Safe to run again: every row is matched on its
    natural key, so nothing is created twice. A meeting the files loaded before is brought
    up to date with them where the history shows the loader set the value (see
    `reference_refresh`); what a curator corrected since is left alone. Recorded in the
    history as "reference data"."""
    curated = json.loads((directory / "curated.json").read_text(encoding="utf-8"))
    with pghistory.context(channel="reference data"):
        book = PeopleBook()  # every person and office, read once for the three files
        office_count = ministers_load(directory / "ministers.csv", book=book)
        office_count += officeholders_load(directory / "officeholders.csv", book=book)
        office_count += curated_people_load(curated["people"], book=book)
        aliases_created = aliases_load(curated["aliases"], people=book.people)
        outlets_load(curated["outlets"])
        for entry in curated["topics"]:
            Topic.objects.get_or_create(
                slug=slugify(entry["name"]),
                defaults={"name": entry["name"], "keywords": entry["keywords"]},
            )
        topic_keywords_load(
            directory / "topic_keywords_multilingual.json",
            shipped={entry["name"]: entry["keywords"] for entry in curated["topics"]},
        )
        scc_slugs = scc_meetings_load(directory / "meetings.csv", curated["meetings"], book=book)
        all_meetings_load(directory / "us_japan_meetings.csv", shared=scc_slugs, book=book)
        # After every person is known (leaders come with the meetings' officeholders).
        aliases_created += native_aliases_load(directory / "native_aliases.csv", people=book.people)
        if aliases_created:
            # Articles are found by every spelling of the people they mention.
            Article.objects.filter(
                mentions__person__aliases__isnull=False
            ).distinct().refresh_search_vector()
    return ReferenceLoadResult(
        people=Person.objects.count(),
        offices=office_count,
        meetings=Meeting.objects.count(),
        outlets=len(curated["outlets"]),
        topics=len(curated["topics"]),
    )


def ministers_load(path: Path, *, book: PeopleBook | None = None) -> int:
    book, count = book or PeopleBook(), 0
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            person = book.person(name=row["name"], country=row["country"])
            start = parse_iso_date(row["term_start"])
            # A term without a start may have been dated since (officeholders.csv): it is
            # that term, not a new one. A dated row is its own term.
            ensure = book.term if start is None else book.term_starting
            ensure(
                person=person,
                title=row["office"],
                country=row["country"],
                post=POST_BY_TITLE.get(row["office"].lower(), Post.OTHER),
                start=start,
                end=parse_iso_date(row["term_end"]),
                source_url=row["source_url"],
            )
            count += 1
    book.save()
    return count


def officeholders_load(path: Path, *, book: PeopleBook | None = None) -> int:
    """Presidents, prime ministers and the ministers `ministers.csv` lacks, and dates for
    the terms it leaves blank: a row that dates a term already held (same person, title
    and country) fills that term's blanks instead of adding a second one."""
    if not path.exists():
        return 0
    book, count = book or PeopleBook(), 0
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            person = book.person(name=row["name"], country=row["country"])
            book.term(
                person=person,
                title=row["office"],
                country=row["country"],
                post=POST_BY_TITLE.get(row["office"].lower(), Post.OTHER),
                start=parse_iso_date(row["term_start"]),
                end=parse_iso_date(row["term_end"]),
                source_url=row["source_url"],
            )
            count += 1
    book.save()
    return count


def curated_people_load(entries: list, *, book: PeopleBook | None = None) -> int:
    book, count = book or PeopleBook(), 0
    for entry in entries:
        person = book.person(
            name=entry["name"], country=entry["country"], description=entry.get("description", "")
        )
        for office in entry["offices"]:
            book.term(
                person=person,
                title=office["title"],
                country=office["country"],
                post=office["post"],
                start=parse_iso_date(office["start"]),
                end=parse_iso_date(office["end"]),
                source_url=office.get("source_url", ""),
            )
            count += 1
    book.save()
    return count


def outlets_load(entries: list) -> None:
    outlets_by_slug = {}
    for entry in entries:
        outlet, _ = Outlet.objects.get_or_create(
            slug=entry["slug"],
            defaults={
                key: entry[key]
                for key in ("name", "kind", "country", "language", "homepage", "aliases")
            },
        )
        outlets_by_slug[outlet.slug] = outlet
        for pattern in entry.get("boilerplate", []):
            BoilerplatePattern.objects.get_or_create(
                outlet=outlet, pattern=pattern["pattern"], defaults={"note": pattern["note"]}
            )
    for entry in entries:
        wires = [outlets_by_slug[slug] for slug in entry.get("republishes", [])]
        if wires:
            outlets_by_slug[entry["slug"]].republishes.add(*wires)


def scc_slug(row: dict) -> str:
    return f"scc-{parse_iso_date(row['date_start']).isoformat()}"


def scc_meetings_load(
    path: Path, extras: dict, *, book: PeopleBook | None = None
) -> frozenset[str]:
    """The 2+2 meetings of meetings.csv (with curated.json's notes): their slugs, which
    us_japan_meetings.csv shares and leaves to this file. The ministers, their offices and
    the meetings' current participants are read once for all the rows."""
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    existing = Meeting.objects.filter(slug__in=[scc_slug(row) for row in rows])
    ownership = reference_ownership(existing.values_list("pk", flat=True))
    seated: dict[int, dict[int, MeetingParticipant]] = {}
    for participant in MeetingParticipant.objects.filter(meeting__in=existing):
        seated.setdefault(participant.meeting_id, {})[participant.person_id] = participant
    book = book or PeopleBook()
    for row in rows:
        meeting_load_row(
            row, extras.get(row["date_start"], {}), ownership=ownership, book=book, seated=seated
        )
    return frozenset(scc_slug(row) for row in rows)


def scc_values(row: dict, extra: dict) -> dict:
    start, end = parse_iso_date(row["date_start"]), parse_iso_date(row["date_end"])
    return {
        "kind": MeetingKind.SCC,
        "title": meeting_title(MeetingKind.SCC, start),
        "start_date": start,
        "end_date": end,
        "city": row["city"],
        "country": row["country"],
        "format": {"virtual": MeetingFormat.VIRTUAL, "hybrid": MeetingFormat.HYBRID}.get(
            row["format"], MeetingFormat.IN_PERSON
        ),
        "source_url": row["source_url"],
        "date_note": extra.get("date_note", ""),
        "first_local_date": parse_iso_date(extra.get("first_local_date", "")),
        "keywords": extra.get(
            "keywords", ["two-plus-two", "2+2", "Security Consultative Committee"]
        ),
    }


def meeting_load_row(
    row: dict,
    extra: dict,
    *,
    ownership: Ownership | None = None,
    book: PeopleBook | None = None,
    seated: dict[int, dict[int, MeetingParticipant]] | None = None,
) -> Meeting:
    """One 2+2 of meetings.csv. A meeting loaded before takes the file's changes where the
    loader set the value last (`ownership`, read from the history); blank notes are filled.
    `book` and `seated` (participants by meeting and person) spare a query per minister
    when `scc_meetings_load` reads them once for all the rows."""
    values = scc_values(row, extra)
    meeting, created = Meeting.objects.get_or_create(slug=scc_slug(row), defaults=values)
    if ownership is None:
        ownership = reference_ownership([] if created else [meeting.pk])
    if not created:
        changes = meeting_changes(
            meeting,
            values,
            owned=ownership.fields_of(meeting.pk),
            fillable=("date_note", "first_local_date"),
        )
        if changes:
            Meeting.objects.filter(pk=meeting.pk).update(**changes)
    # A list a curator changed is theirs: the four ministers are set only on a meeting
    # without participants, or one whose participants only the loader ever changed.
    have = None if seated is None else seated.get(meeting.pk, {})
    if created or meeting.pk in ownership.participants or not _seated(meeting, have):
        scc_participants_set(meeting, row, day=values["start_date"], book=book, have=have)
    for document in extra.get("documents", []):
        OfficialDocument.objects.get_or_create(
            meeting=meeting,
            url=document["url"],
            defaults={"kind": document["kind"], "title": document["title"]},
        )
    return meeting


def _seated(meeting: Meeting, have: dict | None) -> bool:
    return bool(have) if have is not None else meeting.participations.exists()


def scc_participants_set(
    meeting: Meeting,
    row: dict,
    *,
    day: date,
    book: PeopleBook | None = None,
    have: dict[int, MeetingParticipant] | None = None,
) -> None:
    """The four ministers of a 2+2 with the office each held that day; a minister already
    seated keeps their seat, anyone else the meeting lists leaves it."""
    book = book or PeopleBook()
    people = [
        (book.person(name=row[column], country=country), country, post)
        for column, country, post in MEETING_COLUMNS
    ]
    book.save()  # a minister new to the files is written before being seated
    if have is None:
        have = {p.person_id: p for p in meeting.participations.all()}
    wanted, new = [], []
    for position, (person, country, post) in enumerate(people):
        wanted.append(person.pk)
        if person.pk not in have:
            office = book.held(person=person, country=country, post=post, day=day)
            new.append(
                MeetingParticipant(meeting=meeting, person=person, office=office, position=position)
            )
    MeetingParticipant.objects.bulk_create(new, ignore_conflicts=True)
    if set(have) - set(wanted):
        meeting.participations.exclude(person__in=wanted).delete()

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
    AliasKind,
    Article,
    BoilerplatePattern,
    Meeting,
    MeetingFormat,
    MeetingKind,
    MeetingParticipant,
    Office,
    OfficialDocument,
    Outlet,
    Person,
    PersonAlias,
    Post,
    Topic,
)

REFERENCE_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "reference"


POST_BY_TITLE = {
    "secretary of state": Post.FOREIGN,
    "minister for foreign affairs": Post.FOREIGN,
    "secretary of defense": Post.DEFENSE,
    "acting secretary of defense": Post.DEFENSE,
    "minister of defense": Post.DEFENSE,
}


MEETING_COLUMNS = (
    ("us_state", "United States", Post.FOREIGN),
    ("us_defense", "United States", Post.DEFENSE),
    ("jp_foreign", "Japan", Post.FOREIGN),
    ("jp_defense", "Japan", Post.DEFENSE),
)


def parse_iso_date(text: str) -> date | None:
    text = (text or "").strip()
    return date.fromisoformat(text) if text else None


@dataclass
class ReferenceLoadResult:
    people: int
    offices: int
    meetings: int
    outlets: int
    topics: int


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


def office_ensure(
    *, person: Person, title: str, country: str, post: str, start, end, source_url=""
):
    office, _ = Office.objects.get_or_create(
        person=person,
        title=title,
        country=country,
        start=start,
        defaults={"post": post, "end": end, "source_url": source_url},
    )
    return office


def office_for_meeting(*, person: Person, country: str, post: str, day: date) -> Office | None:
    """The office `person` held at a meeting on `day`: a dated term that spans the day,
    else a term whose dates no source confirms (the meeting itself attests it)."""
    candidates = list(Office.objects.filter(person=person, country=country, post=post))
    dated = [
        office
        for office in candidates
        if office.start and office.start <= day and (office.end is None or office.end >= day)
    ]
    if dated:
        return max(dated, key=lambda office: office.start)
    undated = [
        office
        for office in candidates
        if office.start is None and (office.end is None or office.end >= day)
    ]
    return undated[0] if undated else None


def meeting_title(kind: str, day: date) -> str:
    label = {"scc": "U.S.–Japan Security Consultative Committee (2+2)"}.get(kind, "Meeting")
    return f"{label}, {day.day} {day:%B %Y}"


@transaction.atomic
def reference_load(*, directory: Path = REFERENCE_DIR) -> ReferenceLoadResult:
    """Load the verified reference data. Safe to run again: every row is matched on its
    natural key, so nothing is created twice, and what exists is left alone, since a
    curator may have corrected it in the admin since. Recorded in the history as such."""
    curated = json.loads((directory / "curated.json").read_text(encoding="utf-8"))
    with pghistory.context(channel="reference data"):
        office_count = ministers_load(directory / "ministers.csv")
        office_count += curated_people_load(curated["people"])
        aliases_created = aliases_load(curated["aliases"])
        outlets_load(curated["outlets"])
        for entry in curated["topics"]:
            Topic.objects.get_or_create(
                slug=slugify(entry["name"]),
                defaults={"name": entry["name"], "keywords": entry["keywords"]},
            )
        meeting_count = 0
        with open(directory / "meetings.csv", newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                meeting_load_row(row, curated["meetings"].get(row["date_start"], {}))
                meeting_count += 1
        if aliases_created:
            # Articles are found by every spelling of the people they mention.
            Article.objects.filter(
                mentions__person__aliases__isnull=False
            ).distinct().refresh_search_vector()
    return ReferenceLoadResult(
        people=Person.objects.count(),
        offices=office_count,
        meetings=meeting_count,
        outlets=len(curated["outlets"]),
        topics=len(curated["topics"]),
    )


def ministers_load(path: Path) -> int:
    count = 0
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            person = person_ensure(name=row["name"], country=row["country"])
            office_ensure(
                person=person,
                title=row["office"],
                country=row["country"],
                post=POST_BY_TITLE.get(row["office"].lower(), Post.OTHER),
                start=parse_iso_date(row["term_start"]),
                end=parse_iso_date(row["term_end"]),
                source_url=row["source_url"],
            )
            count += 1
    return count


def curated_people_load(entries: list) -> int:
    count = 0
    for entry in entries:
        person = person_ensure(
            name=entry["name"], country=entry["country"], description=entry.get("description", "")
        )
        for office in entry["offices"]:
            office_ensure(
                person=person,
                title=office["title"],
                country=office["country"],
                post=office["post"],
                start=parse_iso_date(office["start"]),
                end=parse_iso_date(office["end"]),
                source_url=office.get("source_url", ""),
            )
            count += 1
    return count


def aliases_load(aliases_by_name: dict) -> int:
    created_count = 0
    for name, aliases in aliases_by_name.items():
        person = Person.objects.get(slug=slugify(name))
        for alias, kind in aliases:
            _, created = PersonAlias.objects.get_or_create(
                person=person, alias=alias, defaults={"kind": AliasKind(kind)}
            )
            created_count += created
    return created_count


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


def meeting_load_row(row: dict, extra: dict) -> Meeting:
    start, end = parse_iso_date(row["date_start"]), parse_iso_date(row["date_end"])
    meeting_format = {"virtual": MeetingFormat.VIRTUAL, "hybrid": MeetingFormat.HYBRID}.get(
        row["format"], MeetingFormat.IN_PERSON
    )
    meeting, created = Meeting.objects.get_or_create(
        slug=f"scc-{start.isoformat()}",
        defaults={
            "kind": MeetingKind.SCC,
            "title": meeting_title(MeetingKind.SCC, start),
            "start_date": start,
            "end_date": end,
            "city": row["city"],
            "country": row["country"],
            "format": meeting_format,
            "source_url": row["source_url"],
            "date_note": extra.get("date_note", ""),
            "first_local_date": parse_iso_date(extra.get("first_local_date", "")),
            "keywords": extra.get(
                "keywords", ["two-plus-two", "2+2", "Security Consultative Committee"]
            ),
        },
    )
    if not created:
        # Facts added to the reference since this database was loaded fill blanks only.
        blanks = {
            "date_note": extra.get("date_note", ""),
            "first_local_date": parse_iso_date(extra.get("first_local_date", "")),
        }
        blanks = {name: value for name, value in blanks.items() if value}
        blanks = {name: value for name, value in blanks.items() if not getattr(meeting, name)}
        if blanks:
            Meeting.objects.filter(pk=meeting.pk).update(**blanks)
    for position, (column, country, post) in enumerate(MEETING_COLUMNS):
        person = person_ensure(name=row[column], country=country)
        office = office_for_meeting(person=person, country=country, post=post, day=start)
        MeetingParticipant.objects.get_or_create(
            meeting=meeting, person=person, defaults={"office": office, "position": position}
        )
    for document in extra.get("documents", []):
        OfficialDocument.objects.get_or_create(
            meeting=meeting,
            url=document["url"],
            defaults={"kind": document["kind"], "title": document["title"]},
        )
    return meeting

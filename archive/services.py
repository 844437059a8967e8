"""Every write to the archive: reference data, imports, links. The admin and the
management commands call these; they never call the admin or views."""

import csv
import json
import logging
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import DatabaseError, transaction
from django.db.models import Q
from django.utils.text import slugify

from archive.models import (
    AliasKind,
    Article,
    ArticleMeeting,
    ArticleStatus,
    BoilerplatePattern,
    Credit,
    ImportBatch,
    LinkSource,
    Meeting,
    MeetingFormat,
    MeetingKind,
    MeetingParticipant,
    Mention,
    Office,
    OfficialDocument,
    Outlet,
    OutletKind,
    Person,
    PersonAlias,
    Post,
    Quote,
    SharedPassage,
    Topic,
    sha256_hex,
)

logger = logging.getLogger(__name__)

REFERENCE_DIR = Path(__file__).resolve().parent / "fixtures" / "reference"

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
    curator may have corrected it in the admin since."""
    curated = json.loads((directory / "curated.json").read_text(encoding="utf-8"))
    office_count = aliases_created = 0

    with open(directory / "ministers.csv", newline="", encoding="utf-8") as handle:
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
            office_count += 1

    for entry in curated["people"]:
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
            office_count += 1

    for name, aliases in curated["aliases"].items():
        person = Person.objects.get(slug=slugify(name))
        for alias, kind in aliases:
            _, created = PersonAlias.objects.get_or_create(
                person=person, alias=alias, defaults={"kind": AliasKind(kind)}
            )
            aliases_created += created

    outlets_by_slug = {}
    for entry in curated["outlets"]:
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
    for entry in curated["outlets"]:
        wires = [outlets_by_slug[slug] for slug in entry.get("republishes", [])]
        if wires:
            outlets_by_slug[entry["slug"]].republishes.add(*wires)

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


# --- Ingestion ----------------------------------------------------------------------------
#
# A report goes raw bytes → archive.ingest (pure parsing) → here: matched against the
# database and saved in one transaction, so a failure leaves nothing half-written.


def reference_snapshot():
    """What the pipeline needs to know from the database, as plain data (a handful of
    queries, whatever the size of the archive)."""
    from archive.ingest.reference import (
        KnownMeeting,
        KnownOffice,
        KnownOutlet,
        KnownPerson,
        KnownTopic,
        Reference,
    )

    people = tuple(
        KnownPerson(
            slug=person.slug,
            name=person.name,
            country=person.country,
            aliases=tuple(alias.alias for alias in person.aliases.all()),
            offices=tuple(
                KnownOffice(office.title, office.post, office.country, office.start, office.end)
                for office in person.offices.all()
            ),
        )
        for person in Person.objects.prefetch_related("aliases", "offices")
    )
    patterns_by_outlet: dict[int | None, list[str]] = {}
    for pattern in BoilerplatePattern.objects.filter(active=True):
        patterns_by_outlet.setdefault(pattern.outlet_id, []).append(pattern.pattern)
    outlets = tuple(
        KnownOutlet(
            slug=outlet.slug,
            name=outlet.name,
            kind=outlet.kind,
            language=outlet.language,
            aliases=tuple(outlet.aliases),
            boilerplate=tuple(patterns_by_outlet.get(outlet.pk, ())),
        )
        for outlet in Outlet.objects.exclude(slug=UNIDENTIFIED_OUTLET_SLUG)
    )
    meetings = tuple(
        KnownMeeting(
            slug=meeting.slug,
            title=meeting.title,
            start=meeting.start_date,
            end=meeting.end_date,
            city=meeting.city,
            participant_slugs=tuple(p.person.slug for p in meeting.participations.all()),
            keywords=tuple(meeting.keywords),
        )
        for meeting in Meeting.objects.prefetch_related("participations__person")
    )
    topics = tuple(
        KnownTopic(slug=topic.slug, name=topic.name, keywords=tuple(topic.keywords))
        for topic in Topic.objects.all()
    )
    return Reference(
        people=people,
        outlets=outlets,
        meetings=meetings,
        topics=topics,
        boilerplate=tuple(patterns_by_outlet.get(None, ())),
    )


UNIDENTIFIED_OUTLET_SLUG = "unidentified"


class ImportStatus:
    CREATED = "created"
    DUPLICATE = "duplicate"
    FAILED = "failed"
    PARSED = "parsed"  # dry run: read, nothing saved


@dataclass
class ImportOutcome:
    name: str
    status: str
    message: str = ""
    article_id: int | None = None
    parsed: object = None  # archive.ingest.pipeline.ParsedReport, when parsing succeeded
    shared: list = field(default_factory=list)  # dry runs: shared-text matches

    def as_dict(self) -> dict:
        data = {"source": self.name, "status": self.status}
        if self.message:
            data["message"] = self.message
        if self.article_id:
            data["article_id"] = self.article_id
        if self.parsed is not None:
            data["parsed"] = self.parsed.to_dict()
            data["parsed"]["shared_text"] = self.shared
        return data


@dataclass
class ImportReport:
    outcomes: list
    batch: ImportBatch | None = None

    def count(self, status: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def created(self):
        return self.count(ImportStatus.CREATED)

    @property
    def duplicates(self):
        return self.count(ImportStatus.DUPLICATE)

    @property
    def failed(self):
        return self.count(ImportStatus.FAILED)

    def summary(self) -> str:
        counts = (
            f"{self.duplicates} duplicates, {self.failed} failed ({len(self.outcomes)} reports)"
        )
        parsed = self.count(ImportStatus.PARSED)
        if parsed or not self.batch:
            return f"{parsed} ready to import, {counts}"
        return f"{self.created} created, {counts}"


@dataclass
class Corrections:
    """What a curator changed on the preview before confirming; these fields are then
    marked as curated so that re-extraction leaves them alone."""

    title: str | None = None
    outlet_slug: str | None = None
    published_on: date | None = None
    date_precision: str | None = None
    meeting_slugs: list | None = None
    language: str | None = None

    def changed_fields(self) -> list[str]:
        names = {
            "title": "title",
            "outlet_slug": "outlet",
            "published_on": "published_on",
            "date_precision": "date_precision",
            "meeting_slugs": "meetings",
            "language": "language",
        }
        return [field for attr, field in names.items() if getattr(self, attr) is not None]


def find_duplicate(*, parsed, raw_sha256: str):
    """An article already holding this report: same URL, same raw bytes or same
    normalised text."""
    query = Q(raw_sha256=raw_sha256) | Q(content_hash=parsed.content_hash)
    if parsed.url:
        query |= Q(url=parsed.url)
    return Article.objects.filter(query).order_by("pk").first()


def report_parse(*, item, reference):
    """Parse one source item; a parsing failure becomes a clear message, never a crash."""
    from archive.ingest.errors import IngestError
    from archive.ingest.pipeline import parse_report

    try:
        return parse_report(
            item.raw,
            reference=reference,
            filename=item.name,
            hints=item.hints,
            content_type=item.content_type,
        ), ""
    except IngestError as error:
        return None, str(error)


def outlet_for(parsed) -> Outlet:
    """The known outlet, else one named for what the report says of its site (a site name,
    a host, "Unidentified Italian-language site"), else the catch-all unidentified one.
    Curators merge or rename these in the admin."""
    if parsed.outlet_slug:
        outlet = Outlet.objects.filter(slug=parsed.outlet_slug).first()
        if outlet:
            return outlet
    name = (parsed.outlet_name or "").strip()[:200]
    if name and slugify(name):
        outlet, _ = Outlet.objects.get_or_create(
            slug=slugify(name)[:200], defaults={"name": name, "kind": OutletKind.UNKNOWN}
        )
        return outlet
    outlet, _ = Outlet.objects.get_or_create(
        slug=UNIDENTIFIED_OUTLET_SLUG,
        defaults={"name": "Unidentified outlet", "kind": OutletKind.UNKNOWN},
    )
    return outlet


@transaction.atomic
def article_create(
    *,
    parsed,
    raw: bytes,
    source_name: str,
    status: str = ArticleStatus.DRAFT,
    user=None,
    batch: ImportBatch | None = None,
    corrections: Corrections | None = None,
    source_hints: dict | None = None,
    content_type: str = "",
) -> Article:
    """Save one parsed report with everything the pipeline read about it. All or nothing."""
    corrections = corrections or Corrections()
    article = Article(
        raw=raw,
        raw_sha256=sha256_hex(raw),
        source_name=source_name[:500],
        status=status,
        curated_fields=corrections.changed_fields(),
        batch=batch,
        ingested_by=user if user and user.is_authenticated else None,
    )
    for name, value in extracted_fields(parsed, fallback_title=source_name).items():
        setattr(article, name, value)
    # The row's metadata and the content type are kept, so that re-extraction sees them.
    article.extraction = {
        **extraction_record(parsed),
        "source_hints": source_hints or {},
        "content_type": content_type,
    }
    if corrections.outlet_slug:
        article.outlet = Outlet.objects.get(slug=corrections.outlet_slug)
    for name in ("title", "published_on", "date_precision", "language"):
        if getattr(corrections, name) is not None:
            setattr(article, name, getattr(corrections, name))
    article.language = language_code(article.language)
    article.full_clean(exclude=["raw", "search_vector"])
    article.save()
    article_apply_extraction(article=article, parsed=parsed, corrections=corrections)
    Article.objects.filter(pk=article.pk).refresh_search_vector()
    shared_passages_record(article=article)
    return article


def language_code(value: str | None) -> str:
    """ISO 639-1, lower case: a batch row's "en-US" files with the other English reports."""
    return (value or "").strip().split("-")[0].split("_")[0].lower()[:10]


def valid_url(url: str) -> str | None:
    try:
        URLValidator()(url)
    except ValidationError:
        return None
    return url if len(url) <= 1000 else None


def extracted_fields(parsed, *, fallback_title: str = "") -> dict:
    """The article's own fields as the pipeline read them, cut to what the columns hold.
    Shared by import and re-extraction so that both store the same thing."""
    wire = Outlet.objects.filter(slug=parsed.wire_slug).first() if parsed.wire_slug else None
    outlet = outlet_for(parsed)
    return {
        "outlet": outlet,
        "original_wire": wire if wire and wire != outlet else None,
        "title": (parsed.title or fallback_title or "Untitled report")[:500],
        "section": (parsed.section or "")[:200],
        # A malformed address in a batch row is dropped (the row's hints keep it), not
        # a reason to lose the report.
        "url": valid_url(parsed.url) if parsed.url else None,
        "published_on": parsed.published,
        "date_precision": parsed.date_precision,
        "dateline": (parsed.dateline or "")[:300],
        "byline": (parsed.byline or "")[:300],
        "language": language_code(parsed.language),
        "body": parsed.body,
        "raw_encoding": (parsed.encoding or "")[:40],
        "content_hash": parsed.content_hash,
    }


def extraction_record(parsed) -> dict:
    data = parsed.to_dict()
    for bulky in ("text", "body"):
        data.pop(bulky, None)
    return data


def article_apply_extraction(*, article: Article, parsed, corrections: Corrections | None = None):
    """Replace what the pipeline owns (mentions, quotes, credits, topics, automatic meeting
    links) with what `parsed` read. What a curator edited (`curated_fields`) stays."""
    corrections = corrections or Corrections()
    curated = set(article.curated_fields)
    people = {
        person.slug: person
        for person in Person.objects.filter(
            slug__in={hit.slug for hit in parsed.people}
            | {q.speaker_slug for q in parsed.quotes if q.speaker_slug}
        )
    }
    if "mentions" not in curated:
        article.mentions.all().delete()
        Mention.objects.bulk_create(
            Mention(article=article, person=people[hit.slug], count=max(hit.count, 1))
            for hit in parsed.people
            if hit.slug in people
        )
    if "quotes" not in curated:
        article.quotes.all().delete()
        Quote.objects.bulk_create(
            Quote(
                article=article,
                speaker=people.get(quote.speaker_slug),
                text=quote.text,
                start=quote.start,
                end=quote.end,
                form=(quote.form or "")[:50],
            )
            for quote in parsed.quotes
            if quote.end > quote.start
        )
    if "credits" not in curated:
        article.credits.all().delete()
        Credit.objects.bulk_create(
            Credit(article=article, name=credit.name[:200], role=credit.role, position=position)
            for position, credit in enumerate(parsed.credits)
        )
    if "topics" not in curated:
        article.topics.set(Topic.objects.filter(slug__in=parsed.topics))
    if "meetings" not in curated:
        meeting_links_apply(article=article, parsed=parsed, corrections=corrections)


def meeting_links_apply(*, article: Article, parsed, corrections: Corrections) -> None:
    article.meeting_links.filter(linked_by=LinkSource.AUTOMATIC).delete()
    if corrections.meeting_slugs is not None:
        for meeting in Meeting.objects.filter(slug__in=corrections.meeting_slugs):
            ArticleMeeting.objects.get_or_create(
                article=article, meeting=meeting, defaults={"linked_by": LinkSource.CURATOR}
            )
        return
    if not parsed.auto_meeting_slug:
        return
    suggestion = next((s for s in parsed.meetings if s.slug == parsed.auto_meeting_slug), None)
    meeting = Meeting.objects.filter(slug=parsed.auto_meeting_slug).first()
    if meeting:
        ArticleMeeting.objects.get_or_create(
            article=article,
            meeting=meeting,
            defaults={
                "linked_by": LinkSource.AUTOMATIC,
                "score": suggestion.score if suggestion else None,
            },
        )


SHARED_WINDOW_DAYS = 14


def shared_candidates(*, days: list, meeting_slugs: list, exclude_pk=None):
    """Reports that may retell the same story: those of the same meetings and those
    published within SHARED_WINDOW_DAYS. Rejected reports are left out."""
    near = Q(meetings__slug__in=meeting_slugs)
    window = timedelta(days=SHARED_WINDOW_DAYS)
    for day in {day for day in days if day}:
        near |= Q(published_on__range=(day - window, day + window))
    candidates = Article.objects.exclude(status=ArticleStatus.REJECTED).filter(near)
    if exclude_pk:
        candidates = candidates.exclude(pk=exclude_pk)
    return candidates.distinct().only("pk", "body")


def shared_passages_record(*, article: Article) -> int:
    """Compare `article` with the reports that may retell its story, and record the pairs
    that share passages (with the passages, lower id first)."""
    from archive.ingest.similarity import find_shared

    candidates = shared_candidates(
        days=[article.published_on],
        meeting_slugs=list(article.meetings.values_list("slug", flat=True)),
        exclude_pk=article.pk,
    )
    recorded = 0
    for other in candidates:
        first, second = sorted((article, other), key=lambda a: a.pk)
        for _, _, score, passages in find_shared({first.pk: first.body, second.pk: second.body}):
            SharedPassage.objects.update_or_create(
                first=first,
                second=second,
                defaults={"score": score, "passages": [passage_as_dict(p) for p in passages]},
            )
            recorded += 1
    return recorded


def passage_as_dict(passage) -> dict:
    return {
        "a_start": passage.a_start,
        "a_end": passage.a_end,
        "a_text": passage.a_text,
        "b_start": passage.b_start,
        "b_end": passage.b_end,
        "b_text": passage.b_text,
        "similarity": round(passage.similarity, 3),
    }


def shared_matches_preview(outcomes: list) -> None:
    """For a dry run: which parsed reports share passages with each other or with reports
    already in the archive. Sets `outcome.shared` on each parsed outcome."""
    from archive.ingest.similarity import find_shared

    parsed = [o for o in outcomes if o.parsed is not None and o.parsed.body]
    if not parsed:
        return
    bodies = {("source", o.name): o.parsed.body for o in parsed}
    stored = shared_candidates(
        days=[o.parsed.published for o in parsed],
        meeting_slugs=[s.slug for o in parsed for s in o.parsed.meetings],
    )
    bodies.update({("article", article.pk): article.body for article in stored})
    by_name = {o.name: o for o in parsed}
    for a_key, b_key, score, passages in find_shared(bodies):
        for mine, theirs in ((a_key, b_key), (b_key, a_key)):
            if mine[0] == "source" and mine != theirs:
                by_name[mine[1]].shared.append(
                    {theirs[0]: theirs[1], "score": score, "passages": len(passages)}
                )


def articles_import(
    *,
    files: list,
    channel: str,
    status: str = ArticleStatus.DRAFT,
    user=None,
    dry_run: bool = False,
    corrections: dict | None = None,
    skip: set | None = None,
    progress=None,
) -> ImportReport:
    """Import every report in `files` (pairs of name and bytes; zips, batches and single
    reports alike). Each report is saved in its own transaction: a broken one is reported
    and skipped, the others are saved. `dry_run` parses and saves nothing."""
    from archive.ingest.sources import SourceError, read_sources

    corrections = corrections or {}
    reference = reference_snapshot()
    files = with_unique_names(files)
    batch = None
    if not dry_run:
        batch = ImportBatch.objects.create(
            user=user if user and user.is_authenticated else None,
            channel=channel,
            source=", ".join(name for name, _ in files)[:500],
        )
    outcomes = []
    seen = SeenInBatch()
    try:
        for file_name, data in files:
            for item in read_sources(file_name, data):
                if isinstance(item, SourceError):
                    outcomes.append(ImportOutcome(item.name, ImportStatus.FAILED, item.message))
                elif skip and item.name in skip:
                    continue
                else:
                    outcomes.append(
                        report_import(
                            item=item,
                            reference=reference,
                            status=status,
                            user=user,
                            batch=batch,
                            dry_run=dry_run,
                            corrections=corrections.get(item.name),
                            seen=seen,
                        )
                    )
                if progress:
                    progress(outcomes[-1])
    finally:
        # Whatever happened, the batch log says what was done.
        if batch:
            batch_record(batch, outcomes)
    report = ImportReport(outcomes=outcomes, batch=batch)
    if dry_run:
        shared_matches_preview(outcomes)
    return report


def with_unique_names(files: list) -> list:
    """Two uploads called report.txt must not share corrections: the second becomes
    "report (2).txt"."""
    counts: dict[str, int] = {}
    unique = []
    for name, data in files:
        counts[name] = counts.get(name, 0) + 1
        if counts[name] > 1:
            stem, dot, suffix = name.rpartition(".")
            # Keep the extension last: it says how the file is read.
            name = f"{stem} ({counts[name]}).{suffix}" if dot else f"{name} ({counts[name]})"
        unique.append((name, data))
    return unique


def batch_record(batch: ImportBatch, outcomes: list) -> None:
    statuses = [outcome.status for outcome in outcomes]
    batch.created = statuses.count(ImportStatus.CREATED)
    batch.duplicates = statuses.count(ImportStatus.DUPLICATE)
    batch.failed = statuses.count(ImportStatus.FAILED)
    batch.errors = [
        {"source": o.name, "message": o.message}
        for o in outcomes
        if o.status == ImportStatus.FAILED
    ]
    batch.save(update_fields=["created", "duplicates", "failed", "errors"])


@dataclass
class SeenInBatch:
    """What earlier reports of the same batch were, so that a dry run finds the duplicates
    a real import would (the database cannot: nothing was saved)."""

    names_by_key: dict = field(default_factory=dict)

    @staticmethod
    def keys(parsed, raw_sha256):
        keys = [("raw", raw_sha256), ("text", parsed.content_hash)]
        return keys + ([("url", parsed.url)] if parsed.url else [])

    def earlier(self, parsed, raw_sha256):
        for key in self.keys(parsed, raw_sha256):
            if key in self.names_by_key:
                return self.names_by_key[key]
        return None

    def add(self, parsed, raw_sha256, name):
        for key in self.keys(parsed, raw_sha256):
            self.names_by_key.setdefault(key, name)


def clean_hints(hints: dict) -> dict:
    # PostgreSQL text cannot hold NUL; a batch row carrying one must not sink the batch.
    return {key: str(value).replace("\x00", "") for key, value in (hints or {}).items()}


def report_import(*, item, reference, status, user, batch, dry_run, corrections=None, seen=None):
    """Parse and save one report; every failure becomes a FAILED outcome with a reason."""
    item.hints = clean_hints(item.hints)
    parsed, error = report_parse(item=item, reference=reference)
    if parsed is None:
        return ImportOutcome(item.name, ImportStatus.FAILED, error)
    if not parsed.body.strip():
        return ImportOutcome(item.name, ImportStatus.FAILED, "no report text found", parsed=parsed)
    raw_sha256 = sha256_hex(item.raw)
    seen = seen if seen is not None else SeenInBatch()
    duplicate = find_duplicate(parsed=parsed, raw_sha256=raw_sha256)
    if duplicate:
        return ImportOutcome(
            item.name,
            ImportStatus.DUPLICATE,
            f"already in the archive as article {duplicate.pk} ({duplicate.title})",
            article_id=duplicate.pk,
            parsed=parsed,
        )
    earlier = seen.earlier(parsed, raw_sha256)
    if earlier:
        return ImportOutcome(
            item.name,
            ImportStatus.DUPLICATE,
            f"same report as {earlier} in this batch",
            parsed=parsed,
        )
    seen.add(parsed, raw_sha256, item.name)
    if dry_run:
        return ImportOutcome(item.name, ImportStatus.PARSED, parsed=parsed)
    try:
        article = article_create(
            parsed=parsed,
            raw=item.raw,
            source_name=item.name,
            status=status,
            user=user,
            batch=batch,
            corrections=corrections,
            source_hints=item.hints,
            content_type=item.content_type,
        )
    except (ValidationError, DatabaseError, Outlet.DoesNotExist) as error:
        return ImportOutcome(
            item.name, ImportStatus.FAILED, validation_message(error), parsed=parsed
        )
    except Exception as error:  # one report's bug must not lose the rest of the batch
        logger.exception("import of %s failed", item.name)
        return ImportOutcome(
            item.name, ImportStatus.FAILED, f"unexpected error: {error}", parsed=parsed
        )
    return ImportOutcome(item.name, ImportStatus.CREATED, article_id=article.pk, parsed=parsed)


def validation_message(error) -> str:
    if isinstance(error, ValidationError) and hasattr(error, "message_dict"):
        return "; ".join(
            f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items()
        )
    return str(error).splitlines()[0]


class ReextractError(Exception):
    pass


# A curated date keeps its precision too; a curated text keeps what was read from it.
CURATED_TOGETHER = {"published_on": ("date_precision",), "body": ("content_hash",)}


def article_reextract(*, article: Article) -> Article:
    """Run the current pipeline again on the stored raw bytes, with the batch row's metadata
    it came with. Fields a curator corrected (`curated_fields`) keep the curator's value."""
    from archive.ingest.errors import IngestError
    from archive.ingest.pipeline import parse_report

    extraction = article.extraction or {}
    try:
        parsed = parse_report(
            bytes(article.raw or b""),
            reference=reference_snapshot(),
            filename=article.source_name,
            hints=extraction.get("source_hints") or None,
            content_type=extraction.get("content_type", ""),
        )
    except IngestError as error:
        raise ReextractError(f"article {article.pk}: {error}") from None
    curated = set(article.curated_fields)
    for name in list(curated):
        curated.update(CURATED_TOGETHER.get(name, ()))
    fields = extracted_fields(parsed, fallback_title=article.title)
    if article.url:
        fields.pop("url")  # the address it was stored under stays its identity
    with transaction.atomic():
        for name, value in fields.items():
            if name not in curated:
                setattr(article, name, value)
        article.extraction = {
            **extraction_record(parsed),
            "source_hints": extraction.get("source_hints", {}),
            "content_type": extraction.get("content_type", ""),
        }
        article.full_clean(exclude=["raw", "search_vector"])
        article.save()
        if "body" not in curated:
            article_apply_extraction(article=article, parsed=parsed)
        Article.objects.filter(pk=article.pk).refresh_search_vector()
    return article


SEEDS_DIR = Path(__file__).resolve().parent / "fixtures" / "seeds"


def seeds_load(*, directory: Path = SEEDS_DIR) -> ImportReport:
    """Import the seed reports, published. A second run finds them all as duplicates."""
    files = [(path.name, path.read_bytes()) for path in sorted(directory.glob("*.txt"))]
    return articles_import(files=files, channel="seed", status=ArticleStatus.PUBLISHED)

"""Pre-parsed import: reports whose fields were read elsewhere (another archive, an earlier
run of the pipeline), one JSON object a line, saved without parsing, in bulk.

A line (docs/import.md has the full schema)::

    {"title": "...", "body": "...", "outlet": "reuters", "published": "2022-01-07",
     "date_precision": "day", "language": "en", "url": "https://...",
     "people": ["antony-blinken", {"slug": "yoshimasa-hayashi", "count": 3}],
     "quotes": [{"speaker": "antony-blinken", "text": "...", "start": 10, "end": 52}],
     "topics": ["north-korea"], "meetings": ["scc-2022-01-07"],
     "credits": [{"name": "Jane Doe", "role": "reporter"}]}

Slugs name what the archive knows (people, topics, meetings, outlets; an unknown outlet may
come as `outlet_name` instead, created as the pipeline would). A line the archive cannot
take whole (a missing field, an unknown slug, a quote not in the body) is refused with its
reason; duplicates are refused as on the normal path (same URL, same raw bytes, or same
clean text). Lines are written CHUNK at a time: one multi-row INSERT per table (the search
vectors computed in the articles' own), history by the triggers, all in one transaction per
chunk (a database error retries that chunk line by line, so one bad line loses nothing else).
"""

import json
from dataclasses import dataclass, field
from datetime import date
from types import SimpleNamespace

import pghistory
from django.db import DatabaseError, transaction

from archive.models import (
    Article,
    ArticleMeeting,
    ArticleStatus,
    BatchState,
    Credit,
    CreditRole,
    DatePrecision,
    ImportChannel,
    LinkSource,
    Meeting,
    Mention,
    Outlet,
    Person,
    Quote,
    Topic,
    sha256_hex,
)
from archive.services.counts import articles_recount
from archive.services.extraction import language_code, link_role, outlet_for, valid_url
from archive.services.import_batches import batch_record, batch_start
from archive.services.import_writes import url_matches
from archive.services.imports import ImportOutcome, ImportReport, ImportStatus, file_bytes
from archive.services.search_vectors import articles_insert_set
from archive.services.shared_passages import passages_record_many

CHUNK = 500
TEXT_FIELDS = {"section": 200, "dateline": 300, "byline": 300}


class RecordError(ValueError):
    pass


@dataclass
class Record:
    """One line, checked: the article's columns and its parts, by slug."""

    name: str
    columns: dict
    people: dict = field(default_factory=dict)  # slug -> count
    quotes: list = field(default_factory=list)  # (speaker slug or None, text, start, end, form)
    topics: list = field(default_factory=list)
    meetings: list = field(default_factory=list)
    credits: list = field(default_factory=list)  # (name, role)

    def keys(self):
        keys = [("raw", self.columns["raw_sha256"]), ("text", self.columns["content_hash"])]
        return keys + ([("url", self.columns["url"])] if self.columns["url"] else [])


def preparsed_lines(files: list):
    """(name, line) for every non-blank line of each file, read lazily."""
    for file_name, data in files:
        for number, line in enumerate(file_bytes(data).splitlines(), start=1):
            if line.strip():
                yield f"{file_name}#{number}", line


def record_read(name: str, line: bytes, *, status: str) -> Record:
    """The columns and parts of one line, or RecordError saying what is wrong."""
    from archive.ingest.text import content_hash

    try:
        row = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise RecordError(f"invalid JSON: {error}") from None
    if not isinstance(row, dict):
        raise RecordError("not a JSON object")
    title, body = text_of(row, "title"), text_of(row, "body")
    raw = (row.get("raw") if isinstance(row.get("raw"), str) else body).encode("utf-8")
    columns = {
        "title": title[:500],
        "body": body,
        "raw": raw,
        "raw_sha256": sha256_hex(raw),
        "raw_encoding": "utf-8",
        "content_hash": content_hash(body),
        "url": valid_url(row["url"]) if isinstance(row.get("url"), str) else None,
        "language": language_code(
            row.get("language") if isinstance(row.get("language"), str) else ""
        ),
        "source_name": name[:500],
        "status": status,
        **date_of(row),
        **{key: str(row.get(key) or "")[:size] for key, size in TEXT_FIELDS.items()},
        "outlet_key": (str(row.get("outlet") or ""), str(row.get("outlet_name") or "")),
        "extraction": {"preparsed": True, "source_hints": hints_of(row)},
    }
    record = Record(name, columns)
    parts_read(record, row, body)
    return record


def text_of(row: dict, key: str) -> str:
    value = row.get(key)
    if not isinstance(value, str) or not value.strip():
        raise RecordError(f"no {key}")
    return value.strip() if key == "title" else value


def date_of(row: dict) -> dict:
    published = row.get("published")
    try:
        day = date.fromisoformat(published) if published else None
    except (TypeError, ValueError):
        raise RecordError(f"published: not an ISO date: {published!r}") from None
    precision = row.get("date_precision") or (DatePrecision.DAY if day else DatePrecision.UNKNOWN)
    if precision not in DatePrecision.values:
        raise RecordError(f"date_precision: one of {', '.join(DatePrecision.values)}")
    return {"published_on": day, "date_precision": precision}


def hints_of(row: dict) -> dict:
    """What re-extraction should keep from the line, as the normal path keeps a row's hints."""
    keys = ("url", "outlet", "title", "published", "language", "section", "byline")
    return {key: str(row[key]) for key in keys if row.get(key)}


def parts_read(record: Record, row: dict, body: str) -> None:
    for person in list_of(row, "people"):
        slug, count = (person, 1) if isinstance(person, str) else (person.get("slug"), 0)
        count = count or int(person.get("count") or 1)
        record.people[str(slug)] = max(1, count)
    for quote in list_of(row, "quotes"):
        text = str(quote.get("text") or "")
        start = quote.get("start", body.find(text) if text else -1)
        end = quote.get("end", start + len(text))
        if not text or not isinstance(start, int) or start < 0 or not end > start:
            raise RecordError(f"quote not found in the body: {text[:60]!r}")
        speaker = quote.get("speaker") or None
        record.quotes.append((speaker, text, start, end, str(quote.get("form") or "")[:50]))
    record.topics = [str(slug) for slug in list_of(row, "topics")]
    record.meetings = [str(slug) for slug in list_of(row, "meetings")]
    for credit in list_of(row, "credits"):
        role = credit.get("role") or CreditRole.REPORTER
        if role not in CreditRole.values:
            raise RecordError(f"credit role: one of {', '.join(CreditRole.values)}")
        record.credits.append((str(credit.get("name") or "")[:200], role))


def list_of(row: dict, key: str) -> list:
    value = row.get(key) or []
    if not isinstance(value, list):
        raise RecordError(f"{key}: a list")
    return value


@dataclass
class Lookups:
    """The archive's ids for the slugs of one chunk (a query per table per chunk)."""

    people: dict
    topics: dict
    meetings: dict
    outlets: dict

    @classmethod
    def for_records(cls, records: list[Record]) -> "Lookups":
        def slugs(attribute):
            return {slug for record in records for slug in getattr(record, attribute)}

        speakers = {quote[0] for record in records for quote in record.quotes if quote[0]}
        people = Person.objects.filter(slug__in=slugs("people") | speakers)
        keys = {record.columns["outlet_key"] for record in records}
        known = Outlet.objects.in_bulk({slug for slug, _ in keys if slug}, field_name="slug")
        outlets = {key: known[key[0]] for key in keys if key[0] in known}
        for key in keys - set(outlets):  # unknown slugs, names only: found or created
            outlets[key] = outlet_for(SimpleNamespace(outlet_slug=key[0], outlet_name=key[1]))
        return cls(
            people=dict(people.values_list("slug", "pk")),
            topics=dict(Topic.objects.filter(slug__in=slugs("topics")).values_list("slug", "pk")),
            meetings={m.slug: m for m in Meeting.objects.filter(slug__in=slugs("meetings"))},
            outlets=outlets,
        )

    def unknown(self, record: Record) -> str:
        """What `record` names that the archive does not know, said plainly ("" if none)."""
        speakers = [quote[0] for quote in record.quotes if quote[0]]
        missing = [
            (kind, sorted(set(wanted) - set(known)))
            for kind, wanted, known in (
                ("people", [*record.people, *speakers], self.people),
                ("topics", record.topics, self.topics),
                ("meetings", record.meetings, self.meetings),
            )
        ]
        return "; ".join(f"unknown {kind}: {', '.join(slugs)}" for kind, slugs in missing if slugs)

    def outlet_problem(self, record: Record) -> str:
        slug, name = record.columns["outlet_key"]
        outlet = self.outlets[(slug, name)]
        return f"unknown outlet: {slug}" if slug and not name and outlet.slug != slug else ""


def preparsed_import(
    *,
    files: list,
    channel: str = ImportChannel.COMMAND,
    status: str = ArticleStatus.DRAFT,
    user=None,
    progress=None,
    shared_passages: bool = True,
    keep_outcomes: bool = False,
    chunk: int = CHUNK,
) -> ImportReport:
    """Import pre-parsed JSON Lines `files` (pairs of a name and bytes or a `Path`), `chunk`
    lines per transaction, logged as a batch like any import (progress after each chunk,
    "interrupted" when killed). `shared_passages=False` leaves the comparison with other
    reports to a later backfill, for the largest loads."""
    batch = batch_start(files=files, channel=channel, user=user)
    report = ImportReport(batch=batch)
    finished = False
    seen: set = set()
    try:
        with pghistory.context(channel=str(channel), import_batch=batch.pk):
            lines = preparsed_lines(files)
            while block := [line for _, line in zip(range(chunk), lines, strict=False)]:
                with transaction.atomic():
                    outcomes = chunk_import(block, status=status, user=user, batch=batch, seen=seen)
                    for outcome in outcomes:
                        report.add(outcome, keep=keep_outcomes)
                    if shared_passages:
                        passages_record([o.article_id for o in outcomes if o.article_id])
                    batch_record(batch, report)
                for outcome in outcomes:
                    if progress:
                        progress(outcome)
        finished = True
    finally:
        if not finished:
            report.counts[ImportStatus.CREATED] = Article.objects.filter(batch=batch).count()
        batch_record(
            batch, report, state=BatchState.FINISHED if finished else BatchState.INTERRUPTED
        )
    return report


def chunk_import(block: list, *, status, user, batch, seen: set) -> list[ImportOutcome]:
    """One chunk's outcomes, in order: each line read, checked against the archive and the
    batch, and the good ones written together."""
    outcomes, records = [], []
    for name, line in block:
        try:
            records.append(record_read(name, line, status=status))
            outcomes.append(None)
        except RecordError as error:
            outcomes.append(ImportOutcome(name, ImportStatus.FAILED, str(error)))
    lookups = Lookups.for_records(records)
    existing = duplicates_of(records)
    fresh = iter(records)
    writable = []
    for index, outcome in enumerate(outcomes):
        if outcome is not None:
            continue
        record = next(fresh)
        problem = lookups.unknown(record) or lookups.outlet_problem(record)
        earlier = next((existing[key] for key in record.keys() if key in existing), None)
        if problem:
            outcomes[index] = ImportOutcome(record.name, ImportStatus.FAILED, problem)
        elif earlier:
            outcomes[index] = ImportOutcome(
                record.name, ImportStatus.DUPLICATE, f"already in the archive as article {earlier}"
            )
        elif any(key in seen for key in record.keys()):
            outcomes[index] = ImportOutcome(
                record.name, ImportStatus.DUPLICATE, "same report as an earlier line of this batch"
            )
        else:
            seen.update(record.keys())
            writable.append((index, record))
    for index, outcome in records_write(writable, lookups, user=user, batch=batch):
        outcomes[index] = outcome
    return outcomes


def duplicates_of(records: list[Record]) -> dict:
    """(kind, value) -> the lowest id of an article already holding it: one index lookup
    per key kind for the chunk."""
    columns = [record.columns for record in records]
    found = {}
    for kind, column in (("raw", "raw_sha256"), ("text", "content_hash"), ("url", "url")):
        values = {c[column] for c in columns if c[column]}
        if not values:
            continue
        matches = Article.objects.filter(**{f"{column}__in": values}).order_by("pk")
        if column == "url":
            matches = url_matches(matches)
        for pk, value in matches.values_list("pk", column):
            found.setdefault((kind, value), pk)
    return found


def records_write(writable: list, lookups: Lookups, *, user, batch):
    """(index, outcome) for each record: all written with one INSERT per table; if the
    database refuses the chunk, each record is tried alone so only the bad one fails."""
    if not writable:
        return []
    try:
        with transaction.atomic():
            ids = rows_insert([record for _, record in writable], lookups, user=user, batch=batch)
        return [
            (index, ImportOutcome(record.name, ImportStatus.CREATED, article_id=pk))
            for (index, record), pk in zip(writable, ids, strict=True)
        ]
    except DatabaseError:
        if len(writable) == 1:
            raise
    results = []
    for index, record in writable:
        try:
            results += records_write([(index, record)], lookups, user=user, batch=batch)
        except DatabaseError as error:
            message = str(error).splitlines()[0]
            results.append((index, ImportOutcome(record.name, ImportStatus.FAILED, message)))
    return results


def rows_insert(records: list[Record], lookups: Lookups, *, user, batch) -> list[int]:
    """The articles with their search vectors, and their parts, set-wise."""
    ingested_by = user if user and user.is_authenticated else None
    articles = [
        Article(
            **{k: v for k, v in record.columns.items() if k != "outlet_key"},
            outlet=lookups.outlets[record.columns["outlet_key"]],
            batch=batch,
            ingested_by=ingested_by,
        )
        for record in records
    ]
    articles_insert_set(
        articles, [[lookups.people[slug] for slug in record.people] for record in records]
    )
    mentions, quotes, credits, topics, links = [], [], [], [], []
    through = Article.topics.through
    for article, record in zip(articles, records, strict=True):
        mentions += [
            Mention(article=article, person_id=lookups.people[slug], count=count)
            for slug, count in record.people.items()
        ]
        quotes += [
            Quote(article=article, speaker_id=lookups.people.get(speaker), text=text,
                  start=start, end=end, form=form)
            for speaker, text, start, end, form in record.quotes
        ]  # fmt: skip
        credits += [
            Credit(article=article, name=name, role=role, position=position)
            for position, (name, role) in enumerate(record.credits)
        ]
        topics += [through(article=article, topic_id=lookups.topics[s]) for s in set(record.topics)]
        links += [
            ArticleMeeting(
                article=article,
                meeting=lookups.meetings[slug],
                linked_by=LinkSource.AUTOMATIC,
                role=link_role(article.published_on, lookups.meetings[slug]),
            )
            for slug in dict.fromkeys(record.meetings)
        ]
    for model, rows in ((Mention, mentions), (Quote, quotes), (Credit, credits)):
        model.objects.bulk_create(rows, batch_size=CHUNK * 4)
    through.objects.bulk_create(topics, batch_size=CHUNK * 4)
    ArticleMeeting.objects.bulk_create(links, batch_size=CHUNK * 4)
    ids = [article.pk for article in articles]
    articles_recount(article_ids=ids)  # the published counts the lists read, set-wise
    return ids


def passages_record(ids: list[int]) -> None:
    """The chunk's new reports compared with those that may retell their story (and with
    one another), as the normal path's chunks are: `passages_record_many`, a number of
    queries that does not grow with the chunk."""
    passages_record_many(list(Article.objects.filter(pk__in=ids).only("pk", "body")))

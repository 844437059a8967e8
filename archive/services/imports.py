"""Imports: raw reports in, articles out, each in its own transaction, every batch logged.
A report goes raw bytes → archive.ingest (pure parsing) → here: matched against the
database and saved in one transaction, so a failure leaves nothing half-written."""

import logging
import os
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import pghistory
from django.core.exceptions import ValidationError
from django.db import DatabaseError, models, transaction
from django.db.models import Count, F, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.text import slugify

from archive.models import (
    Article,
    ArticleStatus,
    BatchState,
    ImportBatch,
    ImportChannel,
    Outlet,
    Person,
    sha256_hex,
)
from archive.selectors import reference_snapshot
from archive.services.counts import articles_recount
from archive.services.extraction import (
    Corrections,
    article_apply_extraction,
    extracted_fields,
    extraction_record,
    language_code,
)
from archive.services.shared_passages import shared_matches_preview, shared_passages_record

logger = logging.getLogger(__name__)


class ImportStatus(models.TextChoices):
    CREATED = "created", "Created"
    DUPLICATE = "duplicate", "Duplicate"
    FAILED = "failed", "Failed"
    PARSED = "parsed", "Ready to import"  # dry run: read, nothing saved


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


def person_from_import(*, name: str) -> Person:
    """A person a curator ticked on the import preview: known from then on to the pipeline,
    but off the public pages until a published report names them (or a curator confirms
    them in the admin)."""
    name = " ".join(name.split())[:200]
    person, _ = Person.objects.get_or_create(
        slug=slugify(name)[:200], defaults={"name": name, "curated": False}
    )
    return person


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
    articles_recount(article_ids=[article.pk])
    return article


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
    and skipped, the others are saved. `dry_run` parses and saves nothing. Every row the
    import writes is recorded in the history with its batch and channel."""
    files = with_unique_names(files)
    batch = None
    if not dry_run:
        batches_mark_interrupted()
        batch = ImportBatch.objects.create(
            user=user if user and user.is_authenticated else None,
            channel=ImportChannel(channel),
            source=", ".join(name for name, _ in files)[:500],
            pid=os.getpid(),
            heartbeat_at=timezone.now(),
        )
    outcomes = []
    finished = False
    context = {"channel": str(channel), "import_batch": batch.pk if batch else None}
    try:
        with pghistory.context(**context):
            for outcome in files_import(
                files=files,
                status=status,
                user=user,
                batch=batch,
                dry_run=dry_run,
                corrections=corrections or {},
                skip=skip or set(),
            ):
                outcomes.append(outcome)
                if batch:
                    batch_record(batch, outcomes)  # progress as it goes: a kill loses none
                if progress:
                    progress(outcome)
        finished = True
    finally:
        # Whatever happened, the batch log says what was done.
        if batch:
            state = BatchState.FINISHED if finished else BatchState.INTERRUPTED
            batch_record(batch, outcomes, state=state)
    report = ImportReport(outcomes=outcomes, batch=batch)
    if dry_run:
        shared_matches_preview(outcomes)
    return report


def files_import(*, files, status, user, batch, dry_run, corrections, skip):
    """One outcome per report found in `files`, in order (a generator, so that progress
    and the batch log follow the import as it goes)."""
    from archive.ingest.sources import SourceError, read_sources

    reference = reference_snapshot()
    seen = SeenInBatch()
    for file_name, data in files:
        for item in read_sources(file_name, data):
            if isinstance(item, SourceError):
                yield ImportOutcome(item.name, ImportStatus.FAILED, item.message)
            elif item.name not in skip:
                yield report_import(
                    item=item,
                    reference=reference,
                    status=status,
                    user=user,
                    batch=batch,
                    dry_run=dry_run,
                    corrections=corrections.get(item.name),
                    seen=seen,
                )


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


def batch_record(batch: ImportBatch, outcomes: list, *, state: str = "") -> None:
    statuses = [outcome.status for outcome in outcomes]
    batch.created = statuses.count(ImportStatus.CREATED)
    batch.duplicates = statuses.count(ImportStatus.DUPLICATE)
    batch.failed = statuses.count(ImportStatus.FAILED)
    batch.errors = [
        {"source": o.name, "message": o.message}
        for o in outcomes
        if o.status == ImportStatus.FAILED
    ]
    batch.heartbeat_at = timezone.now()
    fields = ["created", "duplicates", "failed", "errors", "heartbeat_at"]
    if state:
        batch.state, batch.finished_at = state, batch.heartbeat_at
        fields += ["state", "finished_at"]
    batch.save(update_fields=fields)


# A running import records progress after every report; one silent for this long is dead.
BATCH_SILENT_LIMIT = timedelta(minutes=10)


def process_is_gone(pid) -> bool:
    """True when no process `pid` runs on this machine (a batch of another machine's
    process is judged by its silence alone)."""
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def batches_mark_interrupted() -> int:
    """Batches whose import was killed (SIGKILL, a crash, a lost machine) never said so:
    mark them interrupted, counting the articles that really point to them. A fixed
    number of queries, however many batches there are."""
    now = timezone.now()
    running = ImportBatch.objects.filter(state=BatchState.RUNNING).exclude(pid=os.getpid())
    silent = Q(heartbeat_at__isnull=True) | Q(heartbeat_at__lt=now - BATCH_SILENT_LIMIT)
    gone = [
        pk for pk, pid in running.exclude(silent).values_list("pk", "pid") if process_is_gone(pid)
    ]
    saved = Article.objects.filter(batch=OuterRef("pk")).order_by().values("batch")
    return running.filter(silent | Q(pk__in=gone)).update(
        state=BatchState.INTERRUPTED,
        created=Coalesce(Subquery(saved.annotate(total=Count("pk")).values("total")[:1]), 0),
        finished_at=Coalesce(F("heartbeat_at"), Value(now)),
    )


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


SEEDS_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"


def seeds_load(*, directory: Path = SEEDS_DIR) -> ImportReport:
    """Import the seed reports, published. A second run finds them all as duplicates."""
    files = [(path.name, path.read_bytes()) for path in sorted(directory.glob("*.txt"))]
    return articles_import(files=files, channel=ImportChannel.SEED, status=ArticleStatus.PUBLISHED)

"""Imports: raw reports in, articles out, every batch logged. A report goes raw bytes →
archive.ingest (pure parsing, in worker processes: services/import_parallel.py) → here:
matched against the database and saved with its chunk, set-wise (services/import_writes.py),
in a savepoint of the chunk's transaction that is retried report by report when the
database refuses it, so a failure leaves nothing half-written and loses no other report
(docs/import.md)."""

import logging
import time
from pathlib import Path

import pghistory
from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
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
from archive.services.counts import recounts_deferred
from archive.services.extraction import Corrections
from archive.services.import_batches import batch_record, batch_start
from archive.services.import_batches import (
    batches_mark_interrupted as batches_mark_interrupted,  # re-exported: callers keep it
)
from archive.services.import_outcomes import ImportOutcome, ImportReport, ImportStatus
from archive.services.import_warming import KeyPagesWarmer
from archive.services.import_writes import (
    NewReport,
    SeenInBatch,
    article_build,
    articles_insert,
    chunk_outlets,
    chunk_save,
    validation_message,
)
from archive.services.shared_passages import PassageChunks, shared_matches_preview

logger = logging.getLogger(__name__)


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
    normalised text. One index lookup per key (an OR of the three, ordered by id, may
    walk the whole table when nothing matches)."""
    keys = {"raw_sha256": raw_sha256, "content_hash": parsed.content_hash}
    if parsed.url:
        keys["url"] = parsed.url
    found = [
        pk
        for name, value in keys.items()
        for pk in Article.objects.filter(**{name: value})
        .order_by()
        .values_list("pk", flat=True)[:1]
    ]
    return Article.objects.filter(pk=min(found)).first() if found else None


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
    """Save one parsed report with everything the pipeline read about it. All or nothing.
    An import saves its chunks with the same functions, several reports at once."""
    report = NewReport(parsed, raw, source_name, corrections, source_hints, content_type)
    outlets = chunk_outlets([report])
    article = article_build(report, outlets=outlets, status=status, user=user, batch=batch)
    articles_insert([(article, report)])
    return article


# A batch commits every CHUNK_REPORTS reports or CHUNK_SECONDS, whichever comes first: the
# chunk's reports written together in a savepoint, again one by one if the database refuses
# them (a broken one then rolls back alone), the
# batch's progress in the same transaction, so a kill loses the chunk in progress whole,
# never half of a report, and the log says what the archive holds.
CHUNK_REPORTS = 20
CHUNK_SECONDS = 1.0
# A dry run looks for shared passages among this many reports at a time (and with the
# archive), then lets them go: its memory does not grow with the batch.
PREVIEW_WINDOW = 100
SHARED_SHOWN = 10


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
    workers: int = 1,
    keep_outcomes: bool = True,
) -> ImportReport:
    """Import every report in `files`: pairs of a name and the bytes, or a `Path` read
    when its turn comes (zips, batches and single reports alike). Reports are parsed by
    `workers` processes and saved in order, a chunk at a time (one by one when the database
    refuses a chunk): a broken one is reported and skipped, the others are saved.
    `dry_run` parses and saves nothing.
    `progress(outcome)` sees each outcome as it comes; with `keep_outcomes=False` the
    report keeps only counts and failures, so a batch of any size streams through.
    Every row the import writes is recorded in the history with its batch and channel."""
    files = with_unique_names(files)
    batch = None if dry_run else batch_start(files=files, channel=channel, user=user)
    report = ImportReport(batch=batch)
    finished = False
    context = {"channel": str(channel), "import_batch": batch.pk if batch else None}
    steps = files_import(
        files=files,
        status=status,
        user=user,
        batch=batch,
        dry_run=dry_run,
        corrections=corrections or {},
        skip=skip or set(),
        workers=workers,
        # The log's progress, once a chunk in the chunk's transaction: what other readers
        # see is what it says when the chunk commits, whatever it said before.
        chunk_end=(lambda: batch_record(batch, report)) if batch else None,
    )
    try:
        with pghistory.context(**context):
            for outcome in steps:
                report.add(outcome, keep=keep_outcomes)
                if progress:
                    progress(outcome)
        finished = True
    finally:
        steps.close()  # a chunk still open is rolled back whole
        # Whatever happened, the batch log says what was done.
        if batch:
            if not finished:
                report.counts[ImportStatus.CREATED] = Article.objects.filter(batch=batch).count()
            state = BatchState.FINISHED if finished else BatchState.INTERRUPTED
            batch_record(batch, report, state=state)
    return report


def file_bytes(data) -> bytes:
    """A file's bytes: given, or read from its path now (one file in memory at a time)."""
    return data.read_bytes() if isinstance(data, Path) else data


def source_items(files: list, skip: set):
    """Every report (SourceItem) and every unreadable part (SourceError) of `files`, read
    lazily, file by file and row by row."""
    from archive.ingest.sources import SourceError, read_sources

    for file_name, data in files:
        for item in read_sources(file_name, file_bytes(data)):
            if isinstance(item, SourceError):
                yield item
            elif item.name not in skip:
                item.hints = clean_hints(item.hints)
                yield item


def files_import(
    *, files, status, user, batch, dry_run, corrections, skip, workers, chunk_end=None
):
    """One outcome per report found in `files`, in order (a generator, so that progress
    and the batch log follow the import as it goes). Saves commit chunk by chunk, each
    after `chunk_end()` (the consumer has seen its outcomes by then)."""
    from archive.services.import_parallel import (
        IN_FLIGHT_PER_WORKER,
        ordered_pool,
        parsed_in_order,
    )

    reference = reference_snapshot()
    seen = SeenInBatch()
    # The workers may run a chunk ahead: they parse the next chunk while this process
    # writes the last one, instead of waiting for it with a few reports each.
    window = CHUNK_REPORTS + workers * IN_FLIGHT_PER_WORKER
    pool = ordered_pool(reference, workers=workers, window=window)
    stream = parsed_in_order(
        source_items(files, skip), reference=reference, workers=workers, window=window, pool=pool
    )

    def outcome_of(step):
        if step.parsed is None and not step.error:  # a part of a file that was no report
            return ImportOutcome(step.item.name, ImportStatus.FAILED, step.item.message)
        return report_import(
            item=step.item,
            reference=reference,
            status=status,
            user=user,
            batch=batch,
            dry_run=dry_run,
            corrections=corrections.get(step.item.name),
            seen=seen,
            parsed=step.parsed,
            error=step.error,
        )

    def chunk_saved(steps):
        return chunk_save(
            steps, status=status, user=user, batch=batch, corrections=corrections, seen=seen
        )

    try:
        if dry_run:
            yield from previewed(outcome_of(step) for step in stream)
        else:
            # The chunks' exact comparisons go to the parse workers too.
            compare = pool.compare if pool is not None else None
            yield from saved_in_chunks(stream, chunk_saved, chunk_end, compare=compare)
    finally:
        stream.close()  # stops the parsing processes


def saved_in_chunks(steps, save, chunk_end=None, *, compare=None):
    """The outcomes of `steps` (parsed reports), saved by `save` a chunk at a time (a list
    of steps in, their outcomes out), in transactions of CHUNK_REPORTS reports or
    CHUNK_SECONDS; the consumer's work on each outcome joins its chunk's transaction, and
    so does `chunk_end()`, called once the consumer has had the chunk's last outcome."""
    with KeyPagesWarmer() as warmer:
        yield from chunks_saved(iter(steps), save, chunk_end, warmer, compare)


def chunks_saved(steps, save, chunk_end, warmer, compare):
    passages = PassageChunks(compare=compare)
    while True:
        # Shared passages, story groups and published counts of the chunk's reports are
        # done for the whole chunk as it ends, in its transaction (queries per chunk,
        # not per report).
        with (
            transaction.atomic(),
            recounts_deferred(),
            passages.deferred(),
        ):
            started, block, more = time.monotonic(), [], False
            for step in steps:
                block.append(step)
                # The key rows this report will add are read ahead while the chunk fills.
                warmer.warm(step.keys)
                if len(block) >= CHUNK_REPORTS or time.monotonic() - started >= CHUNK_SECONDS:
                    more = True
                    break
            passages.keys_known(block)
            yield from save(block)
            if chunk_end and block:
                chunk_end()
        if not more:
            return


def previewed(outcomes):
    """A dry run's outcomes, PREVIEW_WINDOW at a time, each with the reports it shares
    passages with (in its window or in the archive; the best SHARED_SHOWN)."""
    window = []
    for outcome in outcomes:
        window.append(outcome)
        if len(window) >= PREVIEW_WINDOW:
            yield from shared_marked(window)
            window = []
    yield from shared_marked(window)


def shared_marked(window: list):
    shared_matches_preview(window)
    for outcome in window:
        outcome.shared = sorted(outcome.shared, key=lambda m: -m["score"])[:SHARED_SHOWN]
    yield from window


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


def clean_hints(hints: dict) -> dict:
    # PostgreSQL text cannot hold NUL; a batch row carrying one must not sink the batch.
    return {key: str(value).replace("\x00", "") for key, value in (hints or {}).items()}


def report_duplicate_outcome(item, parsed, raw_sha256, seen):
    """A DUPLICATE outcome when the report is already archived or earlier in this
    batch; None when it is new."""
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
    return None


def report_import(
    *,
    item,
    reference,
    status,
    user,
    batch,
    dry_run,
    corrections=None,
    seen=None,
    parsed=None,
    error: str = "",
):
    """Save one report (parsed here unless `parsed` or its `error` is given); every
    failure becomes a FAILED outcome with a reason."""
    item.hints = clean_hints(item.hints)
    if parsed is None and not error:
        parsed, error = report_parse(item=item, reference=reference)
    if parsed is None:
        return ImportOutcome(item.name, ImportStatus.FAILED, error)
    if not parsed.body.strip():
        return ImportOutcome(item.name, ImportStatus.FAILED, "no report text found", parsed=parsed)
    raw_sha256 = sha256_hex(item.raw)
    seen = seen if seen is not None else SeenInBatch()
    duplicate_outcome = report_duplicate_outcome(item, parsed, raw_sha256, seen)
    if duplicate_outcome:
        return duplicate_outcome
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


SEEDS_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"


def seeds_load(*, directory: Path = SEEDS_DIR) -> ImportReport:
    """Import the seed reports, published. A second run finds them all as duplicates."""
    files = [(path.name, path.read_bytes()) for path in sorted(directory.glob("*.txt"))]
    return articles_import(files=files, channel=ImportChannel.SEED, status=ArticleStatus.PUBLISHED)

"""Writing parsed reports as articles, a chunk at a time: the chunk's outlets, people,
topics and meetings looked up once, its articles in one multi-row INSERT, each kind of
part in one more, its duplicates in the archive found with one query per key kind. The
search vectors are computed by the articles' INSERT (`services/search_vectors.py`); shared
passages and published counts are noted for the chunk's end (`imports.saved_in_chunks`).
History rows come from the database's triggers, with the batch and channel the import
set (`pghistory.context`)."""

import logging
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction

from archive.models import Article, ImportBatch, Outlet, sha256_hex
from archive.services.counts import articles_recount
from archive.services.extraction import (
    Corrections,
    PartsLookup,
    extracted_fields,
    extraction_record,
    language_code,
    mention_rows,
    new_articles_parts_write,
    outlet_slugs,
    outlets_known,
)
from archive.services.import_outcomes import ImportOutcome, ImportStatus
from archive.services.search_vectors import articles_insert_set
from archive.services.shared_passages import shared_passages_record

logger = logging.getLogger(__name__)

# Foreign keys `article_build` fills with rows it just read or created: validating them
# again would cost a query each per report.
LOOKED_UP = ["outlet", "original_wire", "batch", "ingested_by"]


@dataclass
class NewReport:
    """A parsed report to save: what `article_build` needs besides the chunk's outlets."""

    parsed: object
    raw: bytes
    source_name: str
    corrections: Corrections | None = None
    source_hints: dict | None = None
    content_type: str = ""


def chunk_outlets(reports: list[NewReport]) -> dict:
    """slug -> outlet for every outlet the reports (and their corrections) may name."""
    slugs = set()
    for report in reports:
        slugs |= outlet_slugs(report.parsed)
        if report.corrections and report.corrections.outlet_slug:
            slugs.add(report.corrections.outlet_slug)
    return outlets_known(slugs)


def article_build(
    report: NewReport, *, outlets: dict, status: str, user, batch: ImportBatch | None
) -> Article:
    """The unsaved article for `report`, checked (`full_clean`) and ready to insert.
    Raises ValidationError, or Outlet.DoesNotExist for a corrected outlet not in the
    archive."""
    corrections = report.corrections or Corrections()
    # Before anything is created for the report (its outlet, when new): a report refused
    # here leaves nothing behind.
    if corrections.outlet_slug and corrections.outlet_slug not in outlets:
        raise Outlet.DoesNotExist("Outlet matching query does not exist.")
    parsed = report.parsed
    article = Article(
        raw=report.raw,
        raw_sha256=sha256_hex(report.raw),
        source_name=report.source_name[:500],
        status=status,
        curated_fields=corrections.changed_fields(),
        batch=batch,
        ingested_by=user if user and user.is_authenticated else None,
    )
    fields = extracted_fields(parsed, fallback_title=report.source_name, outlets=outlets)
    for name, value in fields.items():
        setattr(article, name, value)
    # The row's metadata and the content type are kept, so that re-extraction sees them.
    article.extraction = {
        **extraction_record(parsed),
        "source_hints": report.source_hints or {},
        "content_type": report.content_type,
    }
    if corrections.outlet_slug:
        article.outlet = outlets[corrections.outlet_slug]
    for name in ("title", "published_on", "date_precision", "language"):
        if getattr(corrections, name) is not None:
            setattr(article, name, getattr(corrections, name))
    article.language = language_code(article.language)
    article.url = article.url or None  # as Article.save stores it
    # Uniqueness (URL, raw bytes, text) was looked up before (`duplicates_archived`); a
    # race with another import is refused by the database's constraints.
    article.full_clean(
        exclude=["raw", "search_vector", *LOOKED_UP],
        validate_unique=False,
        validate_constraints=False,
    )
    return article


def articles_insert(built: list[tuple[Article, NewReport]]) -> list[Article]:
    """Insert the built articles (their search vectors computed by the INSERT) and their
    parts, a statement per table whatever their number, and note their shared passages
    and counts (done at once here outside a chunk)."""
    articles = [article for article, _ in built]
    for article in articles:  # a retry after a refused chunk inserts them afresh
        article.pk = None
        article._state.adding = True
    lookup = PartsLookup.for_reports((report.parsed, report.corrections) for _, report in built)
    mentioned = [
        [row.person_id for row in mention_rows(article, report.parsed, lookup)]
        for article, report in built
    ]
    articles_insert_set(articles, mentioned)
    new_articles_parts_write(
        [(article, report.parsed, report.corrections) for article, report in built], lookup
    )
    ids = [article.pk for article in articles]
    for article in articles:
        shared_passages_record(article=article)
    articles_recount(article_ids=ids)
    return articles


def url_matches(queryset):
    """`queryset` (filtered on `url__in`) with the URL index's own predicate (`url <> ''`,
    as the unique constraint writes it): PostgreSQL proves a partial index usable from an
    IN list of at most 100 values only (a pre-parsed chunk has 500); without it such a
    look-up read the whole article table."""
    return queryset.exclude(url="")


def duplicates_archived(keys) -> dict:
    """(kind, value) -> (id, title) of the first article already holding it, for the keys
    ("raw", sha256), ("text", content hash), ("url", address) of a chunk's reports: one
    index lookup per kind for the whole chunk."""
    columns = {"raw": "raw_sha256", "text": "content_hash", "url": "url"}
    wanted: dict[str, set] = {}
    for kind, value in keys:
        if value:
            wanted.setdefault(kind, set()).add(value)
    found = {}
    for kind, values in wanted.items():
        column = columns[kind]
        # Unordered: an ORDER BY id may lead the planner to walk the primary key.
        rows = Article.objects.filter(**{f"{column}__in": values}).order_by()
        if kind == "url":
            rows = url_matches(rows)
        for pk, value, title in rows.values_list("pk", column, "title"):
            found[(kind, value)] = min(found.get((kind, value), (pk, title)), (pk, title))
    return found


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


def chunk_save(steps, *, status, user, batch, corrections: dict, seen: SeenInBatch) -> list:
    """The outcomes of a chunk's parsed reports (`import_parallel` steps), in order: those
    the parser refused fail, duplicates of the archive (looked up for the whole chunk) or
    of an earlier report of the batch are named, and the others are saved together."""
    outcomes, checked = [], []
    for step in steps:
        outcomes.append(step_refused(step))
        if outcomes[-1] is None:
            checked.append((len(outcomes) - 1, step, sha256_hex(step.item.raw)))
    archived = duplicates_archived(
        key for _, step, sha in checked for key in SeenInBatch.keys(step.parsed, sha)
    )
    pending, mates = [], {}
    for index, step, sha in checked:
        item, parsed = step.item, step.parsed
        found = [archived[key] for key in SeenInBatch.keys(parsed, sha) if key in archived]
        earlier = seen.earlier(parsed, sha)
        if found:
            outcomes[index] = duplicate_of(item.name, parsed, *min(found))
        elif earlier:
            message = f"same report as {earlier} in this batch"
            outcomes[index] = ImportOutcome(
                item.name, ImportStatus.DUPLICATE, message, parsed=parsed
            )
            mates[index] = earlier
        else:
            seen.add(parsed, sha, item.name)
            report = NewReport(
                parsed, item.raw, item.name, corrections.get(item.name), item.hints,
                item.content_type,
            )  # fmt: skip
            pending.append((index, report))
    created = {}
    for index, outcome, article in reports_save(pending, status=status, user=user, batch=batch):
        outcomes[index] = outcome
        if article is not None:
            created[outcome.name] = (article.pk, article.title)
    # A report repeating one saved earlier in its chunk: what the archive would have
    # answered had that one been committed before it was looked up.
    for index, earlier in mates.items():
        if earlier in created:
            outcomes[index] = duplicate_of(
                outcomes[index].name, outcomes[index].parsed, *created[earlier]
            )
    return outcomes


def step_refused(step) -> ImportOutcome | None:
    """The outcome of a report no archive could take (unreadable, refused by the parser,
    no text), else None."""
    if step.parsed is None:
        # A part of a file that was no report carries its own message.
        message = step.error or step.item.message
        return ImportOutcome(step.item.name, ImportStatus.FAILED, message)
    if not step.parsed.body.strip():
        return ImportOutcome(
            step.item.name, ImportStatus.FAILED, "no report text found", parsed=step.parsed
        )
    return None


def duplicate_of(name: str, parsed, pk: int, title: str) -> ImportOutcome:
    message = f"already in the archive as article {pk} ({title})"
    return ImportOutcome(name, ImportStatus.DUPLICATE, message, article_id=pk, parsed=parsed)


def reports_save(pending: list, *, status, user, batch) -> list:
    """(index, outcome, article or None) for each (index, NewReport) of `pending`: all
    saved together in a savepoint; if that fails, each in a savepoint of its own, so a
    report the database refuses fails alone and the others are saved."""
    if not pending:
        return []
    try:
        with transaction.atomic():
            return reports_insert(pending, status=status, user=user, batch=batch)
    except Exception as error:  # one report's bug must not lose the rest of the chunk
        if len(pending) == 1:
            ((index, report),) = pending
            return [(index, report_failed(report, error), None)]
    results = []
    for one in pending:
        results += reports_save([one], status=status, user=user, batch=batch)
    return results


def reports_insert(pending: list, *, status, user, batch) -> list:
    outlets = chunk_outlets([report for _, report in pending])
    results, built = [], []
    for index, report in pending:
        try:
            article = article_build(report, outlets=outlets, status=status, user=user, batch=batch)
        except (ValidationError, Outlet.DoesNotExist) as error:
            results.append((index, report_failed(report, error), None))
            continue
        built.append((index, article, report))
    articles_insert([(article, report) for _, article, report in built])
    for index, article, report in built:
        outcome = ImportOutcome(
            report.source_name, ImportStatus.CREATED, article_id=article.pk, parsed=report.parsed
        )
        results.append((index, outcome, article))
    return results


def report_failed(report: NewReport, error: Exception) -> ImportOutcome:
    if isinstance(error, (ValidationError, DatabaseError, Outlet.DoesNotExist)):
        message = validation_message(error)
    else:
        logger.exception("import of %s failed", report.source_name, exc_info=error)
        message = f"unexpected error: {error}"
    return ImportOutcome(report.source_name, ImportStatus.FAILED, message, parsed=report.parsed)


def validation_message(error) -> str:
    if isinstance(error, ValidationError) and hasattr(error, "message_dict"):
        return "; ".join(
            f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items()
        )
    return str(error).splitlines()[0]

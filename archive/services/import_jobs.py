"""Uploads read and imported by a background worker. The admin creates a job and shows its
progress; the worker (`manage.py db_worker`) runs it through `articles_import`, recording
progress after every report, so no web request waits for parsing.

The worker's memory does not grow with the batch: the uploads are read from the job one
file at a time into a temporary folder (the import reads each when its turn comes), and a
preview writes what its page shows of each report to `ImportJobReport` rows, a chunk at a
time, as the reports stream through."""

import base64
import logging
import tempfile
from datetime import date
from pathlib import Path

from django.db.models import F, Func, IntegerField, JSONField, Subquery, Value
from django.db.models.expressions import CombinedExpression
from django.db.models.fields.json import KT
from django.db.models.functions import Coalesce

from archive.models import ImportChannel, ImportJob, ImportJobReport, JobState, JobStep
from archive.services.extraction import Corrections
from archive.services.imports import (
    ImportStatus,
    articles_import,
    file_bytes,
    person_from_import,
)

logger = logging.getLogger(__name__)

# The background worker parses with one process: the web server keeps the other core.
JOB_WORKERS = 1
# What the preview keeps of a report, whatever its size.
BODY_SHOWN = 20_000
LIST_SHOWN = 50
QUOTE_SHOWN = 300
LINE_SHOWN = 500
LISTS = ("credits", "people", "unknown_names", "quotes", "meetings", "dropped", "warnings")
BULKY = ("text", "body", "errors", "notes")
# The preview's reports are written to the database this many at a time.
REPORTS_CHUNK = 100


def files_encoded(files: list) -> list:
    return [[name, base64.b64encode(data).decode()] for name, data in files]


class JSONArrayLength(Func):
    function = "jsonb_array_length"
    output_field = IntegerField()


def job_files(job_id: int, folder: Path) -> list:
    """The job's uploads as (name, Path) pairs, each decoded into `folder` one at a time
    (one file's bytes in memory, never the job's whole list)."""
    jobs = ImportJob.objects.filter(pk=job_id)
    count = jobs.values_list(Coalesce(JSONArrayLength("files"), 0), flat=True).get()
    files = []
    for index in range(count):
        name, encoded = jobs.values_list(KT(f"files__{index}__0"), KT(f"files__{index}__1")).get()
        path = folder / str(index)
        path.write_bytes(base64.b64decode(encoded))
        del encoded
        files.append((name, path))
    return files


def files_append(job_id: int, files: list) -> None:
    """Add (name, bytes) pairs to the job's uploads, in the database (the list already
    there is not read)."""
    added = Value(files_encoded(files), output_field=JSONField())
    ImportJob.objects.filter(pk=job_id).update(
        files=CombinedExpression(F("files"), "||", added, output_field=JSONField())
    )


def import_job_create(
    *,
    user,
    step: str,
    article_status: str,
    files: list | None = None,
    files_from: int | None = None,
    answers: dict | None = None,
) -> ImportJob:
    """Queue a job for the worker (run at once, in this process, by the immediate backend
    that tests use) on `files`, (name, bytes) pairs, or on the uploads of the job
    `files_from` (copied in the database). The queue lives in the same database, so the
    worker sees the job when the job row itself is committed."""
    from archive.tasks import import_job_task

    job = ImportJob.objects.create(
        user=user if user and user.is_authenticated else None,
        step=JobStep(step),
        article_status=article_status,
        files=files_encoded(files or []),
        answers=answers or {},
    )
    if files_from is not None:
        uploads = ImportJob.objects.filter(pk=files_from).values("files")[:1]
        ImportJob.objects.filter(pk=job.pk).update(files=Subquery(uploads))
    import_job_task.enqueue(job.pk)
    return ImportJob.objects.defer("files").get(pk=job.pk)


def job_progress(job_id: int, done: int) -> None:
    ImportJob.objects.filter(pk=job_id).update(done=done)


def import_job_run(*, job_id: int) -> None:
    """Run one job: a preview (parse, save nothing) or an import with the answers."""
    job = ImportJob.objects.defer("files", "result").get(pk=job_id)
    if job.state != JobState.QUEUED:
        return  # already taken by another worker, or finished
    ImportJob.objects.filter(pk=job_id).update(state=JobState.RUNNING)
    counter = {"done": 0}

    def progress(outcome):
        counter["done"] += 1
        job_progress(job_id, counter["done"])

    try:
        with tempfile.TemporaryDirectory(prefix="import-job-") as folder:
            if job.step == JobStep.PREVIEW:
                result, batch = preview_run(job, progress, Path(folder)), None
            else:
                result, batch = import_run(job, progress, Path(folder))
    except Exception as error:  # a job's failure is shown to the curator, never lost
        logger.exception("import job %s failed", job_id)
        ImportJobReport.objects.filter(job=job_id).delete()
        ImportJob.objects.filter(pk=job_id).update(state=JobState.FAILED, error=str(error))
        return
    ImportJob.objects.filter(pk=job_id).update(state=JobState.READY, result=result, batch=batch)


def preview_initial(outcome) -> dict:
    """The preview's values of one report (what the correction form starts from)."""
    from archive.services.extraction import language_code

    parsed = outcome.parsed
    return {
        "include": outcome.status == ImportStatus.PARSED,
        "title": parsed.title or outcome.name,
        "outlet": parsed.outlet_slug,
        "published_on": parsed.published.isoformat() if parsed.published else None,
        "date_precision": parsed.date_precision,
        "meetings": [parsed.auto_meeting_slug] if parsed.auto_meeting_slug else [],
        # As it would be stored: a batch row's "english-united-kingdom" must not block
        # the confirmation with a value the form cannot take.
        "language": language_code(parsed.language),
    }


def pages_fetch(job: ImportJob) -> list:
    """Fetch the job's addresses and keep the pages on the job, as uploads are kept, so
    that confirming imports the bytes the curator previewed. Returns the failures."""
    from archive.fetch import FetchError, fetch_url, fetched_source

    fetched, failures = [], []
    for url in job.answers.get("urls", []):
        try:
            fetched.append(fetched_source(fetch_url(url)))
        except FetchError as error:
            failures.append({"source": url, "message": error.message})
    if fetched:
        files_append(job.pk, fetched)
    return failures


def report_form(outcome) -> dict | None:
    """What the correction form of a parsed report starts from (None: no form)."""
    if outcome.parsed is None:
        return None
    return {
        "name": outcome.name,
        "initial": preview_initial(outcome),
        "unknown_names": outcome.parsed.unknown_names[:LIST_SHOWN],
    }


class ReportsWriter:
    """A preview's reports written to the job's ImportJobReport rows as they come,
    REPORTS_CHUNK at a time: only the bounded summary of a chunk is held here."""

    def __init__(self, job_id: int):
        self.job_id, self.position, self.pending = job_id, 0, []

    def add(self, outcome) -> None:
        self.pending.append(
            ImportJobReport(
                job_id=self.job_id,
                position=self.position,
                shown=outcome_shown(outcome),
                form=report_form(outcome),
            )
        )
        self.position += 1
        if len(self.pending) >= REPORTS_CHUNK:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            ImportJobReport.objects.bulk_create(self.pending)
            self.pending = []


def preview_run(job: ImportJob, progress, folder: Path) -> dict:
    """Read the job's files (saving nothing) and write, for each report, only what the
    preview page shows: short fields, counts, and the first few of each long list and of
    the clean text. The outcomes stream through; the job's memory does not hold them."""
    not_fetched = pages_fetch(job)
    files = job_files(job.pk, folder)
    ImportJob.objects.filter(pk=job.pk).update(total=reports_in(files))
    writer = ReportsWriter(job.pk)

    def kept(outcome):
        writer.add(outcome)
        progress(outcome)

    preview = articles_import(
        files=files,
        channel=ImportChannel.ADMIN,
        dry_run=True,
        progress=kept,
        workers=JOB_WORKERS,
        keep_outcomes=False,
    )
    writer.flush()
    return {"summary": preview.summary(), "not_fetched": not_fetched}


def outcome_shown(outcome) -> dict:
    """One report of the preview, bounded whatever its size: the fields the page shows,
    the first LIST_SHOWN of each list (with the full count), quotes cut to QUOTE_SHOWN
    characters and the clean text to BODY_SHOWN."""
    shown = {"source": outcome.name, "status": outcome.status}
    if outcome.message:
        shown["message"] = outcome.message[:1000]
    parsed = outcome.parsed
    if parsed is None:
        return shown
    data = {name: value for name, value in parsed.to_dict().items() if name not in BULKY}
    for name in LISTS:
        data[f"{name}_count"] = len(data[name])
        data[name] = data[name][:LIST_SHOWN]
    for quote in data["quotes"]:
        quote["text"] = quote["text"][:QUOTE_SHOWN]
    for line in data["dropped"]:
        line["line"] = line["line"][:LINE_SHOWN]
    data["body"] = parsed.body[:BODY_SHOWN]
    data["body_length"] = len(parsed.body)
    data["shared_text"] = outcome.shared[:LIST_SHOWN]
    shown["parsed"] = data
    return shown


def reports_in(files: list) -> int:
    from archive.ingest.sources import read_sources
    from archive.services.imports import with_unique_names

    return sum(
        1 for name, data in with_unique_names(files) for _ in read_sources(name, file_bytes(data))
    )


def corrections_decoded(answer: dict) -> Corrections:
    published_on = answer.get("published_on")
    return Corrections(
        title=answer.get("title"),
        outlet_slug=answer.get("outlet_slug"),
        published_on=date.fromisoformat(published_on) if published_on else None,
        date_precision=answer.get("date_precision"),
        meeting_slugs=answer.get("meeting_slugs"),
        language=answer.get("language"),
    )


def import_run(job: ImportJob, progress, folder: Path):
    answers = job.answers
    for name in sorted(answers.get("new_people", [])):
        person_from_import(name=name)
    files = job_files(job.pk, folder)
    ImportJob.objects.filter(pk=job.pk).update(total=reports_in(files))
    report = articles_import(
        files=files,
        channel=ImportChannel.ADMIN,
        status=job.article_status,
        user=job.user,
        corrections={
            name: corrections_decoded(answer)
            for name, answer in answers.get("corrections", {}).items()
        },
        skip=set(answers.get("skip", [])),
        progress=progress,
    )
    result = {
        "summary": report.summary(),
        "failed": [
            {"source": o.name, "message": o.message}
            for o in report.outcomes
            if o.status == ImportStatus.FAILED
        ],
    }
    return result, report.batch

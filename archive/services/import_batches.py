"""The batch log of an import: started, kept up to date as the import goes (so a kill loses
nothing of what it says), finished or marked interrupted."""

import os
import time
from datetime import timedelta

from django.db.models import Count, F, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from archive.models import Article, BatchState, ImportBatch, ImportChannel

# A batch log's list of failures is rewritten at most this often while the batch runs.
ERRORS_EVERY_SECONDS = 1.0


def batch_start(*, files: list, channel: str, user) -> ImportBatch:
    batches_mark_interrupted()
    return ImportBatch.objects.create(
        user=user if user and user.is_authenticated else None,
        channel=ImportChannel(channel),
        source=", ".join(name for name, _ in files)[:500],
        pid=os.getpid(),
        heartbeat_at=timezone.now(),
    )


def batch_record(batch: ImportBatch, report, *, state: str = "") -> None:
    """The batch log brought up to date: counts after every chunk, the list of failures
    when it grew (at most every ERRORS_EVERY_SECONDS while running), the final state."""
    batch.created, batch.duplicates, batch.failed = report.created, report.duplicates, report.failed
    batch.heartbeat_at = timezone.now()
    fields = ["created", "duplicates", "failed", "heartbeat_at"]
    written = getattr(batch, "_errors_written", (0, 0.0))
    if len(report.failures) != written[0] and (
        state or time.monotonic() - written[1] >= ERRORS_EVERY_SECONDS
    ):
        batch.errors = list(report.failures)
        batch._errors_written = (len(report.failures), time.monotonic())
        fields.append("errors")
    if state:
        batch.state, batch.finished_at = state, batch.heartbeat_at
        fields += ["state", "finished_at"]
    batch.save(update_fields=fields)


# A running import records progress after every chunk (at most a second's worth of reports,
# `imports.CHUNK_SECONDS`); one silent for this long is dead.
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

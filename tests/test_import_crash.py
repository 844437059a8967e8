"""Crash-true import logs: an import killed with SIGKILL half-way leaves no half-written
article, a rerun completes the batch exactly once, and the logs say what happened."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection

from archive.models import Article, BatchState, ImportBatch
from archive.services import articles_import, batches_mark_interrupted

pytestmark = pytest.mark.django_db(transaction=True)

ROOT = Path(__file__).resolve().parents[1]
# Enough that the kill lands between the batch's chunks (20 reports a transaction): chunks
# are written set-wise now, and 40 reports could all be saved between two looks.
REPORTS = 200


def batch_file(path: Path) -> Path:
    rows = [
        {
            "url": f"https://example.org/crash-{n}",
            "title": f"Alliance report number {n}",
            "text": (
                f"TOKYO, Jan 7 -- Report {n}: Antony Blinken and Yoshimasa Hayashi met for "
                f"the talks. Topic {n} was the alliance and item {n * 7} the budget.\n\n"
                + " ".join(f"Sentence {n}-{k} about deterrence." for k in range(30))
            ),
        }
        for n in range(REPORTS)
    ]
    path.write_text("\n".join(json.dumps(row) for row in rows), encoding="utf-8")
    return path


def database_url() -> str:
    settings = connection.settings_dict
    return f"postgresql://{settings['USER']}:@/{settings['NAME']}?host={settings['HOST']}"


def test_an_import_killed_halfway_is_logged_interrupted_and_a_rerun_completes_it(
    reference, tmp_path
):
    path = batch_file(tmp_path / "batch.jsonl")
    env = {**os.environ, "DATABASE_URL": database_url()}
    process = subprocess.Popen(
        [sys.executable, "manage.py", "import_articles", str(path)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while Article.objects.count() < 5:
            assert process.poll() is None, "the import ended before it could be killed"
            assert time.monotonic() < deadline, "the import never got going"
            time.sleep(0.2)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()

    killed = ImportBatch.objects.get()
    assert killed.state == BatchState.RUNNING  # it could not say so itself
    saved = Article.objects.count()
    assert 5 <= saved < REPORTS
    # No half-written article: each one saved is whole.
    for article in Article.objects.all():
        assert article.body and article.search_vector is not None
        assert article.mentions.exists()

    assert batches_mark_interrupted() == 1
    killed.refresh_from_db()
    assert killed.state == BatchState.INTERRUPTED
    assert killed.created == killed.articles.count() == saved
    assert killed.finished_at is not None

    report = articles_import(files=[("batch.jsonl", path.read_bytes())], channel="command")
    assert report.created == REPORTS - saved
    assert report.duplicates == saved
    assert report.batch.state == BatchState.FINISHED
    assert Article.objects.count() == REPORTS
    assert Article.objects.values("url").distinct().count() == REPORTS


def test_a_batch_records_progress_chunk_by_chunk(reference, monkeypatch):
    """The log is brought up to date once a chunk, in the chunk's transaction, after the
    consumer has seen the chunk's outcomes: another reader sees the chunk's reports counted
    when they are committed (never before, never after), and a report costs no UPDATE of
    its own."""
    from django.test.utils import CaptureQueriesContext

    from archive.services import imports

    monkeypatch.setattr(imports, "CHUNK_REPORTS", 1)
    # Chunks also close on time (CHUNK_SECONDS): on a loaded machine three reports can take
    # longer than that, which would split the one-chunk import below into two.
    monkeypatch.setattr(imports, "CHUNK_SECONDS", 3600.0)
    seen = []

    def progress(outcome):
        batch = ImportBatch.objects.get()
        done = batch.created + batch.duplicates + batch.failed
        seen.append((done, batch.state, outcome.status))

    texts = [(f"r{n}.txt", f"Report {n} on Blinken and the alliance.".encode()) for n in range(3)]
    with CaptureQueriesContext(connection) as one_a_chunk:
        articles_import(files=texts, channel="command", progress=progress)
    # The callback runs inside its report's chunk: that report is done, not yet counted.
    assert [(done, state) for done, state, _ in seen] == [(n, BatchState.RUNNING) for n in range(3)]
    batch = ImportBatch.objects.get()
    statuses = [status for _, _, status in seen]
    assert [batch.created, batch.failed] == [statuses.count("created"), statuses.count("failed")]
    assert batch.created + batch.duplicates + batch.failed == 3
    assert batch.state == BatchState.FINISHED

    def log_updates(captured) -> int:
        return sum('UPDATE "archive_importbatch"' in q["sql"] for q in captured.captured_queries)

    monkeypatch.setattr(imports, "CHUNK_REPORTS", 20)
    again = [(f"s{n}.txt", f"Story {n} on Hayashi and the alliance.".encode()) for n in range(3)]
    with CaptureQueriesContext(connection) as one_chunk:
        articles_import(files=again, channel="command")
    # Three chunks and the end, against one chunk and the end (the batches' start marks
    # older ones interrupted with one more UPDATE each time).
    assert log_updates(one_a_chunk) - log_updates(one_chunk) == 2


def test_a_failing_import_is_logged_interrupted(reference, monkeypatch):
    from archive.services import imports

    def explode(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(imports, "chunk_save", explode)
    with pytest.raises(KeyboardInterrupt):
        articles_import(files=[("r.txt", b"Report on Blinken.")], channel="command")
    assert ImportBatch.objects.get().state == BatchState.INTERRUPTED

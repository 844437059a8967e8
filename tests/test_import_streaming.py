"""Imports streamed: reports parsed by worker processes come back in order, one report's
failure (or its worker's death) is that report's alone, a dry run lets each outcome go once
its window is matched, and the preview keeps a bounded summary of every report."""

import gc
import json
import os
import weakref

import pytest

from archive.ingest.sources import read_sources
from archive.selectors import reference_snapshot
from archive.services import articles_import, imports
from archive.services.import_jobs import outcome_shown
from archive.services.import_parallel import parsed_in_order
from archive.services.imports import ImportStatus

pytestmark = pytest.mark.django_db


def report(n: int) -> str:
    return (
        f"TOKYO, Jan 7 -- Report {n}: Antony Blinken and Yoshimasa Hayashi met for the talks. "
        f"Item {n * 7} was the budget."
    )


def batch(count: int) -> bytes:
    rows = [{"url": f"https://example.org/s/{n}", "text": report(n)} for n in range(count)]
    return "\n".join(json.dumps(row) for row in rows).encode()


def summary(step) -> tuple:
    parsed = step.parsed
    if parsed is None:
        return step.item.name, step.error, None
    return step.item.name, step.error, (parsed.title, parsed.body, [p.slug for p in parsed.people])


def test_two_worker_processes_give_the_results_of_one_in_the_same_order(reference):
    data = batch(12) + b"\n{broken\n" + json.dumps({"text": report(99)}).encode()
    reference_data = reference_snapshot()

    def run(workers):
        items = read_sources("rows.jsonl", data)
        return [
            summary(s) for s in parsed_in_order(items, reference=reference_data, workers=workers)
        ]

    alone, pooled = run(1), run(2)
    assert pooled == alone
    assert [name for name, *_ in pooled][-2:] == ["rows.jsonl#13", "rows.jsonl#14"]
    assert pooled[-2][2] is None and pooled[-1][2] is not None
    assert len(pooled) == 14


def test_a_parser_bug_on_one_report_fails_that_report_only(reference, monkeypatch):
    from archive.ingest import pipeline

    real = pipeline.parse_report

    def buggy(raw, **kwargs):
        if b"Report 3:" in raw:
            raise ZeroDivisionError("a bug")
        return real(raw, **kwargs)

    monkeypatch.setattr(pipeline, "parse_report", buggy)  # inherited by the forked workers
    steps = list(
        parsed_in_order(
            read_sources("r.jsonl", batch(6)), reference=reference_snapshot(), workers=2
        )
    )
    assert [bool(step.parsed) for step in steps] == [True, True, True, False, True, True]
    assert "ZeroDivisionError: a bug" in steps[3].error


def test_a_worker_that_dies_fails_its_report_and_the_others_are_read(reference, monkeypatch):
    from archive.ingest import pipeline

    real = pipeline.parse_report

    def deadly(raw, **kwargs):
        if b"Report 0:" in raw:
            os._exit(9)  # as if killed for its memory
        return real(raw, **kwargs)

    monkeypatch.setattr(pipeline, "parse_report", deadly)
    steps = list(
        parsed_in_order(
            read_sources("r.jsonl", batch(6)), reference=reference_snapshot(), workers=2
        )
    )
    assert [step.item.name for step in steps] == [f"r.jsonl#{n}" for n in range(1, 7)]
    assert steps[0].parsed is None and "parsing process died" in steps[0].error
    assert all(step.parsed is not None for step in steps[1:])


def test_an_import_with_workers_saves_every_report_in_order(reference):
    result = articles_import(files=[("rows.jsonl", batch(8))], channel="command", workers=2)
    assert result.created == 8
    assert [o.name for o in result.outcomes] == [f"rows.jsonl#{n}" for n in range(1, 9)]


def test_a_streamed_dry_run_lets_each_outcome_go_after_its_window(reference, monkeypatch):
    """Nothing is kept for the whole batch: when the 25th report is handed on, the parsed
    reports of the first window (10) are gone from memory."""
    monkeypatch.setattr(imports, "PREVIEW_WINDOW", 10)
    alive, seen = [], []

    def watch(outcome):
        seen.append(outcome.status)
        alive.append(weakref.ref(outcome.parsed))
        if len(seen) == 25:
            gc.collect()
            assert [ref() is None for ref in alive[:10]] == [True] * 10

    result = articles_import(
        files=[("rows.jsonl", batch(30))],
        channel="command",
        dry_run=True,
        progress=watch,
        keep_outcomes=False,
    )
    assert result.outcomes == [] and result.count(ImportStatus.PARSED) == 30
    assert result.summary() == "30 ready to import, 0 duplicates, 0 failed (30 reports)"
    assert len(seen) == 30


def test_the_preview_keeps_a_bounded_summary_of_a_long_report(reference, monkeypatch):
    """What the preview keeps of a report does not grow with the report: the limits are
    made small here so that a short report is "long"."""
    from archive.services import import_jobs

    monkeypatch.setattr(import_jobs, "BODY_SHOWN", 500)
    monkeypatch.setattr(import_jobs, "LIST_SHOWN", 3)
    furniture = "\n\n".join(f"Follow us on Telegram for more news {n}" for n in range(12))
    paragraphs = "\n\n".join(
        f'Antony Blinken said item {n} mattered. "We stand together on item {n}," he said.'
        for n in range(40)
    )
    text = f"TOKYO, Jan 7 -- Talks.\n\n{paragraphs}\n\n{furniture}"
    kept = []
    articles_import(
        files=[("long.txt", text.encode())],
        channel="command",
        dry_run=True,
        progress=lambda outcome: kept.append((outcome, outcome_shown(outcome))),
        keep_outcomes=False,
    )
    ((outcome, shown),) = kept
    parsed = shown["parsed"]
    assert parsed["body_length"] == len(outcome.parsed.body) > 4 * 500
    assert "text" not in parsed and len(parsed["body"]) == 500
    for name in ("dropped", "quotes", "people"):
        assert len(parsed[name]) == min(3, len(getattr(outcome.parsed, name)))
        assert parsed[f"{name}_count"] == len(getattr(outcome.parsed, name))
    assert len(outcome.parsed.quotes) > 3


def test_a_report_the_database_refuses_mid_chunk_loses_nothing_else(reference, monkeypatch):
    """A chunk's reports are written together in a savepoint of its transaction; when the
    database refuses them (division by zero in PostgreSQL on the third), each is written
    again in a savepoint of its own, so that report alone is rolled back."""
    from django.db import connection

    from archive.models import Article, ImportBatch, Mention
    from archive.services import import_writes

    real = import_writes.shared_passages_record

    def refuse_third(*, article):
        if article.url.endswith("/2"):
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1 / 0")
        return real(article=article)

    monkeypatch.setattr(import_writes, "shared_passages_record", refuse_third)
    result = articles_import(files=[("rows.jsonl", batch(5))], channel="command")
    assert [o.status for o in result.outcomes] == ["created"] * 2 + ["failed"] + ["created"] * 2
    assert "division by zero" in result.outcomes[2].message
    assert not Article.objects.filter(url="https://example.org/s/2").exists()
    assert Mention.objects.filter(article__batch=result.batch).count() == 4 * 2
    log = ImportBatch.objects.get()
    assert (log.created, log.failed, log.state) == (4, 1, "finished")


def test_the_preview_job_holds_no_more_memory_at_the_end_of_a_batch_than_early_on(
    reference, monkeypatch
):
    """The worker's memory does not grow with the batch: traced memory (tracemalloc) after
    the 20th report and after the 120th differ by well under the size of what the page
    shows of a report, and every report's summary is in the database. Sampled when a
    chunk of reports was just written and at the same point of the shared-text window;
    the pipeline's caches, bounded by their own size, are emptied before each sample."""
    import tracemalloc

    from archive.ingest.boilerplate import screen_caches_clear
    from archive.ingest.minhash import stem_hashes, stem_table_clear
    from archive.ingest.similarity import cached_sentences
    from archive.models import ArticleStatus, ImportJob, ImportJobReport, JobStep
    from archive.services import import_jobs

    monkeypatch.setattr(import_jobs, "REPORTS_CHUNK", 10)
    monkeypatch.setattr(imports, "PREVIEW_WINDOW", 10)
    samples, real_progress = {}, import_jobs.job_progress

    def sampled(job_id, done):
        real_progress(job_id, done)
        if done in (20, 120):
            cached_sentences.cache_clear()
            stem_hashes.cache_clear()
            stem_table_clear()
            screen_caches_clear()
            gc.collect()
            samples[done] = tracemalloc.get_traced_memory()[0]

    monkeypatch.setattr(import_jobs, "job_progress", sampled)
    tracemalloc.start()
    try:
        job = import_jobs.import_job_create(
            user=None,
            step=JobStep.PREVIEW,
            files=[("rows.jsonl", batch(120))],
            article_status=ArticleStatus.DRAFT,
        )
    finally:
        tracemalloc.stop()
    job = ImportJob.objects.get(pk=job.pk)
    assert job.result["summary"].startswith("120 ready to import")
    assert ImportJobReport.objects.filter(job=job).count() == 120
    one = ImportJobReport.objects.get(job=job, position=0)
    shown_size = len(json.dumps(one.shown)) + len(json.dumps(one.form))
    per_report = (samples[120] - samples[20]) / 100
    # What stays per report is the batch's duplicate keys (three hashes and a name); the
    # summaries kept in a list, as the job kept them before, measured about 7 kB a report.
    assert per_report < 1500 < shown_size, (per_report, shown_size)


def test_a_preview_job_that_fails_halfway_keeps_its_error_and_none_of_its_reports(
    reference, monkeypatch
):
    """Reports are written a chunk at a time as the job goes; a job that then fails says
    why and leaves no partial preview behind."""
    from archive.models import ArticleStatus, ImportJob, ImportJobReport, JobState, JobStep
    from archive.services import import_jobs

    monkeypatch.setattr(import_jobs, "REPORTS_CHUNK", 2)
    written = []

    def failing(job_id, done):
        written.append(ImportJobReport.objects.filter(job=job_id).count())
        if done == 5:
            raise RuntimeError("the worker lost its database")

    monkeypatch.setattr(import_jobs, "job_progress", failing)
    job = import_jobs.import_job_create(
        user=None,
        step=JobStep.PREVIEW,
        files=[("rows.jsonl", batch(8))],
        article_status=ArticleStatus.DRAFT,
    )
    job = ImportJob.objects.get(pk=job.pk)
    assert written == [0, 2, 2, 4, 4]  # streamed: two rows at a time, before the failure
    assert job.state == JobState.FAILED and job.error == "the worker lost its database"
    assert not ImportJobReport.objects.filter(job=job).exists()

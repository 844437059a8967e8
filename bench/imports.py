"""Import throughput for the benchmark (`make bench`): raw reports through the whole
pipeline with its parse workers, and a pre-parsed JSON Lines batch in bulk, both into the
corpus inside a transaction that is rolled back, and the line they make in
docs/benchmarks.md."""

import json
import os
import re
import time
from contextlib import nullcontext

from django.db import connection, transaction


def import_batch(*, seed: int, count: int, variant: int = 0) -> bytes:
    """`count` new reports as a JSON Lines batch (text and a URL only, so the pipeline
    reads title, date, people and meetings itself), written by the corpus generator from
    report numbers past the corpus, so none is a duplicate. Another `variant` gives other
    reports (other passage keys: index pages an earlier run has not just read)."""
    from archive.corpus.entities import entities_read
    from archive.corpus.generator import Writer
    from archive.corpus.plan import plan_build

    entities = entities_read(seed=seed)
    plan = plan_build(reports=count, seed=seed + 7919 + variant, entities=entities, first_id=10**9)
    rows = Writer(plan, entities).chunk_rows(0, count)["article"]
    lines = [
        json.dumps(
            {
                "url": row["url"],
                "title": row["title"],
                "published": row["published_on"].isoformat(),
                "text": row["body"],
            }
        )
        for row in rows
    ]
    return "\n".join(lines).encode()


class BudgetSpent(Exception):
    pass


PREPARSED_REPORTS = 5_000


def import_measure(
    *,
    seed: int,
    count: int,
    budget: float,
    workers: int = 2,
    preparsed: int = PREPARSED_REPORTS,
    variant: int = 0,
) -> dict:
    """Reports per second through `articles_import` (parse in `workers` processes, extract,
    match, save in chunks, shared passages, search vector), one batch of `count` reports
    stopped after `budget` seconds, inside a transaction that is rolled back; then the
    pre-parsed path (`preparsed_measure`)."""
    from archive.models import ArticleStatus
    from archive.services import articles_import

    data = import_batch(seed=seed, count=count, variant=variant)
    done = {"reports": 0, "created": 0, "failed": 0}
    wal = wal_position()
    started = time.perf_counter()
    cpu = os.times()

    def counted(outcome):
        done["reports"] += 1
        done[outcome.status] = done.get(outcome.status, 0) + 1
        if time.perf_counter() - started > budget:
            raise BudgetSpent

    with transaction.atomic():
        try:
            articles_import(
                files=[("bench.jsonl", data)],
                channel="command",
                status=ArticleStatus.PUBLISHED,
                progress=counted,
                workers=workers,
                keep_outcomes=False,
            )
        except BudgetSpent:
            pass
        seconds = time.perf_counter() - started
        transaction.set_rollback(True)
    return {
        "reports": done["reports"],
        "created": done["created"],
        "failed": done["failed"],
        "workers": workers,
        "seconds": round(seconds, 2),
        "per_second": round(done["reports"] / seconds, 2) if seconds else 0,
        "cpu_seconds": cpu_since(cpu),
        "wal": wal_since(wal, reports=done["reports"]),
        "pre_parsed": preparsed_measure(seed=seed, count=preparsed) if preparsed else None,
    }


def cpu_since(before) -> dict:
    """CPU seconds of this process and of its finished children (the parse workers) since
    `before` (os.times()): how busy both cores were, whatever else ran on the machine."""
    now = os.times()
    return {
        "importer": round(now.user + now.system - before.user - before.system, 1),
        "workers": round(
            now.children_user + now.children_system - before.children_user
            - before.children_system, 1
        ),
    }  # fmt: skip


def wal_position() -> tuple:
    """The server's WAL insert position and its checkpoint count so far."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_current_wal_insert_lsn(), checkpoints_timed + checkpoints_req"
            " FROM pg_stat_bgwriter"
        )
        return cursor.fetchone()


def wal_since(before: tuple, *, reports: int) -> dict:
    """WAL written and checkpoints started since `before` (`wal_position()`), server-wide:
    other sessions' writes count too, so read it on a quiet server. The first change to a
    page after a checkpoint logs the whole page, so WAL a chunk (20 reports) says how many
    pages an import dirtied for the first time in a checkpoint cycle."""
    lsn, checkpoints = before
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), %s),"
            " checkpoints_timed + checkpoints_req - %s FROM pg_stat_bgwriter",
            [lsn, checkpoints],
        )
        written, started = cursor.fetchone()
    chunks = max(1, -(-reports // 20))
    return {
        "megabytes": round(float(written) / 2**20, 1),
        "megabytes_a_chunk": round(float(written) / 2**20 / chunks, 2),
        "checkpoints": started,
    }


def preparsed_batch(*, seed: int, count: int) -> bytes:
    """`count` new reports as pre-parsed JSON Lines (`import_articles --preparsed`): the
    corpus generator's rows past the corpus, their ids turned into the archive's slugs."""
    from archive.corpus.entities import entities_read
    from archive.corpus.generator import Writer
    from archive.corpus.plan import plan_build
    from archive.models import Person, Topic

    entities = entities_read(seed=seed)
    plan = plan_build(reports=count, seed=seed + 104729, entities=entities, first_id=2 * 10**9)
    rows = Writer(plan, entities).chunk_rows(0, count)
    outlets = {outlet["id"]: outlet["slug"] for outlet in entities.outlets}
    meetings = {meeting["id"]: meeting["slug"] for meeting in entities.meetings}
    people = dict(Person.objects.values_list("pk", "slug"))
    topics = dict(Topic.objects.values_list("pk", "slug"))
    parts: dict[int, dict] = {row["id"]: {"people": [], "quotes": [], "topics": [], "meetings": []}
                              for row in rows["article"]}  # fmt: skip
    for row in rows["mention"]:
        parts[row["article_id"]]["people"].append(
            {"slug": people[row["person_id"]], "count": row["count"]}
        )
    for row in rows["quote"]:
        parts[row["article_id"]]["quotes"].append(
            {"speaker": people[row["speaker_id"]], "text": row["text"], "start": row["start"],
             "end": row["end"], "form": row["form"]}
        )  # fmt: skip
    for row in rows["article_topic"]:
        parts[row["article_id"]]["topics"].append(topics[row["topic_id"]])
    for row in rows["article_meeting"]:
        parts[row["article_id"]]["meetings"].append(meetings[row["meeting_id"]])
    lines = []
    for row in rows["article"]:
        line = {key: row[key] for key in ("title", "body", "url", "language", "section", "byline")}
        line.update(parts[row["id"]], outlet=outlets[row["outlet_id"]])
        line.update(published=row["published_on"].isoformat(), date_precision=row["date_precision"])
        lines.append(json.dumps(line))
    return "\n".join(lines).encode()


def preparsed_measure(*, seed: int, count: int) -> dict:
    """Reports per second through `preparsed_import` (bulk, no shared-passage comparison:
    the path for the largest loads), inside a transaction that is rolled back."""
    from archive.services.preparsed import preparsed_import

    data = preparsed_batch(seed=seed, count=count)
    started = time.perf_counter()
    with transaction.atomic():
        report = preparsed_import(
            files=[("bench-preparsed.jsonl", data)], status="published", shared_passages=False
        )
        seconds = time.perf_counter() - started
        transaction.set_rollback(True)
    return {
        "reports": report.total,
        "created": report.created,
        "failed": report.failed,
        "duplicates": report.duplicates,
        "seconds": round(seconds, 2),
        "per_second": round(report.total / seconds, 1) if seconds else 0,
        "first_failure": report.failures[0]["message"][:200] if report.failures else "",
    }


def import_line(imports: dict) -> str:
    if "error" in imports:
        return f"- Import through the whole pipeline: **failed: {imports['error']}**."
    cpu = imports["cpu_seconds"]
    pre = imports["pre_parsed"] or {
        "reports": 0, "seconds": 0, "per_second": 0, "created": 0, "duplicates": 0, "failed": 0,
        "first_failure": "",
    }  # fmt: skip
    failure = f"; first failure: {pre['first_failure']}" if pre["first_failure"] else ""
    return (
        f"- Import through the whole pipeline (`articles_import`, JSON Lines, "
        f"{imports['workers']} parse workers, into this corpus, rolled back): "
        f"{imports['reports']} reports in {imports['seconds']} s = "
        f"{imports['per_second']} reports/s ({imports['created']} created, "
        f"{imports['failed']} failed; CPU s: importer {cpu['importer']}, parse workers "
        f"{cpu['workers']}). Pre-parsed import (`preparsed_import`, bulk, no shared-passage "
        f"comparison, rolled back): {pre['reports']} reports in {pre['seconds']} s = "
        f"{pre['per_second']} reports/s ({pre['created']} created, {pre['duplicates']} "
        f"duplicates, {pre['failed']} failed{failure})."
    )


class StatementTimer:
    """Every statement's wall time as the client sees it, summed by the statement's first
    words (`--statements`): where an import waits on PostgreSQL, without
    pg_stat_statements."""

    def __init__(self):
        self.by_shape: dict[str, list] = {}

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            shape = re.sub(r"\s+", " ", sql).strip()[:110]
            entry = self.by_shape.setdefault(shape, [0, 0.0])
            entry[0] += 1
            entry[1] += time.perf_counter() - started

    def slowest(self, count: int = 15) -> list:
        ranked = sorted(self.by_shape.items(), key=lambda item: -item[1][1])[:count]
        total = sum(seconds for _, seconds in self.by_shape.values())
        rows = [[round(seconds, 3), calls, shape] for shape, (calls, seconds) in ranked]
        return [[round(total, 3), sum(c for c, _ in self.by_shape.values()), "all"], *rows]


def main(argv=None) -> None:
    """The import line alone, against an existing corpus database, rolled back (nothing is
    written to it): `python -m bench.imports --database archive_bench --reports 400
    --budget 90 --preparsed 2000`. Prints the figures as JSON with the machine's load."""
    import argparse

    import django

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--database", default="archive_bench")
    parser.add_argument("--reports", type=int, default=400)
    parser.add_argument("--budget", type=float, default=90.0)
    parser.add_argument("--preparsed", type=int, default=PREPARSED_REPORTS)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--variant", type=int, default=0, help="import other new reports (other keys)"
    )
    parser.add_argument(
        "--statements", action="store_true", help="time every statement from the client"
    )
    options = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()
    from archive.corpus import load

    load.database_use(options.database)
    seed = (load.corpus_info() or {}).get("seed", 1)
    result = {"load_before": os.getloadavg()}
    timer = StatementTimer()
    with connection.execute_wrapper(timer) if options.statements else nullcontext():
        if options.reports:
            result.update(
                import_measure(
                    seed=seed,
                    count=options.reports,
                    budget=options.budget,
                    workers=options.workers,
                    preparsed=options.preparsed,
                    variant=options.variant,
                )
            )
        else:
            result["pre_parsed"] = preparsed_measure(seed=seed, count=options.preparsed)
    result["load_after"] = os.getloadavg()
    if options.statements:
        result["statements"] = timer.slowest()
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()

"""`make bench`: the archive measured at scale, through the real server.

Builds or reuses the synthetic corpus (`archive.corpus`) in its own database, starts
gunicorn on a free loopback port against it, and times the pages over HTTP (`bench/`);
for each page, one more request through Django's test client captures its SQL (the query
count), which is run again directly with psycopg (the raw SQL time) and the slowest query
explained. Then the CSV export of about 100,000 matches (time and the worker's peak
memory from /proc), 8 concurrent clients, and import throughput through the whole
pipeline (in a transaction rolled back, so the corpus stays as built)."""

import os
import platform
import time
from dataclasses import dataclass, field
from datetime import date

import psycopg
from django.db import connection

from archive.corpus import DEFAULT_DATABASE, corpus_generate
from archive.corpus.vocabulary import Vocabulary
from bench.http import get, load_run, page_time
from bench.imports import import_line, import_measure
from bench.server import Gunicorn, RssSampler, memory_kb
from bench.sql import PageSql, page_queries, sql_time

SEARCH_TARGET_MS = 150
DETAIL_TARGET_MS = 100
CEILING_MS = 500
SQL_TIMEOUT_S = 120
GUNICORN_CONFIG = "config/gunicorn.conf.py"  # what make run and the Dockerfile use
EXPORT_MATCHES = 100_000
COMMON_WORD = "alliance"
PHRASE = '"hypersonic missile"'
MINISTER_RANGE = ("2022-01-01", "2024-12-31")


@dataclass
class Page:
    name: str
    path: str
    target_ms: int
    timing: object = None
    sql: object = None


@dataclass
class BenchmarkResult:
    reports: int
    seed: int
    database: str
    corpus: object
    pages: list = field(default_factory=list)
    export: dict = field(default_factory=dict)
    load: object = None
    load_paths: list = field(default_factory=list)
    imports: dict = field(default_factory=dict)
    seconds: float = 0.0


def scalar(sql: str, params=()):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    return row[0] if row else None


def pages_plan(*, seed: int) -> list[Page]:
    """The pages to time, their probes read from the corpus: the rare word from the
    vocabulary of `seed`; the biggest meeting, the most mentioned person, the outlet with
    the most reports and the report in the most shared pairs from the database."""
    rare = Vocabulary(seed).rare_word
    published = scalar("SELECT count(*) FROM archive_article WHERE status = 'published'")
    minister = scalar(
        "SELECT p.slug FROM archive_person p JOIN archive_mention m ON m.person_id = p.id "
        "WHERE p.slug = 'antony-blinken' OR p.description <> 'Synthetic person.' "
        "GROUP BY p.slug ORDER BY (p.slug = 'antony-blinken') DESC, count(*) DESC LIMIT 1"
    )
    person = scalar(
        "SELECT p.slug FROM archive_person p JOIN archive_mention m ON m.person_id = p.id "
        "GROUP BY p.slug ORDER BY count(*) DESC LIMIT 1"
    )
    meeting = scalar(
        "SELECT m.slug FROM archive_meeting m JOIN archive_articlemeeting l "
        "ON l.meeting_id = m.id GROUP BY m.slug ORDER BY count(*) DESC LIMIT 1"
    )
    outlet = scalar(
        "SELECT o.slug FROM archive_outlet o JOIN archive_article a ON a.outlet_id = o.id "
        "GROUP BY o.slug ORDER BY count(*) DESC LIMIT 1"
    )
    article = scalar(
        "SELECT a.id FROM archive_article a JOIN archive_sharedpassage s "
        "ON a.id IN (s.first_id, s.second_id) WHERE a.status = 'published' "
        "GROUP BY a.id ORDER BY count(*) DESC, a.id LIMIT 1"
    ) or scalar("SELECT min(id) FROM archive_article WHERE status = 'published'")
    deep = max(1, published // 20 // 2)
    start, end = MINISTER_RANGE
    search = SEARCH_TARGET_MS
    detail = DETAIL_TARGET_MS
    return [
        Page("common word", f"/articles/?q={COMMON_WORD}", search),
        Page("rare word", f"/articles/?q={rare}", search),
        Page("phrase", "/articles/?q=%22hypersonic+missile%22", search),
        Page("name as words", "/articles/?q=Blinken", search),
        Page(
            "minister + date range",
            f"/articles/?person={minister}&date_from={start}&date_to={end}",
            search,
        ),
        Page("unfiltered list", "/articles/", search),
        Page(f"deep page ({deep})", f"/articles/?page={deep}", search),
        Page("biggest meeting", f"/meetings/{meeting}/", detail),
        Page("person", f"/people/{person}/", detail),
        Page("outlet", f"/outlets/{outlet}/", detail),
        Page("article", f"/articles/{article}/", detail),
        Page("meetings list", "/meetings/", search),
        Page("people list", "/people/", search),
        Page("topics list", "/topics/", search),
    ]


def export_path() -> tuple[str, int]:
    """A CSV export of about EXPORT_MATCHES published reports: every one from the day
    that leaves that many (all of them when there are fewer)."""
    day = scalar(
        "SELECT published_on FROM archive_article WHERE status = 'published' "
        "ORDER BY published_on DESC NULLS LAST, id DESC OFFSET %s LIMIT 1",
        [EXPORT_MATCHES - 1],
    )
    if day is None:
        total = scalar("SELECT count(*) FROM archive_article WHERE status = 'published'")
        return "/articles.csv", total
    matches = scalar(
        "SELECT count(*) FROM archive_article WHERE status = 'published' AND published_on >= %s",
        [day],
    )
    return f"/articles.csv?date_from={day.isoformat()}", matches


def export_measure(server: Gunicorn, path: str, *, timeout: float) -> dict:
    """One GET of the export, read to the end, while the workers' resident memory is
    sampled every 0.1 s from /proc (and their VmHWM, the kernel's own peak, read after)."""
    with RssSampler(server.worker_pids) as sampler:
        answer = get(server.base_url + path, timeout=timeout)
    hwm = [memory_kb(pid)["VmHWM"] for pid in server.worker_pids()]
    return {
        "path": path,
        "status": answer.status,
        "error": answer.error,
        "seconds": round(answer.ms / 1000, 2),
        "megabytes": round(answer.size / 1e6, 1),
        "peak_rss_mb": round(max(sampler.peak_kb.values(), default=0) / 1024, 1),
        "peak_growth_mb": round(sampler.growth_kb() / 1024, 1),
        "hwm_mb": round(max(hwm, default=0) / 1024, 1),
    }


def run_benchmark(
    *,
    reports: int,
    seed: int = 1,
    database: str = DEFAULT_DATABASE,
    requests: int = 20,
    page_budget: float = 60.0,
    clients: int = 8,
    import_reports: int = 20,
    import_budget: float = 120.0,
    workers: int = 2,
    progress=None,
) -> BenchmarkResult:
    progress = progress or (lambda message: None)
    started = time.perf_counter()
    corpus = corpus_generate(
        reports=reports, seed=seed, database=database, workers=workers, progress=progress
    )
    progress(f"corpus: {'reused' if corpus.reused else 'built'} ({corpus.seconds} s to build)")
    result = BenchmarkResult(reports=reports, seed=seed, database=database, corpus=corpus)
    result.pages = pages_plan(seed=seed)
    server_measure(
        result, requests=requests, page_budget=page_budget, clients=clients, progress=progress
    )
    pages_sql(result.pages, database=database, progress=progress)
    try:
        result.imports = import_measure(
            seed=seed, count=import_reports, budget=import_budget, workers=workers
        )
    except Exception as error:  # reported in the results, never hidden
        result.imports = {"error": f"{type(error).__name__}: {error}"[:300]}
    progress(f"import: {result.imports}")
    result.seconds = round(time.perf_counter() - started, 1)
    return result


def server_measure(
    result: BenchmarkResult, *, requests: int, page_budget: float, clients: int, progress
) -> None:
    """Through gunicorn on the corpus: each page timed, the CSV export measured, then
    `clients` concurrent clients over the pages that answered."""
    from archive.corpus.load import database_url

    path, matches = export_path()
    env = {"DATABASE_URL": database_url(result.database), "DEBUG": "0"}
    config_file = GUNICORN_CONFIG if os.path.exists(GUNICORN_CONFIG) else None
    with Gunicorn(env=env, config_file=config_file, cwd=os.getcwd()).start() as server:
        for page in result.pages:
            page.timing = page_time(
                server.base_url, page.path, requests=requests, budget=page_budget
            )
            stats = page.timing.stats
            progress(f"{page.name}: {stats} errors={len(page.timing.errors)}")
        progress(f"export of {matches} reports …")
        result.export = export_measure(server, path, timeout=600)
        result.export["matches"] = matches
        progress(f"export: {result.export}")
        result.load_paths = [page.path for page in result.pages if page.timing.samples]
        result.load = load_run(
            server.base_url, result.load_paths, clients=clients, requests_per_client=5
        )
        progress(f"{clients} clients: {result.load}")


def pages_sql(pages: list[Page], *, database: str, progress) -> None:
    """Each page's SQL, captured through the test client and run again with psycopg."""
    from archive.corpus.load import server_connect

    # No captured request or re-run query may hold the run for ever.
    with connection.cursor() as cursor:
        cursor.execute(f"SET statement_timeout = '{SQL_TIMEOUT_S}s'")
    with server_connect(database, autocommit=True) as conn:
        conn.execute(f"SET statement_timeout = '{SQL_TIMEOUT_S}s'")
        for page in pages:
            page_sql(conn, page)
            progress(f"{page.name}: {len(page.sql.queries)} queries, raw SQL {page.sql.raw_ms} ms")


def page_sql(conn: psycopg.Connection, page: Page) -> None:
    """The page's queries (its status and SQL from the test client), timed again raw and
    the slowest explained; an error in either is reported on the page, never raised."""
    try:
        status, queries = page_queries(page.path)
    except Exception as error:  # the page's own exception: reported, never hidden
        status, queries = 0, []
        page.timing.errors.append(f"test client: {type(error).__name__}: {error}"[:200])
    slow = page.timing.stats and page.timing.stats["p50"] > 1000
    try:
        page.sql = sql_time(conn, queries, repeat=1 if slow else 3)
    except psycopg.Error as error:
        page.sql = PageSql(status=status, queries=queries, plan=f"error: {error}"[:200])
    page.sql.status = status


# --- the report ----------------------------------------------------------------------------


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        memory = open("/proc/meminfo", encoding="utf-8").readline().split()[1]
        memory = f"{int(memory) / 1024 / 1024:.0f} GB RAM"
    except OSError:
        memory = "memory unknown"
    server = "DATABASE_URL" if os.environ.get("DATABASE_URL") else "embedded pgserver"
    return (
        f"{platform.machine()}, {os.cpu_count()} cores ({cpu}), {memory}, "
        f"Python {platform.python_version()}, PostgreSQL {connection.pg_version // 10000} "
        f"({server}), gunicorn with `{GUNICORN_CONFIG}`, "
        f"the machine shared with other sessions (load average {os.getloadavg()[0]:.1f})"
    )


def verdict(p95: float | None, target: int) -> str:
    if p95 is None:
        return "**no answer**"
    if p95 <= target:
        return "meets"
    return f"misses by {p95 - target:.0f} ms (×{p95 / target:.1f})"


def error_kinds(load) -> str:
    if not load.error_kinds:
        return ""
    return " (" + "; ".join(f"{n}× {kind}" for kind, n in load.error_kinds.items()) + ")"


def markdown(result: BenchmarkResult, *, command: str) -> str:
    corpus = result.corpus
    built = (
        f"reused (built earlier in {corpus.seconds} s)"
        if corpus.reused
        else f"built in {corpus.seconds} s ({result.reports / corpus.seconds:.0f} reports/s)"
    )
    lines = [
        f"## {date.today().isoformat()} — {result.reports:,} synthetic reports (seed "
        f"{result.seed}), through gunicorn",
        "",
        f"Command: `{command}`. Machine: {machine()}. Corpus in `{result.database}`: {built}.",
        "Targets are the issue's for 1,000,000 reports (search and list p95 ≤ 150 ms, detail "
        "pages p95 ≤ 100 ms, no page above 500 ms); they are applied here as they are.",
        "",
        "| page | URL | p50 ms | p95 ms | p99 ms | n | queries | raw SQL ms | target | "
        "verdict | slowest query: costliest plan nodes |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    for page in result.pages:
        stats, sql = page.timing.stats, page.sql
        errors = page.timing.errors
        if stats:
            numbers = f"{stats['p50']} | {stats['p95']} | {stats['p99']} | {stats['n']}"
        else:
            numbers = "— | — | — | 0"
        problem = f" **errors: {'; '.join(errors[:2])}**" if errors else ""
        plan = (sql.plan or "—").replace("|", "/")
        lines.append(
            f"| {page.name} | `{page.path}` | {numbers} | {len(sql.queries)} | "
            f"{sql.raw_ms} | {page.target_ms} | "
            f"{verdict(stats['p95'] if stats else None, page.target_ms)}{problem} | "
            f"{plan} ({sql.slowest_ms} ms) |"
        )
    export = result.export
    export_state = (
        f"{export['seconds']} s, {export['megabytes']} MB"
        if export["status"] == 200
        else f"**failed: {export['status']} {export['error']}** after {export['seconds']} s"
    )
    load = result.load
    load_stats = load.stats or {}
    lines += [
        "",
        f"- CSV export of {export['matches']:,} matches (`{export['path']}`): {export_state}; "
        f"resident memory of the workers during the export at most {export['peak_rss_mb']} MB, "
        f"{export['peak_growth_mb']} MB above where it started (VmRSS sampled every 0.1 s "
        f"from /proc; the workers' lifetime peak VmHWM {export['hwm_mb']} MB).",
        f"- {load.clients} concurrent clients over the pages above ({load.completed} answers, "
        f"{load.errors} errors{error_kinds(load)}, {load.seconds} s): "
        f"{load.throughput} pages/s, "
        f"p95 {load_stats.get('p95', '—')} ms, p50 {load_stats.get('p50', '—')} ms.",
        import_line(result.imports),
        "- Corpus build steps (s): "
        + ", ".join(f"{name} {seconds}" for name, seconds in corpus.timings.items())
        + ".",
        f"- Whole run: {result.seconds} s.",
        "",
    ]
    return "\n".join(lines)

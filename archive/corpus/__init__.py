"""A realistic synthetic archive for benchmarks, deterministic for a seed.

`corpus_generate(reports=100_000, seed=1)` fills a database of its own (default
`archive_bench`) on the same PostgreSQL server: the verified reference data, synthetic
meetings of every `MeetingKind` over 2011–2025, a few thousand outlets in twenty-two
languages, synthetic people beside the real ministers, and reports whose bodies are drawn
from a Zipf vocabulary with the names of the people they mention, topic keywords, quotes
and verbatim wire passages shared between reports of one meeting.

- `vocabulary`: the words and their Zipf weights; the benchmark's probe words.
- `plan`: what ties the reports together, drawn for all of them at once (pure Python).
- `generator`: the rows of each report, written from the plan (pure Python).
- `entities`: the outlets, people and meetings the reports point at (ORM, a few thousand).
- `load`: the database; COPY, passage keys and search vectors from several processes,
  indexes after.
"""

import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from django.db import connection, transaction

from archive.corpus.plan import Entities, plan_build

# Bump when the generator's output changes, so that a corpus built before is not reused.
# 2: "talks" listed once in the news words (version 1 gave it two ranks).
# 3: words drawn by table lookup (same distribution, other draws).
GENERATOR_VERSION = 3
DEFAULT_DATABASE = "archive_bench"


@dataclass
class CorpusResult:
    database: str
    reports: int
    seed: int
    reused: bool
    seconds: float
    timings: dict = field(default_factory=dict)
    counts: dict = field(default_factory=dict)


class Laps:
    """The seconds each step of a build takes, in order, each reported as it ends."""

    def __init__(self, progress):
        self.progress = progress
        self.timings = {}
        self.started = self.mark = time.perf_counter()

    def lap(self, name: str) -> None:
        self.timings[name] = round(time.perf_counter() - self.mark, 2)
        self.progress(f"{name}: {self.timings[name]} s")
        self.mark = time.perf_counter()

    def total(self) -> float:
        return round(time.perf_counter() - self.started, 2)


def corpus_generate(
    *,
    reports: int,
    seed: int,
    database: str | None = DEFAULT_DATABASE,
    workers: int = 2,
    force: bool = False,
    progress=None,
) -> CorpusResult:
    """Build the corpus in `database` (created with the project's migrations), or reuse it
    when it already holds `reports` reports of `seed` from this generator version and no
    migration is pending. `database=None` loads into the current database as it is
    (tests: the test database), which must hold no articles yet."""
    from archive.corpus import load

    progress = progress or (lambda message: None)
    if database:
        reused = corpus_reused(database=database, reports=reports, seed=seed, force=force)
        if reused:
            return reused
    laps = Laps(progress)
    entities = entities_prepare(reports=reports, seed=seed, migrate=bool(database))
    laps.lap("schema, reference data and entities")
    counts, index_cpu = corpus_fill(
        reports=reports, seed=seed, entities=entities, workers=workers, laps=laps
    )
    seconds = laps.total()
    timings = laps.timings
    timings.update(worker_timings(counts, index_cpu=index_cpu))
    load.corpus_info_record(
        reports=reports, seed=seed, generator=GENERATOR_VERSION, seconds=seconds, timings=timings
    )
    return CorpusResult(
        database or connection.settings_dict["NAME"],
        reports,
        seed,
        False,
        seconds,
        timings,
        counts,
    )


def corpus_reused(*, database: str, reports: int, seed: int, force: bool) -> CorpusResult | None:
    """Switch to `database`. The corpus it holds when that is the one asked for (the same
    reports, seed and generator version, no `force`), migrated first when migrations are
    pending (a million reports take half an hour to build; a new table is filled by its own
    backfill, `corpus_backfill`); otherwise None, and the database recreated empty."""
    from archive.corpus import load

    load.database_use(database)
    if load.database_exists(database) and not force:
        info = load.corpus_info()
        if info and (info["reports"], info["seed"], info["generator"]) == (
            reports,
            seed,
            GENERATOR_VERSION,
        ):
            if load.migrations_pending():
                corpus_backfill()
            return CorpusResult(database, reports, seed, True, info["seconds"], info["timings"])
    load.database_recreate(database)
    return None


# Management commands that fill tables derived from the reports (run after a migration on a
# reused corpus; each is idempotent and batched).
BACKFILLS = ("counts_rebuild", "passage_signatures_build", "story_groups_build")


def corpus_backfill() -> None:
    from django.core.management import call_command, get_commands

    call_command("migrate", verbosity=0, interactive=False)
    for name in BACKFILLS:
        if name in get_commands():
            call_command(name)


def entities_prepare(*, reports: int, seed: int, migrate: bool) -> Entities:
    """The schema (migrated when the corpus has a database of its own), the reference data
    and the synthetic entities, read back as the generator's `Entities`."""
    from django.core.management import call_command

    from archive.corpus import entities as entity_rows
    from archive.models import Article
    from archive.services import reference_load

    if migrate:
        call_command("migrate", verbosity=0, interactive=False)
    if Article.objects.exists():
        raise ValueError("the corpus goes into a database without reports")
    reference_load()
    entity_rows.entities_create(reports=reports, seed=seed)
    return entity_rows.entities_read(seed=seed)


def corpus_fill(
    *, reports: int, seed: int, entities: Entities, workers: int, laps: Laps
) -> tuple[dict, float]:
    """The reports after the last one in the database: planned, then written and loaded
    with COPY by `workers` processes (each filling its chunks' passage key rows and search
    vectors) while the secondary indexes are dropped; then the indexes rebuilt in the
    background while the shared passages are scored and grouped into stories; then the
    stop keys, the kept counts and the statistics, autovacuum off on the loaded tables
    until that last VACUUM. Returns the loader's counts and the CPU seconds PostgreSQL
    spent on the indexes."""
    from archive.corpus import load
    from archive.corpus.generator import Writer

    with connection.cursor() as cursor:
        cursor.execute("SELECT COALESCE(max(id), 0) + 1 FROM archive_article")
        first_id = cursor.fetchone()[0]
    plan = plan_build(reports=reports, seed=seed, entities=entities, first_id=first_id)
    writer = Writer(plan, entities)
    laps.lap("plan")

    tables = [model._meta.db_table for model in load.TABLES.values()]
    load.autovacuum_set([*tables, "archive_passagekey"], enabled=False)
    try:
        counts, index_cpu = load_and_index(tables, writer=writer, workers=workers, laps=laps)
    finally:
        load.autovacuum_set([*tables, "archive_passagekey"], enabled=True)
    return counts, index_cpu


def load_and_index(tables: list[str], *, writer, workers: int, laps: Laps) -> tuple[dict, float]:
    """`corpus_fill`'s steps after the plan (see there), autovacuum off on `tables`."""
    from archive.corpus import load
    from archive.services.counts import counts_rebuild
    from archive.services.passage_signatures import passage_stop_keys_count
    from archive.services.story_groups import story_groups_build

    dropped = load.secondary_indexes_drop(tables) + load.passage_key_primary_drop()
    counts = load.rows_load(writer=writer, workers=workers, progress=laps.progress)
    laps.lap("rows (COPY, passage keys, search vector)")
    load.sequences_reset(load.tables_with_sequences())
    load.analyze(tables)
    # The indexes need only the rows; scoring and grouping need no index: both at once.
    with ThreadPoolExecutor(max_workers=1) as background:
        indexes = background.submit(load.indexes_create, dropped, workers=workers)
        load.shared_scores_fill()
        laps.lap("shared-passage scores (indexes building)")
        story_groups_build()
        laps.lap("story groups (indexes building)")
        index_cpu = indexes.result()
    laps.lap("indexes (the rest)")
    # The loaded tables vacuumed on one connection while the key table's steps and the
    # counts run on this one (one after the other, they left a core idle).
    with ThreadPoolExecutor(max_workers=1) as background:
        vacuumed = background.submit(load.vacuum_analyze, tables, workers=1)
        # The stop keys counted in key order from the primary key alone, once a VACUUM has
        # set the table's visibility map: the planner would hash 145 million rows instead
        # (at 100,000 reports 28 s against 8.6).
        load.vacuum_analyze(["archive_passagekey"])
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute("SET LOCAL enable_hashagg = off")
            passage_stop_keys_count()
        laps.lap("passage stop keys (tables vacuuming)")
        # The COPY bypassed the services that keep the published counts the lists read.
        counts_rebuild()
        laps.lap("kept counts (tables vacuuming)")
        vacuumed.result()
    laps.lap("vacuum analyze (the rest)")
    return counts, index_cpu


def worker_timings(counts: dict, *, index_cpu: float) -> dict:
    """What the loader's workers measured (taken out of its `counts`: "copy" and the
    PostgreSQL CPU of the rows include each chunk's key rows and search vectors) and the
    CPU seconds PostgreSQL spent on the indexes."""
    return {
        "generate (in workers, summed)": round(counts.pop("build_seconds", 0), 2),
        "copy (in workers, summed)": round(counts.pop("copy_seconds", 0), 2),
        # CPU seconds, whatever else shares the machine: what the build costs on idle cores.
        "CPU: rows, Python": round(counts.pop("client_cpu", 0), 1),
        "CPU: rows, PostgreSQL": round(counts.pop("server_cpu", 0), 1),
        "CPU: indexes, PostgreSQL": round(index_cpu, 1),
    }

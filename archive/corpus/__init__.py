"""A realistic synthetic archive for benchmarks, deterministic for a seed.

`corpus_generate(reports=100_000, seed=1)` fills a database of its own (default
`archive_bench`) on the same PostgreSQL server: the verified reference data, synthetic
meetings of every `MeetingKind` over 2011–2025, a few thousand outlets in twenty-two
languages, synthetic people beside the real ministers, and reports whose bodies are drawn
from a Zipf vocabulary with the names of the people they mention, topic keywords, quotes
and verbatim wire passages shared between reports of one meeting.

- `vocabulary`: the words and their Zipf weights; the benchmark's probe words.
- `generator`: the plan of all reports and the rows of each (pure Python).
- `entities`: the outlets, people and meetings the reports point at (ORM, a few thousand).
- `load`: the database, COPY from several processes, search vector and indexes after.
"""

import time
from dataclasses import dataclass, field

from django.db import connection

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
    from archive.corpus import entities as entity_rows
    from archive.corpus import load
    from archive.corpus.generator import Writer, plan_build
    from archive.models import Article

    progress = progress or (lambda message: None)
    if database:
        load.database_use(database)
        if load.database_exists(database) and not force:
            info = load.corpus_info()
            if (
                info
                and (info["reports"], info["seed"], info["generator"])
                == (reports, seed, GENERATOR_VERSION)
                and not load.migrations_pending()
            ):
                return CorpusResult(database, reports, seed, True, info["seconds"], info["timings"])
        load.database_recreate(database)
    started = time.perf_counter()
    timings = {}

    def lap(name, since):
        timings[name] = round(time.perf_counter() - since, 2)
        progress(f"{name}: {timings[name]} s")
        return time.perf_counter()

    mark = time.perf_counter()
    from django.core.management import call_command

    from archive.services import reference_load

    if database:
        call_command("migrate", verbosity=0, interactive=False)
    if Article.objects.exists():
        raise ValueError("the corpus goes into a database without reports")
    reference_load()
    entity_rows.entities_create(reports=reports, seed=seed)
    entities = entity_rows.entities_read(seed=seed)
    mark = lap("schema, reference data and entities", mark)

    with connection.cursor() as cursor:
        cursor.execute("SELECT COALESCE(max(id), 0) + 1 FROM archive_article")
        first_id = cursor.fetchone()[0]
    plan = plan_build(reports=reports, seed=seed, entities=entities, first_id=first_id)
    writer = Writer(plan, entities)
    mark = lap("plan", mark)

    tables = [model._meta.db_table for model in load.TABLES.values()]
    dropped = load.secondary_indexes_drop(tables)
    counts = load.rows_load(writer=writer, workers=workers, progress=progress)
    mark = lap("rows (COPY)", mark)
    load.sequences_reset(tables)
    load.shared_scores_fill()
    mark = lap("shared-passage scores", mark)
    vector_cpu = load.search_vector_fill(
        first_id=first_id, last_id=first_id + reports - 1, workers=workers, progress=progress
    )
    mark = lap("search vector", mark)
    index_cpu = load.indexes_create(dropped, workers=workers)
    mark = lap("indexes", mark)
    load.vacuum_analyze(tables)
    mark = lap("vacuum analyze", mark)
    seconds = round(time.perf_counter() - started, 2)
    timings["generate (in workers, summed)"] = round(counts.pop("build_seconds", 0), 2)
    timings["copy (in workers, summed)"] = round(counts.pop("copy_seconds", 0), 2)
    # CPU seconds, whatever else shares the machine: what the build costs on idle cores.
    timings["CPU: rows, Python"] = round(counts.pop("client_cpu", 0), 1)
    timings["CPU: rows, PostgreSQL"] = round(counts.pop("server_cpu", 0), 1)
    timings["CPU: search vector, PostgreSQL"] = round(vector_cpu, 1)
    timings["CPU: indexes, PostgreSQL"] = round(index_cpu, 1)
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

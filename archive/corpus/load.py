"""Loading the synthetic corpus fast: its own database on the same server, created with the
project's migrations; rows streamed with PostgreSQL COPY (psycopg 3 `cursor.copy`) from
several processes, with triggers off (`session_replication_role = replica`: the tables
carry immutability and history triggers, and foreign keys are triggers too); each chunk's
passage key rows copied (binary) and its reports inserted from a temporary stage with
their search vectors (the SQL of `ArticleQuerySet.refresh_search_vector`) by the process
that loaded it, in the same transaction; the secondary indexes built last."""

import json
import multiprocessing
import os
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit, urlunsplit

import psycopg
from django.conf import settings
from django.db import connection, connections, models
from psycopg.types.json import Jsonb

from archive.corpus.copy_rows import (
    ARTICLE_STAGE,
    article_insert_sql,
    article_stage_create,
    signatures_copy,
)
from archive.corpus.generator import Writer
from archive.models import (
    SEARCH_CONFIG,
    Article,
    ArticleMeeting,
    Credit,
    Mention,
    PassageSignature,
    Quote,
    SharedPassage,
)

CHUNK_REPORTS = 2000
INFO_TABLE = "corpus_info"

# Which rows of `Writer.chunk_rows` go to which model's table.
TABLES = {
    "article": Article,
    "article_meeting": ArticleMeeting,
    "mention": Mention,
    "quote": Quote,
    "credit": Credit,
    "article_topic": Article.topics.through,
    "shared_passage": SharedPassage,
    "passage_signature": PassageSignature,
}


# --- the database ----------------------------------------------------------------------


def connection_params(dbname: str | None = None) -> dict:
    """psycopg keyword arguments for the server Django uses, for `dbname`."""
    params = {
        key: value
        for key, value in connection.get_connection_params().items()
        if key not in ("cursor_factory", "context", "prepare_threshold")
    }
    if dbname:
        params["dbname"] = dbname
    return params


def server_connect(dbname: str | None = None, **extra) -> psycopg.Connection:
    return psycopg.connect(**connection_params(dbname), **extra)


def database_url(name: str) -> str:
    """The project's DATABASE_URL with the database name replaced by `name`."""
    parts = urlsplit(settings.DATABASE_URL)
    return urlunsplit(parts._replace(path=f"/{name}"))


def database_exists(name: str) -> bool:
    with server_connect("postgres", autocommit=True) as conn:
        return bool(conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone())


def database_recreate(name: str) -> None:
    """Drop `name` (if there) and create it empty. Refuses the database Django was set up
    with, so the archive's own data can never be the one dropped."""
    if name == settings.DATABASES["default"].get("ORIGINAL_NAME", connection_default_name()):
        raise ValueError(f"refusing to drop the archive's own database {name!r}")
    connections.close_all()
    with server_connect("postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


_DEFAULT_NAME = []


def connection_default_name() -> str:
    if not _DEFAULT_NAME:
        _DEFAULT_NAME.append(settings.DATABASES["default"]["NAME"])
    return _DEFAULT_NAME[0]


def database_use(name: str) -> None:
    """Point Django's default connection at `name` for the rest of this process (as the
    test runner does for its test database)."""
    connection_default_name()
    connections.close_all()
    settings.DATABASES["default"]["NAME"] = name
    connection.settings_dict["NAME"] = name


def migrations_pending() -> bool:
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    return bool(executor.migration_plan(executor.loader.graph.leaf_nodes()))


def corpus_info() -> dict | None:
    """What was recorded about the corpus in the current database, or None."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass(%s)", [INFO_TABLE])
        if cursor.fetchone()[0] is None:
            return None
        cursor.execute(
            f"SELECT reports, seed, generator, built_at, seconds, timings FROM {INFO_TABLE}"
        )
        row = cursor.fetchone()
    if not row:
        return None
    keys = ("reports", "seed", "generator", "built_at", "seconds", "timings")
    info = dict(zip(keys, row, strict=True))
    if isinstance(info["timings"], str):  # Django's cursor hands jsonb back as text
        info["timings"] = json.loads(info["timings"])
    return info


def corpus_info_record(*, reports: int, seed: int, generator: int, seconds: float, timings):
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE TABLE IF NOT EXISTS {INFO_TABLE} (reports integer NOT NULL, "
            "seed bigint NOT NULL, generator integer NOT NULL, built_at timestamptz NOT NULL, "
            "seconds double precision NOT NULL, timings jsonb NOT NULL)"
        )
        cursor.execute(f"DELETE FROM {INFO_TABLE}")
        cursor.execute(
            f"INSERT INTO {INFO_TABLE} VALUES (%s, %s, %s, %s, %s, %s)",
            [reports, seed, generator, datetime.now(UTC), seconds, Jsonb(timings)],
        )
        cursor.execute(
            f"COMMENT ON TABLE {INFO_TABLE} IS %s",
            [f"synthetic corpus: {reports} reports, seed {seed}, generator {generator}"],
        )


# --- rows to COPY ------------------------------------------------------------------------


@dataclass
class TableSpec:
    """A table's COPY columns and, for each, the row key it is read from or the value
    every row gets (the model field's default) when the generator does not set it."""

    table: str
    columns: list
    keys: list
    defaults: list
    json_keys: frozenset

    def tuples(self, rows: list[dict]):
        keys, defaults, json_keys = self.keys, self.defaults, self.json_keys
        for row in rows:
            for key in json_keys.intersection(row):
                row[key] = Jsonb(row[key])
            yield tuple(
                row[key] if key in row else default
                for key, default in zip(keys, defaults, strict=True)
            )


def field_default(model, field):
    if field.has_default():
        value = field.get_default()
    elif getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
        value = datetime.now(UTC)
    elif field.null:
        value = None
    else:
        raise ValueError(
            f"generate_corpus does not fill {model.__name__}.{field.name}, which has no "
            "default and is not nullable: add it to archive/corpus/generator.py"
        )
    if isinstance(field, models.JSONField) and value is not None:
        value = Jsonb(value)
    return value


def table_spec(model, keys_set: set) -> TableSpec:
    """Columns of `model`: every concrete field; the auto primary key only when the
    generator sets it (articles), else the sequence fills it."""
    columns, keys, defaults, json_keys = [], [], [], set()
    for field in model._meta.concrete_fields:
        key = field.attname
        if field.primary_key and isinstance(field, models.AutoField) and key not in keys_set:
            continue
        columns.append(field.column)
        keys.append(key)
        defaults.append(None if key in keys_set else field_default(model, field))
        if isinstance(field, models.JSONField):
            json_keys.add(key)
    return TableSpec(model._meta.db_table, columns, keys, defaults, frozenset(json_keys))


# --- the load, in worker processes ---------------------------------------------------------

_WORKER = {}


def backend_cpu(conn: psycopg.Connection) -> float:
    """CPU seconds the server process behind `conn` has used (from /proc, so only for a
    server on this machine; 0 when it cannot be read)."""
    try:
        fields = open(f"/proc/{conn.info.backend_pid}/stat").read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def load_session(conn: psycopg.Connection) -> None:
    conn.execute("SET session_replication_role = replica")
    conn.execute("SET synchronous_commit = off")


def chunk_load(bounds: tuple[int, int]) -> dict:
    """Build reports bounds[0]..bounds[1]-1 and COPY them; runs in a worker process (or in
    the caller's when there is one worker)."""
    state = _WORKER
    if "conn" not in state:
        state["conn"] = psycopg.connect(**state["params"])
        load_session(state["conn"])
        article_stage_create(state["conn"])
    conn, writer, specs = state["conn"], state["writer"], state["specs"]
    started, cpu, server_cpu = time.perf_counter(), time.process_time(), backend_cpu(conn)
    rows = writer.chunk_rows(*bounds)
    built = time.perf_counter()
    counts = {}
    with conn.cursor() as cursor:
        for name, table_rows in rows.items():
            counts[name] = len(table_rows)
            if not table_rows or name == "passage_signature":
                continue
            spec = specs.get(name) or table_spec(TABLES[name], set().union(*table_rows))
            # The reports go to the stage first, to be inserted with their search vectors.
            table = ARTICLE_STAGE if name == "article" else spec.table
            columns = ", ".join(f'"{column}"' for column in spec.columns)
            with cursor.copy(f'COPY "{table}" ({columns}) FROM STDIN') as copy:
                for values in spec.tuples(table_rows):
                    copy.write_row(values)
        counts["passage_key"] = signatures_copy(cursor, rows["passage_signature"])
        lengths = "".join(f"{row['id']}\t{len(row['body'])}\n" for row in rows["article"])
        with cursor.copy(f"COPY {LENGTH_TABLE} (article_id, length) FROM STDIN") as copy:
            copy.write(lengths)
        # The reports with their search vectors, now their mentions are in: here, in the
        # workers, while the other workers generate, and written once (an UPDATE after the
        # COPY left a dead version of every report's row for the final VACUUM).
        cursor.execute(article_insert_sql(specs["article"].columns), {"config": SEARCH_CONFIG})
    conn.commit()
    if not state.get("analyzed"):
        # Statistics for the mentions once some are in: without them the planner joined
        # each chunk's stage to every mention row by a hash (a sequential scan of 3 million
        # rows a chunk by the end of a 1,000,000 load), not by the (article, person) key.
        conn.execute("ANALYZE archive_mention")
        conn.commit()
        state["analyzed"] = True
    counts["build_seconds"] = built - started
    counts["copy_seconds"] = time.perf_counter() - built
    counts["client_cpu"] = time.process_time() - cpu
    counts["server_cpu"] = backend_cpu(conn) - server_cpu
    return counts


def worker_close():
    conn = _WORKER.pop("conn", None)
    if conn is not None:
        conn.close()


def specs_for(writer: Writer) -> dict:
    """Every table's COPY columns, from the keys its rows carry (built for the first
    reports until each table has a row, at most 500)."""
    keys = {name: set() for name in TABLES}
    for index in range(min(writer.plan.reports, 500)):
        rows = writer.chunk_rows(index, index + 1)
        for name, table_rows in rows.items():
            keys[name].update(*table_rows)
        if all(keys.values()):
            break
    keys["article"].add("id")
    return {name: table_spec(model, keys[name]) for name, model in TABLES.items() if keys[name]}


def rows_load(*, writer: Writer, workers: int, progress) -> dict:
    """COPY every report in chunks, over `workers` processes (forked, so each inherits the
    plan; each opens its own connection)."""
    reports = writer.plan.reports
    chunks = [
        (start, min(start + CHUNK_REPORTS, reports)) for start in range(0, reports, CHUNK_REPORTS)
    ]
    body_lengths_create()
    _WORKER.clear()
    _WORKER.update(
        params=connection_params(connection.settings_dict["NAME"]),
        writer=writer,
        specs=specs_for(writer),
    )
    totals = {}

    def add(counts):
        for key, value in counts.items():
            totals[key] = totals.get(key, 0) + value

    done = 0
    if workers <= 1:
        try:
            for bounds in chunks:
                add(chunk_load(bounds))
                done += bounds[1] - bounds[0]
                progress(f"loaded {done}/{reports} reports")
        finally:
            worker_close()
        return totals
    connections.close_all()  # no connection of this process may cross the fork
    context = multiprocessing.get_context("fork")
    with context.Pool(workers) as pool:
        for counts in pool.imap_unordered(chunk_load, chunks):
            add(counts)
            done += counts["article"]
            if done == reports or done % (CHUNK_REPORTS * 10) == 0:
                progress(f"loaded {done}/{reports} reports")
        pool.close()
        pool.join()
    return totals


# --- after the load ---------------------------------------------------------------------

SECONDARY_INDEXES_SQL = """
SELECT c.relname, pg_get_indexdef(i.indexrelid)
FROM pg_index i
JOIN pg_class c ON c.oid = i.indexrelid
WHERE i.indrelid = %s::regclass AND NOT i.indisprimary
  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
ORDER BY c.relname
"""


def secondary_indexes_drop(tables: list[str]) -> list[tuple[str, str]]:
    """Drop the indexes of `tables` that back no constraint; return (name, definition) to
    build them again after the load."""
    dropped = []
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(SECONDARY_INDEXES_SQL, [table])
            for name, definition in cursor.fetchall():
                cursor.execute(f'DROP INDEX "{name}"')
                dropped.append((name, definition))
    return dropped


PASSAGE_KEY_PRIMARY = "archive_passagekey_pkey"


def passage_key_primary_drop() -> list[tuple[str, str]]:
    """Drop the key table's primary key when the table is empty (a first load), to build
    it once after the load with the other indexes; returns its definition for
    `indexes_create`, or nothing when rows are already there."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT EXISTS (SELECT 1 FROM archive_passagekey)")
        if cursor.fetchone()[0]:
            return []
        cursor.execute(f"ALTER TABLE archive_passagekey DROP CONSTRAINT {PASSAGE_KEY_PRIMARY}")
    definition = (
        f"ALTER TABLE archive_passagekey ADD CONSTRAINT {PASSAGE_KEY_PRIMARY} "
        "PRIMARY KEY (key, article_id)"
    )
    return [(PASSAGE_KEY_PRIMARY, definition)]


def index_rank(item: tuple[str, str]) -> int:
    """The order indexes are built in, longest first, so that with two at a time the
    longest (the key table's primary key, 4.3 GB at 1,000,000) starts at once on one
    connection and the GINs, then the small ones, run on the other (it was queued last,
    behind every article index)."""
    definition = item[1]
    if PASSAGE_KEY_PRIMARY in definition:
        return 0
    return 1 if "using gin" in definition.lower() else 2


def indexes_create(definitions: list[tuple[str, str]], *, workers: int) -> float:
    """Build the indexes, `workers` at once; return the server's CPU seconds."""

    def build(definition):
        with server_connect(connection.settings_dict["NAME"], autocommit=True) as conn:
            # The two big builds sort (the key table's 145 million rows at 1,000,000) or
            # merge (GIN) less often in more memory; the server has it to spare.
            big = index_rank((None, definition)) < 2
            conn.execute(f"SET maintenance_work_mem = '{'1GB' if big else '512MB'}'")
            before = backend_cpu(conn)
            conn.execute(definition)
            return backend_cpu(conn) - before

    ordered = sorted(definitions, key=index_rank)
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        return sum(pool.map(build, [definition for _, definition in ordered]))


# Each loaded report's body length (characters, as `length(body)`), written by the loading
# processes: scoring from the bodies themselves decompressed both bodies of every pair
# (189 s beside the index builds at 1,000,000).
LENGTH_TABLE = "corpus_body_length"

SHARED_SCORE_SQL = f"""
UPDATE archive_sharedpassage AS sp SET score = round(LEAST(1.0,
    ((sp.passages -> 0 ->> 'a_end')::int - (sp.passages -> 0 ->> 'a_start')::int)::numeric
    / GREATEST(1, LEAST(a.length, b.length)))::numeric, 3)
FROM {LENGTH_TABLE} AS a, {LENGTH_TABLE} AS b
WHERE a.article_id = sp.first_id AND b.article_id = sp.second_id
"""


def body_lengths_create() -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {LENGTH_TABLE}")
        cursor.execute(f"CREATE UNLOGGED TABLE {LENGTH_TABLE} (article_id bigint, length integer)")


def shared_scores_fill() -> None:
    """The share of the shorter report that a pair shares, from the lengths the loading
    processes wrote (every pair's reports are of this load); the lengths dropped after."""
    with server_connect(connection.settings_dict["NAME"]) as conn:
        load_session(conn)
        conn.execute(f"ANALYZE {LENGTH_TABLE}")
        conn.execute(SHARED_SCORE_SQL)
        conn.execute(f"DROP TABLE {LENGTH_TABLE}")
        conn.commit()


def tables_with_sequences() -> list[str]:
    """The loaded tables whose primary key is a sequence's `id` (not a signature's)."""
    return [
        model._meta.db_table
        for model in TABLES.values()
        if isinstance(model._meta.pk, models.AutoField)
    ]


def sequences_reset(tables: list[str]) -> None:
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence(%s, 'id'), "
                f'COALESCE((SELECT max(id) FROM "{table}"), 1))',
                [table],
            )


def autovacuum_set(tables: list[str], *, enabled: bool) -> None:
    """Autovacuum off on `tables` (and their TOAST tables) while they are loaded, or back
    to the server's setting: a worker vacuuming a half-loaded table competes with the
    load and the index builds for the two cores, and the build ends with its own VACUUM."""
    with connection.cursor() as cursor:
        for table in tables:
            if enabled:
                options = "RESET (autovacuum_enabled, toast.autovacuum_enabled)"
            else:
                options = "SET (autovacuum_enabled = false, toast.autovacuum_enabled = false)"
            cursor.execute(f'ALTER TABLE "{table}" {options}')


def analyze(tables: list[str]) -> None:
    """Statistics for `tables` right after the load: with autovacuum off no auto-analyze
    runs, and the scoring and story-group statements would be planned on empty tables
    (story groups took 82 s instead of 12 at 100,000)."""
    with server_connect(connection.settings_dict["NAME"], autocommit=True) as conn:
        for table in tables:
            conn.execute(f'ANALYZE "{table}"')


def vacuum_analyze(tables: list[str], *, workers: int = 2) -> None:
    """VACUUM (ANALYZE) `tables`, `workers` at once, the biggest first: one table at a
    time, the build's last step used one core of two."""

    name = connection.settings_dict["NAME"]

    def vacuum(table):
        with server_connect(name, autocommit=True) as conn:
            conn.execute(f'VACUUM (ANALYZE) "{table}"')

    with server_connect(name, autocommit=True) as conn:
        ordered = [
            row[0]
            for row in conn.execute(
                "SELECT relname FROM pg_class WHERE relname = ANY(%s) "
                "ORDER BY pg_total_relation_size(oid) DESC",
                [tables],
            )
        ]
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        list(pool.map(vacuum, ordered))

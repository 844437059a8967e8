"""What a loader writes to the test database, taken once and put back by COPY.

`reference_load()` writes about a thousand rows (and as many history events) in about
a thousand queries; hundreds of tests ask for it. `Snapshots.load` runs the real loader
once per session inside a savepoint, notes what it did, rolls it back, and from then on
puts the same rows back with a few COPY statements:

- which tables the loader wrote and which it read come from PostgreSQL's own counters for
  the current transaction (`pg_stat_xact_user_tables`), not from a list kept by hand, so
  a table a loader starts to write tomorrow is in its snapshot at once;
- the rows are every written table's whole content after the load (COPY ... TO STDOUT,
  binary), history events and their contexts included, since the triggers wrote them;
- the snapshot holds only where the database is as it was when it was taken: before
  restoring, every table the loader read or wrote must hold the same rows as then (a
  count and a sum of row hashes each). Otherwise a snapshot of that state is taken (the
  real loader runs), up to `VARIANTS_KEPT` per loader; past that, the real loader runs;
- a snapshot is keyed on the content of the files the loader reads, so a changed CSV is
  loaded for real and snapshotted anew;
- rows go back with the triggers off (`session_replication_role = replica`: the history
  events come from the snapshot, not from a second firing), and every sequence of the
  written tables is moved past the ids the load handed out, never backwards. A database
  role that may not set `session_replication_role` gets the real loader every time.
"""

import copy
import hashlib
import inspect
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from django.db import connection, transaction

VARIANTS_KEPT = 3
# TEST_SNAPSHOTS=off runs the real loaders in every test (to compare, or to rule it out).
ENABLED = os.environ.get("TEST_SNAPSHOTS", "on") != "off"


@dataclass(frozen=True)
class TableRows:
    name: str
    columns: tuple[str, ...]
    data: bytes  # COPY ... (FORMAT binary)


@dataclass
class Snapshot:
    # Every table the loader wrote, as the load left it.
    tables: list[TableRows]
    # Every table the loader read or wrote: (rows, sum of row hashes) before the load.
    base: dict[str, tuple[int, int]]
    # Each written table's sequences, as the load left them.
    sequences: dict[str, int]
    # The same sequences before the load (None: never used), to replay it with the same ids.
    sequences_before: dict[str, int | None]
    result: object


def sources_hash(paths: Iterable[Path]) -> str:
    """SHA-256 of every file under `paths` (names and bytes), in a stable order."""
    digest = hashlib.sha256()
    for root in map(Path, paths):
        files = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
        for path in files:
            data = path.read_bytes()
            digest.update(f"{path.relative_to(root)}\0{len(data)}\0".encode())
            digest.update(data)
    return digest.hexdigest()


def default_directory(load: Callable) -> Path:
    """The folder a loader reads when called without arguments."""
    return inspect.signature(load).parameters["directory"].default


def quote(name: str) -> str:
    return connection.ops.quote_name(name)


def table_activity(cursor) -> dict[str, tuple[int, int]]:
    """For every table: (scans, rows written) so far in this transaction."""
    cursor.execute(
        "SELECT relname, coalesce(seq_scan, 0) + coalesce(idx_scan, 0),"
        " n_tup_ins + n_tup_upd + n_tup_del"
        " FROM pg_stat_xact_user_tables WHERE schemaname = current_schema()"
    )
    return {name: (scans, writes) for name, scans, writes in cursor.fetchall()}


def fingerprints(cursor, tables: Iterable[str]) -> dict[str, tuple[int, int]]:
    """(rows, sum of row hashes) of each table: equal only for the same rows, in practice."""
    tables = sorted(tables)
    if not tables:
        return {}
    cursor.execute(
        " UNION ALL ".join(
            f"SELECT %s, count(*), coalesce(sum(hashtext(t::text)), 0) FROM {quote(name)} t"
            for name in tables
        ),
        tables,
    )
    return {name: (rows, int(total)) for name, rows, total in cursor.fetchall()}


def columns_of(cursor, tables: list[str]) -> dict[str, tuple[str, ...]]:
    cursor.execute(
        "SELECT table_name, array_agg(column_name::text ORDER BY ordinal_position)"
        " FROM information_schema.columns WHERE table_schema = current_schema()"
        " AND table_name = ANY(%s) AND is_generated = 'NEVER' GROUP BY table_name",
        [tables],
    )
    return {name: tuple(columns) for name, columns in cursor.fetchall()}


def sequences_of(cursor, tables: list[str]) -> dict[str, int | None]:
    """The sequences behind the tables' serial and identity columns, with their last values
    (None for a sequence never used)."""
    cursor.execute(
        "SELECT seq, pg_sequence_last_value(seq::regclass) FROM ("
        "  SELECT pg_get_serial_sequence(format('%%I.%%I', table_schema, table_name),"
        "  column_name) AS seq FROM information_schema.columns"
        "  WHERE table_schema = current_schema() AND table_name = ANY(%s)"
        ") found WHERE seq IS NOT NULL",
        [tables],
    )
    return dict(cursor.fetchall())


def rows_copy_out(cursor, name: str, columns: tuple[str, ...]) -> TableRows:
    listed = ", ".join(map(quote, columns))
    with cursor.copy(f"COPY {quote(name)} ({listed}) TO STDOUT (FORMAT binary)") as out:
        data = b"".join(bytes(block) for block in out)
    return TableRows(name=name, columns=columns, data=data)


def snapshot_take(load: Callable[[], object]) -> Snapshot:
    """Run `load` in a savepoint, keep what it wrote, and roll it back."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname FROM pg_stat_xact_user_tables WHERE schemaname = current_schema()"
        )
        before = fingerprints(cursor, [name for (name,) in cursor.fetchall()])
        sequences = sequences_of(cursor, list(before))
        activity = table_activity(cursor)
        callbacks = len(connection.run_on_commit)
        result = load()
        assert len(connection.run_on_commit) == callbacks, (
            "the loader defers work to the commit, which a snapshot would not replay"
        )
        after = table_activity(cursor)
        written = sorted(name for name in after if after[name][1] > activity[name][1])
        read = {name for name in after if after[name][0] > activity[name][0]}
        columns = columns_of(cursor, written)
        handed_out = sequences_of(cursor, written)
        snapshot = Snapshot(
            tables=[rows_copy_out(cursor, name, columns[name]) for name in written],
            base={name: before[name] for name in read.union(written)},
            sequences={name: value for name, value in handed_out.items() if value is not None},
            sequences_before={name: sequences[name] for name in handed_out},
            result=result,
        )
        transaction.set_rollback(True)
    return snapshot


def snapshot_restore(snapshot: Snapshot) -> bool:
    """Put the snapshot's rows back, if the tables it depends on are as they were when it
    was taken; False (and nothing written) otherwise."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT has_parameter_privilege('session_replication_role', 'SET')")
        if not cursor.fetchone()[0] or fingerprints(cursor, snapshot.base) != snapshot.base:
            return False
        cursor.execute("SELECT current_setting('session_replication_role')")
        (role,) = cursor.fetchone()
        cursor.execute("SELECT set_config('session_replication_role', 'replica', true)")
        for table in snapshot.tables:
            if snapshot.base[table.name][0]:
                cursor.execute(f"DELETE FROM {quote(table.name)}")
            listed = ", ".join(map(quote, table.columns))
            with cursor.copy(
                f"COPY {quote(table.name)} ({listed}) FROM STDIN (FORMAT binary)"
            ) as to:
                to.write(table.data)
        cursor.execute("SELECT set_config('session_replication_role', %s, true)", [role])
        # The planner's statistics, as autovacuum would gather them on a real archive: without
        # them it takes the restored tables for empty, and a facet over hundreds of meetings
        # becomes nested loops of minutes (ANALYZE counts this transaction's own rows).
        cursor.execute("ANALYZE " + ", ".join(quote(table.name) for table in snapshot.tables))
        if snapshot.sequences:
            cursor.execute(
                "SELECT setval(seq::regclass, GREATEST(taken,"
                " coalesce(pg_sequence_last_value(seq::regclass), 0)))"
                " FROM unnest(%s::text[], %s::bigint[]) AS s(seq, taken)",
                [list(snapshot.sequences), list(snapshot.sequences.values())],
            )
    return True


class Snapshots:
    """Snapshots of loaders, keyed on a name and the content of the files they read."""

    def __init__(self):
        self.taken: dict[tuple[str, str], list[Snapshot]] = {}

    def load(self, name: str, load: Callable[[], object], *, sources: Iterable[Path]):
        """What `load()` returns, with the database as `load()` would leave it."""
        snapshot = self.restore(name, load, sources=sources) if ENABLED else None
        return load() if snapshot is None else copy.deepcopy(snapshot.result)

    def restore(
        self, name: str, load: Callable[[], object], *, sources: Iterable[Path]
    ) -> Snapshot | None:
        """The snapshot of `load` that fits the database, restored (taken first if there
        is none yet); None, with nothing written, when none fits and enough are kept."""
        variants = self.taken.setdefault((name, sources_hash(sources)), [])
        for snapshot in variants:
            if snapshot_restore(snapshot):
                return snapshot
        if len(variants) >= VARIANTS_KEPT:
            return None
        snapshot = snapshot_take(load)
        variants.append(snapshot)
        assert snapshot_restore(snapshot), "a snapshot does not fit the state it was taken in"
        return snapshot


SNAPSHOTS = Snapshots()

"""The snapshot behind the `reference` and `seed_corpus` fixtures (tests/reference_snapshot.py)
holds what the real loaders write, table by table and row by row, history included; puts
sequences past the ids it holds; is taken anew when the loader's files change; and is never
used on a database where the loader would have done something else."""

import re
from contextlib import contextmanager

import pytest
from django.db import connection, transaction

from archive.models import Meeting, Person, Topic
from archive.selectors import event_model_of
from archive.services import person_ensure, reference_load, seeds_load
from tests.factories import TopicFactory
from tests.reference_snapshot import (
    SNAPSHOTS,
    Snapshots,
    default_directory,
    quote,
    table_activity,
)

pytestmark = pytest.mark.django_db

REFERENCE_SOURCES = [default_directory(reference_load)]
# name: (loader, the files it reads, the fixture it builds on)
LOADERS = {
    "reference": (reference_load, REFERENCE_SOURCES, None),
    "seed corpus": (seeds_load, REFERENCE_SOURCES + [default_directory(seeds_load)], "reference"),
}
# What differs between two loads of the same data: when, and the history contexts' ids.
STAMP = re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d(:\d\d)?)?")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@contextmanager
def rolled_back():
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


@contextmanager
def sequences_at(values: dict):
    """The sequences as `values` say (None: never used) for the block; then at least where
    they were before it, so that no later test reuses an id."""
    names = list(values)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT seq, pg_sequence_last_value(seq::regclass) FROM unnest(%s::text[]) seq",
            [names],
        )
        was = dict(cursor.fetchall())
        for name, value in values.items():
            if value is None:
                cursor.execute(
                    "SELECT setval(%s::regclass, seqstart, false) FROM pg_sequence"
                    " WHERE seqrelid = %s::regclass",
                    [name, name],
                )
            else:
                cursor.execute("SELECT setval(%s::regclass, %s)", [name, value])
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            for name, value in was.items():
                cursor.execute(
                    "SELECT setval(%s::regclass, GREATEST(%s,"
                    " coalesce(pg_sequence_last_value(%s::regclass), 1)))",
                    [name, value or 1, name],
                )


def tables_text(tables) -> dict[str, list[str]]:
    """Each table's rows as COPY writes them in text, sorted, times and uuids blanked."""
    dump = {}
    with connection.cursor() as cursor:
        for table in tables:
            listed = ", ".join(map(quote, table.columns))
            with cursor.copy(f"COPY {quote(table.name)} ({listed}) TO STDOUT") as out:
                text = b"".join(bytes(block) for block in out).decode()
            dump[table.name] = sorted(
                UUID.sub("<uuid>", STAMP.sub("<time>", line)) for line in text.splitlines()
            )
    return dump


def snapshot_of(request, name):
    load, sources, base = LOADERS[name]
    if base:
        request.getfixturevalue(base)
    with rolled_back():
        snapshot = SNAPSHOTS.restore(name, load, sources=sources)
    assert snapshot is not None
    return snapshot


@pytest.mark.parametrize("name", list(LOADERS))
def test_a_snapshot_holds_what_a_fresh_load_writes(request, name):
    load, sources, _ = LOADERS[name]
    snapshot = snapshot_of(request, name)
    with rolled_back():
        assert SNAPSHOTS.restore(name, load, sources=sources) is snapshot
        restored = tables_text(snapshot.tables)
    # The real loader, handed the ids the snapshot holds.
    with rolled_back(), sequences_at(snapshot.sequences_before), connection.cursor() as cursor:
        before = table_activity(cursor)
        result = load()
        after = table_activity(cursor)
        fresh = tables_text(snapshot.tables)
    written = sorted(table for table in after if after[table][1] > before[table][1])
    assert written == [table.name for table in snapshot.tables]
    # History included: the events the triggers recorded and their contexts.
    assert "pghistory_context" in written and any(table.endswith("event") for table in written)
    assert {table: len(rows) for table, rows in restored.items()} == {
        table: len(rows) for table, rows in fresh.items()
    }
    for table in written:
        assert restored[table] == fresh[table], table
    assert result == snapshot.result


def test_restored_sequences_run_past_the_restored_ids(request):
    snapshot = snapshot_of(request, "reference")
    with rolled_back(), sequences_at(snapshot.sequences_before):
        assert SNAPSHOTS.restore("reference", reference_load, sources=REFERENCE_SOURCES)
        with connection.cursor() as cursor:
            for table in snapshot.tables:
                cursor.execute("SELECT pg_get_serial_sequence(%s, 'id')", [quote(table.name)])
                (sequence,) = cursor.fetchone()
                if sequence is None:
                    continue
                cursor.execute(
                    f"SELECT max(id), pg_sequence_last_value(%s::regclass)"
                    f" FROM {quote(table.name)}",
                    [sequence],
                )
                highest, last = cursor.fetchone()
                assert last >= highest, table.name
        highest = max(Person.objects.values_list("pk", flat=True))
        assert person_ensure(name="A Minister Not Yet Known").pk > highest


def test_restoring_the_reference_takes_a_copy_per_table(request, django_assert_max_num_queries):
    """The real loader takes about two hundred queries; putting its rows back takes one COPY
    per table and nine statements around them (savepoints, checks, triggers, sequences, the
    planner's statistics)."""
    snapshot = snapshot_of(request, "reference")
    with django_assert_max_num_queries(len(snapshot.tables) + 9):
        result = SNAPSHOTS.load("reference", reference_load, sources=REFERENCE_SOURCES)
    assert Meeting.objects.count() == result.meetings > 300


def names_loader(path):
    """A small loader: a person for each line of `path`, their topic count as description."""

    def load():
        topics = f"{Topic.objects.count()} topics"
        names = [line for line in path.read_text().splitlines() if line]
        return [person_ensure(name=name, description=topics).slug for name in names]

    return load


def test_a_changed_file_is_loaded_anew(tmp_path):
    path, snapshots = tmp_path / "names.txt", Snapshots()
    path.write_text("Ada Lovelace\n")
    with rolled_back():
        assert snapshots.load("names", names_loader(path), sources=[tmp_path]) == ["ada-lovelace"]
    path.write_text("Grace Hopper\n")
    assert snapshots.load("names", names_loader(path), sources=[tmp_path]) == ["grace-hopper"]
    assert list(Person.objects.values_list("slug", flat=True)) == ["grace-hopper"]
    assert [event.name for event in event_model_of(Person).objects.all()] == ["Grace Hopper"]


def test_a_row_written_before_the_load_is_loaded_on_for_real(tmp_path):
    path, snapshots = tmp_path / "names.txt", Snapshots()
    path.write_text("Ada Lovelace\nGrace Hopper\n")
    with rolled_back():
        snapshots.load("names", names_loader(path), sources=[tmp_path])
    person_ensure(name="Ada Lovelace", description="corrected by a curator")
    snapshots.load("names", names_loader(path), sources=[tmp_path])
    descriptions = dict(Person.objects.values_list("slug", "description"))
    assert descriptions == {"ada-lovelace": "corrected by a curator", "grace-hopper": "0 topics"}


def test_a_table_the_loader_only_reads_must_match_too(tmp_path):
    path, snapshots = tmp_path / "names.txt", Snapshots()
    path.write_text("Ada Lovelace\n")
    with rolled_back():
        snapshots.load("names", names_loader(path), sources=[tmp_path])
    TopicFactory()
    snapshots.load("names", names_loader(path), sources=[tmp_path])
    assert Person.objects.get().description == "1 topics"

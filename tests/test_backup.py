"""Backups: `manage.py backup` (make backup) writes a pg_dump archive that `manage.py
restore` (make restore) brings back whole: every row of every table, every report's raw
bytes with their SHA-256."""

import hashlib
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from archive.models import Article

ROOT = Path(__file__).resolve().parent.parent


def public_tables() -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        )
        return [row[0] for row in cursor.fetchall()]


def table_fingerprints() -> dict[str, tuple[int, str]]:
    """Each table's row count and a digest of all its rows in a fixed order."""
    fingerprints = {}
    with connection.cursor() as cursor:
        for table in public_tables():
            cursor.execute(
                f"SELECT count(*), md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), ''))"
                f' FROM "{table}" t'
            )
            fingerprints[table] = cursor.fetchone()
    return fingerprints


def raw_digests() -> dict[int, tuple[str, str]]:
    return {
        pk: (stored, hashlib.sha256(bytes(raw)).hexdigest())
        for pk, stored, raw in Article.objects.values_list("pk", "raw_sha256", "raw")
    }


@pytest.mark.django_db(transaction=True)
def test_backup_wipe_restore_brings_back_every_row(seed_corpus, tmp_path):
    before = table_fingerprints()
    digests = raw_digests()
    assert len(digests) >= 5 and all(stored == actual for stored, actual in digests.values())
    assert before["archive_article"][0] == len(digests)
    assert before["archive_meeting"][0] > 0 and before["archive_person"][0] > 0

    path = tmp_path / "archive.dump"
    call_command("backup", output=str(path))
    assert path.stat().st_size > 0

    with connection.cursor() as cursor:
        tables = ", ".join(f'"{table}"' for table in before)
        cursor.execute(f"TRUNCATE {tables} CASCADE")
    assert all(count == 0 for count, _ in table_fingerprints().values())

    # Unattended and without --yes, restore refuses: it would replace the whole database.
    unattended = subprocess.run(
        [sys.executable, "manage.py", "restore", str(path)],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert unattended.returncode != 0 and "--yes" in unattended.stderr
    assert table_fingerprints()["archive_article"][0] == 0

    call_command("restore", str(path), yes=True)

    assert table_fingerprints() == before
    assert raw_digests() == digests


@pytest.mark.django_db(transaction=True)
def test_a_file_that_is_not_a_backup_changes_nothing(tmp_path):
    from tests.factories import ArticleFactory

    ArticleFactory()
    before = table_fingerprints()
    bogus = tmp_path / "not-a-dump.dump"
    bogus.write_bytes(b"PGDMP but not really")
    with pytest.raises(CommandError, match="not a pg_dump archive"):
        call_command("restore", str(bogus), yes=True)
    assert table_fingerprints() == before


def run_make_clean_db(folder, *, stdin=subprocess.DEVNULL, force=False):
    """`make clean-db` from the project's Makefile, run in `folder` (so that the .pgdata it
    deletes is a throwaway one, never the checkout's)."""
    command = ["make", "--no-print-directory", "-f", str(ROOT / "Makefile"), "clean-db"]
    return subprocess.run(
        command + (["FORCE=1"] if force else []),
        cwd=folder,
        stdin=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_clean_db_asks_before_deleting(tmp_path):
    pgdata = tmp_path / ".pgdata"
    pgdata.mkdir()
    (pgdata / "PG_VERSION").write_text("16\n")

    # No terminal, no FORCE=1 (a script, CI): nothing is deleted.
    unattended = run_make_clean_db(tmp_path)
    assert unattended.returncode != 0
    assert (pgdata / "PG_VERSION").exists()
    assert "FORCE=1" in unattended.stdout + unattended.stderr

    # At a terminal, anything but "yes" keeps the data.
    controller, terminal = pty.openpty()
    try:
        os.write(controller, b"y\n")
        answered = run_make_clean_db(tmp_path, stdin=terminal)
    finally:
        os.close(controller)
        os.close(terminal)
    assert answered.returncode != 0
    assert (pgdata / "PG_VERSION").exists()

    controller, terminal = pty.openpty()
    try:
        os.write(controller, b"yes\n")
        confirmed = run_make_clean_db(tmp_path, stdin=terminal)
    finally:
        os.close(controller)
        os.close(terminal)
    assert confirmed.returncode == 0, confirmed.stdout + confirmed.stderr
    assert not pgdata.exists()

    pgdata.mkdir()
    forced = run_make_clean_db(tmp_path, force=True)
    assert forced.returncode == 0, forced.stderr
    assert not pgdata.exists()

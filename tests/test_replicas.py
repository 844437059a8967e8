"""Reads from a real streaming replica (archive/db_router.py, archive/replica_pinning.py).

A primary PostgreSQL and a hot standby made from its base backup (pg_basebackup -R, a
replication slot), both from the binaries pgserver ships, each in a temporary folder of its
own, on ports of 127.0.0.1 only, stopped and deleted at the end whatever happens; the
embedded server's own data folder is never touched. Django's `default` points at the primary
and `replica_0` at the standby while these tests run.

Replaying WAL can be paused on the standby: a report written to the primary then exists there
only, which tells, from the page a client gets, which server answered it.
"""

import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import psycopg
import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.db import connection, connections, router, transaction
from django.test import Client, override_settings

from archive import db_router
from archive.models import Article
from archive.replica_pinning import PIN_COOKIE

SLOT = "archive_test_replica"
COMMAND_TIMEOUT = 120  # seconds any one server command may take before the test fails
REPLAY_WAIT = 60  # seconds the standby may take to replay what the primary wrote

pytestmark = pytest.mark.replica


def pg_bin(name: str) -> str:
    from pgserver._commands import POSTGRES_BIN_PATH

    return str(POSTGRES_BIN_PATH / name)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Cluster:
    """One PostgreSQL server in `folder`, listening on 127.0.0.1:`port` and nowhere else. As
    root it runs as pgserver's `pgserver` user (PostgreSQL refuses to run as root)."""

    def __init__(self, folder: Path, port: int):
        self.folder, self.port = folder, port
        self.user = "pgserver" if os.geteuid() == 0 else None

    def run(self, *args: str) -> None:
        subprocess.run(
            args, check=True, user=self.user, timeout=COMMAND_TIMEOUT, capture_output=True
        )

    def init(self) -> None:
        self.run(pg_bin("initdb"), "-D", str(self.folder), "-U", "postgres", "--auth=trust")

    def start(self) -> None:
        options = f"-h 127.0.0.1 -p {self.port} -k '' -c wal_level=replica -c max_wal_senders=4"
        log = str(self.folder.parent / f"{self.folder.name}.log")
        self.run(pg_bin("pg_ctl"), "-D", str(self.folder), "-w", "-t", "60", "-l", log, "-o",
                 options, "start")  # fmt: skip

    def stop(self) -> None:
        if (self.folder / "postmaster.pid").exists():
            self.run(pg_bin("pg_ctl"), "-D", str(self.folder), "-w", "-m", "immediate", "stop")

    def base_backup_to(self, replica: "Cluster") -> None:
        """The standby's data folder: a base backup with primary_conninfo written (-R)
        through a replication slot, so the primary keeps the WAL the standby still needs."""
        self.run(pg_bin("pg_basebackup"), "-h", "127.0.0.1", "-p", str(self.port), "-U",
                 "postgres", "-D", str(replica.folder), "-R", "-X", "stream", "-C", "-S", SLOT,
                 "-c", "fast")  # fmt: skip

    def url(self, database: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def sql(self, query: str, params=(), database: str = "postgres"):
        with psycopg.connect(self.url(database), autocommit=True) as conn:
            cursor = conn.execute(query, params)
            return cursor.fetchall() if cursor.description else []


def database_entry(cluster: Cluster, database: str) -> dict:
    """A full DATABASES entry for `cluster`, as the settings build one for a replica URL."""
    entry = dict(connection.settings_dict)
    entry.update(
        NAME=database, HOST="127.0.0.1", PORT=str(cluster.port), USER="postgres", PASSWORD=""
    )
    entry["OPTIONS"] = {"connect_timeout": "2"}
    entry["TEST"] = {"MIRROR": "default"}
    return entry


@pytest.fixture(scope="module")
def clusters():
    """A fresh primary and its streaming standby, stopped and deleted at the end."""
    work = Path(tempfile.mkdtemp(prefix="archive-replicas-"))
    primary = Cluster(work / "primary", free_port())
    replica = Cluster(work / "replica", free_port())
    if primary.user:
        shutil.chown(work, user=primary.user)
    try:
        primary.init()
        primary.start()
        primary.sql('CREATE DATABASE "archive"')
        yield primary, replica
    finally:
        for cluster in (replica, primary):
            try:
                cluster.stop()
            except subprocess.SubprocessError:
                pass  # already stopped, or never started
        shutil.rmtree(work, ignore_errors=True)


@pytest.fixture(scope="module")
def replicated(clusters, django_db_blocker):
    """`default` on the primary (migrated), `replica_0` on a standby of it, the router and
    the pinning middleware installed as the settings install them for DATABASE_REPLICA_URLS."""
    primary, replica = clusters
    saved = dict(connection.settings_dict)
    middleware = list(django_settings.MIDDLEWARE)
    middleware.insert(2, "archive.replica_pinning.ReplicaPinningMiddleware")
    with django_db_blocker.unblock():
        connection.close()
        connection.settings_dict.update(database_entry(primary, "archive"))
        try:
            call_command("migrate", verbosity=0, interactive=False)
            primary.base_backup_to(replica)
            replica.start()
            connections.settings["replica_0"] = database_entry(replica, "archive")
            with override_settings(
                DATABASE_REPLICAS=["replica_0"],
                DATABASE_ROUTERS=["archive.db_router.ReplicaRouter"],
                MIDDLEWARE=middleware,
            ):
                yield primary, replica
        finally:
            connection.close()
            if "replica_0" in connections.settings:
                connections["replica_0"].close()
                del connections["replica_0"]
                del connections.settings["replica_0"]
            connection.settings_dict.clear()
            connection.settings_dict.update(saved)


@pytest.fixture
def cluster_pair(replicated):
    """Each test starts with the standby replaying and no replica resting."""
    db_router.RESTING.clear()
    primary, replica = replicated
    replica.sql("SELECT pg_wal_replay_resume()")
    yield primary, replica
    db_router.reads_end()
    db_router.RESTING.clear()


def replayed(primary: Cluster, replica: Cluster) -> None:
    """Wait (bounded) until the standby has replayed everything the primary wrote so far."""
    target = primary.sql("SELECT pg_current_wal_lsn()::text")[0][0]
    deadline = time.monotonic() + REPLAY_WAIT
    while time.monotonic() < deadline:
        behind = replica.sql(
            "SELECT pg_wal_lsn_diff(%s::pg_lsn, pg_last_wal_replay_lsn()) > 0", [target]
        )[0][0]
        if not behind:
            return
        time.sleep(0.05)
    raise AssertionError(f"the standby did not replay up to {target} in {REPLAY_WAIT} s")


def published_report():
    from tests.factories import ArticleFactory

    return ArticleFactory()


def only_on_the_primary(primary: Cluster, replica: Cluster):
    """A published report the primary holds and the standby does not (replay paused)."""
    replayed(primary, replica)
    replica.sql("SELECT pg_wal_replay_pause()")
    return published_report()


def test_a_row_written_through_django_reaches_the_replica(cluster_pair):
    primary, replica = cluster_pair
    assert replica.sql("SELECT pg_is_in_recovery()")[0][0] is True
    slot = primary.sql("SELECT active FROM pg_replication_slots WHERE slot_name = %s", [SLOT])
    assert slot == [(True,)]
    article = published_report()
    replayed(primary, replica)
    rows = replica.sql("SELECT title FROM archive_article WHERE id = %s", [article.pk], "archive")
    assert rows == [(article.title,)]


def test_a_public_page_is_read_from_the_replica(cluster_pair):
    primary, replica = cluster_pair
    shown = published_report()
    fresh = only_on_the_primary(primary, replica)
    visitor = Client()
    response = visitor.get(f"/articles/{shown.pk}/")
    assert response.status_code == 200 and shown.title in response.content.decode()
    assert response.wsgi_request.database_read_from == "replica_0"
    # The standby has not replayed it: a visitor does not see it yet.
    assert visitor.get(f"/articles/{fresh.pk}/").status_code == 404
    assert Article.objects.filter(pk=fresh.pk).exists()  # outside a request: the primary


def test_a_curator_reads_the_primary(cluster_pair):
    from tests.factories import UserFactory

    primary, replica = cluster_pair
    curator = Client()
    curator.force_login(UserFactory())
    fresh = only_on_the_primary(primary, replica)
    response = curator.get(f"/articles/{fresh.pk}/")
    assert response.status_code == 200 and fresh.title in response.content.decode()
    assert response.wsgi_request.database_read_from == "default"
    admin = curator.get(f"/admin/archive/article/{fresh.pk}/change/")
    assert admin.status_code == 200 and admin.wsgi_request.database_read_from == "default"


def test_a_client_that_wrote_reads_the_primary_for_a_while(cluster_pair):
    """A curator signs out (a POST that deletes the session) and looks at the public page at
    once: without a session cookie now, but with the pin cookie the write left."""
    from tests.factories import UserFactory

    primary, replica = cluster_pair
    client = Client()
    client.force_login(UserFactory())
    fresh = only_on_the_primary(primary, replica)
    signed_out = client.post("/admin/logout/")
    pin = signed_out.cookies[PIN_COOKIE]
    assert 0 < int(pin["max-age"]) <= django_settings.DATABASE_REPLICA_PIN_SECONDS
    response = client.get(f"/articles/{fresh.pk}/")
    assert response.status_code == 200
    assert response.wsgi_request.database_read_from == "default"
    assert Client().get(f"/articles/{fresh.pk}/").status_code == 404  # anyone else: replica


def test_the_router_pins_transactions_and_writes(cluster_pair):
    db_router.reads_begin()
    try:
        assert router.db_for_read(Article) == "replica_0"
        with transaction.atomic():
            assert router.db_for_read(Article) == "default"
        published_report()  # a write: the rest of the request reads the primary
        assert router.db_for_read(Article) == "default"
    finally:
        db_router.reads_end()
    assert router.db_for_read(Article) == "default"  # outside a request


def test_with_the_replica_stopped_pages_still_answer(cluster_pair):
    primary, replica = cluster_pair
    shown = published_report()
    replayed(primary, replica)
    visitor = Client()
    assert visitor.get(f"/articles/{shown.pk}/").wsgi_request.database_read_from == "replica_0"
    replica.stop()
    try:
        # The kept connection breaks under the query: the page is served again from the
        # primary, and the replica rests.
        response = visitor.get(f"/articles/{shown.pk}/")
        assert response.status_code == 200 and shown.title in response.content.decode()
        assert response.wsgi_request.database_read_from == "default"
        assert "replica_0" in db_router.RESTING
        for url in ("/articles/", "/meetings/", "/people/", "/articles.csv"):
            page = visitor.get(url)
            assert page.status_code == 200, url
            page.close()
        # Once the rest is over, a new connection is tried, refused, and skipped at once.
        db_router.RESTING.clear()
        connections["replica_0"].close()
        response = visitor.get(f"/articles/{shown.pk}/")
        assert response.status_code == 200
        assert response.wsgi_request.database_read_from == "default"
        assert "replica_0" in db_router.RESTING
    finally:
        replica.start()


REPLICA_SETTINGS = """
import json
print(json.dumps([
    settings.DATABASE_REPLICAS,
    getattr(settings, "DATABASE_ROUTERS", []),
    [name for name in settings.MIDDLEWARE if "replica" in name],
    [settings.DATABASES[alias] for alias in settings.DATABASE_REPLICAS],
]))
"""


def test_replica_urls_add_aliases_the_router_and_the_middleware():
    from tests.test_statement_timeout import settings_run

    urls = "postgresql://reader@10.0.0.2:5432/archive, postgresql://reader@10.0.0.3/archive"
    result = settings_run(REPLICA_SETTINGS, DATABASE_REPLICA_URLS=urls)
    assert result.returncode == 0, result.stderr
    aliases, routers, middleware, databases = json.loads(result.stdout)
    assert aliases == ["replica_0", "replica_1"]
    assert routers == ["archive.db_router.ReplicaRouter"]
    assert middleware == ["archive.replica_pinning.ReplicaPinningMiddleware"]
    assert [(db["HOST"], db["PORT"], db["USER"]) for db in databases] == [
        ("10.0.0.2", "5432", "reader"),
        ("10.0.0.3", "", "reader"),
    ]
    # Tests never create them (they mirror default), and a silent one is given up quickly.
    assert all(db["TEST"] == {"MIRROR": "default"} for db in databases)
    assert all(db["OPTIONS"] == {"connect_timeout": "2"} for db in databases)


def test_without_replica_urls_nothing_changes():
    from tests.test_statement_timeout import settings_run

    result = settings_run(REPLICA_SETTINGS)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [[], [], [], []]

"""Settings come from env vars; production settings pass Django's deployment checks."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

from config.database import parse_database_url

ROOT = Path(__file__).resolve().parent.parent


def test_database_url_with_host_and_port():
    config = parse_database_url("postgresql://archive:s%40cret@db.example.org:5433/archive")
    assert (config["HOST"], config["PORT"], config["USER"], config["PASSWORD"], config["NAME"]) == (
        "db.example.org",
        "5433",
        "archive",
        "s@cret",
        "archive",
    )


def test_database_url_with_a_unix_socket():
    config = parse_database_url("postgresql://postgres:@/archive?host=/work/main/.pgdata")
    assert config["HOST"] == "/work/main/.pgdata"
    assert config["NAME"] == "archive"


def test_only_postgresql_is_accepted():
    with pytest.raises(ValueError, match="PostgreSQL"):
        parse_database_url("sqlite:///db.sqlite3")


@pytest.mark.django_db
def test_tests_run_on_real_postgresql():
    assert connection.vendor == "postgresql"
    assert connection.pg_version >= 140000


def test_production_settings_pass_the_deployment_checks():
    env = {
        **os.environ,
        "SECRET_KEY": "x" * 20 + "-a-long-random-production-key-0123456789",
        "HTTPS": "1",
        "DEBUG": "0",
        "ALLOWED_HOSTS": "archive.example.org",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_killed_holder_no_longer_keeps_the_embedded_server(tmp_path):
    import json

    from config.embedded_db import forget_dead_holders

    holders = tmp_path / ".handle_pids.json"
    holders.write_text(json.dumps([os.getpid(), 2**22 + 12345]))
    forget_dead_holders(tmp_path)
    assert json.loads(holders.read_text()) == [os.getpid()]

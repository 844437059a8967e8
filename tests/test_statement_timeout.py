"""Every statement a web request makes is bounded by DATABASE_STATEMENT_TIMEOUT, and a statement
cancelled by it answers 503 in the outage page's plain style, not 500. Statements made
outside a request (commands, imports, the worker) are not bounded."""

import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from django.db import connection
from django.http import HttpResponse
from django.test import Client
from django.urls import include, path

ROOT = Path(__file__).resolve().parent.parent


def slow_view(request):
    """Test-only: one statement that runs far longer than the bound the tests set."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_sleep(30)")
    return HttpResponse("finished")


def bound_view(request):
    """Test-only: the bound this request's connection carries."""
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        return HttpResponse(cursor.fetchone()[0])


urlpatterns = [
    path("test-only/slow/", slow_view),
    path("test-only/bound/", bound_view),
    path("", include("config.urls")),
]


@pytest.fixture
def fresh_connection(settings, django_db_blocker):
    """The default connection closed before and after, so that the request under test opens
    it (and the next test does not inherit its bound)."""
    with django_db_blocker.unblock():
        connection.close()
        yield settings
        connection.close()


@pytest.mark.urls(__name__)
@pytest.mark.django_db(transaction=True)
def test_a_statement_over_the_bound_answers_503(fresh_connection):
    fresh_connection.DATABASE_STATEMENT_TIMEOUT = "200ms"
    response = Client(raise_request_exception=False).get("/test-only/slow/")
    assert response.status_code == 503
    assert response["Content-Type"].startswith("text/plain")
    assert int(response["Retry-After"]) > 0
    text = response.content.decode()
    assert "200ms" in text and "<" not in text and "Traceback" not in text


@pytest.mark.urls(__name__)
@pytest.mark.django_db(transaction=True)
def test_a_request_connection_carries_the_bound_and_others_do_not(fresh_connection):
    fresh_connection.DATABASE_STATEMENT_TIMEOUT = "1500ms"
    with connection.cursor() as cursor:  # opened outside a request, as a command's is
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone()[0] == "0"
    connection.close()
    response = Client().get("/test-only/bound/")
    assert response.content.decode() == "1500ms"


@pytest.mark.urls(__name__)
@pytest.mark.django_db(transaction=True)
def test_the_bound_can_be_turned_off(fresh_connection):
    fresh_connection.DATABASE_STATEMENT_TIMEOUT = "0"
    assert Client().get("/test-only/bound/").content.decode() == "0"


@pytest.mark.django_db(transaction=True)
def test_a_real_page_stuck_behind_a_lock_answers_503(fresh_connection):
    """A lock wait counts toward the bound: with the articles table locked by another
    session, the search page's first statement waits, is cancelled, and the visitor gets
    the 503 page instead of a worker held until gunicorn kills it."""
    fresh_connection.DATABASE_STATEMENT_TIMEOUT = "300ms"
    settings_dict = connection.settings_dict
    with psycopg.connect(
        dbname=settings_dict["NAME"],
        host=settings_dict["HOST"],
        port=settings_dict["PORT"] or None,
        user=settings_dict["USER"] or None,
    ) as locker:
        locker.execute("LOCK TABLE archive_article IN ACCESS EXCLUSIVE MODE")
        response = Client(raise_request_exception=False).get("/articles/?q=alliance")
        locker.rollback()
    assert response.status_code == 503
    assert "300ms" in response.content.decode()


def settings_run(code: str, **env) -> subprocess.CompletedProcess:
    """Run `code` (which prints from `settings`) with the settings module computed from `env`,
    in a fresh interpreter (DATABASE_URL given, so no server is started)."""
    environment = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DATABASE_URL": "postgresql://archive@127.0.0.1:5432/archive",
        "SECRET_KEY": "x" * 50,
        **env,
    }
    return subprocess.run(
        [sys.executable, "-c", f"from django.conf import settings; {code}"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


BOUND = "print(settings.DATABASE_STATEMENT_TIMEOUT)"


@pytest.mark.parametrize(
    ("value", "bound"), [(None, "30s"), ("5s", "5s"), ("750", "750"), ("0s", "0")]
)
def test_the_bound_defaults_to_30_seconds_and_follows_the_environment(value, bound):
    env = {} if value is None else {"DATABASE_STATEMENT_TIMEOUT": value}
    result = settings_run(BOUND, **env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == bound


def test_a_bound_postgresql_would_not_read_is_refused_at_start():
    result = settings_run(BOUND, DATABASE_STATEMENT_TIMEOUT="soon")
    assert result.returncode != 0 and "must look like" in result.stderr

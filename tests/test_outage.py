"""Database outages: pages answer 503 with a short plain explanation and Retry-After, exports
never answer 200 and then break off, and the embedded server, once stopped, is started again
by the next request."""

import socket
from pathlib import Path

import pytest
from django.db import connection, connections
from django.test import Client

from archive import middleware
from config.embedded_db import embedded_server_restart, embedded_server_running

ROOT = Path(__file__).resolve().parent.parent


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nothing listens there once the probe is closed


@pytest.fixture
def database_down(django_db_blocker):
    """The default connection pointed at a port where no server listens."""
    saved = dict(connection.settings_dict)
    with django_db_blocker.unblock():
        connection.close()
        connection.settings_dict.update(HOST="127.0.0.1", PORT=str(closed_port()))
        try:
            yield
        finally:
            connection.close()
            connection.settings_dict.clear()
            connection.settings_dict.update(saved)


PAGES = [
    "/",
    "/articles/?q=alliance",
    "/articles/1/",
    "/meetings/",
    "/meetings/scc-2022-01-07/",
    "/people/",
    "/outlets/",
    "/topics/",
    "/articles.atom",
    "/sitemap.xml",
    "/admin/login/?next=/admin/",
]
EXPORTS = [
    "/articles.csv",
    "/articles.json?q=alliance",
    "/meetings.csv",
    "/people.json",
    "/outlets.csv",
    "/topics.json",
]


@pytest.mark.parametrize("url", PAGES + EXPORTS)
def test_with_the_database_down_every_page_answers_503(database_down, url):
    client = Client(raise_request_exception=False)
    response = client.get(url)
    if url.startswith("/admin/login/"):
        # The sign-in form itself needs no database; signing in does.
        assert response.status_code == 200
        response = client.post(url, {"username": "someone", "password": "x"})
    assert response.status_code == 503, (url, response.status_code)
    assert response["Content-Type"].startswith("text/plain")
    assert int(response["Retry-After"]) > 0
    assert not response.streaming  # an export never starts a 200 stream it cannot finish
    assert "database" in response.content.decode()


def test_the_explanation_is_short_and_plain(database_down):
    response = Client(raise_request_exception=False).get("/meetings/")
    text = response.content.decode()
    assert len(text) < 300 and "<" not in text and "Traceback" not in text


@pytest.mark.django_db
def test_exports_still_stream_when_the_database_answers(client):
    from tests.factories import MeetingFactory

    for number in range(3):
        MeetingFactory(slug=f"meeting-{number}")
    response = client.get("/meetings.csv")
    assert response.status_code == 200 and response.streaming
    rows = b"".join(response.streaming_content).decode().splitlines()
    assert rows[0].lstrip("\ufeff").startswith("slug,") and len(rows) == 4
    empty = client.get("/articles.json?q=nothing-matches-this-zzzz")
    assert empty.status_code == 200
    assert b'"results": [' in b"".join(empty.streaming_content)


@pytest.fixture
def throwaway_server(tmp_path, django_db_blocker):
    """A PostgreSQL of its own (pgserver, in tmp_path/.pgdata) that the default connection
    points at, so that stopping it disturbs nobody else's server."""
    import pgserver

    server = pgserver.get_server(tmp_path / ".pgdata", cleanup_mode="stop")
    saved = dict(connection.settings_dict)
    info = server.get_postmaster_info()
    with django_db_blocker.unblock():
        connection.close()
        connection.settings_dict.update(
            HOST=str(info.socket_dir), PORT="", NAME="postgres", USER="postgres", PASSWORD=""
        )
        try:
            yield server
        finally:
            connection.close()
            connection.settings_dict.clear()
            connection.settings_dict.update(saved)
            server.cleanup()


def stop(server):
    from pgserver._commands import pg_ctl

    connection.close()
    pg_ctl(["-w", "-m", "fast", "stop"], pgdata=server.pgdata, user=server.system_user)
    assert not embedded_server_running(server.pgdata)


def test_the_next_request_restarts_a_stopped_embedded_server(throwaway_server, settings):
    from django.core.handlers.exception import convert_exception_to_response
    from django.http import HttpResponse
    from django.test import RequestFactory

    settings.BASE_DIR = throwaway_server.pgdata.parent
    settings.EMBEDDED_DATABASE = True
    middleware.LAST_RESTART["at"] = 0.0

    def view(request):
        with connection.cursor() as cursor:
            cursor.execute("SELECT 41 + 1")
            return HttpResponse(str(cursor.fetchone()[0]))

    # The view's failure travels through Django's own exception handling, as in a request.
    handler = middleware.DatabaseUnavailableMiddleware(convert_exception_to_response(view))
    assert handler(RequestFactory().get("/")).content == b"42"

    stop(throwaway_server)
    response = handler(RequestFactory().get("/"))
    assert response.status_code == 200 and response.content == b"42"
    assert embedded_server_running(throwaway_server.pgdata)

    # A POST is never replayed: it answers 503, and the server is up for the next request.
    stop(throwaway_server)
    middleware.LAST_RESTART["at"] = 0.0
    posted = handler(RequestFactory().post("/"))
    assert posted.status_code == 503 and posted["Retry-After"]
    assert handler(RequestFactory().get("/")).content == b"42"


def test_restart_is_a_no_op_while_the_server_runs(throwaway_server):
    assert embedded_server_restart(throwaway_server.pgdata.parent) is False
    assert connections["default"].cursor() is not None

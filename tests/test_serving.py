"""Serving under slow and hostile clients: gunicorn started with config/gunicorn.conf.py (what
`make run`, the Dockerfile and docker-compose run) on a free loopback port, against the test
database. Counts are bounded and every wait has a generous ceiling; the times measured are
printed (pytest -s) rather than asserted tightly."""

import http.client
import os
import runpy
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent
CONF = ROOT / "config" / "gunicorn.conf.py"
GUNICORN = Path(sys.executable).with_name("gunicorn")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url(settings: dict) -> str:
    """The test database as a DATABASE_URL, for a server in another process."""
    user = quote(settings["USER"] or "")
    password = quote(settings["PASSWORD"] or "")
    host = settings["HOST"] or ""
    if host.startswith("/"):
        return f"postgresql://{user}:{password}@/{settings['NAME']}?host={quote(host)}"
    port = f":{settings['PORT']}" if settings["PORT"] else ""
    return f"postgresql://{user}:{password}@{host}{port}/{settings['NAME']}"


def get(port: int, path: str, timeout: float = 15) -> tuple[int, str]:
    client = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        client.request("GET", path)
        response = client.getresponse()
        return response.status, response.read().decode()
    finally:
        client.close()


@pytest.fixture
def start_gunicorn(transactional_db, tmp_path):
    """Start gunicorn with the project's config; returns its port. Stopped after the test."""
    started = []

    def start(**env) -> int:
        port = free_port()
        log = open(tmp_path / f"gunicorn-{port}.log", "w")  # noqa: SIM115 (closed below)
        process = subprocess.Popen(
            [str(GUNICORN), "-c", str(CONF), "--bind", f"127.0.0.1:{port}"],
            cwd=ROOT,
            env={
                **os.environ,
                "DATABASE_URL": database_url(connection.settings_dict),
                "GUNICORN_ACCESSLOG": "",
                **env,
            },
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        started.append((process, log))
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert process.poll() is None, (tmp_path / f"gunicorn-{port}.log").read_text()
            try:
                if get(port, "/favicon.ico", timeout=2)[0] == 301:
                    return port
            except OSError:
                time.sleep(0.2)
        raise AssertionError("gunicorn did not start within 60 s")

    yield start
    for process, log in started:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@pytest.fixture
def meeting(transactional_db):
    """A meeting for /meetings/ to list (committed: the server is another process)."""
    from tests.factories import MeetingFactory

    return MeetingFactory(slug="scc-serving-check", title="Serving check meeting")


def capacity() -> int:
    """Requests the configured server works on at once: workers x threads."""
    conf = runpy.run_path(str(CONF))
    return conf["workers"] * conf["threads"]


def test_the_config_runs_threaded_workers_with_timeouts():
    conf = runpy.run_path(str(CONF))
    assert issubclass(
        conf["worker_class"], __import__("gunicorn.workers.gthread").workers.gthread.ThreadWorker
    )
    assert conf["threads"] > 1 and conf["workers"] >= 1
    assert 0 < conf["timeout"] <= 120 and 0 < conf["keepalive"] <= 30
    assert conf["READ_TIMEOUT"] <= 30 and conf["FIRST_BYTE_WAIT"] < 1


def test_idle_and_half_open_connections_do_not_starve_a_normal_request(start_gunicorn, meeting):
    port = start_gunicorn()
    many = capacity() + 8
    held = []
    try:
        # Connected and silent, like a client that went away without closing.
        for _ in range(many):
            held.append(socket.create_connection(("127.0.0.1", port), timeout=5))
        # Half-open: the client closed its side before sending a request.
        for _ in range(many):
            half = socket.create_connection(("127.0.0.1", port), timeout=5)
            half.shutdown(socket.SHUT_WR)
            held.append(half)
        started = time.monotonic()
        status, body = get(port, "/meetings/")
        elapsed = time.monotonic() - started
    finally:
        for held_socket in held:
            held_socket.close()
    print(f"\n/meetings/ behind {2 * many} idle or half-open connections: {elapsed:.3f} s")
    assert status == 200
    assert f"/meetings/{meeting.slug}/" in body
    assert elapsed < 5, f"a normal request waited {elapsed:.1f} s (target: under 1 s)"


def test_a_stalled_request_is_dropped_and_frees_its_thread(start_gunicorn):
    port = start_gunicorn(GUNICORN_READ_TIMEOUT="1", GUNICORN_THREADS="2", GUNICORN_WORKERS="1")
    stalled = []
    try:
        # More half-sent requests than the worker has threads.
        for _ in range(4):
            client = socket.create_connection(("127.0.0.1", port), timeout=20)
            client.sendall(b"GET /meetings/ HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            stalled.append(client)
        started = time.monotonic()
        closed_after = []
        for client in stalled:
            assert client.recv(1024) == b""  # the server hung up: no response, no 500
            closed_after.append(time.monotonic() - started)
        status, _ = get(port, "/favicon.ico")
    finally:
        for client in stalled:
            client.close()
    print(f"\nstalled requests dropped after {max(closed_after):.2f} s (read timeout 1 s)")
    assert status == 301
    assert max(closed_after) < 15


def oversized_post(port: int, path: str) -> bytes:
    """Announce a 300 MB multipart body, send 64 KB of it, and read what comes back."""
    client = socket.create_connection(("127.0.0.1", port), timeout=10)
    try:
        client.sendall(
            f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            "Content-Type: multipart/form-data; boundary=xyz\r\n"
            f"Content-Length: {300 * 1024 * 1024}\r\n\r\n".encode()
            + b'--xyz\r\nContent-Disposition: form-data; name="f"; filename="a"\r\n\r\n'
            + b"a" * 65536
        )
        return client.recv(4096)
    finally:
        client.close()


def test_a_body_over_the_limit_is_refused_before_it_is_read(start_gunicorn):
    port = start_gunicorn()
    started = time.monotonic()
    public = oversized_post(port, "/articles/")
    admin = oversized_post(port, "/admin/login/")
    elapsed = time.monotonic() - started
    print(f"\ntwo 300 MB bodies refused in {elapsed:.3f} s")
    assert public.startswith(b"HTTP/1.1 413"), public[:200]
    assert admin.startswith(b"HTTP/1.1 413"), admin[:200]


NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)


@pytest.fixture
def start_nginx(tmp_path):
    """nginx with deploy/nginx.conf in front of a gunicorn on `upstream_port`; its port."""
    processes = []

    def start(upstream_port: int) -> int:
        port = free_port()
        site = (ROOT / "deploy" / "nginx.conf").read_text()
        for deployed, here in (
            ("server web:8000;", f"server 127.0.0.1:{upstream_port};"),
            ("listen 80 default_server;", f"listen 127.0.0.1:{port} default_server;"),
            ("alias /srv/static/;", f"alias {ROOT / 'static'}/;"),
        ):
            assert deployed in site, deployed
            site = site.replace(deployed, here)
        (tmp_path / "site.conf").write_text(site)
        temp = "".join(
            f"{kind}_temp_path {tmp_path / kind};\n"
            for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        (tmp_path / "nginx.conf").write_text(
            ("user root;\n" if os.geteuid() == 0 else "")
            + f"daemon off;\npid {tmp_path / 'nginx.pid'};\nerror_log {tmp_path / 'error.log'};\n"
            + "events { worker_connections 512; }\n"
            + f"http {{\naccess_log off;\n{temp}include {tmp_path / 'site.conf'};\n}}\n"
        )
        process = subprocess.Popen(
            [NGINX, "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
        processes.append(process)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            assert process.poll() is None, (tmp_path / "error.log").read_text()
            try:
                if get(port, "/static/favicon.svg", timeout=2)[0] == 200:
                    return port
            except OSError:
                time.sleep(0.2)
        raise AssertionError("nginx did not start within 30 s")

    yield start
    for process in processes:
        process.terminate()
        process.wait(timeout=30)


@pytest.mark.skipif(NGINX is None, reason="nginx is not installed (apt-get install nginx)")
def test_behind_nginx_slow_clients_never_reach_gunicorn(start_gunicorn, start_nginx, meeting):
    """The deployed layout: requests that trickle their headers (a slowloris) wait in nginx,
    which times them out itself; gunicorn's threads serve whole requests only."""
    port = start_nginx(start_gunicorn())
    many = capacity() + 8
    trickling = []
    try:
        for _ in range(many):
            client = socket.create_connection(("127.0.0.1", port), timeout=5)
            client.sendall(b"GET /meetings/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            trickling.append(client)
        started = time.monotonic()
        status, body = get(port, "/meetings/")
        elapsed = time.monotonic() - started
        refused = oversized_post(port, "/articles/")
    finally:
        for client in trickling:
            client.close()
    print(f"\n/meetings/ through nginx beside {many} trickling requests: {elapsed:.3f} s")
    assert status == 200 and f"/meetings/{meeting.slug}/" in body
    assert elapsed < 5
    assert refused.startswith(b"HTTP/1.1 413"), refused[:200]

"""gunicorn settings for `make run`, the Dockerfile and docker-compose (docs/deploy.md).

Threaded workers (gthread): a connection waits for its request in the worker's poller, not
in a thread, so idle or slow-to-start clients do not tie up the workers the way they did
with the sync worker (two idle connections stopped the site for 30 s). Every setting can be
overridden from the environment (GUNICORN_*), or on the command line.

In production the archive sits behind nginx (deploy/nginx.conf), which reads each request
whole (headers and body, with its own timeouts and size limits) before it reaches gunicorn:
a client that trickles its headers a byte at a time is nginx's to time out, not ours.
"""

import errno
import gc
import logging
import os
import socket
import struct
from pathlib import Path

from gunicorn.workers import gthread


def env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = env_int("GUNICORN_WORKERS", 2)
threads = env_int("GUNICORN_THREADS", 8)
# Connections one worker holds at once, waiting ones included; past this it stops accepting
# and the kernel's backlog queues the rest.
worker_connections = env_int("GUNICORN_WORKER_CONNECTIONS", 500)
backlog = env_int("GUNICORN_BACKLOG", 512)

# A request may run this long before its worker is restarted (the admin import preview is
# the slowest page); a stopping worker finishes its requests within graceful_timeout.
timeout = env_int("GUNICORN_TIMEOUT", 60)
graceful_timeout = env_int("GUNICORN_GRACEFUL_TIMEOUT", 30)
# An idle kept-alive connection is closed after this many seconds.
keepalive = env_int("GUNICORN_KEEPALIVE", 5)
# Seconds a new connection may stay silent before it is handed back to the poller (it then
# waits there, costing no thread, until its first byte or the keepalive timeout).
FIRST_BYTE_WAIT = float(os.environ.get("GUNICORN_FIRST_BYTE_WAIT", "0.2"))
# Once a request has started, each read from the client must return within this many
# seconds, or the connection is dropped: a stalled client frees its thread.
READ_TIMEOUT = float(os.environ.get("GUNICORN_READ_TIMEOUT", "10"))

# Request line and headers: gunicorn's own bounds, stated so they are not forgotten.
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190

# Recycle workers now and then, so that slow growth in memory never accumulates.
max_requests = env_int("GUNICORN_MAX_REQUESTS", 2000)
max_requests_jitter = 200

# The app (and with it the embedded PostgreSQL, when no DATABASE_URL is set) is loaded once
# in the master: the server has one holder for the whole run.
preload_app = True
wsgi_app = "config.wsgi:application"
# "-" logs each request to stdout; GUNICORN_ACCESSLOG= (empty) turns the access log off.
accesslog = os.environ.get("GUNICORN_ACCESSLOG", "-") or None
# No runtime control socket: its default path is per user, so two runs on one machine (two
# checkouts, a test beside `make run`) would fight over it, and nothing here uses it.
control_socket_disable = True
# Who may set X-Forwarded-For/-Proto: the proxy in front (docker-compose sets it to "*",
# since only nginx can reach the web container there).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")


class StalledReadNote(logging.Filter):
    """gunicorn logs a read that hit READ_TIMEOUT as "Socket error" with a traceback; it is
    the timeout doing its job, so it becomes one line at INFO."""

    def filter(self, record):
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, BlockingIOError) and error.errno == errno.EAGAIN:
            record.msg, record.args, record.exc_info = (
                "Dropped a connection whose request stalled for %s s",
                (READ_TIMEOUT,),
                None,
            )
            record.levelno, record.levelname = logging.INFO, "INFO"
        return True


class GuardedThreadWorker(gthread.ThreadWorker):
    """gunicorn's threaded worker with two bounds on slow clients.

    - A new connection that has sent nothing within FIRST_BYTE_WAIT goes back to the poller
      (gunicorn itself would hold a thread for 5 s first, so a burst of idle connections
      could still make a normal request wait seconds).
    - Reads from a client time out after READ_TIMEOUT (SO_RCVTIMEO on the listening socket,
      which Linux copies to every accepted one), so a stalled request does not keep a thread
      for good.
    """

    def init_process(self):
        seconds = int(READ_TIMEOUT)
        micros = int((READ_TIMEOUT - seconds) * 1_000_000)
        timeval = struct.pack("ll", seconds, micros)
        for listener in self.sockets:
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, timeval)
        self.log.error_log.addFilter(StalledReadNote())
        super().init_process()

    def handle(self, conn):
        if not conn.initialized and not conn.data_ready:
            if not conn.wait_for_data(FIRST_BYTE_WAIT):
                return gthread._DEFER
        return super().handle(conn)


worker_class = GuardedThreadWorker


# The project's own templates (the public pages and their includes, the admin's overrides).
TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"


def app_warm() -> None:
    """What a worker would otherwise load on its first requests, loaded once in the master
    (no database): the URLconf with every view module it imports, and every template of
    TEMPLATES_DIR compiled into Django's cached loader."""
    from django.template import loader
    from django.urls import get_resolver

    get_resolver().reverse_dict  # noqa: B018 (imports the URLconf and its views, indexes the names)
    for path in sorted(TEMPLATES_DIR.rglob("*.html")):
        loader.get_template(path.relative_to(TEMPLATES_DIR).as_posix())


def pre_fork(server, worker):
    """In the master, before each worker is forked: the app warmed, then every object the
    master holds frozen (moved where the garbage collector never looks). A worker's full
    collection used to walk the whole preloaded app, about 120,000 objects: 70-90 ms of CPU,
    striking about one request in fifty (docs/pages-engineering.md, "Slow requests"). It now
    walks only what the worker's own requests made, and no worker compiles a template or
    imports the URLconf on its first request. (Python's gc docs: freeze before fork.)"""
    from django.db import connections

    app_warm()
    connections.close_all()  # a connection opened while warming must not be shared by forks
    gc.collect()
    gc.freeze()

"""Guards that sit in front of every view: a request body larger than its route accepts is
refused before it is read, a NUL byte in the query string is a 400 (PostgreSQL cannot store
or compare one, so it would otherwise surface as a 500 wherever it reaches a query), and a
database outage answers 503 with a plain explanation and Retry-After instead of a 500."""

import logging
import sys
import threading
import time

from django.conf import settings
from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError, connections
from django.http import HttpResponse

logger = logging.getLogger(__name__)

DATABASE_ERRORS = (OperationalError, InterfaceError)
OUTAGE_MESSAGE = (
    "The archive's database is not answering right now, so this page cannot be shown. "
    "Nothing is lost: please try again in a little while.\n"
)


def plain_response(text: str, status: int, **headers) -> HttpResponse:
    response = HttpResponse(text, status=status, content_type="text/plain; charset=utf-8")
    for name, value in headers.items():
        response[name.replace("_", "-")] = value
    return response


def outage_response() -> HttpResponse:
    return plain_response(
        OUTAGE_MESSAGE, 503, Retry_After=str(settings.DATABASE_OUTAGE_RETRY_AFTER)
    )


def body_limit(path: str) -> int:
    """The largest request body `path` accepts: the admin takes uploads (the import page),
    the public pages take none, so a few kilobytes cover any form they might grow."""
    if path.startswith("/admin/"):
        return settings.ADMIN_MAX_BODY_SIZE
    return settings.PUBLIC_MAX_BODY_SIZE


class RequestBodyLimitMiddleware:
    """Refuse a body over its route's limit from the Content-Length header alone, before
    anything reads it (Django would otherwise stream a multipart upload of any size to disk
    before the CSRF check refuses it). A body without a length (chunked) is refused on public
    routes, which take no uploads."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        limit = body_limit(request.path_info)
        raw_length = request.META.get("CONTENT_LENGTH") or ""
        chunked = "chunked" in request.META.get("HTTP_TRANSFER_ENCODING", "").lower()
        try:
            length = int(raw_length) if raw_length.strip() else 0
        except ValueError:
            return plain_response("Content-Length is not a number.\n", 400)
        if length > limit or (chunked and not request.path_info.startswith("/admin/")):
            logger.warning(
                "Refused a %s-byte body on %s (limit %s)",
                raw_length or "chunked",
                request.path,
                limit,
            )
            return plain_response(
                f"The request body is larger than this address accepts ({limit} bytes).\n", 413
            )
        return self.get_response(request)


def has_nul(request) -> bool:
    query = request.META.get("QUERY_STRING", "")
    return "\x00" in query or "%00" in query


NUL_MESSAGE = "Null characters are not allowed. The address contains a NUL byte (%00).\n"


class RejectNulMiddleware:
    """A NUL byte anywhere in the query string (raw or percent-encoded) is a bad request.

    The admin's changelists pass filters straight to the database, so there it is refused
    before any view runs. The public pages validate their parameters and explain a NUL in
    their own 400 page; should any of them fail on one anyway, the failure is a 400 too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith("/admin/") and has_nul(request):
            return plain_response(NUL_MESSAGE, 400)
        return self.get_response(request)

    def process_exception(self, request, exception):
        if has_nul(request):
            logger.warning("NUL in the query string of %s: %r", request.path, exception)
            return plain_response(NUL_MESSAGE, 400)
        return None


def note_database_error(sender, request=None, **kwargs):
    """Mark a request whose failure was the database's, wherever it was raised (a view, a
    middleware, a template rendered after the view): Django turns the exception into a 500
    at the layer that raised it, and DatabaseUnavailableMiddleware swaps that for a 503."""
    error = sys.exc_info()[1]
    if request is not None and isinstance(error, DATABASE_ERRORS):
        request.database_unavailable = True


got_request_exception.connect(note_database_error, dispatch_uid="archive-database-unavailable")


class DatabaseUnavailableMiddleware:
    """Outermost: a request that failed because the database is unreachable answers 503 with
    Retry-After. With the embedded server (no DATABASE_URL), the first such failure restarts
    it, and a GET or HEAD request is served again once it is back."""

    restart_lock = threading.Lock()

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not getattr(request, "database_unavailable", False):
            return response
        if request.method in ("GET", "HEAD") and restart_embedded_database():
            request.database_unavailable = False
            response = self.get_response(request)
            if not getattr(request, "database_unavailable", False):
                return response
        return outage_response()

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_ERRORS):
            logger.error("Database unavailable on %s: %s", request.path, exception)
            request.database_unavailable = True
            return outage_response()
        return None


RESTART_INTERVAL = 5.0  # seconds between two restart attempts in one process
LAST_RESTART = {"at": 0.0}


def restart_embedded_database() -> bool:
    """Start the embedded PostgreSQL again if it was the one that stopped; at most one try
    every few seconds per process, so an outage does not turn into a restart storm. True when
    a server was started and answers."""
    if not getattr(settings, "EMBEDDED_DATABASE", False):
        return False
    with DatabaseUnavailableMiddleware.restart_lock:
        now = time.monotonic()
        if now - LAST_RESTART["at"] < RESTART_INTERVAL:
            return False
        LAST_RESTART["at"] = now
        from config.embedded_db import embedded_server_restart

        try:
            restarted = embedded_server_restart(settings.BASE_DIR)
        except Exception:  # a server that cannot start is the outage itself: answer 503
            logger.exception("The embedded database could not be restarted")
            return False
        if restarted:
            for connection in connections.all():
                connection.close()
        return restarted


def client_ip(request) -> str:
    """The client's address for the sign-in throttle. Behind our own proxy (BEHIND_PROXY=1)
    it is the last X-Forwarded-For entry, the one the proxy appended itself: entries before
    it come from the client and prove nothing."""
    if settings.BEHIND_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        last = forwarded.split(",")[-1].strip()
        if last:
            return last
    return request.META.get("REMOTE_ADDR", "")

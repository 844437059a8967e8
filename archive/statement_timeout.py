"""No web request holds the database (and a worker) for ever: every connection opened while a
request is served is given `statement_timeout = DATABASE_STATEMENT_TIMEOUT` (30 s unless set,
half of gunicorn's worker time-out, so that the request ends in a 503 before its worker is
killed). A statement cancelled by it answers 503 with a plain sentence and Retry-After, like a
database outage (archive/middleware.py), instead of a 500.

Connections opened outside a request (management commands, imports, the import worker, the
benchmark's corpus build, the shell) are not bounded. In a web process every connection is
opened by a request, and kept with its bound for CONN_MAX_AGE. Behind PgBouncer in
transaction mode, set the bound on the web role instead (docs/scaling.md).
"""

import logging
from contextvars import ContextVar

from django.conf import settings
from django.core.signals import request_finished
from django.db import OperationalError
from django.db.backends.signals import connection_created
from psycopg.errors import QueryCanceled

from archive.middleware import plain_response

logger = logging.getLogger(__name__)

SERVING: ContextVar[bool] = ContextVar("archive_serving_request", default=False)

TIMEOUT_MESSAGE = (
    "This page asked the archive's database for more than it may take for one page "
    "({timeout}), so it was stopped. Please try again in a little while, or narrow the search.\n"
)


def request_bound() -> str:
    """The bound for a request's statements, in PostgreSQL's syntax; "0" means none."""
    return settings.DATABASE_STATEMENT_TIMEOUT


def bound_new_connection(sender, connection, **kwargs) -> None:
    if not SERVING.get() or request_bound() == "0":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config('statement_timeout', %s, false)", [request_bound()])


def serving_end(**kwargs) -> None:
    SERVING.set(False)


connection_created.connect(bound_new_connection, dispatch_uid="archive-statement-timeout")
# At the response's close, after its last streamed row, not when the view returns.
request_finished.connect(serving_end, dispatch_uid="archive-statement-timeout-end")


def is_cancelled_statement(exception: BaseException) -> bool:
    return isinstance(exception, OperationalError) and isinstance(
        exception.__cause__, QueryCanceled
    )


class StatementTimeoutMiddleware:
    """Marks the request as served (so its new connections get the bound) and turns a
    cancelled statement into a 503. Sits just inside DatabaseUnavailableMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        SERVING.set(True)
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_cancelled_statement(exception):
            return None
        logger.warning("A statement of %s was cancelled: %s", request.path, exception)
        return plain_response(
            TIMEOUT_MESSAGE.format(timeout=request_bound()),
            503,
            Retry_After=str(settings.DATABASE_OUTAGE_RETRY_AFTER),
        )

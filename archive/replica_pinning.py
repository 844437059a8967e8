"""Which requests may read from a replica (archive/db_router.py), and read-after-write.

A public visitor's GET reads from a replica. Everything that needs what was just written
reads the primary: the admin, any request with a session cookie (only curators sign in), any
write (a method other than GET, HEAD or OPTIONS), and, for `DATABASE_REPLICA_PIN_SECONDS`
after a request that wrote, every request of the same client, which carries the short-lived
cookie set here. Replication lag is then never visible to the one who wrote.

Should a replica fail under a GET (it stopped between the router's check and the query), the
request is served again from the primary and the replica is rested, so the visitor gets the
page, not an error.
"""

from django.conf import settings
from django.core.signals import request_finished
from django.db import DEFAULT_DB_ALIAS

from archive.db_router import reads_begin, reads_end, replica_rest

PIN_COOKIE = "archive_primary"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

request_finished.connect(reads_end, dispatch_uid="archive-replica-reads-end")


def primary_reason(request) -> str:
    """Why `request` must read the primary, or "" when a replica will do."""
    if request.method not in SAFE_METHODS:
        return "write"
    if request.path_info.startswith("/admin/"):
        return "admin"
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return "session"
    if PIN_COOKIE in request.COOKIES:
        return "recent write"
    return ""


def failed_on_replica(request, state) -> bool:
    """A GET whose database failure happened on a replica (the outage middleware marks the
    request; archive/middleware.py): the primary can serve it again."""
    return (
        getattr(request, "database_unavailable", False)
        and request.method in ("GET", "HEAD")
        and state.replica not in (None, DEFAULT_DB_ALIAS)
    )


class ReplicaPinningMiddleware:
    """Opens each request's read state; sits inside DatabaseUnavailableMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        state = reads_begin(reason=primary_reason(request))
        response = self.get_response(request)
        if failed_on_replica(request, state):
            replica_rest(state.replica)
            request.database_unavailable = False
            state = reads_begin(reason="replica failed")
            response = self.get_response(request)
        # Where the request read, for logs and tests: a replica's alias or "default".
        request.database_read_from = state.replica or DEFAULT_DB_ALIAS
        if state.wrote or request.method not in SAFE_METHODS:
            response.set_cookie(
                PIN_COOKIE,
                "1",
                max_age=settings.DATABASE_REPLICA_PIN_SECONDS,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response

"""Reads from read replicas, writes to the primary (`DATABASE_REPLICA_URLS`, docs/scaling.md).

Only a web request's reads ever leave the primary, and only when nothing asks for fresh data:
`archive.replica_pinning.ReplicaPinningMiddleware` opens a `ReadState` for each request and
pins it to the primary for a curator (the admin, a session cookie), a write (any method but
GET, HEAD or OPTIONS) and the client's next requests after a write (a short-lived cookie).
The router itself pins what it can see: a request that wrote is read from the primary from
then on, and so is everything inside `transaction.atomic` (a replica cannot see what the
transaction wrote). Management commands, the import worker and the shell never open a
`ReadState`, so they read the primary.

A replica that does not answer is rested for `DATABASE_REPLICA_RETRY_SECONDS`, and reads
fall back to the primary: a page never fails because a replica is down.
"""

import logging
import random
import threading
import time
from contextvars import ContextVar
from dataclasses import dataclass

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections

logger = logging.getLogger(__name__)

# Models whose rows decide who the visitor is or what the admin does: always the primary,
# whatever asks (a session written a moment ago must be read back at once).
PRIMARY_ONLY_APPS = frozenset({"admin", "auth", "axes", "django_tasks_db", "sessions"})


@dataclass
class ReadState:
    """Where one request reads. `replica` is chosen at the first read that may use one."""

    pinned: bool
    reason: str = ""
    replica: str | None = None
    wrote: bool = False

    def pin(self, reason: str) -> None:
        if not self.pinned:
            self.pinned, self.reason = True, reason


CURRENT: ContextVar[ReadState | None] = ContextVar("archive_read_state", default=None)


def reads_begin(*, reason: str = "") -> ReadState:
    """Open the read state of a request: pinned to the primary when `reason` says why."""
    state = ReadState(pinned=bool(reason), reason=reason)
    CURRENT.set(state)
    return state


def reads_end(**kwargs) -> None:
    """Close it (connected to `request_finished`, so that a streamed response keeps its
    state until its last row is sent)."""
    CURRENT.set(None)


RESTING: dict[str, float] = {}  # replica alias -> monotonic time until which it is skipped
RESTING_LOCK = threading.Lock()


def replica_rest(alias: str) -> None:
    """Skip `alias` for a while: it did not answer."""
    with RESTING_LOCK:
        RESTING[alias] = time.monotonic() + settings.DATABASE_REPLICA_RETRY_SECONDS
    connections[alias].close()
    logger.warning(
        "Read replica %s is not answering: reading from the primary for %s s",
        alias,
        settings.DATABASE_REPLICA_RETRY_SECONDS,
    )


def replica_is_resting(alias: str) -> bool:
    with RESTING_LOCK:
        until = RESTING.get(alias)
        if until is not None and time.monotonic() >= until:
            del RESTING[alias]
            until = None
    return until is not None


def replica_answers(alias: str) -> bool:
    """Whether `alias` has a working connection: Django's own health check on a kept
    connection (once a request, as it does anyway with CONN_HEALTH_CHECKS), else a new one
    within the replica's `connect_timeout`."""
    connection = connections[alias]
    try:
        connection.close_if_health_check_failed()
        connection.ensure_connection()
    except DatabaseError:
        return False
    return True


def replica_choose() -> str:
    """A replica that answers, in random order so that several share the load; the
    primary when none does."""
    candidates = [alias for alias in settings.DATABASE_REPLICAS if not replica_is_resting(alias)]
    random.shuffle(candidates)
    for alias in candidates:
        if replica_answers(alias):
            return alias
        replica_rest(alias)
    return DEFAULT_DB_ALIAS


def read_alias() -> str:
    """Where the current code should read from now."""
    state = CURRENT.get()
    if state is None or state.pinned:
        return DEFAULT_DB_ALIAS
    if connections[DEFAULT_DB_ALIAS].in_atomic_block:
        return DEFAULT_DB_ALIAS
    if state.replica is None:
        state.replica = replica_choose()
    return state.replica


class ReplicaRouter:
    """Django's database router for `DATABASE_REPLICAS` (installed by the settings only
    when `DATABASE_REPLICA_URLS` names at least one)."""

    def db_for_read(self, model, **hints):
        if model._meta.app_label in PRIMARY_ONLY_APPS:
            return DEFAULT_DB_ALIAS
        return read_alias()

    def db_for_write(self, model, **hints):
        state = CURRENT.get()
        if state is not None:
            state.wrote = True
            state.pin("wrote")
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        return True  # every alias holds the same data

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return None if db == DEFAULT_DB_ALIAS else False

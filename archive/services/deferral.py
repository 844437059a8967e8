"""Work a write path notes per report and does once per import chunk: within `noting`,
a service adds its report to the notes instead of doing the work; on leaving without an
error the notes are handed to `flush` together (a chunk that fails does nothing)."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar


@contextmanager
def noting(var: ContextVar, notes, flush: Callable) -> Iterator:
    token = var.set(notes)
    try:
        yield notes
    finally:
        var.reset(token)
    flush(notes)

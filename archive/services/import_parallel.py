"""The pure parse of a batch (`archive.ingest.pipeline.parse_report`) spread over worker
processes, the results handed back in the batch's order.

The workers are forked from the importing process once per batch, so they share the
`Reference` and its indexes already built here and import nothing again; they only parse
(no database). At most `window` reports are in flight, so a batch of any size holds a
bounded number of raw reports and parsed results in memory. A report whose parse raises
(or whose worker process dies) comes back as an error message for that report alone; the
others go on. With one worker, or where processes cannot be forked, reports are parsed
in this process, in the same order, with the same results.
"""

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

# Set in the parent before the pool forks: the workers inherit it, nothing is pickled.
_REFERENCE = None

IN_FLIGHT_PER_WORKER = 4
PR_SET_PDEATHSIG = 1  # prctl(2)


def default_workers() -> int:
    """Every core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass
class Parsed:
    """One item of the batch: a report read (`parsed`) or not (`error`), or a part of a
    file that was not a report at all (`item` is then a SourceError)."""

    item: object  # archive.ingest.sources.SourceItem or SourceError
    parsed: object = None  # archive.ingest.pipeline.ParsedReport
    error: str = ""
    # The body's passage keys (`minhash.passage_keys`), computed beside the parse so that
    # the importer, the one process that writes, only stores them; None: not computed.
    keys: list | None = None


def body_keys(body: str) -> list[int] | None:
    """`minhash.passage_keys(body)` without its sentence cache (a worker sees each body
    once; the cache would only hold memory), or None if it fails: the importer then
    computes them itself."""
    from archive.ingest.minhash import stem_sets_keys
    from archive.ingest.similarity import sentences

    try:
        return stem_sets_keys([sentence.stems for sentence in sentences(body or "")])
    except Exception:  # a bug here must not fail a parsed report
        return None


def parse_signed(raw: bytes, name: str, hints: dict, content_type: str, reference=None):
    """`parse_one` and the parsed body's passage keys: (parsed, error, keys)."""
    parsed, error = parse_one(raw, name, hints, content_type, reference)
    keys = body_keys(parsed.body) if parsed is not None and parsed.body.strip() else None
    return parsed, error, keys


def parse_one(raw: bytes, name: str, hints: dict, content_type: str, reference=None):
    """(ParsedReport, "") or (None, reason): a report the parser refuses, or any bug it
    hits on this report, is this report's failure, never the batch's."""
    from archive.ingest.errors import IngestError
    from archive.ingest.pipeline import parse_report

    try:
        parsed = parse_report(
            raw,
            reference=reference if reference is not None else _REFERENCE,
            filename=name,
            hints=hints,
            content_type=content_type,
        )
    except IngestError as error:
        return None, str(error)
    except Exception as error:  # a parser bug on one report
        return None, f"unexpected error while parsing: {type(error).__name__}: {error}"
    return parsed, ""


def compared_in_worker(tasks: list) -> list:
    """`pairs_compared` in a parse worker, which then forgets the texts' sentences: the
    candidates are seldom seen twice, and the cache would only hold the worker's memory."""
    from archive.ingest.similarity import cached_sentences
    from archive.services.shared_passages import pairs_compared

    try:
        return pairs_compared(tasks)
    finally:
        cached_sentences.cache_clear()


def worker_start() -> None:
    """A parse worker ends with the import that started it: killed (SIGKILL, out of
    memory), the import cannot stop its workers, so the kernel does (Linux)."""
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: workers end when their queue closes
        return
    if os.getppid() == 1:  # the import already died before the call above
        os._exit(1)


def fork_context():
    try:
        return multiprocessing.get_context("fork")
    except ValueError:
        return None


def ordered_pool(reference, *, workers: int, window: int | None = None):
    """The pool `parsed_in_order` parses with, or None where it parses in this process
    (one worker, or no fork)."""
    context = fork_context()
    if workers <= 1 or context is None:
        return None
    return OrderedPool(reference, workers=workers, context=context, window=window)


def parsed_in_order(
    items: Iterable, *, reference, workers: int = 1, window: int | None = None, pool=None
) -> Iterator[Parsed]:
    """Each item of `items` (SourceItems and SourceErrors, read lazily) as a `Parsed`, in
    the order given, parsed by `workers` processes (or by `pool`, an `ordered_pool` the
    caller also hands work to; closed at the end)."""
    from archive.ingest.sources import SourceError

    if pool is None:
        pool = ordered_pool(reference, workers=workers, window=window)
    if pool is None:
        for item in items:
            if isinstance(item, SourceError):
                yield Parsed(item)
            else:
                # No keys: computed in this process, they would split the body a second
                # time (the importer's passage keys fill the sentence cache it compares by).
                parsed, error = parse_one(
                    item.raw, item.name, item.hints, item.content_type, reference
                )
                yield Parsed(item, parsed, error)
        return
    try:
        for item in items:
            pool.submit(item, is_report=not isinstance(item, SourceError))
            yield from pool.ready()
        yield from pool.drain()
    finally:
        pool.close()


class OrderedPool:
    """A process pool whose results leave in submission order, with a bounded number of
    reports in flight, that replaces itself when a worker process dies."""

    def __init__(self, reference, *, workers: int, context, window: int | None):
        self.reference, self.workers, self.context = reference, workers, context
        self.window = window or workers * IN_FLIGHT_PER_WORKER
        self.pending: deque[tuple[object, Future | None]] = deque()
        self.executor = None

    def start(self) -> ProcessPoolExecutor:
        global _REFERENCE
        _REFERENCE = self.reference
        _ = self.reference.index  # built once here, inherited by every worker
        return ProcessPoolExecutor(
            max_workers=self.workers, mp_context=self.context, initializer=worker_start
        )

    def submit(self, item, *, is_report: bool) -> None:
        future = None
        if is_report:
            if self.executor is None:
                self.executor = self.start()
            future = self.executor.submit(
                parse_signed, item.raw, item.name, item.hints, item.content_type
            )
        self.pending.append((item, future))

    def ready(self) -> Iterator[Parsed]:
        """The results at the head that are done, and as many more as it takes to bring
        the reports in flight back under the window."""
        while self.pending:
            item, future = self.pending[0]
            if len(self.pending) <= self.window and future is not None and not future.done():
                return
            yield self.result(*self.pending.popleft())

    def drain(self) -> Iterator[Parsed]:
        while self.pending:
            yield self.result(*self.pending.popleft())

    def result(self, item, future: Future | None) -> Parsed:
        if future is None:
            return Parsed(item)
        try:
            parsed, error, keys = future.result()
        except BrokenProcessPool:
            self.restart()
            return Parsed(item, None, "a parsing process died while this report was being read")
        return Parsed(item, parsed, error, keys)

    def compare(self, tasks: list) -> list:
        """`shared_passages.pairs_compared(tasks)`, the pairs dealt out to the workers (which
        otherwise wait while the importer compares) and to this process, which compares its
        share meanwhile; all here if the pool is not running or breaks (the reports in
        flight are then parsed again, none is blamed)."""
        from archive.services.shared_passages import pairs_compared

        if len(tasks) < 2 or self.executor is None:
            return pairs_compared(tasks)
        shares = self.workers + 1
        parts = [tasks[start::shares] for start in range(shares)]
        try:
            futures = [self.executor.submit(compared_in_worker, part) for part in parts[1:] if part]
        except BrokenProcessPool:
            self.restart()
            return pairs_compared(tasks)
        found = pairs_compared(parts[0])
        try:
            return found + [pair for future in futures for pair in future.result()]
        except BrokenProcessPool:
            self.restart()
            return found + pairs_compared([task for part in parts[1:] for task in part])

    def restart(self) -> None:
        """A worker died (killed, out of memory): every report in flight is lost with the
        pool. The one at the head is blamed; the others are parsed again by a new pool."""
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self.start()
        waiting = list(self.pending)
        self.pending.clear()
        for item, future in waiting:
            if future is not None and future.done() and future.exception() is None:
                self.pending.append((item, future))  # read before the pool broke: kept
            else:
                self.submit(item, is_report=future is not None)

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None

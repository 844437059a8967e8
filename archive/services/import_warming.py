"""The key rows' index pages a chunk will touch, read ahead on a second connection.

At the end of each chunk the signatures' `INSERT` adds some 145 band keys a report to the
key rows' B-tree (`archive_passagekey`, 1 GB at 100,000 reports, 10 GB at a million), and
the probe that follows reads the same leaves. Random keys land on as many random leaves;
when those are not in memory, the `INSERT` waits on the disk for each (0.5 s a chunk of
20 reports, cold, at 100,000 and at a million; 0.08 s when they are cached). The leaves
cannot be avoided: any exact look-up of a report's keys reads them. What can be avoided is
waiting for them: the keys are known as soon as a parse worker hands a report back
(`import_parallel.Parsed.keys`), before its chunk is written, so a thread reads the same
leaves (the probe's own query, read-only, on its own connection) while the importer waits
for the other reports of the chunk and writes its articles. Whatever the thread does, the
import's results are the same: it writes nothing, and an error there is only logged.
"""

import logging
from concurrent.futures import ThreadPoolExecutor

logger = logging.getLogger(__name__)

WARM_SQL = """
SELECT count(*)
FROM unnest(%(keys)s::bigint[]) AS probe(key)
CROSS JOIN LATERAL (
    SELECT held.article_id FROM archive_passagekey held
    WHERE held.key = probe.key LIMIT %(cap)s
) AS hit
"""


def keys_warm(keys: list[int]) -> int:
    """Read the index entries of `keys` as the chunk's probe will (at most STOP_ARTICLES
    + 1 a key), on this thread's connection; the number of entries read."""
    from django.db import connection

    from archive.services.shared_passages import STOP_ARTICLES

    with connection.cursor() as cursor:
        cursor.execute(WARM_SQL, {"keys": sorted(set(keys)), "cap": STOP_ARTICLES + 1})
        return cursor.fetchone()[0]


def quietly(work, *args):
    try:
        return work(*args)
    except Exception:  # reading ahead is an optimisation: it never fails an import
        logger.warning("reading the key rows ahead failed", exc_info=True)
        return None


def connection_close() -> None:
    from django.db import connection

    connection.close()


class KeyPagesWarmer:
    """One thread reading ahead the key rows' pages for each report handed to `warm`, in
    order; `close` waits for it and closes its connection. Used as a context manager."""

    def __init__(self):
        self.executor: ThreadPoolExecutor | None = None
        self.pending: list = []

    def warm(self, keys) -> None:
        if not keys:
            return
        if self.executor is None:
            self.executor = ThreadPoolExecutor(1, thread_name_prefix="key-pages")
        self.pending = [future for future in self.pending if not future.done()]
        self.pending.append(self.executor.submit(quietly, keys_warm, list(keys)))

    def close(self) -> None:
        """Drop what is not read yet (the import is over), close the thread's connection."""
        if self.executor is None:
            return
        for future in self.pending:
            future.cancel()
        self.executor.submit(quietly, connection_close)
        self.executor.shutdown(wait=True)
        self.executor, self.pending = None, []

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

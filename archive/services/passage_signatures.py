"""Passage signatures for reports stored before they existed, and the stop keys: the
backfill behind `manage.py passage_signatures_build`.

Reports are read in id order, BATCH at a time, their band keys computed by `workers`
forked processes (`archive.ingest.minhash`, pure Python) and written in one statement
per batch, committed batch by batch: a run stopped half-way resumes where it stopped
(reports that already hold a signature of the current scheme are skipped). When the
table starts empty, its GIN index is dropped for the load and built once at the end.
Then the stop keys are counted: keys held by more than STOP_ARTICLES reports."""

import multiprocessing
import time

from django.db import connection, connections, transaction

from archive.services.shared_passages import STOP_ARTICLES

BATCH = 2000
GIN_INDEX = "passage_signature_keys"

NEXT_BATCH_SQL = """
SELECT article.id, article.body FROM archive_article article
WHERE article.id > %(after)s
  AND (%(rebuild)s OR NOT EXISTS (
      SELECT 1 FROM archive_passagesignature signature
      WHERE signature.article_id = article.id AND signature.scheme = %(scheme)s))
ORDER BY article.id LIMIT %(batch)s
"""

UPSERT_SQL = """
INSERT INTO archive_passagesignature (article_id, keys, scheme)
SELECT row.article_id, row.keys, %(scheme)s
FROM jsonb_to_recordset(%(rows)s::jsonb) AS row(article_id bigint, keys bigint[])
ON CONFLICT (article_id) DO UPDATE SET keys = EXCLUDED.keys, scheme = EXCLUDED.scheme
"""

STOP_KEYS_SQL = """
INSERT INTO archive_passagestopkey (key, articles)
SELECT key, count(*) FROM archive_passagesignature, unnest(keys) AS key
GROUP BY key HAVING count(*) > %s
"""


def keys_of(rows: list[tuple[int, str]]) -> list[dict]:
    """Band keys of each (id, body); runs in a worker process."""
    from archive.ingest.minhash import passage_keys

    return [{"article_id": pk, "keys": passage_keys(body or "")} for pk, body in rows]


def signatures_write(signed: list[dict]) -> None:
    import json

    from archive.ingest.minhash import SCHEME

    with connection.cursor() as cursor:
        cursor.execute(UPSERT_SQL, {"scheme": SCHEME, "rows": json.dumps(signed)})


def batch_next(*, after: int, rebuild: bool, batch: int) -> list[tuple[int, str]]:
    from archive.ingest.minhash import SCHEME

    with connection.cursor() as cursor:
        params = {"after": after, "rebuild": rebuild, "scheme": SCHEME, "batch": batch}
        cursor.execute(NEXT_BATCH_SQL, params)
        return cursor.fetchall()


def gin_index_drop_if_empty() -> str | None:
    """Drop the keys' GIN index when no signature is stored yet; its definition, or None.
    Inside a transaction (a test) the index stays: it could not be built again there."""
    if connection.in_atomic_block:
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT EXISTS (SELECT 1 FROM archive_passagesignature)")
        if cursor.fetchone()[0]:
            return None
        cursor.execute("SELECT pg_get_indexdef(%s::regclass)", [GIN_INDEX])
        definition = cursor.fetchone()[0]
        cursor.execute(f'DROP INDEX "{GIN_INDEX}"')
    return definition


def passage_signatures_build(
    *, workers: int = 2, batch: int = BATCH, rebuild: bool = False, after: int = 0, progress=None
) -> dict:
    """Sign every report without a signature of the current scheme (every report with
    `rebuild`), from id `after` on; then count the stop keys. Returns counts and seconds."""
    progress = progress or (lambda message: None)
    started = time.perf_counter()
    index = gin_index_drop_if_empty()
    pool = None
    if workers > 1:
        connections.close_all()  # no connection may cross the fork
        pool = multiprocessing.get_context("fork").Pool(workers)
    signed = 0
    try:
        while rows := batch_next(after=after, rebuild=rebuild, batch=batch):
            shares = [rows[i :: max(1, workers)] for i in range(max(1, workers))]
            with transaction.atomic():
                for share in (pool.map if pool else map)(keys_of, shares):
                    signatures_write(share)
            signed += len(rows)
            after = rows[-1][0]
            progress(f"signed {signed} reports (to id {after})")
    finally:
        if pool:
            pool.close()
            pool.join()
    timings = {"sign": round(time.perf_counter() - started, 1)}
    if index:
        mark = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute("SET maintenance_work_mem = '512MB'")
            cursor.execute(index)
        timings["index"] = round(time.perf_counter() - mark, 1)
        progress(f"GIN index built in {timings['index']} s")
    mark = time.perf_counter()
    stop = passage_stop_keys_count()
    timings["stop keys"] = round(time.perf_counter() - mark, 1)
    return {"signed": signed, "stop_keys": stop, "seconds": timings}


@transaction.atomic
def passage_stop_keys_count() -> int:
    """Count again which keys more than STOP_ARTICLES reports hold."""
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL work_mem = '256MB'")
        cursor.execute("DELETE FROM archive_passagestopkey")
        cursor.execute(STOP_KEYS_SQL, [STOP_ARTICLES])
        return cursor.rowcount

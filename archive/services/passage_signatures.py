"""Passage signatures for reports stored before they existed, and the stop keys: the
backfill behind `manage.py passage_signatures_build`.

Reports are read in id order, BATCH at a time, their band keys computed by `workers`
forked processes (`archive.ingest.minhash`, pure Python) and written in one statement
per batch (the signatures' triggers write the key rows), committed batch by batch: a run
stopped half-way resumes where it stopped (reports that already hold a signature of the
current scheme are skipped). Then the key rows of signatures stored without them (before
migration 0013, or by a bulk load with triggers off) are written, set-wise; into an empty
table with its primary key dropped and built once at the end. Then the stop keys are
counted: keys held by more than STOP_ARTICLES reports, and the set of reports still
without key rows (`PassageUnsigned`, kept by triggers since) is counted again from the
archive, for rows a bulk load wrote with the triggers off."""

import multiprocessing
import time

from django.db import connection, connections, transaction

from archive.services.shared_passages import STOP_ARTICLES, signatures_store

BATCH = 2000
KEY_INDEX = "archive_passagekey_pkey"

NEXT_BATCH_SQL = """
SELECT article.id, article.body FROM archive_article article
WHERE article.id > %(after)s
  AND (%(rebuild)s OR NOT EXISTS (
      SELECT 1 FROM archive_passagesignature signature
      WHERE signature.article_id = article.id AND signature.scheme = %(scheme)s))
ORDER BY article.id LIMIT %(batch)s
"""

STOP_KEYS_SQL = """
INSERT INTO archive_passagestopkey (key, articles)
SELECT key, count(*) FROM archive_passagekey GROUP BY key HAVING count(*) > %s
"""

# Signatures without their key rows: the first key stands for all (a signature's rows are
# written together, by one trigger).
KEYS_MISSING = """
WHERE cardinality(signature.keys) > 0 AND NOT EXISTS (
    SELECT 1 FROM archive_passagekey held
    WHERE held.key = signature.keys[1] AND held.article_id = signature.article_id)
"""
KEYS_FILL_SQL = f"""
INSERT INTO archive_passagekey (key, article_id)
SELECT DISTINCT band.key, signature.article_id
FROM archive_passagesignature signature, unnest(signature.keys) AS band(key)
{KEYS_MISSING}
ON CONFLICT DO NOTHING
"""


UNSIGNED_REFRESH_SQL = """
INSERT INTO archive_passageunsigned (article_id)
SELECT article.id FROM archive_article article
WHERE NOT EXISTS (
    SELECT 1 FROM archive_passagesignature signature
    WHERE signature.article_id = article.id AND signature.scheme = %s
      AND (cardinality(signature.keys) = 0 OR EXISTS (
          SELECT 1 FROM archive_passagekey held
          WHERE held.key = signature.keys[1] AND held.article_id = signature.article_id)))
"""


def keys_of(rows: list[tuple[int, str]]) -> list[dict]:
    """Band keys of each (id, body); runs in a worker process."""
    from archive.ingest.minhash import passage_keys

    return [{"article_id": pk, "keys": passage_keys(body or "")} for pk, body in rows]


def signatures_write(signed: list[dict]) -> None:
    signatures_store({row["article_id"]: row["keys"] for row in signed})


def batch_next(*, after: int, rebuild: bool, batch: int) -> list[tuple[int, str]]:
    from archive.ingest.minhash import SCHEME

    with connection.cursor() as cursor:
        params = {"after": after, "rebuild": rebuild, "scheme": SCHEME, "batch": batch}
        cursor.execute(NEXT_BATCH_SQL, params)
        return cursor.fetchall()


@transaction.atomic
def passage_keys_fill() -> int:
    """Write the key rows of every signature stored without them; returns how many
    signatures got theirs. Into an empty table, the primary key is dropped and built once
    at the end."""
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL work_mem = '256MB'")
        cursor.execute("SET LOCAL maintenance_work_mem = '512MB'")
        cursor.execute(f"SELECT count(*) FROM archive_passagesignature signature {KEYS_MISSING}")
        missing = cursor.fetchone()[0]
        if not missing:
            return 0
        cursor.execute("SELECT NOT EXISTS (SELECT 1 FROM archive_passagekey)")
        if cursor.fetchone()[0]:
            cursor.execute(f"ALTER TABLE archive_passagekey DROP CONSTRAINT {KEY_INDEX}")
            cursor.execute(
                "INSERT INTO archive_passagekey (key, article_id) SELECT DISTINCT band.key,"
                " signature.article_id FROM archive_passagesignature signature,"
                " unnest(signature.keys) AS band(key)"
            )
            cursor.execute(
                f"ALTER TABLE archive_passagekey ADD CONSTRAINT {KEY_INDEX}"
                " PRIMARY KEY (key, article_id)"
            )
        else:
            cursor.execute(KEYS_FILL_SQL)
    return missing


def passage_signatures_build(
    *, workers: int = 2, batch: int = BATCH, rebuild: bool = False, after: int = 0, progress=None
) -> dict:
    """Sign every report without a signature of the current scheme (every report with
    `rebuild`), from id `after` on; then write the key rows signatures lack and count the
    stop keys. Returns counts and seconds."""
    progress = progress or (lambda message: None)
    started = time.perf_counter()
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
    mark = time.perf_counter()
    filled = passage_keys_fill()
    if filled and not connection.in_atomic_block:  # the probe reads the index alone after
        with connection.cursor() as cursor:
            cursor.execute("VACUUM (ANALYZE) archive_passagekey")
    timings["key rows"] = round(time.perf_counter() - mark, 1)
    progress(f"key rows of {filled} signatures written in {timings['key rows']} s")
    mark = time.perf_counter()
    stop = passage_stop_keys_count()
    timings["stop keys"] = round(time.perf_counter() - mark, 1)
    return {"signed": signed, "keys_filled": filled, "stop_keys": stop, "seconds": timings}


@transaction.atomic
def passage_stop_keys_count() -> int:
    """Count again which keys more than STOP_ARTICLES reports hold (the key rows of
    signatures stored without them written first)."""
    passage_keys_fill()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL work_mem = '256MB'")
        cursor.execute("DELETE FROM archive_passagestopkey")
        cursor.execute(STOP_KEYS_SQL, [STOP_ARTICLES])
        stop_keys = cursor.rowcount
    passages_unsigned_refresh()
    return stop_keys


@transaction.atomic
def passages_unsigned_refresh() -> int:
    """Count again, from the whole archive, the reports without key rows of the current
    scheme (the triggers keep the set between two counts, but rows copied with the
    triggers off escape them). Reads every report: for the backfill, not for imports.
    Returns how many there are."""
    from archive.ingest.minhash import SCHEME

    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM archive_passageunsigned")
        cursor.execute(UNSIGNED_REFRESH_SQL, [SCHEME])
        return cursor.rowcount

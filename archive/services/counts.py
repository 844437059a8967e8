"""Published reports counted once, when they change, not on every page: per person,
outlet, wire, meeting, topic, language and day, and in all (`PublishedCount`). The lists and
the unfiltered search read these counts instead of counting a million rows.

Each published report's keys are remembered (`CountedArticle`); `articles_recount`
subtracts what the given reports counted for and adds what they count for now. Every
write path that can change what a report counts for calls it with the reports it
touched, in the same transaction: an import, a curator's edit of a report or of one of
its parts (mentions, meeting links, topics), a status change, a withdrawal or deletion,
a re-extraction, a rematch. A report that is gone, or no longer published, counts for
nothing. `counts_rebuild` recounts everything (after a bulk load that bypassed the
services, such as the synthetic corpus)."""

from contextvars import ContextVar

from django.db import connection, transaction

from archive.models import CountKind
from archive.services.deferral import noting

# The keys one report counts for, as `kind:id` (or `language:code`), and per meeting it is
# linked to, `kind:meeting:value` (a quote adds one to its speaker's); `a` is the report.
ARTICLE_KEYS_SQL = f"""
ARRAY(
    SELECT 'total:'
    UNION ALL SELECT 'outlet:' || a.outlet_id
    UNION ALL SELECT 'wire:' || a.original_wire_id WHERE a.original_wire_id IS NOT NULL
    UNION ALL SELECT 'language:' || a.language
    UNION ALL SELECT '{CountKind.DAY}:' || coalesce(to_char(a.published_on, 'YYYY-MM-DD'), '')
    UNION ALL SELECT 'person:' || m.person_id FROM archive_mention m WHERE m.article_id = a.id
    UNION ALL SELECT 'meeting:' || l.meeting_id
        FROM archive_articlemeeting l WHERE l.article_id = a.id
    UNION ALL SELECT 'topic:' || t.topic_id
        FROM archive_article_topics t WHERE t.article_id = a.id
    UNION ALL SELECT unnest(ARRAY[
            '{CountKind.MEETING_LANGUAGE}:' || l.meeting_id || ':' || a.language,
            '{CountKind.MEETING_OUTLET}:' || l.meeting_id || ':' || a.outlet_id,
            '{CountKind.MEETING_ROLE}:' || l.meeting_id || ':' || l.role])
        FROM archive_articlemeeting l WHERE l.article_id = a.id
    UNION ALL SELECT '{CountKind.MEETING_SPEAKER}:' || l.meeting_id || ':'
            || coalesce(q.speaker_id, 0)
        FROM archive_articlemeeting l JOIN archive_quote q ON q.article_id = a.id
        WHERE l.article_id = a.id
)
"""

# One lock for all recounts: two imports touching the same person add their ones in
# turn, and the same report is never recounted twice at once.
RECOUNT_LOCK = "SELECT pg_advisory_xact_lock(hashtext('archive_publishedcount'))"

# Two statements, in this order: a report's old keys out, then its current keys in (one
# statement cannot delete and insert the same primary key in a known order).
ADD_DELTA = """
INSERT INTO archive_publishedcount (key, count)
SELECT key, sum(change)::integer FROM changes GROUP BY key HAVING sum(change) <> 0 ORDER BY key
ON CONFLICT (key) DO UPDATE SET count = archive_publishedcount.count + EXCLUDED.count
"""
UNCOUNT_SQL = (
    """
WITH previous AS (
    DELETE FROM archive_countedarticle WHERE article_id = ANY(%(ids)s) RETURNING keys
), changes AS (SELECT unnest(keys) AS key, -1 AS change FROM previous)"""
    + ADD_DELTA
)
COUNT_SQL = (
    f"""
WITH counted AS (
    INSERT INTO archive_countedarticle (article_id, keys)
    SELECT a.id, {ARTICLE_KEYS_SQL} FROM archive_article a
    WHERE a.id = ANY(%(ids)s) AND a.status = 'published'
    RETURNING keys
), changes AS (SELECT unnest(keys) AS key, 1 AS change FROM counted)"""
    + ADD_DELTA
)

REBUILD_SQL = [
    "TRUNCATE archive_publishedcount, archive_countedarticle",
    f"""INSERT INTO archive_countedarticle (article_id, keys)
    SELECT a.id, {ARTICLE_KEYS_SQL} FROM archive_article a WHERE a.status = 'published'""",
    """INSERT INTO archive_publishedcount (key, count)
    SELECT key, count(*) FROM archive_countedarticle, unnest(keys) AS key GROUP BY key""",
]


def articles_recount(*, article_ids) -> None:
    """Count these reports again as they are now (call it after the change, in the same
    transaction): each key they counted for loses one, each key they count for now
    gains one. Reports deleted or no longer published count for nothing."""
    ids = sorted({int(pk) for pk in article_ids if pk})
    noted = _DEFERRED.get()
    if noted is not None:
        noted.update(ids)
        return
    if not ids:
        return
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(RECOUNT_LOCK)
        cursor.execute(UNCOUNT_SQL, {"ids": ids})
        cursor.execute(COUNT_SQL, {"ids": ids})


_DEFERRED: ContextVar[set | None] = ContextVar("recounts_deferred", default=None)


def recounts_deferred():
    """Within (an import chunk): `articles_recount` only notes its reports; on leaving
    without an error, they are all recounted together, in three statements."""
    return noting(_DEFERRED, set(), lambda ids: articles_recount(article_ids=ids))


@transaction.atomic
def counts_rebuild() -> int:
    """Every count from scratch; returns the number of published reports counted."""
    with connection.cursor() as cursor:
        cursor.execute(RECOUNT_LOCK)
        for statement in REBUILD_SQL:
            cursor.execute(statement)
        cursor.execute("SELECT count FROM archive_publishedcount WHERE key = 'total:'")
        row = cursor.fetchone()
    return row[0] if row else 0

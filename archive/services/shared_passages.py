"""Shared passages: pairs of reports that retell one story.

A report is not compared with every report of its meetings and days. Each report's
sentences leave MinHash band keys (`archive.ingest.minhash`), stored in `PassageSignature`
and, a row per key, in `PassageKey` (a btree on (key, article), kept by triggers). New
reports are looked up together, a chunk of an import at a time: one probe reads, for every
key of every new report, the reports holding it (index-only, at most STOP_ARTICLES + 1 per
key); a key held by more than STOP_ARTICLES reports is a stop key (everyday sentences, an
outlet's boilerplate: `PassageStopKey` lists those the backfill counted, the probe's cap
finds new ones) and finds nothing. The reports found are kept when they are of the new
report's meetings or of the fortnight around it (as before; rejected ones left out), at
most MAX_COMPARED, those sharing the most keys first, and compared exactly
(`archive.ingest.similarity.find_shared`), so a recorded pair is exactly what the full
comparison would record. While reports without keys of the current scheme remain (before
`manage.py passage_signatures_build` ran), those of the window are compared too.

Within an import chunk (`passages_deferred`), `shared_passages_record` only notes the new
report; when the chunk ends, its reports are signed, looked up, compared and grouped
together with a number of queries that does not grow with the chunk.
"""

import logging
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import timedelta

from django.core.exceptions import EmptyResultSet
from django.db import DatabaseError, connection, transaction
from django.db.models import Q

from archive.models import (
    Article,
    ArticleStatus,
    Meeting,
    PassageSignature,
    PassageUnsigned,
    SharedPassage,
)
from archive.services.deferral import noting
from archive.services.story_groups import story_groups_follow, story_groups_pairs_added_many

logger = logging.getLogger(__name__)

SHARED_WINDOW_DAYS = 14
# More reports than any story is retold by in one meeting (70 in the synthetic corpus).
STOP_ARTICLES = 100
MAX_COMPARED = 200


def shared_candidates(*, days: list, meeting_slugs: list, exclude_pk=None):
    """Reports that may retell the same story: those of the same meetings and those
    published within SHARED_WINDOW_DAYS. Rejected reports are left out."""
    near = Q(meetings__slug__in=meeting_slugs)
    window = timedelta(days=SHARED_WINDOW_DAYS)
    for day in {day for day in days if day}:
        near |= Q(published_on__range=(day - window, day + window))
    candidates = Article.objects.exclude(status=ArticleStatus.REJECTED).filter(near)
    if exclude_pk:
        candidates = candidates.exclude(pk=exclude_pk)
    return candidates.distinct().only("pk", "body")


@dataclass
class Probe:
    """A report to look up: its keys and window (days, meeting ids), and the ids it must
    not be paired with (itself)."""

    name: object
    keys: list[int]
    days: list
    meeting_ids: set
    exclude: set = field(default_factory=set)

    def near(self, published_on, meeting_ids) -> bool:
        if self.meeting_ids & set(meeting_ids or ()):
            return True
        window = timedelta(days=SHARED_WINDOW_DAYS)
        return published_on is not None and any(
            day and abs(published_on - day) <= window for day in self.days
        )


PROBE_SQL = """
SELECT probe.key, hit.article_id
FROM unnest(%(keys)s::bigint[]) AS probe(key)
CROSS JOIN LATERAL (
    SELECT held.article_id FROM archive_passagekey held
    WHERE held.key = probe.key LIMIT %(cap)s
) AS hit
WHERE NOT EXISTS (SELECT 1 FROM archive_passagestopkey stop WHERE stop.key = probe.key)
"""

CANDIDATES_SQL = """
SELECT article.id, article.published_on,
       ARRAY(SELECT link.meeting_id FROM archive_articlemeeting link
             WHERE link.article_id = article.id)
FROM archive_article article
WHERE article.id = ANY(%(ids)s) AND article.status <> %(rejected)s
"""


def key_holders(keys) -> dict[int, list[int]]:
    """key -> the ids of the reports holding it, for every key of `keys` that is not a stop
    key: one probe of the (key, article) btree, at most STOP_ARTICLES + 1 rows a key."""
    keys = sorted(set(keys))
    if not keys:
        return {}
    holders: dict[int, list[int]] = {}
    with connection.cursor() as cursor:
        cursor.execute(PROBE_SQL, {"keys": keys, "cap": STOP_ARTICLES + 1})
        for key, article_id in cursor.fetchall():
            holders.setdefault(key, []).append(article_id)
    return {key: ids for key, ids in holders.items() if len(ids) <= STOP_ARTICLES}


def candidate_ids(probes: list[Probe]) -> dict:
    """probe.name -> the ids of the signed reports to compare it with: those of its window
    sharing one of its keys, those sharing the most first, at most MAX_COMPARED. Three
    queries at most, whatever the number of probes."""
    holders = key_holders(key for probe in probes for key in probe.keys)
    shared_by = {}
    for probe in probes:
        counts: dict[int, int] = {}
        for key in probe.keys:
            for article_id in holders.get(key, ()):
                if article_id not in probe.exclude:
                    counts[article_id] = counts.get(article_id, 0) + 1
        shared_by[probe.name] = counts
    ids = sorted({article_id for counts in shared_by.values() for article_id in counts})
    if not ids:
        return {probe.name: [] for probe in probes}
    with connection.cursor() as cursor:
        cursor.execute(CANDIDATES_SQL, {"ids": ids, "rejected": ArticleStatus.REJECTED})
        where = {row[0]: (row[1], row[2]) for row in cursor.fetchall()}
    chosen = {}
    for probe in probes:
        counts = shared_by[probe.name]
        near = [pk for pk in counts if pk in where and probe.near(*where[pk])]
        chosen[probe.name] = sorted(near, key=lambda pk: (-counts[pk], pk))[:MAX_COMPARED]
    return chosen


def unsigned_exist() -> bool:
    """Whether any report lacks the key rows of the current scheme (the backfill has not
    run since it was stored): then the windows' unsigned reports are compared too. One
    probe of the set the triggers keep (`PassageUnsigned`, migration 0021), whatever the
    size of the archive."""
    return PassageUnsigned.objects.exists()


def unsigned(window) -> list[int]:
    """Ids of the reports of `window` (a queryset) without key rows of the current scheme."""
    try:
        window_sql, params = window.order_by().values("pk").query.sql_with_params()
    except EmptyResultSet:  # no meeting and no date: nothing near it
        return []
    sql = (
        "SELECT unsigned.article_id FROM archive_passageunsigned unsigned"
        f" WHERE unsigned.article_id IN ({window_sql})"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


def candidates_for(*, keys: list[int], days: list, meeting_slugs: list, exclude_pk=None):
    """The reports to compare exactly with one report (id and body): signed reports of its
    window sharing a key, and, while some remain, unsigned reports of the window."""
    meeting_ids = set(Meeting.objects.filter(slug__in=meeting_slugs).values_list("pk", flat=True))
    exclude = {exclude_pk} if exclude_pk else set()
    probe = Probe("report", keys, list(days), meeting_ids, exclude)
    ids = set(candidate_ids([probe])["report"])
    if unsigned_exist():
        window = shared_candidates(days=days, meeting_slugs=meeting_slugs, exclude_pk=exclude_pk)
        ids.update(unsigned(window))
    return Article.objects.filter(pk__in=ids).only("pk", "body").order_by("pk")


def passage_signature_save(*, article: Article) -> list[int]:
    """Store the band keys of `article`'s sentences (its key rows follow); returns them."""
    from archive.ingest import minhash

    keys = minhash.passage_keys(article.body)
    PassageSignature.objects.update_or_create(
        article=article, defaults={"keys": keys, "scheme": minhash.SCHEME}
    )
    return keys


SIGNATURES_UPSERT_SQL = """
INSERT INTO archive_passagesignature (article_id, keys, scheme)
SELECT row.article_id, row.keys, %(scheme)s
FROM jsonb_to_recordset(%(rows)s::jsonb) AS row(article_id bigint, keys bigint[])
ON CONFLICT (article_id) DO UPDATE SET keys = EXCLUDED.keys, scheme = EXCLUDED.scheme
"""


def signatures_store(signed: dict[int, list[int]]) -> None:
    """Store the keys of each report of `signed` (id -> keys) in one statement; the
    signatures' triggers write the key rows."""
    import json

    from archive.ingest import minhash

    if not signed:
        return
    rows = [{"article_id": pk, "keys": keys} for pk, keys in sorted(signed.items())]
    with connection.cursor() as cursor:
        cursor.execute(SIGNATURES_UPSERT_SQL, {"scheme": minhash.SCHEME, "rows": json.dumps(rows)})


NEW_REPORTS_SQL = """
SELECT article.id, article.published_on,
       ARRAY(SELECT link.meeting_id FROM archive_articlemeeting link
             WHERE link.article_id = article.id)
FROM archive_article article WHERE article.id = ANY(%s)
"""


def passages_record_many(articles: list[Article], *, chunks=None) -> int:
    """Sign `articles` (those still in the database), compare each with the reports that may
    retell its story (one another included), record the pairs that share passages and
    join the story groups of their meetings. The same number of queries for any number of
    reports (plus two per report while unsigned reports remain in the archive).
    Returns the number of pairs recorded."""
    from archive.ingest import minhash

    if not articles:
        return 0
    with connection.cursor() as cursor:
        cursor.execute(NEW_REPORTS_SQL, [sorted({a.pk for a in articles})])
        where = {row[0]: (row[1], set(row[2])) for row in cursor.fetchall()}
    bodies = {a.pk: a.body for a in articles if a.pk in where}
    if not bodies:
        return 0
    known = chunks.keys if chunks is not None else {}
    keys = {pk: known.get(body) or minhash.passage_keys(body) for pk, body in bodies.items()}
    signatures_store(keys)
    probes = [Probe(pk, keys[pk], [where[pk][0]], where[pk][1], {pk}) for pk in sorted(bodies)]
    chosen = candidate_ids(probes)
    if (chunks or PassageChunks()).unsigned_remain():  # asked once an import, once signed
        for probe in probes:
            chosen[probe.name] = [*chosen[probe.name], *unsigned_near(probe)]
    recorded = pairs_record(chosen, bodies, compare=chunks.compare if chunks else None)
    story_groups_pairs_added_many(article_ids=sorted(bodies))
    return recorded


def unsigned_near(probe: Probe) -> list[int]:
    slugs = Meeting.objects.filter(pk__in=probe.meeting_ids).values_list("slug", flat=True)
    window = shared_candidates(days=probe.days, meeting_slugs=list(slugs), exclude_pk=probe.name)
    return unsigned(window)


def pairs_record(chosen: dict, bodies: dict, *, compare=None) -> int:
    """Compare each new report with its chosen candidates exactly and store the pairs that
    share passages (lower id first), in one statement. Returns the number stored.
    `compare` runs `pairs_compared` on a list of pairs (the import's parse workers spread
    it over their processes); by default it runs here."""
    others = {pk for ids in chosen.values() for pk in ids} - set(bodies)
    texts = dict(bodies)
    texts.update(Article.objects.filter(pk__in=others).values_list("pk", "body"))
    wanted = set()
    for pk, ids in chosen.items():
        wanted.update(tuple(sorted((pk, other))) for other in ids if other in texts)
    tasks = [(first, second, texts[first], texts[second]) for first, second in sorted(wanted)]
    pairs = {
        (first, second): SharedPassage(
            first_id=first, second_id=second, score=score, passages=passages
        )
        for first, second, score, passages in (compare or pairs_compared)(tasks)
    }
    # In id order, so that the same import gives the same rows (ids) whatever order the
    # candidates came back in.
    found = [pairs[key] for key in sorted(pairs)]
    SharedPassage.objects.bulk_create(
        found,
        update_conflicts=True,
        unique_fields=["first", "second"],
        update_fields=["score", "passages"],
    )
    return len(found)


def pairs_compared(tasks: list) -> list:
    """(first, second, score, passages as dicts) for each (first, second, first's text,
    second's text) of `tasks` whose texts share passages (`find_shared` of the two)."""
    from archive.ingest.similarity import find_shared

    found = []
    for first, second, first_text, second_text in tasks:
        for _, _, score, passages in find_shared({first: first_text, second: second_text}):
            found.append((first, second, score, [passage_as_dict(p) for p in passages]))
    return found


def shared_passages_record(*, article: Article) -> int:
    """Sign `article`, compare it with the reports that may retell its story, record the
    pairs that share passages (with the passages, lower id first) and join the story
    groups of its meetings. Within `passages_deferred`, the report is only noted: the
    work is done for the whole chunk when it ends (and 0 is returned here)."""
    noted = _DEFERRED.get()
    if noted is not None:
        noted.append(article)
        return 0
    return passages_record_many([article])


_DEFERRED: ContextVar[list | None] = ContextVar("shared_passages_deferred", default=None)


@dataclass
class PassageChunks:
    """The shared passages of one import, recorded a chunk at a time: whether unsigned
    reports remain is asked once per import (after its first chunk is signed)."""

    unsigned: bool | None = None
    # body -> its passage keys, for the chunk being written, when the parse workers
    # computed them (`import_parallel.Parsed.keys`); keyed by the text itself, so a
    # report whose stored body is not the parsed one gets its keys computed here.
    keys: dict = field(default_factory=dict)
    # Runs `pairs_compared` on a list of pairs elsewhere (the parse workers); None: here.
    compare: object = None

    def keys_known(self, steps) -> None:
        """The keys the parse workers computed for `steps` (the chunk about to be saved)."""
        self.keys = {
            step.parsed.body: step.keys
            for step in steps
            if step.parsed is not None and step.keys is not None
        }

    def unsigned_remain(self) -> bool:
        if self.unsigned is None:
            self.unsigned = unsigned_exist()
        return self.unsigned

    def deferred(self):
        """Within: `shared_passages_record` notes its report; on leaving without an error,
        the noted reports still in the database are recorded together."""
        return noting(_DEFERRED, [], self.record)

    def record(self, noted: list) -> None:
        if not noted:
            return
        try:
            with transaction.atomic():
                passages_record_many(noted, chunks=self)
        except DatabaseError:  # one report's trouble must not lose the chunk's pairs
            logger.exception("shared passages of a chunk failed; recording them one by one")
            for article in noted:
                try:
                    with transaction.atomic():
                        passages_record_many([article], chunks=self)
                except DatabaseError:
                    logger.exception("shared passages of article %s not recorded", article.pk)


def passage_as_dict(passage) -> dict:
    return {
        "a_start": passage.a_start,
        "a_end": passage.a_end,
        "a_text": passage.a_text,
        "b_start": passage.b_start,
        "b_end": passage.b_end,
        "b_text": passage.b_text,
        "similarity": round(passage.similarity, 3),
    }


def shared_matches_preview(outcomes: list) -> None:
    """For a dry run: which parsed reports share passages with each other or with reports
    already in the archive (found by their signatures). Sets `outcome.shared` on each
    parsed outcome."""
    from archive.ingest import minhash
    from archive.ingest.similarity import find_shared

    parsed = [o for o in outcomes if o.parsed is not None and o.parsed.body]
    if not parsed:
        return
    bodies = {("source", o.name): o.parsed.body for o in parsed}
    keys = sorted({key for o in parsed for key in minhash.passage_keys(o.parsed.body)})
    stored = candidates_for(
        keys=keys,
        days=[o.parsed.published for o in parsed],
        meeting_slugs=[s.slug for o in parsed for s in o.parsed.meetings],
    )
    bodies.update({("article", article.pk): article.body for article in stored})
    by_name = {o.name: o for o in parsed}
    for a_key, b_key, score, passages in find_shared(bodies):
        for mine, theirs in ((a_key, b_key), (b_key, a_key)):
            if mine[0] == "source" and mine != theirs:
                by_name[mine[1]].shared.append(
                    {theirs[0]: theirs[1], "score": score, "passages": len(passages)}
                )


def passages_reextracted(*, article: Article) -> None:
    """After re-extraction: the report's signature follows its text, and the story groups
    its meeting links (which re-extraction may have changed)."""
    passage_signature_save(article=article)
    story_groups_follow(article_ids=[article.pk])

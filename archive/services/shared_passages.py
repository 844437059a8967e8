"""Shared passages: pairs of reports that retell one story.

A report is not compared with every report of its meetings and days. Each report's
sentences leave MinHash band keys in `PassageSignature` (`archive.ingest.minhash`, a GIN
index); a new report looks its own keys up there, and only the reports that share a key
(and are of its meetings or of the fortnight around it, as before) are compared, with the
exact similarity of `archive.ingest.similarity`, so a recorded pair is exactly what the
full comparison would record. Keys held by more than STOP_ARTICLES reports are stop keys
(`PassageStopKey`, counted by the backfill): everyday sentences find nothing. At most
MAX_COMPARED candidates are compared, those sharing the most keys first. A report with no
signature of the current scheme yet (before `manage.py passage_signatures_build` ran) is
compared as before, so nothing is missed while the backfill runs.
"""

from datetime import timedelta

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import Exists, OuterRef, Q

from archive.models import (
    Article,
    ArticleStatus,
    PassageSignature,
    PassageStopKey,
    SharedPassage,
)
from archive.services.story_groups import story_groups_follow, story_groups_pairs_added

SHARED_WINDOW_DAYS = 14
STOP_ARTICLES = 500
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


def passage_signature_save(*, article: Article) -> list[int]:
    """Store the band keys of `article`'s sentences; returns them."""
    from archive.ingest import minhash

    keys = minhash.passage_keys(article.body)
    PassageSignature.objects.update_or_create(
        article=article, defaults={"keys": keys, "scheme": minhash.SCHEME}
    )
    return keys


def probe_keys(keys: list[int]) -> list[int]:
    """`keys` less the stop keys."""
    stop = set(PassageStopKey.objects.filter(key__in=keys).values_list("key", flat=True))
    return [key for key in keys if key not in stop]


SIGNED_CANDIDATES_SQL = """
SELECT signature.article_id,
       cardinality(ARRAY(SELECT unnest(signature.keys) INTERSECT SELECT unnest(%s::bigint[])))
           AS shared
FROM archive_passagesignature signature
WHERE signature.keys && %s::bigint[] AND signature.scheme = %s
  AND signature.article_id IN ({window})
ORDER BY shared DESC, signature.article_id
LIMIT %s
"""


def signed_candidate_ids(keys: list[int], window) -> list[int]:
    """Ids of the reports of `window` (a queryset) sharing one of `keys`, those sharing
    the most first, at most MAX_COMPARED."""
    from archive.ingest import minhash

    probe = probe_keys(keys)
    if not probe:
        return []
    try:
        window_sql, window_params = window.values("pk").query.sql_with_params()
    except EmptyResultSet:  # no meeting and no date: nothing near it
        return []
    sql = SIGNED_CANDIDATES_SQL.format(window=window_sql)
    with connection.cursor() as cursor:
        cursor.execute(sql, [probe, probe, minhash.SCHEME, *window_params, MAX_COMPARED])
        return [row[0] for row in cursor.fetchall()]


def unsigned(window):
    """Reports of `window` without a signature of the current scheme."""
    from archive.ingest import minhash

    signed = PassageSignature.objects.filter(article=OuterRef("pk"), scheme=minhash.SCHEME)
    return window.filter(~Exists(signed))


def candidates_for(*, keys: list[int], days: list, meeting_slugs: list, exclude_pk=None):
    """The reports to compare exactly: signed reports of the window sharing a key, and
    unsigned reports of the window (id and body)."""
    window = shared_candidates(days=days, meeting_slugs=meeting_slugs, exclude_pk=exclude_pk)
    window = window.order_by()
    ids = set(signed_candidate_ids(keys, window))
    ids.update(unsigned(window).values_list("pk", flat=True))
    return Article.objects.filter(pk__in=ids).only("pk", "body").order_by("pk")


def shared_passages_record(*, article: Article) -> int:
    """Sign `article`, compare it with the reports that may retell its story, record the
    pairs that share passages (with the passages, lower id first) and join the story
    groups of its meetings."""
    from archive.ingest.similarity import find_shared

    keys = passage_signature_save(article=article)
    candidates = candidates_for(
        keys=keys,
        days=[article.published_on],
        meeting_slugs=list(article.meetings.values_list("slug", flat=True)),
        exclude_pk=article.pk,
    )
    recorded = 0
    for other in candidates:
        first, second = sorted((article, other), key=lambda a: a.pk)
        for _, _, score, passages in find_shared({first.pk: first.body, second.pk: second.body}):
            SharedPassage.objects.update_or_create(
                first=first,
                second=second,
                defaults={"score": score, "passages": [passage_as_dict(p) for p in passages]},
            )
            recorded += 1
    story_groups_pairs_added(article=article)
    return recorded


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

"""Shared passages: pairs of reports that retell one story, found by comparing a report
with those of its meetings and of the fortnight around it."""

from datetime import timedelta

from django.db.models import Q

from archive.models import (
    Article,
    ArticleStatus,
    SharedPassage,
)

SHARED_WINDOW_DAYS = 14


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


def shared_passages_record(*, article: Article) -> int:
    """Compare `article` with the reports that may retell its story, and record the pairs
    that share passages (with the passages, lower id first)."""
    from archive.ingest.similarity import find_shared

    candidates = shared_candidates(
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
    already in the archive. Sets `outcome.shared` on each parsed outcome."""
    from archive.ingest.similarity import find_shared

    parsed = [o for o in outcomes if o.parsed is not None and o.parsed.body]
    if not parsed:
        return
    bodies = {("source", o.name): o.parsed.body for o in parsed}
    stored = shared_candidates(
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

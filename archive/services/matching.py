"""Matching again: when a curator adds a meeting (or the reference data grows), the
reports of a date range are matched anew against every meeting, so that the new meeting
collects its reports. Automatic links are replaced; a curator's links, and the links of a
report whose meetings a curator corrected, are never touched."""

from dataclasses import asdict, dataclass, field
from datetime import date

import pghistory
from django.db import transaction

from archive.ingest import dates
from archive.ingest.meetings import WINDOW_AFTER, WINDOW_BEFORE, suggest_meetings
from archive.models import Article, ArticleMeeting, LinkSource
from archive.selectors import reference_snapshot
from archive.services.counts import articles_recount
from archive.services.extraction import Corrections, meeting_links_apply
from archive.services.story_groups import story_groups_follow

# Around a meeting, reports dated this long before or after it may be about it.
REMATCH_BEFORE = WINDOW_BEFORE
REMATCH_AFTER = WINDOW_AFTER


@dataclass
class Matching:
    """What `meeting_links_apply` reads of a parsed report: its meetings; no people,
    quotes or topics (the rows it looks up for them, `PartsLookup`, are then none)."""

    meetings: list
    auto_meeting_slug: str | None
    people: tuple = ()
    quotes: tuple = ()
    topics: tuple = ()


@dataclass
class RematchResult:
    reports: int = 0
    changed: int = 0
    links_before: int = 0
    links_after: int = 0
    skipped_curated: int = 0
    changes: list = field(default_factory=list)  # (article id, before slugs, after slugs)


def automatic_slugs(article_id: int) -> list[str]:
    return sorted(
        ArticleMeeting.objects.filter(
            article_id=article_id, linked_by=LinkSource.AUTOMATIC
        ).values_list("meeting__slug", flat=True)
    )


def article_rematch(article: Article, index) -> None:
    """Rank the report's meetings again, apply the automatic links and store the new
    candidates where the curator reads them."""
    precision = article.date_precision
    suggestions, auto = suggest_meetings(
        index=index,
        # As the pipeline reads it: the headline after the body.
        body=f"{article.body}\n{article.title}" if article.title else article.body,
        people={mention.person.slug for mention in article.mentions.all()},
        published=article.published_on,
        precision=precision,
        month_day=dates.month_day(article.dateline) if precision != "day" else None,
    )
    meeting_links_apply(
        article=article, parsed=Matching(suggestions, auto), corrections=Corrections()
    )
    articles_recount(article_ids=[article.pk])
    Article.objects.filter(pk=article.pk).update(
        extraction={
            **(article.extraction or {}),
            "meetings": [asdict(suggestion) for suggestion in suggestions],
            "auto_meeting_slug": auto,
        }
    )


def meetings_rematch(*, start: date, end: date) -> RematchResult:
    """Match every report dated `start`–`end` again, each in its own small write, all in
    one transaction recorded in the history as "rematch"."""
    if end < start:
        raise ValueError("the range ends before it starts")
    index = reference_snapshot().index
    result = RematchResult()
    articles = (
        Article.objects.filter(published_on__range=(start, end))
        .only(
            "pk",
            "title",
            "body",
            "published_on",
            "date_precision",
            "dateline",
            "curated_fields",
            "extraction",
        )
        .prefetch_related("mentions__person")
        .order_by("published_on", "pk")
    )
    with transaction.atomic(), pghistory.context(channel="rematch"):
        for article in articles:
            result.reports += 1
            if "meetings" in article.curated_fields:
                result.skipped_curated += 1
                continue
            before = automatic_slugs(article.pk)
            article_rematch(article, index)
            after = automatic_slugs(article.pk)
            result.links_before += len(before)
            result.links_after += len(after)
            if before != after:
                result.changed += 1
                result.changes.append((article.pk, before, after))
                story_groups_follow(article_ids=[article.pk])
    return result

"""What the pipeline read, stored on an article: on import and on re-extraction.
Fields and parts a curator corrected (`curated_fields`) are never overwritten."""

from dataclasses import dataclass
from datetime import date

import pghistory
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils.text import slugify

from archive.models import (
    Article,
    ArticleMeeting,
    Credit,
    LinkRole,
    LinkSource,
    Meeting,
    Mention,
    Outlet,
    OutletKind,
    Person,
    Quote,
    Topic,
)
from archive.selectors import UNIDENTIFIED_OUTLET_SLUG, reference_snapshot
from archive.services.counts import articles_recount
from archive.services.shared_passages import passages_reextracted


@dataclass
class Corrections:
    """What a curator changed on the preview before confirming; these fields are then
    marked as curated so that re-extraction leaves them alone."""

    title: str | None = None
    outlet_slug: str | None = None
    published_on: date | None = None
    date_precision: str | None = None
    meeting_slugs: list | None = None
    language: str | None = None

    def changed_fields(self) -> list[str]:
        names = {
            "title": "title",
            "outlet_slug": "outlet",
            "published_on": "published_on",
            "date_precision": "date_precision",
            "meeting_slugs": "meetings",
            "language": "language",
        }
        return [field for attr, field in names.items() if getattr(self, attr) is not None]


def outlet_for(parsed) -> Outlet:
    """The known outlet, else one named for what the report says of its site (a site name,
    a host, "Unidentified Italian-language site"), else the catch-all unidentified one.
    Curators merge or rename these in the admin."""
    if parsed.outlet_slug:
        outlet = Outlet.objects.filter(slug=parsed.outlet_slug).first()
        if outlet:
            return outlet
    name = (parsed.outlet_name or "").strip()[:200]
    if name and slugify(name):
        # Private until a published report or a curator vouches for it.
        outlet, _ = Outlet.objects.get_or_create(
            slug=slugify(name)[:200],
            defaults={"name": name, "kind": OutletKind.UNKNOWN, "curated": False},
        )
        return outlet
    outlet, _ = Outlet.objects.get_or_create(
        slug=UNIDENTIFIED_OUTLET_SLUG,
        defaults={"name": "Unidentified outlet", "kind": OutletKind.UNKNOWN, "curated": False},
    )
    return outlet


def language_code(value: str | None) -> str:
    """ISO 639-1, lower case: a batch row's "en-US" files with the other English reports."""
    return (value or "").strip().split("-")[0].split("_")[0].lower()[:10]


def valid_url(url: str) -> str | None:
    try:
        URLValidator()(url)
    except ValidationError:
        return None
    return url if len(url) <= 1000 else None


def extracted_fields(parsed, *, fallback_title: str = "") -> dict:
    """The article's own fields as the pipeline read them, cut to what the columns hold.
    Shared by import and re-extraction so that both store the same thing."""
    wire = Outlet.objects.filter(slug=parsed.wire_slug).first() if parsed.wire_slug else None
    outlet = outlet_for(parsed)
    return {
        "outlet": outlet,
        "original_wire": wire if wire and wire != outlet else None,
        "title": (parsed.title or fallback_title or "Untitled report")[:500],
        "section": (parsed.section or "")[:200],
        # A malformed address in a batch row is dropped (the row's hints keep it), not
        # a reason to lose the report.
        "url": valid_url(parsed.url) if parsed.url else None,
        "published_on": parsed.published,
        "date_precision": parsed.date_precision,
        "dateline": (parsed.dateline or "")[:300],
        "byline": (parsed.byline or "")[:300],
        "language": language_code(parsed.language),
        "body": parsed.body,
        "raw_encoding": (parsed.encoding or "")[:40],
        "content_hash": parsed.content_hash,
    }


def extraction_record(parsed) -> dict:
    data = parsed.to_dict()
    for bulky in ("text", "body"):
        data.pop(bulky, None)
    return data


def article_apply_extraction(*, article: Article, parsed, corrections: Corrections | None = None):
    """Replace what the pipeline owns (mentions, quotes, credits, topics, automatic meeting
    links) with what `parsed` read. What a curator edited (`curated_fields`) stays."""
    corrections = corrections or Corrections()
    curated = set(article.curated_fields)
    people = {
        person.slug: person
        for person in Person.objects.filter(
            slug__in={hit.slug for hit in parsed.people}
            | {q.speaker_slug for q in parsed.quotes if q.speaker_slug}
        )
    }
    if "mentions" not in curated:
        article.mentions.all().delete()
        Mention.objects.bulk_create(
            Mention(article=article, person=people[hit.slug], count=max(hit.count, 1))
            for hit in parsed.people
            if hit.slug in people
        )
    if "quotes" not in curated:
        article.quotes.all().delete()
        Quote.objects.bulk_create(
            Quote(
                article=article,
                speaker=people.get(quote.speaker_slug),
                text=quote.text,
                start=quote.start,
                end=quote.end,
                form=(quote.form or "")[:50],
            )
            for quote in parsed.quotes
            if quote.end > quote.start
        )
    if "credits" not in curated:
        article.credits.all().delete()
        Credit.objects.bulk_create(
            Credit(article=article, name=credit.name[:200], role=credit.role, position=position)
            for position, credit in enumerate(parsed.credits)
        )
    if "topics" not in curated:
        article.topics.set(Topic.objects.filter(slug__in=parsed.topics))
    if "meetings" not in curated:
        meeting_links_apply(article=article, parsed=parsed, corrections=corrections)


def link_role(published_on: date | None, meeting: Meeting) -> str:
    """Preview, report or follow-up, by the report's date: before the meeting (its first
    local date), on its days or the day after, or later."""
    if published_on is None:
        return LinkRole.COVERAGE
    if published_on < (meeting.first_local_date or meeting.start_date):
        return LinkRole.PREVIEW
    if (published_on - meeting.end_date).days >= 2:
        return LinkRole.FOLLOW_UP
    return LinkRole.COVERAGE


def meeting_links_apply(*, article: Article, parsed, corrections: Corrections) -> None:
    """The automatic links replaced by what `parsed` suggests: every suggestion flagged
    `linked` (one meeting, or two a report covers), each with its role and score; links
    a curator made stay. A curator's corrections on the preview are linked as theirs."""
    article.meeting_links.filter(linked_by=LinkSource.AUTOMATIC).delete()
    suggestions = {s.slug: s for s in parsed.meetings}
    if corrections.meeting_slugs is not None:
        for meeting in Meeting.objects.filter(slug__in=corrections.meeting_slugs):
            suggestion = suggestions.get(meeting.slug)
            ArticleMeeting.objects.get_or_create(
                article=article,
                meeting=meeting,
                defaults={
                    "linked_by": LinkSource.CURATOR,
                    "role": suggestion.role
                    if suggestion
                    else link_role(article.published_on, meeting),
                },
            )
        return
    slugs = [s.slug for s in parsed.meetings if getattr(s, "linked", False)]
    if parsed.auto_meeting_slug and parsed.auto_meeting_slug not in slugs:
        slugs.insert(0, parsed.auto_meeting_slug)
    for meeting in Meeting.objects.filter(slug__in=slugs):
        suggestion = suggestions.get(meeting.slug)
        ArticleMeeting.objects.get_or_create(
            article=article,
            meeting=meeting,
            defaults={
                "linked_by": LinkSource.AUTOMATIC,
                "score": suggestion.score if suggestion else None,
                "role": suggestion.role if suggestion else link_role(article.published_on, meeting),
            },
        )


class ReextractError(Exception):
    pass


# A curated date keeps its precision too; a curated text keeps what was read from it.


CURATED_TOGETHER = {"published_on": ("date_precision",), "body": ("content_hash",)}


def article_reextract(*, article: Article) -> Article:
    """Run the current pipeline again on the stored raw bytes, with the batch row's metadata
    it came with. Fields a curator corrected (`curated_fields`) keep the curator's value."""
    from archive.ingest.errors import IngestError
    from archive.ingest.pipeline import parse_report

    extraction = article.extraction or {}
    try:
        parsed = parse_report(
            bytes(article.raw or b""),
            reference=reference_snapshot(),
            filename=article.source_name,
            hints=extraction.get("source_hints") or None,
            content_type=extraction.get("content_type", ""),
        )
    except IngestError as error:
        raise ReextractError(f"article {article.pk}: {error}") from None
    curated = set(article.curated_fields)
    for name in list(curated):
        curated.update(CURATED_TOGETHER.get(name, ()))
    fields = extracted_fields(parsed, fallback_title=article.title)
    if article.url:
        fields.pop("url")  # the address it was stored under stays its identity
    with transaction.atomic(), pghistory.context(channel="re-extraction"):
        for name, value in fields.items():
            if name not in curated:
                setattr(article, name, value)
        article.extraction = {
            **extraction_record(parsed),
            "source_hints": extraction.get("source_hints", {}),
            "content_type": extraction.get("content_type", ""),
        }
        article.full_clean(exclude=["raw", "search_vector"])
        article.save()
        if "body" not in curated:
            article_apply_extraction(article=article, parsed=parsed)
        Article.objects.filter(pk=article.pk).refresh_search_vector()
        articles_recount(article_ids=[article.pk])
        passages_reextracted(article=article)
    return article

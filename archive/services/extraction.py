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


def outlet_for(parsed, known: dict | None = None) -> Outlet:
    """The known outlet, else one named for what the report says of its site (a site name,
    a host, "Unidentified Italian-language site"), else the catch-all unidentified one.
    Curators merge or rename these in the admin. `known` (slug -> outlet, from
    `outlets_known`) holds every outlet a chunk's reports name that exists: nothing is
    then looked up report by report, and an outlet created here joins it."""
    if parsed.outlet_slug:
        if known is None:
            outlet = Outlet.objects.filter(slug=parsed.outlet_slug).first()
        else:
            outlet = known.get(parsed.outlet_slug)
        if outlet:
            return outlet
    name = (parsed.outlet_name or "").strip()[:200]
    if name and slugify(name):
        # Private until a published report or a curator vouches for it.
        slug, defaults = slugify(name)[:200], {"name": name}
    else:
        slug, defaults = UNIDENTIFIED_OUTLET_SLUG, {"name": "Unidentified outlet"}
    if known is not None and slug in known:
        return known[slug]
    outlet, _ = Outlet.objects.get_or_create(
        slug=slug, defaults={**defaults, "kind": OutletKind.UNKNOWN, "curated": False}
    )
    if known is not None:
        known[slug] = outlet
    return outlet


def outlet_slugs(parsed) -> set[str]:
    """Every slug `outlet_for` and `extracted_fields` may look up for `parsed`."""
    name = (parsed.outlet_name or "").strip()[:200]
    slugs = {UNIDENTIFIED_OUTLET_SLUG, slugify(name)[:200] if name else ""}
    slugs |= {parsed.outlet_slug or "", getattr(parsed, "wire_slug", None) or ""}
    return slugs - {""}


def outlets_known(slugs) -> dict:
    """slug -> outlet, for those of `slugs` in the archive: one query."""
    return Outlet.objects.in_bulk(set(slugs), field_name="slug")


def language_code(value: str | None) -> str:
    """ISO 639-1, lower case: a batch row's "en-US" files with the other English reports."""
    return (value or "").strip().split("-")[0].split("_")[0].lower()[:10]


def valid_url(url: str) -> str | None:
    try:
        URLValidator()(url)
    except ValidationError:
        return None
    return url if len(url) <= 1000 else None


def extracted_fields(parsed, *, fallback_title: str = "", outlets: dict | None = None) -> dict:
    """The article's own fields as the pipeline read them, cut to what the columns hold.
    Shared by import and re-extraction so that both store the same thing. `outlets` as
    in `outlet_for`."""
    if not parsed.wire_slug:
        wire = None
    elif outlets is None:
        wire = Outlet.objects.filter(slug=parsed.wire_slug).first()
    else:
        wire = outlets.get(parsed.wire_slug)
    outlet = outlet_for(parsed, outlets)
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


@dataclass
class PartsLookup:
    """The archive's rows for the slugs some reports name (people, topics, meetings): one
    query a table, whatever the number of reports."""

    people: dict  # slug -> Person
    topics: dict  # slug -> Topic
    meetings: dict  # slug -> Meeting

    @classmethod
    def for_reports(cls, reports) -> "PartsLookup":
        """`reports`: pairs of a parsed report and its corrections (or None)."""
        people, topics, meetings = set(), set(), set()
        for parsed, corrections in reports:
            people |= {hit.slug for hit in parsed.people}
            people |= {q.speaker_slug for q in parsed.quotes if q.speaker_slug}
            topics |= set(parsed.topics)
            meetings |= {s.slug for s in parsed.meetings} | {parsed.auto_meeting_slug}
            if corrections and corrections.meeting_slugs:
                meetings |= set(corrections.meeting_slugs)
        meetings.discard(None)
        return cls(
            people=Person.objects.in_bulk(people, field_name="slug") if people else {},
            topics=Topic.objects.in_bulk(topics, field_name="slug") if topics else {},
            meetings=Meeting.objects.in_bulk(meetings, field_name="slug") if meetings else {},
        )


def mention_rows(article: Article, parsed, lookup: PartsLookup) -> list:
    return [
        Mention(article=article, person=lookup.people[hit.slug], count=max(hit.count, 1))
        for hit in parsed.people
        if hit.slug in lookup.people
    ]


def quote_rows(article: Article, parsed, lookup: PartsLookup) -> list:
    return [
        Quote(
            article=article,
            speaker=lookup.people.get(quote.speaker_slug),
            text=quote.text,
            start=quote.start,
            end=quote.end,
            form=(quote.form or "")[:50],
        )
        for quote in parsed.quotes
        if quote.end > quote.start
    ]


def credit_rows(article: Article, parsed) -> list:
    return [
        Credit(article=article, name=credit.name[:200], role=credit.role, position=position)
        for position, credit in enumerate(parsed.credits)
    ]


def topic_rows(article: Article, parsed, lookup: PartsLookup) -> list:
    through = Article.topics.through
    return [
        through(article=article, topic=lookup.topics[slug])
        for slug in dict.fromkeys(parsed.topics)
        if slug in lookup.topics
    ]


def meeting_link_rows(article: Article, parsed, corrections, lookup: PartsLookup) -> list:
    """The links `parsed` suggests: every suggestion flagged `linked` (one meeting, or two
    a report covers) and the automatic match, each with its role and score; or, when a
    curator corrected the meetings on the preview, those, linked as theirs."""
    suggestions = {s.slug: s for s in parsed.meetings}

    def role(slug):
        suggestion = suggestions.get(slug)
        return suggestion.role if suggestion else link_role(article.published_on, meetings[slug])

    meetings = lookup.meetings
    if corrections is not None and corrections.meeting_slugs is not None:
        return [
            ArticleMeeting(
                article=article, meeting=meetings[slug], linked_by=LinkSource.CURATOR,
                role=role(slug),
            )
            for slug in dict.fromkeys(corrections.meeting_slugs)
            if slug in meetings
        ]  # fmt: skip
    slugs = [s.slug for s in parsed.meetings if getattr(s, "linked", False)]
    if parsed.auto_meeting_slug and parsed.auto_meeting_slug not in slugs:
        slugs.insert(0, parsed.auto_meeting_slug)
    return [
        ArticleMeeting(
            article=article,
            meeting=meetings[slug],
            linked_by=LinkSource.AUTOMATIC,
            score=suggestions[slug].score if slug in suggestions else None,
            role=role(slug),
        )
        for slug in dict.fromkeys(slugs)
        if slug in meetings
    ]


PART_MODELS = (Mention, Quote, Credit, Article.topics.through, ArticleMeeting)


def new_articles_parts_write(reports, lookup: PartsLookup) -> None:
    """The parts of new articles (mentions, quotes, credits, topics, meeting links) as
    the pipeline read them, one multi-row INSERT per table for all of `reports` (triples
    of a saved article, its parsed report and its corrections or None; `lookup` for
    them all). New articles have no parts yet and no curated part: a curator's
    corrections on the preview are theirs."""
    rows = {model: [] for model in PART_MODELS}
    for article, parsed, corrections in reports:
        rows[Mention] += mention_rows(article, parsed, lookup)
        rows[Quote] += quote_rows(article, parsed, lookup)
        rows[Credit] += credit_rows(article, parsed)
        rows[Article.topics.through] += topic_rows(article, parsed, lookup)
        rows[ArticleMeeting] += meeting_link_rows(article, parsed, corrections, lookup)
    for model, objects in rows.items():
        if objects:
            model.objects.bulk_create(objects)


def article_apply_extraction(*, article: Article, parsed, corrections: Corrections | None = None):
    """Replace what the pipeline owns (mentions, quotes, credits, topics, automatic meeting
    links) with what `parsed` read. What a curator edited (`curated_fields`) stays."""
    corrections = corrections or Corrections()
    curated = set(article.curated_fields)
    lookup = PartsLookup.for_reports([(parsed, corrections)])
    if "mentions" not in curated:
        article.mentions.all().delete()
        Mention.objects.bulk_create(mention_rows(article, parsed, lookup))
    if "quotes" not in curated:
        article.quotes.all().delete()
        Quote.objects.bulk_create(quote_rows(article, parsed, lookup))
    if "credits" not in curated:
        article.credits.all().delete()
        Credit.objects.bulk_create(credit_rows(article, parsed))
    if "topics" not in curated:
        article.topics.set([row.topic for row in topic_rows(article, parsed, lookup)])
    if "meetings" not in curated:
        meeting_links_apply(article=article, parsed=parsed, corrections=corrections, lookup=lookup)


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


def meeting_links_apply(
    *, article: Article, parsed, corrections: Corrections, lookup: PartsLookup | None = None
) -> None:
    """The automatic links replaced by what `parsed` suggests (`meeting_link_rows`); links
    a curator made stay. A curator's corrections on the preview are linked as theirs."""
    article.meeting_links.filter(linked_by=LinkSource.AUTOMATIC).delete()
    lookup = lookup or PartsLookup.for_reports([(parsed, corrections)])
    kept = set(article.meeting_links.values_list("meeting_id", flat=True))
    ArticleMeeting.objects.bulk_create(
        row
        for row in meeting_link_rows(article, parsed, corrections, lookup)
        if row.meeting_id not in kept
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

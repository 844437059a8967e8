"""Reads for the meeting, person and outlet pages, bounded whatever the size of the archive:
each page reads one page of reports, counts from one aggregate query or from the counts the
write path keeps, and precomputed story groups, never every report of a meeting."""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db import connection
from django.db.models import CharField, Count, OuterRef, Prefetch, Subquery, Value, Window
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast, Concat

from archive.models import (
    Article,
    ArticleMeeting,
    ArticleStatus,
    LinkRole,
    Meeting,
    MeetingParticipant,
    PublishedCount,
    Quote,
    SharedPassage,
)

REPORTS_PER_PAGE = 50
STORIES_SHOWN = 10
PAIRS_PER_STORY = 8
PAIRS_SHOWN = 25
OUTLETS_SHOWN = 12
SPEAKERS_SHOWN = 10
QUOTES_PER_SPEAKER = 3
DETAIL_PAGE = 20
MEETINGS_SHOWN = 200
QUOTES_SHOWN = 20
COPIES_SHOWN = 20
HEAVY_FIELDS = ("raw", "body", "extraction", "search_vector")


def light(prefix: str = "") -> list[str]:
    """The heavy columns of an article (reached through `prefix`), for `defer`."""
    return [f"{prefix}{name}" for name in HEAVY_FIELDS]


@dataclass
class Pager:
    number: int
    pages: int
    total: int
    per_page: int = REPORTS_PER_PAGE

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.pages

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.per_page


def pager_for(number: int, total: int, per_page: int = REPORTS_PER_PAGE) -> Pager:
    """Page `number` of `total` rows, brought inside the pages that exist."""
    pages = max(1, -(-total // per_page))
    return Pager(number=min(max(1, number), pages), pages=pages, total=total, per_page=per_page)


# --- The meeting page ---------------------------------------------------------------------


@dataclass
class Bucket:
    value: str
    label: str
    count: int
    selected: bool = False
    url: str = ""


@dataclass
class ReportFilter:
    """What the meeting page's report list is narrowed to (each optional)."""

    outlet: str = ""
    language: str = ""
    role: str = ""

    def active(self) -> dict:
        return {name: value for name, value in vars(self).items() if value}

    def query(self, **changes) -> str:
        """The query string of this filter with `changes` (an empty value drops one)."""
        params = {**self.active(), **changes}
        return urlencode({name: value for name, value in params.items() if value})

    def link_buckets(self, counts: "MeetingCounts") -> None:
        """Each bucket's link narrows the list to it, or, when selected, widens it again."""
        for name, buckets in (
            ("language", counts.languages),
            ("outlet", counts.outlets),
            ("role", counts.roles),
        ):
            for bucket in buckets:
                bucket.selected = getattr(self, name) == bucket.value
                bucket.url = "?" + self.query(**{name: "" if bucket.selected else bucket.value})


@dataclass
class MeetingCounts:
    total: int = 0
    matching: int = 0
    languages: list = field(default_factory=list)
    outlets: list = field(default_factory=list)
    outlet_total: int = 0
    roles: list = field(default_factory=list)
    stories: int = 0
    storied_reports: int = 0


# One statement for everything on the meeting page that reads the whole meeting: the
# counts by language, outlet and role, how many match the filter, the stories, the closest
# pairs of the most retold ones and the first quotes of the most quoted speakers. Each
# part reads the meeting's links once (`reports`, materialised), through covering indexes
# (migration 0012). Rows: (kind, value, label, number).
MEETING_SUMMARY_SQL = """
WITH reports AS MATERIALIZED (
    SELECT link.article_id AS id, article.language, article.outlet_id, article.published_on,
           link.role
    FROM archive_articlemeeting link
    JOIN archive_article article ON article.id = link.article_id
    WHERE link.meeting_id = %(meeting)s AND article.status = %(published)s
),
quoted AS MATERIALIZED (
    SELECT quote.id, quote.speaker_id, reports.id AS article_id, quote.start,
           reports.published_on
    FROM reports CROSS JOIN LATERAL (
        -- A look-up per report (OFFSET 0 keeps it one), never a scan of every quote.
        SELECT id, speaker_id, start FROM archive_quote WHERE article_id = reports.id OFFSET 0
    ) quote
),
said AS (
    SELECT coalesce(speaker_id, 0) AS speaker, count(*) AS said FROM quoted
    GROUP BY coalesce(speaker_id, 0)
    ORDER BY count(*) DESC, coalesce(speaker_id, 0) = 0, coalesce(speaker_id, 0)
    LIMIT %(speakers)s
),
picked AS (
    SELECT quoted.id, quoted.speaker_id, said.said, row_number() OVER (
        PARTITION BY said.speaker
        ORDER BY quoted.published_on NULLS LAST, quoted.article_id, quoted.start) AS place
    FROM quoted JOIN said ON said.speaker = coalesce(quoted.speaker_id, 0)
),
shown AS (
    SELECT id, key, size FROM archive_storygroup WHERE meeting_id = %(meeting)s
    ORDER BY size DESC, key LIMIT %(stories)s
),
members AS (
    SELECT member.article_id, member.group_id
    FROM archive_storymember member JOIN shown ON shown.id = member.group_id
),
pairs AS (
    SELECT pair.id, one.group_id, row_number() OVER (
        PARTITION BY one.group_id ORDER BY pair.score DESC, pair.id) AS place
    FROM members one
    JOIN archive_sharedpassage pair ON pair.first_id = one.article_id
    JOIN members other ON other.article_id = pair.second_id AND other.group_id = one.group_id
)
SELECT 'language', language, '', count(*) FROM reports GROUP BY language
UNION ALL
SELECT 'outlet', outlet.slug, outlet.name, count(*)
FROM reports JOIN archive_outlet outlet ON outlet.id = reports.outlet_id
GROUP BY outlet.slug, outlet.name
UNION ALL
SELECT 'role', role, '', count(*) FROM reports GROUP BY role
UNION ALL
SELECT 'matching', '', '', count(*) FROM reports
JOIN archive_outlet outlet ON outlet.id = reports.outlet_id
WHERE (%(outlet)s = '' OR outlet.slug = %(outlet)s)
  AND (%(language)s = '' OR reports.language = %(language)s)
  AND (%(role)s = '' OR reports.role = %(role)s)
UNION ALL
SELECT 'stories', '', '', count(*) FROM archive_storygroup WHERE meeting_id = %(meeting)s
UNION ALL
SELECT 'storied', '', '', coalesce(sum(size), 0)
FROM archive_storygroup WHERE meeting_id = %(meeting)s
UNION ALL
SELECT 'story', id::text, key::text, size::bigint FROM shown
UNION ALL
SELECT 'pair', id::text, group_id::text, place FROM pairs WHERE place <= %(pairs)s
UNION ALL
SELECT 'quote', id::text, coalesce(speaker_id::text, ''), said FROM picked
WHERE place <= %(quotes)s
"""

TOTALS = {"matching": "matching", "stories": "stories", "storied": "storied_reports"}


@dataclass
class Story:
    key: int
    size: int
    reports: list = field(default_factory=list)

    @property
    def hidden(self) -> int:
        """Reports of the story not named on the page."""
        return self.size - len(self.reports)


@dataclass
class SpeakerQuotes:
    speaker: object
    total: int
    quotes: list


@dataclass
class MeetingSummary:
    counts: MeetingCounts
    stories: dict  # group id: Story, the most retold first
    pairs: dict  # pair id: group id
    quotes: dict  # quote id: how many quotes its speaker has in the meeting


def meeting_summary(meeting, narrowed: ReportFilter) -> MeetingSummary:
    """Counts, stories, their closest pairs and the quotes to show: one query."""
    params = {
        "meeting": meeting.pk,
        "published": ArticleStatus.PUBLISHED,
        "speakers": SPEAKERS_SHOWN,
        "quotes": QUOTES_PER_SPEAKER,
        "stories": STORIES_SHOWN,
        "pairs": PAIRS_PER_STORY,
        **vars(narrowed),
    }
    with connection.cursor() as cursor:
        cursor.execute(MEETING_SUMMARY_SQL, params)
        rows = cursor.fetchall()
    summary = MeetingSummary(MeetingCounts(), {}, {}, {})
    counts = summary.counts
    for kind, value, label, number in rows:
        if kind == "language":
            counts.languages.append(Bucket(value, value, number))
            counts.total += number
        elif kind == "outlet":
            counts.outlets.append(Bucket(value, label, number))
        elif kind == "role":
            counts.roles.append(Bucket(value, LinkRole(value).label, number))
        elif kind == "story":
            summary.stories[int(value)] = Story(key=int(label), size=number)
        elif kind == "pair":
            summary.pairs[int(value)] = int(label)
        elif kind == "quote":
            summary.quotes[int(value)] = number
        else:
            setattr(counts, TOTALS[kind], number)
    buckets_order(counts, narrowed)
    return summary


def buckets_order(counts: MeetingCounts, narrowed: ReportFilter) -> None:
    """Most frequent first; OUTLETS_SHOWN outlets (and the one selected)."""
    for buckets in (counts.languages, counts.outlets, counts.roles):
        buckets.sort(key=lambda bucket: (-bucket.count, bucket.label))
    counts.outlet_total = len(counts.outlets)
    shown = counts.outlets[:OUTLETS_SHOWN]
    shown += [b for b in counts.outlets[OUTLETS_SHOWN:] if b.value == narrowed.outlet]
    counts.outlets = shown


# The page's links, newest report first: the links of the meeting in article order, each
# checked (status, filter) through the covering index only until the page is full.
PAGE_IDS_SQL = """
SELECT link.id FROM archive_articlemeeting link
CROSS JOIN LATERAL (
    -- One look-up per link until the page is full (OFFSET 0 keeps it one), never a
    -- scan of every article.
    SELECT status, outlet_id, language FROM archive_article WHERE id = link.article_id OFFSET 0
) article
WHERE link.meeting_id = %s AND article.status = %s
  AND (%s = '' OR article.outlet_id = (SELECT id FROM archive_outlet WHERE slug = %s))
  AND (%s = '' OR article.language = %s)
  AND (%s = '' OR link.role = %s)
ORDER BY link.article_id DESC
LIMIT %s OFFSET %s
"""


def meeting_report_page(meeting, narrowed: ReportFilter, pager: Pager) -> list:
    """One page of the meeting's published reports, the newest stored first, shown outlet
    by outlet and by date; each with `link_role_label` (a preview or follow-up says so).
    The page's links are chosen through the covering index; only its rows are read whole."""
    params = [meeting.pk, ArticleStatus.PUBLISHED]
    for value in (narrowed.outlet, narrowed.language, narrowed.role):
        params += [value, value]
    links = (
        ArticleMeeting.objects.filter(
            pk__in=RawSQL(PAGE_IDS_SQL, [*params, pager.per_page, pager.offset])
        )
        .select_related("article__outlet", "article__original_wire")
        .defer(*light("article__"))
        .order_by("article__outlet__name", "article__published_on", "article_id")
    )
    reports = []
    for link in links:
        report = link.article
        report.link_role = link.role
        report.link_role_label = "" if link.role == LinkRole.COVERAGE else link.get_role_display()
        reports.append(report)
    return reports


def meeting_quotes(summary: MeetingSummary) -> list[SpeakerQuotes]:
    """The quotes the summary chose, by speaker, the most quoted first: one query."""
    if not summary.quotes:
        return []
    quotes = (
        Quote.objects.filter(pk__in=list(summary.quotes))
        .select_related("speaker", "article__outlet")
        .defer(*light("article__"))
        .order_by("article__published_on", "article_id", "start")
    )
    groups: dict = {}
    for quote in quotes:
        total = summary.quotes[quote.pk]
        groups.setdefault(quote.speaker_id, SpeakerQuotes(quote.speaker, total, []))
        groups[quote.speaker_id].quotes.append(quote)
    return sorted(
        groups.values(),
        key=lambda g: (g.speaker is None, -g.total, g.speaker.name if g.speaker else ""),
    )


def meeting_stories(summary: MeetingSummary) -> tuple[list[Story], list]:
    """The stories the summary chose, each naming the reports of its closest pairs, and
    the PAIRS_SHOWN closest pairs of all: one query."""
    if not summary.pairs:
        return list(summary.stories.values()), []
    pairs = list(
        SharedPassage.objects.filter(pk__in=list(summary.pairs))
        .select_related(
            "first__outlet", "first__original_wire", "second__outlet", "second__original_wire"
        )
        .defer(*light("first__"), *light("second__"))
        .order_by("-score", "pk")
    )
    for pair in pairs:
        story = summary.stories[summary.pairs[pair.pk]]
        for report in (pair.first, pair.second):
            if all(report.pk != other.pk for other in story.reports):
                story.reports.append(report)
    stories = list(summary.stories.values())
    for story in stories:
        story.reports.sort(key=lambda report: (report.outlet.name, report.pk))
    return stories, pairs[:PAIRS_SHOWN]


def meeting_page(meeting, *, narrowed: ReportFilter | None = None, page: int = 1) -> dict:
    """Everything the meeting page shows, bounded: participants, documents, counts by
    language, outlet and role, one page of reports, the most quoted speakers, the most
    retold stories and their closest pairs."""
    narrowed = narrowed or ReportFilter()
    summary = meeting_summary(meeting, narrowed)
    counts = summary.counts
    narrowed.link_buckets(counts)
    pager = pager_for(page, counts.matching)
    stories, closest = meeting_stories(summary)
    reports = meeting_report_page(meeting, narrowed, pager)
    speakers = meeting_quotes(summary)
    return {
        "meeting": meeting,
        "participations": meeting.participations.all(),
        "documents": meeting.documents.all(),
        "counts": counts,
        "narrowed": narrowed,
        "pager": pager,
        "reports": reports,
        "first_row": pager.offset + 1,
        "last_row": pager.offset + len(reports),
        "speakers": speakers,
        "quotes": [quote for group in speakers for quote in group.quotes],
        "stories": stories,
        "shared": closest,
    }


# --- Person and outlet pages --------------------------------------------------------------


def kept_count(kind: str):
    """The write path's count of published reports for `kind` and the row's id
    (`PublishedCount`), as an annotation; None where no count is kept yet. The key is
    the annotated row's id (`OuterRef`): `"pk"` alone would be the count row's own."""
    key = Concat(Value(f"{kind}:"), Cast(OuterRef("pk"), CharField()))
    return Subquery(PublishedCount.objects.filter(key=key).values("count")[:1])


def counted(kept, queryset) -> int:
    """`kept` when the write path keeps it, else the count of `queryset`."""
    return kept if kept is not None else queryset.count()


def person_page(person, *, page: int = 1) -> dict:
    """What a person's page shows, bounded: the meetings attended (the latest
    MEETINGS_SHOWN and how many), the latest QUOTES_SHOWN quotes, one page of the reports
    that mention them, with the total the write path keeps."""
    participations = (
        MeetingParticipant.objects.filter(person=person)
        .select_related("meeting", "office")
        .annotate(attended=Window(Count("pk")))
        .order_by("-meeting__start_date", "-pk")[:MEETINGS_SHOWN]
    )
    participations = list(reversed(participations))  # the latest, in date order
    quotes = (
        Quote.objects.published()
        .filter(speaker=person)
        .select_related("article__outlet")
        .defer(*light("article__"))
        .order_by("-article__published_on", "-article_id", "start")[: QUOTES_SHOWN + 1]
    )
    quotes = list(quotes)
    reports = Article.objects.published().mentioning([person])
    total = counted(getattr(person, "kept_reports", None), reports)
    pager = pager_for(page, total, DETAIL_PAGE)
    rows = reports.with_list_relations().defer(*light()).order_by("-published_on", "-pk")
    return {
        "participations": participations,
        "meetings_total": participations[0].attended if participations else 0,
        "quotes": quotes[:QUOTES_SHOWN],
        "more_quotes": len(quotes) > QUOTES_SHOWN,
        "reports": list(rows[pager.offset : pager.offset + pager.per_page]),
        "report_total": total,
        "pager": pager,
    }


def outlet_page(outlet, *, page: int = 1) -> dict:
    """What an outlet's page shows, bounded: one page of its reports, newest first, each
    with its meetings; the latest wire copies of its reports elsewhere; kept totals."""
    reports = outlet.articles.published()
    total = counted(getattr(outlet, "kept_reports", None), reports)
    pager = pager_for(page, total, DETAIL_PAGE)
    rows = (
        reports.for_listing()
        .prefetch_related(Prefetch("meetings", queryset=Meeting.objects.order_by("start_date")))
        .defer(*light())
        .order_by("-published_on", "-pk")
    )
    copies = list(
        Article.objects.published()
        .filter(original_wire=outlet)
        .for_listing()
        .defer(*light())
        .order_by("-published_on", "-pk")[: COPIES_SHOWN + 1]
    )
    kept = getattr(outlet, "kept_copies", None)
    return {
        "reports": list(rows[pager.offset : pager.offset + pager.per_page]),
        "report_total": total,
        "pager": pager,
        "wire_copies": copies[:COPIES_SHOWN],
        # The write path's count when it keeps one; else what was read (COPIES_SHOWN + 1
        # at most, and the page says "the latest").
        "wire_copy_total": kept if kept is not None else len(copies),
    }

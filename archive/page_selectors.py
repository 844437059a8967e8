"""Reads for the meeting, person and outlet pages, bounded whatever the size of the archive:
each page reads one page of reports, counts from one aggregate query or from the counts the
write path keeps, and precomputed story groups, never every report of a meeting."""

from dataclasses import dataclass

from django.db.models import CharField, Count, OuterRef, Prefetch, Subquery, Value, Window
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast, Concat

from archive.meeting_summary import (
    ReportFilter,
    light,
    meeting_quotes,
    meeting_stories,
    meeting_summary,
)
from archive.models import (
    Article,
    ArticleMeeting,
    ArticleStatus,
    LinkRole,
    Meeting,
    MeetingParticipant,
    PublishedCount,
    Quote,
)

REPORTS_PER_PAGE = 50
DETAIL_PAGE = 20
MEETINGS_SHOWN = 200
QUOTES_SHOWN = 20
COPIES_SHOWN = 20


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

"""Reads for the meeting, person and outlet pages, bounded whatever the size of the archive:
each page reads one page of reports, counts from one aggregate query or from the counts the
write path keeps, and precomputed story groups, never every report of a meeting."""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db import connection
from django.db.models import CharField, Count, F, OuterRef, Prefetch, Subquery, Value, Window
from django.db.models.functions import Cast, Concat, RowNumber

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
    StoryGroup,
    StoryMember,
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


MEETING_COUNTS_SQL = """
WITH reports AS MATERIALIZED (
    SELECT article.language, article.outlet_id, link.role
    FROM archive_articlemeeting link
    JOIN archive_article article ON article.id = link.article_id
    WHERE link.meeting_id = %(meeting)s AND article.status = %(published)s
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
"""


TOTALS = {"matching": "matching", "stories": "stories", "storied": "storied_reports"}


def meeting_counts(meeting, narrowed: ReportFilter) -> MeetingCounts:
    """Published reports of the meeting by language, outlet and role, those `narrowed`
    keeps, and its stories: one query, one pass over the meeting's links."""
    params = {"meeting": meeting.pk, "published": ArticleStatus.PUBLISHED, **vars(narrowed)}
    with connection.cursor() as cursor:
        cursor.execute(MEETING_COUNTS_SQL, params)
        rows = cursor.fetchall()
    counts = MeetingCounts()
    for kind, value, label, count in rows:
        if kind == "language":
            counts.languages.append(Bucket(value, value, count))
            counts.total += count
        elif kind == "outlet":
            counts.outlets.append(Bucket(value, label, count))
        elif kind == "role":
            counts.roles.append(Bucket(value, LinkRole(value).label, count))
        else:
            setattr(counts, TOTALS[kind], count)
    for buckets in (counts.languages, counts.outlets, counts.roles):
        buckets.sort(key=lambda bucket: (-bucket.count, bucket.label))
    counts.outlet_total = len(counts.outlets)
    shown = counts.outlets[:OUTLETS_SHOWN]
    shown += [b for b in counts.outlets[OUTLETS_SHOWN:] if b.value == narrowed.outlet]
    counts.outlets = shown
    return counts


def meeting_report_page(meeting, narrowed: ReportFilter, pager: Pager) -> list:
    """One page of the meeting's published reports (outlet by outlet, then by date), each
    with `link_role_label` (a preview or follow-up says so)."""
    links = ArticleMeeting.objects.filter(meeting=meeting, article__status=ArticleStatus.PUBLISHED)
    if narrowed.outlet:
        links = links.filter(article__outlet__slug=narrowed.outlet)
    if narrowed.language:
        links = links.filter(article__language=narrowed.language)
    if narrowed.role:
        links = links.filter(role=narrowed.role)
    links = (
        links.select_related("article__outlet", "article__original_wire")
        .defer(*light("article__"))
        .order_by("article__outlet__name", "article__published_on", "article_id")
    )
    reports = []
    for link in links[pager.offset : pager.offset + pager.per_page]:
        report = link.article
        report.link_role = link.role
        report.link_role_label = "" if link.role == LinkRole.COVERAGE else link.get_role_display()
        reports.append(report)
    return reports


@dataclass
class SpeakerQuotes:
    speaker: object
    total: int
    quotes: list


def meeting_quotes(meeting) -> list[SpeakerQuotes]:
    """The most quoted speakers of the meeting's reports (SPEAKERS_SHOWN), each with their
    first QUOTES_PER_SPEAKER quotes in reading order and how many there are: one query."""
    by_speaker = [F("speaker_id")]
    quotes = (
        Quote.objects.published()
        .filter(article__meeting_links__meeting=meeting)
        .select_related("speaker", "article__outlet")
        .defer(*light("article__"))
        .annotate(
            said=Window(Count("pk"), partition_by=by_speaker),
            place=Window(
                RowNumber(),
                partition_by=by_speaker,
                order_by=[F("article__published_on").asc(), F("article_id"), F("start")],
            ),
        )
        .filter(place__lte=QUOTES_PER_SPEAKER)
    )
    groups: dict = {}
    for quote in quotes:
        group = groups.setdefault(
            quote.speaker_id, SpeakerQuotes(speaker=quote.speaker, total=quote.said, quotes=[])
        )
        group.quotes.append(quote)
    ranked = sorted(
        groups.values(),
        key=lambda g: (g.speaker is None, -g.total, g.speaker.name if g.speaker else ""),
    )
    for group in ranked:
        group.quotes.sort(key=lambda q: (q.article.published_on is None, q.place))
    return ranked[:SPEAKERS_SHOWN]


@dataclass
class Story:
    key: int
    size: int
    reports: list = field(default_factory=list)

    @property
    def hidden(self) -> int:
        """Reports of the story not named on the page."""
        return self.size - len(self.reports)


def meeting_stories(meeting) -> tuple[list[Story], list]:
    """The most retold stories of the meeting (STORIES_SHOWN, from the stored groups) and,
    in one query, the closest pairs within each (PAIRS_PER_STORY); the reports a story
    shows are those of its closest pairs. Returns (stories, the PAIRS_SHOWN closest pairs)."""
    shown = StoryGroup.objects.of_meeting(meeting).values("pk")[:STORIES_SHOWN]
    members = StoryMember.objects.filter(group__in=shown).values("article_id")
    group_of = StoryMember.objects.filter(meeting=meeting, article=OuterRef("first_id"))
    group = StoryGroup.objects.filter(pk=OuterRef("group_id"))
    pairs = (
        SharedPassage.objects.filter(first__in=members, second__in=members)
        .annotate(
            group_id=Subquery(group_of.values("group_id")[:1]),
            group_key=Subquery(group.values("key")[:1]),
            group_size=Subquery(group.values("size")[:1]),
            place=Window(
                RowNumber(),
                partition_by=[F("group_id")],
                order_by=[F("score").desc(), F("pk")],
            ),
        )
        .filter(place__lte=PAIRS_PER_STORY)
        .select_related(
            "first__outlet", "first__original_wire", "second__outlet", "second__original_wire"
        )
        .defer(*light("first__"), *light("second__"))
    )
    stories: dict[int, Story] = {}
    pairs = list(pairs)
    for pair in sorted(pairs, key=lambda p: (p.place, p.pk)):
        story = stories.setdefault(pair.group_id, Story(key=pair.group_key, size=pair.group_size))
        for report in (pair.first, pair.second):
            if all(report.pk != other.pk for other in story.reports):
                story.reports.append(report)
    ordered = sorted(stories.values(), key=lambda story: (-story.size, story.key))
    for story in ordered:
        story.reports.sort(key=lambda report: (report.outlet.name, report.pk))
    closest = sorted(pairs, key=lambda pair: (-pair.score, pair.pk))[:PAIRS_SHOWN]
    return ordered, closest


def meeting_page(meeting, *, narrowed: ReportFilter | None = None, page: int = 1) -> dict:
    """Everything the meeting page shows, bounded: participants, documents, counts by
    language, outlet and role, one page of reports, the most quoted speakers, the most
    retold stories and their closest pairs."""
    narrowed = narrowed or ReportFilter()
    counts = meeting_counts(meeting, narrowed)
    narrowed.link_buckets(counts)
    pager = pager_for(page, counts.matching)
    stories, closest = meeting_stories(meeting)
    reports = meeting_report_page(meeting, narrowed, pager)
    speakers = meeting_quotes(meeting)
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
    (`PublishedCount`), as an annotation; None where no count is kept yet."""
    key = Concat(Value(f"{kind}:"), Cast("pk", CharField()))
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

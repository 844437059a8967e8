"""What the meeting page reads about the whole meeting, bounded however many reports it
has: the counts by language, outlet and role and the most quoted speakers come from the
counts the write path keeps (`PublishedCount`, keys `meeting-language:M:xx` and the like);
the stories and their closest pairs from the stored story groups; the first quotes of the
most quoted speakers from the meeting's earliest reports. One query, and a second only in
the rare cases named below."""

from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlencode

from django.db import connection

from archive.models import ArticleStatus, CountKind, LinkRole, Quote, SharedPassage

STORIES_SHOWN = 10
PAIRS_PER_STORY = 8
PAIRS_SHOWN = 25
OUTLETS_SHOWN = 12
SPEAKERS_SHOWN = 10
QUOTES_PER_SPEAKER = 3
# The first quotes of a speaker are looked for among the meeting's earliest reports only;
# a speaker with fewer there than the page shows is looked for further in the later ones.
QUOTE_WINDOW = 2000
HEAVY_FIELDS = ("raw", "body", "extraction", "search_vector")


def light(prefix: str = "") -> list[str]:
    """The heavy columns of an article (reached through `prefix`), for `defer`."""
    return [f"{prefix}{name}" for name in HEAVY_FIELDS]


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


# The meeting's published reports, through covering indexes (migration 0012): read whole
# only for a count narrowed by two filters or more.
REPORTS_CTE = """
reports AS MATERIALIZED (
    SELECT link.article_id AS id, article.language, article.outlet_id, article.published_on,
           link.role
    FROM archive_articlemeeting link
    JOIN archive_article article ON article.id = link.article_id
    WHERE link.meeting_id = %(meeting)s AND article.status = %(published)s
)"""

# Rows: (kind, value, label, number). `kept` is the meeting's kept counts; the outlets are
# the OUTLETS_SHOWN most frequent and the selected one, with how many there are in all.
MEETING_SUMMARY_SQL = f"""
WITH {REPORTS_CTE},
kept AS MATERIALIZED (
    SELECT split_part(key, ':', 1) AS kind, split_part(key, ':', 3) AS value, count
    FROM archive_publishedcount
    WHERE count > 0 AND (key LIKE %(language_keys)s OR key LIKE %(outlet_keys)s
                         OR key LIKE %(role_keys)s OR key LIKE %(speaker_keys)s)
),
outlet_counts AS MATERIALIZED (
    SELECT value::bigint AS id, count FROM kept WHERE kind = '{CountKind.MEETING_OUTLET}'
),
outlets AS MATERIALIZED (
    -- Only the outlets that can be shown are named (the biggest meeting has thousands):
    -- those counting at least as many as the OUTLETS_SHOWN-th (ties at the cut kept, for
    -- the order by name below) and the selected one.
    SELECT outlet.slug, outlet.name, outlet_counts.count FROM outlet_counts
    JOIN archive_outlet outlet ON outlet.id = outlet_counts.id
    WHERE outlet_counts.count >= coalesce((
        SELECT count FROM outlet_counts ORDER BY count DESC
        OFFSET %(outlets_shown)s - 1 LIMIT 1), 0)
       OR outlet_counts.id = (SELECT id FROM archive_outlet WHERE slug = %(outlet)s)
),
said AS MATERIALIZED (
    SELECT value::bigint AS speaker, count AS said FROM kept
    WHERE kind = '{CountKind.MEETING_SPEAKER}'
    ORDER BY count DESC, value::bigint = 0, value::bigint
    LIMIT %(speakers)s
),
earliest AS MATERIALIZED (
    -- The meeting's earliest links in date order (their copy of the report's date, indexed
    -- with the meeting). Whether each report is published is asked below, only of those
    -- quoting a speaker shown: a speaker's first quotes among the published reports of a
    -- prefix of the links are their first quotes overall, whatever the prefix holds; a
    -- speaker it holds too few of is looked for again (`quotes_complete`).
    SELECT link.article_id AS id, link.published_on
    FROM archive_articlemeeting link
    WHERE link.meeting_id = %(meeting)s
    ORDER BY link.published_on NULLS LAST, link.article_id
    LIMIT %(window)s
),
quoted AS MATERIALIZED (
    SELECT quote.id, quote.speaker_id, earliest.id AS article_id, quote.start,
           earliest.published_on
    FROM earliest CROSS JOIN LATERAL (
        -- A look-up per report (OFFSET 0 keeps it one), never a scan of every quote.
        SELECT id, speaker_id, start FROM archive_quote WHERE article_id = earliest.id OFFSET 0
    ) quote
),
picked AS (
    -- Each speaker's quotes in order, their reports' status looked up one by one until
    -- enough published ones are found (OFFSET 0 keeps the order before the look-ups):
    -- about 30 look-ups, not one for each of the speakers' quotes in the window (1,113 for
    -- the biggest meeting at 1,000,000 reports).
    SELECT chosen.id, chosen.speaker_id, said.said
    FROM said CROSS JOIN LATERAL (
        SELECT ordered.id, ordered.speaker_id FROM (
            SELECT quoted.id, quoted.speaker_id, quoted.article_id FROM quoted
            WHERE coalesce(quoted.speaker_id, 0) = said.speaker
            ORDER BY quoted.published_on NULLS LAST, quoted.article_id, quoted.start
            OFFSET 0
        ) ordered
        CROSS JOIN LATERAL (
            SELECT status FROM archive_article WHERE id = ordered.article_id OFFSET 0
        ) article
        WHERE article.status = %(published)s
        LIMIT %(quotes)s
    ) chosen
),
shown AS (
    SELECT id, key, size FROM archive_storygroup WHERE meeting_id = %(meeting)s
    ORDER BY size DESC, key LIMIT %(stories)s
),
members AS MATERIALIZED (
    SELECT member.article_id, member.group_id
    FROM archive_storymember member JOIN shown ON shown.id = member.group_id
),
begun AS MATERIALIZED (
    -- The pairs each member begins, found by its id (OFFSET 0 keeps it a look-up).
    SELECT pair.id, pair.second_id, pair.score, one.group_id
    FROM members one CROSS JOIN LATERAL (
        SELECT id, second_id, score FROM archive_sharedpassage
        WHERE first_id = one.article_id OFFSET 0
    ) pair
),
pairs AS (
    SELECT begun.id, begun.group_id, row_number() OVER (
        PARTITION BY begun.group_id ORDER BY begun.score DESC, begun.id) AS place
    FROM begun
    JOIN members other ON other.article_id = begun.second_id AND other.group_id = begun.group_id
)
SELECT 'language', value, '', count FROM kept WHERE kind = '{CountKind.MEETING_LANGUAGE}'
UNION ALL
SELECT 'role', value, '', count FROM kept WHERE kind = '{CountKind.MEETING_ROLE}'
UNION ALL
SELECT 'outlets', '', '', count(*) FROM outlet_counts
UNION ALL
(SELECT 'outlet', slug, name, count FROM outlets ORDER BY count DESC, name, slug
 LIMIT %(outlets_shown)s)
UNION ALL
SELECT 'outlet', slug, name, count FROM outlets WHERE slug = %(outlet)s
UNION ALL
SELECT 'matching', '', '', count(*) FROM reports
JOIN archive_outlet outlet ON outlet.id = reports.outlet_id
WHERE %(filters)s >= 2
  AND (%(outlet)s = '' OR outlet.slug = %(outlet)s)
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
SELECT 'said', speaker::text, '', said FROM said
UNION ALL
SELECT 'quote', id::text, coalesce(speaker_id, 0)::text, said FROM picked
UNION ALL
(SELECT 'edge', id::text, published_on::text, 0 FROM earliest
 ORDER BY published_on DESC NULLS FIRST, id DESC LIMIT 1)
"""

# The next quotes of the given speakers (0: no speaker) after the earliest links, for a
# speaker the earliest reports did not quote often enough (`need` more each): for each
# speaker, the links after the window's last one (`edge_day`, `edge_id`, in the window's
# order) walked in date order (their copy of the report's date, indexed with the meeting)
# until enough of their quotes turn up, not every report of the meeting read (at 1,000,000
# reports, 34,267 reports of the biggest meeting: 240 ms, then 15). The window's links are
# stepped over in the index without a quote look-up (they were 8,000 of the 12,400 buffers
# the statement read when it walked them again). The speaker's quotes are looked up first
# and the report's status only for a link that has one: most links have none.
SPEAKER_QUOTES_SQL = """
SELECT picked.id, speakers.speaker
FROM unnest(%(speakers)s::bigint[], %(needs)s::int[]) AS speakers(speaker, need)
CROSS JOIN LATERAL (
    SELECT quote.id FROM archive_articlemeeting link
    CROSS JOIN LATERAL (
        SELECT id, start FROM archive_quote
        WHERE article_id = link.article_id AND coalesce(speaker_id, 0) = speakers.speaker
        OFFSET 0
    ) quote
    CROSS JOIN LATERAL (
        SELECT status FROM archive_article WHERE id = link.article_id OFFSET 0
    ) article
    WHERE link.meeting_id = %(meeting)s AND article.status = %(published)s
      AND (%(edge_id)s::bigint IS NULL
           OR (%(edge_day)s::date IS NULL
               AND link.published_on IS NULL AND link.article_id > %(edge_id)s)
           OR (%(edge_day)s::date IS NOT NULL
               AND (link.published_on > %(edge_day)s OR link.published_on IS NULL
                    OR (link.published_on = %(edge_day)s AND link.article_id > %(edge_id)s))))
    ORDER BY link.published_on NULLS LAST, link.article_id, quote.start
    LIMIT speakers.need
) picked
"""


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
    # (date, report id) of the last of the earliest links (None: the meeting has none)
    edge: tuple | None = None


def kept_keys(kind: str, meeting) -> str:
    """The LIKE pattern of a meeting's kept counts of `kind`."""
    return f"{kind}:{int(meeting.pk)}:%"


def meeting_summary(meeting, narrowed: ReportFilter) -> MeetingSummary:
    """Counts, stories, their closest pairs and the quotes to show: one query (two when a
    most quoted speaker is quoted too rarely in the earliest reports)."""
    params = {
        "meeting": meeting.pk,
        "published": ArticleStatus.PUBLISHED,
        "language_keys": kept_keys(CountKind.MEETING_LANGUAGE, meeting),
        "outlet_keys": kept_keys(CountKind.MEETING_OUTLET, meeting),
        "role_keys": kept_keys(CountKind.MEETING_ROLE, meeting),
        "speaker_keys": kept_keys(CountKind.MEETING_SPEAKER, meeting),
        "speakers": SPEAKERS_SHOWN,
        "quotes": QUOTES_PER_SPEAKER,
        "window": QUOTE_WINDOW,
        "stories": STORIES_SHOWN,
        "pairs": PAIRS_PER_STORY,
        "outlets_shown": OUTLETS_SHOWN,
        "filters": len(narrowed.active()),
        **vars(narrowed),
    }
    with connection.cursor() as cursor:
        cursor.execute(MEETING_SUMMARY_SQL, params)
        rows = cursor.fetchall()
    summary = MeetingSummary(MeetingCounts(), {}, {}, {})
    said = summary_read(summary, rows)
    counts_finish(summary.counts, narrowed)
    quotes_complete(meeting, summary, said)
    return summary


def summary_read(summary: MeetingSummary, rows) -> dict:
    """Fill `summary` from the query's rows; returns the most quoted speakers' counts."""
    counts, said = summary.counts, {}
    for kind, value, label, number in rows:
        if kind == "language":
            counts.languages.append(Bucket(value, value, number))
            counts.total += number
        elif kind == "outlet":
            if all(bucket.value != value for bucket in counts.outlets):
                counts.outlets.append(Bucket(value, label, number))
        elif kind == "role":
            counts.roles.append(Bucket(value, LinkRole(value).label, number))
        elif kind == "story":
            summary.stories[int(value)] = Story(key=int(label), size=number)
        elif kind == "pair":
            summary.pairs[int(value)] = int(label)
        elif kind == "said":
            said[int(value)] = number
        elif kind == "quote":
            summary.quotes[int(value)] = int(label)  # its speaker, until quotes_complete
        elif kind == "edge":
            summary.edge = (date.fromisoformat(label) if label else None, int(value))
        else:
            setattr(counts, TOTALS[kind], number)
    return said


TOTALS = {
    "outlets": "outlet_total",
    "matching": "matching",
    "stories": "stories",
    "storied": "storied_reports",
}
FILTER_BUCKETS = {"language": "languages", "outlet": "outlets", "role": "roles"}


def counts_finish(counts: MeetingCounts, narrowed: ReportFilter) -> None:
    """Most frequent first; how many reports the filter leaves (the query counts them
    only under two filters or more: one filter's number is its bucket's)."""
    for buckets in (counts.languages, counts.outlets, counts.roles):
        buckets.sort(key=lambda bucket: (-bucket.count, bucket.label, bucket.value))
    active = narrowed.active()
    if not active:
        counts.matching = counts.total
    elif len(active) == 1:
        ((name, value),) = active.items()
        buckets = getattr(counts, FILTER_BUCKETS[name])
        counts.matching = next((b.count for b in buckets if b.value == value), 0)


def quotes_complete(meeting, summary: MeetingSummary, said: dict) -> None:
    """A most quoted speaker with fewer quotes among the earliest reports than the page
    shows (and than they have) keeps those, their first, and is looked for further in the
    reports after them."""
    found: dict[int, int] = {}
    for speaker in summary.quotes.values():
        found[speaker] = found.get(speaker, 0) + 1
    short = [
        speaker
        for speaker, total in said.items()
        if found.get(speaker, 0) < min(total, QUOTES_PER_SPEAKER)
    ]
    if short:
        edge_day, edge_id = summary.edge or (None, None)
        params = {
            "meeting": meeting.pk,
            "published": ArticleStatus.PUBLISHED,
            "speakers": short,
            "needs": [QUOTES_PER_SPEAKER - found.get(speaker, 0) for speaker in short],
            "edge_day": edge_day,
            "edge_id": edge_id,
        }
        with connection.cursor() as cursor:
            cursor.execute(SPEAKER_QUOTES_SQL, params)
            for quote_id, speaker in cursor.fetchall():
                summary.quotes[quote_id] = speaker
    for quote_id, speaker in summary.quotes.items():
        summary.quotes[quote_id] = said[speaker]


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


# What the page shows of a pair and its two reports: up to 80 pairs, five model instances
# each, were built with every column of the reports and outlets (7 ms of the page's CPU at
# 1,000,000 reports, more than the query).
PAIR_FIELDS = (
    "score",
    "passages",
    *(
        f"{side}__{name}"
        for side in ("first", "second")
        for name in (
            "title",
            "language",
            "published_on",
            "outlet__name",
            "outlet__kind",
            "original_wire__name",
        )
    ),
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
        .only(*PAIR_FIELDS)
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

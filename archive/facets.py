"""Facets, declared once: each is a `FacetSpec` (what to group, what to show), and one loop
counts them all for articles and for meetings.

Facets follow Datasette: each bucket carries its value, label, count, whether it is
selected and the URL that toggles it; one more bucket than shown is fetched to know the
list was cut. A facet counts among the matches of every *other* active filter, one query
per facet, whatever the number of matches. A new facet is one more spec in a list below
(and its filter in `archive/filters.py`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.conf.locale import LANG_INFO
from django.db import connection, connections, router
from django.db.models import (
    BigIntegerField,
    Case,
    Count,
    F,
    IntegerField,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce, ExtractYear, Substr
from django.utils.text import slugify

from archive.facets_shared import shared_rows_read
from archive.models import (
    AnyOf,
    Article,
    ArticleMeeting,
    CountKind,
    IdArray,
    Meeting,
    MeetingFormat,
    MeetingKind,
    MeetingParticipant,
    Mention,
    Outlet,
    Person,
    PublishedCount,
    Topic,
    published_count,
    series_label,
)
from archive.search_matches import NO_SEQSCAN, MatchSource, Tally

FACET_SIZE = 10


def language_name(code: str) -> str:
    return LANG_INFO.get(code, {}).get("name", code) if code else "Unknown"


@dataclass
class Bucket:
    value: str
    label: str
    count: int
    selected: bool
    toggle_url: str
    estimated: bool = False  # `count` is an estimate from a sample, rounded


@dataclass
class Facet:
    name: str
    title: str
    buckets: list[Bucket]
    truncated: bool
    estimated: bool = False  # the counts are estimates (a search too large to count)

    @property
    def has_selection(self) -> bool:
        return any(bucket.selected for bucket in self.buckets)


@dataclass(frozen=True)
class FacetSpec:
    """One facet: `rows(matches)` gives the rows to count, given the primary keys that
    match every other filter; they are grouped by `value_field` and counted by distinct
    `count_field`."""

    name: str  # the query-string parameter it toggles
    title: str
    rows: Callable
    value_field: str
    label_field: str
    count_field: str = "pk"
    label: Callable | None = None  # stored value → what a reader sees
    to_param: Callable = str  # stored value → query-string value
    exclude_blank: bool = False
    # The stored values the visitor selected (default: the parameter's values as given).
    selected: Callable | None = None
    timeline: bool = False  # every value shown, newest first, instead of the top counts
    # With no other filter active: kept(selected) gives the buckets from the kept counts
    # (`PublishedCount`), as rows of facet_value, facet_label and total.
    kept: Callable | None = None
    # Facets of one `shared` name read the same rows (`rows` the same for any of them, the
    # values text): counted among the same matches, they are counted in one statement
    # (`archive/facets_shared.py`). Not for a timeline.
    shared: str = ""


def selected_first(field_name: str, selected: list) -> list:
    """Ordering that puts the selected values first. Nothing when none is selected: a
    CASE with no WHEN compiles to a bare constant, and `ORDER BY 1` would sort by the
    first column instead."""
    if not selected:
        return []
    return [
        Case(
            When(**{f"{field_name}__in": selected}, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        )
    ]


def facet_rows(spec: FacetSpec, matches, selected: list):
    """Rows of facet_value, facet_label and total: counted among `matches` (primary keys),
    or read from the kept counts when `matches` is None (no other filter active)."""
    if matches is None:
        rows = spec.kept(selected)
    else:
        rows = spec.rows(matches)
        if spec.exclude_blank:
            rows = rows.exclude(**{spec.value_field: ""})
        # The model's default ordering is cleared first: left in place it would join the
        # GROUP BY and split every count.
        rows = (
            rows.order_by()
            .values(facet_value=F(spec.value_field), facet_label=F(spec.label_field))
            .annotate(total=Count(spec.count_field, distinct=True))
        )
    if spec.timeline:
        return rows.order_by("-facet_value")
    return rows.order_by(*selected_first("facet_value", selected), "-total", "facet_label")


def among_matches(among: MatchSource):
    """What a facet's `rows` are given: None for every published report, the ids
    themselves when they are known to be the matches, else a subquery of their keys."""
    if among.ids is not None:
        return among.ids
    return None if among.queryset is None else among.queryset.order_by().values("pk")


def linked(field: str, matches):
    """The condition keeping the rows whose `field` is one of `matches`: `field = ANY(ids)`
    for known ids (each report is not looked up again: on a search with 2,000 matches
    that was 2,000 index probes a facet), `field IN (subquery)` otherwise. (The lookup
    object itself, as `__any` is not a lookup of foreign keys.)"""
    if isinstance(matches, IdArray):
        return AnyOf(F(field), matches)
    return Q(**{f"{field}__in": matches})


def exact_source(filterset):
    """Each facet counted exactly among the matches of every other filter."""
    return lambda name: MatchSource(filterset.queryset_without(name))


def facets_count(specs, filterset, state, *, source=None, size: int = FACET_SIZE) -> list[Facet]:
    """Every facet of `specs`, one query each. `source(name)` gives the matches a facet
    counts among (and the scale of an estimate); by default every other filter's."""
    source = source or exact_source(filterset)
    unfiltered = not any(True for _ in filterset.active_values(skip=("sort",)))
    counted = []  # (spec, among, matches, selected, read: None until read)
    for spec in specs:
        among = source(spec.name)
        matches = among_matches(among)
        selected = spec.selected(filterset) if spec.selected else state.values(spec.name)
        read = None
        if among.exact and not selected and (matches is None or unfiltered):
            read = unfiltered_rows_read(spec, matches, size)
        counted.append((spec, among, matches, selected, read))
    shared_read(counted, size)
    facets = []
    for spec, among, matches, selected, read in counted:
        if read is None:
            rows = facet_rows(spec, matches, selected)
            limited = rows if spec.timeline else rows[: size + 1]
            read = rows_read(limited, probing=not among.exact)
        fetched = [row for row in read if row["total"]]
        shown = fetched if spec.timeline else fetched[:size]
        chosen = state.values(spec.name)
        buckets = []
        for row in shown:
            value = spec.to_param(row["facet_value"])
            label = row["facet_label"]
            buckets.append(
                Bucket(
                    value=value,
                    label=spec.label(label) if spec.label else str(label),
                    count=Tally.estimated(row["total"], among.scale).value,
                    selected=value in chosen,
                    toggle_url=state.toggling(spec.name, value),
                    estimated=not among.exact,
                )
            )
        facets.append(
            Facet(
                name=spec.name,
                title=spec.title,
                buckets=buckets,
                truncated=len(fetched) > len(shown),
                estimated=not among.exact,
            )
        )
    return facets


def shared_read(counted: list, size: int) -> None:
    """Reads, in one statement for each group, the facets still unread that share their
    rows (`FacetSpec.shared`) and count among the same matches (`MatchSource.key`)."""
    groups: dict[tuple, list[int]] = {}
    for place, (spec, among, _, _, read) in enumerate(counted):
        if read is None and spec.shared and among.key is not None:
            groups.setdefault((spec.shared, among.key), []).append(place)
    for places in groups.values():
        if len(places) < 2:
            continue  # alone: its own statement, as any facet
        specs = [counted[place][0] for place in places]
        _, among, matches, _, _ = counted[places[0]]
        selected = [counted[place][3] for place in places]
        found = shared_rows_read(specs, matches, selected, size + 1, probing=not among.exact)
        for place, read in zip(places, found, strict=True):
            counted[place] = (*counted[place][:4], read)


# A facet with none of its values selected, counted among every report or meeting (no
# filter active) or read from the kept counts (no other filter active), runs the same
# statement on every such page, the most visited: building and compiling it costs 1-4 ms
# of CPU a facet, so it is kept per process, with the model it reads.
UNFILTERED_STATEMENTS: dict[tuple, tuple] = {}


def unfiltered_rows_read(spec: FacetSpec, matches, size: int) -> list[dict]:
    """The rows `facet_rows(spec, matches, [])` gives (the first `size` + 1 but on a
    timeline), read with the statement compiled the first time in this process."""
    key = (spec.name, spec.title, size, matches is None)
    if key not in UNFILTERED_STATEMENTS:
        rows = facet_rows(spec, matches, [])
        rows = rows if spec.timeline else rows[: size + 1]
        UNFILTERED_STATEMENTS[key] = (rows.model, *rows.query.sql_with_params())
    model, sql, params = UNFILTERED_STATEMENTS[key]
    with connections[router.db_for_read(model)].cursor() as cursor:
        cursor.execute(sql, params)
        names = [column.name for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def rows_read(rows, *, probing: bool) -> list[dict]:
    """The facet's rows. Counted among sampled ids (`probing`), the query runs with
    sequential scans off: PostgreSQL would otherwise hash a whole link table (1.3 million
    topic links at a million reports) to join a few thousand ids it can look up."""
    if not probing:
        return list(rows)
    sql, params = rows.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(NO_SEQSCAN + sql, params)
        cursor.nextset()  # past the SET's empty result
        names = [column.name for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def kept_entities(model, label_field: str, kind: str):
    """Entities by their kept count: the top FACET_SIZE + 1 keys (ties at the cut kept)
    read from `PublishedCount` alone, plus the selected ones, then joined to their rows."""
    prefix = f"{kind}:"

    def rows(selected):
        keys = PublishedCount.objects.filter(key__startswith=prefix, count__gt=0)
        cut = keys.order_by("-count").values("count")[FACET_SIZE : FACET_SIZE + 1]
        top = keys.filter(count__gte=Coalesce(Subquery(cut), 1)).values(
            ref=Cast(Substr("key", len(prefix) + 1), BigIntegerField())
        )
        return (
            model.objects.filter(Q(pk__in=top) | Q(slug__in=selected))
            .order_by()
            .annotate(total=published_count(kind))
            .filter(total__gt=0)
            .values(facet_value=F("slug"), facet_label=F(label_field), total=F("total"))
        )

    return rows


def kept_languages(selected):
    prefix = f"{CountKind.LANGUAGE}:"
    return (
        PublishedCount.objects.filter(key__startswith=prefix, count__gt=0)
        .exclude(key=prefix)  # no language recorded: not a bucket
        .values(
            facet_value=Substr("key", len(prefix) + 1),
            facet_label=Substr("key", len(prefix) + 1),
            total=F("count"),
        )
    )


def kept_countries(selected):
    # No HAVING total > 0: PostgreSQL would look every outlet's count up a second time
    # for it. A country whose outlets count nothing sorts last and `facets_count` drops it.
    return (
        Outlet.objects.exclude(country="")
        .order_by()
        .values(facet_value=F("country"), facet_label=F("country"))
        .annotate(total=Sum(published_count(CountKind.OUTLET)))
    )


def countries_selected(filterset) -> list:
    # The parameter is the slug of the stored name: compare on names.
    return list(filterset.form.cleaned_data.get("country") or [])


def choice_label(choices) -> Callable:
    labels = dict(choices)
    return lambda value: labels.get(value, value)


ARTICLE_FACETS = (
    FacetSpec(
        name="person",
        title="People",
        rows=lambda matches: Mention.objects.filter(linked("article", matches)),
        value_field="person__slug",
        label_field="person__name",
        count_field="article",
        kept=kept_entities(Person, "name", CountKind.PERSON),
    ),
    FacetSpec(
        name="outlet",
        title="Outlets",
        rows=lambda matches: Article.objects.filter(linked("pk", matches)),
        value_field="outlet__slug",
        label_field="outlet__name",
        kept=kept_entities(Outlet, "name", CountKind.OUTLET),
        shared="article",
    ),
    FacetSpec(
        name="meeting",
        title="Meetings",
        rows=lambda matches: ArticleMeeting.objects.filter(linked("article", matches)),
        value_field="meeting__slug",
        label_field="meeting__title",
        count_field="article",
        kept=kept_entities(Meeting, "title", CountKind.MEETING),
    ),
    FacetSpec(
        name="topic",
        title="Topics",
        rows=lambda matches: Article.topics.through.objects.filter(linked("article", matches)),
        value_field="topic__slug",
        label_field="topic__name",
        count_field="article",
        kept=kept_entities(Topic, "name", CountKind.TOPIC),
    ),
    FacetSpec(
        name="language",
        title="Languages",
        rows=lambda matches: Article.objects.filter(linked("pk", matches)),
        value_field="language",
        label_field="language",
        label=language_name,
        exclude_blank=True,
        kept=kept_languages,
        shared="article",
    ),
    FacetSpec(
        name="country",
        title="Outlet countries",
        rows=lambda matches: Article.objects.filter(linked("pk", matches)),
        value_field="outlet__country",
        label_field="outlet__country",
        to_param=slugify,
        exclude_blank=True,
        selected=countries_selected,
        kept=kept_countries,
        shared="article",
    ),
)

MEETING_FACETS = (
    FacetSpec(
        name="year",
        title="Year",
        rows=lambda matches: Meeting.objects.filter(pk__in=matches).annotate(
            year=ExtractYear("start_date")
        ),
        value_field="year",
        label_field="year",
        timeline=True,  # a timeline, not a ranking
    ),
    FacetSpec(
        name="kind",
        title="Kind",
        rows=lambda matches: Meeting.objects.filter(pk__in=matches),
        value_field="kind",
        label_field="kind",
        label=choice_label(MeetingKind.choices),
    ),
    FacetSpec(
        name="series",
        title="Series",
        rows=lambda matches: Meeting.objects.filter(pk__in=matches),
        value_field="series",
        label_field="series",
        label=series_label,
        exclude_blank=True,
    ),
    FacetSpec(
        name="format",
        title="In person or virtual",
        rows=lambda matches: Meeting.objects.filter(pk__in=matches),
        value_field="format",
        label_field="format",
        label=choice_label(MeetingFormat.choices),
    ),
    FacetSpec(
        name="city",
        title="City",
        rows=lambda matches: Meeting.objects.filter(pk__in=matches),
        value_field="city",
        label_field="city",
        exclude_blank=True,
    ),
    FacetSpec(
        name="participant",
        title="Participants",
        rows=lambda matches: MeetingParticipant.objects.filter(meeting__in=matches),
        value_field="person__slug",
        label_field="person__name",
        count_field="meeting",
    ),
)

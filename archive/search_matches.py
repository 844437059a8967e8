"""The matches of one search, computed once and shared by the results and every facet.

The search words and dates (the *core*) are matched once: the ids of at most
`SEARCH_EXACT_LIMIT` matches are read in one query (a materialised CTE, so that the
planner reads the text index's bitmap instead of re-checking every row's vector). When
the core holds no more than that, every other query (the page, the total, each facet)
runs over those ids (`id = ANY(%s)`) and every number is exact. When it holds more, the
numbers are estimated from a fixed sample, the published reports whose id is a multiple
of `SEARCH_SAMPLE_MODULUS` (an indexed stripe, ANDed with the text's bitmap), scaled up,
and shown as estimates; the page is then read from a date window the sample points to.
With no words, no dates and no other filter, the kept counts (`PublishedCount`) answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.db import connection
from django.db.models import BooleanField, Count, Q, Window
from django.db.models.expressions import RawSQL

from archive.day_offsets import page_from_day, page_start
from archive.ingest.cjk import CJK_RUN
from archive.models import (
    Article,
    CountKind,
    IdArray,
    PublishedCount,
    SortKey,
    search_query,
)

# The filters that are not facets: they narrow the core that every facet shares.
CORE_FILTERS = ("q", "date_from", "date_to")
# Relevance ranks at most this many matches (the newest): ts_rank reads each one's vector.
RANK_LIMIT = 500
# Too large to count: relevance ranks the newest this many (read from a date window).
RANK_WINDOW = 200
# A search too large to count exactly pages through at most this many of its matches.
ESTIMATED_ROWS_LIMIT = 1000
# A phrase is re-checked in the stored vector of each report that holds all its words
# (the text index has no positions): in about this many reports at most, the newest.
PHRASE_CHECK_LIMIT = 1000


def exact_limit() -> int:
    return getattr(settings, "SEARCH_EXACT_LIMIT", 5000)


def phrase_check_limit() -> int:
    return getattr(settings, "SEARCH_PHRASE_CHECK_LIMIT", PHRASE_CHECK_LIMIT)


def sample_modulus() -> int:
    return getattr(settings, "SEARCH_SAMPLE_MODULUS", 64)


# A facet estimated from the sample counts among this many sampled reports at most: a
# common word's sample (one in 64 of its matches: 8,000 at half a million) is thinned to
# a coarser stripe, every (64 x 2^k)-th id, so that each of the page's facet queries reads
# about a thousand reports, not tens of thousands, for a figure shown to two digits anyway.
FACET_SAMPLE_LIMIT = 1000


def thinned(ids: list[int], modulus: int) -> tuple[list[int], int]:
    """The sampled `ids` (all multiples of `modulus`) thinned to at most about
    FACET_SAMPLE_LIMIT, and the stripe they then are one in."""
    factor, limit = 1, max(1, FACET_SAMPLE_LIMIT)
    while len(ids) > limit * factor:
        factor *= 2
    if factor == 1:
        return ids, modulus
    stripe = modulus * factor
    return [pk for pk in ids if pk % stripe == 0], stripe


def estimate_shown(value: int) -> int:
    """An estimate rounded to two significant figures: 123,456 is shown as 120,000."""
    if value < 100:
        return value
    digits = len(str(value)) - 2
    return round(value, -digits)


@dataclass
class Tally:
    """How many reports: exact, or an estimate (rounded, and said to be one)."""

    value: int
    exact: bool = True

    @classmethod
    def estimated(cls, sampled: int, scale: int) -> Tally:
        if scale == 1:
            return cls(sampled)
        return cls(estimate_shown(round(sampled * scale)), exact=False)


# PostgreSQL prices `search_vector @@ query` as one cheap operator per row, but on a
# sequential scan each row's vector (kilobytes, TOASTed) is read and decompressed: it
# then prefers a scan that reads every report over the text index's bitmap. The match
# queries below run with sequential scans off for themselves only (SET LOCAL, in the
# same statement batch: one round trip, one implicit transaction).
NO_SEQSCAN = "SET LOCAL enable_seqscan = off; "


def rows_of(sql: str, params: list) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(NO_SEQSCAN + sql, params)
        cursor.nextset()  # past the SET's empty result
        return cursor.fetchall()


def ids_capped(queryset, limit: int) -> list[tuple]:
    """(id, published_on) of at most `limit` rows of `queryset`, in no particular order:
    the match is planned whole (a materialised CTE), then read only as far as needed."""
    rows = queryset.order_by().values_list("pk", "published_on")
    sql, params = rows.query.sql_with_params()
    cte = f"WITH m AS MATERIALIZED ({sql}) SELECT * FROM m LIMIT %s"  # noqa: S608
    return rows_of(cte, [*params, limit])


# The sample's count `n` (one report in `modulus`) says "far more than the limit" when
# n x modulus passes four times the limit, or when even n less four of its standard
# deviations (a count of sampled reports varies by about its square root) passes the
# limit: a word with at most `limit` matches gives that about once in 30,000 searches, and
# is then only shown as an estimate (labelled) instead of counted. The second rule spares a
# word of 2-4 times the limit (10,000-20,000 matches: "Blinken" at 100,000 reports, 9,942)
# reading 5,001 of its matches to learn what its sample already said.
PROBE_GIVES_UP_SQL = "(n * %s > 4 * %s OR (n - 4 * sqrt(n)) * %s > %s)"


def words_probe(core, limit: int) -> list[tuple] | None:
    """`ids_capped` for a match on words, unless the sample (the words' own small index)
    already says there are far more than the limit (PROBE_GIVES_UP_SQL): then None, and the
    word's posting list is never read. One statement: the sample's count first, then,
    only when it is small enough, the capped match."""
    modulus = sample_modulus()
    sql, params = core.order_by().values_list("pk", "published_on").query.sql_with_params()
    sample = core.sample_stripe(modulus).order_by().values_list("pk")
    sample_sql, sample_params = sample.query.sql_with_params()
    query = (
        f"WITH s AS MATERIALIZED (SELECT {PROBE_GIVES_UP_SQL} AS over FROM "  # noqa: S608
        f"(SELECT count(*) AS n FROM ({sample_sql}) AS x) AS c), "
        f"m AS MATERIALIZED ({sql}) "
        "SELECT NULL, NULL, over FROM s UNION ALL "
        "(SELECT m.*, NULL FROM m WHERE NOT (SELECT over FROM s) LIMIT %s)"
    )
    most = exact_limit()
    gate = [modulus, most, modulus, most]
    found = rows_of(query, [*gate, *sample_params, *params, limit])
    if found[0][2]:
        return None
    return [(pk, day) for pk, day, _ in found[1:]]


# A phrase (or a run of Japanese, Chinese or Korean, matched as a phrase of bigrams) is
# written `a <-> b` or `a <2> b` in a tsquery.
PHRASE_OPERATOR = "<(-|[0-9]+)>"
# One statement: whether the query holds a phrase, and if so the (date, id) of the
# sampled reports that hold every word of it: `querytree` keeps the part of the query an
# index can answer (negations dropped), and each phrase operator becomes an AND, so every
# report that matches the phrase matches this loosened query, and the index answers it
# without reading a single vector.
PHRASE_SAMPLE_SQL = (
    "WITH r AS MATERIALIZED (SELECT q::text ~ '{op}' AND querytree(q) <> 'T' AS phrase, "
    "regexp_replace(querytree(q), '{op}', '&', 'g')::tsquery AS loose "
    "FROM (SELECT {tsquery} AS q) AS x) "
    "SELECT phrase, NULL::date, NULL::bigint FROM r UNION ALL "
    "(SELECT NULL::boolean, s.* FROM ({sample}) AS s WHERE (SELECT phrase FROM r))"
)


def may_hold_phrase(text: str) -> bool:
    return '"' in text or bool(CJK_RUN.search(text))


def phrase_sample(filterset, text: str) -> list[tuple] | None:
    """(date, id) of the reports of the sample that hold every word of the phrases of
    `text` and match the dates; None when `text` holds no phrase."""
    dates_only = filterset.filtered(
        filterset.queryset.all(), skip=(*filterset.facet_names(), "sort", "q")
    )
    loose = RawSQL("search_vector @@ (SELECT loose FROM r)", [], output_field=BooleanField())
    sample = dates_only.sample_stripe(sample_modulus()).filter(loose)
    sample_sql, sample_params = (
        sample.order_by().values_list("published_on", "pk").query.sql_with_params()
    )
    query = Article.objects.all().query
    compiler = query.get_compiler(connection=connection)
    tsquery_sql, tsquery_params = (
        search_query(text).resolve_expression(query).as_sql(compiler, connection)
    )
    sql = PHRASE_SAMPLE_SQL.format(op=PHRASE_OPERATOR, tsquery=tsquery_sql, sample=sample_sql)
    found = rows_of(sql, [*tsquery_params, *sample_params])
    if not found[0][0]:
        return None
    return [(day, pk) for _, day, pk in found[1:]]


@dataclass
class PhraseWindow:
    """A phrase held by too many reports' words to re-check them all: its exact matches
    among the newest (or, sorted oldest first, the oldest) reports holding its words, from
    `edge` on, and how much to multiply what is counted among them by to estimate the
    whole: the sample's reports holding the words, over those of them within the window."""

    rows: list  # (id, date) of the phrase's matches within the window
    scale: float
    edge: tuple  # (date, id) of the last sampled report within the window


def phrase_window(core, sampled: list[tuple], oldest: bool) -> PhraseWindow | None:
    """The window of the newest (or oldest) reports holding the phrase's words, as many as
    the sample says make up about `phrase_check_limit()`, keyed on (date, id) so that a
    crowded day cannot widen it; None when the sample holds too few for a window."""
    within = max(1, phrase_check_limit() // sample_modulus())
    dated = sorted((row for row in sampled if row[0] is not None), reverse=not oldest)
    if len(sampled) <= within or len(dated) < within:
        return None
    day, pk = dated[within - 1]
    if oldest:
        bound = Q(published_on__lt=day) | Q(published_on=day, pk__lte=pk)
        core = core.filter(bound, published_on__lte=day)
    else:
        bound = Q(published_on__gt=day) | Q(published_on=day, pk__gte=pk)
        core = core.filter(bound, published_on__gte=day)
    rows = ids_capped(core, exact_limit() + 1)
    return PhraseWindow(rows=rows, scale=len(sampled) / within, edge=(day, pk))


@dataclass
class MatchSource:
    """The matches one query should count over: a queryset and what to multiply its
    counts by (1 when exact); `None` queryset means every published report. `ids`, when
    set, are those very matches, already read (published reports, no other filter to
    apply): a facet then counts its rows of them directly, without looking each report
    up again to learn that it matches."""

    queryset: object | None
    scale: int = 1
    ids: IdArray | None = None
    # What these matches are, when known: two sources of one key are the same matches
    # (facets reading the same rows then count them in one statement).
    key: tuple | None = None

    @property
    def exact(self) -> bool:
        return self.scale == 1


@dataclass
class ArticleMatches:
    """The core's matches, fetched once for a filterset; `source(skip)` gives the matches
    of every active filter but `skip`, for a facet or (with none skipped) for the page."""

    filterset: object
    core_rows: list | None = None  # (id, date) of the core's matches, when counted
    core_exact: bool = False
    sample_rows: list | None = None  # (id, date) of the core's sampled matches
    # The sample narrowed by every active filter, once read for the page's estimate: the
    # facets that are not active count among these ids without filtering again.
    page_sample_ids: list | None = None
    # A phrase whose words too many reports hold: its matches among the newest of them.
    window: PhraseWindow | None = None
    # The id lists handed to the facets and the total, each made into one array literal
    # once (thousands of ids: a millisecond or more a literal, and six facets share one).
    arrays: dict = field(default_factory=dict, repr=False)

    @property
    def has_core(self) -> bool:
        return any(name in self.filterset.active_names() for name in CORE_FILTERS)

    def __post_init__(self):
        if not self.filterset.active_names():
            return  # every published report: the kept counts answer
        core = self.filterset.core_queryset()  # without words or dates: every report
        if "q" in self.filterset.active_names():
            rows = self.words_rows(core)
        else:
            rows = ids_capped(core, exact_limit() + 1)
        self.core_exact = rows is not None and len(rows) <= exact_limit()
        self.core_rows = rows if self.core_exact else None

    def words_rows(self, core) -> list[tuple] | None:
        """The capped match of a search with words, or None (too many to count, or a
        phrase matched within a window instead)."""
        text = self.filterset.form.cleaned_data["q"]
        sampled = phrase_sample(self.filterset, text) if may_hold_phrase(text) else None
        if sampled is None:
            return words_probe(core, exact_limit() + 1)
        oldest = self.filterset.sort_chosen == SortKey.OLDEST
        self.window = phrase_window(core, sampled, oldest)
        return None if self.window else ids_capped(core, exact_limit() + 1)

    @property
    def core_ids(self) -> list[int]:
        return [pk for pk, _ in self.core_rows]

    def sampled(self) -> list[tuple]:
        """(id, date) of the core's matches in the sample stripe, read once: the dates
        come with the ids (the same rows are visited for both), so that an estimated page
        with no other filter needs no second read of its sample."""
        if self.sample_rows is None:
            core = self.filterset.core_queryset().sample_stripe(sample_modulus())
            rows = core.order_by().values_list("pk", "published_on")
            sql, params = rows.query.sql_with_params()
            self.sample_rows = rows_of(sql, list(params))
        return self.sample_rows

    def sample(self) -> list[int]:
        """The ids of the core's matches in the sample stripe."""
        return [pk for pk, _ in self.sampled()]

    def source(self, skip: str = "", *, whole_sample: bool = False) -> MatchSource:
        """The matches a facet counts among (`skip`: the facet's own filter), or, with
        `whole_sample`, those the page's total is estimated from: a facet's sample is
        `thinned`, the total's is not."""
        facets = [name for name in self.filterset.facet_names_active() if name != skip]
        if not self.has_core and not facets:
            return MatchSource(None)
        active = self.filterset.facet_names_active()
        modulus = sample_modulus()
        if self.window:
            key, make = "window", lambda: ([pk for pk, _ in self.window.rows], self.window.scale)
        elif self.core_exact:
            key, make = "core", lambda: (self.core_ids, 1)
        elif self.page_sample_ids is not None and skip not in active:
            # Already narrowed by every active filter, and `skip` is not one of them.
            array, stripe = self.array("page", lambda: thinned(self.page_sample_ids, modulus))
            queryset = Article.objects.published().filter(pk__any=array)
            return MatchSource(queryset, stripe, array, key=("page",))
        elif whole_sample:
            key, make = "sample", lambda: (self.sample(), modulus)
        else:
            key, make = "thinned", lambda: thinned(self.sample(), modulus)
        array, scale = self.array(key, make)
        base = Article.objects.published().filter(pk__any=array)
        if facets:
            narrowed = self.filterset.facets_applied(base, skip=skip)
            return MatchSource(narrowed, scale, key=(key, *facets))
        # Every id read above is a published match (the queries that read them said so).
        return MatchSource(base, scale, ids=array, key=(key,))

    def array(self, key: str, make) -> tuple[IdArray, float]:
        """The ids `make()` gives (with their scale) as one array literal, made once."""
        if key not in self.arrays:
            ids, scale = make()
            self.arrays[key] = (IdArray(ids), scale)
        return self.arrays[key]


def total_published() -> int:
    row = PublishedCount.objects.filter(key=f"{CountKind.TOTAL}:").values_list("count")
    found = list(row)
    return found[0][0] if found else 0


# --- One page ---------------------------------------------------------------------------


@dataclass
class PageRows:
    """The rows of one page and the total they are a page of."""

    rows: list
    total: Tally
    ranked_among: int = 0  # relevance ranked only the newest N matches (0: all of them)
    rows_limit: int = 0  # only this many matches can be paged through (0: all)
    window_from: object = None  # the rows were read from reports on or after this date


def page_of(queryset, *, offset: int, size: int, with_total: bool) -> tuple[list, int | None]:
    """One page of `queryset` (already ordered); with `with_total`, the number of rows of
    the whole queryset comes along on each row (a window count), in the same query."""
    if with_total:
        queryset = queryset.annotate(match_total=Window(Count("pk")))
    rows = list(queryset[offset : offset + size])
    total = rows[0].match_total if with_total and rows else None
    return rows, total


def ordered(queryset, sort: str, text: str):
    if sort == SortKey.RELEVANCE and text:
        queryset = queryset.ranked(text)  # the rows are matches already
    return queryset.in_order(sort)


def newest_first(rows: list[tuple]) -> list[tuple]:
    """(id, date) rows newest first, undated last, the higher id first on a day."""
    return sorted(rows, key=lambda row: (row[1] is not None, row[1] or date.min, row[0]))[::-1]


def in_date_order(rows: list[tuple], sort: str) -> list[tuple]:
    """(id, date) rows in the order `ArticleQuerySet.in_order(sort)` gives (newest or
    oldest first, undated last, ties by id the same way)."""
    if sort == SortKey.OLDEST:
        return sorted(rows, key=lambda row: (row[1] is None, row[1] or date.min, row[0]))
    return newest_first(rows)


def exact_page(core_rows, *, narrow, has_facets, sort, text, offset, size, listing) -> PageRows:
    """The core is counted exactly: page through its ids, narrowed by the active facets
    (`narrow`). Relevance ranks the newest RANK_LIMIT of them at most, and says so."""
    core_ids = [pk for pk, _ in core_rows]
    if not has_facets and not (sort == SortKey.RELEVANCE and text):
        # Every core row is a match, with its date: the page's ids are picked here, and
        # only those rows are read (not all the matches' rows, sorted for 20 of them).
        page_ids = [pk for pk, _ in in_date_order(core_rows, sort)[offset : offset + size]]
        queryset = Article.objects.published().among(page_ids)
        rows = list(listing(queryset.in_order(sort))) if page_ids else []
        return PageRows(rows, Tally(len(core_ids)))
    ranked_among = 0
    candidates = core_ids
    if sort == SortKey.RELEVANCE and text and len(core_ids) > RANK_LIMIT:
        candidates = [pk for pk, _ in newest_first(core_rows)[:RANK_LIMIT]]
        ranked_among = RANK_LIMIT
    queryset = narrow(Article.objects.published().among(candidates))
    rows, total = page_of(
        listing(ordered(queryset, sort, text)),
        offset=offset,
        size=size,
        with_total=has_facets and not ranked_among,
    )
    if not has_facets:
        total = len(core_ids)
    elif ranked_among:
        total = narrow(Article.objects.published().among(core_ids)).count()
    elif total is None:  # past the last page: the window count came with no row
        total = queryset.count()
    return PageRows(rows, Tally(total), ranked_among=ranked_among)


def unfiltered_page(*, sort, offset, size, listing) -> PageRows:
    """No filter at all: the kept total, and the page's ids read from the date index
    alone before its rows are fetched; a deep page starts on its first report's day."""
    published = Article.objects.published()
    oldest = sort == SortKey.OLDEST
    start = page_start(offset, oldest=oldest)
    if start is None:
        ids = published.in_order(sort).values("pk")[offset : offset + size]
    else:  # a deep page: begin on its first report's day, from the kept counts per day
        in_order = published.in_order(sort)
        ids = page_from_day(in_order, start, offset=offset, size=size, oldest=oldest)
    rows = list(listing(published.filter(pk__in=ids).in_order(sort)))
    return PageRows(rows, Tally(total_published()))


def estimated_page(matches: ArticleMatches, *, sort, text, offset, size, listing) -> PageRows:
    """Too many matches to count: the total is estimated from the sample, and the page is
    read from the date window that the sample says holds enough matches."""
    if matches.filterset.facet_names_active():  # the sample narrowed by them: read again
        source = matches.source(whole_sample=True)
        sampled, scale = list(source.queryset.values_list("pk", "published_on")), source.scale
    else:  # the core's own sample, read with its dates
        sampled, scale = matches.sampled(), sample_modulus()
    matches.page_sample_ids = [pk for pk, _ in sampled]
    total = Tally.estimated(len(sampled), scale)
    dates = sorted((day for _, day in sampled if day), reverse=sort != SortKey.OLDEST)
    # Narrowed by a facet filter, a search the sample puts near the limit may hold few
    # enough matches to count exactly: probed. Without one, the page's matches are the
    # core's, already found (or judged by the sample) to be too many: not read again.
    if total.value <= 2 * exact_limit() and matches.filterset.facet_names_active():
        main = matches.filterset.filtered_for_page(Article.objects.published())
        rows = ids_capped(main, exact_limit() + 1)
        if len(rows) <= exact_limit():
            return exact_page(
                rows,
                narrow=lambda queryset: queryset,
                has_facets=False,
                sort=sort,
                text=text,
                offset=offset,
                size=size,
                listing=listing,
            )
    relevance = bool(sort == SortKey.RELEVANCE and text)
    wanted = RANK_WINDOW if relevance else offset + size
    needed = (2 * wanted) // scale + 1
    window = dates[needed] if len(dates) > needed else None
    main = matches.filterset.filtered_for_page(Article.objects.published())
    if window is not None:
        bound = "published_on__lte" if sort == SortKey.OLDEST else "published_on__gte"
        main = main.filter(**{bound: window})
    if relevance:
        candidates = [pk for pk, _ in newest_rows(main, RANK_WINDOW)]
        main = Article.objects.published().among(candidates)
    rows = list(listing(ordered(main, sort, text))[offset : offset + size])
    return PageRows(
        rows,
        total,
        ranked_among=RANK_WINDOW if relevance else 0,
        rows_limit=ESTIMATED_ROWS_LIMIT,
        window_from=window,
    )


def newest_rows(queryset, limit: int) -> list[tuple]:
    """(id, date) of the newest `limit` rows of `queryset`, planned as a whole match."""
    rows = queryset.order_by().values_list("pk", "published_on")
    sql, params = rows.query.sql_with_params()
    cte = f"WITH m AS MATERIALIZED ({sql}) SELECT * FROM m"  # noqa: S608
    return rows_of(cte + " ORDER BY 2 DESC NULLS LAST, 1 DESC LIMIT %s", [*params, limit])


def window_page(matches: ArticleMatches, *, sort, text, offset, size, listing) -> PageRows:
    """A phrase matched within a window: its matches there are paged through exactly (the
    newest, or the oldest, of all its matches), the total is estimated and said to be."""
    filterset = matches.filterset
    found = exact_page(
        matches.window.rows,
        narrow=filterset.facets_applied,
        has_facets=bool(filterset.facet_names_active()),
        sort=sort,
        text=text,
        offset=offset,
        size=size,
        listing=listing,
    )
    within = found.total.value
    ranked = found.ranked_among or (within if sort == SortKey.RELEVANCE and text else 0)
    return PageRows(
        found.rows,
        Tally.estimated(within, matches.window.scale),
        ranked_among=ranked,
        rows_limit=within,
        window_from=matches.window.edge[0],
    )


def article_page(matches: ArticleMatches, *, sort, text, offset, size, listing) -> PageRows:
    """One page of the matches in `sort` order, each row through `listing` (its related
    rows), and how many matches there are."""
    kwargs = {"sort": sort, "offset": offset, "size": size, "listing": listing}
    if matches.window:
        return window_page(matches, text=text, **kwargs)
    if matches.core_exact:
        filterset = matches.filterset
        return exact_page(
            matches.core_rows,
            narrow=filterset.facets_applied,
            has_facets=bool(filterset.facet_names_active()),
            text=text,
            **kwargs,
        )
    if not matches.has_core and not matches.filterset.facet_names_active():
        return unfiltered_page(**kwargs)
    return estimated_page(matches, text=text, **kwargs)

"""Searching and browsing the lists: reading the query string, counting facets,
suggesting people, and one page of results with its snippets.
Facets are declared in `archive/facets.py`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Page, Paginator
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import slugify

from archive.facets import (
    ARTICLE_FACETS,
    MEETING_FACETS,
    Facet,
    facets_count,
    language_name,
)
from archive.filters import ArticleFilter, MeetingFilter, has_value
from archive.models import (
    Article,
    Meeting,
    MeetingFormat,
    MeetingKind,
    Person,
    SortKey,
    series_label,
)
from archive.search_matches import ArticleMatches, PageRows, Tally, article_page

PAGE_SIZE = 20
SUGGESTION_LIMIT = 5
# ts_headline marks matches with these; they cannot occur in clean text, so the snippet
# can be HTML-escaped first and the marks turned into <mark> afterwards.
MARK_START, MARK_STOP = "\ue000", "\ue001"


# --- The query string ---------------------------------------------------------------------


@dataclass
class QueryState:
    """The parameters of one list view as ordered (name, value) pairs, and the URLs that
    change one of them. Changing a filter always returns to the first page."""

    pairs: list[tuple[str, str]]

    def values(self, name: str) -> list[str]:
        return [value for key, value in self.pairs if key == name]

    def first(self, name: str) -> str:
        values = self.values(name)
        return values[0] if values else ""

    @staticmethod
    def encode(pairs) -> str:
        return "?" + urlencode(pairs) if pairs else "?"

    @property
    def current(self) -> str:
        return self.encode(self.pairs)

    @property
    def filters_query(self) -> str:
        """The query string without the page: for exports, feeds and links elsewhere."""
        return self.encode(self.filters_only)

    @property
    def filters_only(self) -> list[tuple[str, str]]:
        return [(key, value) for key, value in self.pairs if key != "page"]

    def without(self, name: str, value: str | None = None) -> str:
        return self.encode(
            [
                (key, val)
                for key, val in self.filters_only
                if not (key == name and (value is None or val == value))
            ]
        )

    def adding(self, name: str, value: str, *, drop: tuple[str, ...] = ()) -> str:
        pairs = [(key, val) for key, val in self.filters_only if key not in drop]
        if (name, value) not in pairs:
            pairs.append((name, value))
        return self.encode(pairs)

    def toggling(self, name: str, value: str) -> str:
        if (name, value) in self.pairs:
            return self.without(name, value)
        return self.adding(name, value)

    def replacing(self, name: str, value) -> str:
        pairs = [(key, val) for key, val in self.pairs if key != name]
        return self.encode(pairs + [(name, str(value))])


@dataclass
class ParsedQuery:
    """A query string split into what a FilterSet validates (`data`), the page number, and
    what is wrong with it: `problems` make the answer a 400, `notices` are only shown."""

    data: dict
    state: QueryState
    page: int = 1
    problems: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


def printable(text: str, limit: int = 40) -> str:
    """A parameter name or value fit to be quoted back in a message."""
    cleaned = "".join(ch if ch.isprintable() else "\ufffd" for ch in text)
    return cleaned if len(cleaned) <= limit else cleaned[:limit] + "…"


def parse_query(query_dict, filterset_class) -> ParsedQuery:
    """Keep the parameters `filterset_class` declares (plus `page`), drop empty values,
    and note unknown or repeated ones."""
    known = set(filterset_class.base_filters)
    repeatable = set(filterset_class.repeatable)
    pairs, data, problems, notices = [], {}, [], []
    for name in query_dict:
        values = [value.strip() for value in query_dict.getlist(name) if value.strip()]
        if name not in known and name != "page":
            notices.append(f"Ignored the unknown parameter “{printable(name)}”.")
            continue
        if not values:
            continue
        if name not in repeatable and len(values) > 1:
            problems.append(f"“{name}” was given {len(values)} times; give it once.")
            continue
        pairs.extend((name, value) for value in values)
        if name != "page":
            data[name] = values if name in repeatable else values[0]
    parsed = ParsedQuery(data=data, state=QueryState(pairs), problems=problems, notices=notices)
    page = parsed.state.first("page") or "1"
    if re.fullmatch(r"[0-9]{1,6}", page) and int(page) >= 1:
        parsed.page = int(page)
    else:
        problems.append(f"“{printable(page)}” is not a page number.")
    return parsed


def form_problems(filterset) -> list[str]:
    """The FilterSet form's errors as sentences naming the parameter."""
    problems = []
    for name, errors in filterset.errors.items():
        for error in errors:
            problems.append(error if name == "__all__" else f"{name}: {error}")
    return problems


# --- Facets: declared in archive/facets.py --------------------------------------------------


def meeting_facets(filterset, state) -> list[Facet]:
    return facets_count(MEETING_FACETS, filterset, state)


# --- Chips and suggestions --------------------------------------------------------------------


@dataclass
class Chip:
    """One active filter, shown with a link that removes it."""

    title: str
    label: str
    remove_url: str


def given(value) -> list:
    """The values of a filter, or none. An unused multiple choice cleans to `none()`:
    `value or []` would compile that queryset to learn it is empty (about a millisecond
    each, four of them on every search page)."""
    return value if has_value(value) else []


def article_chips(filterset, state) -> list[Chip]:
    data = filterset.form.cleaned_data
    chips = []
    if data.get("q"):
        chips.append(Chip("Words", f"“{data['q']}”", state.without("q")))
    titles = {"person": "Person", "outlet": "Outlet", "meeting": "Meeting", "topic": "Topic"}
    for name, title in titles.items():
        for obj in given(data.get(name)):
            label = getattr(obj, "name", None) or getattr(obj, "title", str(obj))
            chips.append(Chip(title, label, state.without(name, obj.slug)))
    for code in given(data.get("language")):
        chips.append(Chip("Language", language_name(code), state.without("language", code)))
    for country in given(data.get("country")):
        chips.append(Chip("Outlet country", country, state.without("country", slugify(country))))
    if data.get("date_from"):
        chips.append(Chip("From", data["date_from"].isoformat(), state.without("date_from")))
    if data.get("date_to"):
        chips.append(Chip("To", data["date_to"].isoformat(), state.without("date_to")))
    return chips


def meeting_chips(filterset, state) -> list[Chip]:
    data = filterset.form.cleaned_data
    kinds, formats = dict(MeetingKind.choices), dict(MeetingFormat.choices)
    chips = [Chip("Year", str(year), state.without("year", str(year))) for year in data["year"]]
    chips += [Chip("Kind", kinds[kind], state.without("kind", kind)) for kind in data["kind"]]
    chips += [
        Chip("Series", series_label(key), state.without("series", key)) for key in data["series"]
    ]
    chips += [
        Chip("Format", formats[value], state.without("format", value)) for value in data["format"]
    ]
    chips += [Chip("City", city, state.without("city", city)) for city in data["city"]]
    chips += [
        Chip("Participant", person.name, state.without("participant", person.slug))
        for person in data["participant"]
    ]
    return chips


@dataclass
class Suggestion:
    person: Person
    filter_url: str


def person_suggestions(text: str, state, *, exclude=()) -> list[Suggestion]:
    """People the search words name in a spelling the archive knows (an alias, a
    misspelling seen in print, surname first, Japanese script): one query (two when the
    words hold several that could be names: `Person.objects.named_in`)."""
    if not text:
        return []
    found = (
        Person.objects.public()
        .named_in(text)
        .exclude(slug__in=list(exclude))[: SUGGESTION_LIMIT * 4]
    )
    # "Kishi" is Nobuo Kishi before Fumio Kishida: whole-word matches of the name first.
    words = set(re.findall(r"\w+", text.lower()))
    shared = {person.pk: words & set(person.name.lower().split()) for person in found}
    people = sorted(found, key=lambda person: not shared[person.pk])
    # "Taro Kono" means Taro Kono, not also Taro Aso: someone whose name shares only words
    # that another's name shares too, and fewer of them, is not offered.
    people = [
        person
        for person in people
        if not any(shared[person.pk] < shared[other.pk] for other in people if shared[person.pk])
    ][:SUGGESTION_LIMIT]
    return [
        Suggestion(person, state.adding("person", person.slug, drop=("q",))) for person in people
    ]


# --- One page of articles ----------------------------------------------------------------------


def snippet_html(headline: str) -> str:
    """A ts_headline result as safe HTML: the text escaped, the matches in <mark>."""
    html = escape(headline).replace(MARK_START, "<mark>").replace(MARK_STOP, "</mark>")
    return mark_safe(html)  # noqa: S308 - escaped just above


@dataclass
class ArticleSearch:
    """Everything the search page, the exports and the feed need from one query string."""

    parsed: ParsedQuery
    filterset: ArticleFilter
    problems: list[str]

    @property
    def state(self) -> QueryState:
        return self.parsed.state

    @property
    def is_valid(self) -> bool:
        return not self.problems

    @property
    def text(self) -> str:
        return self.filterset.form.cleaned_data.get("q", "") if self.is_valid else ""

    def matches(self):
        """Every match in order (for the exports and the feed)."""
        return self.filterset.qs.with_list_relations()


def article_search_parse(query_dict) -> ArticleSearch:
    parsed = parse_query(query_dict, ArticleFilter)
    filterset = ArticleFilter(parsed.data, queryset=Article.objects.published())
    problems = list(parsed.problems)
    if not filterset.is_valid():
        problems += form_problems(filterset)
    return ArticleSearch(parsed=parsed, filterset=filterset, problems=problems)


@dataclass
class ResultPage:
    search: ArticleSearch
    page: object | None = None
    rows: list = field(default_factory=list)
    total: Tally | None = None  # every match, exact or estimated
    facets: list[Facet] = field(default_factory=list)
    chips: list[Chip] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)
    page_problem: str = ""
    words_unsearchable: bool = False  # e.g. q=the: stop words and operators only
    ranked_among: int = 0  # relevance ordered only the newest N matches
    rows_limit: int = 0  # only the first N matches can be paged through
    continue_url: str = ""  # where the matches beyond rows_limit are

    @property
    def total_shown(self) -> str:
        return f"{self.total.value:,}" if self.total else "0"


def listing(queryset):
    return queryset.with_list_relations()


def result_paginator(found: PageRows) -> Paginator:
    """A paginator over what can be paged through: every match when they are counted
    exactly and all ranked, else the first `rows_limit` or `ranked_among` of them."""
    pageable = found.total.value
    for limit in (found.rows_limit, found.ranked_among):
        if limit:
            pageable = min(pageable, limit)
    paginator = Paginator([], PAGE_SIZE)
    paginator.count = pageable  # the count is known: Django must not count the list
    return paginator


def page_problem(found: PageRows, number: int, paginator) -> str:
    if number <= paginator.num_pages:
        return ""
    if found.ranked_among and found.total.value > found.ranked_among:
        return (
            f"There is no page {number} in relevance order: only the newest "
            f"{found.ranked_among:,} matches are ranked. Sort by newest or oldest to go on."
        )
    if found.rows_limit and not found.total.exact:
        return (
            f"There is no page {number} here: a search this large pages through its first "
            f"{found.rows_limit:,} matches. Narrow it by date or another filter to go on."
        )
    pages = paginator.num_pages
    return f"There is no page {number}: these results have {pages} page{'s' if pages != 1 else ''}."


def continue_url(search: ArticleSearch, found: PageRows) -> str:
    """For a search too large to page through: the same search from the last date this
    page shows (older ones when newest first, newer when oldest first), or, when the
    window it was read from held no match, from the window's edge."""
    if found.total.exact or search.filterset.sort_chosen == SortKey.RELEVANCE:
        return ""
    day = found.rows[-1].published_on if found.rows else found.window_from
    if not day:
        return ""
    bound = "date_from" if search.filterset.sort_chosen == SortKey.OLDEST else "date_to"
    pairs = [(key, value) for key, value in search.state.filters_only if key != bound]
    return QueryState.encode([*pairs, (bound, day.isoformat())])


def article_results_page(search: ArticleSearch) -> ResultPage:
    """One page of matches with snippets, the facets, the chips and the suggestions. The
    words are matched once (`ArticleMatches`) for the page and every facet."""
    result = ResultPage(search=search)
    if not search.is_valid:
        return result
    matches = ArticleMatches(search.filterset)
    number = search.parsed.page
    found = article_page(
        matches,
        sort=search.filterset.sort_chosen,
        text=search.text,
        offset=(number - 1) * PAGE_SIZE,
        size=PAGE_SIZE,
        listing=listing,
    )
    result.total, result.ranked_among = found.total, found.ranked_among
    result.rows_limit = found.rows_limit if not found.total.exact else 0
    paginator = result_paginator(found)
    result.page_problem = page_problem(found, number, paginator)
    if not result.page_problem:
        result.page = Page(found.rows, number, paginator)
        result.rows = found.rows
        result.continue_url = continue_url(search, found)
        if search.text and result.rows:
            snippets = Article.objects.filter(pk__in=[row.pk for row in result.rows]).headlines(
                search.text, start_sel=MARK_START, stop_sel=MARK_STOP
            )
            for row in result.rows:
                row.snippet = snippet_html(snippets.get(row.pk, ""))
    if search.text and not result.rows and number == 1:
        result.words_unsearchable = Article.objects.none().query_is_empty(search.text)
    result.facets = facets_count(
        ARTICLE_FACETS, search.filterset, search.state, source=matches.source
    )
    result.chips = article_chips(search.filterset, search.state)
    chosen = [person.slug for person in given(search.filterset.form.cleaned_data.get("person"))]
    result.suggestions = person_suggestions(search.text, search.state, exclude=chosen)
    return result


# --- Meetings ------------------------------------------------------------------------------------

# The meetings list shows this many cards a page: each card renders its participants and
# several links, and a page of every meeting (about 1,200) cost seconds to render.
MEETINGS_PAGE_SIZE = 25


@dataclass
class MeetingBrowse:
    parsed: ParsedQuery
    filterset: MeetingFilter
    problems: list[str]
    meetings: list = field(default_factory=list)
    facets: list[Facet] = field(default_factory=list)
    chips: list[Chip] = field(default_factory=list)
    total: int = 0  # meetings matching every filter, on every page
    page_problem: str = ""  # a page past the last: the answer is a 404

    @property
    def state(self):
        return self.parsed.state

    @property
    def number(self) -> int:
        return self.parsed.page

    @property
    def first(self) -> int:
        return (self.number - 1) * MEETINGS_PAGE_SIZE + 1

    @property
    def last(self) -> int:
        return self.first + len(self.meetings) - 1

    @property
    def has_next(self) -> bool:
        return self.number * MEETINGS_PAGE_SIZE < self.total

    @property
    def previous_url(self) -> str:
        return self.state.replacing("page", self.number - 1) if self.number > 1 else ""

    @property
    def next_url(self) -> str:
        return self.state.replacing("page", self.number + 1) if self.has_next else ""


def meeting_browse_parse(query_dict) -> MeetingBrowse:
    """The meetings list's parameters, validated; nothing is fetched yet."""
    parsed = parse_query(query_dict, MeetingFilter)
    filterset = MeetingFilter(
        parsed.data, queryset=Meeting.objects.with_public_report_counts().with_participants()
    )
    problems = list(parsed.problems)
    if not filterset.is_valid():
        problems += form_problems(filterset)
    return MeetingBrowse(parsed=parsed, filterset=filterset, problems=problems)


def meetings_total(browse: MeetingBrowse) -> int:
    """How many meetings match every filter, read from the kind facet: a meeting has one
    kind, and each kind's bucket counts the meetings of every other filter, so the selected
    kinds' buckets (every bucket when no kind is chosen) add up to the matches exactly.
    Counted by a query only if the facet were ever cut."""
    kind = next(facet for facet in browse.facets if facet.name == "kind")
    if kind.truncated:
        return browse.filterset.qs.order_by().count()
    chosen = set(browse.state.values("kind"))
    return sum(bucket.count for bucket in kind.buckets if not chosen or bucket.value in chosen)


def meeting_browse(query_dict) -> MeetingBrowse:
    """One page of the meetings list (newest first), with its facets, chips and total."""
    browse = meeting_browse_parse(query_dict)
    if browse.problems:
        return browse
    browse.facets = meeting_facets(browse.filterset, browse.state)
    browse.chips = meeting_chips(browse.filterset, browse.state)
    browse.total = meetings_total(browse)
    pages = max(1, -(-browse.total // MEETINGS_PAGE_SIZE))
    if browse.number > pages:
        browse.page_problem = f"There is no page {browse.number}: the last is page {pages}."
        return browse
    start = (browse.number - 1) * MEETINGS_PAGE_SIZE
    ordered = browse.filterset.qs.order_by("-start_date", "-pk")
    browse.meetings = list(ordered[start : start + MEETINGS_PAGE_SIZE])
    return browse

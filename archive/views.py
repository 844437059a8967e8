"""Public pages: parse the query string, call the QuerySets, render. Only published
articles are ever shown; a draft or rejected one is a 404 like an unknown one."""

import codecs
import functools
import re
from dataclasses import dataclass

from django.db.models import Case, Count, Prefetch, Q, When
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_safe

from archive import exports, selectors
from archive.article_page import article_page
from archive.feeds import ArticleSearchFeed
from archive.models import (
    Article,
    ArticleStatus,
    CountKind,
    LinkRole,
    Meeting,
    Office,
    Outlet,
    Person,
    SharedPassage,
    SortKey,
    Topic,
    WithdrawnArticle,
)
from archive.page_selectors import kept_count
from archive.search import (
    article_results_page,
    article_search_parse,
    meeting_browse,
    meeting_browse_parse,
)

LATEST_ON_HOME = 8
REPORTS_ON_DETAIL = 20
EXPORT_FORMATS = ("csv", "json")


def status_for(problems, page_problem="") -> int:
    if problems:
        return 400
    return 404 if page_problem else 200


@require_safe
def home(request):
    timeline = selectors.meeting_timeline()
    latest = Article.objects.published().with_list_relations()[:LATEST_ON_HOME]
    return render(
        request,
        "archive/home.html",
        {
            "meetings": timeline.meetings,
            "meeting_total": timeline.meeting_total,
            "kind_counts": timeline.kinds,
            "latest": latest,
            "article_total": timeline.report_total,
        },
    )


# --- Articles ---------------------------------------------------------------------------


@require_safe
def article_list(request):
    search = article_search_parse(request.GET)
    result = article_results_page(search)
    return render(
        request,
        "archive/article_list.html",
        {
            "search": search,
            "result": result,
            "form": search.filterset.form,
            "state": search.state,
            "sort_choices": SortKey.choices,
        },
        status=status_for(search.problems, result.page_problem),
    )


@require_safe
def article_export(request, fmt):
    """Every match (not one page) as CSV or JSON, streamed row by row."""
    if fmt not in EXPORT_FORMATS:
        raise Http404("No such format.")
    search = article_search_parse(request.GET)
    if not search.is_valid:
        return HttpResponseBadRequest(
            "\n".join(search.problems), content_type="text/plain; charset=utf-8"
        )
    if fmt == "csv":
        return exports.articles_csv_response(search.matches(), request)
    return exports.articles_json_response(search.matches(), request, search.state.pairs)


@require_safe
def article_feed(request):
    """The newest matches of a search as an Atom feed."""
    search = article_search_parse(request.GET)
    if not search.is_valid:
        return HttpResponseBadRequest(
            "\n".join(search.problems), content_type="text/plain; charset=utf-8"
        )
    return ArticleSearchFeed(search)(request)


class Withdrawn(Exception):
    """The report was published, then withdrawn by a curator: 410 Gone, with why."""

    def __init__(self, tombstone):
        self.tombstone = tombstone


def published_article(pk):
    article = (
        Article.objects.published().select_related("outlet", "original_wire", "batch").filter(pk=pk)
    ).first()
    if article is None:
        tombstone = WithdrawnArticle.objects.filter(article_id=pk).first()
        if tombstone:
            raise Withdrawn(tombstone)
        raise Http404("No such report.")
    return article


def withdrawn_aware(view):
    """A withdrawn report's pages (the report, its raw text, its citations) answer 410."""

    @functools.wraps(view)
    def wrapper(request, pk, *args, **kwargs):
        try:
            return view(request, pk, *args, **kwargs)
        except Withdrawn as gone:
            return render(
                request, "archive/article_withdrawn.html", {"tombstone": gone.tombstone}, status=410
            )

    return wrapper


@require_safe
@withdrawn_aware
def article_detail(request, pk):
    article = published_article(pk)
    context = {"article": article, **article_page(article)}
    context["jsonld"] = exports.article_jsonld(article, context, request)
    return render(request, "archive/article_detail.html", context)


@require_safe
@withdrawn_aware
def article_raw(request, pk):
    """The bytes exactly as received, as plain text in the encoding they came in. Never
    HTML: the browser is told not to sniff it, and a sandbox keeps it inert."""
    article = published_article(pk)
    content_type = "text/plain"
    if article.raw_encoding:
        try:
            codecs.lookup(article.raw_encoding)
            content_type += f"; charset={article.raw_encoding}"
        except LookupError:
            pass
    response = HttpResponse(bytes(article.raw), content_type=content_type)
    response["Content-Disposition"] = f'inline; filename="article-{article.pk}-raw.txt"'
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_safe
@withdrawn_aware
def article_citation(request, pk, fmt):
    article = published_article(pk)
    if fmt == "bib":
        return exports.bibtex_response(article, request)
    return exports.ris_response(article, request)


# --- Meetings ---------------------------------------------------------------------------


@require_safe
def meeting_list(request):
    browse = meeting_browse(request.GET)
    return render(
        request,
        "archive/meeting_list.html",
        {"browse": browse, "state": browse.state},
        status=status_for(browse.problems, browse.page_problem),
    )


@require_safe
def meeting_export(request, fmt):
    if fmt not in EXPORT_FORMATS:
        raise Http404("No such format.")
    browse = meeting_browse_parse(request.GET)
    if browse.problems:
        return HttpResponseBadRequest(
            "\n".join(browse.problems), content_type="text/plain; charset=utf-8"
        )
    return exports.table_response("meetings", fmt, browse.filterset.qs, request)


@require_safe
def meeting_detail(request, slug):
    meeting = get_object_or_404(
        Meeting.objects.with_participants().prefetch_related("documents"), slug=slug
    )
    compare = request.GET.get("compare", "")
    if compare:
        if not re.fullmatch(r"[0-9]{1,12}", compare):
            return HttpResponseBadRequest("compare= takes the number of a pair of reports.")
        return redirect("archive:meeting_shared", slug=meeting.slug, pair_id=int(compare))
    page, problem = detail_page_number(request)
    narrowed = selectors.ReportFilter(
        outlet=request.GET.get("outlet", "").strip(),
        language=request.GET.get("language", "").strip(),
        role=request.GET.get("role", "").strip(),
    )
    problem = problem or report_filter_problem(narrowed)
    if problem:
        return HttpResponseBadRequest(problem, content_type="text/plain; charset=utf-8")
    context = selectors.meeting_page(meeting, narrowed=narrowed, page=page)
    context["jsonld"] = exports.meeting_jsonld(meeting, context, request)
    context["pager_query"] = narrowed.query()
    return render(request, "archive/meeting_detail.html", context)


def detail_page_number(request) -> tuple[int, str]:
    """`?page=` of a detail page: (number, "") or (1, what is wrong with it)."""
    page = request.GET.get("page", "1").strip() or "1"
    if not re.fullmatch(r"[0-9]{1,6}", page) or int(page) < 1:
        return 1, "page= takes a page number."
    return int(page), ""


def report_filter_problem(narrowed) -> str:
    """What is wrong with a meeting page's report filter, or ""."""
    if narrowed.role and narrowed.role not in LinkRole.values:
        return f"role= takes one of {', '.join(LinkRole.values)}."
    if narrowed.language and not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z]{2,4})?", narrowed.language):
        return "language= takes a language code such as en or ja."
    if narrowed.outlet and not re.fullmatch(r"[-a-z0-9_]{1,100}", narrowed.outlet):
        return "outlet= takes an outlet's short name."
    return ""


@require_safe
def meeting_shared(request, slug, pair_id):
    """Two reports of the meeting side by side, the passages they share highlighted."""
    meeting = get_object_or_404(Meeting, slug=slug)
    in_meeting = meeting.articles.values("pk")
    pair = get_object_or_404(
        SharedPassage.objects.published_on_both_sides()
        .select_related(
            "first__outlet", "first__original_wire", "second__outlet", "second__original_wire"
        )
        .filter(Q(first__in=in_meeting) | Q(second__in=in_meeting)),
        pk=pair_id,
    )
    return render(
        request,
        "archive/meeting_shared.html",
        {"meeting": meeting, "pair": pair, "sides": [("a", pair.first), ("b", pair.second)]},
    )


# --- People -------------------------------------------------------------------------------


# Terms whose end no source records still end when a successor takes the post.
OFFICES_WITH_ENDS = Prefetch("offices", queryset=Office.objects.with_successor_start())


def people_listed():
    return Person.objects.public().with_public_counts().prefetch_related(OFFICES_WITH_ENDS)


# The people and outlet lists show this many rows a page: rendering every one of a few
# thousand rows costs seconds, whatever the database does.
LIST_PAGE_SIZE = 200


@dataclass
class ListPage:
    """One page of a long list, read without counting the list: one row more than shown
    says whether a next page exists."""

    rows: list
    number: int
    has_next: bool

    @property
    def first(self) -> int:
        return (self.number - 1) * LIST_PAGE_SIZE + 1

    @property
    def last(self) -> int:
        return self.first + len(self.rows) - 1

    @property
    def previous_url(self) -> str:
        return f"?page={self.number - 1}" if self.number > 1 else ""

    @property
    def next_url(self) -> str:
        return f"?page={self.number + 1}" if self.has_next else ""


def list_page(request, queryset) -> ListPage | HttpResponse:
    """The page of `queryset` the query string asks for; a 400 or 404 response when the
    page number is not one or lies past the end."""
    number = request.GET.get("page", "1")
    if not re.fullmatch(r"[0-9]{1,6}", number) or int(number) < 1:
        return HttpResponseBadRequest("page= takes a page number.", content_type="text/plain")
    number = int(number)
    start = (number - 1) * LIST_PAGE_SIZE
    rows = list(queryset[start : start + LIST_PAGE_SIZE + 1])
    if number > 1 and not rows:
        raise Http404(f"There is no page {number}.")
    return ListPage(rows[:LIST_PAGE_SIZE], number, len(rows) > LIST_PAGE_SIZE)


@require_safe
def person_list(request):
    """Leaders and ministers who attended meetings first, then the others, by name."""
    attended_first = Case(When(meeting_count__gt=0, then=0), default=1)
    page = list_page(request, people_listed().order_by(attended_first, "name", "pk"))
    if isinstance(page, HttpResponse):
        return page
    return render(request, "archive/person_list.html", {"people": page.rows, "list_page": page})


@require_safe
def person_detail(request, slug):
    person = get_object_or_404(
        Person.objects.public()
        .annotate(kept_reports=kept_count(CountKind.PERSON))
        .prefetch_related("aliases", OFFICES_WITH_ENDS),
        slug=slug,
    )
    page, problem = detail_page_number(request)
    if problem:
        return HttpResponseBadRequest(problem, content_type="text/plain; charset=utf-8")
    context = {
        "person": person,
        "offices": person.offices.all(),
        "aliases": person.aliases.all(),
        **selectors.person_page(person, page=page),
    }
    context["jsonld"] = exports.person_jsonld(person, context, request)
    return render(request, "archive/person_detail.html", context)


# --- Outlets ------------------------------------------------------------------------------


def outlets_listed():
    return Outlet.objects.public().with_published_counts().prefetch_related("republishes")


@require_safe
def outlet_list(request):
    page = list_page(request, outlets_listed().order_by("name", "pk"))
    if isinstance(page, HttpResponse):
        return page
    return render(request, "archive/outlet_list.html", {"outlets": page.rows, "list_page": page})


def reports_by_meeting(reports):
    """[(meeting or None, [reports])], the meetings in date order, unlinked reports last."""
    groups, unlinked = {}, []
    for report in reports:
        if not report.meetings.all():
            unlinked.append(report)
        for meeting in report.meetings.all():
            groups.setdefault(meeting, []).append(report)
    ordered = sorted(groups.items(), key=lambda item: item[0].start_date, reverse=True)
    return ordered + ([(None, unlinked)] if unlinked else [])


@require_safe
def outlet_detail(request, slug):
    outlet = get_object_or_404(
        Outlet.objects.public()
        .annotate(kept_reports=kept_count(CountKind.OUTLET), kept_copies=kept_count(CountKind.WIRE))
        .prefetch_related("republishes", "republished_by"),
        slug=slug,
    )
    page, problem = detail_page_number(request)
    if problem:
        return HttpResponseBadRequest(problem, content_type="text/plain; charset=utf-8")
    context = {"outlet": outlet, **selectors.outlet_page(outlet, page=page)}
    context["report_groups"] = reports_by_meeting(context["reports"])
    return render(request, "archive/outlet_detail.html", context)


# --- Topics -------------------------------------------------------------------------------


def topics_with_counts():
    return Topic.objects.with_published_counts()


LISTS = {"people": people_listed, "outlets": outlets_listed, "topics": topics_with_counts}


@require_safe
def list_export(request, name, fmt):
    """People, outlets or topics as CSV or JSON (these lists take no parameters)."""
    if fmt not in EXPORT_FORMATS or name not in LISTS:
        raise Http404("No such list or format.")
    return exports.table_response(name, fmt, LISTS[name](), request)


@require_safe
def topic_list(request):
    return render(request, "archive/topic_list.html", {"topics": topics_with_counts()})


@require_safe
def topic_detail(request, slug):
    topic = get_object_or_404(Topic, slug=slug)
    reports = Article.objects.published().on_topics([topic])
    meetings = (
        Meeting.objects.filter(
            article_links__article__topics=topic,
            article_links__article__status=ArticleStatus.PUBLISHED,
        )
        .annotate(topic_reports=Count("article_links", distinct=True))
        .order_by("start_date")
    )
    return render(
        request,
        "archive/topic_detail.html",
        {
            "topic": topic,
            "reports": reports.with_list_relations()[:REPORTS_ON_DETAIL],
            "report_total": reports.count(),
            "meetings": meetings,
        },
    )

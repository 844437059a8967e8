"""The meetings list and the home page at any number of meetings: the list shows
MEETINGS_PAGE_SIZE meetings a page, newest first, with the exact total and exact facet
counts of every matching meeting; the home page shows the latest TIMELINE_SIZE meetings
and the exact number of each kind."""

import html

import pytest
from django.db.models import Count

from archive.models import Meeting, MeetingKind, Outlet
from archive.search import MEETINGS_PAGE_SIZE
from archive.selectors import TIMELINE_SIZE
from tests.views.conftest import make_article

pytestmark = pytest.mark.django_db


def newest_first(queryset):
    return list(queryset.order_by("-start_date", "-pk").values_list("slug", flat=True))


def shown(response) -> list[str]:
    return [meeting.slug for meeting in response.context["browse"].meetings]


def test_the_pages_hold_every_meeting_once_newest_first(client, reference):
    expected = newest_first(Meeting.objects.all())
    assert len(expected) > 2 * MEETINGS_PAGE_SIZE  # the reference data spans several pages
    slugs, number = [], 1
    while True:
        response = client.get("/meetings/", {"page": number})
        assert response.status_code == 200
        browse = response.context["browse"]
        assert browse.total == len(expected)
        assert len(browse.meetings) <= MEETINGS_PAGE_SIZE
        slugs += shown(response)
        if not browse.has_next:
            break
        number += 1
    assert slugs == expected
    assert number == -(-len(expected) // MEETINGS_PAGE_SIZE)


def test_the_pager_keeps_the_filters_and_says_which_meetings_are_shown(client, reference):
    calls = newest_first(Meeting.objects.filter(kind=MeetingKind.CALL))
    assert len(calls) > MEETINGS_PAGE_SIZE
    first = client.get("/meetings/", {"kind": "call"})
    page = html.unescape(first.content.decode())
    assert f"{len(calls)} meetings" in page
    assert f"Meetings 1–{MEETINGS_PAGE_SIZE} of {len(calls)}" in page
    assert 'rel="next" href="?kind=call&page=2"' in page and 'rel="prev"' not in page
    second = client.get("/meetings/", {"kind": "call", "page": 2})
    assert shown(second) == calls[MEETINGS_PAGE_SIZE : 2 * MEETINGS_PAGE_SIZE]
    assert 'rel="prev" href="?kind=call&amp;page=1"' in second.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"kind": "call"},
        {"kind": ["call", "scc"], "year": "2022"},
        {"participant": "antony-blinken"},
        {"format": "virtual", "kind": "summit"},
        {"city": "Washington", "kind": ["scc", "summit", "ministerial"]},
    ],
)
def test_the_total_and_the_kind_counts_are_exact(client, reference, params):
    """The total is read from the kind facet (a meeting has one kind): it must equal a
    count of the matching meetings, and each kind's bucket the count of that kind."""
    browse = client.get("/meetings/", params).context["browse"]
    matching = browse.filterset.qs
    assert browse.total == matching.count()
    without_kind = browse.filterset.queryset_without("kind")
    expected = dict(without_kind.order_by().values_list("kind").annotate(n=Count("pk")))
    kinds = next(facet for facet in browse.facets if facet.name == "kind")
    assert {bucket.value: bucket.count for bucket in kinds.buckets} == expected


def test_no_match_is_zero_meetings_on_one_page(client, reference):
    response = client.get("/meetings/", {"kind": "summit", "format": "virtual", "year": "2011"})
    assert response.status_code == 200
    assert response.context["browse"].total == 0
    assert "0 meetings" in response.content.decode()


def test_a_page_past_the_last_is_a_404_that_names_the_last(client, reference):
    pages = -(-Meeting.objects.filter(kind="scc").count() // MEETINGS_PAGE_SIZE)
    response = client.get("/meetings/", {"kind": "scc", "page": pages + 1})
    assert response.status_code == 404
    assert f"the last is page {pages}" in response.content.decode()
    assert client.get("/meetings/", {"page": "0"}).status_code == 400
    assert client.get("/meetings/", {"page": "x"}).status_code == 400


def test_the_home_page_shows_the_latest_meetings_and_every_kind(client, reference):
    scc = Meeting.objects.filter(kind="scc").order_by("start_date").first()
    make_article(outlet=Outlet.objects.get(slug="efe"), meeting=scc, published_on=scc.start_date)
    response = client.get("/")
    page = html.unescape(response.content.decode())
    latest = newest_first(Meeting.objects.all())[:TIMELINE_SIZE]
    assert [meeting.slug for meeting in response.context["meetings"]] == latest
    assert page.count('class="timeline-item') == TIMELINE_SIZE
    total = Meeting.objects.count()
    assert f"{total} meetings; the latest {TIMELINE_SIZE}, newest first" in page
    assert f"Browse and filter all {total} meetings" in page
    for kind, label in MeetingKind.choices:
        count = Meeting.objects.filter(kind=kind).count()
        if count:
            assert f'{label}</a> <span class="facet-count">{count}</span>' in page
    # The report total is the kept count: one published report.
    assert "Search 1 report<" in page

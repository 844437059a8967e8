"""The outlet, language and outlet-country facets counted in one statement
(`archive/facets_shared.py`) give the very buckets each facet's own statement gives:
the same values, labels, counts, order, cut and selection, exact or estimated."""

import itertools

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from archive import facets
from archive.models import Meeting, Person, Topic
from archive.search import article_results_page, article_search_parse
from tests.factories import OutletFactory
from tests.views.conftest import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def spread(reference):
    """45 reports over 14 outlets of 5 countries (one with none) and 4 languages (one
    blank), so that the facets are cut at FACET_SIZE and hold ties broken by label."""
    countries = ["Japan", "Spain", "India", "", "Australia"]
    outlets = [
        OutletFactory(name=f"Outlet {chr(90 - i)}", country=countries[i % len(countries)])
        for i in range(14)
    ]
    meeting = Meeting.objects.filter(series="scc").order_by("start_date").first()
    blinken = Person.objects.get(slug="antony-blinken")
    topic = Topic.objects.first()
    counter = itertools.count()
    for outlet in outlets:
        for _ in range(1 + outlets.index(outlet) % 5):
            i = next(counter)
            make_article(
                outlet=outlet,
                meeting=meeting,
                people={blinken},
                topics=[topic],
                title=f"Alliance report {i}",
                language=("en", "ja", "es", "")[i % 4],
            )
    return outlets


def facets_of(url: str, *, shared: bool, monkeypatch) -> tuple[list, int]:
    if not shared:
        monkeypatch.setattr(facets, "shared_read", lambda counted, size: None)
    search = article_search_parse(QueryDict(url))
    with CaptureQueriesContext(connection) as captured:
        result = article_results_page(search)
    monkeypatch.undo()
    buckets = [
        (facet.name, facet.truncated, facet.estimated, [vars(bucket) for bucket in facet.buckets])
        for facet in result.facets
    ]
    return buckets, len(captured)


@pytest.mark.parametrize(
    ("url", "statements_saved"),
    [
        ("q=alliance", 2),  # the three facets among the match ids: one statement
        ("q=alliance&person=antony-blinken", 2),  # among the matches narrowed by a person
        ("date_from=2000-01-01", 2),  # a core of dates alone
        # An outlet chosen: its own facet counts among the others' matches alone, the
        # language and country facets among the same ones (the outlet's), together.
        ("q=alliance&outlet={outlet}", 1),
        ("q=alliance&language=ja", 1),
        ("q=alliance&outlet={outlet}&language=ja", 0),  # each among different matches
    ],
)
def test_shared_facets_are_the_facets_counted_one_by_one(
    spread, monkeypatch, url, statements_saved
):
    url = url.format(outlet=spread[1].slug)
    alone, alone_queries = facets_of(url, shared=False, monkeypatch=monkeypatch)
    together, together_queries = facets_of(url, shared=True, monkeypatch=monkeypatch)
    assert together == alone
    assert alone_queries - together_queries == statements_saved


def test_the_shared_outlet_facet_is_cut_like_any_facet(spread, monkeypatch):
    together, _ = facets_of("q=alliance", shared=True, monkeypatch=monkeypatch)
    outlet = next(facet for facet in together if facet[0] == "outlet")
    assert outlet[1], "14 outlets: the facet is cut"
    assert len(outlet[3]) == facets.FACET_SIZE


def test_estimated_shared_facets_are_the_facets_counted_one_by_one(spread, monkeypatch, settings):
    settings.SEARCH_EXACT_LIMIT = 2
    settings.SEARCH_SAMPLE_MODULUS = 2  # every report with an even id is in the sample
    alone, alone_queries = facets_of("q=alliance", shared=False, monkeypatch=monkeypatch)
    together, together_queries = facets_of("q=alliance", shared=True, monkeypatch=monkeypatch)
    assert together == alone
    assert all(facet[2] for facet in together), "estimated"
    assert alone_queries - together_queries == 2

"""Deep pages of the unfiltered list (archive/day_offsets.py): a page found from the kept
counts per day is the very page `OFFSET` gives, in both orders, across days, days split
between pages, and into the undated reports at the end."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from archive import day_offsets
from archive.models import Article, ArticleStatus, PublishedCount
from archive.services.counts import counts_rebuild
from archive.services.curation import articles_set_status
from tests.views.conftest import make_article

pytestmark = pytest.mark.django_db

SEARCH = reverse("archive:article_list")
PAGE_SIZE = 20


@pytest.fixture
def dated_archive(corpus):
    """About 70 published reports: several on some days, one on others, five undated."""
    outlet = corpus["efe"].outlet
    first = date(2021, 3, 1)
    for number in range(64):
        day = first + timedelta(days=(number * 7) % 23)  # uneven days, many shared
        make_article(outlet=outlet, title=f"Dated report {number}", published_on=day)
    for number in range(5):
        make_article(outlet=outlet, title=f"Undated report {number}", published_on=None)
    return corpus


def listed_ids(client, params) -> list[int]:
    response = client.get(SEARCH, params)
    assert response.status_code == 200, params
    return [row.pk for row in response.context["result"].rows]


def offset_pages(sort: str) -> list[list[int]]:
    """Every page as `OFFSET` reads it, the order the list promises."""
    ids = list(Article.objects.published().in_order(sort).values_list("pk", flat=True))
    return [ids[start : start + PAGE_SIZE] for start in range(0, len(ids), PAGE_SIZE)]


@pytest.mark.parametrize("sort", ["newest", "oldest"])
def test_every_deep_page_is_the_page_offset_reads(client, dated_archive, monkeypatch, sort):
    monkeypatch.setattr(day_offsets, "DIRECT_OFFSET_LIMIT", 1)
    expected = offset_pages(sort)
    assert len(expected) >= 4  # several pages, the last one with undated reports
    assert any(Article.objects.filter(pk__in=expected[-1], published_on=None))
    for number, page in enumerate(expected, start=1):
        assert listed_ids(client, {"sort": sort, "page": number}) == page, number


def test_a_deep_page_starts_on_its_day_instead_of_skipping_every_report(
    client, dated_archive, monkeypatch
):
    monkeypatch.setattr(day_offsets, "DIRECT_OFFSET_LIMIT", 1)
    with CaptureQueriesContext(connection) as queries:
        listed = listed_ids(client, {"page": 3})
    assert listed == offset_pages("newest")[2]
    page_sql = [q["sql"] for q in queries if "OFFSET 40" in q["sql"]]
    assert not page_sql  # the 40 reports before the page are not stepped over
    assert any("day:" in q["sql"] for q in queries)


def test_the_day_a_page_starts_on_and_the_reports_before_it(dated_archive, monkeypatch):
    monkeypatch.setattr(day_offsets, "DIRECT_OFFSET_LIMIT", 1)
    ordered = list(Article.objects.published().in_order("newest").values("pk", "published_on"))
    start = day_offsets.page_start(30, oldest=False)
    assert start.day == ordered[30]["published_on"]
    dated = [row["published_on"] for row in ordered if row["published_on"]]
    assert start.before == sum(1 for day in dated if day > start.day)
    assert day_offsets.page_start(len(ordered) - 1, oldest=False).day is None  # undated
    assert day_offsets.page_start(len(ordered), oldest=False) is None  # past the last


def test_small_offsets_read_directly(dated_archive):
    assert day_offsets.page_start(day_offsets.DIRECT_OFFSET_LIMIT - 1, oldest=False) is None


def test_day_counts_follow_status_changes(client, dated_archive, monkeypatch):
    monkeypatch.setattr(day_offsets, "DIRECT_OFFSET_LIMIT", 1)
    shared_day = Article.objects.filter(title__startswith="Dated").order_by("pk").first()
    articles_set_status(
        articles=Article.objects.filter(pk=shared_day.pk), status=ArticleStatus.DRAFT
    )
    for number, page in enumerate(offset_pages("newest"), start=1):
        assert listed_ids(client, {"page": number}) == page
    kept = dict(PublishedCount.objects.values_list("key", "count"))
    counts_rebuild()
    assert {k: n for k, n in kept.items() if n} == {
        k: n for k, n in PublishedCount.objects.values_list("key", "count") if n
    }


def test_without_kept_day_counts_the_page_is_still_right(client, dated_archive, monkeypatch):
    monkeypatch.setattr(day_offsets, "DIRECT_OFFSET_LIMIT", 1)
    PublishedCount.objects.filter(key__startswith="day:").delete()
    for number, page in enumerate(offset_pages("oldest"), start=1):
        assert listed_ids(client, {"sort": "oldest", "page": number}) == page

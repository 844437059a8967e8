"""The search at scale (archive/search_matches.py), proved on a small archive by lowering
its thresholds: exact counts below the exact limit, labelled estimates above it, paging
that shows every match once, and kept counts (`PublishedCount`) that stay true through
the services: an import, a curator's edits, a withdrawal."""

import pytest
from django.db import connection
from django.db.models import Count
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from archive import search_matches
from archive.models import (
    Article,
    ArticleStatus,
    Mention,
    Outlet,
    Person,
    PublishedCount,
    Topic,
)
from archive.services import seeds_load
from archive.services.counts import counts_rebuild
from archive.services.curation import (
    article_save,
    article_topics_set,
    article_withdraw,
    articles_set_status,
    object_delete,
    object_save,
)
from tests.views.conftest import make_article

pytestmark = pytest.mark.django_db

SEARCH = reverse("archive:article_list")


def result(response):
    return response.context["result"]


def facet(response, name):
    return next(f for f in result(response).facets if f.name == name)


# --- Exact below the limit, estimates above it, and said to be ---------------------------


def test_counts_below_the_limit_are_exact(client, corpus, settings):
    matching = Article.objects.published().search("Blinken")
    settings.SEARCH_EXACT_LIMIT = matching.count()  # exactly at the limit: still exact
    # Every report in the sample, so that the words' probe (which gives up when the sample
    # scaled by the modulus passes four times the limit) cannot depend on which ids the
    # database handed out: with the default 64, one match whose id is a multiple of 64
    # reads as 64 matches, over 4 × 5.
    settings.SEARCH_SAMPLE_MODULUS = 1
    response = client.get(SEARCH, {"q": "Blinken"})
    found = result(response)
    assert found.total.exact and found.total.value == matching.count() == 5
    people = Mention.objects.filter(article__in=matching).values("person__slug")
    expected = {row["person__slug"]: row["n"] for row in people.annotate(n=Count("article"))}
    assert {b.value: b.count for b in facet(response, "person").buckets} == expected
    assert not any(f.estimated for f in found.facets)
    html = response.content.decode()
    assert "5 reports</h2>" in html and "≈" not in html and "estimate" not in html


def test_counts_above_the_limit_are_labelled_estimates(client, corpus, settings):
    settings.SEARCH_EXACT_LIMIT = 2
    settings.SEARCH_SAMPLE_MODULUS = 2  # every report with an even id is in the sample
    response = client.get(SEARCH, {"q": "Blinken"})
    assert response.status_code == 200
    found = result(response)
    assert not found.total.exact
    sampled = Article.objects.published().search("Blinken").filter(pk__in=even_ids())
    assert found.total.value == 2 * sampled.count()
    assert all(f.estimated for f in found.facets)
    assert all(b.estimated for f in found.facets for b in f.buckets)
    html = response.content.decode()
    assert f"about {found.total.value} reports <small>(estimate)</small>" in html
    assert "≈ estimates" in html and "are estimates from a sample" in html
    # the page itself still shows real matches
    matching = set(Article.objects.published().search("Blinken").values_list("pk", flat=True))
    assert found.rows and {row.pk for row in found.rows} <= matching


def even_ids():
    return [pk for pk in Article.objects.values_list("pk", flat=True) if pk % 2 == 0]


def test_a_large_sample_is_thinned_for_the_facets(client, corpus, settings, monkeypatch):
    """The facets of a common word count among a coarser stripe of the sample (ids that
    are multiples of 2 x 2^k), scaled by it, with sequential scans off; the total is still
    estimated from the whole sample."""
    settings.SEARCH_EXACT_LIMIT = 2
    settings.SEARCH_SAMPLE_MODULUS = 2
    sampled = Article.objects.published().search("Blinken").filter(pk__in=even_ids())
    monkeypatch.setattr(search_matches, "FACET_SAMPLE_LIMIT", 1)
    stripe = 2
    while sampled.count() > stripe // 2:  # as `thinned` doubles the stripe
        stripe *= 2
    thin = [pk for pk in sampled.values_list("pk", flat=True) if pk % stripe == 0]
    assert stripe > 2  # thinned
    with CaptureQueriesContext(connection) as queries:
        response = client.get(SEARCH, {"q": "Blinken"})
    found = result(response)
    assert found.total.value == 2 * sampled.count()
    languages = Article.objects.filter(pk__in=thin).values("language").annotate(n=Count("pk"))
    expected = {row["language"]: stripe * row["n"] for row in languages}
    assert {b.value: b.count for b in facet(response, "language").buckets} == expected
    facet_queries = [q for q in queries.captured_queries if "facet_value" in q["sql"]]
    assert facet_queries and all("enable_seqscan = off" in q["sql"] for q in facet_queries)


def test_thinning_keeps_a_stripe_of_the_sample():
    limit = search_matches.FACET_SAMPLE_LIMIT
    ids = list(range(0, 64 * 10 * limit, 64))  # ten times the limit: a stripe 16 times coarser
    kept, stripe = search_matches.thinned(ids, 64)
    assert stripe == 64 * 16 and len(kept) == len(ids) // 16
    assert all(pk % stripe == 0 for pk in kept)
    assert search_matches.thinned(ids[:limit], 64) == (ids[:limit], 64)


def test_a_small_result_inside_a_large_search_is_counted_exactly(client, corpus, settings):
    """Words that match too much to count, narrowed by a filter to a few: the page's
    total is recounted exactly rather than estimated from a thin sample."""
    settings.SEARCH_EXACT_LIMIT = 3
    settings.SEARCH_SAMPLE_MODULUS = 1000  # the sample holds no report at all
    response = client.get(SEARCH, {"q": "Blinken", "language": "it"})
    found = result(response)
    assert found.total.exact and found.total.value == 1
    assert [row.title for row in found.rows] == ["Gli Stati Uniti e il Giappone"]


# --- Paging ------------------------------------------------------------------------------


def all_pages(client, params):
    seen, number = [], 1
    while True:
        response = client.get(SEARCH, {**params, "page": number})
        assert response.status_code == 200, (params, number)
        seen += [row.pk for row in result(response).rows]
        if 'rel="next"' not in response.content.decode():
            return seen, result(response).total.value
        number += 1


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"sort": "oldest"},
        {"q": "Filler"},
        {"outlet": "efe"},
        {"q": "report", "sort": "relevance"},
    ],
)
def test_paging_shows_every_match_once(client, corpus, params):
    for number in range(45):
        make_article(
            outlet=corpus["efe"].outlet,
            title=f"Filler report {number}",
            published_on=f"2020-01-{number % 28 + 1:02d}",
        )
    seen, total = all_pages(client, params)
    assert len(seen) == len(set(seen)) == total
    matching = Article.objects.published()
    if "q" in params:
        matching = matching.search(params["q"])
    if "outlet" in params:
        matching = matching.filter(outlet__slug=params["outlet"])
    assert set(seen) == set(matching.values_list("pk", flat=True))


@pytest.mark.parametrize("sort", ["newest", "oldest"])
def test_an_exact_search_by_date_pages_in_the_database_order(client, corpus, sort):
    """The page's ids are picked from the matches' dates in Python (`in_date_order`):
    the same order as the database's, crowded days and undated reports included."""
    for number in range(45):
        make_article(
            outlet=corpus["efe"].outlet,
            title=f"Filler report {number}",
            published_on=f"2020-01-{number % 7 + 1:02d}" if number % 9 else None,
        )
    seen, total = all_pages(client, {"q": "Filler", "sort": sort})
    expected = Article.objects.published().search("Filler").in_order(sort)
    assert seen == list(expected.values_list("pk", flat=True))
    assert total == 45


@pytest.mark.parametrize("params", [{}, {"q": "Blinken"}, {"outlet": "efe"}])
def test_a_page_far_beyond_the_last_is_a_404_that_says_so(client, corpus, params):
    response = client.get(SEARCH, {**params, "page": 999999})
    assert response.status_code == 404
    assert "There is no page 999999" in response.content.decode()


def test_relevance_ranks_only_the_newest_matches_and_says_so(client, corpus, monkeypatch):
    monkeypatch.setattr("archive.search_matches.RANK_LIMIT", 2)
    response = client.get(SEARCH, {"q": "Blinken"})
    found = result(response)
    assert found.ranked_among == 2 and found.total.value == 5
    assert len(found.rows) == 2  # the two newest, ranked
    assert "Ordered by relevance among the newest 2 matches only" in response.content.decode()


# --- The kept counts stay true through the services ----------------------------------------


def kept() -> dict:
    return {key: n for key, n in PublishedCount.objects.values_list("key", "count") if n}


def assert_counts_true():
    """The kept counts equal a recount from scratch of the published reports."""
    before = kept()
    counts_rebuild()
    assert before == kept()


def test_counts_stay_true_through_an_import_edits_and_a_withdrawal(reference):
    report = seeds_load()
    assert report.failed == 0
    assert kept()["total:"] == Article.objects.published().count() == 5
    assert_counts_true()

    article = Article.objects.published().order_by("pk").first()
    hamada = Person.objects.get(slug="yasukazu-hamada")
    before = kept().get(f"person:{hamada.pk}", 0)
    object_save(obj=Mention(article=article, person=hamada, count=1))  # an inline edit
    assert kept()[f"person:{hamada.pk}"] == before + 1
    object_delete(obj=Mention.objects.get(article=article, person=hamada))
    assert kept().get(f"person:{hamada.pk}", 0) == before

    topic = Topic.objects.get(slug="china")
    article_topics_set(article=article, topics=[topic])
    article.language = "xx"
    article_save(article=article, changed_fields=["language"])
    assert kept()["language:xx"] == 1
    assert_counts_true()

    articles_set_status(articles=Article.objects.filter(pk=article.pk), status="draft")
    assert kept()["total:"] == 4 and "language:xx" not in kept()
    articles_set_status(
        articles=Article.objects.filter(pk=article.pk), status=ArticleStatus.PUBLISHED
    )
    assert_counts_true()

    people = list(article.mentions.values_list("person_id", flat=True))
    counts_before = kept()
    article_withdraw(article=article, reason="Not about the meeting.")
    after = kept()
    assert after["total:"] == 4
    for person_id in people:
        assert after.get(f"person:{person_id}", 0) == counts_before[f"person:{person_id}"] - 1
    assert_counts_true()


def test_lists_read_the_kept_counts(client, reference):
    seeds_load()
    blinken = Person.objects.get(slug="antony-blinken")
    mentioning = Article.objects.published().mentioning([blinken]).count()
    assert mentioning
    listed = next(p for p in client.get("/people/").context["people"] if p.pk == blinken.pk)
    assert listed.article_count == mentioning
    # a count the services never wrote is not made up: the list shows what is kept
    PublishedCount.objects.filter(key=f"person:{blinken.pk}").delete()
    listed = next(p for p in client.get("/people/").context["people"] if p.pk == blinken.pk)
    assert listed.article_count == 0


# --- The long lists are paged -------------------------------------------------------------


@pytest.mark.parametrize("url, key", [("/people/", "people"), ("/outlets/", "outlets")])
def test_long_lists_are_paged_and_every_row_shown_once(client, reference, monkeypatch, url, key):
    monkeypatch.setattr("archive.views.LIST_PAGE_SIZE", 2)
    seen, number = [], 1
    while True:
        response = client.get(url, {"page": number})
        assert response.status_code == 200
        seen += [row.pk for row in response.context[key]]
        if 'rel="next"' not in response.content.decode():
            break
        number += 1
    assert number > 1 and len(seen) == len(set(seen))
    model = Person if key == "people" else Outlet
    assert set(seen) == set(model.objects.public().values_list("pk", flat=True))
    assert client.get(url, {"page": number + 1}).status_code == 404
    assert client.get(url, {"page": "two"}).status_code == 400


def test_people_list_puts_those_who_attended_meetings_first(client, reference, monkeypatch):
    monkeypatch.setattr("archive.views.LIST_PAGE_SIZE", 5)
    people = client.get("/people/").context["people"]
    assert all(person.meeting_count for person in people)


def test_a_word_the_sample_finds_everywhere_is_never_matched_whole(client, corpus, settings):
    """When the sample alone estimates more than four times the limit, the capped match
    is not read: the page is estimated, and says so, from the sample."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for number in range(20):  # consecutive ids: ten of them even, in the sample
        make_article(outlet=corpus["efe"].outlet, people=[corpus["blinken"]], title=f"B {number}")
    settings.SEARCH_EXACT_LIMIT = 1
    settings.SEARCH_SAMPLE_MODULUS = 2
    sampled = Article.objects.published().search("Blinken").filter(pk__in=even_ids()).count()
    assert sampled * 2 > 4  # the gate: more than four times the limit
    with CaptureQueriesContext(connection) as captured:
        response = client.get(SEARCH, {"q": "Blinken", "sort": "newest"})
    probe = next(q["sql"] for q in captured.captured_queries if "MATERIALIZED" in q["sql"])
    assert "(SELECT over FROM s)" in probe  # one statement: the sample's count gates the match
    found = result(response)
    assert not found.total.exact and found.total.value == 2 * sampled
    assert found.rows and "(estimate)" in response.content.decode()
    from archive.search_matches import words_probe

    words = Article.objects.published().search("Blinken")
    assert words_probe(words, 2) is None  # not read: the sample says too many
    settings.SEARCH_EXACT_LIMIT = 25
    assert len(words_probe(words, 26)) == 25  # read: every match, under the gate


def more_blinken_reports(corpus, count: int, start: int = 0):
    outlet = corpus["myind"].outlet  # not EFE's: the facet test narrows to EFE
    for number in range(start, start + count):
        make_article(outlet=outlet, people=[corpus["blinken"]], title=f"Blinken {number}")


def test_the_probe_gives_up_when_even_the_samples_low_estimate_passes_the_limit(corpus, settings):
    """Four standard deviations below its count (n - 4 sqrt(n)), the sample still says more
    than the limit: the capped match is not read, though n is under four times the limit."""
    from archive.search_matches import words_probe

    settings.SEARCH_EXACT_LIMIT = 10
    settings.SEARCH_SAMPLE_MODULUS = 1  # every report sampled: n is the number of matches
    words = Article.objects.published().search("Blinken")
    more_blinken_reports(corpus, 25)
    assert words.count() == 30  # 30 - 4 x 5.5 = 8.1: not over 10, read
    assert len(words_probe(words, 11)) == 11
    more_blinken_reports(corpus, 6, start=25)
    assert words.count() == 36  # 36 - 4 x 6 = 12 > 10, and 36 < 4 x 10
    assert words_probe(words, 11) is None


def capped_reads(captured) -> int:
    return sum("SELECT * FROM m LIMIT" in query["sql"] for query in captured.captured_queries)


def test_a_search_found_over_the_limit_is_not_read_again_without_a_facet_filter(
    client, corpus, settings
):
    """The words' probe read the capped match and found it over the limit: the page's
    matches are the same (no facet filter), so they are not probed again; with a facet
    filter they are, and counted exactly when few enough."""
    settings.SEARCH_EXACT_LIMIT = 10
    settings.SEARCH_SAMPLE_MODULUS = 1
    more_blinken_reports(corpus, 10)
    matching = Article.objects.published().search("Blinken")
    assert matching.count() == 15  # under 2 x 10: the sample calls it near the limit
    with CaptureQueriesContext(connection) as captured:
        response = client.get(SEARCH, {"q": "Blinken", "sort": "newest"})
    assert capped_reads(captured) == 0
    found = result(response)
    assert found.total.value == 15
    assert {row.pk for row in found.rows} == set(matching.values_list("pk", flat=True))
    efe = corpus["efe"].outlet.slug
    with CaptureQueriesContext(connection) as captured:
        response = client.get(SEARCH, {"q": "Blinken", "sort": "newest", "outlet": efe})
    assert capped_reads(captured) == 1
    found = result(response)
    in_efe = matching.filter(outlet__slug=efe)
    assert found.total.exact and found.total.value == in_efe.count() > 0
    assert {row.pk for row in found.rows} == set(in_efe.values_list("pk", flat=True))


# --- Phrases: re-checked among the newest reports holding their words, estimated beyond ---


@pytest.fixture
def phrase_reports(reference):
    """40 reports, one a day, that all hold "hypersonic" and "missile"; every third says
    "hypersonic missile" (every sixth of those also names Korea)."""
    from datetime import date, timedelta

    outlet = Outlet.objects.get(slug="efe")
    reports = []
    for number in range(40):
        phrase = number % 3 == 0
        body = (
            "Officials discussed a hypersonic missile test."
            if phrase
            else "A missile was shown; hypersonic glide vehicles were discussed apart."
        )
        if phrase and number % 6 == 0:
            body += " Korea was named."
        reports.append(
            make_article(
                outlet=outlet,
                title=f"Defence report {number}",
                body=body,
                published_on=date(2020, 1, 1) + timedelta(days=number),
            )
        )
    return reports


def in_order(queryset, oldest: bool) -> list[tuple]:
    """(date, id) of `queryset`, newest first (or oldest first)."""
    order = ("published_on", "pk") if oldest else ("-published_on", "-pk")
    return list(queryset.order_by(*order).values_list("published_on", "pk"))


def phrase_matches(text: str, *, oldest=False) -> list[int]:
    return [pk for _, pk in in_order(Article.objects.published().search(text), oldest)]


def window_expected(text: str, *, within: int, oldest=False):
    """What the window must hold, computed the slow way: the sampled (even-id) reports
    holding both words, the `within`-th newest of them the edge, every match from it on."""
    words = Article.objects.published().search("hypersonic missile")  # both words, anywhere
    sampled = in_order(words.filter(pk__in=even_ids()), oldest)
    edge = sampled[within - 1]
    matches = in_order(Article.objects.published().search(text), oldest)
    inside = [pk for day, pk in matches if ((day, pk) <= edge if oldest else (day, pk) >= edge)]
    return inside, len(sampled) / within


@pytest.mark.parametrize("sort", ["newest", "oldest"])
def test_a_phrase_is_checked_only_among_the_newest_reports_and_estimated(
    client, phrase_reports, settings, sort
):
    from archive.search_matches import estimate_shown

    settings.SEARCH_SAMPLE_MODULUS = 2
    settings.SEARCH_PHRASE_CHECK_LIMIT = 10  # 5 sampled reports: about 10 reports checked
    text = '"hypersonic missile"'
    oldest = sort == "oldest"
    inside, scale = window_expected(text, within=5, oldest=oldest)
    every = phrase_matches(text, oldest=oldest)
    assert 0 < len(inside) < len(every)  # the window holds some matches, not all
    response = client.get(SEARCH, {"q": text, "sort": sort})
    found = result(response)
    assert [row.pk for row in found.rows] == inside  # the newest (oldest) matches, in order
    assert not found.total.exact
    assert found.total.value == estimate_shown(round(len(inside) * scale))
    assert found.rows_limit == len(inside)
    assert all(f.estimated for f in found.facets)
    page = response.content.decode()
    assert "<small>(estimate)</small>" in page and f"{len(every)} reports</h2>" not in page
    assert f"its first {len(inside)} matches can be paged through" in page


def test_a_phrase_whose_words_few_reports_hold_is_counted_exactly(client, phrase_reports, settings):
    settings.SEARCH_SAMPLE_MODULUS = 2  # 20 sampled reports hold the words: under 1,000
    for text in ('"hypersonic missile"', '"hypersonic missile" -korea'):
        found = result(client.get(SEARCH, {"q": text}))
        assert found.total.exact and found.total.value == len(phrase_matches(text)), text
        assert [row.pk for row in found.rows] == phrase_matches(text)[:20]


def test_a_phrase_with_a_word_left_out_is_windowed_on_its_words_alone(
    client, phrase_reports, settings
):
    """`-korea` narrows the matches, never the reports held to hold the words: the window
    is the same, and its matches are those without Korea."""
    settings.SEARCH_SAMPLE_MODULUS = 2
    settings.SEARCH_PHRASE_CHECK_LIMIT = 10
    text = '"hypersonic missile" -korea'
    inside, _ = window_expected(text, within=5)
    found = result(client.get(SEARCH, {"q": text}))
    assert [row.pk for row in found.rows] == inside and inside
    assert not found.total.exact


def test_a_search_without_a_phrase_makes_no_phrase_query(client, phrase_reports, settings):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.SEARCH_PHRASE_CHECK_LIMIT = 10
    with CaptureQueriesContext(connection) as captured:
        found = result(client.get(SEARCH, {"q": "hypersonic missile"}))
    assert not any("querytree" in query["sql"] for query in captured.captured_queries)
    assert found.total.exact and found.total.value == 40
    # Quoted single word: asked once whether it is a phrase, then matched as words.
    found = result(client.get(SEARCH, {"q": '"hypersonic"'}))
    assert found.total.exact and found.total.value == 40


def test_a_phrase_absent_from_the_window_offers_to_go_on_from_its_edge(
    client, phrase_reports, settings
):
    """ "test hypersonic" is in no report, though many hold both words: the window holds
    no match, the total is an estimate (never an exact 0), and the search can go on from
    the window's edge."""
    settings.SEARCH_SAMPLE_MODULUS = 2
    settings.SEARCH_PHRASE_CHECK_LIMIT = 10
    text = '"test hypersonic"'
    holding = Article.objects.published().search("test hypersonic").filter(pk__in=even_ids())
    assert holding.count() > 5 and not phrase_matches(text)  # windowed, and no match at all
    words = Article.objects.published().search("test hypersonic")
    edge = in_order(words.filter(pk__in=even_ids()), False)[4][0]
    found = result(client.get(SEARCH, {"q": text, "sort": "newest"}))
    assert found.rows == [] and not found.total.exact and found.total.value == 0
    expected = f"?q=%22test+hypersonic%22&sort=newest&date_to={edge.isoformat()}"
    assert found.continue_url == expected
    html = client.get(SEARCH, {"q": text, "sort": "newest"}).content.decode()
    assert "No report matches" not in html and "older reports may still have it" in html
    assert f'href="{expected.replace("&", "&amp;")}">Go on with older reports' in html


def test_unfiltered_country_facet_reads_the_kept_counts_and_leaves_out_empty_countries(
    client, corpus
):
    """The countries of outlets that published nothing (the reference holds several) are
    not buckets; the others count every published report of their outlets."""
    expected = dict(
        Article.objects.published()
        .exclude(outlet__country="")
        .values_list("outlet__country")
        .annotate(n=Count("pk"))
    )
    assert Outlet.objects.exclude(country="").exclude(country__in=expected).exists()
    buckets = facet(client.get(SEARCH), "country").buckets
    assert {bucket.label: bucket.count for bucket in buckets} == expected

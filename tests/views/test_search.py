"""The article search, /articles/: every parameter, the facets, the suggestions, and
what happens with nonsense in the query string."""

import re

import pytest
from django.urls import reverse

from archive.models import Article, Outlet, Person
from tests.views.conftest import make_article

pytestmark = pytest.mark.django_db

SEARCH = reverse("archive:article_list")


def titles(response):
    return [row.title for row in response.context["result"].rows]


def facet(response, name):
    return next(f for f in response.context["result"].facets if f.name == name)


def counts(response, name):
    return {bucket.value: bucket.count for bucket in facet(response, name).buckets}


# --- Full text ---------------------------------------------------------------------------


def test_no_parameters_lists_every_published_report_newest_first(client, corpus):
    response = client.get(SEARCH)
    assert response.status_code == 200
    assert titles(response) == [
        "AS dan Jepang perkuat aliansi",
        "Gli Stati Uniti e il Giappone",
        "Japan, US ministers pledge cooperation",  # same day as EFE's: the newer id first
        "US and Japan agree to counter China in 2+2 meeting",
        "Allies meet virtually",
    ]


def test_drafts_and_rejected_reports_never_match(client, corpus):
    response = client.get(SEARCH, {"q": "Draft OR Rejected OR Blinken"})
    assert "Draft Blinken report" not in titles(response)
    assert "Rejected Blinken report" not in titles(response)
    assert b"Draft Blinken report" not in response.content


def test_words_match_title_body_outlet_and_names_of_people_mentioned(client, corpus):
    assert titles(client.get(SEARCH, {"q": "hypersonic"})) == [corpus["efe"].title]
    assert titles(client.get(SEARCH, {"q": "SINDOnews"})) == [corpus["sindo"].title]
    # "Yoshimasa" is in no body: it comes from the mentioned person's canonical name
    assert len(titles(client.get(SEARCH, {"q": "Yoshimasa"}))) == 4
    assert len(titles(client.get(SEARCH, {"q": "林芳正"}))) == 4


def test_web_search_syntax_phrase_or_and_minus(client, corpus):
    phrase = set(titles(client.get(SEARCH, {"q": '"deepen cooperation"'})))
    assert phrase == {corpus["myind"].title, corpus["unknown"].title}
    either = set(titles(client.get(SEARCH, {"q": "hypersonic OR aliansi"})))
    assert either == {corpus["efe"].title, corpus["sindo"].title}
    without = set(titles(client.get(SEARCH, {"q": "Blinken -hypersonic"})))
    assert corpus["efe"].title not in without and corpus["sindo"].title in without


def test_unbalanced_search_syntax_is_not_an_error(client, corpus):
    response = client.get(SEARCH, {"q": '"unclosed OR -( & | !'})
    assert response.status_code == 200


def test_results_are_ranked_by_relevance_when_there_are_words(client, corpus):
    response = client.get(SEARCH, {"q": "hypersonic"})
    assert response.context["search"].filterset.sort_chosen == "relevance"
    ranked = titles(client.get(SEARCH, {"q": "Kishi"}))
    # the EFE report names Kishi in the body and as a mention; it outranks the others
    assert ranked[0] in (corpus["efe"].title, corpus["italian"].title)


def test_snippets_highlight_the_words_and_escape_the_text(client, corpus):
    make_article(
        outlet=corpus["efe"].outlet,
        title="Escaping check",
        body="<script>alert('x')</script> zanzibar appears in R&D, where 1 < 2",
    )
    response = client.get(SEARCH, {"q": "zanzibar"})
    snippet = response.context["result"].rows[0].snippet
    assert "<mark>zanzibar</mark>" in snippet
    assert "R&amp;D" in snippet
    assert "<script>alert" not in response.content.decode()


def test_snippets_are_only_computed_for_the_page_shown(client, corpus):
    """ts_headline is costly: it must run on the 20 rows of the page, not on every match."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for number in range(25):
        make_article(outlet=corpus["efe"].outlet, title=f"Blinken filler {number}")
    with CaptureQueriesContext(connection) as captured:
        response = client.get(SEARCH, {"q": "Blinken"})
    assert response.context["result"].page.paginator.count == 30
    headline_queries = [q["sql"] for q in captured if "ts_headline" in q["sql"]]
    assert len(headline_queries) == 1
    ids = re.search(r'"archive_article"\."id" IN \(([^)]*)\)', headline_queries[0]).group(1)
    assert len(ids.split(",")) == 20
    assert all(row.snippet for row in response.context["result"].rows)


# --- Filters -------------------------------------------------------------------------------


def test_filter_by_person_outlet_meeting_topic_language_country(client, corpus):
    assert len(titles(client.get(SEARCH, {"person": "nobuo-kishi"}))) == 2
    assert titles(client.get(SEARCH, {"outlet": "efe"})) == [corpus["efe"].title]
    assert len(titles(client.get(SEARCH, {"meeting": "scc-2022-01-07"}))) == 4
    assert titles(client.get(SEARCH, {"topic": "china"})) == [corpus["efe"].title]
    assert titles(client.get(SEARCH, {"language": "it"})) == [corpus["italian"].title]
    assert titles(client.get(SEARCH, {"country": "indonesia"})) == [corpus["sindo"].title]


def test_values_of_one_parameter_are_alternatives(client, corpus):
    response = client.get(SEARCH + "?outlet=efe&outlet=sindonews")
    assert set(titles(response)) == {corpus["efe"].title, corpus["sindo"].title}


def test_different_parameters_narrow_each_other(client, corpus):
    response = client.get(SEARCH, {"person": "nobuo-kishi", "language": "en"})
    assert titles(response) == [corpus["efe"].title]


def test_repeating_the_same_value_is_harmless(client, corpus):
    response = client.get(SEARCH + "?outlet=efe&outlet=efe")
    assert response.status_code == 200
    assert titles(response) == [corpus["efe"].title]


def test_date_range(client, corpus):
    response = client.get(SEARCH, {"date_from": "2022-01-07", "date_to": "2022-01-07"})
    assert set(titles(response)) == {corpus["efe"].title, corpus["myind"].title}
    assert titles(client.get(SEARCH, {"date_from": "2023-01-01"})) == [corpus["sindo"].title]


def test_sort_oldest_and_newest(client, corpus):
    oldest = titles(client.get(SEARCH, {"sort": "oldest"}))
    newest = titles(client.get(SEARCH, {"sort": "newest"}))
    assert oldest[0] == corpus["unknown"].title
    assert newest[0] == corpus["sindo"].title
    assert oldest == list(reversed(newest))


def test_pages(client, corpus):
    for number in range(25):
        make_article(
            outlet=corpus["efe"].outlet, title=f"Filler {number}", published_on="2020-01-01"
        )
    first = client.get(SEARCH)
    second = client.get(SEARCH, {"page": 2})
    assert len(titles(first)) == 20 and len(titles(second)) == 10
    assert not set(titles(first)) & set(titles(second))
    assert 'rel="next"' in first.content.decode()


# --- Facets, chips, links ------------------------------------------------------------------


def test_facet_counts_follow_the_other_filters_but_not_their_own(client, corpus):
    response = client.get(SEARCH, {"outlet": "efe", "language": "en"})
    # the outlet facet ignores outlet=efe (so other outlets can be added) but follows language
    assert counts(response, "outlet") == {"efe": 1, "unidentified": 1, "myind": 1}
    # the language facet follows outlet=efe
    assert counts(response, "language") == {"en": 1}
    # the person facet follows both
    assert counts(response, "person") == {
        "antony-blinken": 1,
        "nobuo-kishi": 1,
        "yoshimasa-hayashi": 1,
    }


def test_facet_buckets_carry_label_selected_and_toggle_url(client, corpus):
    response = client.get(SEARCH, {"outlet": "efe"})
    efe = next(b for b in facet(response, "outlet").buckets if b.value == "efe")
    assert efe.selected and efe.label == "EFE"
    assert "outlet=efe" not in efe.toggle_url
    myind = next(b for b in facet(response, "outlet").buckets if b.value == "myind")
    assert (
        not myind.selected
        and "outlet=efe" in myind.toggle_url
        and "outlet=myind" in myind.toggle_url
    )
    # the selected bucket comes first
    assert facet(response, "outlet").buckets[0].value == "efe"


def test_facets_cover_every_filter(client, corpus):
    response = client.get(SEARCH)
    assert [f.name for f in response.context["result"].facets] == [
        "person",
        "outlet",
        "meeting",
        "topic",
        "language",
        "country",
    ]
    assert counts(response, "meeting") == {"scc-2022-01-07": 4, "scc-2023-01-11": 1}
    assert counts(response, "country") == {"india": 1, "indonesia": 1, "spain": 1}
    assert counts(response, "topic") == {"china": 1}


def test_facet_list_is_cut_and_says_so(client, corpus):
    from tests.factories import OutletFactory

    for number in range(12):
        make_article(outlet=OutletFactory(name=f"Paper {number:02}"), title=f"Story {number}")
    response = client.get(SEARCH)
    outlets = facet(response, "outlet")
    assert len(outlets.buckets) == 10 and outlets.truncated
    assert "Only the 10 most frequent are shown." in response.content.decode()


def test_selected_values_are_removable_chips(client, corpus):
    response = client.get(
        SEARCH,
        {"q": "Blinken", "outlet": "efe", "person": "nobuo-kishi", "date_from": "2022-01-01"},
    )
    chips = {(chip.title, chip.label): chip.remove_url for chip in response.context["result"].chips}
    assert set(chips) == {
        ("Words", "“Blinken”"),
        ("Outlet", "EFE"),
        ("Person", "Nobuo Kishi"),
        ("From", "2022-01-01"),
    }
    remove_outlet = chips[("Outlet", "EFE")]
    assert "outlet=" not in remove_outlet and "person=nobuo-kishi" in remove_outlet
    assert 'aria-label="Remove filter Outlet: EFE"' in response.content.decode()


def test_the_search_form_keeps_the_active_filters(client, corpus):
    html = client.get(SEARCH, {"outlet": "efe", "person": "nobuo-kishi"}).content.decode()
    assert '<input type="hidden" name="outlet" value="efe">' in html
    assert '<input type="hidden" name="person" value="nobuo-kishi">' in html


def test_every_value_in_a_result_row_links_to_the_list_filtered_by_it(client, corpus):
    html = client.get(SEARCH, {"outlet": "efe"}).content.decode()
    assert f'href="{SEARCH}?outlet=efe"' in html
    assert f'href="{SEARCH}?meeting=scc-2022-01-07"' in html
    assert f'href="{SEARCH}?person=antony-blinken"' in html
    assert f'href="{SEARCH}?language=en"' in html
    assert f'href="{SEARCH}?date_from=2022-01-07&amp;date_to=2022-01-07"' in html


def test_changing_a_filter_returns_to_the_first_page(client, corpus):
    response = client.get(SEARCH, {"page": 1, "outlet": "efe"})
    for f in response.context["result"].facets:
        for bucket in f.buckets:
            assert "page=" not in bucket.toggle_url


# --- Did you mean --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    ["Hayashi", "hayashi", "Hayashi Yoshimasa", "林芳正", "Yoshimasa Hayashi said"],
)
def test_a_ministers_name_in_any_known_spelling_offers_the_person(client, corpus, typed):
    response = client.get(SEARCH, {"q": typed})
    suggested = [s.person.slug for s in response.context["result"].suggestions]
    assert "yoshimasa-hayashi" in suggested
    html = response.content.decode()
    assert "Did you mean: <strong>Yoshimasa Hayashi</strong>" in html
    assert f"{SEARCH}?person=yoshimasa-hayashi" in html
    assert 'href="/people/yoshimasa-hayashi/"' in html


@pytest.mark.parametrize("typed", ["Anthony Blinken", "Blinken Antony", "Tony Blinken"])
def test_aliases_and_misspellings_offer_blinken(client, corpus, typed):
    response = client.get(SEARCH, {"q": typed})
    assert "antony-blinken" in [s.person.slug for s in response.context["result"].suggestions]
    assert len(titles(response)) == 5


def test_a_full_name_does_not_also_offer_people_who_share_only_its_given_name(client, corpus):
    kono, aso = Person.objects.get(slug="taro-kono"), Person.objects.get(slug="taro-aso")
    make_article(
        outlet=Outlet.objects.get(slug="reuters"),
        people=[kono, aso],
        body="Taro Kono and Taro Aso spoke.",
        title="Two Taros",
    )
    response = client.get(SEARCH, {"q": "Taro Kono Hayashi"})
    suggested = [s.person.slug for s in response.context["result"].suggestions]
    assert suggested == ["taro-kono", "yoshimasa-hayashi"]
    response = client.get(SEARCH, {"q": "Taro"})  # a given name alone: everyone who bears it
    assert {s.person.slug for s in response.context["result"].suggestions} == {
        "taro-kono",
        "taro-aso",
    }


def test_no_suggestion_for_unrelated_words(client, corpus):
    response = client.get(SEARCH, {"q": "hypersonic"})
    assert response.context["result"].suggestions == []


def test_the_filtered_person_is_not_suggested_again(client, corpus):
    response = client.get(SEARCH, {"q": "Hayashi", "person": "yoshimasa-hayashi"})
    assert response.context["result"].suggestions == []


# --- Nonsense in the query string ------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"date_from": "2022-13-45"}, "Give dates as YYYY-MM-DD"),
        ({"date_to": "yesterday"}, "Give dates as YYYY-MM-DD"),
        ({"date_from": "2023-01-01", "date_to": "2022-01-01"}, "start date comes after"),
        ({"person": "nobody-at-all"}, "No person has the slug “nobody-at-all”."),
        ({"outlet": "no-such-outlet"}, "No outlet has the slug"),
        ({"meeting": "scc-1900-01-01"}, "No meeting has the slug"),
        ({"topic": "gardening"}, "No topic has the slug"),
        ({"country": "atlantis"}, "No outlet is based in a country"),
        ({"language": "English!"}, "is not a language code"),
        ({"sort": "price"}, "Sort by relevance, newest or oldest."),
        ({"page": "two"}, "is not a page number"),
        ({"page": "0"}, "is not a page number"),
        ({"page": "99999999999999999999"}, "is not a page number"),
        ({"q": "x" * 10_000}, "at most 500 characters"),
        ({"q": "Blinken\x00"}, "Null characters are not allowed."),
        ({"person": "antony-blinken\x00"}, "Null characters are not allowed."),
        ({"outlet": "x" * 5000}, "No outlet has the slug"),
    ],
)
def test_malformed_parameters_are_a_400_that_says_why(client, corpus, params, message):
    response = client.get(SEARCH, params)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert 'role="alert"' in response.content.decode()


def test_a_single_valued_parameter_given_twice_is_a_400(client, corpus):
    response = client.get(SEARCH + "?q=Blinken&q=Hayashi")
    assert response.status_code == 400
    assert "“q” was given 2 times; give it once." in response.content.decode()
    assert client.get(SEARCH + "?sort=newest&sort=oldest").status_code == 400


def test_a_page_past_the_end_says_so(client, corpus):
    response = client.get(SEARCH, {"page": 7})
    assert response.status_code == 404
    assert "There is no page 7: these results have 1 page." in response.content.decode()


def test_unknown_parameters_are_ignored_with_a_notice(client, corpus):
    response = client.get(SEARCH, {"utm_source": "newsletter", "outlet": "efe"})
    assert response.status_code == 200
    assert "Ignored the unknown parameter “utm_source”." in response.content.decode()
    assert titles(response) == [corpus["efe"].title]


def test_empty_values_are_ignored(client, corpus):
    response = client.get(SEARCH + "?q=&date_from=&date_to=&person=&sort=")
    assert response.status_code == 200
    assert len(titles(response)) == 5


def test_the_search_never_passes_parameters_to_the_orm(client, corpus):
    """Lookups smuggled in as parameter names are unknown parameters, not filters."""
    response = client.get(SEARCH, {"status": "draft", "outlet__slug": "efe", "order_by": "raw"})
    assert response.status_code == 200
    assert len(titles(response)) == 5


def test_only_get_and_head(client, corpus):
    assert client.post(SEARCH).status_code == 405
    assert client.head(SEARCH).status_code == 200


def test_query_string_is_echoed_back_escaped(client, corpus):
    response = client.get(SEARCH, {"q": '"><script>alert(1)</script>'})
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html


def test_search_result_count_heading(client, corpus):
    html = client.get(SEARCH, {"q": "Blinken"}).content.decode()
    assert re.search(r"<h2 id=\"results-heading\">5 reports</h2>", html)


def test_people_named_only_by_alias_are_found_in_a_new_report(client, reference):
    hayashi = Person.objects.get(slug="yoshimasa-hayashi")
    from archive.models import Outlet

    article = make_article(
        outlet=Outlet.objects.get(slug="efe"),
        people=[hayashi],
        title="Foreign minister speaks",
        body="林芳正外相は述べた。",
    )
    assert Article.objects.published().search("Yoshimasa Hayashi").get() == article


def test_facet_buckets_are_ordered_by_count_then_label(client, corpus):
    response = client.get(SEARCH)
    people = [(bucket.count, bucket.label) for bucket in facet(response, "person").buckets]
    assert people == sorted(people, key=lambda pair: (-pair[0], pair[1]))
    assert people[0] == (5, "Antony Blinken")
    # a selected value comes first whatever its count
    response = client.get(SEARCH, {"person": "yasukazu-hamada"})
    assert facet(response, "person").buckets[0].value == "yasukazu-hamada"


def test_a_surname_among_other_words_offers_the_person(client, corpus):
    response = client.get(SEARCH, {"q": "Hayashi Taiwan"})
    assert [s.person.slug for s in response.context["result"].suggestions] == ["yoshimasa-hayashi"]

"""What the pages and citations show, as a reader sees it: result counts, languages marked
on foreign text, posts listed once, dates known only to the month, citation fields."""

import csv
import io
import json
import re

import lxml.html
import pytest

from archive import search
from archive.models import DatePrecision, Outlet, Person, Quote
from archive.services.counts import articles_recount
from tests.views.conftest import make_article

pytestmark = pytest.mark.django_db


def page(response):
    assert response.status_code == 200, response.status_code
    return lxml.html.fromstring(response.content.decode())


def text_of(element) -> str:
    return " ".join(element.text_content().split())


def results_heading(response) -> str:
    return text_of(page(response).get_element_by_id("results-heading"))


# --- Zero matches ----------------------------------------------------------------------------


def test_no_match_says_0_reports_and_suggests_checking_the_spelling(client, corpus):
    response = client.get("/articles/", {"q": "Blinkenzzq"})
    assert results_heading(response) == "0 reports"
    empty = text_of(page(response).find_class("empty")[0])
    assert "No report matches" in empty
    assert "spelling" in empty
    assert "No results on this page" not in response.content.decode()


def test_no_match_among_several_filters_suggests_removing_one(client, corpus):
    response = client.get("/articles/", {"q": "Blinken", "outlet": "sindonews", "language": "it"})
    assert results_heading(response) == "0 reports"
    empty = text_of(page(response).find_class("empty")[0])
    assert "remove a filter" in empty
    start_over = page(response).find_class("empty")[0].xpath(".//a[@href='/articles/']")
    assert start_over, "a link that clears every filter"


def test_page_past_the_end_still_says_so(client, corpus):
    response = client.get("/articles/", {"page": 9})
    assert response.status_code == 404
    assert "There is no page 9" in response.content.decode()


def test_unsearchable_words_are_explained_when_the_search_says_so(client, corpus, monkeypatch):
    """The template's half: given `result.words_unsearchable` (the words reduced to an
    empty full-text query), the page says so instead of suggesting a spelling check."""
    original = search.article_results_page

    def flagged(parsed):
        result = original(parsed)
        result.words_unsearchable = True
        return result

    monkeypatch.setattr("archive.views.article_results_page", flagged)
    response = client.get("/articles/", {"q": "the"})
    empty = text_of(page(response).find_class("empty")[0])
    assert "matched nothing searchable" in empty
    assert "“the”" in empty


@pytest.mark.parametrize("q", ["-", '""', "the"])
def test_words_that_reduce_to_an_empty_query_are_explained(client, corpus, q):
    response = client.get("/articles/", {"q": q})
    assert results_heading(response) == "0 reports"
    assert "matched nothing searchable" in text_of(page(response).find_class("empty")[0])


# --- Languages ------------------------------------------------------------------------------


@pytest.fixture
def italian_quote(corpus):
    italian = corpus["italian"]
    text = "Anthony Blinken e Kishi"
    start = italian.body.index(text)
    quote = Quote.objects.create(
        article=italian, speaker=corpus["blinken"], text=text, start=start, end=start + len(text)
    )
    articles_recount(article_ids=[italian.pk])  # as the services count a curator's quote
    return quote


def test_result_rows_mark_the_language_of_title_and_snippet(client, corpus):
    tree = page(client.get("/articles/", {"q": "Blinken", "language": "it"}))
    (row,) = tree.find_class("report")
    assert row.find_class("report-title")[0].get("lang") == "it"
    assert row.find_class("snippet")[0].get("lang") == "it"


def test_meeting_page_marks_the_language_of_titles_and_quotes(client, corpus, italian_quote):
    tree = page(client.get(corpus["meeting"].get_absolute_url()))
    title = tree.xpath(f"//a[@href='{corpus['italian'].get_absolute_url()}'][@lang]")
    assert title and title[0].get("lang") == "it"
    quote = tree.xpath("//blockquote[contains(., 'Anthony Blinken e Kishi')]")[0]
    assert quote.get("lang") == "it"
    english = tree.xpath("//blockquote[contains(., 'deeply concerned')]")[0]
    assert english.get("lang") == "en"


def test_person_page_marks_the_language_of_quotes(client, corpus, italian_quote):
    tree = page(client.get(corpus["blinken"].get_absolute_url()))
    quote = tree.xpath("//blockquote[contains(., 'Anthony Blinken e Kishi')]")[0]
    assert quote.get("lang") == "it"


def test_article_page_marks_the_language_of_title_body_and_quotes(client, corpus, italian_quote):
    tree = page(client.get(corpus["italian"].get_absolute_url()))
    assert tree.get_element_by_id("article-title").get("lang") == "it"
    assert tree.find_class("body-text")[0].get("lang") == "it"
    quote_link = tree.xpath(f"//a[@href='#quote-{italian_quote.pk}']")[0]
    assert quote_link.get("lang") == "it"


def test_no_empty_lang_attribute_when_the_language_is_unknown(client, corpus):
    unknown = make_article(outlet=corpus["efe"].outlet, meeting=corpus["meeting"], language="")
    for url in ("/articles/", corpus["meeting"].get_absolute_url(), unknown.get_absolute_url()):
        assert 'lang=""' not in client.get(url).content.decode()


# --- People ---------------------------------------------------------------------------------


def posts_cell(tree, person) -> str:
    row = tree.xpath(f"//tr[th/a[@href='{person.get_absolute_url()}']]")[0]
    return text_of(row.xpath("td")[1])


@pytest.mark.parametrize(
    ("slug", "title"),
    [
        ("gen-nakatani", "Minister of Defense"),
        ("itsunori-onodera", "Minister of Defense"),
        ("toshimitsu-motegi", "Minister for Foreign Affairs"),
    ],
)
def test_people_list_names_each_post_once_with_its_years(client, reference, slug, title):
    person = Person.objects.get(slug=slug)
    assert person.offices.filter(title=title).count() == 2
    cell = posts_cell(page(client.get("/people/")), person)
    assert cell.count(title) == 1, cell
    for office in person.offices.filter(start__isnull=False):
        assert str(office.start.year) in cell


def test_people_list_keeps_different_posts_apart(client, reference):
    kono = Person.objects.get(slug="taro-kono")
    cell = posts_cell(page(client.get("/people/")), kono)
    assert "Minister for Foreign Affairs (2017–2019)" in cell
    assert "Minister of Defense (2019–2020)" in cell


# --- Dates known only to the month ----------------------------------------------------------


@pytest.fixture
def monthly(corpus):
    article = make_article(
        outlet=Outlet.objects.get(slug="efe"),
        meeting=corpus["meeting"],
        people=[corpus["blinken"]],
        title="Monthly round-up of the alliance",
        published_on="2022-01-01",
        date_precision=DatePrecision.MONTH,
        url="https://example.com/round-up",
    )
    Quote.objects.create(
        article=article, speaker=corpus["blinken"], text=article.body[:20], start=0, end=20
    )
    articles_recount(article_ids=[article.pk])
    return article


def assert_month_only(html: str):
    assert "January 2022" in html
    assert "(month only)" in html
    assert '<time datetime="2022-01">' in html
    assert not re.search(r"(?<!\d)1 Jan(uary)? 2022", html)


def test_month_only_date_in_result_rows(client, monthly):
    html = client.get("/articles/", {"q": "round-up"}).content.decode()
    assert_month_only(html)
    assert "date_from=2022-01-01&amp;date_to=2022-01-31" in html


def test_month_only_date_on_the_article_page(client, monthly):
    html = client.get(monthly.get_absolute_url()).content.decode()
    assert_month_only(html)
    assert "Saturday" not in html


def test_month_only_date_on_meeting_and_person_pages(client, monthly, corpus):
    for url in (corpus["meeting"].get_absolute_url(), corpus["blinken"].get_absolute_url()):
        html = client.get(url).content.decode()
        assert_month_only(html)


def test_month_only_date_in_citations_and_jsonld(client, monthly):
    bib = client.get(f"/articles/{monthly.pk}/cite.bib").content.decode()
    assert "date = {2022-01}" in bib
    assert "year = {2022}" in bib
    ris = client.get(f"/articles/{monthly.pk}/cite.ris").content.decode()
    assert "DA  - 2022/01//\r\n" in ris
    assert "PY  - 2022\r\n" in ris
    html = client.get(monthly.get_absolute_url()).content.decode()
    jsonld = json.loads(re.search(r'type="application/ld\+json">(.*?)</script>', html, re.S)[1])
    assert jsonld["datePublished"] == "2022-01"


def test_day_dates_in_citations_are_unchanged(client, corpus):
    efe = corpus["efe"]
    bib = client.get(f"/articles/{efe.pk}/cite.bib").content.decode()
    assert "date = {2022-01-07}" in bib
    ris = client.get(f"/articles/{efe.pk}/cite.ris").content.decode()
    assert "DA  - 2022/01/07\r\n" in ris


def test_month_only_date_in_csv_and_json_keeps_the_iso_date_and_precision(client, monthly):
    raw = b"".join(client.get("/articles.csv", {"q": "round-up"}).streaming_content)
    (row,) = csv.DictReader(io.StringIO(raw.decode().lstrip("\ufeff")))
    assert (row["published_on"], row["date_precision"]) == ("2022-01-01", "month")
    raw = b"".join(client.get("/articles.json", {"q": "round-up"}).streaming_content)
    (record,) = json.loads(raw)["results"]
    assert (record["published_on"], record["date_precision"]) == ("2022-01-01", "month")


# --- BibTeX url -------------------------------------------------------------------------------


def bibtex_field(text: str, name: str) -> str:
    return re.search(rf"^  {name} = \{{(.*)\}},?$", text, re.M)[1]


def test_bibtex_url_is_verbatim(client, corpus):
    article = make_article(
        outlet=Outlet.objects.get(slug="efe"),
        url="https://example.com/us_japan?a=1&b=2%20#f",
        title="Costs & benefits: 100% of the US_Japan plan",
    )
    bib = client.get(f"/articles/{article.pk}/cite.bib").content.decode()
    assert bibtex_field(bib, "url") == "https://example.com/us_japan?a=1&b=2%20#f"
    # other fields are still LaTeX text
    assert bibtex_field(bib, "title") == r"{Costs \& benefits: 100\% of the US\_Japan plan}"


def test_bibtex_url_percent_encodes_braces_and_backslashes(client, corpus):
    article = make_article(
        outlet=Outlet.objects.get(slug="efe"), url="https://example.com/a{b}c\\d"
    )
    bib = client.get(f"/articles/{article.pk}/cite.bib").content.decode()
    assert bibtex_field(bib, "url") == "https://example.com/a%7Bb%7Dc%5Cd"

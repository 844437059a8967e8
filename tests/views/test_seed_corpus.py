"""The five seed reports, imported through the real pipeline, as a visitor finds them."""

import csv
import io

import pytest

from archive.models import Article, SharedPassage

pytestmark = pytest.mark.django_db

SEARCH = "/articles/"


def seed(number: str) -> Article:
    return Article.objects.get(source_name__startswith=f"{number}_")


def titles(response):
    return {row.title for row in response.context["result"].rows}


@pytest.mark.parametrize("words", ["Blinken", "Anthony Blinken", "Antony Blinken", "blinken"])
def test_searching_blinken_finds_the_five_reports(client, seed_corpus, words):
    response = client.get(SEARCH, {"q": words})
    assert response.status_code == 200
    assert titles(response) == {article.title for article in Article.objects.all()}
    assert len(titles(response)) == 5


def test_a_date_from_2023_leaves_only_the_2023_report(client, seed_corpus):
    response = client.get(SEARCH, {"q": "Blinken", "date_from": "2023-01-01"})
    assert titles(response) == {seed("003").title}
    assert seed("003").outlet.slug == "sindonews"


def test_the_2022_meeting_page_lists_its_four_reports_grouped_by_outlet(client, seed_corpus):
    response = client.get("/meetings/scc-2022-01-07/")
    reports = response.context["reports"]
    assert {report.pk for report in reports} == {seed(n).pk for n in ("000", "001", "002", "004")}
    html = response.content.decode()
    groups = html.count('class="outlet-group"')
    assert groups == len({report.outlet_id for report in reports})
    for report in reports:
        assert report.title in html
    # the groups appear in outlet-name order and each report sits under its outlet
    outlet_names = [report.outlet.name for report in reports]
    assert outlet_names == sorted(outlet_names)
    assert seed("003").title not in html


def test_the_2023_meeting_page_has_the_sindonews_report(client, seed_corpus):
    response = client.get("/meetings/scc-2023-01-11/")
    assert [report.pk for report in response.context["reports"]] == [seed("003").pk]
    assert "Yasukazu Hamada" in response.content.decode()


def test_the_meeting_page_shows_which_reports_share_text(client, seed_corpus):
    response = client.get("/meetings/scc-2022-01-07/")
    pairs = response.context["shared"]
    assert len(pairs) == SharedPassage.objects.count() >= 1
    first = pairs[0]
    shared_page = client.get(f"/meetings/scc-2022-01-07/shared/{first.pk}/")
    assert shared_page.status_code == 200
    assert '<mark class="shared">' in shared_page.content.decode()


def test_the_meeting_page_gathers_quotes_by_speaker(client, seed_corpus):
    response = client.get("/meetings/scc-2022-01-07/")
    speakers = {quote.speaker.slug for quote in response.context["quotes"] if quote.speaker}
    assert "antony-blinken" in speakers


def test_the_efe_report_links_a_misspelled_name_to_the_person(client, seed_corpus):
    article = seed("000")
    html = client.get(article.get_absolute_url()).content.decode()
    assert 'href="/people/antony-blinken/"' in html
    assert 'class="quote"' in html


def test_a_japanese_name_offers_the_minister(client, seed_corpus):
    response = client.get(SEARCH, {"q": "林芳正"})
    assert [s.person.slug for s in response.context["result"].suggestions] == ["yoshimasa-hayashi"]
    assert len(titles(response)) == 5


def test_the_csv_of_blinken_has_five_rows(client, seed_corpus):
    response = client.get("/articles.csv", {"q": "Blinken"})
    text = b"".join(response.streaming_content).decode().lstrip("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 5
    assert {row["outlet"] for row in rows} >= {"EFE", "Myind", "SINDOnews"}


def test_every_seed_page_renders(client, seed_corpus):
    for article in Article.objects.all():
        for url in (article.get_absolute_url(), f"/articles/{article.pk}/raw.txt"):
            assert client.get(url).status_code == 200, url
    for url in ("/", "/people/antony-blinken/", "/outlets/efe/", "/outlets/reuters/"):
        assert client.get(url).status_code == 200, url

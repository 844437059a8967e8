"""CSV, JSON and Atom of result lists; BibTeX and RIS citations; the sitemap."""

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest
from django.http import StreamingHttpResponse

from archive.models import Credit, CreditRole, Meeting, Outlet
from tests.views.conftest import make_article

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def streamed(response) -> str:
    assert isinstance(response, StreamingHttpResponse)
    return b"".join(response.streaming_content).decode("utf-8")


def csv_rows(response):
    return list(csv.DictReader(io.StringIO(streamed(response).lstrip("\ufeff"))))


def test_csv_has_every_match_not_one_page(client, corpus):
    efe = Outlet.objects.get(slug="efe")
    for number in range(30):
        make_article(outlet=efe, title=f"Blinken filler {number}", people=[corpus["blinken"]])
    response = client.get("/articles.csv", {"q": "Blinken"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'attachment; filename="articles.csv"' == response["Content-Disposition"]
    rows = csv_rows(response)
    assert len(rows) == 35
    assert "Draft Blinken report" not in {row["title"] for row in rows}


def test_csv_columns_and_values(client, corpus):
    rows = csv_rows(client.get("/articles.csv", {"outlet": "myind"}))
    assert rows == [
        {
            "id": str(corpus["myind"].pk),
            "title": corpus["myind"].title,
            "outlet": "Myind",
            "outlet_slug": "myind",
            "outlet_country": "India",
            "original_wire": "Reuters",
            "published_on": "2022-01-07",
            "date_precision": "day",
            "language": "en",
            "byline": "",
            "meetings": "scc-2022-01-07",
            "people": "Antony Blinken; Yoshimasa Hayashi",
            "topics": "",
            "source_url": corpus["myind"].url,
            "archive_url": f"http://testserver/articles/{corpus['myind'].pk}/",
        }
    ]


def test_csv_cells_cannot_run_as_spreadsheet_formulas(client, corpus):
    make_article(outlet=corpus["efe"].outlet, title='=HYPERLINK("http://evil")', body="zebra")
    rows = csv_rows(client.get("/articles.csv", {"q": "zebra"}))
    assert rows[0]["title"].startswith("'=")


def test_json_follows_the_filters_and_lists_every_match(client, corpus):
    response = client.get("/articles.json", {"person": "nobuo-kishi", "sort": "oldest"})
    assert response["Content-Type"] == "application/json; charset=utf-8"
    data = json.loads(streamed(response))
    assert data["parameters"] == [["person", "nobuo-kishi"], ["sort", "oldest"]]
    assert [row["title"] for row in data["results"]] == [
        corpus["efe"].title,
        corpus["italian"].title,
    ]
    assert data["results"][0]["people"] == ["Antony Blinken", "Nobuo Kishi", "Yoshimasa Hayashi"]


def test_json_of_no_match_is_valid(client, corpus):
    data = json.loads(streamed(client.get("/articles.json", {"q": "nothingmatchesthis"})))
    assert data["results"] == []


@pytest.mark.parametrize("url", ["/articles.csv", "/articles.json", "/articles.atom"])
def test_exports_reject_malformed_parameters(client, corpus, url):
    response = client.get(url, {"date_from": "not-a-date"})
    assert response.status_code == 400
    assert b"Give dates as YYYY-MM-DD" in response.content


def test_unknown_export_format_is_404(client, corpus):
    assert client.get("/articles.xlsx").status_code == 404
    assert client.get("/meetings.xlsx").status_code == 404


def test_atom_feed_of_a_search(client, corpus):
    response = client.get("/articles.atom", {"q": "Blinken", "language": "en"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    titles = [entry.find(f"{ATOM}title").text for entry in entries]
    assert titles == [corpus["myind"].title, corpus["efe"].title, corpus["unknown"].title]
    assert "language English" in feed.find(f"{ATOM}title").text
    link = entries[0].find(f"{ATOM}link").get("href")
    assert link == f"http://testserver/articles/{corpus['myind'].pk}/"


def test_meetings_csv_and_json(client, corpus):
    rows = csv_rows(client.get("/meetings.csv", {"year": "2022", "kind": "scc"}))
    assert [row["slug"] for row in rows] == ["scc-2022-01-07"]
    assert rows[0]["reports"] == "4"
    assert "Nobuo Kishi (Minister of Defense)" in rows[0]["participants"]
    data = json.loads(streamed(client.get("/meetings.json")))
    assert len(data["results"]) == Meeting.objects.count()


def test_bibtex_citation(client, corpus):
    article = corpus["myind"]
    Credit.objects.create(article=article, name="Jane {Doe} & Co", role=CreditRole.REPORTER)
    response = client.get(f"/articles/{article.pk}/cite.bib")
    assert response["Content-Type"] == "application/x-bibtex; charset=utf-8"
    text = response.content.decode()
    assert text.startswith(f"@article{{myind2022-{article.pk},")
    assert "title = {{Japan, US ministers pledge cooperation}}" in text
    assert r"author = {{Myind Staff} and {Jane \{Doe\} \& Co}}" in text
    assert "journal = {Myind}" in text and "date = {2022-01-07}" in text
    assert text.count("{") == text.count("}")


def test_ris_citation(client, corpus):
    article = corpus["efe"]
    response = client.get(f"/articles/{article.pk}/cite.ris")
    lines = response.content.decode().split("\r\n")
    assert lines[0] == "TY  - NEWS"
    assert f"TI  - {article.title}" in lines
    assert "T2  - EFE" in lines and "DA  - 2022/01/07" in lines and "PY  - 2022" in lines
    assert f"UR  - {article.url}" in lines
    assert lines[-2] == "ER  - "


def test_sitemap_lists_public_pages_only(client, corpus):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    text = response.content.decode()
    assert f"http://testserver/articles/{corpus['efe'].pk}/" in text
    assert f"http://testserver/articles/{corpus['draft'].pk}/" not in text
    assert "http://testserver/meetings/scc-2022-01-07/" in text
    assert "http://testserver/people/antony-blinken/" in text
    assert "http://testserver/outlets/efe/" in text
    assert "http://testserver/topics/china/" in text
    ET.fromstring(response.content)  # well-formed


@pytest.mark.parametrize(
    ("url", "key", "expected"),
    [
        ("/people.csv", "slug", "antony-blinken"),
        ("/outlets.csv", "slug", "reuters"),
        ("/topics.csv", "slug", "china"),
    ],
)
def test_people_outlets_and_topics_as_csv(client, corpus, url, key, expected):
    rows = csv_rows(client.get(url))
    assert expected in {row[key] for row in rows}


def test_people_outlets_and_topics_as_json(client, corpus):
    people = json.loads(streamed(client.get("/people.json")))["results"]
    blinken = next(person for person in people if person["slug"] == "antony-blinken")
    assert blinken["reports"] == 5 and blinken["meetings"] >= 2
    outlets = json.loads(streamed(client.get("/outlets.json")))["results"]
    reuters = next(outlet for outlet in outlets if outlet["slug"] == "reuters")
    assert reuters["wire_copies_elsewhere"] == 2
    topics = json.loads(streamed(client.get("/topics.json")))["results"]
    assert next(t for t in topics if t["slug"] == "china")["reports"] == 1
    assert client.get("/people.xml").status_code == 404

"""The curators' import page: upload → preview of every parsed field → correct → confirm."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from archive.models import Article, ImportBatch
from archive.services import SEEDS_DIR

pytestmark = pytest.mark.django_db

URL = "admin:archive_article_import"


def seed_file(prefix):
    path = next(SEEDS_DIR.glob(f"{prefix}_*.txt"))
    return SimpleUploadedFile(path.name, path.read_bytes(), content_type="text/plain")


def preview(client, files, **extra):
    data = {"files": files, "status": "published", **extra}
    return client.post(reverse(URL), data, follow=True)


def hidden_payload(content: str) -> str:
    return re.search(r'name="payload" value="([^"]+)"', content).group(1)


def test_upload_shows_preview_and_saves_nothing(curator_client, reference):
    response = preview(curator_client, [seed_file("000"), seed_file("004")])
    assert response.status_code == 200
    content = response.content.decode()
    assert "cgv/lds" in content  # a line it will drop, shown
    assert "Sign up now for unlimited free access" in content
    # The suggested meeting is pre-selected for each report (every meeting is an option).
    assert content.count('<option value="scc-2022-01-07" selected>') == 2
    assert "Kiyoshi Takenaka" in content  # a credit
    assert not Article.objects.exists()


def test_confirm_with_a_correction_marks_it_curated(curator_client, curator, reference):
    content = preview(curator_client, [seed_file("002")]).content.decode()
    payload = hidden_payload(content)
    response = curator_client.post(
        reverse(URL),
        {
            "payload": payload,
            "action": "confirm",
            "r0-include": "on",
            "r0-title": "Corrected headline",
            "r0-outlet": "myind",
            "r0-published_on": "2022-01-07",
            "r0-date_precision": "day",
            "r0-meetings": ["scc-2022-01-07"],
            "r0-language": "en",
        },
        follow=True,
    )
    assert response.status_code == 200
    article = Article.objects.get()
    assert article.title == "Corrected headline"
    assert article.curated_fields == ["title"]
    assert article.status == "published"
    assert article.ingested_by == curator
    batch = ImportBatch.objects.get()
    assert (batch.channel, batch.created, batch.user) == ("admin", 1, curator)
    assert response.redirect_chain[-1][0] == reverse(
        "admin:archive_importbatch_change", args=[batch.pk]
    )


def test_unticked_reports_are_left_out(curator_client, reference):
    content = preview(curator_client, [seed_file("000"), seed_file("003")]).content.decode()
    response = curator_client.post(
        reverse(URL),
        {
            "payload": hidden_payload(content),
            "action": "confirm",
            "r0-title": "x",
            "r0-date_precision": "inferred",
            "r1-include": "on",
            "r1-title": "SINDOnews report",
            "r1-date_precision": "day",
            "r1-outlet": "sindonews",
            "r1-published_on": "2023-01-11",
            "r1-meetings": ["scc-2023-01-11"],
        },
    )
    assert response.status_code == 302
    assert list(Article.objects.values_list("outlet__slug", flat=True)) == ["sindonews"]


def test_pasted_text_is_previewed(curator_client, reference):
    text = (SEEDS_DIR / next(SEEDS_DIR.glob("002_*.txt")).name).read_text()
    response = curator_client.post(
        reverse(URL), {"pasted_text": text, "status": "draft"}, follow=True
    )
    assert response.status_code == 200
    assert "pasted text" in response.content.decode()


def test_a_tampered_payload_is_refused(curator_client, reference):
    response = curator_client.post(reverse(URL), {"payload": "forged", "action": "confirm"})
    assert response.status_code == 302
    assert not Article.objects.exists()


def test_empty_form_says_what_is_missing(curator_client):
    response = curator_client.post(reverse(URL), {"status": "draft"})
    assert "Choose at least one file, paste a report" in response.content.decode()


def test_import_page_and_button_render(curator_client):
    assert curator_client.get(reverse(URL)).status_code == 200
    changelist = curator_client.get(reverse("admin:archive_article_changelist"))
    assert reverse(URL) in changelist.content.decode()


def test_a_broken_file_in_an_upload_is_reported(curator_client, reference):
    empty = SimpleUploadedFile("empty.txt", b"", content_type="text/plain")
    content = preview(curator_client, [empty, seed_file("002")]).content.decode()
    assert "empty.txt" in content and "failed" in content


def test_preview_shows_which_reports_share_passages(curator_client, reference):
    content = preview(curator_client, [seed_file("001"), seed_file("002")]).content.decode()
    name_002 = next(SEEDS_DIR.glob("002_*.txt")).name
    assert "Shares passages with" in content
    assert f"{name_002} (" in content


def test_names_the_archive_does_not_know_can_be_added_as_people(curator_client, reference):
    # an invented official: the reference now knows Kurt Campbell, the example used before
    from archive.models import Person, Quote

    text = (
        "Allies meet\n\nTOKYO, Jan 7 (Reuters) - Jonathan Westbrook, the White House Indo-Pacific "
        "coordinator, said the alliance was strong. Antony Blinken agreed.\n\n"
        "“We stand together,” Westbrook told reporters.\n"
    )
    upload = SimpleUploadedFile("westbrook.txt", text.encode(), content_type="text/plain")
    content = preview(curator_client, [upload]).content.decode()
    assert "Add as new people" in content and "Jonathan Westbrook" in content
    response = curator_client.post(
        reverse(URL),
        {
            "payload": hidden_payload(content),
            "action": "confirm",
            "r0-include": "on",
            "r0-title": "Allies meet",
            "r0-date_precision": "inferred",
            "r0-new_people": ["Jonathan Westbrook"],
        },
    )
    assert response.status_code == 302
    westbrook = Person.objects.get(slug="jonathan-westbrook")
    article = Article.objects.get()
    assert article.mentions.filter(person=westbrook).exists()
    assert Quote.objects.get(text__contains="stand together").speaker == westbrook


def test_two_files_with_one_name_keep_their_own_choices(curator_client, reference):
    first = SimpleUploadedFile("report.txt", seed_file("002").read(), content_type="text/plain")
    second = SimpleUploadedFile("report.txt", seed_file("003").read(), content_type="text/plain")
    content = preview(curator_client, [first, second]).content.decode()
    assert "report (2).txt" in content
    response = curator_client.post(
        reverse(URL),
        {
            "payload": hidden_payload(content),
            "action": "confirm",
            "r0-title": "left out",
            "r0-date_precision": "day",
            "r1-include": "on",
            "r1-title": "kept",
            "r1-date_precision": "day",
            "r1-outlet": "sindonews",
            "r1-published_on": "2023-01-11",
            "r1-meetings": ["scc-2023-01-11"],
        },
    )
    assert response.status_code == 302
    assert list(Article.objects.values_list("title", flat=True)) == ["kept"]


def test_the_same_report_twice_in_one_upload_is_flagged_in_the_preview(curator_client, reference):
    again = SimpleUploadedFile("copy.txt", seed_file("002").read(), content_type="text/plain")
    content = preview(curator_client, [seed_file("002"), again]).content.decode()
    assert "1 ready to import, 1 duplicates" in content
    assert "same report as 002_" in content


def test_an_upload_over_the_limit_is_refused_with_advice(curator_client, reference):
    from archive.forms import MAX_UPLOAD_BYTES

    big = SimpleUploadedFile("big.txt", b"a" * (MAX_UPLOAD_BYTES + 1), content_type="text/plain")
    content = preview(curator_client, [big]).content.decode()
    assert "import_articles" in content
    assert not Article.objects.exists()


def test_an_old_preview_has_expired(curator_client, reference, monkeypatch):
    content = preview(curator_client, [seed_file("002")]).content.decode()
    monkeypatch.setattr("archive.admin.importing.IMPORT_PREVIEW_MAX_AGE", -1)
    response = curator_client.post(
        reverse(URL),
        {
            "payload": hidden_payload(content),
            "action": "confirm",
            "r0-include": "on",
            "r0-title": "x",
            "r0-date_precision": "day",
        },
        follow=True,
    )
    assert "expired" in response.content.decode()
    assert not Article.objects.exists()


def test_the_batch_page_lists_its_articles_and_cannot_be_edited(curator_client, reference):
    content = preview(curator_client, [seed_file("002")]).content.decode()
    response = curator_client.post(
        reverse(URL),
        {
            "payload": hidden_payload(content),
            "action": "confirm",
            "r0-include": "on",
            "r0-title": "Kept title",
            "r0-date_precision": "day",
            "r0-outlet": "myind",
            "r0-published_on": "2022-01-07",
            "r0-meetings": ["scc-2022-01-07"],
        },
        follow=True,
    )
    page = response.content.decode()
    article = Article.objects.get()
    assert reverse("admin:archive_article_change", args=[article.pk]) in page
    assert 'name="_save"' not in page and "deletelink" not in page


# -- addresses to fetch: the worker fetches them (here at once), from a local server -------


def test_an_address_is_fetched_previewed_and_imported_with_its_url(curator_client, web):
    from tests.test_fetch import PAGE

    url = web.url("/page.html")
    response = curator_client.post(
        reverse(URL), {"urls": f"{url}\n{web.url('/missing')}", "status": "draft"}, follow=True
    )
    content = response.content.decode()
    assert "Lines it will drop" in content
    assert "Addresses not fetched (1)" in content and "/missing" in content
    assert not Article.objects.exists()
    requests_before = len(web.requests)
    confirm = curator_client.post(
        reverse(URL),
        {
            "payload": hidden_payload(content),
            "action": "confirm",
            "r0-include": "on",
            "r0-title": "US, Japan pledge more defence cooperation",
            "r0-date_precision": "unknown",
        },
        follow=True,
    )
    assert confirm.status_code == 200
    article = Article.objects.get()
    assert article.url == url and bytes(article.raw) == PAGE
    assert len(web.requests) == requests_before  # confirming did not fetch again


def test_a_private_address_is_refused_by_the_worker(curator_client, reference):
    response = curator_client.post(
        reverse(URL), {"urls": "http://10.0.0.1/page.html", "status": "draft"}, follow=True
    )
    assert "Addresses not fetched (1)" in response.content.decode()


def test_what_is_not_a_web_address_is_refused_by_the_form(curator_client):
    response = curator_client.post(reverse(URL), {"urls": "file:///etc/passwd", "status": "draft"})
    assert response.status_code == 200
    assert "Not a web address" in response.content.decode()

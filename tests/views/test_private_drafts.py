"""Drafts stay private: the people and outlets a draft import brings in reach no public
page, export, sitemap or suggestion until a published report (or a curator) vouches for
them."""

import json

import pytest
from django.urls import reverse

from archive.models import ArticleStatus, Mention, Outlet, Person
from archive.services import articles_import, person_from_import
from archive.services.curation import articles_set_status, object_save

pytestmark = pytest.mark.django_db

DRAFT = {
    "outlet": "Zanzibar Courier Online",
    "url": "https://zanzibar-courier.example/alliance",
    "text": "TOKYO, Jan 7 -- Quentin Marlowbury, a new name, met Antony Blinken on the alliance.",
}


def public_surfaces(client) -> str:
    pages = [
        reverse("archive:person_list"),
        reverse("archive:outlet_list"),
        "/sitemap.xml",
        reverse("archive:person_export", args=["csv"]),
        reverse("archive:outlet_export", args=["json"]),
    ]
    texts = []
    for page in pages:
        response = client.get(page)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        texts.append(body.decode())
    return "\n".join(texts)


def draft_import():
    person = person_from_import(name="Quentin Marlowbury")
    report = articles_import(
        files=[("draft.jsonl", json.dumps(DRAFT).encode())],
        channel="admin",
        status=ArticleStatus.DRAFT,
    )
    article = report.batch.articles.get()
    outlet = article.outlet
    Mention.objects.get_or_create(article=article, person=person)
    return article, person, outlet


def test_names_a_draft_brings_in_stay_off_every_public_surface(client, reference):
    article, person, outlet = draft_import()
    assert not outlet.curated and not person.curated
    surfaces = public_surfaces(client)
    assert "Marlowbury" not in surfaces
    assert outlet.slug not in surfaces and outlet.name not in surfaces
    assert client.get(reverse("archive:person_detail", args=[person.slug])).status_code == 404
    assert client.get(reverse("archive:outlet_detail", args=[outlet.slug])).status_code == 404
    assert client.get(reverse("archive:article_list"), {"person": person.slug}).status_code == 400
    search = client.get(reverse("archive:article_list"), {"q": "Quentin Marlowbury"})
    assert search.context["result"].suggestions == []


def test_publishing_the_report_makes_them_public(client, reference):
    article, person, outlet = draft_import()
    articles_set_status(articles=type(article).objects.filter(pk=article.pk), status="published")
    assert client.get(reverse("archive:person_detail", args=[person.slug])).status_code == 200
    assert client.get(reverse("archive:outlet_detail", args=[outlet.slug])).status_code == 200
    assert "Marlowbury" in client.get(reverse("archive:person_list")).content.decode()


def test_a_curator_confirming_a_person_makes_them_public(client, reference):
    person = person_from_import(name="Quentin Marlowbury")
    assert not Person.objects.public().filter(pk=person.pk).exists()
    object_save(obj=person, changed_fields=["description"])
    assert Person.objects.public().filter(pk=person.pk).exists()
    assert Outlet.objects.public().filter(curated=True).exists()


def test_an_over_long_language_code_does_not_block_the_confirmation(curator_client, reference):
    row = {"text": "TOKYO -- Blinken met Hayashi.", "language": "english-united-kingdom-x"}
    upload = ("batch.jsonl", json.dumps(row).encode())
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = curator_client.post(
        reverse("admin:archive_article_import"),
        {"files": SimpleUploadedFile(*upload), "status": "draft"},
        follow=True,
    )
    assert response.status_code == 200
    form = next(row["form"] for row in response.context["rows"] if row["form"])
    assert len(form.initial["language"]) <= 10

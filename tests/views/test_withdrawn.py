"""Withdrawn, not vanished: a published report leaves with a reason and a tombstone; its
address answers 410 Gone with the citation and the reason; sitemap and feeds drop it."""

import pytest
from django.urls import reverse

from archive.models import Article, ArticleStatus, WithdrawnArticle
from archive.services.curation import CurationError, article_delete, article_withdraw
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_deleting_a_published_report_needs_a_reason(reference):
    article = ArticleFactory()
    with pytest.raises(CurationError):
        article_delete(article=article)
    with pytest.raises(CurationError):
        article_withdraw(article=article, reason="  ")
    assert Article.objects.filter(pk=article.pk).exists()


def test_a_draft_is_deleted_without_a_tombstone(reference):
    draft = ArticleFactory(status=ArticleStatus.DRAFT)
    with pytest.raises(CurationError):
        article_withdraw(article=draft, reason="never public")
    article_delete(article=draft)
    assert not WithdrawnArticle.objects.exists()


def test_a_withdrawn_report_answers_410_with_its_citation_and_reason(client, reference):
    article = ArticleFactory(title="A report later found fabricated")
    url, pk = article.get_absolute_url(), article.pk
    assert client.get(url).status_code == 200
    article_withdraw(article=article, reason="The outlet retracted it on 3 March.")
    response = client.get(url)
    assert response.status_code == 410
    content = response.content.decode()
    assert "A report later found fabricated" in content
    assert "The outlet retracted it on 3 March." in content
    assert article.outlet.name in content
    assert article.raw_sha256 in content
    assert client.get(reverse("archive:article_raw", args=[pk])).status_code == 410
    assert client.get(reverse("archive:article_bibtex", args=[pk])).status_code == 410


def test_a_withdrawn_report_leaves_the_sitemap_and_feeds(client, reference):
    article = ArticleFactory(title="Soon withdrawn")
    path = article.get_absolute_url()
    assert path in client.get("/sitemap.xml").content.decode()
    assert "Soon withdrawn" in client.get(reverse("archive:article_feed")).content.decode()
    article_withdraw(article=article, reason="Duplicate of another report.")
    assert path not in client.get("/sitemap.xml").content.decode()
    assert "Soon withdrawn" not in client.get(reverse("archive:article_feed")).content.decode()


def test_the_admin_withdraws_with_a_reason_and_refuses_without(curator_client, reference):
    article = ArticleFactory()
    delete_url = reverse("admin:archive_article_delete", args=[article.pk])
    withdraw_url = reverse("admin:archive_article_withdraw", args=[article.pk])
    assert curator_client.get(delete_url)["Location"] == withdraw_url
    response = curator_client.post(withdraw_url, {"reason": ""})
    assert response.status_code == 200
    assert Article.objects.filter(pk=article.pk).exists()
    response = curator_client.post(withdraw_url, {"reason": "Wrong meeting; a copy."})
    assert response.status_code == 302
    tombstone = WithdrawnArticle.objects.get(article_id=article.pk)
    assert tombstone.reason == "Wrong meeting; a copy."
    assert not Article.objects.filter(pk=article.pk).exists()


def test_bulk_withdraw_asks_for_a_reason_then_withdraws_or_deletes(curator_client, reference):
    published = ArticleFactory()
    draft = ArticleFactory(status=ArticleStatus.DRAFT)
    changelist = reverse("admin:archive_article_changelist")
    selection = {"action": "withdraw_or_delete", "_selected_action": [published.pk, draft.pk]}
    asked = curator_client.post(changelist, selection)
    assert asked.status_code == 200 and "Reason" in asked.content.decode()
    done = curator_client.post(changelist, {**selection, "reason": "Out of scope."})
    assert done.status_code == 302
    assert not Article.objects.filter(pk__in=[published.pk, draft.pk]).exists()
    assert list(WithdrawnArticle.objects.values_list("article_id", flat=True)) == [published.pk]


def test_the_article_page_says_when_it_was_last_corrected(client, reference):
    from archive.services.curation import article_save

    article = ArticleFactory()
    assert (
        "Not corrected since it was read" in client.get(article.get_absolute_url()).content.decode()
    )
    article.title = "Corrected title"
    article_save(article=article, changed_fields=["title"])
    content = client.get(article.get_absolute_url()).content.decode()
    assert "Last corrected" in content and "by the archive's curators" in content

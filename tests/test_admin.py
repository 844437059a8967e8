"""Every changelist and add page renders for a logged-in curator."""

import pytest
from django.contrib import admin
from django.urls import reverse

from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

MODELS = [model for model in admin.site._registry if model._meta.app_label == "archive"]


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_changelist_renders(curator_client, reference, model):
    ArticleFactory()
    opts = model._meta
    response = curator_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
    assert response.status_code == 200


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_add_page_renders(curator_client, model):
    opts = model._meta
    response = curator_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_add"))
    # Import batches are written by imports only, tombstones by withdrawals only.
    read_only_logs = ("ImportBatch", "WithdrawnArticle")
    assert response.status_code == (403 if model.__name__ in read_only_logs else 200)


def test_article_change_page_shows_raw_text_and_inlines(curator_client, reference):
    article = ArticleFactory(body="Blinken said so.", raw=b"Blinken said so.")
    response = curator_client.get(reverse("admin:archive_article_change", args=[article.pk]))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Raw text as received" in content
    assert "Quotes" in content and "Mentions" in content


def test_anonymous_visitors_are_sent_to_login(client):
    response = client.get(reverse("admin:archive_article_changelist"))
    assert response.status_code == 302


def changelist_queries(client, model) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    opts = model._meta
    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
    assert response.status_code == 200
    return len(captured)


def grow_curation_data(count: int):
    from archive.models import (
        ArticleMeeting,
        Credit,
        ImportBatch,
        Meeting,
        Mention,
        Person,
        Quote,
    )
    from tests.factories import UserFactory

    meeting = Meeting.objects.get(slug="scc-2022-01-07")
    blinken = Person.objects.get(slug="antony-blinken")
    user = UserFactory()
    for _ in range(count):
        article = ArticleFactory(batch=ImportBatch.objects.create(channel="admin", user=user))
        ArticleMeeting.objects.create(article=article, meeting=meeting)
        Mention.objects.create(article=article, person=blinken)
        Quote.objects.create(article=article, speaker=blinken, text="words", start=0, end=5)
        Credit.objects.create(article=article, name="A Reporter", role="reporter")


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_changelist_queries_do_not_grow_with_rows(curator_client, reference, model):
    """A curator's list of 30 rows must cost what a list of 3 costs: a column that reads a
    relation without list_select_related is one query per row."""
    grow_curation_data(3)
    small = changelist_queries(curator_client, model)
    grow_curation_data(27)
    assert changelist_queries(curator_client, model) == small

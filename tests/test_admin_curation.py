"""Curation in the admin: corrections stick, permissions hold, search follows edits."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from archive.models import Article, Person, PersonAlias, Topic
from archive.services import article_reextract
from tests.factories import ArticleFactory, UserFactory

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:archive_article_changelist"


def test_a_viewer_cannot_publish(client, reference):
    viewer = UserFactory(is_superuser=False, is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_article"))
    client.force_login(viewer)
    article = ArticleFactory(status="draft")
    response = client.post(
        reverse(CHANGELIST), {"action": "publish", "_selected_action": [article.pk]}
    )
    assert response.status_code in (200, 302, 403)
    article.refresh_from_db()
    assert article.status == "draft"


def test_a_curator_publishes_a_selection(curator_client, reference):
    article = ArticleFactory(status="draft")
    curator_client.post(
        reverse(CHANGELIST), {"action": "publish", "_selected_action": [article.pk]}
    )
    article.refresh_from_db()
    assert article.status == "published"


def test_reextracting_an_article_without_raw_text_reports_it(curator_client, reference):
    article = ArticleFactory(raw=b"")
    response = curator_client.post(
        reverse(CHANGELIST),
        {"action": "reextract", "_selected_action": [article.pk]},
        follow=True,
    )
    assert response.status_code == 200
    assert "not re-extracted" in response.content.decode()


def test_curated_topics_and_quotes_survive_reextraction(seed_corpus):
    article = Article.objects.get(source_name__startswith="002")
    okinawa = Topic.objects.get(slug="okinawa")
    article.topics.set([okinawa])
    article.quotes.all().delete()
    article.curated_fields = ["topics", "quotes"]
    article.save()
    article_reextract(article=article)
    assert list(article.topics.all()) == [okinawa]
    assert not article.quotes.exists()
    assert article.mentions.exists()  # not curated: rebuilt by the pipeline


def test_editing_a_quote_inline_marks_quotes_curated(curator_client, seed_corpus):
    article = Article.objects.get(source_name__startswith="003")
    url = reverse("admin:archive_article_change", args=[article.pk])
    form = curator_client.get(url).context["adminform"].form
    data = {name: form.initial.get(name) or "" for name in form.fields}
    data.update(
        {
            "outlet": article.outlet_id,
            "original_wire": "",
            "topics": [t.pk for t in article.topics.all()],
            "published_on": article.published_on.isoformat(),
            "status": article.status,
            "curated_fields": "",
        }
    )
    for prefix, related in (
        ("meeting_links", article.meeting_links),
        ("mentions", article.mentions),
        ("quotes", article.quotes),
        ("credits", article.credits),
    ):
        rows = list(related.all())
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": len(rows),
                f"{prefix}-INITIAL_FORMS": len(rows),
                f"{prefix}-MIN_NUM_FORMS": 0,
                f"{prefix}-MAX_NUM_FORMS": 1000,
            }
        )
        for index, row in enumerate(rows):
            data[f"{prefix}-{index}-id"] = row.pk
            data[f"{prefix}-{index}-article"] = article.pk
            for field in row._meta.concrete_fields:
                if field.name not in ("id", "article"):
                    value = getattr(row, field.attname)
                    data[f"{prefix}-{index}-{field.name}"] = "" if value is None else value
    data["quotes-0-text"] = "Corrected words of the quote"
    response = curator_client.post(url, data)
    assert response.status_code == 302, response.context["errors"] if response.context else ""
    article.refresh_from_db()
    assert "quotes" in article.curated_fields
    assert article.quotes.filter(text="Corrected words of the quote").exists()


def test_a_new_alias_added_in_the_admin_finds_the_articles(curator_client, seed_corpus):
    assert not Article.objects.search("Tonyblink").exists()
    person = Person.objects.get(slug="antony-blinken")
    url = reverse("admin:archive_person_change", args=[person.pk])
    aliases = list(person.aliases.all())
    data = {
        "name": person.name,
        "slug": person.slug,
        "country": person.country,
        "description": person.description,
        "aliases-TOTAL_FORMS": len(aliases) + 1,
        "aliases-INITIAL_FORMS": len(aliases),
        "aliases-MIN_NUM_FORMS": 0,
        "aliases-MAX_NUM_FORMS": 1000,
        "offices-TOTAL_FORMS": 0,
        "offices-INITIAL_FORMS": 0,
        "offices-MIN_NUM_FORMS": 0,
        "offices-MAX_NUM_FORMS": 1000,
    }
    offices = list(person.offices.all())
    data.update({"offices-TOTAL_FORMS": len(offices), "offices-INITIAL_FORMS": len(offices)})
    for index, office in enumerate(offices):
        data.update(
            {
                f"offices-{index}-id": office.pk,
                f"offices-{index}-person": person.pk,
                f"offices-{index}-title": office.title,
                f"offices-{index}-post": office.post,
                f"offices-{index}-country": office.country,
                f"offices-{index}-start": office.start or "",
                f"offices-{index}-end": office.end or "",
                f"offices-{index}-source_url": office.source_url,
            }
        )
    for index, alias in enumerate(aliases):
        data.update(
            {
                f"aliases-{index}-id": alias.pk,
                f"aliases-{index}-person": person.pk,
                f"aliases-{index}-alias": alias.alias,
                f"aliases-{index}-kind": alias.kind,
            }
        )
    new = len(aliases)
    data.update(
        {
            f"aliases-{new}-person": person.pk,
            f"aliases-{new}-alias": "Tonyblink",
            f"aliases-{new}-kind": "spelling",
        }
    )
    response = curator_client.post(url, data)
    assert response.status_code == 302, response.context["errors"] if response.context else ""
    assert PersonAlias.objects.filter(alias="Tonyblink").exists()
    assert Article.objects.search("Tonyblink").count() == 5


def test_reloading_reference_data_keeps_curators_corrections(reference):
    from archive.models import Meeting, Outlet
    from archive.services import reference_load

    reuters = Outlet.objects.get(slug="reuters")
    reuters.aliases = [*reuters.aliases, "Reuters News"]
    reuters.save()
    meeting = Meeting.objects.get(slug="scc-2022-01-07")
    meeting.title = "Virtual 2+2 of January 2022"
    meeting.save()
    topic = Topic.objects.get(slug="okinawa")
    topic.keywords = ["Okinawa", "Futenma"]
    topic.save()
    reference_load()
    assert "Reuters News" in Outlet.objects.get(slug="reuters").aliases
    assert Meeting.objects.get(slug="scc-2022-01-07").title == "Virtual 2+2 of January 2022"
    assert Topic.objects.get(slug="okinawa").keywords == ["Okinawa", "Futenma"]

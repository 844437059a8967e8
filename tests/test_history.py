"""History: every change is recorded by the database (who, when, before and after), from
a single admin edit, a bulk action or an import; the admin shows it and restores a version."""

import pytest
from django.urls import reverse

from archive.models import Article, ArticleStatus, Person, PersonAlias
from archive.selectors import event_model_of, object_history
from archive.services import articles_import
from tests.admin_forms import change_page_data
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def article_events(article):
    return event_model_of(Article).objects.filter(pgh_obj_id=article.pk).order_by("pgh_id")


def test_a_single_admin_edit_is_recorded_with_who_and_before_after(
    curator_client, curator, reference
):
    article = ArticleFactory(title="Before the correction")
    data = change_page_data(article, curator)
    data["title"] = "After the correction"
    assert (
        curator_client.post(
            reverse("admin:archive_article_change", args=[article.pk]), data
        ).status_code
        == 302
    )
    event = article_events(article).last()
    assert event.pgh_label == "update"
    assert event.title == "After the correction"
    assert event.pgh_context.metadata["user"] == curator.pk
    row = next(row for row in object_history(article) if row.label == "update")
    assert row.who == curator.get_username()
    title_change = next(change for change in row.changes if change.field == "title")
    assert (title_change.before, title_change.after) == (
        "Before the correction",
        "After the correction",
    )


def test_a_bulk_action_is_recorded_for_every_article(curator_client, curator, reference):
    articles = ArticleFactory.create_batch(3, status=ArticleStatus.DRAFT)
    curator_client.post(
        reverse("admin:archive_article_changelist"),
        {"action": "publish", "_selected_action": [a.pk for a in articles]},
    )
    for article in articles:
        event = article_events(article).last()
        assert event.status == ArticleStatus.PUBLISHED
        assert event.pgh_context.metadata["user"] == curator.pk


def test_an_import_is_recorded_with_its_batch(reference):
    text = b"TOKYO, Jan 7 -- Antony Blinken met Yoshimasa Hayashi for the 2+2 talks.\n"
    report = articles_import(files=[("report.txt", text)], channel="command")
    article = Article.objects.get(pk=report.outcomes[0].article_id)
    insert = article_events(article).first()
    assert insert.pgh_label == "insert"
    assert insert.pgh_context.metadata["import_batch"] == report.batch.pk
    mention_events = event_model_of(article.mentions.model).objects.filter(article_id=article.pk)
    assert mention_events.exists()
    rows = object_history(article)
    assert any(f"import batch #{report.batch.pk}" in row.via for row in rows)


def test_restoring_a_version_puts_back_the_previous_values(curator_client, curator, reference):
    article = ArticleFactory(title="The pipeline's title")
    data = change_page_data(article, curator)
    data["title"] = "A wrong correction"
    curator_client.post(reverse("admin:archive_article_change", args=[article.pk]), data)
    original = article_events(article).first()
    response = curator_client.post(
        reverse("admin:archive_article_history_revert", args=[article.pk]),
        {"event": f"{original._meta.label}:{original.pgh_id}"},
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "The pipeline's title"
    assert "title" in article.curated_fields
    # The restore is itself a recorded change.
    assert article_events(article).last().title == "The pipeline's title"


def test_a_deleted_alias_is_restored_and_search_follows(curator_client, seed_corpus):
    from archive.services.curation import object_save

    blinken = Person.objects.get(slug="antony-blinken")
    alias = object_save(obj=PersonAlias(person=blinken, alias="Blinkenovich"))
    curator_client.post(
        reverse("admin:archive_personalias_delete", args=[alias.pk]), {"post": "yes"}
    )
    assert not Article.objects.search("Blinkenovich").exists()
    deleted = event_model_of(PersonAlias).objects.get(pgh_obj_id=alias.pk, pgh_label="delete")
    response = curator_client.post(
        reverse("admin:archive_person_history_revert", args=[blinken.pk]),
        {"event": f"{deleted._meta.label}:{deleted.pgh_id}"},
    )
    # An alias's event is not in its person's history: refused, nothing changes.
    assert response.status_code == 302
    assert not PersonAlias.objects.filter(alias="Blinkenovich").exists()
    curator_client.post(
        reverse("admin:archive_personalias_history_revert", args=[alias.pk]),
        {"event": f"{deleted._meta.label}:{deleted.pgh_id}"},
    )
    # The alias is gone, so its own admin page is gone too: restore through the service.
    from archive.services.history import history_revert

    history_revert(event=deleted)
    assert PersonAlias.objects.filter(alias="Blinkenovich").exists()
    assert Article.objects.search("Blinkenovich").exists()


def test_the_history_page_lists_changes_of_the_article_and_its_parts(
    curator_client, curator, seed_corpus
):
    article = Article.objects.get(source_name__startswith="002")
    data = change_page_data(article, curator)
    data["quotes-0-text"] = "Curated quote words."
    curator_client.post(reverse("admin:archive_article_change", args=[article.pk]), data)
    response = curator_client.get(reverse("admin:archive_article_history", args=[article.pk]))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Curated quote words." in content
    assert "quote #" in content
    assert curator.get_username() in content
    assert "Restore this version" in content


def test_a_viewer_cannot_restore(client, reference):
    from django.contrib.auth.models import Permission

    from tests.factories import UserFactory

    viewer = UserFactory(is_superuser=False, is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_article"))
    client.force_login(viewer)
    article = ArticleFactory(title="Kept")
    Article.objects.filter(pk=article.pk).update(title="Changed")
    first = article_events(article).first()
    response = client.post(
        reverse("admin:archive_article_history_revert", args=[article.pk]),
        {"event": f"{first._meta.label}:{first.pgh_id}"},
    )
    assert response.status_code == 403
    assert Article.objects.get(pk=article.pk).title == "Changed"
    assert (
        client.get(reverse("admin:archive_article_history", args=[article.pk])).status_code == 200
    )


@pytest.mark.django_db
def test_a_topic_added_to_or_taken_from_a_report_is_recorded():
    """The topic links are a plain many-to-many table: its history triggers come from
    migration 0020, not from pgtrigger's model migrations."""
    from archive.models import ArticleTopicEvent
    from tests.factories import TopicFactory

    article, topic = ArticleFactory(), TopicFactory()
    article.topics.add(topic)
    article.topics.remove(topic)
    events = ArticleTopicEvent.objects.filter(article_id=article.pk, topic_id=topic.pk)
    assert list(events.order_by("pgh_id").values_list("pgh_label", flat=True)) == [
        "topic.add",
        "topic.remove",
    ]

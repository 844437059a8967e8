"""Curation you can trust: whichever admin page a curator uses, a correction stays
corrected (re-extraction keeps it), search follows it, and it is recorded and reversible."""

import pytest
from django.urls import reverse

from archive.models import (
    Article,
    ArticleMeeting,
    ArticleStatus,
    Credit,
    LinkSource,
    Meeting,
    Mention,
    Person,
    PersonAlias,
    Quote,
    Topic,
)
from archive.services import article_reextract
from tests.admin_forms import change_page_data

pytestmark = pytest.mark.django_db


def seed(prefix: str) -> Article:
    return Article.objects.get(source_name__startswith=prefix)


def admin_url(obj, view="change"):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=[obj.pk])


def post_change(client, curator, obj, **changes):
    data = change_page_data(obj, curator)
    data.update(changes)
    response = client.post(admin_url(obj), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return response


# --- The four journeys of the issue --------------------------------------------------


def test_an_alias_added_on_the_aliases_page_finds_the_reports(curator_client, seed_corpus):
    blinken = Person.objects.get(slug="antony-blinken")
    mentioning = set(Article.objects.mentioning([blinken]).values_list("pk", flat=True))
    assert mentioning
    assert not Article.objects.search("Blinkenovich").exists()
    response = curator_client.post(
        reverse("admin:archive_personalias_add"),
        {"person": blinken.pk, "alias": "Blinkenovich", "kind": "misspelling"},
    )
    assert response.status_code == 302
    found = set(Article.objects.search("Blinkenovich").values_list("pk", flat=True))
    assert found == mentioning
    page = curator_client.get(reverse("archive:article_list"), {"q": "Blinkenovich"})
    assert page.context["result"].page.paginator.count == len(mentioning)


def test_an_alias_removed_on_its_page_no_longer_finds_the_reports(curator_client, seed_corpus):
    from archive.services.curation import object_save

    alias = object_save(
        obj=PersonAlias(person=Person.objects.get(slug="antony-blinken"), alias="Blinkenovich")
    )
    assert Article.objects.search("Blinkenovich").exists()
    response = curator_client.post(admin_url(alias, "delete"), {"post": "yes"})
    assert response.status_code == 302
    assert not Article.objects.search("Blinkenovich").exists()


@pytest.mark.parametrize(
    "model, change",
    [
        (Quote, {"text": "A curator's reading of the quote."}),
        (Credit, {"name": "A. Curator"}),
        (ArticleMeeting, {"score": "0.5"}),
        (Mention, {"count": "9"}),
    ],
    ids=lambda value: getattr(value, "__name__", ""),
)
def test_a_part_edited_on_its_own_page_survives_reextraction(
    curator_client, curator, seed_corpus, model, change
):
    part = model.objects.filter(article__status=ArticleStatus.PUBLISHED).first()
    assert part is not None, f"the seeds have no {model.__name__}"
    post_change(curator_client, curator, part, **change)
    article = Article.objects.get(pk=part.article_id)
    article_reextract(article=article)
    part = model.objects.get(pk=part.pk)
    for name, value in change.items():
        assert str(getattr(part, name)) == value
    if model is ArticleMeeting:
        assert part.linked_by == LinkSource.CURATOR


def test_publish_action_uses_the_status_choices_and_touches_updated_at(curator_client, reference):
    from tests.factories import ArticleFactory

    article = ArticleFactory(status=ArticleStatus.DRAFT)
    before = article.updated_at
    curator_client.post(
        reverse("admin:archive_article_changelist"),
        {"action": "publish", "_selected_action": [article.pk]},
    )
    article.refresh_from_db()
    assert article.status == ArticleStatus.PUBLISHED
    assert article.updated_at > before


# --- Every page that edits an article's parts --------------------------------------------


def article_with_every_part() -> Article:
    article = seed("002")
    assert article.quotes.exists() and article.mentions.exists() and article.credits.exists()
    assert article.meeting_links.exists()
    return article


def test_every_part_edited_inline_survives_reextraction(curator_client, curator, seed_corpus):
    article = article_with_every_part()
    okinawa = Topic.objects.get(slug="okinawa")
    other_meeting = Meeting.objects.exclude(articles=article).first()
    data = change_page_data(article, curator)
    data["title"] = "A curator's title"
    data["published_on"] = "2022-01-09"
    data["date_precision"] = "day"
    data["language"] = "fr"
    data["byline"] = "By A. Curator"
    data["section"] = "Curated section"
    data["topics"] = [str(okinawa.pk)]
    data["quotes-0-text"] = "Curated quote words."
    data["credits-0-name"] = "Curated Byline"
    data["mentions-0-count"] = "7"
    data["meeting_links-0-meeting"] = str(other_meeting.pk)
    response = curator_client.post(admin_url(article), data)
    assert response.status_code == 302, response.content.decode()[:3000]

    article_reextract(article=Article.objects.get(pk=article.pk))
    article = Article.objects.get(pk=article.pk)
    assert article.title == "A curator's title"
    assert str(article.published_on) == "2022-01-09" and article.language == "fr"
    assert (article.byline, article.section) == ("By A. Curator", "Curated section")
    assert list(article.topics.all()) == [okinawa]
    assert article.quotes.filter(text="Curated quote words.").exists()
    assert article.credits.filter(name="Curated Byline").exists()
    assert article.mentions.filter(count=7).exists()
    assert article.meetings.filter(pk=other_meeting.pk).exists()
    assert {"title", "published_on", "topics", "quotes", "credits", "mentions", "meetings"} <= set(
        article.curated_fields
    )
    assert article.corrected_at is not None


def test_deleting_a_part_inline_or_in_bulk_is_a_curated_change(
    curator_client, curator, seed_corpus
):
    article = article_with_every_part()
    data = change_page_data(article, curator)
    data["quotes-0-DELETE"] = "on"
    quote_count = article.quotes.count()
    assert curator_client.post(admin_url(article), data).status_code == 302
    credit_ids = list(article.credits.values_list("pk", flat=True))
    response = curator_client.post(
        reverse("admin:archive_credit_changelist"),
        {"action": "delete_selected", "_selected_action": credit_ids, "post": "yes"},
    )
    assert response.status_code == 302
    article_reextract(article=Article.objects.get(pk=article.pk))
    assert article.quotes.count() == quote_count - 1
    assert not article.credits.exists()


def test_a_mention_edited_on_its_own_page_changes_what_finds_the_report(
    curator_client, curator, seed_corpus
):
    article = seed("002")
    mention = article.mentions.first()
    stranger = Person.objects.create(name="Zebediah Quartermaine", slug="zebediah-quartermaine")
    post_change(curator_client, curator, mention, person=str(stranger.pk))
    assert Article.objects.search("Quartermaine").filter(pk=article.pk).exists()


def test_renaming_an_outlet_refreshes_its_reports_search(curator_client, curator, seed_corpus):
    article = seed("002")
    outlet = article.outlet
    post_change(curator_client, curator, outlet, name="Xylophonic Herald")
    assert Article.objects.search("Xylophonic").filter(pk=article.pk).exists()

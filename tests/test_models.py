"""The database refuses what must never happen, whatever code path tries it."""

import pytest
from django.db import IntegrityError, InternalError, transaction
from django.db.models import ProtectedError

from archive.models import Article, Mention, Office, Person
from tests.factories import ArticleFactory, MeetingFactory, OutletFactory, PersonFactory

pytestmark = pytest.mark.django_db


def test_duplicate_url_is_refused():
    ArticleFactory(url="https://example.com/same")
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleFactory(url="https://example.com/same")


def test_articles_without_url_do_not_collide():
    ArticleFactory(url="")
    ArticleFactory(url="")
    assert Article.objects.filter(url__isnull=True).count() == 2


def test_raw_text_edit_is_refused_even_with_a_matching_hash():
    article = ArticleFactory()
    with pytest.raises((IntegrityError, InternalError)) as error, transaction.atomic():
        Article.objects.filter(pk=article.pk).update(raw=b"tampered")
    assert "cannot be changed" in str(error.value) or "article_raw_sha256_matches" in str(
        error.value
    )
    import hashlib

    with pytest.raises((IntegrityError, InternalError)), transaction.atomic():
        Article.objects.filter(pk=article.pk).update(
            raw=b"tampered", raw_sha256=hashlib.sha256(b"tampered").hexdigest()
        )
    article.refresh_from_db()
    assert bytes(article.raw) == article.body.encode()


def test_saving_other_fields_keeps_the_raw_text():
    article = ArticleFactory()
    article.title = "Corrected title"
    article.save()
    article.refresh_from_db()
    assert article.title == "Corrected title"


def test_stored_hash_must_match_the_raw_bytes():
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleFactory(raw_sha256="0" * 64)


def test_deleting_an_outlet_with_articles_is_refused():
    outlet = OutletFactory()
    ArticleFactory(outlet=outlet)
    with pytest.raises(ProtectedError):
        outlet.delete()


def test_deleting_a_wire_that_articles_credit_is_refused():
    wire = OutletFactory()
    ArticleFactory(original_wire=wire)
    with pytest.raises(ProtectedError):
        wire.delete()


def test_deleting_a_person_mentioned_in_articles_is_refused():
    person = PersonFactory()
    Mention.objects.create(article=ArticleFactory(), person=person, count=2)
    with pytest.raises(ProtectedError):
        person.delete()
    assert Person.objects.filter(pk=person.pk).exists()


def test_deleting_an_article_removes_its_mentions_not_the_person():
    person = PersonFactory()
    article = ArticleFactory()
    Mention.objects.create(article=article, person=person)
    article.delete()
    assert Person.objects.filter(pk=person.pk).exists()
    assert not Mention.objects.exists()


def test_office_cannot_end_before_it_starts():
    from datetime import date

    with pytest.raises(IntegrityError), transaction.atomic():
        Office.objects.create(
            person=PersonFactory(),
            title="Minister",
            country="Japan",
            start=date(2022, 1, 1),
            end=date(2021, 1, 1),
        )


def test_meeting_cannot_end_before_it_starts():
    from datetime import date

    with pytest.raises(IntegrityError), transaction.atomic():
        MeetingFactory(start_date=date(2022, 1, 7), end_date=date(2022, 1, 6))


def test_mention_count_must_be_positive():
    with pytest.raises(IntegrityError), transaction.atomic():
        Mention.objects.create(article=ArticleFactory(), person=PersonFactory(), count=0)

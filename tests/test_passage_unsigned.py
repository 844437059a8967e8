"""The set of reports without passage key rows (`PassageUnsigned`, migration 0021): kept by
triggers through every write, always what the whole-archive anti-join it replaces would
find, and asked by an import with one probe that does not read the articles."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.ingest import minhash
from archive.models import Article, Outlet, PassageSignature, PassageUnsigned, sha256_hex
from archive.services import passage_signatures as backfill
from archive.services.shared_passages import passage_signature_save, unsigned_exist
from tests.factories import ArticleFactory

BODY = (
    "The foreign ministers of Japan and the United States met in Tokyo on Friday and agreed "
    "to deepen cooperation on maritime security.\n\n"
    "Officials said a joint statement would follow within days."
)


def the_set() -> set:
    return set(PassageUnsigned.objects.values_list("article_id", flat=True))


def by_anti_join() -> set:
    """What the backfill's anti-join over the whole archive finds."""
    sql = backfill.UNSIGNED_REFRESH_SQL.split("SELECT", 1)[1]
    with connection.cursor() as cursor:
        cursor.execute("SELECT" + sql, [minhash.SCHEME])
        return {row[0] for row in cursor.fetchall()}


@pytest.mark.django_db
def test_the_set_follows_articles_and_signatures_through_every_write(reference):
    outlet = Outlet.objects.get(slug="reuters")
    first, second = (ArticleFactory(outlet=outlet, body=f"{BODY} {n}") for n in (1, 2))
    assert the_set() == by_anti_join() == {first.pk, second.pk}
    assert unsigned_exist()

    passage_signature_save(article=first)  # the current scheme: signed
    assert the_set() == by_anti_join() == {second.pk}
    passage_signature_save(article=first)  # written again (an UPDATE): still signed
    assert the_set() == by_anti_join() == {second.pk}

    PassageSignature.objects.filter(article=first).update(scheme=minhash.SCHEME + 1)
    assert the_set() == by_anti_join() == {first.pk, second.pk}  # another scheme's keys
    PassageSignature.objects.filter(article=first).update(scheme=minhash.SCHEME)
    assert the_set() == by_anti_join() == {second.pk}

    PassageSignature.objects.filter(article=first).delete()
    assert the_set() == by_anti_join() == {first.pk, second.pk}
    passage_signature_save(article=first)
    passage_signature_save(article=second)
    assert the_set() == by_anti_join() == set()
    assert not unsigned_exist()

    second.delete()  # its signature goes first (cascade), then the article: not left behind
    third = ArticleFactory(outlet=outlet, body=f"{BODY} 3")
    assert the_set() == by_anti_join() == {third.pk}


@pytest.mark.django_db
def test_many_articles_in_one_statement_join_the_set_together(reference):
    outlet = Outlet.objects.get(slug="efe")
    built = [ArticleFactory.build(outlet=outlet, body=f"{BODY} {n}") for n in range(5)]
    for article in built:
        article.raw_sha256 = sha256_hex(article.raw)
    created = Article.objects.bulk_create(built)
    assert the_set() == by_anti_join() == {article.pk for article in created}


@pytest.mark.django_db
def test_asking_whether_any_remain_reads_the_set_alone(reference):
    ArticleFactory(outlet=Outlet.objects.get(slug="reuters"), body=BODY)
    with CaptureQueriesContext(connection) as queries:
        assert unsigned_exist()
    assert len(queries) == 1
    assert "archive_passageunsigned" in queries[0]["sql"]
    assert "archive_article" not in queries[0]["sql"].replace("archive_passageunsigned", "")


@pytest.mark.django_db
def test_the_stop_keys_count_counts_the_set_again_for_rows_written_with_triggers_off(reference):
    """A bulk load with the triggers off (the synthetic corpus's COPY) escapes the set: the
    count at the end of a load or backfill finds such reports from the archive."""
    outlet = Outlet.objects.get(slug="reuters")
    signed, unsigned = (ArticleFactory(outlet=outlet, body=f"{BODY} {n}") for n in (1, 2))
    passage_signature_save(article=signed)
    PassageUnsigned.objects.all().delete()  # as a load with the triggers off leaves it
    assert not unsigned_exist()
    backfill.passage_stop_keys_count()
    assert the_set() == by_anti_join() == {unsigned.pk}
    assert backfill.passages_unsigned_refresh() == 1

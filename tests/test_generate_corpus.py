"""The synthetic corpus (archive/corpus): deterministic for a seed, every row within the
database's constraints, the search vector filled, the secondary indexes rebuilt."""

import random

import pytest
from django.core.management import call_command
from django.db import connection

from archive.corpus import corpus_generate
from archive.corpus.vocabulary import RARE_RANK, Vocabulary
from archive.models import (
    Article,
    ArticleMeeting,
    Meeting,
    MeetingKind,
    Mention,
    PublishedCount,
    Quote,
    SharedPassage,
)
from archive.services.counts import counts_rebuild

REPORTS = 300


def test_vocabulary_is_the_same_for_a_seed_and_zipf_ordered():
    first, again, other = Vocabulary(5), Vocabulary(5), Vocabulary(6)
    assert first.words == again.words
    assert first.words != other.words
    assert len(set(first.words)) == len(first.words)
    draws = first.draw(random.Random(1), 50_000)
    common = draws.count("the")
    assert common > draws.count("alliance") > draws.count(first.rare_word)
    assert first.rank_of(first.rare_word) == RARE_RANK


def snapshot():
    """Counts of every corpus table and the first rows of the main ones."""
    counts = {
        model.__name__: model.objects.count()
        for model in (Article, ArticleMeeting, Mention, Quote, SharedPassage, Meeting)
    }
    first_articles = list(
        Article.objects.order_by("pk").values_list(
            "title", "url", "published_on", "language", "raw_sha256", "status",
            "outlet__slug", "original_wire__slug",
        )[:5]
    )  # fmt: skip
    first_mentions = list(
        Mention.objects.order_by("article__url", "person__slug").values_list(
            "article__url", "person__slug", "count"
        )[:10]
    )
    first_pairs = list(
        SharedPassage.objects.order_by("first__url", "second__url").values_list(
            "first__url", "second__url", "score"
        )[:5]
    )
    return counts, first_articles, first_mentions, first_pairs


@pytest.mark.django_db(transaction=True)
def test_the_corpus_is_the_same_twice_for_a_seed_and_within_the_constraints():
    first = corpus_generate(reports=REPORTS, seed=3, database=None, workers=1)
    assert not first.reused
    before = snapshot()
    check_rows()

    call_command("flush", interactive=False, verbosity=0)
    corpus_generate(reports=REPORTS, seed=3, database=None, workers=1)
    assert snapshot() == before
    assert before[0]["Article"] == REPORTS


def check_rows():
    articles = list(Article.objects.order_by("pk"))
    assert len(articles) == REPORTS
    for article in articles:
        assert bytes(article.raw) == article.body.encode("utf-8")
    with connection.cursor() as cursor:
        # The CHECK constraints held during COPY; ask the database again all the same.
        cursor.execute(
            "SELECT count(*) FROM archive_article WHERE raw_sha256 <> encode(sha256(raw), 'hex') "
            "OR search_vector IS NULL"
        )
        assert cursor.fetchone()[0] == 0
        cursor.execute(
            "SELECT count(*) FROM archive_quote q JOIN archive_article a ON a.id = q.article_id "
            'WHERE substr(a.body, q.start + 1, q."end" - q.start) <> q.text'
        )
        assert cursor.fetchone()[0] == 0
        cursor.execute(
            "SELECT count(*) FROM archive_sharedpassage s "
            "JOIN archive_article a ON a.id = s.first_id "
            "JOIN archive_article b ON b.id = s.second_id, jsonb_array_elements(s.passages) p "
            "WHERE s.first_id >= s.second_id OR s.score <= 0 OR s.score > 1 "
            "OR substr(a.body, (p->>'a_start')::int + 1, (p->>'a_end')::int - "
            "(p->>'a_start')::int) <> p->>'a_text' "
            "OR substr(b.body, (p->>'b_start')::int + 1, (p->>'b_end')::int - "
            "(p->>'b_start')::int) <> p->>'b_text'"
        )
        assert cursor.fetchone()[0] == 0
        # The score: the share of the shorter report the pair shares.
        cursor.execute(
            "SELECT count(*) FROM archive_sharedpassage s "
            "JOIN archive_article a ON a.id = s.first_id "
            "JOIN archive_article b ON b.id = s.second_id "
            "WHERE s.score <> round(LEAST(1.0, ((s.passages -> 0 ->> 'a_end')::int - "
            "(s.passages -> 0 ->> 'a_start')::int)::numeric / "
            "GREATEST(1, LEAST(length(a.body), length(b.body)))), 3)"
        )
        assert cursor.fetchone()[0] == 0
        cursor.execute("SELECT to_regclass('corpus_body_length')")
        assert cursor.fetchone()[0] is None  # the scratch table is gone
        cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'archive_article'")
        indexes = {row[0] for row in cursor.fetchall()}
    assert {"article_search_gin", "article_status_date"} <= indexes
    assert SharedPassage.objects.exists()
    assert Quote.objects.exists()
    kinds = set(Meeting.objects.values_list("kind", flat=True))
    assert kinds == {kind for kind, _ in MeetingKind.choices}
    # The search vector is the archive's: words, names and the weighted title all match.
    published = Article.objects.published()
    assert 0 < published.search("alliance").count() < published.count()
    assert published.search("Blinken").exists()
    check_loaded_as_the_services_would()
    # The lists read kept counts: the load fills them as a recount from scratch would.
    kept = dict(PublishedCount.objects.values_list("key", "count"))
    assert kept
    counts_rebuild()
    assert dict(PublishedCount.objects.values_list("key", "count")) == kept


def check_loaded_as_the_services_would():
    """Each loading process wrote its chunks' passage key rows and search vectors with the
    triggers off: the rows are the ones the signatures' triggers write (one per distinct key
    of each report, under the rebuilt primary key) and each vector is the one
    `refresh_search_vector` makes."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM (SELECT key, article_id FROM archive_passagekey "
            "EXCEPT ALL SELECT DISTINCT unnest(keys), article_id FROM archive_passagesignature"
            ") extra"
        )
        assert cursor.fetchone()[0] == 0
        cursor.execute("SELECT count(*) FROM archive_passagekey")
        key_rows = cursor.fetchone()[0]
        cursor.execute("SELECT sum(cardinality(keys)) FROM archive_passagesignature")
        assert key_rows == cursor.fetchone()[0] > 0
        cursor.execute(
            "SELECT 1 FROM pg_constraint WHERE conname = 'archive_passagekey_pkey' "
            "AND contype = 'p'"
        )
        assert cursor.fetchone()
        cursor.execute("SELECT id, search_vector::text FROM archive_article ORDER BY id")
        loaded = cursor.fetchall()
    assert Article.objects.all().refresh_search_vector() == REPORTS
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, search_vector::text FROM archive_article ORDER BY id")
        assert cursor.fetchall() == loaded


@pytest.mark.django_db
def test_the_corpus_never_replaces_the_database_django_runs_on():
    from archive.corpus.load import database_recreate

    with pytest.raises(ValueError, match="refusing to drop"):
        database_recreate(connection.settings_dict["NAME"])
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [connection.settings_dict["NAME"]]
        )
        assert cursor.fetchone() == (1,)

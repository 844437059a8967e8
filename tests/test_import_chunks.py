"""An import chunk's shared passages, story groups and published counts are done for the
whole chunk when it ends: the number of queries does not grow with the number of reports,
and what is stored is what recording the reports one at a time stores."""

import random
import string

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.models import Meeting, Outlet, PassageKey, PassageSignature, SharedPassage
from archive.services.counts import articles_recount, recounts_deferred
from archive.services.shared_passages import (
    PassageChunks,
    passages_record_many,
    shared_passages_record,
)
from archive.services.story_groups import components, meeting_pairs
from tests.test_story_groups import stored
from tests.views.conftest import make_article

pytestmark = pytest.mark.django_db

WIRE = [
    "Officials said the allies would launch a joint study on countering hypersonic weapons "
    "developed by China and North Korea within the coming months.",
    "The foreign and defense ministers of Japan and the United States agreed on Friday to "
    "deepen cooperation on hypersonic missile defense and space security.",
    "The ministers also condemned missile launches near Japanese territorial waters and "
    "pledged to hold another meeting in Tokyo before the end of the year.",
]


def retelling(n: int) -> str:
    """A report that copies the wire's paragraphs after a lead of its own."""
    lead = f"Report number {n} opened with a sentence about scallop harvest {n} in Hokkaido."
    return "\n\n".join([lead, *WIRE])


def unrelated(n: int) -> str:
    """Two sentences of words drawn for `n` alone: they share no passage with anything."""
    rng = random.Random(n)
    words = ["".join(rng.choices(string.ascii_lowercase, k=7)) for _ in range(24)]
    return f"{' '.join(words[:12]).capitalize()}.\n\n{' '.join(words[12:]).capitalize()}."


@pytest.fixture
def setting(reference):
    return Meeting.objects.get(slug="scc-2022-01-07"), Outlet.objects.get(slug="efe")


def new_reports(setting, count: int, *, offset: int = 0) -> list:
    meeting, outlet = setting
    return [
        make_article(
            outlet=outlet,
            meeting=meeting,
            title=f"Report {offset + n}",
            body=retelling(offset + n) if n % 2 == 0 else unrelated(offset + n),
            published_on=meeting.start_date,
        )
        for n in range(count)
    ]


def queries_to_record(articles) -> int:
    with CaptureQueriesContext(connection) as captured:
        passages_record_many(articles)
    return len(captured.captured_queries)


def test_a_chunk_takes_the_same_queries_for_two_reports_as_for_eight(setting):
    """Recording a chunk's shared passages (signatures, the probe, the candidates' dates and
    meetings, their texts, the pairs, the story groups) must not cost a query per report:
    at 300 reports a second, a query per report is the whole budget."""
    passages_record_many(new_reports(setting, 3, offset=100))  # a story already grouped
    few = queries_to_record(new_reports(setting, 2))
    many = queries_to_record(new_reports(setting, 8, offset=2))
    assert few == many
    assert SharedPassage.objects.count() == 21  # 7 retellings: every pair of them
    meeting = setting[0]
    assert stored(meeting) == [g for g in components(meeting_pairs(meeting.pk)) if len(g) > 1]
    assert len(stored(meeting)) == 1 and len(stored(meeting)[0]) == 7


def test_a_recount_of_a_chunk_takes_the_same_queries_for_any_size(setting):
    articles = new_reports(setting, 6)
    counts = []
    for chunk in (articles[:1], articles):
        with CaptureQueriesContext(connection) as captured:
            articles_recount(article_ids=[a.pk for a in chunk])
        counts.append(len(captured.captured_queries))
    assert counts[0] == counts[1]


def test_within_a_chunk_reports_are_noted_then_recorded_together(setting):
    """`shared_passages_record` and `articles_recount` inside a chunk only note their
    reports; leaving the chunk records the pairs among them and with the archive, signs
    them (key rows written by the triggers) and recounts them."""
    (earlier,) = new_reports(setting, 1, offset=100)
    shared_passages_record(article=earlier)
    chunks = PassageChunks()
    with recounts_deferred() as recounted, chunks.deferred() as noted:
        articles = new_reports(setting, 4)
        for article in articles:
            assert shared_passages_record(article=article) == 0
        assert len(noted) == 4 and set(recounted) == {a.pk for a in articles}
        assert not SharedPassage.objects.exists()
    retold = [earlier.pk, articles[0].pk, articles[2].pk]
    assert set(SharedPassage.objects.values_list("first_id", "second_id")) == {
        (a, b) for a in retold for b in retold if a < b
    }
    for article in articles:
        keys = PassageSignature.objects.get(article=article).keys
        held = PassageKey.objects.filter(article_id=article.pk).values_list("key", flat=True)
        assert sorted(held) == keys


def test_a_chunk_left_by_an_error_records_nothing(setting):
    chunks = PassageChunks()
    with pytest.raises(RuntimeError), chunks.deferred():
        for article in new_reports(setting, 2):
            shared_passages_record(article=article)
        raise RuntimeError("the chunk's transaction is rolled back")
    assert not SharedPassage.objects.exists() and not PassageSignature.objects.exists()


def test_key_rows_follow_the_signature_when_it_changes_or_goes(setting):
    (article,) = new_reports(setting, 1)
    passages_record_many([article])
    assert PassageKey.objects.filter(article_id=article.pk).count() == len(
        PassageSignature.objects.get(article=article).keys
    )
    PassageSignature.objects.filter(article=article).update(keys=[1, 2, 3])
    assert sorted(
        PassageKey.objects.filter(article_id=article.pk).values_list("key", flat=True)
    ) == [1, 2, 3]
    article.delete()
    assert not PassageKey.objects.filter(article_id=article.pk).exists()

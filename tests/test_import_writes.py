"""An import's chunk written set-wise (`services/import_writes.py`): its outlets, people,
topics and meetings looked up once, its articles and each kind of part in one INSERT, its
duplicates in the archive in one query per key kind; the rules of the one-by-one path
kept (history with batch and channel, duplicates, a report's failure its own)."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.ingest.sources import read_sources
from archive.models import (
    Article,
    ArticleMeeting,
    ArticleStatus,
    LinkSource,
    Meeting,
    Mention,
    PersonAlias,
    Quote,
)
from archive.selectors import event_model_of, reference_snapshot
from archive.services import Corrections, article_create, articles_import, imports
from archive.services.import_parallel import Parsed
from archive.services.import_writes import url_matches
from archive.services.imports import ImportStatus, SeenInBatch, report_parse
from archive.services.preparsed import preparsed_import

pytestmark = pytest.mark.django_db


def report(n: int) -> str:
    return (
        f"TOKYO, Jan 7 -- Report {n}: Antony Blinken and Yoshimasa Hayashi met for the 2+2 "
        f"talks on North Korea's missile launches. \"We stand together against any threat "
        f'to the region," Blinken said.\n\nItem {n * 7} was the budget for the alliance.'
    )


def rows(numbers) -> bytes:
    lines = [{"url": f"https://example.org/w/{n}", "text": report(n)} for n in numbers]
    return "\n".join(json.dumps(line) for line in lines).encode()


def steps_of(numbers) -> list[Parsed]:
    reference = reference_snapshot()
    return [
        Parsed(item, *report_parse(item=item, reference=reference))
        for item in read_sources("rows.jsonl", rows(numbers))
    ]


def saved(steps) -> list:
    seen = SeenInBatch()

    def save(block):
        return imports.chunk_save(
            block, status=ArticleStatus.PUBLISHED, user=None, batch=None, corrections={}, seen=seen
        )

    return list(imports.saved_in_chunks(steps, save))


def test_a_chunk_is_saved_with_the_same_queries_for_two_reports_as_for_eight(
    reference, monkeypatch
):
    """A chunk's duplicates, articles, parts, search vectors, shared passages, story
    groups and counts take a number of queries that does not grow with the chunk: at
    300 reports a second, a query per report is the whole budget (the one-by-one path
    took 26 a report)."""
    monkeypatch.setattr(imports, "CHUNK_REPORTS", 100)
    monkeypatch.setattr(imports, "CHUNK_SECONDS", 10**6)
    saved(steps_of([100]))  # the outlet the reports fall back to, created once
    counts = []
    for numbers in ([0, 1], range(2, 10)):
        steps = steps_of(numbers)
        with CaptureQueriesContext(connection) as captured:
            outcomes = saved(steps)
        assert [o.status for o in outcomes] == [ImportStatus.CREATED] * len(steps)
        counts.append(len(captured.captured_queries))
    assert counts[0] == counts[1]
    for article in Article.objects.exclude(url="https://example.org/w/100"):
        assert article.mentions.count() == 2 and article.quotes.count() == 1
        assert article.meeting_links.exists() and article.topics.exists()
        assert article.search_vector is not None


def test_history_rows_of_a_chunk_carry_its_batch_and_channel(reference):
    report_ = articles_import(files=[("rows.jsonl", rows(range(3)))], channel="command")
    assert report_.created == 3
    for outcome in report_.outcomes:
        article = Article.objects.get(pk=outcome.article_id)
        for model, count in (
            (Article, 1),
            (Mention, 2),
            (Quote, 1),
            (ArticleMeeting, article.meeting_links.count()),
        ):
            key = "pgh_obj_id" if model is Article else "article_id"
            events = event_model_of(model).objects.filter(**{key: article.pk})
            assert events.count() == count >= 1, model
            for event in events:
                metadata = event.pgh_context.metadata
                assert metadata["import_batch"] == report_.batch.pk
                assert metadata["channel"] == "command"


def test_a_report_repeating_one_saved_earlier_in_its_chunk_is_the_archives_duplicate(
    reference,
):
    data = rows([0, 1]) + b"\n" + rows([0])
    result = articles_import(files=[("rows.jsonl", data)], channel="command")
    first, _, again = result.outcomes
    assert again.status == ImportStatus.DUPLICATE
    assert again.article_id == first.article_id
    assert again.message.startswith(f"already in the archive as article {first.article_id} (")
    assert Article.objects.count() == 2


def test_a_report_refused_before_it_is_written_fails_alone(reference):
    """A corrected outlet the archive does not know fails that report; its chunk-mates
    are saved with all their parts."""
    names = [item.name for item in read_sources("rows.jsonl", rows(range(3)))]
    result = articles_import(
        files=[("rows.jsonl", rows(range(3)))],
        channel="command",
        corrections={names[1]: Corrections(outlet_slug="no-such-outlet")},
    )
    assert [o.status for o in result.outcomes] == ["created", "failed", "created"]
    assert "does not exist" in result.outcomes[1].message
    assert Mention.objects.count() == 2 * 2


def test_a_curators_meetings_from_the_preview_are_linked_as_theirs(reference):
    (step,) = steps_of([0])
    meeting = Meeting.objects.exclude(slug__in=[m.slug for m in step.parsed.meetings]).first()
    article = article_create(
        parsed=step.parsed,
        raw=step.item.raw,
        source_name=step.item.name,
        corrections=Corrections(meeting_slugs=[meeting.slug]),
    )
    links = article.meeting_links.all()
    assert [(link.meeting_id, link.linked_by) for link in links] == [
        (meeting.pk, LinkSource.CURATOR)
    ]
    assert article.curated_fields == ["meetings"]


def test_a_url_look_up_of_a_whole_chunk_can_use_the_url_index(db):
    """The URL index is partial (`url <> ''`); PostgreSQL proves it usable from an IN list
    of at most 100 values, so a pre-parsed chunk's 500 URLs read the whole article table
    unless the query states the predicate itself (`url_matches`)."""
    urls = [f"https://example.org/u/{n}" for n in range(500)]
    queryset = url_matches(Article.objects.filter(url__in=urls).order_by()).values_list("pk")
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
    assert "article_url_unique" in queryset.explain()


def vectors(ids) -> dict:
    return dict(Article.objects.filter(pk__in=ids).values_list("pk", "search_vector"))


def test_vectors_computed_in_the_insert_are_those_the_refresh_computes(reference):
    """Both write paths compute a new article's search vector in its INSERT
    (`services/search_vectors.py`); it must be the vector `refresh_search_vector` stores,
    names and aliases of the people mentioned, outlet and wire included."""
    from tests.test_preparsed_import import jsonl, line

    lines = jsonl([line(1), line(2, people=[])])
    pre = preparsed_import(files=[("p.jsonl", lines)], keep_outcomes=True)
    raw = articles_import(files=[("rows.jsonl", rows(range(2)))], channel="command")
    ids = [o.article_id for o in [*pre.outcomes, *raw.outcomes]]
    assert len(ids) == 4 and all(ids)
    assert PersonAlias.objects.filter(person__mentions__article_id__in=ids).exists()
    inserted = vectors(ids)
    Article.objects.filter(pk__in=ids).refresh_search_vector()
    assert vectors(ids) == inserted
    assert all(inserted.values())


def test_a_report_refused_for_its_corrected_outlet_leaves_no_outlet_behind(reference):
    """The corrected outlet is checked before the report's own outlet (a new site) is
    created: the refused report brings nothing into the archive."""
    from archive.models import Outlet

    lines = [{"url": f"https://site{n}.example.net/a/{n}", "text": report(n)} for n in range(3)]
    data = "\n".join(json.dumps(line) for line in lines).encode()
    names = [item.name for item in read_sources("rows.jsonl", data)]
    outlets = Outlet.objects.count()
    result = articles_import(
        files=[("rows.jsonl", data)],
        channel="command",
        corrections={names[1]: Corrections(outlet_slug="no-such-outlet")},
    )
    assert [o.status for o in result.outcomes] == ["created", "failed", "created"]
    assert Outlet.objects.count() == outlets + 2
    assert not Outlet.objects.filter(articles__isnull=True, slug__startswith="site").exists()


def test_an_articles_history_row_is_the_whole_row_its_insert_wrote(reference):
    """Both paths write their articles with one `INSERT ... SELECT FROM unnest(...)`
    (`search_vectors.articles_insert_set`): every column arrives as given (a curated
    field's list, the pipeline's JSON, the raw bytes, the timestamps), and the history
    row of each insert holds the whole row, with the batch and channel."""
    from tests.test_preparsed_import import jsonl, line

    pre = preparsed_import(files=[("p.jsonl", jsonl([line(1), line(2)]))], keep_outcomes=True)
    corrected = Corrections(title="A curator's title", language="fr")
    raw = articles_import(
        files=[("rows.jsonl", rows(range(2)))],
        channel="command",
        corrections={"rows.jsonl#1": corrected},
    )
    outcomes = [*pre.outcomes, *raw.outcomes]
    assert [o.status for o in outcomes] == [ImportStatus.CREATED] * 4
    event_model = event_model_of(Article)
    tracked = [f.name for f in event_model._meta.concrete_fields if not f.name.startswith("pgh_")]
    for outcome, batch in zip(outcomes, [pre.batch] * 2 + [raw.batch] * 2, strict=True):
        article = Article.objects.get(pk=outcome.article_id)
        event = event_model.objects.get(pgh_obj_id=article.pk, pgh_label="insert")
        assert {name: getattr(event, name) for name in tracked if name != "id"} == {
            name: getattr(article, name) for name in tracked if name != "id"
        }
        assert event.id == article.pk and article.batch_id == batch.pk
        assert event.pgh_context.metadata["import_batch"] == batch.pk
        assert article.created_at and article.updated_at and article.extraction
        assert bytes(article.raw) and article.search_vector
    first_raw = Article.objects.get(pk=raw.outcomes[0].article_id)
    assert (first_raw.title, first_raw.language) == ("A curator's title", "fr")
    assert sorted(first_raw.curated_fields) == ["language", "title"]
    assert Article.objects.get(pk=raw.outcomes[1].article_id).curated_fields == []

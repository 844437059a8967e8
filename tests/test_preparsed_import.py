"""Pre-parsed import (`import_articles --preparsed`): fields read elsewhere, written in bulk
with their parts, search vectors and history; duplicates and bad lines refused one by one."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import DataError, connection
from django.test.utils import CaptureQueriesContext

from archive.models import Article, BatchState, ImportBatch, PublishedCount, Topic
from archive.selectors import event_model_of
from archive.services import seeds_load
from archive.services.imports import ImportStatus
from archive.services.preparsed import preparsed_import

pytestmark = pytest.mark.django_db

BODY = (
    "Antony Blinken and Yoshimasa Hayashi met in a video conference on Friday. "
    '"We stand together," Blinken said of report {n}.\n\nThe ministers discussed item {n}.'
)


def line(n: int, **changes) -> dict:
    row = {
        "title": f"Allies meet, report {n}",
        "body": BODY.format(n=n),
        "outlet": "reuters",
        "published": "2022-01-07",
        "language": "en-US",
        "url": f"https://example.org/preparsed/{n}",
        "people": ["antony-blinken", {"slug": "yoshimasa-hayashi", "count": 2}],
        "quotes": [{"speaker": "antony-blinken", "text": "We stand together"}],
        "topics": [Topic.objects.order_by("slug").first().slug],
        "meetings": ["scc-2022-01-07"],
        "credits": [{"name": "Jane Doe", "role": "reporter"}],
    }
    row.update(changes)
    return row


def jsonl(rows: list) -> bytes:
    return "\n".join(json.dumps(row) for row in rows).encode()


def test_lines_become_whole_articles_with_search_vectors_and_history(reference):
    report = preparsed_import(
        files=[("batch.jsonl", jsonl([line(1), line(2)]))], status="published"
    )
    assert (report.created, report.failed, report.duplicates) == (2, 0, 0)
    article = Article.objects.get(url="https://example.org/preparsed/1")
    assert article.title == "Allies meet, report 1" and article.language == "en"
    assert article.outlet.slug == "reuters" and str(article.published_on) == "2022-01-07"
    assert dict(article.mentions.values_list("person__slug", "count")) == {
        "antony-blinken": 1,
        "yoshimasa-hayashi": 2,
    }
    quote = article.quotes.get()
    assert article.body[quote.start : quote.end] == "We stand together"
    assert quote.speaker.slug == "antony-blinken"
    assert article.topics.count() == 1 and article.credits.get().name == "Jane Doe"
    assert list(article.meetings.values_list("slug", flat=True)) == ["scc-2022-01-07"]
    assert Article.objects.search("Hayashi").filter(pk=article.pk).exists()
    assert bytes(article.raw) == article.body.encode() and article.extraction["preparsed"]
    insert = event_model_of(Article).objects.get(pgh_obj_id=article.pk)
    assert insert.pgh_context.metadata["import_batch"] == report.batch.pk
    batch = ImportBatch.objects.get()
    assert (batch.state, batch.created) == (BatchState.FINISHED, 2)
    # The published counts the lists read follow, as after a normal import.
    counts = dict(PublishedCount.objects.values_list("key", "count"))
    assert counts["total:"] == 2 and counts[f"outlet:{article.outlet_id}"] == 2


def test_duplicates_are_refused_as_on_the_normal_path(reference):
    seeds_load()
    seed = Article.objects.order_by("pk").first()
    rows = [
        line(1),
        line(2, url="https://example.org/preparsed/1"),  # same URL as line 1
        line(3, body=seed.body, quotes=[]),  # the text of a report already in the archive
    ]
    report = preparsed_import(files=[("batch.jsonl", jsonl(rows))], keep_outcomes=True)
    assert [o.status for o in report.outcomes] == ["created", "duplicate", "duplicate"]
    assert f"article {seed.pk}" in report.outcomes[2].message
    again = preparsed_import(files=[("batch.jsonl", jsonl(rows[:1]))], keep_outcomes=True)
    assert again.outcomes[0].status == ImportStatus.DUPLICATE


def test_a_bad_line_is_refused_with_its_reason_and_the_others_saved(reference):
    rows = [
        line(1),
        line(2, people=["nobody-we-know"]),
        line(3, published="7 January"),
        line(4, body=""),
        line(5, quotes=[{"text": "words nobody said"}]),
        line(6, outlet="no-such-outlet"),
        line(7, credits=[{"name": "X", "role": "janitor"}]),
    ]
    data = jsonl(rows) + b"\n{not json\n"
    report = preparsed_import(files=[("batch.jsonl", data)], keep_outcomes=True)
    messages = [o.message for o in report.outcomes]
    assert [o.status for o in report.outcomes] == ["created"] + ["failed"] * 7
    for expected, message in zip(
        [
            "unknown people: nobody-we-know",
            "not an ISO date",
            "no body",
            "quote not found",
            "unknown outlet: no-such-outlet",
            "credit role",
            "invalid JSON",
        ],
        messages[1:],
        strict=True,
    ):
        assert expected in message
    assert Article.objects.count() == 1
    assert ImportBatch.objects.get().failed == 7


def test_a_chunk_is_written_with_a_fixed_number_of_queries(reference):
    """Bulk, not one report at a time: 40 lines take the queries 4 lines take."""

    def queries(rows, name):
        with CaptureQueriesContext(connection) as captured:
            report = preparsed_import(files=[(name, jsonl(rows))], shared_passages=False)
        assert report.created == len(rows)
        return len(captured)

    few = queries([line(n) for n in range(4)], "few.jsonl")
    many = queries([line(n) for n in range(100, 140)], "many.jsonl")
    assert many == few


def test_a_chunk_compared_with_the_archive_takes_a_fixed_number_of_queries(reference):
    """Shared passages too are found for the whole chunk at once (signatures, one probe of
    the key rows, the exact comparison, the pairs and story groups written set-wise)."""
    from archive.models import SharedPassage

    wire = (
        "Officials said the allies would launch a joint study on countering hypersonic "
        "weapons developed by China and North Korea within the coming months.\n\n"
        "The foreign and defense ministers of Japan and the United States agreed on Friday "
        "to deepen cooperation on hypersonic missile defense and space security."
    )

    def retold(n):  # every line retells the same wire story
        return line(n, body=f"{BODY.format(n=n)}\n\n{wire}")

    def queries(rows, name):
        with CaptureQueriesContext(connection) as captured:
            report = preparsed_import(files=[(name, jsonl(rows))], status="published")
        assert report.created == len(rows)
        return len(captured)

    queries([retold(n) for n in range(2)], "first.jsonl")  # a story already in the archive
    few = queries([retold(n) for n in range(2, 6)], "few.jsonl")
    many = queries([retold(n) for n in range(100, 140)], "many.jsonl")
    assert many == few
    first = Article.objects.get(url="https://example.org/preparsed/1")
    assert SharedPassage.objects.involving(first).count() == 1 + 4 + 40


def test_a_database_refusal_fails_that_line_alone(reference, monkeypatch):
    from archive.services import preparsed

    original = preparsed.rows_insert

    def refuse_report_two(records, lookups, **kwargs):
        ids = original(records, lookups, **kwargs)  # written, then refused: rolled back
        if any(record.columns["title"].endswith("report 2") for record in records):
            raise DataError("value too long for type character varying(500)")
        return ids

    monkeypatch.setattr(preparsed, "rows_insert", refuse_report_two)
    report = preparsed_import(files=[("b.jsonl", jsonl([line(1), line(2), line(3)]))])
    assert (report.created, report.failed) == (2, 1)
    assert sorted(Article.objects.values_list("url", flat=True)) == [
        "https://example.org/preparsed/1",
        "https://example.org/preparsed/3",
    ]


def test_the_command_imports_a_preparsed_file(reference, tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_bytes(jsonl([line(1), line(2, people=["nobody-we-know"])]))
    out, err = StringIO(), StringIO()
    call_command("import_articles", "--preparsed", str(path), stdout=out, stderr=err)
    assert "Pre-parsed: 1 created, 0 duplicates, 1 failed (2 reports)" in out.getvalue()
    assert "unknown people: nobody-we-know" in err.getvalue()
    assert Article.objects.get().status == "draft"

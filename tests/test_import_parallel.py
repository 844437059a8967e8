"""The parse workers compute each body's passage keys beside the parse, and the importer
stores those keys instead of computing them again: the keys must be exactly
`minhash.passage_keys` of the stored body, whoever computed them."""

import json

import pytest

from archive.ingest import minhash
from archive.ingest.sources import read_sources
from archive.models import ArticleStatus, PassageKey, PassageSignature
from archive.services import articles_import
from archive.services.import_parallel import body_keys, parsed_in_order
from archive.services.imports import reference_snapshot
from archive.services.shared_passages import PassageChunks, passages_record_many
from tests.test_import_chunks import new_reports, retelling, setting  # noqa: F401

pytestmark = pytest.mark.django_db

BODIES = [
    retelling(1),
    "Too short.",
    "",
    "日米両政府は7日、外務・防衛担当閣僚協議を開き、極超音速兵器への対処で共同研究を"
    "進めることで合意した。両国は北朝鮮のミサイル発射を強く非難した。",
    "Japan's and America's ministers met in Tokyo on Friday. They agreed to deepen their "
    "cooperation on missile defense, space and cyber security over the coming years.",
]


@pytest.mark.parametrize("body", BODIES)
def test_the_workers_keys_are_the_importers_keys(body):
    assert body_keys(body) == minhash.passage_keys(body)


def rows(count: int) -> bytes:
    lines = [
        {"url": f"https://example.org/keys/{n}", "text": f"TOKYO, Jan 7 -- {retelling(n)}"}
        for n in range(count)
    ]
    return "\n".join(json.dumps(line) for line in lines).encode()


def test_parse_workers_hand_back_each_bodys_keys(reference):
    """Forked workers sign what they parse; parsing in this process leaves the keys to
    the importer (it would split the body twice otherwise)."""
    items = lambda: read_sources("rows.jsonl", rows(4))  # noqa: E731
    pooled = list(parsed_in_order(items(), reference=reference_snapshot(), workers=2))
    assert [step.keys for step in pooled] == [
        minhash.passage_keys(step.parsed.body) for step in pooled
    ]
    assert all(step.keys for step in pooled)
    alone = list(parsed_in_order(items(), reference=reference_snapshot(), workers=1))
    assert [step.keys for step in alone] == [None] * 4


def test_an_import_with_workers_stores_the_keys_of_each_stored_body(reference):
    result = articles_import(
        files=[("rows.jsonl", rows(5))],
        channel="command",
        status=ArticleStatus.PUBLISHED,
        workers=2,
    )
    assert result.counts["created"] == 5
    signatures = PassageSignature.objects.select_related("article")
    assert signatures.count() == 5
    for signature in signatures:
        assert signature.keys == minhash.passage_keys(signature.article.body)
        held = PassageKey.objects.filter(article_id=signature.article_id)
        assert sorted(held.values_list("key", flat=True)) == signature.keys


def test_known_keys_are_stored_for_their_body_only(setting):  # noqa: F811
    """Keys handed over for a body are stored for the report with that body; a report whose
    body was not handed over (changed on the way) gets its keys computed."""
    given, other = new_reports(setting, 2)
    chunks = PassageChunks(keys={given.body: [11, 22, 33]})
    passages_record_many([given, other], chunks=chunks)
    assert PassageSignature.objects.get(article=given).keys == [11, 22, 33]
    assert PassageSignature.objects.get(article=other).keys == minhash.passage_keys(other.body)


def test_the_workers_compare_pairs_as_this_process_does(reference):
    """The chunk's exact comparisons dealt out to the parse workers come back the same."""
    from archive.services.import_parallel import ordered_pool
    from archive.services.shared_passages import pairs_compared
    from tests.test_import_chunks import unrelated

    texts = {n: retelling(n) if n % 3 else unrelated(n) for n in range(1, 8)}
    tasks = [(a, b, texts[a], texts[b]) for a in texts for b in texts if a < b]
    pool = ordered_pool(reference_snapshot(), workers=2)
    pool.executor = pool.start()
    try:
        spread = pool.compare(tasks)
    finally:
        pool.close()
    assert sorted(spread) == sorted(pairs_compared(tasks))
    assert len(spread) == 10  # the five retellings pair with one another, nothing else


def shared_rows() -> dict:
    from archive.models import SharedPassage

    return {
        (row.first.url, row.second.url): (row.score, row.passages)
        for row in SharedPassage.objects.select_related("first", "second")
    }


def test_an_import_with_workers_records_the_pairs_an_import_alone_records(reference):
    from django.db import transaction

    def imported(workers: int) -> dict:
        with transaction.atomic():
            articles_import(
                files=[("rows.jsonl", rows(6))],
                channel="command",
                status=ArticleStatus.PUBLISHED,
                workers=workers,
            )
            found = shared_rows()
            transaction.set_rollback(True)
        return found

    alone = imported(1)
    assert len(alone) == 15
    assert imported(2) == alone

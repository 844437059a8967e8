"""Passage signatures: a new report is compared only with the reports that share a MinHash
band key with it (and, while the backfill has not reached them, with unsigned reports), and
the pairs found are the exact comparison's."""

import pytest

from archive.ingest import minhash
from archive.models import Meeting, Outlet, PassageSignature, PassageStopKey, SharedPassage
from archive.services import passage_signatures as backfill
from archive.services.shared_passages import (
    candidates_for,
    passage_signature_save,
    shared_passages_record,
)
from tests.views.conftest import make_article

WIRE = (
    "The foreign and defense ministers of Japan and the United States agreed on Friday to "
    "deepen cooperation on hypersonic missile defense and space security.\n\n"
    "Officials said the allies would launch a joint study on countering hypersonic weapons "
    "developed by China and North Korea within the coming months.\n\n"
    "The ministers also condemned missile launches near Japanese territorial waters."
)
RETOLD = (
    "WASHINGTON (Reuters) - Japan and the United States agreed on Friday to deepen "
    "cooperation on hypersonic missile defense and space security, their foreign and "
    "defense ministers said.\n\n"
    "Officials said the allies would launch a joint study on countering hypersonic weapons "
    "developed by China and North Korea within the coming months, according to a statement."
)
UNRELATED = (
    "Fishermen in Hokkaido reported a record scallop harvest this autumn as warmer currents "
    "shifted along the northern coast.\n\n"
    "Local cooperatives plan to expand exports to Southeast Asian markets next spring."
)


def test_keys_are_deterministic_and_a_verbatim_sentence_shares_every_band():
    sentence = minhash.cached_sentences(WIRE)[1].stems
    keys = minhash.sentence_keys(sentence)
    assert len(keys) == minhash.BANDS and keys == minhash.sentence_keys(set(sentence))
    assert all(-(2**63) <= key < 2**63 for key in keys)
    copied = minhash.passage_keys(UNRELATED + "\n\n" + WIRE.split("\n\n")[1])
    assert set(keys) <= set(minhash.passage_keys(WIRE)) & set(copied)
    assert set(minhash.passage_keys(WIRE)) & set(minhash.passage_keys(RETOLD))  # reworded
    assert not set(minhash.passage_keys(WIRE)) & set(minhash.passage_keys(UNRELATED))
    assert minhash.passage_keys("") == []


def test_similar_sentences_share_a_band_more_often_than_unrelated_ones():
    """The MinHash property the lookup relies on: over many random stem sets, the share of
    sentence pairs that meet on a band rises with their Jaccard similarity."""
    import random

    rng = random.Random(7)
    vocabulary = [f"w{n:05d}" for n in range(5000)]

    def meet_rate(shared: int, own: int) -> float:
        hits = 0
        for _ in range(300):
            common = rng.sample(vocabulary, shared + 2 * own)
            a = set(common[:shared] + common[shared : shared + own])
            b = set(common[:shared] + common[shared + own :])
            hits += bool(set(minhash.sentence_keys(a)) & set(minhash.sentence_keys(b)))
        return hits / 300

    close, far = meet_rate(shared=9, own=1), meet_rate(shared=1, own=9)
    assert close > 0.9 and far < 0.05


@pytest.fixture
def reports(reference):
    meeting = Meeting.objects.get(slug="scc-2022-01-07")
    efe, reuters = Outlet.objects.get(slug="efe"), Outlet.objects.get(slug="reuters")
    wire = make_article(outlet=reuters, meeting=meeting, title="Wire", body=WIRE)
    other = make_article(outlet=efe, meeting=meeting, title="Other", body=UNRELATED)
    return meeting, wire, other, efe


@pytest.mark.django_db
def test_a_new_report_is_compared_only_with_reports_sharing_a_key(reports, monkeypatch):
    meeting, wire, other, efe = reports
    passage_signature_save(article=wire)
    passage_signature_save(article=other)
    retold = make_article(outlet=efe, meeting=meeting, title="Retold", body=RETOLD)
    found = candidates_for(
        keys=minhash.passage_keys(RETOLD),
        days=[retold.published_on],
        meeting_slugs=[meeting.slug],
        exclude_pk=retold.pk,
    )
    assert [report.pk for report in found] == [wire.pk]  # `other` holds none of its keys
    assert shared_passages_record(article=retold) == 1
    pair = SharedPassage.objects.get()
    assert {pair.first_id, pair.second_id} == {wire.pk, retold.pk}
    assert PassageSignature.objects.get(article=retold).keys == minhash.passage_keys(RETOLD)


@pytest.mark.django_db
def test_unsigned_reports_are_still_compared_and_stop_keys_are_not_followed(reports):
    meeting, wire, other, efe = reports
    retold = make_article(outlet=efe, meeting=meeting, title="Retold", body=RETOLD)
    keys = minhash.passage_keys(RETOLD)
    window = dict(days=[retold.published_on], meeting_slugs=[meeting.slug], exclude_pk=retold.pk)
    # Nothing signed yet: every report of the window is compared, as before.
    assert {r.pk for r in candidates_for(keys=keys, **window)} == {wire.pk, other.pk}
    passage_signature_save(article=wire)
    passage_signature_save(article=other)
    assert [r.pk for r in candidates_for(keys=keys, **window)] == [wire.pk]
    PassageStopKey.objects.bulk_create(PassageStopKey(key=key, articles=999) for key in keys)
    assert list(candidates_for(keys=keys, **window)) == []


@pytest.mark.django_db
def test_the_backfill_signs_every_report_once_and_counts_stop_keys(reports, monkeypatch):
    meeting, wire, other, efe = reports
    copy = make_article(outlet=efe, meeting=meeting, title="Copy", body=WIRE)
    result = backfill.passage_signatures_build(workers=1, batch=2)
    assert result["signed"] == 3 and PassageSignature.objects.count() == 3
    assert result["stop_keys"] == 0  # no key is held by more than STOP_ARTICLES reports
    assert backfill.passage_signatures_build(workers=1)["signed"] == 0  # resumes: done
    monkeypatch.setattr(backfill, "STOP_ARTICLES", 1)
    assert backfill.passage_stop_keys_count() == len(minhash.passage_keys(WIRE))
    assert set(PassageStopKey.objects.values_list("key", flat=True)) == set(
        PassageSignature.objects.get(article=copy).keys
    )


@pytest.mark.django_db
def test_the_backfill_writes_the_key_rows_signatures_lack(reports):
    """Signatures stored before the key rows existed (or by a load with triggers off) get
    their rows from the backfill, and only those."""
    from django.db import connection

    from archive.models import PassageKey

    meeting, wire, other, efe = reports
    passage_signature_save(article=wire)
    passage_signature_save(article=other)
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM archive_passagekey WHERE article_id = %s", [wire.pk])
    assert backfill.passage_keys_fill() == 1
    assert backfill.passage_keys_fill() == 0
    for article in (wire, other):
        held = PassageKey.objects.filter(article_id=article.pk).values_list("key", flat=True)
        assert sorted(held) == PassageSignature.objects.get(article=article).keys


@pytest.mark.django_db
def test_a_key_held_by_too_many_reports_is_not_followed_before_it_is_counted(reports, monkeypatch):
    from archive.services import shared_passages

    meeting, wire, other, efe = reports
    copy = make_article(outlet=efe, meeting=meeting, title="Copy", body=WIRE)
    for article in (wire, other, copy):
        passage_signature_save(article=article)
    retold = make_article(outlet=efe, meeting=meeting, title="Retold", body=RETOLD)
    window = dict(days=[retold.published_on], meeting_slugs=[meeting.slug], exclude_pk=retold.pk)
    keys = minhash.passage_keys(RETOLD)
    assert {r.pk for r in candidates_for(keys=keys, **window)} == {wire.pk, copy.pk}
    monkeypatch.setattr(shared_passages, "STOP_ARTICLES", 1)  # wire and copy: two holders
    assert list(candidates_for(keys=keys, **window)) == []
    assert not PassageStopKey.objects.exists()

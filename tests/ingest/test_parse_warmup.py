"""A parsing process's one-time work done before its first report (`warmup.warm_up`), and
the collector kept off the objects that outlive a parse (`pipeline._older_objects_frozen`):
issue #10, parse time."""

import gc
from datetime import date

from archive.ingest import dates, people, pipeline, warmup
from archive.ingest.reference import Reference
from tests.ingest.reference_data import seed_reference


def test_warm_up_reads_a_date_with_dateparser_in_every_language(monkeypatch):
    read = []
    parse = dates.dateparser.parse
    monkeypatch.setattr(
        dates.dateparser,
        "parse",
        lambda text, **kw: read.append(kw["languages"][0]) or parse(text, **kw),
    )
    warmup.warm_up()
    assert set(read) == {language.split("-")[0] for language in warmup.LANGUAGES}


def test_warm_up_builds_the_references_indexes_and_parses_its_samples():
    reference = Reference(people=seed_reference().people, meetings=seed_reference().meetings)
    assert "index" not in vars(reference)
    warmup.warm_up(reference)
    assert "index" in vars(reference)
    english, japanese = (
        pipeline.parse_report(raw, reference=reference) for raw in warmup.SAMPLE_REPORTS
    )
    assert english.title and english.people and english.quotes
    assert japanese.published == date(2022, 1, 7) and japanese.people and japanese.quotes


def test_a_parse_sets_the_older_objects_aside_and_puts_them_back(monkeypatch, ref):
    frozen_during = []
    find_people = people.find_people
    monkeypatch.setattr(
        people,
        "find_people",
        lambda *a, **kw: frozen_during.append(gc.get_freeze_count()) or find_people(*a, **kw),
    )
    assert gc.get_freeze_count() == 0
    pipeline.parse_report(warmup.SAMPLE_REPORTS[0], reference=ref)
    assert frozen_during and all(count > 1000 for count in frozen_during)
    assert gc.get_freeze_count() == 0


def test_a_process_that_froze_objects_keeps_them_frozen(ref):
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        pipeline.parse_report(warmup.SAMPLE_REPORTS[0], reference=ref)
        # Not put back by the parse (which would leave none); a few were freed meanwhile.
        assert gc.get_freeze_count() > frozen * 0.9
    finally:
        gc.unfreeze()

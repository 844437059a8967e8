"""The words kept around a report's "first meeting with ..." (issue 11's seed-20261211 mutation
sample, meeting_context.py): twenty characters before the first-words and sixty after, where
the person it was with is looked for (meetings._first_with_them)."""

from archive.ingest import prefilter
from archive.ingest.meeting_context import _FIRST, report_context


def test_the_words_around_a_first_meeting_with_someone_end_sixty_characters_after():
    # report_context 70 kept sixty-one characters after the first-words.
    text = (
        "On a cold Tuesday morning it was my first meeting with the newly appointed "
        "minister from a distant island, Minister Tanaka Ichiro, at the port."
    )
    folded = prefilter.fold(text)
    (found,) = _FIRST.finditer(folded)
    (window,) = report_context(text).first_with
    assert window == folded[found.start() - 20 : found.end() + 60]
    assert len(window) == 20 + len(found.group(0)) + 60


def test_no_words_are_kept_when_the_first_meeting_is_with_no_one():
    assert (
        report_context("This is the first meeting of the new council, held today.").first_with == ()
    )

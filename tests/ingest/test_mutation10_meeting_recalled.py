"""Each recalled meeting is taken off once, however many the text recalls (issue 11's
seed-20261212 mutation run, meeting_recalled.without_recalled): the markers' windows are
read as one text, a line each, and a kind word is counted in the window it begins in, the
second and third as the first. Invented texts."""

from collections import Counter
from dataclasses import replace

from archive.ingest.meeting_index_names import _names
from archive.ingest.meeting_recalled import without_recalled
from archive.ingest.meetings import report_signs
from tests.ingest.reference_data import seed_reference


def _recalled(body: str) -> tuple[Counter, Counter]:
    signs = report_signs(body)
    needles = _names(replace(seed_reference(), meetings=()).index)[0]
    return signs.kind_words, without_recalled(
        signs.kind_words, needles.table(signs.folded), signs.folded
    )


BODY = "今回の首脳会談で合意した。昨年も首脳会談。先月も首脳会談。昨年の秋にも首脳会談。"


def test_each_recalled_meeting_is_taken_off_once():
    # the kind word last in each window (each ends at its sentence's end)
    before, after = _recalled(BODY)
    assert before["summit"] == 4
    assert after["summit"] == 1

"""courtesy_leaders (issue 11's mutation sample at a50f3b0, meeting_courtesy.py): the
courtesy call is read in the report's opening (HEAD characters) and its tail (TAIL, where
the pipeline puts the headline), never in between. Invented text."""

from dataclasses import replace
from datetime import date

import pytest

from archive.ingest.meeting_courtesy import HEAD, TAIL, courtesy_leaders
from archive.ingest.prefilter import fold
from archive.ingest.reference import KnownMeeting
from tests.ingest.reference_data import seed_reference

WHO = {"fumio-kishida", "antony-blinken"}
CALL = "Prime Minister Kishida received a courtesy call from Secretary Blinken."
FILLER = "The two sides exchanged views on the region and on trade. "


@pytest.fixture(scope="module")
def index():
    day = date(2023, 7, 28)
    meeting = KnownMeeting(
        "fm-day", "fm-day", day, day, "Tokyo", ("antony-blinken",), (), "other", "in_person"
    )
    return replace(seed_reference(), meetings=(meeting,)).index


def _body(at: int) -> str:
    """CALL placed `at` characters into a body far longer than HEAD and TAIL together."""
    padding = FILLER * ((HEAD + TAIL) * 2 // len(FILLER))
    return padding[:at] + CALL + padding[at:]


def test_a_courtesy_call_in_the_opening_or_the_tail_is_read(index):
    assert courtesy_leaders(fold(_body(0)), WHO, index) == {"Japan"}
    assert courtesy_leaders(fold(_body(HEAD - len(CALL))), WHO, index) == {"Japan"}
    opening = "Courtesy call: " + _body(0)[len(CALL) :]  # the words are the body's first
    assert courtesy_leaders(fold(opening), WHO, index) == {"Japan"}
    body = _body(0)[len(CALL) :] + CALL  # the call last, as a headline put at the end
    assert courtesy_leaders(fold(body), WHO, index) == {"Japan"}


def test_a_courtesy_call_between_the_opening_and_the_tail_is_not(index):
    body = _body(HEAD + 10)
    assert len(body) - (HEAD + 10 + len(CALL)) > TAIL  # the call is before the tail
    assert courtesy_leaders(fold(body), WHO, index) == frozenset()

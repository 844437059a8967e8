"""A bracketed list of those present says they attended only within its reach of the name
(attendance._ATTENDANCE_REACH): a bracket left open does not run on to a closing bracket
far after it, full-width or not, and take the attendance word before that bracket as its
own (issue 11's seed-20261213 mutation sample, attendance.list_says_attended: no test had
a full-width bracket beyond the reach). Invented readouts."""

import pytest

from archive.ingest.attendance import list_says_attended

# Longer than the reach (300 characters), with no bracket in it.
FILLER = "両氏は地域の安全保障環境について意見を交換した。" * 14


@pytest.mark.parametrize("close", ["）", ")"])
def test_an_open_list_does_not_reach_an_attendance_word_far_after_the_name(close):
    body = f"(日本側：山田外務大臣、{FILLER}鈴木大臣ほか同席{close}"
    assert len(FILLER) > 300
    assert not list_says_attended(body, 0, body.index("山田"))


@pytest.mark.parametrize("close", ["）", ")"])
def test_a_list_saying_so_before_its_closing_bracket_says_they_attended(close):
    body = f"(日本側：山田外務大臣ほか同席{close}{FILLER}"
    assert list_says_attended(body, 0, body.index("山田"))

"""A name followed by an attendance word says its person attended unless a meeting is
named between the two: a meeting named after the attendance word, later in the body, is
not between them (issue 11's seed-20261214 mutation sample, attendance.attended: no test
named a meeting after the attendance word). Invented readouts."""

from types import SimpleNamespace

import pytest

from archive.ingest.attendance import attended


def _attended(body: str, name: str) -> bool:
    start = body.index(name)
    mention = SimpleNamespace(start=start, end=start + len(name))
    sentence_end = body.index("。") + 1
    return attended(body, mention, 0, sentence_end)


@pytest.mark.parametrize(
    "after",
    ["両国の会談は一時間に及んだ。", "The talks lasted an hour."],
)
def test_a_meeting_named_after_the_attendance_word_leaves_the_name_attending(after):
    body = f"日本側から、山川外務大臣らが出席した。{after}"
    assert _attended(body, "山川")


def test_a_meeting_named_between_the_name_and_the_attendance_word_makes_it_a_party():
    body = "山川外務大臣とバーロウ長官の会談には、大森次官らが出席した。両氏は握手した。"
    assert not _attended(body, "山川")

"""The sixth parse-time pass (issue #10): each faster form gives exactly what the form it
replaced gave (the plain forms are written out here); the work skipped is never timed."""

import random

import pytest

from archive.ingest import meeting_elect, prefilter

ELECT_PIECES = (
    "President-elect", "PRESIDENT ELECT", "president-Elect", "Presidente electo", "PRESIDEN",
    "terpilih", "次期大統領", "대통령 당선인", "대통령당선인", "当选总统", "Pat Doe", " ", "-",
    "\n", "elect", "\u212a", "\u0130", "ſ", "e", "x",
)  # fmt: skip


@pytest.mark.parametrize("seed", range(200))
def test_the_folded_elect_words_are_the_caseless_ones(seed):
    rng = random.Random(seed)
    text = "".join(rng.choice(ELECT_PIECES) for _ in range(rng.randrange(40)))
    plain = [m.span() for m in meeting_elect.ELECT.finditer(text)]
    folded = [m.span() for m in meeting_elect._ELECT_FOLDED.finditer(prefilter.fold(text))]
    assert folded == plain, repr(text)


def test_a_long_report_s_president_elect_is_read_on_the_folded_text():
    from tests.ingest.test_acc6_elect import INDEX

    body = "The talks ended. " * 20_000 + "They met PRESIDENT-ELECT Pat Doe. " + "x " * 9
    windows = meeting_elect.elect_window(body, INDEX)
    assert windows and windows == meeting_elect.elect_window(body, INDEX, prefilter.fold(body))
    assert meeting_elect.elect_window(body.replace("PRESIDENT-ELECT", "PRESIDENT"), INDEX) == ()

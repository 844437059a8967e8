"""prefilter.fold reads a text that begins with the last long one it folded, then a line
break (the meeting's text: the body, its captions and headline), from the line break on
(issue #10): the same fold as the whole text's."""

import random

import pytest

from archive.ingest import prefilter

# Letters whose fold reads their neighbours (the capital sigma), the four IGNORECASE maps
# to ASCII, case-ignorable marks (an apostrophe, a colon, a combining mark) and breaks.
PIECES = ("Σ", "ς", "σ", "İ", "ı", "K", "ſ", "A", "é", "日", "'", ":", "\u0345", " ", ".", "\n")


def _text(rng: random.Random, length: int) -> str:
    return "".join(rng.choice(PIECES) for _ in range(length))


@pytest.fixture(autouse=True)
def _no_kept_folds(monkeypatch):
    monkeypatch.setattr(prefilter._LastFold, "memo", prefilter.TextMemo())


@pytest.mark.parametrize("seed", range(40))
def test_a_text_extending_the_last_one_folds_as_a_whole(seed):
    rng = random.Random(seed)
    body = _text(rng, prefilter.LONG_FOLD + rng.randrange(200))
    tail = "\n" + _text(rng, rng.randrange(0, 50))
    assert prefilter.fold(body) == prefilter._fold(body)
    assert prefilter.fold(body + tail) == prefilter._fold(body + tail)


def test_only_the_tail_is_folded_and_only_after_a_line_break(monkeypatch):
    folded = []
    real = prefilter._fold

    def counting(text):
        folded.append(len(text))
        return real(text)

    monkeypatch.setattr(prefilter, "_fold", counting)
    body = "Foreign Minister Hayashi met Secretary Blinken. " * 100
    prefilter.fold(body)
    meeting_text = body + "\nCaption.\nJapan-U.S. Foreign Ministers' Meeting"
    assert prefilter.fold(meeting_text) == real(meeting_text)
    assert folded == [len(body), len(meeting_text) - len(body)]
    glued = body + "More words in the same line. " * 10
    assert prefilter.fold(glued) == real(glued)
    assert folded[-1] == len(glued)


def test_a_final_sigma_at_the_cut_is_read_as_in_the_whole_text():
    body = "ΟΔΥΣΣΕΥΣ " * 600 + "ΟΔΥΣΣΕΥΣ"
    for tail in ("\nΣΑΣ", "\n'Σ", "\n"):
        prefilter._LastFold.memo = prefilter.TextMemo()
        prefilter.fold(body)
        assert prefilter.fold(body + tail) == (body + tail).lower()

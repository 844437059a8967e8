"""ftfy's character fixers screened by one search of the touched characters, and its
is_bad answered once per long text (issue #10: a one-line report's pieces of a million
characters): the same results as ftfy's own functions, fewer passes over a long text."""

import random

import ftfy
import ftfy.fixes as ftfy_fixes
import pytest
from ftfy import badness

from archive.ingest import mojibake
from archive.ingest.text import REPAIR_CONFIG

# Pieces that wake each fixer: entities, mojibake, C1 and C0 controls, line breaks,
# surrogates (a pair and a lone one), a terminal escape, the other removed characters.
PIECES = (
    *"ab .,’“”–—é",
    "&amp;",
    "&eacute;",
    "Ã©",
    "â€œ",
    "â€\x9d",
    "\x85",
    "\x93",
    "\r\n",
    "\r",
    "\u2028",
    "\u2029",
    "\ud83d\ude00",
    "\udc80",
    "\x1b[31m",
    "\x00",
    "\x7f",
    "\ufeff",
    "\u206a",
)


def _text(rng: random.Random, length: int) -> str:
    rate = rng.choice((0.0, 0.001, 0.01, 0.05))
    return "".join(
        rng.choice(PIECES) if rng.random() < rate else rng.choice("ab .,’“”") for _ in range(length)
    )


def _ftfy_unscreened(monkeypatch):
    for name, fix in list(ftfy.FIXERS.items()):
        monkeypatch.setitem(ftfy.FIXERS, name, getattr(fix, "fixer", fix))
    monkeypatch.setitem(ftfy.FIXERS, "remove_control_chars", ftfy_fixes.remove_control_chars)
    monkeypatch.setattr(ftfy, "is_bad", badness.is_bad)
    monkeypatch.setattr(ftfy_fixes, "is_bad", badness.is_bad)


@pytest.mark.parametrize("seed", range(30))
def test_screened_fixers_give_ftfys_own_result(seed, monkeypatch):
    rng = random.Random(seed)
    text = _text(rng, rng.choice((50, 3000, 20_000)))
    config = REPAIR_CONFIG._replace(max_decode_length=rng.choice((1_000_000, 4000)))
    assert mojibake.INSTALLED
    screened = ftfy.fix_text(text, config)
    with monkeypatch.context() as patched:
        _ftfy_unscreened(patched)
        assert ftfy.FIXERS["fix_c1_controls"] is ftfy_fixes.fix_c1_controls
        assert screened == ftfy.fix_text(text, config)


def test_each_fixer_is_screened_with_the_characters_it_changes():
    assert set(mojibake.CHARACTER_FIXERS) <= set(ftfy.FIXERS)
    for name in mojibake.CHARACTER_FIXERS:
        assert ftfy.FIXERS[name].fixer in (getattr(ftfy_fixes, name), mojibake.remove_control_chars)
    for piece in PIECES:
        for name, fix in ftfy.FIXERS.items():
            if name in mojibake.CHARACTER_FIXERS:
                text = f"plain {piece} text"
                assert fix(text) == fix.fixer(text), (name, piece)


class CountingFixer:
    def __init__(self):
        self.calls = 0

    def __call__(self, text):
        self.calls += 1
        return text.replace("\x85", "\n")


def test_a_fixer_runs_only_on_a_text_holding_its_characters():
    fixer = CountingFixer()
    fix = mojibake.screened(fixer, "\\x85")
    plain = "The ministers met in Tokyo & spoke.\x93 " * 100
    assert fix(plain) is plain and fixer.calls == 0
    assert fix(plain + "\x85") == plain + "\n" and fixer.calls == 1


def test_the_touched_characters_of_one_text_are_searched_once(monkeypatch):
    searches = []
    real = mojibake._TOUCHED

    class Counting:
        def findall(self, text):
            searches.append(len(text))
            return real.findall(text)

    monkeypatch.setattr(mojibake, "_TOUCHED", Counting())
    monkeypatch.setattr(mojibake._LastTouched, "text_and_found", (None, ""))
    text = "Kishida & Biden\r\n met.\x00 " * 50
    assert sorted(mojibake.touched_characters(text)) == sorted("&\r\x00")
    for name in mojibake.CHARACTER_FIXERS:
        ftfy.FIXERS[name](text)
    assert searches == [len(text)]
    other = text + "x"
    assert sorted(mojibake.touched_characters(other)) == sorted("&\r\x00")
    assert searches == [len(text), len(other)]


def test_is_bad_reads_a_long_text_once_and_answers_as_ftfy(monkeypatch):
    calls = []
    real = mojibake._found_near_anchors

    def counting(pattern, text, anchors=None):
        calls.append(len(text))
        return real(pattern, text, anchors)

    monkeypatch.setattr(mojibake, "_found_near_anchors", counting)
    monkeypatch.setattr(mojibake._LastBad, "text_and_bad", (None, False))
    bad = "An ordinary sentence about the talks. " * 20 + "the minister said â€œyesâ€\x9d"
    good = bad.replace("â€œ", "“").replace("â€\x9d", "”")
    assert mojibake.is_bad(bad) and mojibake.is_bad(bad)
    assert not mojibake.is_bad(good) and not mojibake.is_bad(good)
    assert calls == [len(bad), len(good)]
    assert mojibake.is_bad(bad) == badness.is_bad(bad) and calls[-1] == len(bad)

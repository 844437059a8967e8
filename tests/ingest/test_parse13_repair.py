"""mojibake.fix_text reads a block in NFC with one search of its touched and anchor
characters (issue #10): the lines it gives ftfy, and what it returns, are ftfy's own on
blocks of lines with and without mojibake, anchors that are only typography, touched
characters, and a block out of NFC."""

import random

import ftfy
import pytest

from archive.ingest import mojibake
from archive.ingest.text import REPAIR_CONFIG

PIECES = (
    "Japan and the United States agreed",
    " “closer” ties — again",
    " Ã©tÃ© ",
    " â€œyesâ€\x9d",
    " café ",
    " A &amp; B",
    " a & b",
    " \x85 ",
    " Â£5 ",
    " e\u0301 ",
    " 日米首脳会談 ",
    " ¯\\_(ツ)_/¯ ",
    " naïve ",
)


def _text(rng: random.Random, lines: int, nfc_only: bool) -> str:
    pieces = [p for p in PIECES if not (nfc_only and "\u0301" in p)]
    return "\n".join(
        "".join(rng.choice(pieces) for _ in range(rng.randint(0, 5))) for _ in range(lines)
    )


@pytest.mark.parametrize("size", [1, 64, 700, mojibake.BLOCK])
@pytest.mark.parametrize("nfc_only", [True, False])
def test_fix_text_gives_what_ftfy_gives(size, nfc_only):
    rng = random.Random(size * 2 + nfc_only)
    for _ in range(20):
        text = _text(rng, rng.randint(1, 120), nfc_only)
        assert mojibake.fix_text(text, REPAIR_CONFIG, size=size) == ftfy.fix_text(
            text, REPAIR_CONFIG
        )


def test_the_lines_to_fix_are_those_not_untouched():
    rng = random.Random(3)
    for _ in range(200):
        block = _text(rng, rng.randint(1, 30), True) + "\n"
        lines = [
            (start, end)
            for start, end in mojibake.blocks(block, 1)
            if not mojibake.untouched(block[start:end])
        ]
        assert list(mojibake._lines_to_fix(block, 10**6)) == lines


def test_suspect_lines_group_the_suspects_by_line():
    block = "ab\ncd\nef"
    assert list(mojibake._suspect_lines(block, [0, 1, 7])) == [(0, 3, [0, 1]), (6, 8, [7])]
    assert list(mojibake._suspect_lines(block, [])) == []


def _long_line(rng: random.Random, clean: bool = False) -> str:
    from ftfy import badness

    pieces = [p for p in PIECES if "\u0301" not in p and not (clean and badness.is_bad(p))]
    return "".join(rng.choice(pieces) for _ in range(rng.randint(60, 200)))


def test_is_bad_on_a_long_text_is_ftfys_own_and_leaves_its_touched_characters():
    from ftfy import badness

    rng = random.Random(21)
    clean_seen = 0
    for _ in range(200):
        text = _long_line(rng, clean=rng.random() < 0.5)  # typography and entities only
        bad = mojibake.is_bad(text)
        assert bad == badness.is_bad(text), text
        if not bad:
            clean_seen += 1
            last, found = mojibake._LastTouched.text_and_found
            assert last is text
            assert set(found) == set(mojibake._TOUCHED.findall(text))
            assert set(mojibake.touched_characters(text)) == set(found)
    assert clean_seen > 20


@pytest.mark.parametrize("seed", range(4))
def test_a_line_longer_than_ftfys_piece_is_fixed_as_ftfy_fixes_it(seed):
    import ftfy.fixes

    rng = random.Random(seed)
    config = REPAIR_CONFIG._replace(max_decode_length=500)
    text = "\n".join(_long_line(rng) for _ in range(3))
    fixed = mojibake.fix_text(text, config)
    # ftfy with its own is_bad and character fixers (those install() replaced).
    own = {name: getattr(fixer, "fixer", fixer) for name, fixer in ftfy.FIXERS.items()}
    saved = (ftfy.is_bad, ftfy.fixes.is_bad, dict(ftfy.FIXERS))
    try:
        ftfy.is_bad = ftfy.fixes.is_bad = __import__("ftfy.badness").badness.is_bad
        ftfy.FIXERS.update(own)
        assert fixed == ftfy.fix_text(text, config)
    finally:
        ftfy.is_bad, ftfy.fixes.is_bad = saved[0], saved[1]
        ftfy.FIXERS.clear()
        ftfy.FIXERS.update(saved[2])

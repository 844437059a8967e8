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

"""prefilter: folding is sound for re.IGNORECASE over every code point, so skipping a
keyword regex never changes a result."""

import re
import sys

import pytest

from archive.ingest import prefilter

EVERY_CHARACTER = "".join(chr(code) for code in range(sys.maxunicode + 1) if code != 0x0A)


def test_folding_keeps_one_character_for_one():
    assert len(prefilter.fold(EVERY_CHARACTER)) == len(EVERY_CHARACTER)


@pytest.mark.parametrize("letter", "abcdefghijklmnopqrstuvwxyz")
def test_every_character_ignorecase_matches_with_a_letter_folds_to_it(letter):
    folded = prefilter.fold(EVERY_CHARACTER)
    for match in re.finditer(re.escape(letter), EVERY_CHARACTER, re.IGNORECASE):
        assert folded[match.start()] == letter, hex(ord(match.group(0)))


def test_caseless_characters_match_only_themselves():
    for char in "日米外相会談北朝鮮한국の2+-":
        assert prefilter.foldable(char)
        matches = re.findall(re.escape(char), EVERY_CHARACTER, re.IGNORECASE)
        assert matches == [char]


@pytest.mark.parametrize(
    ("forms", "text", "expected"),
    [
        (("Tokyo", "Washington"), "Talks in TOKYO", True),
        (("Tokyo", "Washington"), "Talks in Osaka", False),
        (("Genève",), "Talks in Osaka", True),  # a cased non-ASCII letter: never ruled out
        (("北朝鮮",), "北朝鮮の", True),
        (("北朝鮮",), "韓国の", False),
        (("Kiev",), "\u212aiev", True),  # the Kelvin sign matches "K" case-insensitively
        ((), "anything", False),
    ],
)
def test_may_match(forms, text, expected):
    assert prefilter.may_match(forms, prefilter.fold(text)) is expected

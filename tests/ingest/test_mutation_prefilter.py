"""Required strings of a pattern (issue 11's mutation sample, prefilter.py): each string
carries whether it may occur in any case, which is the pattern's IGNORECASE flag."""

import re

import pytest

from archive.ingest.prefilter import (
    MOST_HEADS,
    Needles,
    foldable,
    literal_heads,
    required_strings,
    segment_finditer,
)


def test_a_caseless_pattern_requires_its_literal_in_any_case():
    assert required_strings(re.compile("Prime Minister", re.IGNORECASE)) == frozenset(
        {("Prime Minister", True)}
    )


def test_a_case_sensitive_pattern_requires_its_literal_as_printed():
    assert required_strings(re.compile("Prime Minister")) == frozenset({("Prime Minister", False)})


def test_literal_heads_fall_back_to_single_characters():
    # 289 words, one for each pair of 17 letters: too many beginnings of two characters
    # (more than MOST_HEADS), few enough of one.
    letters = "abcdefghijklmnopq"
    words = [first + second + "x" for first in letters for second in letters]
    assert len({word[:2] for word in words}) > MOST_HEADS >= len(letters)
    assert literal_heads(re.compile("|".join(words)), 4) == tuple(letters)


# --- the a50f3b0 sample: segment_finditer finds what finditer finds --------------------

_BREAKERS = re.compile(r"[.;\n]")
_TEXT = "The Minister Hayashi met 12 envoys. Then Minister Kamikawa; 3 more\nminister Ueda 45"


@pytest.mark.parametrize(
    "pattern",
    [
        re.compile(r"\d+"),  # no required string: the whole text is searched
        re.compile(r"Minister \w+"),
        re.compile(r"minister \w+", re.IGNORECASE),
        re.compile(r"(?:Minister|envoys) ?\w*"),
    ],
)
def test_segment_finditer_finds_what_finditer_finds(pattern):
    expected = [(m.start(), m.end()) for m in pattern.finditer(_TEXT)]
    assert expected  # each pattern matches something here
    found = [(m.start(), m.end()) for m in segment_finditer(pattern, _TEXT, _BREAKERS)]
    assert found == expected


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("Tokyo", True),
        ("Pekín", True),  # a Latin letter with a diacritic
        ("東京", True),  # no case
        ("도쿄", True),
        ("москва", False),  # a cased letter outside Latin, even in lower case
        ("Москва", False),
        ("αθήνα", False),
    ],
)
def test_a_form_is_foldable_when_every_letter_is_latin_or_has_no_case(form, expected):
    # a50f3b0 sample (_caseless): a cased letter outside Latin, in either case, is not.
    assert foldable(form) is expected


@pytest.mark.parametrize(
    "pattern, heads",
    [
        (r"(Tokyo|Osaka) summit", ("Osaka su", "Tokyo su")),
        (r"(?P<who>Kishida|Biden) said", ("Biden sa", "Kishida ")),
        (r"(ab)(cd)x", ("abcdx",)),
        (r"(?i:ab)x", None),  # a group read in any case may begin with anything
    ],
)
def test_literal_heads_read_through_capturing_groups(pattern, heads):
    # seed-20261207 sample (_heads 26): a group's items are read with the length left.
    assert literal_heads(re.compile(pattern)) == heads


def test_needles_of_nothing_find_nothing_in_any_text():
    # seed-20261207 sample (Needles.table 12): no needle, no automaton, an empty table.
    needles = Needles([])
    assert needles.table("Tokyo talks") == {}
    assert needles.table("") == {}

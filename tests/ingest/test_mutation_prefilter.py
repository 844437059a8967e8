"""Required strings of a pattern (issue 11's mutation sample, prefilter.py): each string
carries whether it may occur in any case, which is the pattern's IGNORECASE flag."""

import re

from archive.ingest.prefilter import MOST_HEADS, literal_heads, required_strings


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

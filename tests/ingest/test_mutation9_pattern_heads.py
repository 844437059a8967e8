"""Of the string sets every match of a pattern holds, one of ASCII punctuation is taken last
(issue 11's seed-20261211 mutation sample, pattern_heads.py): "(" is in many lines, so a
screen on it lets nearly every line through."""

import re

from archive.ingest.pattern_heads import required_strings


def test_a_set_of_letters_is_preferred_to_a_lone_bracket_of_the_same_length():
    # _rarity 8 looked for punctuation two characters long, so "(" was as good as "a" or "b".
    assert required_strings(re.compile(r"\(x*[ab]")) == {("a", False), ("b", False)}


def test_a_longer_string_still_wins_over_letters():
    assert required_strings(re.compile(r"\(x*[ab]cd")) == {("cd", False)}

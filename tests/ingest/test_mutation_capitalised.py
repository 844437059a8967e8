"""capitalised.py (issue 11's mutation sample at a50f3b0): the edit distance that tells a
misspelt name from another name, and the title words cut from the front of a capitalised
run. Invented strings."""

import itertools
import re

import pytest

from archive.ingest.capitalised import damerau_levenshtein, trimmed


def _textbook_distance(a: str, b: str) -> int:
    """Optimal string alignment distance (insertions, deletions, substitutions, and a
    swap of two neighbours), the full table with no limit: the rule the function keeps."""
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        table[i][0] = i
    for j in range(len(b) + 1):
        table[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
    return table[-1][-1]


def _strings(longest: int):
    for size in range(longest + 1):
        yield from map("".join, itertools.product("xy", repeat=size))


@pytest.mark.parametrize("limit", [1, 2, 3])
def test_the_distance_is_exact_up_to_its_limit_and_past_it_beyond(limit):
    # Every pair of strings of two letters up to five long: runs of one letter ("xxx"
    # against "x") are where a swap must not be read at the first column.
    for a in _strings(5):
        for b in _strings(5):
            expected = _textbook_distance(a, b)
            got = damerau_levenshtein(a, b, limit=limit)
            if expected <= limit:
                assert got == expected, (a, b)
            else:
                assert got > limit, (a, b)


def test_a_run_of_one_letter_is_not_a_swap():
    assert damerau_levenshtein("xxx", "x") == 2
    assert damerau_levenshtein("Kishida", "Kihsida") == 1  # neighbours swapped
    assert damerau_levenshtein("ab", "ba") == 1  # a swap at the very start


def _run(text: str, words: str) -> re.Match:
    return re.search(re.escape(words), text)


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        ("Mr. Kishida", "Kishida"),  # a title word with its full stop
        ("Dr. Jane Smith", "Jane Smith"),
        ("Prime Minister Kishida", "Kishida"),
        ("Former Defense Secretary Lloyd Austin", "Lloyd Austin"),
        ("Mr Kishida", "Kishida"),
    ],
)
def test_leading_title_words_are_cut_with_or_without_their_full_stop(words, kept):
    text = f"On Friday {words} spoke."
    start, end, count = trimmed(_run(text, words))
    assert (text[start:end], count) == (kept, len(kept.split()))


def test_a_run_of_title_words_alone_keeps_nothing_and_others_keep_all():
    text = "Then the Prime Minister. And Kishida Fumio."
    run = _run(text, "Prime Minister")
    assert trimmed(run) == (run.end(), run.end(), 0)
    run = _run(text, "Kishida Fumio")
    assert trimmed(run) == (run.start(), run.end(), 2)

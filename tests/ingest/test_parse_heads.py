"""Longer literal beginnings for the pattern prefilter (issue #10: parse time): read
through an optional item and from a look-ahead (`pattern_heads.scan_heads`). Every match
must still begin with one of them, or the prefilter would miss it."""

import random
import re

import pytest

from archive.ingest import meeting_signs, prefilter
from archive.ingest.pattern_heads import literal_heads, scan_heads


@pytest.mark.parametrize(
    ("source", "heads"),
    [
        (r"u\.?s\.?-japan", ("u.s-", "u.s.", "us-j", "us.-")),
        (r"g[- ]?7", ("g 7", "g-7", "g7")),
        (r"(?:top )?diplomats", ("dipl", "top ")),
        # The look-ahead's beginnings are longer than the alternation's after it.
        (r"(?=two|2\+2)(?<!x )(?:t|2)\w+", ("2+2", "two")),
        # The alternation's are longer: they are taken.
        (r"(?=t|2)(?:two|2\+2)", ("2+2", "two")),
        (r"(?=\w)abc", ("abc",)),  # a look-ahead that may begin anywhere is passed over
        (r"(?=a?)bcd", ("bcd",)),  # one that may match nothing too
        (r"ab?\s", ("a",)),  # a space class ends the beginning
        # A repeated character: once, then what follows; or twice (a longer run, cut there).
        (r"x+yz", ("xx", "xyz")),
        (r"a[-,]+bc", ("a,,", "a,-", "a,bc", "a-,", "a--", "a-bc")),
        (r"a(?:bc)+d", ("abc",)),  # a repeated group still ends it
    ],
)
def test_scan_heads(source, heads):
    assert scan_heads(re.compile(source), 4) == heads


def test_literal_heads_still_end_at_an_optional_item():
    assert literal_heads(re.compile(r"u\.?s\.?-japan"), 4) == ("u.", "us-j", "us.")


PIECES = [
    "u.s.", "us", "-japan", "japan-", "g 7", "g7", "g-8", "two", "2+2", "2 + 2", "secretary ",
    "of state", "defense ", "minister", "talks", "summit", "外相会談", "日米", " ", ".", "\n",
]  # fmt: skip


@pytest.mark.parametrize("seed", range(10))
def test_every_sign_pattern_match_begins_with_a_scan_head(seed):
    rng = random.Random(seed)
    text = prefilter.fold("".join(rng.choice(PIECES) for _ in range(3000)))
    patterns = [
        *meeting_signs._KIND_PATTERNS.values(),
        *meeting_signs._FORMAT_PATTERNS.values(),
        *meeting_signs._COUNTRY_PATTERNS.values(),
        *meeting_signs._ALLY_PATTERNS.values(),
        meeting_signs.FUTURE,
    ]
    scan = prefilter.PatternScan(patterns)
    found = 0
    for pattern in patterns:
        heads = scan_heads(pattern)
        assert heads and all(heads), pattern.pattern[:80]
        matches = [m.span() for m in pattern.finditer(text)]
        assert all(text.startswith(heads, start) for start, _ in matches)
        assert [m.span() for m in scan.finditer(pattern, text)] == matches
        found += len(matches)
    assert found


@pytest.mark.parametrize("seed", range(10))
def test_needles_give_each_needles_starts_in_order_as_str_find_does(seed):
    """`Needles._find` takes one needle's occurrences in the order the automaton reports
    them (by their ends), unsorted: overlapping needles of many lengths, read whole and
    as a text extended."""
    rng = random.Random(seed)
    words = ["aa", "aaa", "a", "ab", "ba", "bab", "abab", "日米", "米", "b a"]
    text = "".join(rng.choice("ab 日米") for _ in range(prefilter.EXTEND_FROM + 300))
    needles = prefilter.Needles(words)
    expected = {}
    for word in words:
        starts = [i for i in range(len(text)) if text.startswith(word, i)]
        if starts:
            expected[word] = starts
    assert needles.table(text) == expected
    longer = text + "abab 日米"
    extended = prefilter.Needles(words)
    extended.table(text)
    assert extended.table(longer) == prefilter.Needles(words).table(longer)
    assert extended.extended == 1

"""A pattern read as its top-level alternatives (pattern_alternatives.py, issue #10): the
alternatives as written, each one's followers (pattern_heads.followers), and the same
matches as the whole regex for the kind words read that way (meeting_signs.py): one side's
minister meeting the other's, the other post just in and just out of the gap's reach,
sentence ends and CJK verbs between them."""

import itertools
import random
import re

import pytest

from archive.ingest import prefilter
from archive.ingest.meeting_signs import _BY_ALTERNATIVES, _COUNTED_APART, report_signs
from archive.ingest.meeting_words import FORMAT_WORDS, KIND_WORDS
from archive.ingest.pattern_alternatives import (
    Alternatives,
    _followed,
    first_matches,
    top_level_alternatives,
)
from archive.ingest.pattern_heads import Follower, followers


@pytest.mark.parametrize(
    ("source", "alternatives"),
    [
        ("a|(b|c)|[|]|\\||d", ("a", "(b|c)", "[|]", "\\|", "d")),
        ("[]|]|x", ("[]|]", "x")),
        ("[^]|]|y|", ("[^]|]", "y", "")),
        ("(?:a|b)(?=c|d)", ("(?:a|b)(?=c|d)",)),
        ("\\\\|e", ("\\\\", "e")),
    ],
)
def test_top_level_alternatives_split_outside_groups_classes_and_escapes(source, alternatives):
    assert top_level_alternatives(source) == alternatives


@pytest.mark.parametrize("source", [*KIND_WORDS.values(), *FORMAT_WORDS.values()])
def test_the_word_lists_split_into_regexes_of_their_own_that_join_back(source):
    parts = top_level_alternatives(source)
    assert "|".join(parts) == source
    for part in parts:
        re.compile(part)  # a split inside a group or a class leaves one unbalanced


def test_a_follower_is_what_follows_a_wide_gap_with_its_reach():
    pattern = re.compile(r"(?<!x)ab?[^.\n]{0,40}?(?:cdef|ghi)\b[^.]{5,30}jklmn")
    assert followers(pattern) == (
        Follower(1, 42, ("cdef", "ghi")),
        Follower(9, 76, ("jklmn",)),
    )
    # An optional character is no gap; a short Latin beginning is no screen; nothing
    # after an unbounded repeat is looked for.
    assert followers(re.compile(r"abc[^.]{0,4}def")) == ()
    assert followers(re.compile(r"abc[^.]{0,40}(?:de|fgh)")) == ()
    assert followers(re.compile(r"abc[^.]*defgh")) == ()
    assert followers(re.compile(r"abc[^.]{0,40}会談")) == (Follower(3, 43, ("会談",)),)


def test_followed_keeps_the_starts_with_a_place_within_reach():
    assert _followed([0, 10, 20, 30], [15, 44], 3, 14) == [10, 30]
    assert _followed([0, 10], [], 0, 5) == []
    assert _followed([5], [5], 0, 0) == [5]


def test_first_matches_counts_as_finditer_does():
    assert first_matches({}) == 0
    assert first_matches({0: 5, 3: 4, 5: 9, 8: 12, 12: 13}) == 3


_POSTS = (
    "Secretary of State Blinken",
    "Secretary Austin",
    "Secretary of Defense Austin",
    "Foreign Minister Hayashi",
    "Defense Minister Hamada",
    "the top U.S. diplomat",
    "his Japanese counterpart",
    "su homólogo estadounidense",
    "国務長官",
    "外務大臣",
    "防衛大臣",
    "国防長官",
    "日本同行",
    "美国同行",
    "外长",
)
_BETWEEN = (
    " met ",
    " welcomed ",
    " and ",
    ". ",
    "\n",
    "と会談",
    "と",
    "会谈",
    " said ",
    " x" * 14,
    " " + "y" * 30 + " ",
    " held talks with ",
    "",
)


def _texts(seed: int, count: int):
    rng = random.Random(seed)
    for _ in range(count):
        pieces = [rng.choice(_POSTS if i % 2 == 0 else _BETWEEN) for i in range(rng.randint(3, 9))]
        yield "".join(pieces)


@pytest.mark.parametrize("kind", ["foreign", "defense", "pair"])
def test_the_alternatives_find_what_the_whole_pattern_finds(kind):
    whole = prefilter.folded_pattern(KIND_WORDS[kind])
    alternatives = Alternatives(KIND_WORDS[kind])
    scan = prefilter.PatternScan(alternatives.patterns, alternatives.needles())
    tried = found = 0
    for text in _texts(len(kind), 1500):
        folded = prefilter.fold(text)
        expected = len(whole.findall(folded))
        assert alternatives.count(folded, scan) == expected, text
        assert alternatives.search(folded, scan) == (whole.search(folded) is not None), text
        tried, found = tried + 1, found + bool(expected)
    assert found > tried // 20  # the texts hold matches


@pytest.mark.parametrize("gap", [59, 60, 61])
def test_a_post_at_the_edge_of_the_gap_is_found_as_the_pattern_finds_it(gap):
    text = "secretary of state" + "x" * gap + "外務大臣と会談した。 secretary of state met"
    text += " foreign minister"
    whole = prefilter.folded_pattern(KIND_WORDS["foreign"])
    alternatives = Alternatives(KIND_WORDS["foreign"])
    scan = prefilter.PatternScan(alternatives.patterns, alternatives.needles())
    assert alternatives.count(text, scan) == len(whole.findall(text))
    ends = alternatives.ends(text, scan)
    assert ends == {hit.start(): hit.end() for hit in whole.finditer(text)}
    assert (0 in ends) == (gap <= 60)  # the gap's reach


def test_the_search_stops_at_a_match_past_the_first_stretch():
    text = "z " * 40_000 + "Foreign Minister Hayashi met Secretary of State Blinken."
    folded = prefilter.fold(text)
    alternatives = Alternatives(KIND_WORDS["pair"])
    scan = prefilter.PatternScan(alternatives.patterns, alternatives.needles())
    assert alternatives.search(folded, scan)
    assert not alternatives.search(folded[:80_000], scan)


def test_report_signs_count_the_kinds_read_apart_as_their_regexes_do():
    for text in itertools.islice(_texts(7, 400), 400):
        signs = report_signs(text)
        folded = prefilter.fold(text)
        for kind in _BY_ALTERNATIVES:
            assert kind in _COUNTED_APART
            assert signs.kind_words[kind] == len(re.findall(KIND_WORDS[kind], folded)), text


def test_the_signs_scan_with_long_beginnings_counts_as_each_regex_does():
    from archive.ingest.meeting_signs import SIGNS_HEAD_LENGTH, _signs_scan

    scan = _signs_scan()
    assert max(len(head) for heads in scan.heads.values() if heads for head in heads) > 8
    words = (
        "the security consultative committee ",
        "the foreign and defense ministers ",
        "the two leaders ",
        "japan-u.s.-australia ",
        "trilateral talks ",
        "2+2 ",
        "2 + 2 ",
        "the g7 summit ",
        "by phone ",
        "will meet ",
    )
    rng = random.Random(SIGNS_HEAD_LENGTH)
    for text in _texts(11, 300):
        folded = prefilter.fold(text + " ".join(rng.choice(words) for _ in range(4)))
        for pattern in scan.heads:
            assert scan.count(pattern, folded) == len(pattern.findall(folded)), (pattern, text)


@pytest.mark.parametrize(
    "source",
    [r"japan[-–, ]+u\.?s\.?[-–, ]+(?:rok|india)", r"a[xy]{2,4}b", r"(?:ab)?[-,]*c+d", r"q[ ]+?r"],
)
def test_every_match_of_a_repeated_character_begins_with_a_scan_head(source):
    from archive.ingest.pattern_heads import scan_heads

    pattern = re.compile(source)
    pieces = ("japan", "u.s.", "us", "-", "–", ",", " ", "rok", "india", "a", "b", "c", "d")
    pieces += ("x", "y", "q", "r")
    rng = random.Random(source)
    for length in (3, 8, 16):
        heads = scan_heads(pattern, length)
        for _ in range(300):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
            for at in range(len(text)):
                if pattern.match(text, at):
                    assert any(text.startswith(head, at) for head in heads), (text, at)

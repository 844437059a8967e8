"""The SCC's words by its members' posts read apart (sentence_posts.py, issue #10): the
same matches as the regex in meeting_words.KIND_WORDS["scc"], whose look-aheads try every
post at every character of a sentence. Invented sentences, in each order, with initials
and "u.s." inside them, sentence ends between the posts, posts just in and just out of
reach, and the SCC's other words overlapping the posts."""

import itertools
import re

import pytest

from archive.ingest import meeting_words, prefilter
from archive.ingest.meeting_signs import _KIND_PATTERNS, _SCC_PARTS, _SCC_POSTS, _scc_count
from archive.ingest.sentence_posts import Places, PostsInSentence

LATIN_POSTS = (
    "Secretary of State Blinken",
    "Secretary Austin",
    "Defense Minister Hamada",
    "Foreign Minister Hayashi",
    "their Japanese counterparts",
    "U.S. Secretary of Defense Lloyd J. Austin III",
    "the top U.S. diplomat",
    "Menteri Luar Negeri AS",
    "Ministro de Asuntos Exteriores",
)
CJK_POSTS = (
    "ブリンケン国務長官",
    "オースティン国防長官",
    "林外務大臣",
    "浜田防衛大臣",
    "블링컨",
    "오스틴",
    "일본 측 카운터파트",
)
JOINS = (" and ", " met ", ". ", ", with ", " said that ", "。", "\n", " " + "x" * 190 + " ")
OTHER_SCC_WORDS = (
    "the foreign and defense ministers",
    "defense and foreign ministers",
    "the 2+2",
    "the Security Consultative Committee",
    "menteri luar negeri dan menteri pertahanan Jepang",
)


def _texts():
    for posts in (LATIN_POSTS, CJK_POSTS):
        for first, second, third in itertools.permutations(posts[:5], 3):
            for join1, join2 in itertools.product(JOINS[:3], JOINS[4:]):
                yield f"{first}{join1}{second}{join2}{third}."
    for word, post in itertools.product(OTHER_SCC_WORDS, LATIN_POSTS):
        yield f"{post} and Secretary Blinken met {word} with {post}."


SCC = _KIND_PATTERNS["scc"]
SCAN = prefilter.PatternScan((*_SCC_PARTS, SCC))  # one automaton for every text


def _scan():
    return SCAN, SCC


def test_the_scc_is_counted_as_its_regex_counts_it():
    regex_counts = []
    for text in _texts():
        folded = prefilter.fold(text)
        scan, scc = _scan()
        assert _scc_count(folded, scan) == len(scc.findall(folded)), text
        regex_counts.append(len(scc.findall(folded)))
    assert 0 in regex_counts and max(regex_counts) >= 2  # both outcomes, overlaps met


def test_the_posts_match_where_the_regex_branches_match():
    branches = {
        posts: re.compile(
            "".join(
                rf"|(?:{first})"
                + "".join(rf"(?={character}{{0,{posts.reach}}}?(?:{post}))" for post in rest)
                for first, rest in orders
            )[1:]
        )
        for posts, orders, character in (
            (
                _SCC_POSTS[0],
                meeting_words.BOTH_US_POSTS_ORDERS,
                meeting_words.SENTENCE_CHARACTER,
            ),
            (
                _SCC_POSTS[1],
                meeting_words.BOTH_US_POSTS_CJK_ORDERS,
                meeting_words.CJK_SENTENCE_CHARACTER,
            ),
        )
    }
    matched = 0
    for text in _texts():
        folded = prefilter.fold(text)
        scan, _ = _scan()
        for posts, regex in branches.items():
            expected = {
                start: hit.end()
                for start in range(len(folded))
                if (hit := regex.match(folded, start))
            }
            assert posts.matches(Places(folded, scan)) == expected, text
            matched += bool(expected)
    assert matched > 50


@pytest.mark.parametrize(
    "text",
    [
        "Lloyd J. Austin met Hayashi. The U.S. and Japan. A.B.C. 2 p.m. e.g. Mr.. x .a.",
        "\u3000J. Austin\u2003a. b.\n.c. 日本。x.y",
    ],
)
def test_a_sentence_break_is_any_character_not_of_a_sentence(text):
    character = re.compile(meeting_words.SENTENCE_CHARACTER)
    breaks = re.compile(meeting_words.SENTENCE_BREAK)
    for i in range(len(text)):
        assert (character.match(text, i) is None) == (breaks.match(text, i) is not None)


def test_places_are_every_match_overlapping_ones_too():
    pattern = prefilter.folded_pattern(r"aba|ab")
    text = "xababa abab"
    scan = prefilter.PatternScan((pattern,))
    assert Places(text, scan).ends(pattern) == {1: 4, 3: 6, 7: 10, 9: 11}
    assert Places(text, scan).starts(pattern) == [1, 3, 7, 9]


def test_a_reach_is_counted_from_the_end_of_the_first_post():
    posts = PostsInSentence(((r"abc", (r"xyz",)),), r"[.\n]", 5)
    for gap, found in ((0, True), (5, True), (6, False)):
        text = "abc" + " " * gap + "xyz"
        scan = prefilter.PatternScan(posts.patterns)
        assert bool(posts.matches(Places(text, scan))) is found
    scan = prefilter.PatternScan(posts.patterns)
    assert not posts.matches(Places("abc.xyz", scan))


def test_a_post_without_literal_beginnings_is_refused():
    with pytest.raises(ValueError):
        PostsInSentence(((r"\w+", (r"abc",)),), r"\.", 10)

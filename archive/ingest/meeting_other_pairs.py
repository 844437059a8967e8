"""Words for a meeting of another pair of countries: "한미 정상회담", "米朝首脳会談",
"日韓外相会談", "美韩峰会", "the U.S.-China summit". A Korean report of the Korea-US summit
that mentions Japan, or a Japanese one of a Japan-China meeting, does not call a meeting
of the allies a summit; so each kind word (`meeting_words.KIND_WORDS`) that begins right
after a compound of countries lacking one of the two allies is taken off its kind's
count (`without_other_pairs`), as `meeting_recalled` does for a meeting of the month
before. A compound holding both ("日米韓", "한미일", "Japan-U.S.-South Korea") is the
allies' meeting of three and stays.

The compounds' pairs are literal strings read by the pass of
`meeting_names.names_automaton` that reads the report's places; a kind pattern is tried
only at the few characters after each compound. Pure: no Django.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Mapping
from itertools import permutations

from archive.ingest import prefilter
from archive.ingest.meeting_signs import _KIND_PATTERNS

# One-character (or one-syllable) names of countries, and which are the allies'.
_KO_COUNTRIES = "한미일북중러"
_KO_US, _KO_JAPAN = "미", "일"
_CJK_COUNTRIES = "日米美韓韩朝中露俄豪澳印英仏法独德比菲加"
_CJK_US, _CJK_JAPAN = "米美", "日"
_KO_JOINERS = ("", "-", "·")
_CJK_JOINERS = ("", "・", "·")
# Countries by their names in English, each ally's and others'.
_LATIN_US = ("u.s.", "us", "united states", "american")
_LATIN_JAPAN = ("japan", "japanese")
_LATIN_OTHERS = (
    "north korea", "south korea", "korea", "rok", "dprk", "china", "russia", "india",
    "australia", "philippines",
)  # fmt: skip
_LATIN_JOINERS = ("-", "–")


def _pairs() -> tuple[str, ...]:
    pairs = []
    for countries, joiners, allies in (
        (_KO_COUNTRIES, _KO_JOINERS, {_KO_US, _KO_JAPAN}),
        (_CJK_COUNTRIES, _CJK_JOINERS, None),
    ):
        for first, second in permutations(countries, 2):
            if allies is not None and {first, second} == allies:
                continue
            if allies is None and _has_both(first + second, _CJK_US, _CJK_JAPAN):
                continue
            pairs += [first + joiner + second for joiner in joiners]
    for side in (*_LATIN_US, *_LATIN_JAPAN):
        for other in _LATIN_OTHERS:
            for joiner in _LATIN_JOINERS:
                pairs += [side + joiner + other, other + joiner + side]
    return tuple(dict.fromkeys(pairs))


def _has_both(run: str, us: str, japan: str) -> bool:
    return any(c in us for c in run) and any(c in japan for c in run)


OTHER_PAIRS = _pairs()
_MARKERS = frozenset(OTHER_PAIRS)
_LATIN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz.")
# The kind word begins right after the compound, or after one space ("한미 정상회담",
# "u.s.-china summit"): "訪日中、首脳会談" is a visit to Japan, not a Japan-China meeting.
# What a kind pattern reads after the compound: a CJK kind word is short ("首脳会談",
# "외교장관 회담"), an English one longer ("foreign ministers' meeting").
_REACH = {"ko": 12, "cjk": 12, "latin": 32}
# A visit before the compound: "訪米中" / "방미중" / "来日中" is "during the visit to the US /
# Japan" (中 / 중 "during"), no pair of countries.
_VISIT_BEFORE = frozenset("訪访来來방")


_SCRIPTS = (
    # (its countries' characters, joiners inside a compound, the US's, Japan's)
    ("ko", frozenset(_KO_COUNTRIES), frozenset("-·"), frozenset(_KO_US), frozenset(_KO_JAPAN)),
    ("cjk", frozenset(_CJK_COUNTRIES), frozenset("・·"), frozenset(_CJK_US), frozenset(_CJK_JAPAN)),
)


def _other_pair(folded: str, start: int, end: int) -> tuple[int, str] | None:
    """Where the words after the compound ending with the pair found at [start, end)
    begin (past one space), and its script, when the compound names countries without
    both allies; else None. A pair inside a longer compound is read with the compound's
    last pair only."""
    for name, chars, joiners, us, japan in _SCRIPTS:
        if folded[start] in chars:
            if end < len(folded) and (folded[end] in chars or folded[end] in joiners):
                return None
            while start > 0 and (folded[start - 1] in chars or folded[start - 1] in joiners):
                start -= 1
            run = set(folded[start:end])
            if run & us and run & japan:
                return None
            if start > 0 and folded[start - 1] in _VISIT_BEFORE:
                return None
            script = name
            break
    else:
        script = "latin"
        before = folded[start - 1] if start else " "
        # A longer chain ("japan-u.s.-south korea") or a longer word ("us-china" in
        # "campus-china…") is not this pair (nor, as the kind word must begin right
        # after it, one in "u.s.-korean" or "u.s.-china-japan").
        if before in "-–" or before in _LATIN_CHARS:
            return None
    return (end + 1 if folded[end : end + 1] == " " else end), script


def without_other_pairs(
    kind_words: Counter, found_at: Mapping[str, Iterable[int]], folded: str
) -> Counter:
    """`kind_words` less one of its kind for each kind word that begins right after a
    compound of countries lacking one of the allies (OTHER_PAIRS, found at `found_at` in
    `folded`); a kind left at none is dropped. The counts given are not changed."""
    ends = sorted(
        {
            after
            for marker, starts in found_at.items()
            if marker in _MARKERS
            for at in starts
            if (after := _other_pair(folded, at, at + len(marker))) is not None
        }
    )
    if not ends or not kind_words:
        return kind_words
    pieces, firsts, at = [], [], 0
    for end, script in ends:
        pieces.append(folded[end : end + _REACH[script]])
        firsts.append((at, at + 1))
        at += len(pieces[-1]) + 1
    joined = "\n".join(pieces)
    taken: Counter = Counter()
    for kind in kind_words:
        begins = [match.start() for match in _SCAN.finditer(_KIND_PATTERNS[kind], joined)]
        other = sum(1 for low, high in firsts if _begins_within(begins, low, high))
        taken[kind] = min(kind_words[kind], other)
    left = Counter(kind_words)
    left.subtract(taken)
    return +left


def _begins_within(begins: list[int], low: int, high: int) -> bool:
    at = bisect.bisect_left(begins, low)
    return at < len(begins) and begins[at] < high


_SCAN = prefilter.pattern_scan(tuple(_KIND_PATTERNS.values()))

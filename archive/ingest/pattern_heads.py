"""What a hand-written regex's matches must begin with or contain, read off its parsed form
(`re._parser`): the literal beginnings (`literal_heads`), the first characters
(`first_characters`) and the strings one of which every match holds (`required_strings`).
A prefilter looks for these with `str.find` or an automaton and lets the regex try only
where they occur (`prefilter.PatternScan`, `prefilter.segment_finditer`, the chrome
screens of boilerplate.py)."""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parser
from typing import NamedTuple

_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_SMALL_CLASS = 16  # a character class of at most this many characters is spelled out
HEAD_LENGTH = 8  # characters of a pattern's literal beginnings, at most (longer: fewer tries)
MOST_HEADS = 256  # more beginnings than this: shorter ones


def literal_heads(pattern: re.Pattern, length: int = HEAD_LENGTH) -> tuple[str, ...] | None:
    """Strings (of at most `length` characters) one of which every match of `pattern`
    begins with, or None when there is no such set (a pattern that may begin with any
    letter, `\\s` or `.`, or matches case-insensitively). Zero-width assertions (`\\b`,
    look-behind) are passed over: `_tried_at` lets the regex check them. A beginning
    ends after an optional item ("u\\.?s" begins with "u." or "us")."""
    return _literal_heads(pattern, length, through_optional=False)


def scan_heads(pattern: re.Pattern, length: int = HEAD_LENGTH) -> tuple[str, ...] | None:
    """`literal_heads`, read on through an optional item ("u\\.?s" begins with "u.s" or
    "us"; "g[- ]?7" with "g-7", "g 7" or "g7"): longer beginnings, which a long text holds
    far less often ("g " is in every "meeting "), so a prefilter tries its regex at far
    fewer places."""
    return _literal_heads(pattern, length, through_optional=True)


def _literal_heads(pattern: re.Pattern, length: int, *, through_optional: bool):
    if pattern.flags & re.IGNORECASE:
        return None
    items = list(sre_parser.parse(pattern.pattern, pattern.flags))
    for shorter in range(length, 0, -1):
        try:
            heads = _heads(items, shorter, through_optional)
        except _Unbounded:
            return None
        if "" in heads:  # the pattern may match the empty string
            return None
        if len(heads) <= MOST_HEADS:
            return tuple(sorted(heads))
    return None


class _Unbounded(Exception):
    """A match may begin with (almost) any character."""


def _heads(items: list, length: int, through_optional: bool = False) -> set[str]:
    """The beginnings (up to `length` characters) of what the sequence `items` matches;
    a shorter string where the sequence ends or stops being literal (or, unless
    `through_optional`, where an optional or repeated item begins)."""
    if length == 0 or not items:
        return {""}
    (op, av), rest = items[0], items[1:]
    if op is sre.ASSERT and av[0] == 1 and through_optional:  # a look-ahead
        return _ahead_or_after(av[1], rest, length)
    if op in _ZERO_WIDTH:
        return _heads(rest, length, through_optional)
    if op is sre.BRANCH:
        return {
            head
            for alternative in av[1]
            for head in _heads([*alternative, *rest], length, through_optional)
        }
    if op is sre.SUBPATTERN:
        if av[1] & sre.SRE_FLAG_IGNORECASE:
            raise _Unbounded
        return _heads([*av[3], *rest], length, through_optional)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        if through_optional and av[1] == 1:  # (min, max, item): once at most, then the rest
            once = _heads([*av[2], *rest], length, through_optional)
        elif through_optional and _one_character(av[2]):
            once = _repeated_heads(
                _class_characters(av[2][0][1]) if av[2][0][0] is sre.IN else [chr(av[2][0][1])],
                rest,
                length,
            )
        else:
            once = _heads(list(av[2]), length, through_optional)  # the first of the repeats
        return once | _heads(rest, length, through_optional) if av[0] == 0 else once
    if op is sre.LITERAL:
        characters = [chr(av)]
    elif op is sre.IN:
        characters = _class_characters(av)
    else:
        characters = []
    if not characters:
        raise _Unbounded
    try:
        tails = _heads(rest, length - 1, through_optional)
    except _Unbounded:  # the beginning ends with this character
        tails = {""}
    return {char + tail for char in characters for tail in tails}


def _one_character(items) -> bool:
    """`items` is one literal or a class `_class_characters` spells out."""
    if len(items) != 1:
        return False
    op, av = items[0]
    return op is sre.LITERAL or (op is sre.IN and bool(_class_characters(av)))


def _repeated_heads(characters: list[str], rest: list, length: int) -> set[str]:
    """The beginnings of one character of `characters` or more, then `rest` (a separator
    run, "[-–, ]+", between two words): one of them and the rest's beginnings, or two of
    them (a longer run, cut there). "japan[-–, ]+u\\.s" begins with "japan-u.s" or
    "japan, ", not with every "japan " of a text."""
    if length == 1:
        return set(characters)
    try:
        after = _heads(rest, length - 1, True)
    except _Unbounded:  # the beginning ends with this character
        after = {""}
    return {char + tail for char in characters for tail in (*after, *characters)}


def _ahead_or_after(ahead, rest: list, length: int) -> set[str]:
    """The text where a look-ahead stands begins both with what the look-ahead matches and
    with what follows it: either set of beginnings will do, so the one whose shortest is
    longest (the rarer), the look-ahead's on a tie. ("(?=2\\s?\\+\\s?2)(?<!india )(?:…)"
    begins with "2+2" or "2 + 2" whatever the alternation after it begins with.)"""
    try:
        within = _heads(list(ahead), length, True)
    except _Unbounded:
        within = None
    if within is None or "" in within:
        return _heads(rest, length, True)
    try:
        after = _heads(rest, length, True)
    except _Unbounded:
        return within
    return after if min(map(len, after)) > min(map(len, within)) else within


def _class_characters(items) -> list[str]:
    """The characters of a class such as [cs] or [a-c]; [] for a negated class, a
    category (\\w, \\s) or a large range."""
    characters = []
    for op, av in items:
        if op is sre.LITERAL:
            characters.append(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < _SMALL_CLASS:
            characters.extend(chr(code) for code in range(av[0], av[1] + 1))
        else:
            return []
    return characters if len(characters) <= _SMALL_CLASS else []


def first_characters(pattern: re.Pattern) -> frozenset[str] | None:
    """The characters a non-empty match of `pattern` may begin with, read as printed
    (case-sensitively: a caller matching them with re.IGNORECASE gets every character the
    pattern may begin with, whatever its flags), or None when a match may begin with
    (almost) any character (`.`, `\\s`, a negated or large class, a back-reference).
    Zero-width assertions are passed over."""
    try:
        characters, _ = _first(list(sre_parser.parse(pattern.pattern, pattern.flags)))
    except _Unbounded:
        return None
    return frozenset(characters)


def _first(items: list) -> tuple[set[str], bool]:
    """(The first characters of what the sequence `items` matches, whether it may match
    the empty string)."""
    characters: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.BRANCH:
            found = [_first(list(alternative)) for alternative in av[1]]
            first = set().union(*(chars for chars, _ in found))
            empty = any(empty for _, empty in found)
        elif op is sre.SUBPATTERN:
            first, empty = _first(list(av[3]))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            first, empty = _first(list(av[2]))
            empty = empty or av[0] == 0
        elif op is sre.LITERAL:
            first, empty = {chr(av)}, False
        elif op is sre.IN and _class_characters(av):
            first, empty = set(_class_characters(av)), False
        else:
            raise _Unbounded
        characters |= first
        if not empty:
            return characters, False
    return characters, True


def required_strings(pattern: re.Pattern) -> frozenset[tuple[str, bool]] | None:
    """(String, caseless) pairs, one of whose strings occurs in the text of every match
    of `pattern` (what a positive look-ahead requires included): as printed when
    `caseless` is False, else in any case (read under re.IGNORECASE); None when no such
    set is found. Of the sets found, the one whose shortest string is longest, and then
    one not made of ASCII punctuation ("(" is in many lines)."""
    caseless = bool(pattern.flags & re.IGNORECASE)
    return _required(list(sre_parser.parse(pattern.pattern, pattern.flags)), caseless)


def _rarity(strings: frozenset[tuple[str, bool]]) -> tuple[int, bool, int]:
    shortest = min(len(string) for string, _ in strings)
    punctuation = any(len(s) == 1 and s.isascii() and not s.isalnum() for s, _ in strings)
    return shortest, not punctuation, -len(strings)


def _required(items: list, caseless: bool) -> frozenset[tuple[str, bool]] | None:
    found: list[frozenset[tuple[str, bool]]] = []
    run = ""  # consecutive literal characters
    for op, av in items:
        if op is sre.LITERAL:
            run += chr(av)
            continue
        if run:
            found.append(frozenset([(run, caseless)]))
            run = ""
        part = None
        if op is sre.BRANCH:
            alternatives = [_required(list(alternative), caseless) for alternative in av[1]]
            if all(alternatives):
                part = frozenset().union(*alternatives)
        elif op is sre.SUBPATTERN:  # (group, flags added, flags removed, pattern)
            inner = (caseless or bool(av[1] & re.IGNORECASE)) and not av[2] & re.IGNORECASE
            part = _required(list(av[3]), inner)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            part = _required(list(av[2]), caseless)
        elif op is sre.ASSERT:  # (direction, pattern): its text is the searched text's
            part = _required(list(av[1]), caseless)
        elif op is sre.IN and _class_characters(av):
            part = frozenset((char, caseless) for char in _class_characters(av))
        if part:
            found.append(part)
    if run:
        found.append(frozenset([(run, caseless)]))
    return max(found, key=_rarity) if found else None


# A follower's beginnings are looked for in a long text: short Latin ones ("us", "me")
# would be found in most words.
_SHORTEST_FOLLOWER = 3
# A gap is a repeat whose length varies by this much at least: a regex walking it tries
# what follows at every character ("[^.\n]{0,60}?"); an optional character ("s?") is none.
WIDEST_GAP = 16
# Characters of a follower's beginnings, at most: a whole post ("foreign minister") is
# found in fewer places than its first word, and gives a narrower screen.
FOLLOWER_LENGTH = 16
_FARTHEST_FOLLOWER = 1 << 20


def followers(pattern: re.Pattern, length: int = FOLLOWER_LENGTH) -> tuple[Follower, ...]:
    """What a match of `pattern` holds after each gap of its top-level sequence (a
    repeat whose length varies by WIDEST_GAP or more, "[^.\\n]{0,60}?"): for each, how
    many characters after the match's start it begins (from `lo` to `hi`) and strings
    one of which it begins with (`heads`, read as `scan_heads` reads them, up to `length`
    characters). A place where no follower's head begins within reach is the start of no
    match (`pattern_alternatives.Alternatives`). Only followers whose heads are all long
    enough to be rare (3 characters, or any non-ASCII)."""
    if pattern.flags & re.IGNORECASE:
        return ()
    tree = sre_parser.parse(pattern.pattern, pattern.flags)
    items = list(tree)
    found = []
    for at in range(1, len(items)):
        op, av = items[at - 1]
        if op not in (sre.MAX_REPEAT, sre.MIN_REPEAT) or av[1] - av[0] < WIDEST_GAP:
            continue
        try:
            heads = _heads(items[at:], length, True)
        except _Unbounded:
            continue
        if not heads or len(heads) > MOST_HEADS or not all(map(_rare_enough, heads)):
            continue
        lo, hi = sre_parser.SubPattern(tree.state, items[:at]).getwidth()
        if hi > _FARTHEST_FOLLOWER:  # after an unbounded repeat: anywhere on
            continue
        found.append(Follower(lo, hi, tuple(sorted(heads))))
    return tuple(found)


def _rare_enough(head: str) -> bool:
    return len(head) >= _SHORTEST_FOLLOWER or (head != "" and not head.isascii())


class Follower(NamedTuple):
    """See `followers`."""

    lo: int
    hi: int
    heads: tuple[str, ...]

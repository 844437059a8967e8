"""A case-insensitive keyword regex tried only where one of its words is in the text.

Topics and meetings each have a regex of their keywords (`reference.alternation`, with
`re.IGNORECASE`), and scanning a long report with each of them is most of the work on
it (issue #10: parse time). Most keywords (a meeting's city, say) are not in a given
report, and `str.find` is many times faster than a regex scan; so each keyword is looked
for, folded, in the folded text, and the regex is tried only where one was found: a
match can begin nowhere else. `finditer` gives exactly the matches of
`pattern.finditer(text)`, in order.

Folding maps every character to one representative of the characters `re.IGNORECASE`
lets match it, keeping one character for one: lower case, plus the four non-ASCII letters
that match an ASCII one ("K" Kelvin sign, "ſ" long s, "İ" and "ı"). That is sound for
keywords made of ASCII characters, Latin letters with diacritics ("Pekín") and
characters without case (CJK, digits, punctuation), which match only themselves: every
character re.IGNORECASE lets match one of theirs folds to the same character, which
tests/ingest/test_prefilter.py checks against `re` over every code point. A keyword with
any other letter (Greek, Cyrillic) is not looked for this way: its regex scans the text.

Looking for each keyword with its own `str.find` still reads the whole text once per
keyword absent from it, hundreds of times for the reference's aliases and keywords. So
`Needles` finds every occurrence of a whole family of words in one pass (an Aho-Corasick
automaton, built once per reference), remembered for the last text it read; a `Forms`
tuple carries the `Needles` that hold its words, and `finditer` reads their starts from
there. A hand-written pattern (the kind and format words of meetings.py) is tried only
where one of its literal beginnings (`literal_heads`) occurs, found the same way.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parser
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

import ahocorasick_rs

from archive.ingest.spans import TextMemo

DFA = ahocorasick_rs.Implementation.DFA

# Non-ASCII characters that re.IGNORECASE matches with an ASCII letter.
_TO_ASCII = str.maketrans({"\u212a": "k", "\u017f": "s", "\u0130": "i", "\u0131": "i"})


# Latin-1 letters and Latin Extended-A and -B (diacritics), checked like ASCII by the tests.
LATIN_EXTENDED = ("\u00c0", "\u024f")


_SPECIAL = "\u212a\u017f\u0130\u0131"


def fold(text: str) -> str:
    """`text` with each character replaced by its IGNORECASE representative (same length).
    The folds of the last long texts are kept: several readers fold a report's body (the
    topics, the roles) and the meeting's text (its signs and its context)."""
    if len(text) < LONG_FOLD:
        return _fold(text)
    return _LastFold.memo.setdefault(text, lambda: _fold(text))


def _fold(text: str) -> str:
    # The four are rare (translating costs ten lower()s) and never in an ASCII text.
    if not text.isascii() and any(char in text for char in _SPECIAL):
        text = text.translate(_TO_ASCII)
    return text.lower()


LONG_FOLD = 4096  # a text at least this long keeps its fold (`_LastFold`)


class _LastFold:
    """The last long texts `fold` folded (the body, the meeting's text), and their folds."""

    memo = TextMemo()


def fold_once(text: str) -> str:
    """`fold(text)` (which keeps the fold of the last long texts read)."""
    return fold(text)


def _caseless(char: str) -> bool:
    return char.lower() == char == char.upper()


def _foldable(char: str) -> bool:
    return char.isascii() or LATIN_EXTENDED[0] <= char <= LATIN_EXTENDED[1] or _caseless(char)


def foldable(form: str) -> bool:
    """True when every character of `form` is ASCII, a Latin letter with a diacritic
    (U+00C0 to U+024F: "Pekín", "Taiwán") or has no case."""
    return all(_foldable(char) for char in form)


def folded_pattern(source: str) -> re.Pattern:
    """The regex that finds on `fold(text)` exactly what `re.compile(source,
    re.IGNORECASE)` finds on `text` (same spans): `source` read case-sensitively, which
    lets `re` skip ahead by its first characters. Only for a pattern written in lower
    case (an upper-case letter outside an escape such as \\b or \\S is refused): each of
    its letters then matches, case-insensitively, exactly the characters that fold to it,
    and folding keeps word characters, spaces and line breaks what they are."""
    if re.search(r"(?<!\\)[A-Z]", source):
        raise ValueError(f"an upper-case letter in {source!r}")
    return re.compile(source)


def _occurrences(needle: str, haystack: str) -> Iterator[int]:
    """Every start of `needle` in `haystack`, overlapping ones included."""
    found = haystack.find(needle)
    while found != -1:
        yield found
        found = haystack.find(needle, found + 1)


def finditer(
    pattern: re.Pattern, forms: Iterable[str], text: str, folded_text: str
) -> Iterator[re.Match]:
    """`pattern.finditer(text)`, where `pattern` is `reference.alternation(forms, ...,
    flags=re.IGNORECASE)`: each of its matches is one of `forms` as printed, so it starts
    where a folded form occurs in `folded_text` (`fold(text)`). The regex is tried there
    only, in order, as finditer would (with the text before, for its look-behind), and
    never again inside a match it found."""
    if isinstance(forms, Forms) and forms.held:  # the usual case: a set lookup, in C
        return _tried_at(pattern, text, forms.needles.starts_of(forms.held, folded_text))
    folded = forms.folded if isinstance(forms, Forms) else _folded_forms(tuple(forms))
    if folded is None:
        return pattern.finditer(text)
    return _tried_at(pattern, text, _starts(folded, folded_text, getattr(forms, "needles", None)))


def _folded_forms(forms: tuple[str, ...]) -> tuple[str, ...] | None:
    """The forms folded, or None when one is empty or not `foldable` (or there is none):
    its regex then scans the text."""
    if not forms or not all(form and foldable(form) for form in forms):
        return None
    return tuple(fold(form) for form in forms)


def finditer_exact(pattern: re.Pattern, forms: Iterable[str], text: str) -> Iterator[re.Match]:
    """`pattern.finditer(text)` for `pattern = reference.alternation(forms)` (case
    sensitive): tried only where one of `forms` occurs in `text`."""
    needles = getattr(forms, "needles", None)
    forms = tuple(forms)
    if not forms or not all(forms):
        return pattern.finditer(text)
    return _tried_at(pattern, text, _starts(forms, text, needles))


def _starts(needles: Iterable[str], haystack: str, scan: Needles | None = None) -> list[int]:
    if scan is not None:
        return scan.starts(needles, haystack)
    return sorted({start for needle in needles for start in _occurrences(needle, haystack)})


def tried_at(pattern: re.Pattern, text: str, starts: list[int]) -> Iterator[re.Match]:
    """`pattern.finditer(text)` when every match of `pattern` (never an empty one) begins
    at one of `starts` (in order): tried there only, and never again inside a match."""
    return _tried_at(pattern, text, starts)


def _tried_at(pattern: re.Pattern, text: str, starts: list[int]) -> Iterator[re.Match]:
    end = 0
    for start in starts:
        if start < end:
            continue
        match = pattern.match(text, start)
        if match:
            yield match
            end = match.end()


def sub_at(
    pattern: re.Pattern, repl: str | Callable[[re.Match], str], text: str, starts: Iterable[int]
) -> str:
    """`pattern.sub(repl, text)` (a string `repl` taken literally) for a pattern that never
    matches the empty string, tried only at `starts` (in order) and right after each
    match: the same result when every match of `pattern` can only begin at one of them."""
    pieces, last = [], 0
    for start in starts:
        match = pattern.match(text, start) if start >= last else None
        while match:
            pieces += (text[last : match.start()], repl if isinstance(repl, str) else repl(match))
            last = match.end()
            match = pattern.match(text, last) if last < len(text) else None
    pieces.append(text[last:])
    return "".join(pieces)


EXTEND_FROM = 4096  # a text at least this long is extended, not read again (`Needles._extend`)


class Needles:
    """Every start of each of a fixed set of strings in a text, all found in one pass of an
    Aho-Corasick automaton (overlapping occurrences included), for the last text read.

    Shared by every report a Reference parses: the remembered text is replaced as a whole
    (one assignment), so threads parsing different texts at most read a text twice."""

    def __init__(self, needles: Iterable[str]):
        self._order = sorted({needle for needle in needles if needle})
        self.needles = frozenset(self._order)
        # A DFA: built once per reference, it reads a text two to three times faster
        # than the default (non-contiguous NFA) automaton.
        self._automaton = (
            ahocorasick_rs.AhoCorasick(self._order, implementation=DFA) if self._order else None
        )
        self._longest = max(map(len, self._order), default=0)
        self._last: tuple[str, dict[str, list[int]]] | None = None
        self.passes = 0  # texts read: a count for tests (tests/ingest/test_linear_parse.py)
        self.extended = 0  # texts read as the last one extended (`_extend`): for tests

    def __reduce__(self):  # the automaton and the remembered text are rebuilt, not pickled
        return (Needles, (self._order,))

    def table(self, haystack: str) -> dict[str, list[int]]:
        """{needle: its starts in `haystack`, in order} for the needles that occur."""
        last = self._last
        if last is not None and (last[0] is haystack or last[0] == haystack):
            self._last = (haystack, last[1])  # an equal text: the next call compares identities
            return last[1]
        found: dict[str, list[int]] = {}
        if self._automaton is not None:
            if last is not None and len(last[0]) >= EXTEND_FROM and haystack.startswith(last[0]):
                found = self._extend(last[0], last[1], haystack)
            else:
                found = self._find(haystack)
        self.passes += 1
        self._last = (haystack, found)
        return found

    def _find(self, haystack: str, offset: int = 0, after: int = -1) -> dict[str, list[int]]:
        """{needle: its starts} in `haystack` (plus `offset`) for the occurrences ending
        past `after`."""
        # (needle's position, start, end) in characters; one needle's in order.
        by_position = defaultdict(list)
        for i, start, end in self._automaton.find_matches_as_indexes(haystack, overlapping=True):
            if end > after:
                by_position[i].append(offset + start)
        return {self._order[i]: sorted(starts) for i, starts in by_position.items()}

    def _extend(self, prefix: str, table: dict[str, list[int]], haystack: str) -> dict:
        """The table of `haystack`, which begins with `prefix` (whose table is `table`): a
        report's body, then the body with its captions and headline after it (the meeting's
        text). An occurrence ending inside the prefix is in its table; one ending past it
        begins at most the longest needle's length before its end, so only the tail from
        there is read. (The prefix's lists are not changed: callers may hold them.)"""
        self.extended += 1
        cut = max(0, len(prefix) - self._longest + 1)
        tail = self._find(haystack[cut:], cut, len(prefix) - cut)
        return {
            **table,
            **{needle: table.get(needle, []) + starts for needle, starts in tail.items()},
        }

    def present(self, haystack: str) -> set[str]:
        """The needles that occur in `haystack` (one pass; nothing remembered)."""
        if self._automaton is None:
            return set()
        # The matched strings are the needles themselves: the set is made in C (the
        # chrome screens ask this of every line: 36,000 lines on 5 MB of English).
        return set(self._automaton.find_matches_as_strings(haystack, overlapping=True))

    def starts_of(self, held: frozenset[str], haystack: str) -> list[int]:
        """`starts(held, haystack)` for needles this set holds: only those found are read
        (one set intersection with the table), not every one of `held` in turn."""
        table = self.table(haystack)
        found = table.keys() & held
        if len(found) <= 1:  # one needle's starts: in order, each once
            return table[found.pop()] if found else []
        return sorted({start for needle in found for start in table[needle]})

    def starts(self, needles: Iterable[str], haystack: str) -> list[int]:
        """Every start of any of `needles` in `haystack`, in order, each once: what
        `_starts` finds with str.find. A needle this set does not hold is looked for
        with str.find."""
        table = self.table(haystack)
        found: set[int] = set()
        for needle in needles:
            if needle in self.needles:
                found.update(table.get(needle, ()))
            else:
                found.update(_occurrences(needle, haystack))
        return sorted(found)


class Forms(tuple):
    """A keyword regex's forms as printed (a tuple), with the `Needles` that hold them
    (folded for `finditer`, as printed for `finditer_exact`)."""

    needles: Needles | None
    folded: tuple[str, ...] | None  # `_folded_forms`: read once, not at every finditer
    # The folded forms when `needles` holds every one of them (`Needles.starts_of`).
    held: frozenset[str] | None

    def __new__(cls, forms: Iterable[str], needles: Needles | None = None):
        self = super().__new__(cls, forms)
        self.needles = needles
        self.folded = _folded_forms(tuple(self))
        held = frozenset(self.folded or ())
        self.held = held if held and needles is not None and held <= needles.needles else None
        return self

    def __reduce__(self):
        return (Forms, (tuple(self), self.needles))


_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_SMALL_CLASS = 16  # a character class of at most this many characters is spelled out
HEAD_LENGTH = 8  # characters of a pattern's literal beginnings, at most (longer: fewer tries)
MOST_HEADS = 256  # more beginnings than this: shorter ones


def literal_heads(pattern: re.Pattern, length: int = HEAD_LENGTH) -> tuple[str, ...] | None:
    """Strings (of at most `length` characters) one of which every match of `pattern`
    begins with, or None when there is no such set (a pattern that may begin with any
    letter, `\\s` or `.`, or matches case-insensitively). Zero-width assertions (`\\b`,
    look-behind) are passed over: `_tried_at` lets the regex check them."""
    if pattern.flags & re.IGNORECASE:
        return None
    items = list(sre_parser.parse(pattern.pattern, pattern.flags))
    for shorter in range(length, 0, -1):
        try:
            heads = _heads(items, shorter)
        except _Unbounded:
            return None
        if "" in heads:  # the pattern may match the empty string
            return None
        if len(heads) <= MOST_HEADS:
            return tuple(sorted(heads))
    return None


class _Unbounded(Exception):
    """A match may begin with (almost) any character."""


def _heads(items: list, length: int) -> set[str]:
    """The beginnings (up to `length` characters) of what the sequence `items` matches;
    a shorter string where the sequence ends or stops being literal."""
    if length == 0 or not items:
        return {""}
    (op, av), rest = items[0], items[1:]
    if op in _ZERO_WIDTH:
        return _heads(rest, length)
    if op is sre.BRANCH:
        return {head for alternative in av[1] for head in _heads([*alternative, *rest], length)}
    if op is sre.SUBPATTERN:
        if av[1] & sre.SRE_FLAG_IGNORECASE:
            raise _Unbounded
        return _heads([*av[3], *rest], length)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        once = _heads(list(av[2]), length)  # the first of one or more repeats
        return once | _heads(rest, length) if av[0] == 0 else once
    if op is sre.LITERAL:
        characters = [chr(av)]
    elif op is sre.IN:
        characters = _class_characters(av)
    else:
        characters = []
    if not characters:
        raise _Unbounded
    try:
        tails = _heads(rest, length - 1)
    except _Unbounded:  # the beginning ends with this character
        tails = {""}
    return {char + tail for char in characters for tail in tails}


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


class PatternScan:
    """Hand-written patterns (read case-sensitively, on a folded text) tried only where
    one of their literal beginnings occurs, all beginnings found in one pass: the same
    matches as the patterns' own finditer, search and findall."""

    def __init__(self, patterns: Iterable[re.Pattern]):
        self.heads = {pattern: literal_heads(pattern) for pattern in patterns}
        self.needles = Needles(head for heads in self.heads.values() if heads for head in heads)

    def finditer(self, pattern: re.Pattern, text: str) -> Iterator[re.Match]:
        heads = self.heads[pattern] if pattern in self.heads else literal_heads(pattern)
        if heads is None:
            return pattern.finditer(text)
        return _tried_at(pattern, text, self.needles.starts(heads, text))

    def count(self, pattern: re.Pattern, text: str) -> int:
        """`len(pattern.findall(text))`."""
        return sum(1 for _ in self.finditer(pattern, text))

    def search(self, pattern: re.Pattern, text: str) -> bool:
        """`pattern.search(text) is not None`."""
        return next(iter(self.finditer(pattern, text)), None) is not None


@lru_cache(maxsize=16)
def pattern_scan(patterns: tuple[re.Pattern, ...]) -> PatternScan:
    """The PatternScan of `patterns`, built once."""
    return PatternScan(patterns)


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


_BEFORE_BREAKER = {}  # breakers' pattern -> "(?s:.*)[breakers]" (the last breaker before a point)


def segment_finditer(
    pattern: re.Pattern, text: str, breakers: re.Pattern, folded: str | None = None
) -> Iterator[re.Match]:
    """`pattern.finditer(text)`, for a pattern none of whose matches holds a character of
    `breakers` (a class of characters that are neither word characters nor "-", so that
    the end of a stretch reads as the character after it does to `\\b` and look-aheads):
    run only on the stretches between two breakers that hold one of the pattern's
    required strings (`required_strings`; caseless ones found in `folded`, `fold(text)`).
    A pattern beginning with `\\b` or a look-behind is tried by `re` at every character
    of the text; the stretches holding a rare word are a small part of a long report."""
    required = _required_of(pattern)
    if required is None:
        return pattern.finditer(text)
    if folded is None and any(caseless for _, caseless in required):
        folded = fold(text)
    starts = sorted(
        {
            start
            for string, caseless in required
            for start in _occurrences(string, folded if caseless else text)
        }
    )
    return _in_stretches(pattern, text, breakers, starts)


def _in_stretches(
    pattern: re.Pattern, text: str, breakers: re.Pattern, starts: list[int]
) -> Iterator[re.Match]:
    before = _BEFORE_BREAKER.get(breakers)
    if before is None:
        before = _BEFORE_BREAKER[breakers] = re.compile(rf"(?s:.*){breakers.pattern}")
    end = -1
    for start in starts:
        if start < end:
            continue  # in the stretch just read
        lo, last = max(0, start - 512), None
        while last is None and lo > 0:
            last = before.match(text, lo, start)
            lo = max(0, lo - 8 * (start - lo))
        if last is None:
            last = before.match(text, 0, start)
        after = breakers.search(text, start)
        end = after.start() if after else len(text)
        yield from pattern.finditer(text, last.end() if last else 0, end)


@lru_cache(maxsize=64)
def _required_of(pattern: re.Pattern) -> frozenset[tuple[str, bool]] | None:
    required = required_strings(pattern)
    if required is None or not all(s and foldable(s) for s, caseless in required if caseless):
        return None
    return frozenset((fold(s) if caseless else s, caseless) for s, caseless in required)

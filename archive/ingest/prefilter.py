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

Each keyword is not looked for with its own `str.find`: a `Forms` tuple carries the
`Needles` (needles.py: one automaton pass finds a whole family of words) that hold its
words, and `finditer` reads their starts from there. A hand-written pattern (the kind and
format words of meetings.py) is tried only where one of its literal beginnings occurs
(`literal_heads`, pattern_heads.py), found the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from archive.ingest.needles import EXTEND_FROM, Needles
from archive.ingest.needles import occurrences as _occurrences
from archive.ingest.pattern_heads import (
    HEAD_LENGTH,
    MOST_HEADS,
    first_characters,
    literal_heads,
    required_strings,
    scan_heads,
)
from archive.ingest.spans import TextMemo

__all__ = [
    "EXTEND_FROM",
    "HEAD_LENGTH",
    "MOST_HEADS",
    "Forms",
    "Needles",
    "PatternScan",
    "TextMemo",
    "finditer",
    "finditer_exact",
    "first_characters",
    "fold",
    "fold_once",
    "foldable",
    "folded_pattern",
    "literal_heads",
    "pattern_scan",
    "present",
    "required_strings",
    "scan_heads",
    "segment_finditer",
    "sub_at",
    "tried_at",
]

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
    return _LastFold.memo.setdefault(text, lambda: _fold_extending(text))


def _fold_extending(text: str) -> str:
    """`_fold(text)`; for a text that begins with a long one folded last, then a line
    break (the meeting's text: the body, then its captions and headline), the kept fold
    and the rest's. Folding maps each character on its own, but for a capital sigma,
    which reads its neighbours up to the line break (not a letter, nor passed over)."""
    for stored, folded in _LastFold.memo.entries:
        cut = len(stored)
        if cut < len(text) and text[cut] == "\n" and text.startswith(stored):
            return folded + _fold(text[cut:])
    return _fold(text)


def _fold(text: str) -> str:
    # The four are rare (translating costs ten lower()s) and never in an ASCII text.
    if not text.isascii() and any(char in text for char in _SPECIAL):
        text = text.translate(_TO_ASCII)
    return case_mapped(text, str.lower)


CASE_CHUNK = 256  # characters a long text is case-mapped at a time (`case_mapped`)
_CAPITAL_SIGMA = "\u03a3"


def case_mapped(text: str, mapping: Callable[[str], str]) -> str:
    """`mapping(text)` for str.lower or str.casefold. CPython maps an ASCII string by a
    table, and any other character by character through a buffer several times the
    text's size: a long Latin-script text, where a curly quote makes the whole string
    non-ASCII, is mapped CASE_CHUNK characters at a time, most pieces then ASCII (half
    the time on 5 MB of English). The same string: both map each character on its own,
    but for lower's capital sigma, which reads its neighbours (a text holding one is
    mapped whole). A text whose opening pieces are mostly not ASCII (CJK) is mapped
    whole: its pieces would gain nothing."""
    if (
        len(text) < LONG_FOLD
        or text.isascii()
        or (mapping is str.lower and _CAPITAL_SIGMA in text)
        or not _opens_in_ascii(text)
    ):
        return mapping(text)
    return "".join([mapping(text[at : at + CASE_CHUNK]) for at in range(0, len(text), CASE_CHUNK)])


def _opens_in_ascii(text: str, pieces: int = 32) -> bool:
    """At least a quarter of the text's first `pieces` pieces of CASE_CHUNK are ASCII."""
    ascii_pieces = sum(
        text[at : at + CASE_CHUNK].isascii()
        for at in range(0, min(len(text), pieces * CASE_CHUNK), CASE_CHUNK)
    )
    return ascii_pieces * 4 >= pieces


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


class PatternScan:
    """Hand-written patterns (read case-sensitively, on a folded text) tried only where
    one of their literal beginnings occurs, all beginnings found in one pass: the same
    matches as the patterns' own finditer, search and findall. `also`: other strings
    its readers look for in the same pass (`pattern_alternatives.Alternatives.needles`);
    `length`: the longest beginning looked for (longer ones are found in fewer places,
    so each pattern is tried at fewer; more of them may make the pass no faster)."""

    def __init__(
        self, patterns: Iterable[re.Pattern], also: Iterable[str] = (), length: int = HEAD_LENGTH
    ):
        self.heads = {pattern: scan_heads(pattern, length) for pattern in patterns}
        self.needles = Needles(
            (*(head for heads in self.heads.values() if heads for head in heads), *also)
        )

    def finditer(self, pattern: re.Pattern, text: str) -> Iterator[re.Match]:
        heads = self.heads[pattern] if pattern in self.heads else scan_heads(pattern)
        if heads is None:
            return pattern.finditer(text)
        return _tried_at(pattern, text, self.needles.starts(heads, text))

    def count(self, pattern: re.Pattern, text: str) -> int:
        """`len(pattern.findall(text))`."""
        return sum(1 for _ in self.finditer(pattern, text))

    def search(self, pattern: re.Pattern, text: str) -> bool:
        """`pattern.search(text) is not None`."""
        return next(iter(self.finditer(pattern, text)), None) is not None


PRESENT_WINDOW = 1 << 16  # characters: where `present` looks first


def present(pattern: re.Pattern, text: str) -> bool:
    """`pattern.search(text) is not None`, for a pattern (a hand-written one, read on a
    folded text) that most texts holding a match hold one of near their start: searched
    in the first PRESENT_WINDOW characters, a match found there confirmed on the whole
    text (what follows the window may undo a look-ahead or a `\\b`); failing that, the
    whole text read by `pattern_scan((pattern,))`."""
    if len(text) <= PRESENT_WINDOW:
        return pattern.search(text) is not None
    hit = pattern.search(text, 0, PRESENT_WINDOW)
    if hit and pattern.match(text, hit.start()):
        return True
    return pattern_scan((pattern,)).search(pattern, text)


@lru_cache(maxsize=16)
def pattern_scan(
    patterns: tuple[re.Pattern, ...], also: tuple[str, ...] = (), length: int = HEAD_LENGTH
) -> PatternScan:
    """The PatternScan of `patterns` (and `also`, `length`), built once."""
    return PatternScan(patterns, also, length)


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
    return _in_stretches(pattern, text, breakers, _required_starts(required, text, folded))


def _required_starts(
    required: frozenset[tuple[str, bool]], text: str, folded: str | None
) -> list[int]:
    """Every start of a required string (caseless ones in `folded`), in order, each once:
    found by one automaton pass for each kind, which on a long body joins the other
    families' pass over its fold (needles.py's groups), rather than a `str.find` through
    the whole text for each string."""
    starts: set[int] = set()
    for caseless, haystack in ((True, folded), (False, text)):
        strings = tuple(sorted(string for string, kind in required if kind is caseless))
        if strings:
            starts.update(_needles_of(strings).starts(strings, haystack))
    return sorted(starts)


@lru_cache(maxsize=64)
def _needles_of(strings: tuple[str, ...]) -> Needles:
    return Needles(strings)


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

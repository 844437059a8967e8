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
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

# Non-ASCII characters that re.IGNORECASE matches with an ASCII letter.
_TO_ASCII = str.maketrans({"\u212a": "k", "\u017f": "s", "\u0130": "i", "\u0131": "i"})


# Latin-1 letters and Latin Extended-A and -B (diacritics), checked like ASCII by the tests.
LATIN_EXTENDED = ("\u00c0", "\u024f")


_SPECIAL = "\u212a\u017f\u0130\u0131"


def fold(text: str) -> str:
    """`text` with each character replaced by its IGNORECASE representative (same length)."""
    if any(char in text for char in _SPECIAL):  # rare: translating costs ten lower()s
        text = text.translate(_TO_ASCII)
    return text.lower()


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
    forms = tuple(forms)
    if not forms or not all(form and foldable(form) for form in forms):
        return pattern.finditer(text)
    return _tried_at(pattern, text, _starts((fold(form) for form in forms), folded_text))


def finditer_exact(pattern: re.Pattern, forms: Iterable[str], text: str) -> Iterator[re.Match]:
    """`pattern.finditer(text)` for `pattern = reference.alternation(forms)` (case
    sensitive): tried only where one of `forms` occurs in `text`."""
    forms = tuple(forms)
    if not forms or not all(forms):
        return pattern.finditer(text)
    return _tried_at(pattern, text, _starts(forms, text))


def _starts(needles: Iterable[str], haystack: str) -> list[int]:
    return sorted({start for needle in needles for start in _occurrences(needle, haystack)})


def _tried_at(pattern: re.Pattern, text: str, starts: list[int]) -> Iterator[re.Match]:
    end = 0
    for start in starts:
        if start < end:
            continue
        match = pattern.match(text, start)
        if match:
            yield match
            end = match.end()

"""Skip a case-insensitive keyword regex when none of its words is in the text at all.

Topics and meetings each have a regex of their keywords (`reference.alternation`, with
`re.IGNORECASE`), and scanning a long report with each of them is most of the work on
it (issue #10: parse time). Most keywords (a meeting's city, say) are not in a given
report, and `in` on a string is many times faster than a regex scan; so each keyword is
first looked for, folded, in the folded text, and a regex none of whose keywords is there
is not run: it could not have matched.

Folding maps every character to one representative of the characters `re.IGNORECASE`
lets match it, keeping one character for one: lower case, plus the four non-ASCII letters
that match an ASCII one ("K" Kelvin sign, "ſ" long s, "İ" and "ı"). That is sound for
keywords made of ASCII characters and of characters without case (CJK, digits,
punctuation), which match only themselves; a keyword with any other letter ("Genève")
is never ruled out this way (its regex always runs). tests/ingest/test_prefilter.py
checks the folding against `re` over every code point.
"""

from __future__ import annotations

from collections.abc import Iterable

# Non-ASCII characters that re.IGNORECASE matches with an ASCII letter.
_TO_ASCII = str.maketrans({"\u212a": "k", "\u017f": "s", "\u0130": "i", "\u0131": "i"})


def fold(text: str) -> str:
    """`text` with each character replaced by its IGNORECASE representative (same length)."""
    return text.translate(_TO_ASCII).lower()


def _caseless(char: str) -> bool:
    return char.lower() == char == char.upper()


def foldable(form: str) -> bool:
    """True when every character of `form` is ASCII or has no case."""
    return all(char.isascii() or _caseless(char) for char in form)


def may_match(forms: Iterable[str], folded_text: str) -> bool:
    """False only when no form can match, case-insensitively, in the text `folded_text`
    was folded from."""
    return any(not foldable(form) or fold(form) in folded_text for form in forms)

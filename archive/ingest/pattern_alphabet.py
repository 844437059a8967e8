"""The characters no whole match of a pattern can hold.

A chrome pattern made of runs of negated classes (a breadcrumb: segments of
`[^>.!?]{1,30}` between arrows) cannot match a line holding one of the characters every
part of it refuses ("." for the breadcrumb). Trying such a pattern on a long sentence
holding its separator costs hundreds of microseconds of backtracking (issue #10);
finding one refused character in the line costs a C scan that mostly stops at the first
sentence's end.
"""

from __future__ import annotations

import re
import re._compiler as sre_compile
import re._constants as sre
import re._parser as sre_parser

# Ops that consume nothing: they never put a character into the match.
_ZERO_WIDTH = frozenset({sre.AT})
_ONE_CHARACTER = frozenset({sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN})


class _AnyText(Exception):
    """A part of the pattern whose characters cannot be read from it (a back-reference)."""


def refused_characters(pattern: re.Pattern) -> frozenset[str]:
    """The characters no match of `pattern` holds: among those a negated class or a
    negated literal names, the ones no single-character part of the pattern (read with
    the flags in force where it stands) matches. Empty when none is found or the
    pattern holds a back-reference. Look-arounds' parts count as matching parts too, so
    the set is never larger than it should be, for a search as for a full match."""
    parsed = sre_parser.parse(pattern.pattern, pattern.flags)
    parts: list[tuple[tuple, int]] = []
    try:
        _collect(list(parsed), parsed.state.flags, parts)
    except _AnyText:
        return frozenset()
    candidates = {character for part, _ in parts for character in _negated(part)}
    if not candidates:
        return frozenset()
    matchers = [
        sre_compile.compile(sre_parser.SubPattern(parsed.state, [part]), flags)
        for part, flags in parts
    ]
    return frozenset(
        character
        for character in candidates
        if not any(matcher.fullmatch(character) for matcher in matchers)
    )


def _collect(items: list, flags: int, parts: list[tuple[tuple, int]]) -> None:
    """Every single-character part of `items`, with the flags it is read with."""
    for op, av in items:
        if op in _ONE_CHARACTER:
            parts.append(((op, av), flags))
        elif op in _ZERO_WIDTH:
            continue
        elif op is sre.BRANCH:
            for alternative in av[1]:
                _collect(list(alternative), flags, parts)
        elif op is sre.SUBPATTERN:
            _, add, remove, inner = av
            _collect(list(inner), (flags | add) & ~remove, parts)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            _collect(list(av[2]), flags, parts)
        elif op is sre.ATOMIC_GROUP:
            _collect(list(av), flags, parts)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            _collect(list(av[1]), flags, parts)
        elif op is sre.GROUPREF_EXISTS:
            _, yes, no = av
            _collect(list(yes), flags, parts)
            if no is not None:
                _collect(list(no), flags, parts)
        else:  # a back-reference, or an op this reading does not know: no answer
            raise _AnyText


def _negated(part: tuple) -> set[str]:
    """The characters a negated literal or class names (the candidates to refuse)."""
    op, av = part
    if op is sre.NOT_LITERAL:
        return {chr(av)}
    if op is sre.IN and av and av[0][0] is sre.NEGATE:
        return {chr(value) for kind, value in av[1:] if kind is sre.LITERAL}
    return set()

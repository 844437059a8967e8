"""A hand-written regex read as its top-level alternatives (issue #10: parse time).

`re` tries every alternative of a pattern at each place one of the pattern's beginnings
occurs. The meeting's kind words name one minister meeting the other by their posts in
one sentence ("Secretary Austin welcomed Defense Minister Kihara"): alternatives that,
at each of thousands of "secretary"s in a long readout, walk a lazy gap of 40 to 60
characters trying the other side's posts at every character. Read apart, each
alternative is tried only at its own beginnings, and only where what follows each of its
gaps (`pattern_heads.followers`) begins within reach: a place where it does not is the
start of no match. The matches are the pattern's own: at each place the first
alternative that matches there gives the match (as `re` tries them in order), and from
each match on the next is looked for where it ends, as finditer does.
"""

from __future__ import annotations

import re
from bisect import bisect_left

import numpy as np

from archive.ingest import prefilter
from archive.ingest.pattern_heads import followers


def top_level_alternatives(source: str) -> tuple[str, ...]:
    """The sources of the alternatives of the regex `source` at its top level (split at
    each "|" outside a group, a class and an escape), in order: joined by "|", `source`."""
    alternatives, depth, start, at = [], 0, 0, 0
    while at < len(source):
        char = source[at]
        if char == "\\":
            at += 2
            continue
        if char == "[":
            at = _class_end(source, at)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            alternatives.append(source[start:at])
            start = at + 1
        at += 1
    alternatives.append(source[start:])
    return tuple(alternatives)


def _class_end(source: str, at: int) -> int:
    """Where the class opened at `at` ends (just past its "]"): a "]" first in it (after
    an optional "^") is one of its characters."""
    at += 1
    if source[at : at + 1] == "^":
        at += 1
    if source[at : at + 1] == "]":
        at += 1
    while at < len(source) and source[at] != "]":
        at += 2 if source[at] == "\\" else 1
    return at + 1


FIRST_STRETCH = 1 << 14  # characters: the first stretch `search` tries


def _joined(source: str) -> tuple[str, ...]:
    """The top-level alternatives, each run of those without followers joined into one
    (tried at once, as the pattern tries them)."""
    joined: list[str] = []
    plain = False  # the last of `joined` has no followers
    for alternative in top_level_alternatives(source):
        alone = not followers(prefilter.folded_pattern(alternative))
        if alone and plain:
            joined[-1] += "|" + alternative
        else:
            joined.append(alternative)
        plain = alone
    return tuple(joined)


def first_matches(ends: dict[int, int]) -> int:
    """How many matches finditer finds, given {start: end} of the match it would find at
    each place one begins (in any order): from each match on, the next is the first
    that begins at or after its end."""
    count = last = 0
    for start in sorted(ends):
        if start >= last:
            count, last = count + 1, ends[start]
    return count


class Alternatives:
    """A pattern (written in lower case, read on a folded text) as its top-level
    alternatives, each tried only where it can begin (see the module's docstring)."""

    def __init__(self, source: str):
        self.patterns = tuple(map(prefilter.folded_pattern, _joined(source)))
        self.followers = {pattern: followers(pattern) for pattern in self.patterns}

    def needles(self) -> tuple[str, ...]:
        """The followers' beginnings: a scan that tries the alternatives holds them too."""
        return tuple(
            sorted({head for found in self.followers.values() for f in found for head in f.heads})
        )

    def ends(self, text: str, scan: prefilter.PatternScan) -> dict[int, int]:
        """{start: end} of the match the whole pattern has at each place one begins."""
        found: dict[int, int] = {}
        starts: dict[tuple[str, ...], list[int]] = {}
        for pattern in reversed(self.patterns):  # the first alternative's written last
            found.update(self._ends_of(pattern, text, scan, starts))
        return found

    def count(self, text: str, scan: prefilter.PatternScan) -> int:
        """`len(pattern.findall(text))` of the whole pattern."""
        return first_matches(self.ends(text, scan))

    def search(self, text: str, scan: prefilter.PatternScan) -> bool:
        """`pattern.search(text) is not None` of the whole pattern: the alternatives' places
        tried a stretch of the text at a time (doubling), so that a match near the text's
        start ends the search."""
        starts_of: dict[tuple[str, ...], list[int]] = {}
        places = [(p, self._starts(p, text, scan, starts_of)) for p in self.patterns]
        done, end = 0, FIRST_STRETCH
        while done < len(text):
            for pattern, starts in places:
                for i in range(bisect_left(starts, done), bisect_left(starts, end)):
                    if pattern.match(text, starts[i]):
                        return True
            done, end = end, end * 2
        return False

    def _ends_of(
        self,
        pattern: re.Pattern,
        text: str,
        scan: prefilter.PatternScan,
        starts_of: dict[tuple[str, ...], list[int]],
    ) -> dict[int, int]:
        """{start: end} of `pattern`'s matches."""
        match = pattern.match
        starts = self._starts(pattern, text, scan, starts_of)
        return {start: hit.end() for start in starts if (hit := match(text, start))}

    def _starts(
        self,
        pattern: re.Pattern,
        text: str,
        scan: prefilter.PatternScan,
        starts_of: dict[tuple[str, ...], list[int]],
    ) -> list[int]:
        """Where `pattern` may match: at one of its beginnings, each of its followers'
        within reach. `starts_of`: the places of each set of beginnings read so far in
        `text` (alternatives share them)."""

        def places(heads: tuple[str, ...]) -> list[int]:
            found = starts_of.get(heads)
            if found is None:
                found = starts_of[heads] = scan.needles.starts(heads, text)
            return found

        starts = places(scan.heads[pattern])
        for lo, hi, heads in self.followers[pattern]:
            if not starts:
                break
            starts = _followed(starts, places(heads), lo, hi)
        return starts


def _followed(starts: list[int], places: list[int], lo: int, hi: int) -> list[int]:
    """The starts with one of `places` (in order) from `lo` to `hi` characters on."""
    if not places:
        return []
    at = np.asarray(starts)
    nearest = np.searchsorted(np.asarray(places), at + lo)  # the first place at lo or later
    reach = np.append(np.asarray(places), np.iinfo(np.int64).max)[nearest]
    return at[reach <= at + hi].tolist()

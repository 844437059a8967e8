"""Every occurrence of a fixed family of strings in a text, found in one pass.

Looking for each of hundreds of keywords and aliases with its own `str.find` reads the
whole text once per keyword absent from it. `Needles` finds every occurrence of the whole
family in one pass of an Aho-Corasick automaton (built once per reference) and remembers
them for the last text it read, so the readers that ask about the same body share one
pass (`prefilter.finditer`, `PatternScan`, the chrome screens).

Different families read the same long text too (the topics, the meeting's signs and
names on the folded body: the meeting's text is the body with its headline after it, read
as the body's extended). Each pass pays a fixed cost
per character besides its hits, so families seen reading one text learn it (`_Group`):
on the next text one of them reads in full, one automaton holding all their strings
reads it for all, and each keeps its own strings' part.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

import ahocorasick_rs

DFA = ahocorasick_rs.Implementation.DFA


def occurrences(needle: str, haystack: str) -> Iterator[int]:
    """Every start of `needle` in `haystack`, overlapping ones included."""
    found = haystack.find(needle)
    while found != -1:
        yield found
        found = haystack.find(needle, found + 1)


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
        self._group: _Group | None = None  # the families last seen reading a text with it
        self._pending: str | None = None  # a text its group read for it, not yet asked for
        self._shares = True  # False once its group read a text for it in vain

    def __reduce__(self):  # the automaton and the remembered text are rebuilt, not pickled
        return (Needles, (self._order,))

    def table(self, haystack: str) -> dict[str, list[int]]:
        """{needle: its starts in `haystack`, in order} for the needles that occur."""
        last = self._last
        if last is not None and (last[0] is haystack or last[0] == haystack):
            if self._pending is last[0]:  # read by its group: counted as read when asked for
                self.passes += 1
                self._pending = None
            self._last = (haystack, last[1])  # an equal text: the next call compares identities
            return last[1]
        found: dict[str, list[int]] = {}
        if self._automaton is not None:
            extends = (
                last is not None and len(last[0]) >= EXTEND_FROM and haystack.startswith(last[0])
            )
            if self._pending is not None and not extends:
                self._stop_sharing()  # its group read a text for it that it never asked for
            if extends:
                found = self._extend(last[0], last[1], haystack)
            elif len(haystack) >= EXTEND_FROM:
                found = self._read_shared(haystack)
            else:
                found = self._find(haystack)
        self.passes += 1
        self._pending = None
        self._last = (haystack, found)
        return found

    def _read_shared(self, haystack: str) -> dict[str, list[int]]:
        """`_find(haystack)`, by its group's automaton when it has one, which leaves each
        other family of the group its part (remembered as its last text, as if it had read
        it); and the families that read this text, learned."""
        group = _Group.learn(self, haystack)
        if group is None:
            return self._find(haystack)
        table = group.automaton._find(haystack)
        for member in group.members:
            if member is not self:
                member._last = (haystack, member._part(table))
                member._pending = haystack
        return self._part(table)

    def _stop_sharing(self) -> None:
        """Read alone from now on: it reads texts its group does not (a text printed as
        is, where the others read its fold). The others may learn a group again."""
        self._shares = False
        group, self._group = self._group, None
        for member in group.members if group is not None else ():
            member._group = None

    def _part(self, table: dict[str, list[int]]) -> dict[str, list[int]]:
        """The entries of `table` (another set's) for this set's needles."""
        return {needle: table[needle] for needle in table.keys() & self.needles}

    def _find(self, haystack: str, offset: int = 0, after: int = -1) -> dict[str, list[int]]:
        """{needle: its starts} in `haystack` (plus `offset`) for the occurrences ending
        past `after`."""
        # (needle's position, start, end) in characters, in the order of their ends: one
        # needle's occurrences all have its length, so they come in the order of their
        # starts too, and need no sorting (a whole text read: 140,000 of them in 5 MB).
        matches = self._automaton.find_matches_as_indexes(haystack, overlapping=True)
        by_position = defaultdict(list)
        if offset == 0 and after < 0:  # the whole text: every occurrence, as found
            for i, start, _ in matches:
                by_position[i].append(start)
        else:
            for i, start, end in matches:
                if end > after:
                    by_position[i].append(offset + start)
        order = self._order
        return {order[i]: starts for i, starts in by_position.items()}

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
                found.update(occurrences(needle, haystack))
        return sorted(found)


class _Group:
    """Needles seen reading the same long text (their group, once two of them did), and
    one automaton holding all their strings (`Needles._read_shared`).

    A set keeps the last group it was seen in; the groups of the last few sets of
    readers are kept, so reports of different layouts parsed in turn (each with its own
    readers) build each automaton once. Every table is made from a whole reading of the
    text asked for, so a group only changes who reads, never what is found."""

    # The last long texts read in full, newest first, each with its readers.
    recent: tuple[tuple[str, tuple[Needles, ...]], ...] = ()
    RECENT = 3  # (texts of megabytes: few are kept)
    kept: dict[frozenset, _Group] = {}
    KEEP = 8

    def __init__(self, members: tuple[Needles, ...]):
        self.members = members
        self.automaton = Needles(needle for member in members for needle in member._order)

    @classmethod
    def learn(cls, reader: Needles, text: str) -> _Group | None:
        """The group to read `text` for `reader`: none when `text` is one of the last
        long texts read (`reader` then joins its readers, and reads it itself), else its
        own group, if it has one."""
        if not reader._shares:
            return None
        recent = cls.recent
        for i, (seen, readers) in enumerate(recent):
            if seen is text or seen == text:
                if reader not in readers:
                    readers = tuple(member for member in (*readers, reader) if member._shares)
                    group = cls._of(readers)
                    for member in readers:
                        member._group = group
                cls.recent = ((text, readers), *recent[:i], *recent[i + 1 :])
                return None
        group = reader._group
        readers = group.members if group is not None else (reader,)
        cls.recent = ((text, readers), *recent[: cls.RECENT - 1])
        return group

    @classmethod
    def _of(cls, readers: tuple[Needles, ...]) -> _Group:
        key = frozenset(readers)
        group = cls.kept.get(key)
        if group is None:
            if len(cls.kept) >= cls.KEEP:
                cls.kept = {}
            group = cls.kept[key] = _Group(readers)
        return group

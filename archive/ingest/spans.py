"""Fast look-ups over the positions of a text, so that a pass over a long report does a
fixed amount of work per match instead of re-reading every earlier match or the rest of
the text (parse time linear in the report's size, issue #10)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate


class SpanIndex:
    """Which of a fixed set of (start, end) spans a range overlaps or lies within, in
    O(log n).

    `overlaps(start, end)` is `any(start < e and s < end for s, e in spans)`: the spans
    that begin before `end` are a prefix of the spans sorted by start, and one of them
    reaches past `start` exactly when the largest end in that prefix does.
    """

    __slots__ = ("_max_end", "_ordered", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self._ordered = ordered
        self._starts = [start for start, _ in ordered]
        self._max_end = list(accumulate((end for _, end in ordered), max))

    def starting_in(self, low: int, high: int) -> list[tuple[int, int]]:
        """The spans that start at or after `low` and before `high`, in order of start."""
        return self._ordered[bisect_left(self._starts, low) : bisect_left(self._starts, high)]

    def __len__(self) -> int:
        return len(self._starts)

    def overlaps(self, start: int, end: int) -> bool:
        before_end = bisect_left(self._starts, end)  # spans with span_start < end
        return before_end > 0 and self._max_end[before_end - 1] > start

    def covers(self, start: int, end: int) -> bool:
        """`any(s <= start and end <= e for s, e in spans)`: the spans that begin at or
        before `start` are a prefix, and one reaches `end` when the largest end there does."""
        from_start = bisect_right(self._starts, start)  # spans with span_start <= start
        return from_start > 0 and self._max_end[from_start - 1] >= end


_LAST_SPANS: tuple[object, SpanIndex | None] = (None, None)


def span_index(spans: Sequence[tuple[int, int]]) -> SpanIndex:
    """A SpanIndex of `spans`, built once for the same list (by identity): a paragraph's
    quote spans are asked about once for each of its quotes."""
    global _LAST_SPANS
    last, index = _LAST_SPANS
    if last is spans and index is not None and len(index) == len(spans):
        return index
    index = SpanIndex(spans)
    _LAST_SPANS = (spans, index)
    return index


def is_word(char: str) -> bool:
    """A regex word character (`\\w` on str patterns)."""
    return char.isalnum() or char == "_"


class MentionIndex(Sequence):
    """A list of mentions (anything with .start and .end) that answers "which mentions lie
    within / overlap / start at" with bisection instead of a pass over all of them, when
    the list is in order of start (as people.find_people returns it). The answers are
    lists in the list's own order, exactly what the comprehension over every mention gives
    (a list out of order too: through its positions sorted by start)."""

    def __init__(self, mentions: Sequence):
        self._mentions = list(mentions)
        self._starts = [m.start for m in self._mentions]
        self._ordered = all(a <= b for a, b in zip(self._starts, self._starts[1:], strict=False))
        self._longest = max((m.end - m.start for m in self._mentions), default=0)
        if not self._ordered:
            # A list out of order (people.in_the_news's: the body's mentions, then the
            # speakers and roles found later) is bisected through its positions sorted by
            # start; the answers are put back in the list's order.
            self._by_start = sorted(range(len(self._starts)), key=self._starts.__getitem__)
            self._sorted_starts = [self._starts[i] for i in self._by_start]

    def __getitem__(self, i):
        return self._mentions[i]

    def __len__(self) -> int:
        return len(self._mentions)

    def _starting_between(self, lo: int, hi: int) -> list:
        """Mentions whose start is in [lo, hi]."""
        if not self._ordered:
            starts = self._sorted_starts
            found = self._by_start[bisect_left(starts, lo) : bisect_right(starts, hi)]
            found.sort()
            return [self._mentions[i] for i in found]
        return self._mentions[bisect_left(self._starts, lo) : bisect_right(self._starts, hi)]

    def within(self, lo: int, hi: int) -> list:
        """[m for m in mentions if lo <= m.start and m.end <= hi]"""
        return [m for m in self._starting_between(lo, hi) if m.end <= hi]

    def before(self, hi: int) -> Sequence:
        """`within(0, hi)` as a view, not a copy: the mentions that start more than the
        longest mention's length before `hi` all end before it, so the view is a prefix
        of the list and the few near `hi` that end by it (a reader going back from the
        end, as `roles.resolve_title` does, stops at the first it wants)."""
        if not self._ordered:
            return self.within(0, hi)
        stop = bisect_right(self._starts, hi)
        head = min(stop, bisect_left(self._starts, hi - self._longest))
        tail = [m for m in self._mentions[head:stop] if 0 <= m.start and m.end <= hi]
        return _Prefix(self._mentions, head, tail)

    def overlapping(self, lo: int, hi: int) -> list:
        """[m for m in mentions if m.start < hi and lo < m.end]"""
        candidates = self._starting_between(lo - self._longest, hi - 1)
        return [m for m in candidates if m.start < hi and lo < m.end]

    def starting_at(self, at: int) -> list:
        """[m for m in mentions if m.start == at]"""
        return self._starting_between(at, at)


class _Prefix(Sequence):
    """The first `stop` items of a list followed by the items of `tail`, read in place."""

    __slots__ = ("_items", "_stop", "_tail")

    def __init__(self, items: list, stop: int, tail: list):
        self._items, self._stop, self._tail = items, stop, tail

    def __len__(self) -> int:
        return self._stop + len(self._tail)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self._items[i] if i < self._stop else self._tail[i - self._stop]

    def __reversed__(self):
        yield from reversed(self._tail)
        for i in range(self._stop - 1, -1, -1):
            yield self._items[i]

    def __eq__(self, other) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)


def mention_index(mentions: Sequence) -> MentionIndex:
    """`mentions` as a MentionIndex (itself if it is one already)."""
    return mentions if isinstance(mentions, MentionIndex) else MentionIndex(mentions)


_MISSING = object()


class TextMemo:
    """What was computed from the last few texts a step read (a report's body and its
    headline, read in turn), found by identity, else by equality (the same report parsed
    again: then kept under the new object, so the next look-up compares identities).
    Entries are replaced as a whole, so threads at most compute a text's value twice."""

    def __init__(self, size: int = 2):
        self.size = size
        self.entries: tuple[tuple[str, object], ...] = ()

    def get(self, text: str, default=None):
        entries = self.entries
        for stored, value in entries:
            if stored is text:
                return value
        for i, (stored, value) in enumerate(entries):
            if len(stored) == len(text) and stored == text:
                self.entries = ((text, value), *entries[:i], *entries[i + 1 :])
                return value
        return default

    def put(self, text: str, value) -> None:
        self.entries = ((text, value), *self.entries[: self.size - 1])

    def setdefault(self, text: str, make):
        """The value kept for `text`, or `make()`'s, kept."""
        value = self.get(text, _MISSING)
        if value is _MISSING:
            value = make()
            self.put(text, value)
        return value

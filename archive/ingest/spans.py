"""Fast look-ups over the positions of a text, so that a pass over a long report does a
fixed amount of work per match instead of re-reading every earlier match or the rest of
the text (parse time linear in the report's size, issue #10)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate


class SpanIndex:
    """Which of a fixed set of (start, end) spans a range overlaps, in O(log n).

    `overlaps(start, end)` is `any(start < e and s < end for s, e in spans)`: the spans
    that begin before `end` are a prefix of the spans sorted by start, and one of them
    reaches past `start` exactly when the largest end in that prefix does.
    """

    __slots__ = ("_max_end", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._max_end = list(accumulate((end for _, end in ordered), max))

    def __len__(self) -> int:
        return len(self._starts)

    def overlaps(self, start: int, end: int) -> bool:
        before_end = bisect_left(self._starts, end)  # spans with span_start < end
        return before_end > 0 and self._max_end[before_end - 1] > start


def is_word(char: str) -> bool:
    """A regex word character (`\\w` on str patterns)."""
    return char.isalnum() or char == "_"

"""Posts named together in one sentence, read without a regex's look-aheads.

The SCC's words by its members' posts (meeting_words.BOTH_US_POSTS_ORDERS) are, as a
regex, one post followed by look-aheads that try each other post at every character of
the rest of its sentence. On long readouts, where "secretary" and "foreign minister" are
in most paragraphs, that was most of the time spent on a report's meeting words (issue
#10). `PostsInSentence` answers the same question from where each post is (found once,
at the beginnings the signs' automaton already finds) and where the sentence ends: the
regex's matches, by a bisection and one short search each.

The regex's first post could, in principle, be retried with another of its alternatives
when a look-ahead fails; none of the posts' alternatives begins another's match with a
different end (each is a word or a phrase closed by a space, a letter or `\\b`), so the
first alternative that matches is the only one (tests/ingest/test_parse_speed_posts.py
checks the reading against the regex).
"""

from __future__ import annotations

import re

import numpy as np

from archive.ingest import prefilter


class Places:
    """Every place each of a set of patterns matches in one folded text (overlapping
    matches included) and where each match ends, found at their beginnings the scan's
    automaton holds, each pattern's when first asked for."""

    def __init__(self, text: str, scan: prefilter.PatternScan):
        self.text, self.scan = text, scan
        self._found: dict[re.Pattern, dict[int, int]] = {}

    def ends(self, pattern: re.Pattern) -> dict[int, int]:
        """{start: end} of every match of `pattern`, in the order of their starts."""
        found = self._found.get(pattern)
        if found is None:
            text, match = self.text, pattern.match
            found = self._found[pattern] = {
                start: hit.end()
                for start in self.scan.needles.starts(self.scan.heads[pattern], text)
                if (hit := match(text, start))
            }
        return found

    def starts(self, pattern: re.Pattern) -> list[int]:
        return list(self.ends(pattern))


class PostsInSentence:
    """The regex `|(?:first)(?=S{0,reach}?(?:post))…` for each (first, posts) of
    `orders`, in order, where S is a character of a sentence (`breaks` matches any other
    character): one post, then each of the others named before the sentence ends, at
    most `reach` characters on. The posts are read on the folded text."""

    def __init__(self, orders: tuple[tuple[str, tuple[str, ...]], ...], breaks: str, reach: int):
        self.orders = tuple(
            (prefilter.folded_pattern(first), tuple(map(prefilter.folded_pattern, rest)))
            for first, rest in orders
        )
        self.breaks = re.compile(breaks)
        self.reach = reach
        self.patterns = tuple(
            dict.fromkeys(pattern for first, rest in self.orders for pattern in (first, *rest))
        )
        if any(prefilter.scan_heads(pattern) is None for pattern in self.patterns):
            raise ValueError("a post without literal beginnings")

    def matches(self, places: Places) -> dict[int, int]:
        """{start: end} of every match the regex has (at each start, its first
        alternative's that matches there)."""
        found: dict[int, int] = {}
        text, unbroken = places.text, self.breaks.search
        for first, rest in reversed(self.orders):  # the first order's written last
            ends = places.ends(first)
            if not ends:
                continue
            starts, stops = (
                np.fromiter(ends, np.int64, len(ends)),
                np.fromiter(ends.values(), np.int64, len(ends)),
            )
            # The nearest place of each other post at or after the first one's end (any
            # later one has more of the sentence to cross): within reach for every post,
            # then no break before it.
            nearest = [self._nearest(stops, places.starts(post)) for post in rest]
            within = np.ones(len(stops), bool)
            for after in nearest:
                within &= after - stops <= self.reach
            for i in np.flatnonzero(within).tolist():
                end = int(stops[i])
                if all(unbroken(text, end, int(after[i])) is None for after in nearest):
                    found[int(starts[i])] = end
        return found

    @staticmethod
    def _nearest(ends: np.ndarray, places: list[int]) -> np.ndarray:
        """For each of `ends`, the first of `places` (in order) at or after it, or a place
        beyond any reach."""
        beyond = np.append(np.asarray(places, np.int64), np.iinfo(np.int64).max // 2)
        return beyond[np.searchsorted(beyond[:-1], ends)]

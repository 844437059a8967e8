"""Sentence breaks in a Latin-script paragraph, read near the quotes asked about
(quotes.py asks for the sentence before and the rest of the sentence after each quote).
Pure: no Django."""

from __future__ import annotations

import re

# No break after an abbreviation of a country or a title ("said U.S. Secretary of State
# Antony Blinken", "Mr. Hayashi"); the look-behinds follow the mark, so the search still
# starts at the marks only (docs/parse-benchmark.md).
_ABBREVIATIONS = ("U.S.", "U.K.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Sen.", "Rep.", "Gov.")
SENTENCE_BREAK = re.compile(
    r"[.!?]" + "".join(f"(?<!{re.escape(a)})" for a in _ABBREVIATIONS) + r"[”\"’]?\s+(?=[A-Z“\"])"
)


class SentenceBreaks:
    """The sentence breaks of a paragraph, read near the quotes asked about: on a report
    printed as one line, finding all of them first (170,000 in 5 MB) was 0.026 CPU s/MB.

    A SENTENCE_BREAK match depends on its own few characters only (its spaces are taken
    whole), so the matches of the whole paragraph are the matches of any part of it:
    the first at or after a position is what `search(paragraph, position)` finds, and
    those ending before a position and starting at or after `lo` are those of
    `finditer(paragraph, lo, position)`. The break that ends before a quote is looked for
    in a window before it, twice as long each time none is found; for quotes asked about
    in order, never below the last one asked about (what lies before it is known), so no
    text is read twice and the reading stays linear.
    """

    WINDOW = 1024  # characters read first before a quote

    def __init__(self, paragraph: str):
        self.paragraph = paragraph
        self._asked, self._ended = 0, 0  # the last position asked in order, its answer
        self._next: tuple[int, int | None] = (-1, None)  # searched from, first break there
        self._earlier: dict[int, int] = {}  # answers for positions asked out of order

    def _following(self, position: int) -> int | None:
        """Where the first break at or after `position` starts (None: no break)."""
        searched, found = self._next
        if not (0 <= searched <= position and (found is None or found >= position)):
            match = SENTENCE_BREAK.search(self.paragraph, position)
            found = match.start() if match else None
            self._next = (position, found)
        return found

    def _last_end(self, position: int, floor: int) -> int | None:
        """The end of the last break that ends before `position` and starts at or after
        `floor`, or None: windows before `position`, doubling, down to `floor`."""
        lo, window = position, self.WINDOW
        while lo > floor:
            lo, window = max(floor, lo - window), window * 2
            ends = [m.end() for m in SENTENCE_BREAK.finditer(self.paragraph, lo, position)]
            if ends:
                return ends[-1]
        return None

    def _ended_before(self, position: int) -> int:
        """The end of the last break that ends before `position`, or 0."""
        if position < self._asked:  # out of order (the sentence before a quote's)
            if position not in self._earlier:
                self._earlier[position] = self._last_end(position, 0) or 0
            return self._earlier[position]
        # A break ending after the last position asked may start just before it: at the
        # sign before the spaces (and closing quote) that end there.
        floor, text = self._asked, self.paragraph
        while floor > 0 and text[floor - 1].isspace():
            floor -= 1
        if floor > 0 and text[floor - 1] in '”"’':
            floor -= 1
        found = self._last_end(position, max(0, floor - 1))
        self._asked, self._ended = position, self._ended if found is None else found
        return self._ended

    def around(self, start: int, end: int) -> tuple[str, str, int]:
        """(the rest of the sentence after the quote at start:end, the sentence before
        it, where that sentence starts in the paragraph)."""
        paragraph = self.paragraph
        following = self._following(end)
        after_end = following + 1 if following is not None else len(paragraph)
        before_start = self._ended_before(start)  # the break that ends before the quote
        return paragraph[end:after_end], paragraph[before_start:start], before_start

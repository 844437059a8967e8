"""The names a report's text gives, read in one automaton pass for `meeting_context`:
the places meetings were held (`meeting_places.PLACE_NAMES`), the landmarks that may
speak as an institution (`meeting_landmarks`), the newspapers named after a city
("The Washington Post" names no Washington), and, for a reference, every meeting's
city and title name (`ReportContext.says`).

Each of these used to read the whole text on its own: a regex for the newspapers, a
`str.find` per landmark, an automaton for the places and one more for the titles, on 5
MB about 0.05 s CPU each (issue #10). Here one pass finds them all on the folded text;
what the old readers saw on the text with its newspapers and speaking landmarks blanked
is worked out from the spans: an occurrence inside a blanked span is dropped, and a
character of a span reads as the space it became. Pure: no Django.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from archive.ingest import prefilter
from archive.ingest.meeting_compounds import ALLY_PAIRS
from archive.ingest.meeting_elect import ELECT_HEADS
from archive.ingest.meeting_landmarks import LANDMARKS, speaking_spans_at
from archive.ingest.meeting_mentions import PLACE_OF
from archive.ingest.meeting_other_pairs import OTHER_PAIRS
from archive.ingest.meeting_places import NEWSPAPER_NAMES
from archive.ingest.meeting_recalled import PAST_MARKERS

NEWSPAPERS = prefilter.folded_pattern(NEWSPAPER_NAMES)


def _head(alternative: str) -> str:
    """The literal beginning of one of NEWSPAPER_NAMES' alternatives, up to its first
    escape or optional character ("ワシントン・?ポスト" begins "ワシントン")."""
    cut = re.search(r"\\|\?", alternative)
    if cut is None:
        return alternative
    return alternative[: cut.start() - (1 if cut.group(0) == "?" else 0)]


NEWSPAPER_HEADS = frozenset(_head(name) for name in NEWSPAPER_NAMES.split("|"))


def names_automaton(words: Iterable[str] = ()) -> prefilter.Needles:
    """The one automaton: places, landmarks, newspapers' beginnings, the words for a
    president-elect (`meeting_elect`), the allies' pair in CJK (`meeting_compounds`), the
    month or year before (`meeting_recalled`), other pairs of countries
    (`meeting_other_pairs`) and `words` (folded; the meetings' cities
    and titles of a reference)."""
    printed = [form for word in words for form in apostrophes(word)]
    # Read from the same pass by their modules.
    others = (*ELECT_HEADS, *ALLY_PAIRS, *PAST_MARKERS, *OTHER_PAIRS)
    return prefilter.Needles([*PLACE_OF, *LANDMARKS, *NEWSPAPER_HEADS, *others, *printed])


def apostrophes(word: str) -> list[str]:
    """`word` (with straight apostrophes) as the text may print it: each of its
    apostrophes straight or curly ("foreign ministers’ meeting")."""
    forms = [""]
    for part in word.split("'")[:-1]:
        forms = [form + part + mark for form in forms for mark in "'’"]
    return [form + word.split("'")[-1] for form in forms]


class ReadNames:
    """What one pass of `names_automaton` over a folded text tells, read as the old
    readers read the text with its newspapers (`NEWSPAPERS`) and speaking landmarks
    blanked: `blanked` (that text), `places` (the place names it holds as words) and
    `said` ({word: whether it holds it, its apostrophes printed either way} for each of
    `words`, as `ReportContext.says` reads the text with curly apostrophes made straight)."""

    def __init__(self, folded: str, needles: prefilter.Needles, words: Iterable[str] = ()):
        table = needles.table(folded)
        if any(head in table for head in NEWSPAPER_HEADS):
            newspapers = list(
                prefilter.tried_at(NEWSPAPERS, folded, needles.starts_of(NEWSPAPER_HEADS, folded))
            )
            if newspapers:  # rare: the text changes length; read it again, as it is now
                folded = NEWSPAPERS.sub(" ", folded)
                table = needles.table(folded)
        spans = speaking_spans_at(folded, {name: table.get(name, ()) for name in LANDMARKS})
        self._table, self._spans = table, sorted(spans)
        self._starts = [start for start, _ in self._spans]
        self.blanked = _blank(folded, self._spans)
        self.places = frozenset(
            place
            for name in PLACE_OF
            if self._occurs(name, whole_word=name[0].isascii())
            for place in PLACE_OF[name]
        )
        self.said = {
            word: any(self._occurs(form, whole_word=False) for form in apostrophes(word))
            for word in words
            if word and "’" not in word
        }

    def _occurs(self, name: str, *, whole_word: bool) -> bool:
        for start in self._table.get(name, ()):
            end = start + len(name)
            if self._blanked(start, end):
                continue
            if not whole_word or not (self._word_at(start - 1) or self._word_at(end)):
                return True
        return False

    def _blanked(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a blanked span."""
        i = bisect.bisect_left(self._starts, end) - 1
        return i >= 0 and self._spans[i][1] > start

    def _word_at(self, at: int) -> bool:
        if at < 0 or at >= len(self.blanked):
            return False
        char = self.blanked[at]
        return char.isalnum() or char == "_"


def _blank(folded: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return folded
    pieces, last = [], 0
    for start, end in spans:
        start = max(start, last)
        pieces += [folded[last:start], " " * (end - start)]
        last = end
    return "".join(pieces) + folded[last:]

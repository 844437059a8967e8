"""Words for a meeting the text places before the one it reports: "지난 8월, 미한일 정상은 캠프
데이비드에서…", "지난해 정상회담", "先月の首脳会談", "去年的峰会", "last year's summit". A defense
ministers' report that recalls the leaders' trilateral of last August does not call its
own meeting a trilateral summit; so
each kind word (`meeting_words.KIND_WORDS`) that follows a word for the month or year
before, within a few characters, is taken off its kind's count (`without_recalled`), as
`meeting_signs` already does for a call dated before the meeting covered.

Only the month or the year before: a day ("지난 8일", "先週") is how Korean and Japanese
reports date the very meeting they cover. The markers are literal strings found by the
pass of `meeting_names.names_automaton` that reads the report's places; a kind pattern is
tried only in the few characters after each one. Pure: no Django.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Mapping

from archive.ingest import prefilter
from archive.ingest.meeting_signs import _KIND_PATTERNS

# The month or year before, folded (lower case), in the languages the archive reads.
_LAST_MONTHS_KO = tuple(f"지난{space}{n}월" for n in range(1, 13) for space in ("", " "))
PAST_MARKERS = (
    "지난해", "작년", "지난달", "지난 달", *_LAST_MONTHS_KO,
    "昨年", "先月", "去年", "上个月", "上個月", "上月",
    "last year", "last month", "el año pasado", "el mes pasado", "tahun lalu", "bulan lalu",
    "l'anno scorso", "il mese scorso",
)  # fmt: skip
# How far after the marker a kind word is the recalled meeting's ("지난 8월, 미한일 정상은",
# "last month's summit", "昨年の日米首脳会談"): a few words, not the rest of the sentence.
RECALL_REACH = 16
# The reach ends with the marker's sentence: "…doubled since last year. The summit on…" is
# about the meeting covered.
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|[;。！？\n]")
# A year or month named to compare with ("than last year", "수출은 지난해보다", "昨年比",
# "dari tahun lalu") dates a figure, not a meeting: whatever follows is not recalled.
_COMPARED_BEFORE = (
    "than ", "from ", "since ", "compared with ", "compared to ", "desde el ", "que el ",
    "dari ", "sejak ", "dibanding ", "rispetto al", "dall'", "rispetto all'",
)  # fmt: skip
_COMPARED_AFTER = ("보다", "대비", "에 비해", "比", "に比", "と比")
# One minister meeting the other is counted once, whatever recalls it (meeting_signs).
_COUNTED_ONCE = frozenset({"pair"})


def without_recalled(
    kind_words: Counter, found_at: Mapping[str, Iterable[int]], folded: str
) -> Counter:
    """`kind_words` less one of its kind for each kind word that begins within
    RECALL_REACH characters after one of PAST_MARKERS (found at `found_at` in `folded`);
    a kind left at none is dropped. The counts given are not changed."""
    windows = sorted(
        (at, at + len(marker))
        for marker, starts in found_at.items()
        if marker in _MARKERS
        for at in starts
        if not _compared(folded, at, at + len(marker))
    )
    if not windows:
        return kind_words
    # Each marker and the words after it, one line each: every kind pattern reads them
    # all in one scan (a long report has a few hundred), not one search per marker.
    pieces, firsts, at = [], [], 0
    for start, end in windows:
        reach = folded[end : end + RECALL_REACH]
        stop = _SENTENCE_END.search(reach)
        pieces.append(folded[start:end] + (reach[: stop.start()] if stop else reach))
        firsts.append((at + end - start, at + len(pieces[-1])))
        at += len(pieces[-1]) + 1
    joined = "\n".join(pieces)
    taken: Counter = Counter()
    for kind in kind_words:
        if kind in _COUNTED_ONCE:
            continue
        begins = [match.start() for match in _SCAN.finditer(_KIND_PATTERNS[kind], joined)]
        recalled = sum(1 for low, high in firsts if _begins_within(begins, low, high))
        taken[kind] = min(kind_words[kind], recalled)
    left = Counter(kind_words)
    left.subtract(taken)
    return +left


def _compared(folded: str, start: int, end: int) -> bool:
    """Whether the marker at [start, end) names a year or month a figure is compared with."""
    after = folded[end : end + 4].lstrip()
    return folded[max(0, start - 14) : start].endswith(_COMPARED_BEFORE) or after.startswith(
        _COMPARED_AFTER
    )


def _begins_within(begins: list[int], low: int, high: int) -> bool:
    """Whether one of the sorted `begins` lies in [low, high)."""
    at = bisect.bisect_left(begins, low)
    return at < len(begins) and begins[at] < high


_MARKERS = frozenset(PAST_MARKERS)
# Each pattern tried only where one of its literal beginnings is, all found in one pass.
_SCAN = prefilter.pattern_scan(tuple(_KIND_PATTERNS.values()))

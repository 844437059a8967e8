"""How a report's words for a meeting are shared between a gathering's own meeting and the
others, for `meeting_kinds.kind_share`.

The summit words that are part of a gathering's name ("the APEC summit", "la cumbre de
APEC", "KTT G20", "APEC首脳会議", "G20 정상회의", "二十国集团峰会") name the gathering, not a
summit of the allies' two, so they do not count for the allies' bilateral of the same
days; they are read only around the gathering's names (`meeting_gatherings`), found with
the signs' own scan, and only in a report that names a gathering at all. A report that
names two gatherings shares the words both answer to between them by how often it names
each. Pure: no Django.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from archive.ingest.meeting_gatherings import GATHERING_SERIES, GATHERING_WORDS
from archive.ingest.meeting_signs import _KIND_PATTERNS, _signs_scan
from archive.ingest.reference import KnownMeeting

if TYPE_CHECKING:
    from archive.ingest.meeting_signs import ReportSigns

# How far from the name the summit word may stand: "the G20 summit", "la cumbre del Foro
# de Cooperación Económica Asia Pacífico", "アジア太平洋経済協力会議（APEC）首脳会議".
REACH_BEFORE = 16
REACH_AFTER = 14
_SUMMIT = _KIND_PATTERNS["summit"]
# The gathering names of the G7 too ("G7サミット"): any word for a gathering's meeting.
_NAMES = tuple(_KIND_PATTERNS[word] for word in sorted(GATHERING_WORDS))


@functools.lru_cache(maxsize=4)
def gathering_summits(folded: str) -> int:
    """How many of the folded text's summit words (`KIND_WORDS["summit"]`) stand within
    reach of a gathering's name: each counted once, however many names are near it."""
    scan = _signs_scan()
    spans: set[tuple[int, int]] = set()
    for pattern in _NAMES:
        for name in scan.finditer(pattern, folded):
            low = max(0, name.start() - REACH_BEFORE)
            high = name.end() + REACH_AFTER
            spans |= {_span(word, low) for word in _SUMMIT.finditer(folded[low:high])}
    return len(spans)


def _span(word: re.Match, offset: int) -> tuple[int, int]:
    return word.start() + offset, word.end() + offset


def _gathering_word(meeting: KnownMeeting) -> str:
    """The gathering's kind of words for its own meeting, "" for any other meeting."""
    if meeting.kind != "multilateral":
        return ""
    return GATHERING_SERIES.get(meeting.series, "")


def gathering_summit_words(meeting: KnownMeeting, signs: ReportSigns, accepted: set) -> int:
    """The report's summit words that are part of a gathering's name ("the APEC summit",
    "G20首脳会議"), for a meeting that is not a gathering's own: they name the gathering."""
    if "summit" not in accepted or _gathering_word(meeting):
        return 0
    if not any(signs.kind_words[name] for name in GATHERING_WORDS):
        return 0
    return min(gathering_summits(signs.folded), signs.kind_words["summit"])


def gathering_part(meeting: KnownMeeting, signs: ReportSigns) -> float:
    """For a gathering's own meeting, the part of the report's gatherings' names that are
    its own: a report of APEC that recalls the G20 the week before ("la cumbre de APEC,
    que toma el relevo de la reunión del G20") shares the words both answer to (its
    summit words) between them by how often it names each. 1 for any other meeting."""
    word = _gathering_word(meeting)
    if not word:
        return 1.0
    names = sum(signs.kind_words[name] for name in GATHERING_WORDS)
    return signs.kind_words[word] / names if names else 1.0

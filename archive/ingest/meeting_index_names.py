"""Every meeting's city and title name in a reference, and the automaton that reads them
in a report's text with the names of `meeting_names` (places, landmarks, the allies'
compounds, the month or year before), built once per reference index; split from
meetings.py, which re-exports `_read_names`. Pure: no Django.
"""

from __future__ import annotations

import weakref

from archive.ingest import prefilter
from archive.ingest.meeting_context import ReportContext, title_name
from archive.ingest.meeting_names import names_automaton
from archive.ingest.reference import ReferenceIndex

_NAMES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_NAME_WORDS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _names(index: ReferenceIndex) -> tuple[prefilter.Needles, frozenset[str]]:
    """The automaton `report_context` reads a report's names with, and the words of the
    index it answers `says` for (every meeting's city and title name), built once."""
    if index not in _NAMES:
        words = {title_name(meeting.title) for meeting in index.meetings.values()}
        words |= {prefilter.fold(m.city) for m in index.meetings.values() if m.city}
        words.discard("")
        _NAME_WORDS[index] = frozenset(words)
        _NAMES[index] = names_automaton(words)
    return _NAMES[index], _NAME_WORDS[index]


def _read_names(context: ReportContext, index: ReferenceIndex) -> None:
    """Answer `context.says` for every meeting's city and title name in one pass of the
    index's automaton over the text, not a search of the text per word (issue #10): for
    a context read without it (`report_context(..., names=...)` answers them itself)."""
    needles, words = _names(index)
    found = needles.table(context.plain)
    for word in words:
        context._said.setdefault(word, word in found)

"""The meeting's readers read a long body along with the topics (issue #10: parse time).

The topics read the folded body; the meeting's signs and names read the meeting's text,
which is that body with its captions and headline after it. Each family's automaton pass
costs a fixed time per character besides its hits, so a long body read by each family in
turn is read three times. Asked for the folded body right after the topics, the meeting's
families join the topics' group (needles.py's `_Group`: from the next long text on, one
automaton holding all their strings reads it for all) and then read only the meeting
text's tail (`Needles._extend`). What each family finds is unchanged: every table is made
from a whole reading of its text.
"""

from __future__ import annotations

from archive.ingest import prefilter
from archive.ingest.meeting_index_names import _names
from archive.ingest.meeting_signs import signs_needles
from archive.ingest.reference import ReferenceIndex


def read_body_along(body: str, index: ReferenceIndex) -> None:
    """Has the meeting's signs and names read the folded `body` now (a long one only: a
    short text is never extended, and would be read twice)."""
    if len(body) >= prefilter.EXTEND_FROM:
        folded = prefilter.fold(body)
        signs_needles().table(folded)
        _names(index)[0].table(folded)

"""What in the text of a report without a date of its own tells which of several
meetings of the same people it covers, read once per report and weighed for each meeting:
a visit of honours it speaks of (`meeting_honours`) and the events it tells as past
(`meeting_events`), the days it places its meeting on from the day it gives as
today ("오늘 (15일) … 어제 … 회담": `anchored_days`), and the weeks its address's story
number places the page in (`story_numbers`). A report with a date of its own is
dated by it: nothing is read. Pure: no Django."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from archive.ingest.anchored_days import anchored_days, anchored_evidence
from archive.ingest.meeting_events import event_evidence, events_not_before
from archive.ingest.meeting_honours import honoured_visit, honours_evidence
from archive.ingest.reference import KnownMeeting
from archive.ingest.story_numbers import Window, looks_back, window_evidence


@dataclass(frozen=True)
class Dating:
    """The years of the visits of honours the text speaks of, the latest day of an event
    it tells as past, the days of the month it places the meeting on, counted from the
    day it calls today, and the days its address's story number places the page in (and
    whether the text looks back a year or more, when it does)."""

    honoured: frozenset[int] = frozenset()
    not_before: date | None = None
    anchored: frozenset[int] = frozenset()
    window: Window | None = None
    looks_back: bool = False


UNDATED = Dating()  # nothing read


def dating_read(folded: str, *, dated: bool, window: Window | None = None) -> Dating:
    """What dates an undated report (`folded` is `prefilter.fold(body)`; `window` from
    its address, `story_numbers.story_window`)."""
    if dated:
        return UNDATED
    return Dating(
        honoured_visit(folded),
        events_not_before(folded),
        anchored_days(folded),
        window,
        window is not None and looks_back(folded),
    )


def dating_evidence(meeting: KnownMeeting, dating: Dating) -> tuple[float, list[str]]:
    """The points and reasons of the visit's honours and the events, for `meeting`."""
    score, reasons = 0.0, []
    for points, more in (
        honours_evidence(meeting, dating.honoured, dated=False),
        event_evidence(meeting, dating.not_before, dated=False),
        anchored_evidence(meeting, dating.anchored, dated=False),
        window_evidence(meeting, dating.window, back=dating.looks_back),
    ):
        score += points
        reasons.extend(more)
    return score, reasons

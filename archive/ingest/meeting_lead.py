"""The lead's own date: the full date (with its year) that a report's opening sentence
gives the event it reports ("Pada hari Kamis, 24 September 2021, … telah mengadakan
pertemuan", "On April 9th, 2024, Secretary Blinken met …", "2021年9月24日、…会談を行った").

A readout from the margins of a crowded week (the UN General Assembly, a G7 or a G20) is
published days after other meetings of the same minister. Its date alone makes those a
"follow-up"; its lead says which day it reports. A meeting on none of the lead's days is
not the one the lead reports: it loses what the report's date gave it, and more.

The dateline ("WASHINGTON, April 12, 2024 —") is the report's own date, not the lead's:
it is skipped, as is any date beyond the opening (a date further down recalls another
event). Pure: no Django.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from archive.ingest import dates, header
from archive.ingest.meeting_context import (
    EN_MONTH_DAY,
    ISO_DATE,
    NATIVE_MONTH_DAY,
    _full_date_of,
    meeting_days,
)
from archive.ingest.reference import KnownMeeting

# The lead is read in the opening only: the first full date must start within this many
# characters of the body (after its dateline), and it dates no more than its sentence.
LEAD_REACH = 400
LEAD_POINTS = -0.45
_FULL_PATTERNS = (dates.CJK_FULL_DATE, dates.YMD_DATE, ISO_DATE, EN_MONTH_DAY, NATIVE_MONTH_DAY)
# A sentence ends at a full stop before a space and a capital or a digit, or at 。 or a
# line's end ("U.S." or "Ms. KAMIKAWA" mid-sentence end nothing worth splitting).
_SENTENCE_END = re.compile(r"[。！？]|[.!?](?=\s+[A-Z0-9\"“])|\n")


def _dateline_end(text: str) -> int:
    """Where the dateline that opens the text ends (`header.DATELINE`: "WASHINGTON, April
    12, 2024 —", "Jakarta, 11 January 2023 -"), 0 when it opens with none."""
    match = header.DATELINE.match(text[:160])
    return match.end() if match else 0


def lead_dates(body: str) -> frozenset[date]:
    """The full dates of the lead: those in the sentence of the first full date the body
    gives (after its dateline) within `LEAD_REACH` characters; empty when there is none."""
    start = _dateline_end(body)
    head = dates.ascii_digits(body[start : start + LEAD_REACH * 2])
    found: list[tuple[int, int, date]] = []
    for pattern in _FULL_PATTERNS:
        for match in pattern.finditer(head):
            day = _full_date_of(pattern, match)
            if day is not None:
                found.append((match.start(), match.end(), day))
    if not found:
        return frozenset()
    found.sort()
    first_start, first_end, _ = found[0]
    if first_start >= LEAD_REACH:
        return frozenset()
    end = _SENTENCE_END.search(head, first_end)
    stop = end.start() if end else len(head)
    return frozenset(day for at, _, day in found if at < stop)


def lead_evidence(meeting: KnownMeeting, lead: frozenset[date]) -> tuple[float, list[str]]:
    """LEAD_POINTS for a meeting held on none of the lead's days, a day either side (the
    lead's local date against the meeting's)."""
    if not lead:
        return 0.0, []
    first = min(meeting.first_local or meeting.start, meeting.start)
    days = meeting_days(first - timedelta(days=1), meeting.end + timedelta(days=1))
    if any(day in lead for day in days):
        return 0.0, []
    named = ", ".join(sorted(day.isoformat() for day in lead))
    return LEAD_POINTS, [f"the lead dates another day ({named})"]

"""The lead's own date: the full date (with its year) that a report's opening sentence
gives the event it reports ("Pada hari Kamis, 24 September 2021, … telah mengadakan
pertemuan", "On April 9th, 2024, Secretary Blinken met …", "2021年9月24日、…会談を行った").

A readout from the margins of a crowded week (the UN General Assembly, a G7 or a G20) is
published days after other meetings of the same minister. Its date alone makes those a
"follow-up"; its lead says which day it reports. A meeting on none of the lead's days is
not the one the lead reports: it loses what the report's date gave it, and more.

The dateline ("WASHINGTON, April 12, 2024 —") is the report's own date, not the lead's:
it is skipped, as is a heading line that gives a date (a ministry's "記者会見概要
平成29年8月15日(11時15分〜11時20分)": short, no sentence ending in it), and any date
beyond the opening (a date further down recalls another
event). Pure: no Django.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from archive.ingest import dates, header
from archive.ingest.meeting_mentions import (
    _EN_MONTHS,
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
# A date in a clause these words open recalls an earlier event ("Following their phone
# call on January 21, 2021, Secretary Austin and Minister Kishi met in Tokyo on March 16"):
# not the lead's. The clause runs from the word to the date with no comma between (the
# comma of "Thursday, January 21" right before the date does not close it).
_EARLIER_CLAUSE = re.compile(
    r"(?i:\b(?:following|after|since|tras|despu[ée]s\s+de|desde|dopo|in\s+seguito\s+a"
    r"|a\s+seguito\s+d[ie]|setelah|sejak|menyusul|seusai|usai)\b)[^,;]*$"
)
# A date before an announcement verb dates the announcement, not the meeting it announces
# ("On March 8, 2024, the White House announced that President Biden will host Prime
# Minister Kishida on April 10").
_ANNOUNCED = re.compile(
    r"(?i:\b(?:announced|anunci[óo]|annunciat[oa]|annuncia|mengumumkan|diumumkan)\b)"
)
_CLAUSE_BREAK = re.compile(r"[,;]\s*$")


def _dateline_end(text: str) -> int:
    """Where the dateline that opens the text ends (`header.DATELINE`: "WASHINGTON, April
    12, 2024 —", "Jakarta, 11 January 2023 -"), 0 when it opens with none."""
    match = header.DATELINE.match(text[:160])
    return match.end() if match else 0


# A heading line: short, and no sentence ends in it ("防衛大臣記者会見概要 平成29年8月15日
# (11時15分〜11時20分)", "Press Briefing, March 3, 2024").
HEADING_REACH = 100
_SENTENCE_MARKS = re.compile(r"[。！？]|[.!?](?=\s|$)")


def _heading_end(text: str, start: int) -> int:
    """Where the line at `start` ends when it is a heading that gives a date (a title
    and the report's own date, as a dateline does), else `start`."""
    end = text.find("\n", start, start + HEADING_REACH + 1)
    line = text[start:end] if end >= 0 else ""
    if not line.strip() or _SENTENCE_MARKS.search(line):
        return start
    digits = dates.ascii_digits(line)
    if any(pattern.search(digits) for pattern in _FULL_PATTERNS):
        return end + 1
    return start


def lead_dates(body: str) -> frozenset[date]:
    """The days of the lead: the full dates of the sentence of the first full date the
    body gives (after its dateline) within `LEAD_REACH` characters, and its dates without a
    year, given that date's year; not a date of an earlier event's clause ("following",
    "after", "since") nor of an announcement. Empty when there is none, and when the lead
    gives two days or more (it does not say which one it reports)."""
    start = _heading_end(body, _dateline_end(body))
    head = dates.ascii_digits(body[start : start + LEAD_REACH * 2])
    found: list[tuple[int, int, date | None, re.Match]] = []
    for pattern in _FULL_PATTERNS:
        for match in pattern.finditer(head):
            found.append((match.start(), match.end(), _full_date_of(pattern, match), match))
    full = sorted((item for item in found if item[2] is not None), key=lambda item: item[:2])
    if not full or full[0][0] >= LEAD_REACH:
        return frozenset()
    first_start, first_end, year_of = full[0][0], full[0][1], full[0][2].year
    opening = [m.end() for m in _SENTENCE_END.finditer(head, 0, first_start)]
    begin = opening[-1] if opening else 0
    if any(at < begin and day is None for at, _, day, _ in found):
        # An earlier sentence gives a month and day without a year ("talks on November
        # 16. … the plan published on 17 March 2021"): that is the lead, not this one.
        return frozenset()
    end = _SENTENCE_END.search(head, first_end)
    stop = end.start() if end else len(head)
    announced = _ANNOUNCED.search(head, begin, stop)
    days = set()
    for at, _, day, match in found:
        if not begin <= at < stop or _in_earlier_clause(head, begin, at):
            continue
        if announced and at <= announced.end() + len(" on "):  # "announced on March 8"
            continue
        day = day or _month_day(match, year_of)
        if day is not None:
            days.add(day)
    return frozenset(days) if len(days) == 1 else frozenset()


def _in_earlier_clause(head: str, begin: int, at: int) -> bool:
    """Whether the date at `at` lies in a clause `_EARLIER_CLAUSE`'s words open."""
    before = head[begin:at]
    comma = _CLAUSE_BREAK.search(before)  # "on Thursday, January 21": the date's own comma
    return _EARLIER_CLAUSE.search(before[: comma.start()] if comma else before) is not None


def _month_day(match: re.Match, year: int) -> date | None:
    """A month and day without a year ("March 16", "16 de marzo"), in `year`."""
    month_name = match.groupdict().get("mon") or match.groupdict().get("mon2")
    day = match.groupdict().get("day") or match.groupdict().get("day2")
    if not month_name or not day:
        return None
    month = _EN_MONTHS.get(month_name.lower()) or dates.NATIVE_MONTHS.get(month_name.lower())
    try:
        return date(year, month, int(day)) if month else None
    except ValueError:
        return None


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

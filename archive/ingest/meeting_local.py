"""The local day of the event a report's opening tells, where the opening says it is the
local one: "On April 9th, commencing at 07:00 p.m., local time (08:00 a.m. on April 10th,
Japan time)", "1月13日(月曜日)午後3時頃(現地時間;日本時間14日午前8時頃)", "9일(현지시간)".

A minister travelling with the leader (or ahead of a meeting of his own) has a dinner or
a talk the evening before; the readout is published that day and, in the other ally's
time, already on the meeting's day. The date alone puts it a day from the meeting, which
time zones forgive (`meeting_lead` allows a day either side). A day the text itself calls
local is not a time zone's shift: the event it tells was held on that day where it was
held, and a meeting held in person there on another day is not that event.

Read in the opening only, near the words for local time (literal finds): no regex runs
over the whole body. Pure: no Django.
"""

from __future__ import annotations

import re

from archive.ingest import dates
from archive.ingest.cjk_days import CJK_DAY
from archive.ingest.meeting_mentions import _EN_MONTHS, EN_MONTH_DAY, NATIVE_MONTH_DAY, meeting_days
from archive.ingest.native_dates import CJK_MONTH_DAY
from archive.ingest.reference import KnownMeeting

REACH = 600  # characters of the opening
LOCAL_POINTS = -0.45
# The words for local time, folded; a CJK form may stand after the date in brackets
# ("9일(현지시간)") or before it ("현지시간 9일").
_LOCAL = (
    "local time",
    "hora local",
    "waktu setempat",
    "ora locale",
    "現地時間",
    "当地时间",
    "當地時間",
    "현지시간",
    "현지 시간",
)
_SENTENCE_END = re.compile(r"[。！？\n]|[.!?](?=\s+[A-Z0-9\"“])")
_AFTER = 16  # a CJK date right after the words ("현지시간 9일", "現地時間9日")


def local_day(body: str) -> tuple[int | None, int] | None:
    """(month or None, day) of the date the opening gives its event in local time: the
    date closest before the first words for local time in their sentence, else one right
    after them; None when the opening says nothing of local time."""
    head = dates.ascii_digits(body[:REACH])
    folded = head.lower()
    found = [at for at in (folded.find(word) for word in _LOCAL) if at >= 0]
    if not found:
        return None
    at = min(found)
    ends = [m.end() for m in _SENTENCE_END.finditer(head, 0, at)]
    begin = ends[-1] if ends else 0
    local = _last_date(head[begin:at]) or _last_date(head[at : at + _AFTER], first=True)
    # The opening's own day: every date above it (the page's date line) is that day too;
    # a local time further down dates another event ("the attack on January 1st (local
    # time)" in the readout of a lunch on January 7th).
    if local is None or any(
        day != local[1] or month not in (None, local[0]) for _, month, day in _dates(head[:begin])
    ):
        return None
    return local


def _last_date(text: str, *, first: bool = False) -> tuple[int | None, int] | None:
    """The last (or `first`) month and day in `text`: English, native or CJK, else a CJK
    day of the month alone ("9일")."""
    found = _dates(text)
    if not found:
        return None
    _, month, day = (min if first else max)(found)
    return (month, day) if 1 <= day <= 31 else None


def _dates(text: str) -> list[tuple[int, int | None, int]]:
    """(start, month, day) of each month and day in `text`, else of each CJK day alone."""
    found: list[tuple[int, int | None, int]] = []
    for match in EN_MONTH_DAY.finditer(text):
        month = _EN_MONTHS[(match["mon"] or match["mon2"]).lower()]
        found.append((match.start(), month, int(match["day"] or match["day2"])))
    for match in NATIVE_MONTH_DAY.finditer(text):
        found.append((match.start(), dates.NATIVE_MONTHS[match["mon"].lower()], int(match["day"])))
    for match in CJK_MONTH_DAY.finditer(text):
        found.append((match.start(), int(match["month"]), int(match["day"])))
    if not found:
        found = [(m.start(), None, int(m["day"])) for m in CJK_DAY.finditer(text)]
    return found


def local_evidence(
    meeting: KnownMeeting, local: tuple[int | None, int] | None
) -> tuple[float, list[str]]:
    """LOCAL_POINTS for a meeting held in person on none of the days around the opening's
    local date: the event the report tells is another one (a call has no place whose
    local day the opening could give)."""
    if local is None or not meeting.city or meeting.format not in ("in_person", ""):
        return 0.0, []
    month, day = local
    first = min(meeting.first_local or meeting.start, meeting.start)
    days = meeting_days(first, meeting.end)
    if any(d.day == day and month in (None, d.month) for d in days):
        return 0.0, []
    said = f"{month}/{day}" if month else f"the {day}th"
    return LOCAL_POINTS, [f"the opening's local date ({said}) is not the meeting's"]

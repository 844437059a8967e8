"""A report without a date of its own that dates its meeting by the day of the month alone
("두 정상은 30일 통화…", "川普30日与安倍通话") fits every month in which those people met on
that day. When it also dates, by another day of the month, an earlier or later meeting of
the same people ("앞서 28일 40여 분간 통화했었습니다", "两人28日曾通话"), only the month in
which both fell is left: that pair of days is evidence for the meeting. Pure: no Django.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from archive.ingest.meeting_context import ReportContext, meeting_days
from archive.ingest.reference import KnownMeeting

NEIGHBOUR_POINTS = 0.15
# The other meeting of theirs is told as the one before or after: within a week.
NEIGHBOUR_WITHIN = timedelta(days=7)
# Its day by the other side's clock: a call of the 28th in Washington is the 29th in Tokyo.
SLACK = timedelta(days=1)


def neighbour_evidence(
    meeting: KnownMeeting,
    context: ReportContext,
    their_meetings: Iterable[KnownMeeting],
    *,
    dated: bool,
) -> tuple[float, list[str]]:
    """+NEIGHBOUR_POINTS when, in an undated report, the meeting falls on a day of the
    month the text names and another meeting of two or more of its participants, within a
    week of it and on other days, falls (a day either side) on another day the text
    names."""
    mentioned = context.dates.days
    if dated or len(mentioned) < 2 or len(meeting.participant_slugs) < 2:
        return 0.0, []
    first = min(meeting.first_local or meeting.start, meeting.start)
    own = {day.day for day in meeting_days(first, meeting.end)} & mentioned
    if not own:
        return 0.0, []
    others = mentioned - own
    table = set(meeting.participant_slugs)
    for other in their_meetings:
        if (
            # Another meeting of that day (a trilateral after the bilateral) is no other day.
            not (other.start > meeting.end or other.end < meeting.start)
            or abs(other.start - meeting.start) > NEIGHBOUR_WITHIN
            or len(table & set(other.participant_slugs)) < 2
        ):
            continue
        days = meeting_days(other.start - SLACK, other.end + SLACK)
        named = sorted({day.day for day in days} & others)
        if named:
            return NEIGHBOUR_POINTS, [
                f"the text also dates their meeting of {other.start.isoformat()} (the {named[0]})"
            ]
    return 0.0, []

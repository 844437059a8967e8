"""A report without a date of its own that dates its meeting by the day of the month alone
("두 정상은 30일 통화…", "川普30日与安倍通话") fits every month in which those people met on
that day. When it also dates, by another day of the month, an earlier or later meeting of
the same people ("앞서 28일 40여 분간 통화했었습니다", "两人28日曾通话"), only the month in
which both fell is left: that pair of days is evidence for the meeting.

A page whose date line gives only its month and year ("2019년 12월", "2019年12月") dates
the days of the month its lead names ("21일 통화"): full dates in that month. A page
dated to the day dates the days its text names relative to that date ("어제 통화",
"昨天通电话", "上周二会晤"): full dates too. Pure: no Django.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta

from archive.ingest.meeting_context import ReportContext
from archive.ingest.meeting_mentions import DATE_HEAD, meeting_days
from archive.ingest.reference import KnownMeeting
from archive.ingest.relative_days import relative_dates

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


def in_the_month(context: ReportContext, month: date) -> ReportContext:
    """`context` with the days of the month its lead names as full dates in the month of
    `month` (a report dated to the month only), and no longer as days of any month."""
    days = set()
    for day in context.dates.lead_days:
        try:
            days.add(date(month.year, month.month, day))
        except ValueError:  # the 31st of a month of 30 days
            continue
    if not days:
        return context
    # The lead's days are then dates of that month, not of any month.
    mentioned = context.dates
    dated = replace(
        mentioned,
        full=mentioned.full | days,
        days=mentioned.days - mentioned.lead_days,
        lead_days=frozenset(),
    )
    return replace(context, dates=dated)


def on_relative_days(context: ReportContext, body: str, published: date) -> ReportContext:
    """`context` with the dates the text names relative to `published`, the report's own
    date to the day (`relative_days.relative_dates`), as full dates."""
    days = relative_dates(body[:DATE_HEAD], published, context.dates.weekdays)
    if not days:
        return context
    return replace(context, dates=replace(context.dates, full=context.dates.full | days))

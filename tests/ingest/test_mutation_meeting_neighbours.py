"""A report dated to the month only (issue 11's mutation sample at 30d3c52,
meeting_neighbours.py): every day of the month its lead names becomes a full date in that
month; a day the month does not have is passed over, not the end of the reading."""

from datetime import date

import pytest

from archive.ingest.meeting_context import MentionedDates, ReportContext
from archive.ingest.meeting_neighbours import in_the_month


@pytest.mark.parametrize(
    "lead_days, kept",
    [
        ({7, 30}, {7}),  # 30 February is no day
        ({31, 30, 29, 23, 15, 7}, {7, 15, 23}),
        ({1, 28}, {1, 28}),
    ],
)
def test_every_lead_day_the_month_has_becomes_a_full_date(lead_days, kept):
    # seed-20261207 sample (in_the_month 9): the days are a set, read in no set order.
    days = frozenset(lead_days)
    context = ReportContext(dates=MentionedDates(days=days, lead_days=days))
    dated = in_the_month(context, date(2030, 2, 1)).dates
    assert dated.full == {date(2030, 2, day) for day in kept}
    assert (dated.days, dated.lead_days) == (frozenset(), frozenset())


def test_a_lead_naming_no_day_the_month_has_leaves_the_context_as_it_was():
    context = ReportContext(dates=MentionedDates(days=frozenset({30}), lead_days=frozenset({30})))
    assert in_the_month(context, date(2030, 2, 1)) is context

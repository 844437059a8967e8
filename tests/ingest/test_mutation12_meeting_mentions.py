"""An Indonesian weekday with its day and month ("Senin (26/2)") anchors the weekdays a
text names in the latest year up to 2028 where that day is that weekday: 26 February was
a Monday in 2024, a leap year, so the Thursday of that week is 29 February (issue 11's
seed-20261214 mutation sample, meeting_mentions._in_a_year_on: no test crossed the end of
February). Invented text."""

from archive.ingest.meeting_mentions import mentioned_dates


def test_the_week_of_an_anchor_in_a_leap_year_holds_29_february():
    text = "Jakarta, Senin (26/2). Kedua menteri akan bertemu lagi pada hari Kamis."
    relative = mentioned_dates(text).relative
    assert (2, 29) in relative
    assert (3, 1) not in relative


def test_the_week_of_an_anchor_in_a_common_year_runs_into_march():
    """26 February 2025 was a Wednesday; the Monday after it, 3 March."""
    text = "Jakarta, Rabu (26/2). Kedua menteri akan bertemu lagi pada hari Senin."
    relative = mentioned_dates(text).relative
    assert (3, 3) in relative
    assert (2, 24) in relative

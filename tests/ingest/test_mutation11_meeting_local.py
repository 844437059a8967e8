"""The local day a report's opening gives its event is a day a month can have: a number
before the words for local time that no month has (0, 32, "April 45") is no date of the
event, and the opening gives no local day (issue 11's seed-20261213 mutation sample,
meeting_local._last_date: no test had such a number). Invented openings."""

import pytest

from archive.ingest.meeting_local import local_day


@pytest.mark.parametrize(
    "opening",
    [
        "On April 45, at 7 p.m. local time, the ministers met.",
        "32일(현지시간) 회담이 열렸다.",
        "0일(현지시간) 회담이 열렸다.",
        "1月32日午後3時頃(現地時間)、会談した。",
    ],
)
def test_a_number_no_month_has_is_no_local_day(opening):
    assert local_day(opening) is None


@pytest.mark.parametrize(
    "opening, day",
    [
        ("On April 9, at 7 p.m. local time, the ministers met.", (4, 9)),
        ("On April 30, at 7 p.m. local time, the ministers met.", (4, 30)),
        ("31일(현지시간) 회담이 열렸다.", (None, 31)),
        ("1日午後3時頃(現地時間)、会談した。", (None, 1)),
    ],
)
def test_a_day_of_the_month_before_local_time_is_the_local_day(opening, day):
    assert local_day(opening) == day

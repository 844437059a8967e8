"""Of two dates before the words for local time in their sentence, the one closest to
them is the local day: the earlier one dates something else (issue 11's seed-20261214
mutation sample, meeting_local._last_date: no test had two dates before "local time").
Invented openings."""

import pytest

from archive.ingest.meeting_local import local_day


@pytest.mark.parametrize(
    "opening, day",
    [
        ("After arriving on April 8, the ministers met on April 9 at 7 p.m. local time.", (4, 9)),
        ("8일 도착한 두 장관은 9일(현지시간) 회담했다.", (None, 9)),
    ],
)
def test_the_date_closest_before_local_time_is_the_local_day(opening, day):
    assert local_day(opening) == day


def test_a_date_right_after_local_time_is_read_when_none_is_before():
    assert local_day("현지시간 9일 두 장관이 회담했다. 10일에는 귀국했다.") == (None, 9)

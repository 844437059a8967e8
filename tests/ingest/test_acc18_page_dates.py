"""A numeric date whose two numbers may both be the month, printed after its weekday
("Sat, 01/09/2010 - 07:47"): of its two readings, day first and month first, the one that
falls on that weekday is the date (issue 11, eighteenth session). Without a weekday, or
when the weekday fits the language's usual order, or names neither reading, the usual
order stands. Every text here is made up."""

from __future__ import annotations

from datetime import date

import pytest

from archive.ingest.dates import find_full_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sat, 01/09/2010 - 07:47", date(2010, 1, 9)),  # 1 September 2010 was a Wednesday
        ("Wednesday 01/09/2010", date(2010, 9, 1)),
        ("Sabtu, 01/09/2010", date(2010, 1, 9)),
        ("Posted Friday, 03.11.2022", date(2022, 3, 11)),  # 3 November 2022 was a Thursday
    ],
)
def test_the_weekday_picks_the_reading(text, expected):
    assert find_full_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("01/09/2010 - 07:47", date(2010, 9, 1)),  # no weekday: day first, as before
        ("Sun, 01/09/2010", date(2010, 9, 1)),  # names neither reading: as before
        ("Tue, 25/12/2012", date(2012, 12, 25)),  # only one reading
        ("Sat 05/05/2012", date(2012, 5, 5)),  # both readings the same day
        ("Saturday marked the talks; 01/09/2010 was the date.", date(2010, 9, 1)),
    ],
)
def test_the_usual_order_stands_otherwise(text, expected):
    assert find_full_date(text) == expected

"""Native dates (issue 11's mutation sample, native_dates.py): a yearless CJK date is
passed over only inside a full date, not when it starts where one ends."""

from datetime import date

from archive.ingest.native_dates import _native_dates


def test_a_yearless_date_right_after_a_full_date_is_a_date_of_its_own():
    found = _native_dates("2023年11月30日12月1日", default_year=2023)
    assert found == [(0, date(2023, 11, 30)), (11, date(2023, 12, 1))]

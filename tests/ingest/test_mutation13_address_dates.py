"""Rules of `address_dates` that no test decided, found by mutating it (review of 476c511).

mutmut mutates functions, not the module's patterns, so each pattern's parts were mutated
by hand too (one change at a time: a lookbehind dropped, a separator or a year range
widened, a web archive's prefix read only in one form); each test here fails under one of
those changes. Invented addresses throughout."""

from __future__ import annotations

from datetime import date

import pytest

from archive.ingest.address_dates import AddressDate, address_date


def _day(y: int, m: int, d: int) -> AddressDate:
    return AddressDate(date(y, m, d), "day")


def _month(y: int, m: int) -> AddressDate:
    return AddressDate(date(y, m, 1), "month")


# A web archive's capture stamp is the day the copy was made, in every form the archives
# print it: eight digits as well as fourteen, with a replay suffix (`id_`, `if_`), an
# original address with one slash after its scheme or in capitals.
@pytest.mark.parametrize(
    "url",
    [
        "https://web.archive.example/web/20120913/http://example.gov/news/remarks.html",
        "https://web.archive.example/web/20120913id_/http://example.gov/news/remarks.html",
        "https://web.archive.example/web/20120913if_/https://www.example.gov/news/remarks",
        "https://web.archive.example/web/20120913/http:/example.gov/news/remarks.html",
        "https://web.archive.example/web/20120913/HTTP://EXAMPLE.GOV/NEWS/REMARKS.HTML",
    ],
)
def test_a_web_archive_stamp_of_any_form_is_not_the_page_date(url):
    assert address_date(url) is None


def test_the_address_behind_an_eight_digit_stamp_is_read():
    archived = "https://web.archive.example/web/20120913/http://example.gov/2011/05/23/remarks"
    assert address_date(archived) == _day(2011, 5, 23)


def test_a_sites_own_web_folder_is_no_archive_prefix():
    # "/web/2013/" followed by folders, not by an original address.
    assert address_date("https://www.example.org/web/2013/04/207482.htm") == _month(2013, 4)


@pytest.mark.parametrize(
    "url",
    [
        "https://summit-2019-06-28.example.org/news/leaders-meet.html",
        "HTTPS://SUMMIT-2019-06-28.EXAMPLE.ORG/NEWS/LEADERS-MEET.HTML",
    ],
)
def test_a_date_in_the_host_is_never_read_whatever_the_case(url):
    assert address_date(url) is None


# Pages are dated from 1980: a year before it in an address is an event's (a treaty's).
@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/history/anniversary-1951-09-08-treaty/",
        "https://example.com/1951/09/08/treaty-text/",
        "https://example.com/history/treaty-19510908.html",
        "https://example.com/1951/09/treaty-text.html",
    ],
)
def test_a_year_before_1980_dates_no_page(url):
    assert address_date(url) is None


@pytest.mark.parametrize(
    ("url", "found"),
    [
        ("https://example.gov/speeches/19831109-remarks-to-the-diet.html", _day(1983, 11, 9)),
        ("https://example.gov/speeches/1983/11/09/remarks-to-the-diet/", _day(1983, 11, 9)),
        ("https://example.gov/speeches/1983/11/remarks-to-the-diet.html", _month(1983, 11)),
    ],
)
def test_a_page_of_the_1980s_is_dated(url, found):
    assert address_date(url) == found


# A year counts only as a number of its own: the tail of a longer number (a story number,
# a fiscal year's "FY") is no year.
@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/a/120190611/3749476.html",  # nine digits
        "https://example.com/items/sku-402019-08-15/",
        "https://example.jp/fy2020/01/15/budget.html",  # January of fiscal 2020 is 2021's
        "https://example.jp/fy2020/0115a_r.html",
        "https://example.com/a/12013/04/207482.htm",
    ],
)
def test_a_year_inside_a_longer_number_dates_nothing(url):
    assert address_date(url) is None


# One-digit months and days are read in slugs and folders alike.
@pytest.mark.parametrize(
    ("url", "found"),
    [
        ("https://radio.example.com/a/a-21-w2006-1-19-item5845/1089525.html", _day(2006, 1, 19)),
        ("https://radio.example.com/a/a-21-w2006-10-9-item5845/1089525.html", _day(2006, 10, 9)),
        ("https://example.org/secretary/remarks/2013/4/207482.htm", _month(2013, 4)),
    ],
)
def test_one_digit_months_and_days_are_read(url, found):
    assert address_date(url) == found


def test_a_slug_date_keeps_one_separator():
    # June 2019's twelfth minutes, not 12 June.
    assert address_date("https://example.com/files/minutes-2019-06_12.pdf") is None


def test_an_underscored_numbered_headline_under_a_month_folder_dates_only_the_month():
    url = "https://magazine.example.com/2031/02/3_takeaways_from_the_leaders_call.html"
    assert address_date(url) == _month(2031, 2)

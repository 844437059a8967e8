"""The day a page's address files it under (`address_dates`), and the meeting a report
with no date of its own is linked to by it. Invented addresses and text throughout."""

from __future__ import annotations

from datetime import date

import pytest

from archive.ingest.address_dates import AddressDate, address_date
from archive.ingest.meeting_context import published_evidence
from archive.ingest.pipeline import parse_report
from tests.ingest.invented_meetings import UNDATED_SUMMIT_REPORT, two_summits_reference


@pytest.mark.parametrize(
    ("url", "found"),
    [
        # Year, month and day folders.
        ("https://news.example.gov/briefing/2031/03/07/remarks-on-trade/", date(2031, 3, 7)),
        ("http://example.org/press/news/2019/4/9a.html", date(2019, 4, 9)),
        # The day inside a slug, with dashes or underscores.
        ("https://radio.example.com/a/a-21-w2006-10-19-item5845/1089525.html", date(2006, 10, 19)),
        ("https://example.jp/docs/2019_06_01_talks.html", date(2019, 6, 1)),
        # Eight digits that make a day.
        ("https://embassy.example.gov/e/p/2012/tp-20121019-01.html", date(2012, 10, 19)),
        ("https://example.jp/area/20230604_aus-j.html", date(2023, 6, 4)),
        # A year folder with the month and day opening the name under it.
        ("https://www.example.go.jp/j/press/kisha/2020/0115a_r.html", date(2020, 1, 15)),
        ("https://example.go.jp/j/approach/anpo/2025/0330b_usa-j.html", date(2025, 3, 30)),
        ("https://example.go.jp/foreign/m-magazine/backnumber/2007/0510.html", date(2007, 5, 10)),
        # The same day twice (a folder and a slug) is one day.
        ("https://example.gov/2013/02/21/briefing-20130221", date(2013, 2, 21)),
    ],
)
def test_the_day_an_address_files_its_page_under(url, found):
    assert address_date(url) == AddressDate(found, "day")


@pytest.mark.parametrize(
    ("url", "month"),
    [
        ("https://archive.example.gov/secretary/remarks/2013/04/207482.htm", date(2013, 4, 1)),
        ("https://www.example.go.jp/en/article/2024/07/c11d4b86153aa309.html", date(2024, 7, 1)),
        # "31" under April is no day: the folders still give the month.
        ("https://example.com/2021/04/31/x.html", date(2021, 4, 1)),
    ],
)
def test_a_month_folder_dates_the_page_to_its_month(url, month):
    assert address_date(url) == AddressDate(month, "month")


@pytest.mark.parametrize(
    "url",
    [
        "",
        "https://www.example.gov/news/article/3158265/remarks-welcoming-the-minister/",
        # A year alone is not a date; a year range in the host names an archive.
        "https://example.go.jp/j/approach/anpo/2025/index.html",
        "https://2009-2017.example.gov/r/pa/prs/ps/summary.htm",
        # Digits that are no day (month 13) or a number in a query.
        "https://example.com/a/item-20131345/77.html",
        "https://example.com/story?id=20210405",
        # Two different days: neither is surely the page's.
        "https://example.com/2021/04/05/report-20190101.html",
        # A number under a year folder that is no month and day, or longer than one.
        "https://example.go.jp/hakusho_data/2009/2009/html/l3231200.html",
        "https://example.com/news/2013/0421234.html",
        # A story number that only starts like a year.
        "https://example.com/a/20125/3749476.html",
    ],
)
def test_no_date_read_from_an_address(url):
    assert address_date(url) is None


def test_a_web_archive_capture_stamp_is_not_the_page_date():
    archived = (
        "https://webarchive.example.edu/web/20120913080026/"
        "http://digital.example.gov/st/texttrans/2011/05/20110523152450x0.html"
    )
    assert address_date(archived) == AddressDate(date(2011, 5, 1), "month")
    bare = "https://web.archive.example/web/20120913080026/http://example.gov/"
    assert address_date(bare) is None


def test_an_undated_report_links_the_meeting_its_address_dates():
    reference = two_summits_reference()
    url = "https://news.example.com/a/biden-kishida-20230113/123456.html"
    parsed = parse_report(UNDATED_SUMMIT_REPORT, reference=reference, hints={"url": url})
    assert parsed.published is None  # the text prints no date: the address does not print one
    assert parsed.auto_meeting_slug == "summit-second"
    assert any("date in the page's address" in note for note in parsed.notes)
    # The meeting's reasons say where the day came from: the report has no published date.
    reasons = [r for s in parsed.meetings if s.slug == "summit-second" for r in s.reasons]
    assert "dated 2023-01-13 by its address, on the meeting's day" in reasons
    assert not any(reason.startswith("published") for reason in reasons)
    other = parse_report(
        UNDATED_SUMMIT_REPORT,
        reference=reference,
        hints={"url": "https://news.example.com/2022/05/23/biden-kishida/"},
    )
    assert other.auto_meeting_slug == "summit-first"


def test_without_an_address_date_the_report_stays_unlinked_between_two_summits():
    reference = two_summits_reference()
    parsed = parse_report(
        UNDATED_SUMMIT_REPORT, reference=reference, hints={"url": "https://example.com/a/1"}
    )
    assert parsed.auto_meeting_slug is None


def test_the_text_date_wins_over_the_address_date():
    reference = two_summits_reference()
    dated = b"Washington, January 13, 2023\n\n" + UNDATED_SUMMIT_REPORT
    parsed = parse_report(
        dated, reference=reference, hints={"url": "https://example.com/2022/05/23/story/"}
    )
    assert parsed.published == date(2023, 1, 13)
    assert parsed.auto_meeting_slug == "summit-second"
    reasons = [r for s in parsed.meetings if s.slug == "summit-second" for r in s.reasons]
    assert "published 2023-01-13, on the meeting's day" in reasons
    assert not any("date in the page's address" in note for note in parsed.notes)


@pytest.mark.parametrize(
    ("day", "reason"),
    [
        (date(2023, 1, 13), "dated 2023-01-13 by its address, on the meeting's day"),
        (date(2023, 1, 12), "dated 2023-01-12 by its address, the day before the meeting"),
        (date(2023, 1, 14), "dated 2023-01-14 by its address, the day after the meeting"),
        (date(2023, 1, 10), "dated by its address 3 days before the meeting: a preview"),
        (date(2023, 1, 20), "dated by its address 7 days after the meeting: a follow-up"),
        (date(2023, 6, 1), "dated 2023-06-01 by its address, far from the meeting"),
    ],
)
def test_every_reason_of_an_address_date_says_it_is_the_address(day, reason):
    summit = two_summits_reference().meetings[1]  # 13 January 2023
    by_address = published_evidence(summit, day, future=False, by_address=True)
    assert by_address[1] == reason
    printed = published_evidence(summit, day, future=False)
    assert printed[0] == by_address[0] and printed[2] == by_address[2]  # the same weight
    assert printed[1].startswith("published")

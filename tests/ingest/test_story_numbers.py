"""The days a page's story number places it in (`story_numbers`), and a report with no
date of its own told apart from a meeting of the same people in another year by it.
Invented anchors, addresses and text throughout."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from archive.ingest import prefilter, story_numbers
from archive.ingest.meetings import suggest_meetings
from archive.ingest.story_numbers import Window, story_window, window_evidence
from tests.ingest.invented_meetings import LEADERS, leaders_summit
from tests.ingest.reference_data import seed_reference

ANCHORS = {
    "voa": (
        (5_000_000, 5_100_000, 5_200_000, 5_900_000, 6_000_000, 6_050_000),
        (
            date(2030, 1, 10),
            date(2030, 2, 20),
            date(2030, 4, 1),
            date(2031, 7, 1),  # 15 months after the one before: too far apart to date
            date(2031, 8, 5),
            date(2031, 3, 1),  # out of order (a renumbered story): dates nothing near it
        ),
    ),
    "defense.gov": ((3_000_000, 3_100_000), (date(2029, 5, 1), date(2029, 6, 15))),
}


@pytest.mark.parametrize(
    ("url", "window"),
    [
        # Halfway between anchors 41 days apart: 20 days after the first, ± 14 days.
        ("https://www.voakorea.com/a/5050000.html", Window(date(2030, 1, 16), date(2030, 2, 13))),
        # A query or fragment is not the story's.
        (
            "https://www.voakorea.com/a/5050000.html?page=2#x",
            Window(date(2030, 1, 16), date(2030, 2, 13)),
        ),
        # Near an anchor: the window stops at the anchor's day.
        ("https://voakorea.com/amp/5101000.html", Window(date(2030, 2, 20), date(2030, 3, 6))),
        (
            "https://www.voachinese.com/a/leaders-meet-in-tokyo/5010000.html",
            Window(date(2030, 1, 10), date(2030, 1, 28)),
        ),
        (
            "https://voa.pangea-cms.com/preview/ko-KR/a/5190000.html",
            Window(date(2030, 3, 14), date(2030, 4, 1)),
        ),
        # An anchor's own number: its day.
        ("https://editorials.voa.gov/a/5100000.html", Window(date(2030, 2, 20), date(2030, 2, 20))),
        # Anchors 45 days apart: a fortnight either side of the share of the way.
        (
            "https://www.defense.gov/News/Releases/Release/Article/3050000/austin-meets/",
            Window(date(2029, 5, 9), date(2029, 6, 6)),
        ),
    ],
)
def test_a_story_number_is_dated_at_its_share_of_the_way_between_two_anchors(url, window):
    assert story_window(url, ANCHORS) == window


def test_a_wide_gap_gives_a_tenth_of_its_length_either_side():
    anchors = {"voa": ((1_000_000, 1_300_000), (date(2030, 1, 1), date(2030, 11, 7)))}
    # 310 days apart; a third of the way is day 103 (14 April), give or take 31 days.
    assert story_window("https://www.voanews.com/a/1100000.html", anchors) == Window(
        date(2030, 3, 14), date(2030, 5, 15)
    )


@pytest.mark.parametrize(
    "url",
    [
        "https://www.voakorea.com/a/4000000.html",  # before the first anchor
        "https://www.voakorea.com/a/7000000.html",  # after the last
        "https://www.voakorea.com/a/5500000.html",  # between anchors 15 months apart
        "https://www.voakorea.com/a/6020000.html",  # next to an anchor out of order
        "https://www.voakorea.com/radio/schedule/52/2019/5/23",  # no story number
        "https://news.example.com/a/5050000.html",  # not a numbered site
        "https://www.defense.gov/News/Transcripts/3050000.html",  # not an article's number
        "https://notvoanews.com/a/5050000.html",
        "",
    ],
)
def test_no_window_read(url):
    assert story_window(url, ANCHORS) is None


def test_numbers_handed_out_in_bulk_date_nothing():
    # 100 a day, then 1,000 a day for a month (old stories renumbered), then 100 a day.
    anchors = {
        "voa": (
            (1_000_000, 1_003_000, 1_006_000, 1_036_000, 1_039_000, 1_042_000),
            (
                date(2030, 1, 1),
                date(2030, 1, 31),
                date(2030, 3, 2),
                date(2030, 4, 1),
                date(2030, 5, 1),
                date(2030, 5, 31),
            ),
        )
    }
    assert story_window("https://www.voanews.com/a/1020000.html", anchors) is None
    assert story_window("https://www.voanews.com/a/1040000.html", anchors) is not None
    assert story_window("https://www.voanews.com/a/1001000.html", anchors) is not None


@pytest.mark.parametrize(
    "text",
    [
        "A year ago, the two leaders met at Camp David.",
        "Two years on, the alliance has held.",
        "The summit last year set up a hotline.",
        "On the anniversary of the summit, officials met.",
        "Hace un año, los líderes se reunieron.",
        "Setahun lalu, kedua pemimpin bertemu.",
        "지난해 정상회담에서 합의했습니다.",
        "1년 전 캠프 데이비드에서 만났습니다.",
        "去年的峰会上,三国领导人同意。",
        "首脳会談から1年前の合意を確認した。",
        "首脳会談から一周年を迎えた。",
    ],
)
def test_a_text_that_looks_back_a_year(text):
    assert story_numbers.looks_back(prefilter.fold(text))


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders met at the White House on Tuesday.",
        "The yearly meeting will be held next month.",
        "두 정상은 오늘 정상회담을 가졌습니다.",
        "两国领导人今天举行会谈。",
    ],
)
def test_a_text_that_does_not_look_back(text):
    assert not story_numbers.looks_back(prefilter.fold(text))


def test_a_meeting_long_before_is_not_set_back_when_the_text_looks_back():
    window = Window(date(2030, 3, 1), date(2030, 4, 1))
    long_before = _summit("long-before", date(2029, 3, 1))
    assert window_evidence(long_before, window)[0] == story_numbers.LONG_BEFORE_PENALTY
    assert window_evidence(long_before, window, back=True) == (0.0, [])
    long_after = _summit("long-after", date(2031, 3, 1))
    assert window_evidence(long_after, window, back=True)[0] == story_numbers.AFTER_PENALTY


def test_the_shipped_anchors_are_in_order_and_dated():
    for site, (numbers, days) in story_numbers._anchors().items():
        assert site in ("voa", "defense.gov")
        assert list(numbers) == sorted(numbers) and len(set(numbers)) == len(numbers)
        assert all(date(2001, 1, 1) <= day <= date(2027, 1, 1) for day in days)


def _summit(slug: str, day: date):
    return leaders_summit(slug, "Summit Meeting", day)


def test_window_evidence_sets_back_only_meetings_far_from_the_page():
    window = Window(date(2030, 3, 1), date(2030, 4, 1))
    for day in (date(2030, 3, 20), date(2030, 1, 5), date(2029, 7, 5), date(2030, 11, 26)):
        assert window_evidence(_summit("near", day), window) == (0.0, [])  # up to 8 months
    long_before = window_evidence(_summit("long-before", date(2029, 7, 3)), window)
    assert long_before[0] == story_numbers.LONG_BEFORE_PENALTY
    long_after = window_evidence(_summit("long-after", date(2030, 11, 28)), window)
    assert long_after[0] == story_numbers.AFTER_PENALTY
    assert "story number" in long_after[1][0]
    assert window_evidence(_summit("near", date(2030, 3, 20)), None) == (0.0, [])


UNDATED = (
    "President Joe Biden and Prime Minister Fumio Kishida held a summit meeting and "
    "discussed the alliance and regional security."
)


def test_an_undated_report_links_the_summit_its_story_number_dates():
    index = replace(
        seed_reference(),
        meetings=(
            _summit("summit-first", date(2021, 4, 16)),
            _summit("summit-second", date(2023, 1, 13)),
        ),
    ).index
    plain, _ = suggest_meetings(index=index, body=UNDATED, people=set(LEADERS))
    assert not any(s.linked for s in plain)  # the text alone cannot tell the two apart
    for window, slug in (
        (Window(date(2023, 1, 5), date(2023, 2, 1)), "summit-second"),
        (Window(date(2021, 4, 1), date(2021, 5, 10)), "summit-first"),
    ):
        ranked, linked = suggest_meetings(
            index=index, body=UNDATED, people=set(LEADERS), story=window
        )
        assert linked == slug
    # A report with a date of its own is dated by it, not by its story number.
    ranked, linked = suggest_meetings(
        index=index,
        body=UNDATED,
        people=set(LEADERS),
        published=date(2021, 4, 16),
        precision="day",
        story=Window(date(2023, 1, 5), date(2023, 2, 1)),
    )
    assert linked == "summit-first"

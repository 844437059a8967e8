"""A full date dates its own year only (`meeting_context.dates_evidence`): in a report
without a date of its own, a full date a day from a meeting's (the next leg of the same
trip, the arrival the evening before) places that meeting in time, and the month and day
of a full date of another year date no meeting of that month and day. The reports are
invented."""

from __future__ import annotations

from datetime import date

import pytest

from archive.ingest.meeting_context import NEAR_FULL_POINTS, dates_evidence, report_context
from archive.ingest.reference import KnownMeeting
from tests.ingest.invented_meetings import defense_talks, defense_talks_suggested

MEETING = KnownMeeting("m", "m", date(2015, 3, 12), date(2015, 3, 12))


def points(body: str, *, dated: bool = False, meeting: KnownMeeting = MEETING) -> float:
    return dates_evidence(meeting, report_context(body), dateline_counted=False, dated=dated)[0]


@pytest.mark.parametrize(
    "body",
    [
        "The minister will fly on to Manila on Friday, March 13, 2015.",
        "El ministro viajará a Manila el viernes 13 de marzo de 2015.",
        "Menteri itu akan terbang ke Manila pada Jumat, 13 Maret 2015.",
        "大臣は2015年3月11日に東京に到着した。",
    ],
)
def test_a_full_date_a_day_from_the_meeting_places_it_in_an_undated_report(body):
    assert points(body) == NEAR_FULL_POINTS


@pytest.mark.parametrize(
    "body",
    [
        "The minister will fly on to Manila on Saturday, March 14, 2015.",  # two days off
        "The minister first came to Tokyo on March 13, 2009.",  # another year
        "The minister will fly on to Manila on March 13.",  # no year: no full date
    ],
)
def test_other_dates_place_nothing(body):
    assert points(body) == 0.0


def test_a_report_with_a_date_of_its_own_has_its_date_already():
    assert points("The minister will fly on to Manila on March 13, 2015.", dated=True) == 0.0


def test_a_full_date_on_the_meeting_s_days_still_counts_in_full():
    assert points("They met in Tokyo on March 12, 2015.") == 0.45


@pytest.mark.parametrize(
    "body",
    [
        "The prime minister was welcomed at Andrews on March 12, 2015.",
        "首相は2015年3月12日にワシントンに到着した。",
    ],
)
def test_the_month_and_day_of_a_full_date_date_no_meeting_of_another_year(body):
    other_year = KnownMeeting("o", "o", date(2021, 3, 12), date(2021, 3, 12))
    assert points(body, meeting=other_year) == 0.0


@pytest.mark.parametrize(
    "body",
    [
        "The prime minister arrived on March 12.",  # no year: any year's 12 March
        "They met on March 12, 2015, and again on March 12.",  # also without a year
    ],
)
def test_a_month_and_day_without_a_year_still_dates_any_year_s_meeting(body):
    other_year = KnownMeeting("o", "o", date(2021, 3, 12), date(2021, 3, 12))
    assert points(body, meeting=other_year) == 0.35


# --- through the scorer: the trip's next day picks the year -------------------------

MEETINGS = (
    defense_talks("dm-2021", date(2021, 3, 16)),
    defense_talks("dm-2021-b", date(2021, 11, 16)),
)


def _suggest(body: str):
    return defense_talks_suggested(body, MEETINGS)


def test_an_undated_report_links_the_meeting_a_day_before_the_trip_s_next_date():
    body = (
        "Defense Secretary Lloyd Austin held talks in Tokyo with Defense Minister Nobuo "
        "Kishi on the alliance. Austin will travel to Seoul on Wednesday, 17 March 2021."
    )
    ranked, auto = _suggest(body)
    assert auto == "dm-2021"
    assert any("a day from the meeting" in reason for reason in ranked[0].reasons)


def test_an_undated_report_with_a_date_far_from_both_links_neither():
    body = (
        "Defense Secretary Lloyd Austin held talks in Tokyo with Defense Minister Nobuo "
        "Kishi on the alliance. Austin will travel to Seoul on Wednesday, 24 March 2021."
    )
    assert _suggest(body)[1] is None

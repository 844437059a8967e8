"""What a report's text says of its meeting's date (issue 11's mutation score): a full
date on the meeting's days, else its month and day, else its day of the month, else
(undated reports only) its weekday, each worth more when the report has no date of its
own; and the dates read only in the opening and the closing lines."""

from datetime import date

import pytest

from archive.ingest import prefilter
from archive.ingest.meeting_context import (
    DATE_HEAD,
    DATE_TAIL,
    dates_evidence,
    first_meeting_evidence,
    meeting_days,
    mentioned_dates,
    mentioned_places,
    place_evidence,
    report_context,
    title_evidence,
)
from archive.ingest.reference import KnownMeeting

MEETING = KnownMeeting("m", "m", date(2022, 5, 10), date(2022, 5, 10))  # a Tuesday


def points(body: str, *, dated: bool, counted: bool = False, meeting=MEETING) -> float:
    return dates_evidence(meeting, report_context(body), dateline_counted=counted, dated=dated)[0]


@pytest.mark.parametrize(
    ("body", "with_date", "without"),
    [
        ("The talks on May 10, 2022 went well.", 0.35, 0.45),  # a full date
        ("2022年5月10日に会談", 0.35, 0.45),
        ("Selasa, 10 Mei 2022", 0.35, 0.45),
        ("The talks on May 10 went well.", 0.25, 0.35),  # month and day
        ("5月10日に会談", 0.25, 0.35),
        ("el martes 10 de mayo", 0.25, 0.35),
        ("10日に会談した。", 0.10, 0.30),  # the day of the month, in the lead
        ("3日に到着した。10日に会談した。", 0.10, 0.15),  # named after the lead
        ("They met on Tuesday.", 0.0, 0.10),  # the weekday, undated reports only
        ("The talks on May 12, 2022 went well.", 0.0, 0.0),  # another day
        ("The talks went well.", 0.0, 0.0),
    ],
)
def test_what_the_text_says_of_the_date_in_reports_with_and_without_a_date(
    body, with_date, without
):
    assert points(body, dated=True) == with_date
    assert points(body, dated=False) == without


def test_a_yearless_dateline_already_counted_leaves_only_a_full_date():
    assert points("The talks on May 10 went well.", dated=False, counted=True) == 0.0
    assert points("10日に会談した。", dated=False, counted=True) == 0.0
    assert points("The talks on May 10, 2022 went well.", dated=False, counted=True) == 0.45


def test_the_local_date_a_day_earlier_is_one_of_the_meetings_days():
    local = KnownMeeting(
        "m", "m", date(2022, 5, 10), date(2022, 5, 10), first_local=date(2022, 5, 9)
    )
    assert points("The talks on May 9, 2022 went well.", dated=True, meeting=local) == 0.35
    assert points("The talks on May 9, 2022 went well.", dated=True) == 0.0


def test_the_reason_names_the_date():
    reasons = dates_evidence(
        MEETING, report_context("On May 10, 2022."), dateline_counted=False, dated=True
    )[1]
    assert reasons == ["the text dates it 2022-05-10"]


def test_dates_are_read_in_the_opening_and_the_closing_lines_only():
    filler = "a" * DATE_HEAD
    assert mentioned_dates("May 10, 2022 " + filler).full == {date(2022, 5, 10)}
    assert mentioned_dates(filler + " May 10, 2022 " + "b" * DATE_TAIL).full == frozenset()
    closing = filler + " May 10, 2022 " + "b" * (DATE_TAIL - 14)
    assert mentioned_dates(closing).full == {date(2022, 5, 10)}


@pytest.mark.parametrize("body", ["13月5日", "2022年2月30日", "5月32日", "0月5日"])
def test_no_date_outside_the_calendar(body):
    found = mentioned_dates(body)
    assert (found.full, found.month_days) == (frozenset(), frozenset())


def test_a_full_date_is_also_a_month_and_day():
    found = mentioned_dates("2022年5月10日")
    assert (found.full, found.month_days) == ({date(2022, 5, 10)}, {(5, 10)})


@pytest.mark.parametrize(
    ("body", "month_day"),
    [
        ("The talks on January 1 went well.", (1, 1)),  # the first day of the year
        ("The talks on December 31 went well.", (12, 31)),  # and its last
        ("2022年12月31日に会談", (12, 31)),
    ],
)
def test_the_first_and_last_days_of_the_year_are_dates(body, month_day):
    assert month_day in mentioned_dates(body).month_days


def test_a_meetings_days_run_from_its_first_to_its_last():
    assert meeting_days(date(2022, 5, 10), date(2022, 5, 12)) == [
        date(2022, 5, 10),
        date(2022, 5, 11),
        date(2022, 5, 12),
    ]
    assert meeting_days(date(2022, 5, 10), date(2022, 5, 10)) == [date(2022, 5, 10)]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("The talks on May 10 went well.", "the text names the meeting's month and day"),
        ("10日に会談した。", "the text names the meeting's day of the month"),
    ],
)
def test_the_reason_says_what_the_text_names(body, reason):
    found = dates_evidence(MEETING, report_context(body), dateline_counted=False, dated=True)
    assert found[1] == [reason]


def test_a_place_inside_a_file_name_is_no_place():
    assert mentioned_places(prefilter.fold("photo_tokyo.jpg")) == frozenset()
    assert mentioned_places(prefilter.fold("photo tokyo.jpg")) == {"Tokyo"}


JAKARTA = KnownMeeting("j", "j", date(2022, 5, 10), date(2022, 5, 10), country="Indonesia")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The ministers met in Indonesia.", 0.10),  # a country: less than a city
        ("The ministers met.", 0.0),  # a country not named earns nothing
    ],
)
def test_a_country_earns_points_only_when_named(body, expected):
    assert place_evidence(JAKARTA, report_context(body), counted=0.0)[0] == expected


IN_PERSON_MEETING = KnownMeeting(
    "m", "m", date(2022, 5, 10), date(2022, 5, 10), participant_slugs=("a", "b")
)


def test_a_first_meeting_needs_two_participants_named():
    context = report_context("It was their first meeting in person.")
    assert context.first
    found = first_meeting_evidence(IN_PERSON_MEETING, context, ["a", "b"], [])
    assert found[0] == 0.15
    assert first_meeting_evidence(IN_PERSON_MEETING, context, ["a"], [])[0] == 0.0


@pytest.mark.parametrize("body", ["Posted 2022.05.10 in Tokyo", "2022/5/10 東京"])
def test_a_numeric_year_month_day_is_a_full_date(body):
    found = mentioned_dates(body)
    assert (found.full, found.month_days) == ({date(2022, 5, 10)}, {(5, 10)})


def test_a_title_is_found_whatever_its_apostrophe():
    meeting = KnownMeeting(
        "m", "Japan-U.S. Foreign Ministers' Meeting", date(2022, 5, 10), date(2022, 5, 10)
    )
    context = report_context("At the Foreign Ministers’ Meeting in Tokyo, they agreed.")
    assert title_evidence(meeting, context)[0] == 0.10


def test_a_first_meeting_is_read_in_the_opening_only():
    assert report_context("Their first meeting went well. " + "a" * DATE_HEAD).first
    assert not report_context("a" * DATE_HEAD + " Their first meeting went well.").first


@pytest.mark.parametrize(("body", "day"), [("1日に会談した。", 1), ("31日に会談した。", 31)])
def test_the_first_and_last_days_of_a_month_alone(body, day):
    assert mentioned_dates(body).days == {day}


def test_a_place_at_the_very_start_of_the_text():
    assert mentioned_places(prefilter.fold("Tokyo hosted the talks")) == {"Tokyo"}


@pytest.mark.parametrize(
    ("day", "dated", "found"),
    [
        (17, False, (0.30, ["the text's lead names the meeting's day of the month"])),
        (18, False, (0.15, ["the text names the meeting's day of the month"])),
        (17, True, (0.10, ["the text names the meeting's day of the month"])),
    ],
)
def test_in_an_undated_report_the_leads_day_of_the_month_is_worth_more(day, dated, found):
    # a50f3b0 sample: the first sentence naming a day names the meeting's day; a later
    # sentence's day, or any day in a dated report, is worth the day alone.
    body = "岸田首相は17日、東京で会談した。その後、18日に帰国した。"
    meeting = KnownMeeting("m-x", "M", date(2024, 4, day), date(2024, 4, day))
    evidence = dates_evidence(meeting, report_context(body), dateline_counted=False, dated=dated)
    assert (round(evidence[0], 2), evidence[1]) == found

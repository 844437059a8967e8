"""A president-elect dates an undated text (issue 11's mutation sample, meeting_elect.py):
every known head of state is looked for next to the words, whoever the index lists
before them. Invented people."""

from datetime import date

import pytest

from archive.ingest.meeting_elect import elect_evidence, elect_window
from archive.ingest.meetings import score_meeting
from archive.ingest.reference import KnownMeeting, KnownOffice, KnownPerson, Reference

MINISTER = KnownPerson(
    "kim-roe",
    "Kim Roe",
    "Japan",
    (),
    (KnownOffice("Foreign Minister", "foreign_minister", "Japan", date(2030, 1, 1), None),),
)
OTHER_PRESIDENT = KnownPerson(
    "lee-poe",
    "Lee Poe",
    "United States",
    (),
    (KnownOffice("President", "head_of_state", "United States", date(2029, 1, 20), None),),
)
PRESIDENT = KnownPerson(
    "pat-doe",
    "Pat Doe",
    "United States",
    (),
    (KnownOffice("President", "head_of_state", "United States", date(2033, 1, 20), None),),
)


def test_the_president_elect_is_found_after_people_the_text_does_not_call_so():
    # A minister (no head-of-state office) and a head of state not named come first.
    index = Reference(people=(MINISTER, OTHER_PRESIDENT, PRESIDENT)).index
    windows = elect_window("Kim Roe met President-elect Pat Doe in Tokyo.", index)
    assert windows == ((date(2032, 10, 22), date(2033, 1, 20)),)


def test_a_president_elect_is_found_by_the_surname_of_a_longer_name():
    person = KnownPerson(
        "mary-ann-doe",
        "Mary Ann Doe",
        "United States",
        (),
        (KnownOffice("President", "head_of_state", "United States", date(2033, 1, 20), None),),
    )
    index = Reference(people=(person,)).index
    windows = elect_window("Talks with President-elect Doe were announced.", index)
    assert windows == ((date(2032, 10, 22), date(2033, 1, 20)),)


def test_the_transition_holds_a_day_of_slack_at_either_end():
    # Pat Doe's transition runs from 22 October 2032 to the inauguration, 20 January 2033.
    windows = elect_window("President-elect Pat Doe", Reference(people=(PRESIDENT,)).index)

    def points(day):
        meeting = KnownMeeting(slug="m", title="Talks", start=day, end=day)
        return elect_evidence(meeting, windows, dated=False)[0]

    assert points(date(2032, 10, 21)) == points(date(2033, 1, 21)) == 0.0
    assert points(date(2032, 10, 20)) == points(date(2033, 1, 22)) == -0.15
    outside = KnownMeeting(slug="m", title="Talks", start=date(2032, 4, 10), end=date(2032, 4, 10))
    assert elect_evidence(outside, windows, dated=False) == (
        -0.15,
        ["the text names a president-elect: held outside the transition"],
    )


def test_a_president_elect_named_first_in_the_text_is_found():
    # a50f3b0 sample: the text around the words begins at the body's first character.
    index = Reference(people=(PRESIDENT,)).index
    for body in ("Doe, the president-elect, met Kim Roe.", "Pat Doe, President-elect, met."):
        assert elect_window(body, index) == ((date(2032, 10, 22), date(2033, 1, 20)),)


# --- the seed-20261207 sample (meetings.score_meeting 126): only a report without a date
# of its own to the day loses points for a president-elect named outside the meeting's time.


@pytest.mark.parametrize(
    ("published", "precision", "penalised"),
    [(date(2035, 5, 1), "day", False), (date(2035, 5, 1), "month", True), (None, "", True)],
)
def test_a_president_elect_costs_points_only_in_a_report_not_dated_to_the_day(
    published, precision, penalised
):
    body = "Both sides look forward to working with President-elect Pat Doe."
    index = Reference(people=(PRESIDENT,)).index
    meeting = KnownMeeting(slug="m", title="Talks", start=date(2035, 5, 1), end=date(2035, 5, 1))
    found = score_meeting(
        meeting, index=index, body=body, people=set(), published=published,
        precision=precision, month_day=None, elect=elect_window(body, index),
    )  # fmt: skip
    reason = "the text names a president-elect: held outside the transition"
    assert (reason in found.reasons) is penalised

"""A president-elect dates an undated text: it was written in the transition before that
head of state's term, so it covers no meeting held long before or after it. Invented
texts and meetings."""

from datetime import date

import pytest

from archive.ingest.meeting_elect import elect_evidence, elect_window
from archive.ingest.reference import KnownMeeting, KnownOffice, KnownPerson, Reference

PRESIDENT = KnownPerson(
    "pat-doe",
    "Pat Doe",
    "United States",
    ("パット・ドウ", "ドウ", "팻 도", "帕特·多伊"),
    (
        KnownOffice("President", "head_of_state", "United States", date(2033, 1, 20), None),
        KnownOffice("President", "head_of_state", "United States", date(2041, 1, 20), None),
    ),
)
INDEX = Reference(people=(PRESIDENT,)).index


def _meeting(day: date) -> KnownMeeting:
    return KnownMeeting(slug=f"m-{day}", title="Talks", start=day, end=day)


@pytest.mark.parametrize(
    "body",
    [
        "Both sides look forward to working with President-elect Pat Doe.",
        "外相は、ドウ次期大統領との会談に期待を示した。",
        "양측은 팻 도 대통령 당선인과의 협력을 기대했다.",
        "双方期待与当选总统帕特·多伊合作。",
    ],
)
def test_a_president_elect_named_dates_the_text_in_each_of_their_transitions(body):
    windows = elect_window(body, INDEX)
    assert (date(2032, 10, 22), date(2033, 1, 20)) in windows
    assert (date(2040, 10, 22), date(2041, 1, 20)) in windows


def test_no_president_elect_or_no_known_one_dates_nothing():
    assert elect_window("President Pat Doe met the minister.", INDEX) == ()
    assert elect_window("President-elect Sam Roe will take office.", INDEX) == ()


def test_a_meeting_outside_every_transition_loses_points_in_an_undated_report():
    windows = elect_window("President-elect Pat Doe", INDEX)
    inside, outside = _meeting(date(2032, 11, 17)), _meeting(date(2032, 4, 10))
    assert elect_evidence(inside, windows, dated=False) == (0.0, [])
    assert elect_evidence(outside, windows, dated=False)[0] == -0.15
    # A report with a date of its own is placed by that date instead.
    assert elect_evidence(outside, windows, dated=True) == (0.0, [])

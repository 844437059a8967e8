"""A third country's minister at the table (issue 11): a multilateral meeting the report
calls one of three or more gains when the report names, among who met, a leader or
minister of one of its other countries in a post of the table's level that day
(`meeting_tables.third_seat_evidence`). Invented people, meetings and days."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date

from archive.ingest.meeting_signs import ReportSigns
from archive.ingest.meeting_tables import THIRD_SEAT_POINTS, third_seat_evidence
from archive.ingest.reference import KnownMeeting, KnownOffice, KnownPerson
from tests.ingest.reference_data import seed_reference

DAY = date(2031, 6, 4)
DEFENSE_POSTS = (
    ("walter-dunmore", "United States", "defense"),
    ("taro-yamada", "Japan", "defense"),
)
TRILATERAL = KnownMeeting(
    "defense-trilateral", "Japan–U.S.–ROK Defense Ministers' Meeting", DAY, DAY,
    "Singapore", ("walter-dunmore", "taro-yamada"), (), "multilateral", "in_person",
    series="us-japan-rok-trilateral", other_countries=("South Korea",),
    participant_posts=DEFENSE_POSTS,
)  # fmt: skip
BILATERAL = replace(
    TRILATERAL, slug="defense-bilateral", kind="defense_ministers", other_countries=()
)
KOREAN_DEFENSE = KnownPerson(
    "park-ho-jin", "Park Ho-jin", "South Korea",
    offices=(KnownOffice("Minister of National Defense", "defense", "South Korea",
                         date(2030, 1, 1), date(2032, 1, 1)),),
)  # fmt: skip
KOREAN_FOREIGN = KnownPerson(
    "kim-min-su", "Kim Min-su", "South Korea",
    offices=(KnownOffice("Minister of Foreign Affairs", "foreign", "South Korea",
                         date(2030, 1, 1), date(2032, 1, 1)),),
)  # fmt: skip
INDEX = replace(
    seed_reference(),
    people=(*seed_reference().people, KOREAN_DEFENSE, KOREAN_FOREIGN),
    meetings=(TRILATERAL, BILATERAL),
).index
CALLED_TRILATERAL = ReportSigns(kind_words=Counter({"multi": 2, "defense": 1}))


def test_the_third_countrys_defense_minister_seats_the_defense_trilateral():
    points, reasons = third_seat_evidence(
        TRILATERAL, INDEX, {"park-ho-jin", "taro-yamada"}, CALLED_TRILATERAL
    )
    assert points == THIRD_SEAT_POINTS
    assert "Park Ho-jin" in reasons[0]


def test_the_allies_own_table_of_that_day_gains_nothing():
    assert third_seat_evidence(BILATERAL, INDEX, {"park-ho-jin"}, CALLED_TRILATERAL)[0] == 0


def test_a_minister_of_another_level_sits_at_another_table():
    """Guard: Korea's foreign minister is no sign of the defense ministers' trilateral."""
    assert third_seat_evidence(TRILATERAL, INDEX, {"kim-min-su"}, CALLED_TRILATERAL)[0] == 0


def test_only_when_the_report_calls_it_a_meeting_of_three_or_more():
    """Guard: a report of the allies' talks that names Korea's minister elsewhere (a call
    before, a visit after) does not seat him at a trilateral it never speaks of."""
    two = ReportSigns(kind_words=Counter({"defense": 2, "bilateral": 1}))
    assert third_seat_evidence(TRILATERAL, INDEX, {"park-ho-jin"}, two)[0] == 0


def test_someone_out_of_office_that_day_seats_no_one():
    later = replace(TRILATERAL, start=date(2033, 6, 4), end=date(2033, 6, 4))
    assert third_seat_evidence(later, INDEX, {"park-ho-jin"}, CALLED_TRILATERAL)[0] == 0

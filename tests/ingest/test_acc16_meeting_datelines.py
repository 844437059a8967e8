"""The dateline names the city where the report was filed: in a report without a date
of its own, the one sign of which of the same people's meetings it covers, so it weighs
as much as a date a day off (`meeting_place_signs.DATELINE_CITY_POINTS_UNDATED`); in a
dated report the date decides and the dateline keeps its smaller weight. Invented
meetings and text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from archive.ingest.meetings import suggest_meetings
from tests.ingest.invented_meetings import DEFENSE_PAIR, defense_talks, leaders_call
from tests.ingest.reference_data import seed_reference

TOKYO_TALKS = defense_talks("talks-tokyo", date(2021, 3, 16))
WASHINGTON_TALKS = replace(
    defense_talks("talks-washington", date(2021, 3, 17)),
    city="Washington",
    country="United States",
)
# Another meeting in Tokyo, of other people: the city as a keyword is shared out, so it
# no longer gives the Tokyo talks alone the lead a dateline of the smaller weight lacks.
LEADERS_IN_TOKYO = replace(
    leaders_call("summit-tokyo", date(2022, 5, 23)),
    city="Tokyo",
    kind="summit",
    format="in_person",
)
MEETINGS = (TOKYO_TALKS, WASHINGTON_TALKS, LEADERS_IN_TOKYO)

# Filed in Tokyo; Washington named in passing, as the ally's capital.
FILED_IN_TOKYO = (
    "TOKYO — Defense Secretary Lloyd Austin and Defense Minister Nobuo Kishi held defense"
    " ministers' talks, and said the alliance with Washington had never been stronger."
)


def _suggested(body: str, **dated):
    index = replace(seed_reference(), meetings=MEETINGS).index
    return suggest_meetings(index=index, body=body, people=set(DEFENSE_PAIR), **dated)


def test_an_undated_report_is_linked_to_the_meeting_in_its_dateline_city():
    ranked, auto = _suggested(FILED_IN_TOKYO)
    assert auto == "talks-tokyo"
    assert any("datelined Tokyo" in reason for reason in ranked[0].reasons)


def test_a_dateline_of_another_city_leaves_the_choice_to_the_text():
    """Filed in Seoul, neither meeting's city: the dateline weighs for neither, and the
    capital named in the text decides as it did before."""
    ranked, auto = _suggested(FILED_IN_TOKYO.replace("TOKYO — ", "SEOUL — "))
    assert auto == "talks-washington"
    assert not any("datelined" in reason for s in ranked for reason in s.reasons)


def test_a_dated_report_keeps_its_date_before_its_dateline():
    """Dated the day of the Washington talks, the day after Tokyo's: the date leads, and
    the dateline's smaller weight does not carry the report to Tokyo's."""
    ranked, auto = _suggested(FILED_IN_TOKYO, published=date(2021, 3, 17), precision="day")
    assert auto != "talks-tokyo"


def test_a_dateline_with_its_month_and_day_keeps_the_citys_smaller_weight():
    """ "TOKYO, March 18 —" dates the report as well as placing it: the day (a day after,
    as a report filed from Asia may be) matches the Washington talks only, and the city of
    the Tokyo talks, two days earlier, does not come within the link margin of it, as the
    larger weight of an undated report would."""
    body = FILED_IN_TOKYO.replace("TOKYO — ", "TOKYO, March 18 — ")
    ranked, auto = _suggested(body, month_day=(3, 18))
    assert auto == "talks-washington"
    tokyo = next(s for s in ranked if s.slug == "talks-tokyo")
    assert ranked[0].score - tokyo.score >= 0.15

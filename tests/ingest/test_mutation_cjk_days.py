"""lead_days (issue 11's mutation sample at a50f3b0, cjk_days.py): every day of the month
from the 1st to the 31st that the first sentence naming one gives. Invented texts."""

from datetime import date

import pytest

from archive.ingest.cjk_days import lead_days
from archive.ingest.relative_days import relative_dates


@pytest.mark.parametrize("day", [1, 2, 15, 30, 31])
@pytest.mark.parametrize(
    "template",
    [
        "岸田首相は{}日、東京で会談した。",
        "한미 정상은 {}일 회담했다.",
        "韩美两国于3月{}日举行会谈。",
    ],
)
def test_every_day_of_the_month_is_a_lead_day(template, day):
    assert lead_days(template.format(day)) == {day}


def test_a_day_past_the_31st_is_none_and_only_the_first_sentence_counts():
    assert lead_days("会談は32日に行われた。") == frozenset()
    assert lead_days("首脳は1日と2日に会談した。3日に帰国した。") == {1, 2}
    assert lead_days("No day here.") == frozenset()


def test_relative_days_and_weekdays_of_both_weeks_are_all_kept():
    # Published Wednesday 10 April 2024: yesterday, last week's Friday, this week's Monday.
    published = date(2024, 4, 10)
    assert relative_dates("昨日、先週金曜日に会談した。", published, frozenset({4})) == {
        date(2024, 4, 9),
        date(2024, 4, 5),
    }
    both = relative_dates("先週金曜日と今週月曜日に会談した。", published, frozenset({0, 4}))
    assert both == {date(2024, 4, 1), date(2024, 4, 5), date(2024, 4, 8), date(2024, 4, 12)}


def test_a_lead_sentence_opening_with_its_day_keeps_every_digit():
    # a50f3b0 sample: the sentence naming the day begins right after the one before it.
    assert lead_days("首脳は東京に着いた。15日、会談した。") == {15}
    assert lead_days("首脳は東京に着いた。\n21日、会談した。") == {21}

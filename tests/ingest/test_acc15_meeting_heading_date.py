"""A heading line that gives a date (a ministry's "記者会見概要 令和5年8月15日(11時15分
〜11時20分)": short, no sentence ending in it) is the report's own date, as a dateline
is, not the lead's (`meeting_lead.lead_dates`): the meeting the lead announces for two
days later is not held "on another day than the lead gives". Invented texts."""

from __future__ import annotations

from datetime import date

import pytest

from archive.ingest.meeting_lead import lead_dates


@pytest.mark.parametrize(
    ("body", "days"),
    [
        (
            "防衛大臣記者会見概要 令和5年8月15日(11時15分〜11時20分)\n\n1 発表事項\n"
            "令和5年8月17日、訪米の機会に国防長官との会談を実施いたします。",
            {date(2023, 8, 17)},
        ),
        (
            "Press Briefing by the Spokesperson, August 15, 2023\n"
            "On August 17, 2023, the Secretary will meet the Defense Minister in Washington.",
            {date(2023, 8, 17)},
        ),
        # The heading's date alone: no lead date at all.
        ("外務大臣会見記録 令和5年8月15日(火曜日)\n\n冒頭発言はありません。", set()),
    ],
)
def test_a_heading_s_date_is_not_the_lead_s(body, days):
    assert lead_dates(body) == days


@pytest.mark.parametrize(
    "body",
    [
        # A first line that is a sentence dates the event it tells.
        "On August 15, 2023, the Secretary met the Defense Minister in Washington.\nMore.",
        "2023年8月15日、大臣は国防長官と会談した。\n詳細は以下のとおり。",
    ],
)
def test_a_first_sentence_with_a_date_is_still_the_lead(body):
    assert lead_dates(body) == {date(2023, 8, 15)}


@pytest.mark.parametrize(
    "body",
    [
        # The first sentence gives the meeting's month and day; a later full date recalls
        # an earlier document.
        "The ministers met on November 16. They reviewed the plan published on 17 March 2021.",
        "Los ministros se reunieron el 16 de noviembre. Revisaron el plan del 17 de marzo de 2021.",
    ],
)
def test_an_earlier_sentence_s_month_and_day_is_the_lead_s(body):
    assert lead_dates(body) == frozenset()

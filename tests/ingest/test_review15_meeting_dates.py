"""Review of 7028506 (meeting_context.dates_evidence: in an undated report, a full date a
day from a meeting's places it, +0.30). A full date in an ordinary report is as often an
earlier event recalled in passing (a plan published, a joint statement) as the trip's
next leg; when it falls a day after an earlier meeting of the same two people, that
meeting now outscores the one the report names by month and day. Invented reports and
meetings."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest.invented_meetings import defense_talks, defense_talks_suggested

SPRING = defense_talks("talks-spring", date(2021, 3, 16))
AUTUMN = defense_talks("talks-autumn", date(2021, 11, 16))


def _linked(body: str) -> str | None:
    return defense_talks_suggested(body, (SPRING, AUTUMN))[1]


LEAD = (
    "Defense Secretary Lloyd Austin held talks with Defense Minister Nobuo Kishi on November 16. "
)


@pytest.mark.parametrize(
    "recalled",
    [
        "They reviewed the work done since the joint statement of March 17, 2021.",
        "They reviewed the plan the two governments published on 17 March 2021.",
    ],
)
def test_an_earlier_documents_date_does_not_move_the_meeting_named_by_its_day(recalled):
    assert _linked(LEAD + recalled) == "talks-autumn"


def test_the_meeting_named_by_its_day_is_linked_with_no_full_date():
    assert _linked(LEAD + "They reviewed the work done since their first meeting.") == (
        "talks-autumn"
    )

"""Review of 71f435b (meeting_file_photos.without_file_photos blanks every line of the
opening and close that holds a file-photo marker). The marker is looked for anywhere in a
line, and a paragraph is a line: a lead that merely mentions a file photo in passing, or a
text extracted as one line, loses its own date and place, and the report its meeting.
Invented reports and meetings."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest.invented_meetings import defense_talks, defense_talks_suggested

MEETINGS = (
    defense_talks("talks-spring", date(2021, 3, 16)),
    defense_talks("talks-autumn", date(2021, 11, 16)),
)


def _linked(body: str) -> str | None:
    return defense_talks_suggested(body, MEETINGS)[1]


LEAD = (
    "Defense Secretary Lloyd Austin held talks with Defense Minister Nobuo Kishi in Tokyo "
    "on November 16, 2021."
)


@pytest.mark.parametrize(
    "passing",
    [
        " The ministry did not say when it took the file photo it released of their first meeting.",
        " The ministry also released an archive photo of their first meeting.",
    ],
)
def test_a_lead_mentioning_a_file_photo_keeps_its_date(passing):
    assert _linked(LEAD + passing) == "talks-autumn"


def test_a_file_photo_mentioned_on_a_line_of_its_own_leaves_the_lead_alone():
    body = LEAD + "\nThe ministry released a file photo of their first meeting."
    assert _linked(body) == "talks-autumn"

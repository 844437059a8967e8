"""_dateline_end (issue 11's mutation sample at a50f3b0, meeting_lead.py): a dateline is
looked for in the first 160 characters of the body only (the bound keeps the match
cheap); one that runs past them is not skipped. Invented text."""

from datetime import date

import pytest

from archive.ingest.meeting_lead import LEAD_REACH, _dateline_end, lead_dates

LEAD = "On April 9, 2024, Secretary Blinken met Foreign Minister Kamikawa."


def _body(spaces: int) -> tuple[str, str]:
    dateline = "WASHINGTON," + " " * spaces + "April 12, 2024 —"
    return dateline, f"{dateline} {LEAD}"


@pytest.mark.parametrize("spaces", [1, 40, 132])
def test_a_dateline_ending_within_160_characters_is_skipped_with_its_space(spaces):
    dateline, body = _body(spaces)
    assert _dateline_end(body) == len(dateline) + 1
    assert body[_dateline_end(body) :] == LEAD


def test_a_dateline_running_past_160_characters_is_not_read():
    dateline, body = _body(133)
    assert len(dateline) + 1 == 161
    assert _dateline_end(body) == 0
    assert _dateline_end(LEAD) == 0  # no dateline at all


def test_the_leads_sentence_ends_after_its_first_full_date():
    # a50f3b0 sample: "Mr. Hayashi" reads as a sentence break before the date; the
    # lead's sentence is looked for after the date, so that break does not end it.
    body = (
        "Secretary Blinken met Mr. Hayashi on April 9, 2024, in Tokyo. "
        "They spoke again on May 1, 2024."
    )
    assert lead_dates(body) == {date(2024, 4, 9)}


def _date_at(at: int) -> str:
    words = "Secretary Blinken met Foreign Minister Hayashi in Tokyo" + " and they talked" * 40
    return words[: at - len(" on ")] + " on April 9, 2024, about the alliance."


@pytest.mark.parametrize(
    ("at", "days"), [(LEAD_REACH - 1, {date(2024, 4, 9)}), (LEAD_REACH, set())]
)
def test_the_first_full_date_must_start_within_the_leads_reach(at, days):
    # seed-20261207 sample (lead_dates 27): where it starts counts, not where it ends.
    body = _date_at(at)
    assert body.index("April 9, 2024") == at
    assert lead_dates(body) == days

"""_dateline_end (issue 11's mutation sample at a50f3b0, meeting_lead.py): a dateline is
looked for in the first 160 characters of the body only (the bound keeps the match
cheap); one that runs past them is not skipped. Invented text."""

import pytest

from archive.ingest.meeting_lead import _dateline_end

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

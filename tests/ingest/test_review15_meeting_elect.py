"""Review of 6728563 (meeting_elect.outside_transition: an undated report that names a
president-elect links no meeting held outside the transition). Reports of a later summit
often recall the transition in passing ("the first leader to meet Doe when Doe was
president-elect"); the veto then refuses a meeting that fits on every other count.
Invented texts, people and meetings."""

from __future__ import annotations

import pytest

from tests.ingest.invented_meetings import transition_suggested

SUMMIT = (
    "Prime Minister Kei Sato held a summit with President Pat Doe in New York on the 17th, "
    "on the sidelines of the General Assembly. "
)


def _linked(body: str) -> str | None:
    return transition_suggested(body)[1]


@pytest.mark.parametrize(
    "recalled",
    [
        "Sato had been the first foreign leader to meet Doe when Doe was president-elect.",
        "Doe, who as President-elect promised to stand by Japan, praised the alliance.",
    ],
)
def test_a_president_elect_recalled_in_passing_does_not_veto_the_summit(recalled):
    assert _linked(SUMMIT + recalled) == "summit-later"


def test_the_summit_without_the_recollection_is_linked():
    assert _linked(SUMMIT + "Doe praised the alliance.") == "summit-later"

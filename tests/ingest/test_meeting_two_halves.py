"""A 2+2 told by its two halves: a report that calls a meeting a "2+2" and also speaks of
the foreign ministers' and the defense ministers' meetings ("外长防长“2+2”会谈…外长会谈…
防长会谈", "the 2+2 … the foreign ministers' talks … the defense ministers' talks") describes
the SCC's table, foreign and defense ministers of both sides: those words fit the SCC too,
so it is not read as a meeting whose words mostly fit other kinds. Without the "2+2", or
without one of the halves, nothing changes; another series of the SCC's kind (the extended
deterrence dialogue) is not the allies' 2+2. The reports and meetings are invented."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from archive.ingest.meeting_context import ReportContext
from archive.ingest.meeting_kinds import grounded, kind_evidence, kind_share
from archive.ingest.meetings import ReportSigns, report_signs
from archive.ingest.reference import KnownMeeting

DAY = date(2021, 3, 16)
POSTS = (
    ("us-state", "United States", "foreign"),
    ("us-defense", "United States", "defense"),
    ("jp-foreign", "Japan", "foreign"),
    ("jp-defense", "Japan", "defense"),
)
SCC = KnownMeeting(
    "scc-x", "Security Consultative Committee", DAY, DAY, kind="scc", series="scc",
    participant_slugs=tuple(slug for slug, _, _ in POSTS), participant_posts=POSTS,
)  # fmt: skip
OTHER_SERIES = KnownMeeting(
    "scc-y", "Dialogue", DAY, DAY, kind="scc", series="extended-deterrence-dialogue"
)
DEFENSE = KnownMeeting(
    "defense-x", "Defense Ministers' Meeting", DAY, DAY, kind="defense_ministers",
    participant_slugs=("us-defense", "jp-defense"), participant_posts=(POSTS[1], POSTS[3]),
)  # fmt: skip


def _signs(**words: int) -> ReportSigns:
    return ReportSigns(kind_words=Counter(words))


def test_the_two_halves_and_the_2x2_word_fit_the_scc():
    assert kind_share(SCC, _signs(scc=1, foreign=1, defense=1)) == 1.0
    points, reasons = kind_evidence(SCC, _signs(scc=1, foreign=1, defense=1))
    assert points == pytest.approx(0.30)
    assert "fit its kind" in reasons[0]


@pytest.mark.parametrize(
    "words",
    [
        {"foreign": 1, "defense": 1},  # no 2+2: two ministers' meetings
        {"scc": 1, "foreign": 1},  # one half only: the foreign ministers' talks of that day
        {"scc": 1, "defense": 2},
    ],
)
def test_without_the_2x2_word_or_a_half_nothing_changes(words):
    signs = _signs(**words)
    fitting = signs.kind_words["scc"]
    assert kind_share(SCC, signs) == fitting / sum(words.values())


def test_another_series_of_the_kind_is_not_the_2x2():
    assert kind_share(OTHER_SERIES, _signs(scc=1, foreign=1, defense=1)) == 0.0


def test_the_defense_ministers_meeting_of_the_day_keeps_its_share():
    assert kind_share(DEFENSE, _signs(scc=1, foreign=1, defense=1)) == pytest.approx(1 / 3)


def test_a_report_of_the_2x2_by_its_halves_is_grounded_with_three_of_four_named():
    body = "美日“2+2”会谈16日在东京举行。双方外长举行会谈。美日防长另行会谈。"
    signs = report_signs(body)
    assert signs.kind_words == Counter(scc=1, foreign=1, defense=1)
    people = {"us-state", "us-defense", "jp-defense"}
    assert grounded(SCC, signs, people, ReportContext())

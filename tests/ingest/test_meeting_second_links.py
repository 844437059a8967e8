"""A second meeting linked with the best one needs someone at its table named (issue 11):
a foreign ministers' readout that recalls "the summit meeting" of the same morning, or a
call's readout that mentions the G7 meeting of the day, names only its own two ministers
and covers only their meeting. Invented texts against the reference's meetings of
23 May 2022 (Biden–Kishida summit, Blinken–Hayashi foreign ministers, both in Tokyo)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest.test_meeting_matching import full_reference, linked, suggest

DAY = date(2022, 5, 23)
FM = "foreign_ministers-2022-05-23"
SUMMIT = "summit-2022-05-23"
MINISTERS = {"Antony Blinken", "Yoshimasa Hayashi"}


@pytest.fixture(scope="module")
def index():
    return full_reference().index


@pytest.mark.parametrize(
    "body",
    [
        # English, the summit recalled in the opening.
        "Japan-U.S. Foreign Ministers' Meeting\n"
        "On May 23, Minister Hayashi held a foreign ministers' meeting with Secretary Blinken, "
        "who was visiting Japan. Minister Hayashi said the Japan-U.S. summit meeting earlier "
        "in the day, attended by both foreign ministers, had renewed their commitment.",
        # English, the summit named last, in another order.
        "Secretary Blinken held a foreign ministers' meeting with Foreign Minister Hayashi "
        "in Tokyo on May 23; they welcomed the results of the summit meeting held that "
        "morning.",
        # Japanese.
        "日米外相会談\n5月23日、林外務大臣は、訪日中のブリンケン国務長官と日米外相会談を"
        "行いました。林大臣は、同日の日米首脳会談の成果を歓迎しました。",
        # Spanish.
        "El canciller japonés Yoshimasa Hayashi y el secretario de Estado Antony Blinken "
        "celebraron una reunión de cancilleres en Tokio el 23 de mayo, tras la cumbre "
        "entre Japón y Estados Unidos de esa mañana.",
    ],
    ids=["en-summit-first", "en-summit-last", "ja", "es"],
)
def test_a_ministers_readout_recalling_the_summit_links_their_meeting_only(index, body):
    suggestions, best = suggest(index, body, DAY, MINISTERS)
    assert best == FM
    assert linked(suggestions) == [FM]


def test_a_report_naming_both_tables_still_links_both_meetings(index):
    body = (
        "President Biden and Prime Minister Kishida held a summit meeting in Tokyo on May 23. "
        "Later that day, at a separate foreign ministers' meeting, Secretary Blinken and "
        "Foreign Minister Hayashi discussed the Indo-Pacific."
    )
    people = MINISTERS | {"Joe Biden", "Fumio Kishida"}
    suggestions, best = suggest(index, body, DAY, people)
    assert set(linked(suggestions)) == {FM, SUMMIT}

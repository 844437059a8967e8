"""The allies' meeting of two named by their compound name beside a meeting of three of
the same days (issue 11): "日米首脳会談" after the "日米豪" leaders' meeting in Sydney, in
the same report. The compound names the bilateral apart from the trilateral
(`meeting_kinds.named_apart`), as "a bilateral meeting" does; a compound joined to a third
country ("日米豪", "한미일", "U.S.-Japan-Australia") names the table of three, and one
without a word of meeting after it ("日米同盟", "the U.S.-Japan alliance") no meeting.
Invented texts against the reference's two meetings of 8 September 2007 in Sydney."""

from __future__ import annotations

from datetime import date

import pytest

from archive.ingest import prefilter
from archive.ingest.meeting_kinds import allies_meeting
from tests.ingest.test_meeting_matching import full_reference, linked, suggest

DAY = date(2007, 9, 8)
TRILATERAL = "multilateral-2007-09-08"
SUMMIT = "summit-2007-09-08"
LEADERS = {"George W. Bush", "Shinzo Abe"}


@pytest.fixture(scope="module")
def index():
    return full_reference().index


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("その後、ブッシュ大統領と日米首脳会談を行いました。", True),
        ("부시 대통령과 미일 정상회담을 가졌습니다.", True),
        ("随后与布什总统举行美日首脑会谈。", True),
        ("then held a U.S.-Japan summit with the President.", True),
        ("the Japan–U.S. foreign ministers' meeting", True),
        ("日米豪首脳会合に出席しました。", False),
        ("한미일 정상회담을 가졌습니다.", False),
        ("美日韩峰会在戴维营举行。", False),
        ("the South Korea-U.S.-Japan summit", False),
        ("the U.S.-Japan-Australia trilateral meeting", False),
        ("日米同盟の強化を確認した。", False),
        ("the U.S.-Japan alliance remains the cornerstone of peace; the talks", False),
    ],
)
def test_the_allies_meeting_by_its_compound_name(text, named):
    assert allies_meeting(prefilter.fold(text)) is named


@pytest.mark.parametrize(
    "body",
    [
        "9月8日、安倍総理はシドニーでブッシュ大統領及びハワード豪首相と日米豪首脳会合を"
        "行いました。その後、ブッシュ大統領と日米首脳会談を行いました。",
        "아베 총리는 8일 시드니에서 부시 대통령, 하워드 호주 총리와 3국 정상회의를 가진 뒤 "
        "부시 대통령과 미일 정상회담을 했습니다.",
        "9月8日,安倍晋三首相在悉尼与布什总统和澳大利亚总理霍华德举行美日澳三边会谈,随后"
        "与布什总统举行美日首脑会谈。",
        "On September 8 in Sydney, Prime Minister Abe joined President Bush and Prime "
        "Minister Howard of Australia for a trilateral meeting. He then held a U.S.-Japan "
        "summit with President Bush.",
    ],
    ids=["ja", "ko", "zh", "en"],
)
def test_the_summit_beside_the_trilateral_is_linked_with_it(index, body):
    suggestions, _ = suggest(index, body, DAY, LEADERS | {"John Howard"})
    assert set(linked(suggestions)) == {TRILATERAL, SUMMIT}

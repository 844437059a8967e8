"""A landmark that speaks is an institution, not the place of a meeting (issue 11):
"the White House said", "백악관은 … 밝혔습니다", "白宫官员表示" name no Washington
meeting, while "at the White House", "백악관에서", "在白宫" still do. Invented texts."""

from __future__ import annotations

import pytest

from archive.ingest import prefilter
from archive.ingest.meeting_context import mentioned_places, report_context
from archive.ingest.meeting_landmarks import speaking_landmarks, without_speaking_landmarks
from tests.ingest.test_meeting_matching import full_reference, linked, suggest


def _speaks(text: str) -> bool:
    return bool(speaking_landmarks(prefilter.fold(text)))


@pytest.mark.parametrize(
    "text",
    [
        "The White House said the two leaders would discuss trade.",
        "A senior White House official told reporters the talks went well.",
        "White House press secretary Sarah Sanders declined to comment.",
        "The Pentagon said the ministers spoke for an hour.",
        "백악관은 이날 보도자료에서 두 정상이 통화했다고 밝혔습니다.",
        "주드 디어 백악관 부대변인은 이날 말했습니다.",
        "此外，白宫主管经济的官员表示，美国不需要重回TPP。",
        "五角大楼发言人说，双方讨论了朝鲜问题。",
        "ホワイトハウスは声明を発表した。",
        "Sekretaris Pers Gedung Putih Sarah Sanders mengatakan hal itu.",
        "La Casa Blanca informó que los líderes hablaron por teléfono.",
        "El portavoz de la Casa Blanca no quiso comentar.",
    ],
)
def test_a_landmark_that_speaks_is_an_institution(text):
    assert _speaks(text)
    assert "Washington" not in report_context(text).places


@pytest.mark.parametrize(
    "text",
    [
        "President Biden welcomed Prime Minister Kishida at the White House on Wednesday.",
        "The ministers met in the Pentagon before the press conference.",
        "두 정상은 백악관에서 정상회담을 했습니다.",
        "拜登总统在白宫会见了日本首相岸田文雄，并表示两国关系牢固。",
        "岸田総理はホワイトハウスで首脳会談を行った。",
        "Kishida bertemu Biden di Gedung Putih, Jumat (7/2).",
        "Biden recibió a Kishida en la Casa Blanca el miércoles.",
    ],
)
def test_a_landmark_where_they_met_is_still_the_place(text):
    assert not _speaks(text)
    assert "Washington" in report_context(text).places


def test_blanking_keeps_the_text_length_and_the_other_places():
    folded = prefilter.fold("The White House said Trump met Abe at Mar-a-Lago in Palm Beach.")
    blanked = without_speaking_landmarks(folded)
    assert len(blanked) == len(folded)
    assert "white house" not in blanked
    assert mentioned_places(blanked) == {"Palm Beach"}


@pytest.mark.parametrize(
    "body",
    [
        # Chinese, undated: the summit at Mar-a-Lago told on a Tuesday, a White House
        # official quoted on trade.
        "日本首相安倍晋三星期二抵达佛罗里达，在海湖庄园与川普总统举行会谈。"
        "此外，白宫主管经济的官员表示，美国并不需要重回TPP。",
        # English, the same, the institution first.
        "The White House said on Monday that trade would top the agenda. Prime Minister "
        "Shinzo Abe arrived in Florida on Tuesday for talks with President Donald Trump "
        "at Mar-a-Lago.",
    ],
    ids=["zh", "en"],
)
def test_an_undated_report_of_the_mar_a_lago_summit_quoting_the_white_house(body):
    index = full_reference().index
    suggestions, best = suggest(index, body, None, {"Shinzo Abe", "Donald Trump"})
    assert best == "summit-2018-04-17"
    assert linked(suggestions) == ["summit-2018-04-17"]

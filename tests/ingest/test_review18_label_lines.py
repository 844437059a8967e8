"""Review of 48666f2 (CJK_TURN allows a line break after the label's colon, so that a
speaker's label alone on its line names the words below). A post and its colon on one
line with the holder's name on the next is the ordinary way a page lists who took part
("米国防長官：" / "ウォルター・ダンモア", "미국 국방장관:" / "월터 던모어"): each name is
now read as a quote of nobody's. The same roster with the name on the label's line was
read so before this session already (5ee1c45): the fix is one for both (words with no
sentence of their own, a bare name, open no turn). People and texts are made up."""

from __future__ import annotations

from datetime import date

import pytest

from archive.ingest.reference import Reference
from tests.ingest.invented_people import QUOTE_DAY, person, quotes_said

_TERM = {"start": date(2020, 1, 1), "end": date(2024, 1, 1)}
YAMADA = person(
    "taro-yamada", "Taro Yamada", "Japan", ("山田太郎", "야마다 다로"), "Minister of Defense",
    "defense", **_TERM,
)  # fmt: skip
DUNMORE = person(
    "walter-dunmore", "Walter Dunmore", "United States", ("ウォルター・ダンモア", "월터 던모어"),
    "Secretary of Defense", "defense", **_TERM,
)  # fmt: skip
INDEX = Reference(people=(YAMADA, DUNMORE)).index


@pytest.mark.parametrize(
    "body",
    [
        "日米防衛相会談が行われた。\n\n"
        "出席者は次のとおり。\n\n"
        "米国防長官：\nウォルター・ダンモア\n\n"
        "日本防衛相：\n山田太郎",
        "한미일 국방장관 회담이 열렸다.\n\n"
        "미국 국방장관:\n월터 던모어\n\n"
        "일본 방위상:\n야마다 다로",
    ],
)
def test_a_post_over_its_holders_name_is_no_quote(body):
    assert quotes_said(body, INDEX, QUOTE_DAY) == []


def test_the_same_roster_on_one_line_is_no_quote():
    body = "日米防衛相会談が行われた。\n\n米国防長官：ウォルター・ダンモア\n\n日本防衛相：山田太郎"
    assert quotes_said(body, INDEX, QUOTE_DAY) == []


@pytest.mark.parametrize(
    "below",
    [
        # The report's own sentence about the minister, naming him as its subject.
        "山田太郎防衛相は15日、防衛省でダンモア国防長官と会談した。",
        # A photo's caption and credit.
        "写真は15日、防衛省で（共同）",
    ],
)
def test_a_label_line_over_no_words_of_its_holder_is_no_quote(below):
    body = f"日米防衛相会談の要点\n\n山田太郎防衛相：\n{below}\n\n両氏は協力の拡大で一致した。"
    assert quotes_said(body, INDEX, QUOTE_DAY) == []


# 3a81fe3 reads the two shapes above (the label printed again as the topic; a caption
# ending in its credit) and no more of their family: the minister by his short form, a
# sentence whose topic is the meeting, a caption with no credit are still his words.
@pytest.mark.parametrize(
    "below",
    [
        "山田防衛相は15日、防衛省でダンモア国防長官と会談した。",
        "日米防衛相会談は15日、防衛省で約1時間行われた。",
        "15日午後、防衛省で撮影",
    ],
)
def test_more_of_the_family_below_a_label_line_is_no_quote(below):
    body = f"日米防衛相会談の要点\n\n山田太郎防衛相：\n{below}\n\n両氏は協力の拡大で一致した。"
    assert quotes_said(body, INDEX, QUOTE_DAY) == []

"""Issue 11, verbs of proposing, urging and asking as Japanese quotatives (session 16):
"「…」と提案した", "「…」と求めた", "「…」と促した" give the subject's words like "と述べた";
a voice that proposes or asks ("「…」と求める声が上がった") is still no one's known
words. People and texts are made up."""

import pytest

from archive.ingest.reference import Reference
from tests.ingest.invented_people import (
    TARO_YAMADA,
)
from tests.ingest.invented_people import (
    speaker_of_words as said,
)


@pytest.fixture(scope="module")
def index():
    return Reference(people=(TARO_YAMADA,)).index


@pytest.mark.parametrize("verb", ["提案した", "求めた", "促した", "要望した"])
def test_a_verb_of_proposing_or_asking_gives_the_subjects_words(index, verb):
    body = f"山田太郎防衛大臣は会談で「共同訓練の回数を増やしてはどうか」と{verb}。"
    assert said(body, index)["共同訓練の回数を増やしてはどうか"] == "taro-yamada"


def test_a_voice_that_asks_is_not_the_ministers(index):
    body = (
        "山田太郎防衛大臣は会見で「連携を深めていく」と述べた。\n\n"
        "会場の外では「計画を見直すべきだ」と求める声も上がった。"
    )
    assert said(body, index).get("計画を見直すべきだ") != "taro-yamada"

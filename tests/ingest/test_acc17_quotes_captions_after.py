"""Issue 11, a speaker's caption in parentheses right after a Japanese quote (session 17):
wires print "「…」（山田氏）「…」（ダンモア氏）", each quote's speaker in brackets after
it. A paragraph is read by its first quote: with no caption before it, a caption right
after a quote names that quote; with one before it (the television sites' "（山田大臣）
「…」"), every caption still names the quote after it. A bracket after a quote that names
no one known ("（東京）") names no speaker. People and texts are made up."""

import pytest

from archive.ingest.reference import Reference
from tests.ingest.invented_people import TARO_YAMADA, WALTER_DUNMORE
from tests.ingest.invented_people import speaker_of_words as said

AFTER = (
    "両氏の初会談は互いの友人を懐かしむ言葉から始まった。"
    "「長年の友情に心から感謝している」（山田氏）「彼は私の偉大な友人だ」（ダンモア氏）。"
)
BEFORE = (
    "会談の冒頭、両氏は次のように述べた。"
    "（山田大臣）「長年の友情に心から感謝している」（ダンモア長官）「彼は私の偉大な友人だ」"
)


@pytest.fixture(scope="module")
def index():
    dunmore = WALTER_DUNMORE.__class__(
        WALTER_DUNMORE.slug,
        WALTER_DUNMORE.name,
        WALTER_DUNMORE.country,
        (*WALTER_DUNMORE.aliases, "ダンモア"),
        WALTER_DUNMORE.offices,
    )
    yamada = TARO_YAMADA.__class__(
        TARO_YAMADA.slug,
        TARO_YAMADA.name,
        TARO_YAMADA.country,
        (*TARO_YAMADA.aliases, "山田"),
        TARO_YAMADA.offices,
    )
    return Reference(people=(yamada, dunmore)).index


@pytest.mark.parametrize("body", [AFTER, BEFORE])
def test_each_caption_names_its_own_quote(index, body):
    assert said(body, index) == {
        "長年の友情に心から感謝している": "taro-yamada",
        "彼は私の偉大な友人だ": "walter-dunmore",
    }


def test_a_place_in_brackets_after_a_quote_names_no_one(index):
    body = "「同盟の強化に向けて協力を加速させていきたい」（東京）。会場には多くの人がいた。"
    assert said(body, index).get("同盟の強化に向けて協力を加速させていきたい") is None

"""Issue 11, a speaker's name in parentheses right before a Japanese quote (session 16):
television sites print on-screen words as "（山田防衛相）「…」", several to a paragraph;
the quote is the captioned person's. A caption naming no known person ("（記者）",
"（東京）") names no speaker, and a later quote of the paragraph whose sentence names a
subject of its own ("…王室の代表は「…」と話された") is not carried over to the last
caption's speaker. People and texts are made up."""

import pytest

from archive.ingest.reference import Reference
from tests.ingest.invented_people import (
    TARO_YAMADA,
    WALTER_DUNMORE,
)
from tests.ingest.invented_people import (
    speaker_of_words as said,
)


@pytest.fixture(scope="module")
def index():
    return Reference(
        people=(
            TARO_YAMADA,
            WALTER_DUNMORE,
        )
    ).index


BODY = (
    "山田太郎防衛大臣とウォルター・ダンモア国防長官が会談に臨みました。\n\n"
    "（記者）「会場の前には大勢の人が集まっています」\n\n"
    "（山田防衛大臣）「ようこそお越しくださいました」（アメリカ ダンモア国防長官）"
    "「お招きに感謝します」会談は和やかに始まりました。冒頭、ダンモア長官は同盟の強化を"
    "訴えると、同席した王室の代表は「両国の友情が続くことを願っています」と話されました。"
)


def test_a_parenthesised_caption_names_the_speaker_of_the_quote_after_it(index):
    found = said(BODY, index)
    assert found["ようこそお越しくださいました"] == "taro-yamada"
    assert found["お招きに感謝します"] == "walter-dunmore"


def test_a_caption_naming_no_known_person_names_no_speaker(index):
    assert said(BODY, index).get("会場の前には大勢の人が集まっています") is None


def test_a_later_quote_whose_sentence_names_its_own_subject_is_not_carried_over(index):
    assert said(BODY, index).get("両国の友情が続くことを願っています") != "walter-dunmore"


def test_a_clause_topic_does_not_stop_the_same_speaker(index):
    body = (
        "山田太郎防衛大臣は会見で「同盟は揺るがない」と語った。また、予算については"
        "「必要な額を確保していく方針に変わりはない」と説明。"
    )
    assert said(body, index)["必要な額を確保していく方針に変わりはない"] == "taro-yamada"

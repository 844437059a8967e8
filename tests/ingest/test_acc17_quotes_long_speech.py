"""Issue 11, a Japanese speech quoted over several paragraphs (session 17): the first
paragraph gives the speaker and a long quote with no verb ("山田大臣は会見で「…」"), the
next paragraphs are whole quotes, and the verb comes after the last ("「…」と述べました。").
The first quote is the sentence's subject's, and the paragraphs after it go on with his
words. A short quote closing a paragraph with no verb is a name or a slogan, and stays
no one's. People and texts are made up."""

import pytest

from archive.ingest.reference import Reference
from tests.ingest.invented_people import TARO_YAMADA, WALTER_DUNMORE
from tests.ingest.invented_people import speaker_of_words as said

SPEECH = (
    "ウォルター・ダンモア長官は共同記者会見で"
    "「日本とアメリカの同盟は地域のみならず世界の平和と繁栄の礎であり続ける」\n\n"
    "「今回の訪問で多くの友人と再会し、両国の絆の強さを改めて感じることができた」\n\n"
    "「これからも山田大臣と手を携えて同盟をさらに強くしていきたい」と述べました。"
)


@pytest.fixture(scope="module")
def index():
    return Reference(people=(TARO_YAMADA, WALTER_DUNMORE)).index


@pytest.mark.parametrize(
    "words",
    [
        "日本とアメリカの同盟は地域のみならず世界の平和と繁栄の礎であり続ける",
        "今回の訪問で多くの友人と再会し、両国の絆の強さを改めて感じることができた",
        "これからも山田大臣と手を携えて同盟をさらに強くしていきたい",
    ],
)
def test_a_speech_over_paragraphs_is_the_first_subjects(index, words):
    assert said(SPEECH, index)[words] == "walter-dunmore"


def test_a_short_quote_closing_a_paragraph_is_no_ones(index):
    body = "山田太郎防衛大臣の演説のテーマは「自由で開かれた海」\n\n会場には多くの人が集まった。"
    assert said(body, index).get("自由で開かれた海") is None

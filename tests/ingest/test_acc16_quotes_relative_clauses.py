"""Issue 11, a quote closing a relative clause (session 16): when the speech verb after a
quote qualifies the noun printed next, and that noun is the sentence's subject ("「…」と
指摘する専門家もいた", "「…」と答えた住民は", "“…”라고 적은 현수막도 걸렸다"), the
words are that noun's, not the last speaker's going on. A speech verb that ends its
clause ("と述べたが、", "고 강조한 뒤") still goes on with him. People and texts are
made up."""

import pytest

from archive.ingest.reference import Reference
from tests.ingest.invented_people import (
    PARK_HO_JIN,
    TARO_YAMADA,
)
from tests.ingest.invented_people import (
    speaker_of_words as said,
)

JA_FIRST = "山田太郎防衛大臣は会見で「抑止力の強化を急ぐ」と述べました。\n\n"
KO_FIRST = "박호진 외교부 장관은 회견에서 “억지력 강화를 서두르겠다”고 말했습니다.\n\n"


@pytest.fixture(scope="module")
def index():
    return Reference(
        people=(
            TARO_YAMADA,
            PARK_HO_JIN,
        )
    ).index


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            JA_FIRST + "新たな合意をめぐり「地域の緊張を高めかねない」と指摘する専門家もいた。",
            "地域の緊張を高めかねない",
        ),
        (
            JA_FIRST + "発表を受けて「よい判断だと思う」と答えた住民は半数を超えた。",
            "よい判断だと思う",
        ),
        (KO_FIRST + "“기지 확장을 멈춰라”라고 적은 현수막도 걸렸습니다.", "기지 확장을 멈춰라"),
    ],
)
def test_the_noun_a_speech_verb_qualifies_is_the_speaker_not_the_last_one(index, body, words):
    assert said(body, index).get(words) not in ("taro-yamada", "park-ho-jin")


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            JA_FIRST
            + "そのうえで、会談を受けて「協力を一層深めていく」と述べたが、詳細は語らなかった。",
            "協力を一層深めていく",
            "taro-yamada",
        ),
        (JA_FIRST + "会見では「同盟は揺るがない」と強調した。", "同盟は揺るがない", "taro-yamada"),
        (
            KO_FIRST + "회견에서는 “동맹은 굳건하다”고 강조한 뒤 자리를 떠났습니다.",
            "동맹은 굳건하다",
            "park-ho-jin",
        ),
    ],
)
def test_a_speech_verb_ending_its_clause_goes_on_with_the_last_speaker(index, body, words, speaker):
    assert said(body, index)[words] == speaker

"""Who said a quote in Japanese and Korean, by family of wording (issue 11): a reporter's
verbs of feeling for "said" ("と力を込めた", "고 내다봤다"), a Korean stance whose content
is the quote ("“…”는 입장을 밝혔다"), and a Japanese readout's から for the speaker
("林大臣から「…」旨述べた"). Invented sentences."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes

ON = date(2023, 7, 28)
JA = "林芳正外務大臣は28日、ブリンケン国務長官と会談した。\n\n"
KO = "토니 블링컨 국무장관은 28일 하야시 요시마사 일본 외무상과 회담했다.\n\n"


def speakers(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [hit.speaker_slug for hit in find_quotes(body, mentions, index=ref.index, on=ON)]


@pytest.mark.parametrize(
    "verb",
    [
        "と言及した",
        "と力を込めた",
        "と語気を強めた",
        "と胸を張った",
        "と期待を寄せた",
        "と付け加えた",
    ],
)
def test_japanese_verbs_of_feeling_say_the_quote(ref, verb):
    body = JA + f"ブリンケン長官は「日米同盟はかつてなく強固だ」{verb}。"
    assert speakers(body, ref) == ["antony-blinken"]


@pytest.mark.parametrize(
    "verb", ["고 내다봤다", "고 자신했다", "고 기대했다", "고 꼬집었다", "고 우려를 나타냈다"]
)
def test_korean_verbs_of_feeling_say_the_quote(ref, verb):
    body = KO + f"블링컨 장관은 “미일 동맹은 그 어느 때보다 강하다”{verb}."
    assert speakers(body, ref) == ["antony-blinken"]


@pytest.mark.parametrize(
    "stance",
    [
        "는 입장을 밝혔다",
        "라는 뜻을 전했다",
        "는 말도 했다",
        "는 의지를 드러냈다",
        "는 메시지를 내놨다",
    ],
)
def test_a_korean_stance_whose_content_is_the_quote(ref, stance):
    body = KO + f"블링컨 장관은 “미일 동맹은 그 어느 때보다 강하다”{stance}."
    assert speakers(body, ref) == ["antony-blinken"]


def test_a_korean_quote_before_a_noun_with_no_speech_verb_is_no_ones(ref):
    """ "“…”는 입장" with no verb of saying after it is not this shape."""
    body = KO + "블링컨 장관은 “미일 동맹은 그 어느 때보다 강하다”는 입장과 거리가 멀다."
    assert speakers(body, ref) in ([], [None])


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("林外務大臣から「日米同盟はかつてなく強固だ」との発言がありました。", "yoshimasa-hayashi"),
        (
            "会談の冒頭、ブリンケン長官から、「日米同盟はかつてなく強固だ」旨述べました。",
            "antony-blinken",
        ),
        ("林大臣からは「日米同盟はかつてなく強固だ」と述べました。", "yoshimasa-hayashi"),
    ],
)
def test_a_japanese_readouts_kara_names_the_speaker(ref, sentence, speaker):
    assert speakers(JA + sentence, ref) == [speaker]


def test_kara_with_words_between_it_and_the_quote_names_no_one(ref):
    """ "長官から電話があり、「…」と述べた": the call came from him, the words need not."""
    body = JA + "ブリンケン長官から電話があり、「日米同盟はかつてなく強固だ」と述べた。"
    assert "antony-blinken" not in speakers(body, ref)

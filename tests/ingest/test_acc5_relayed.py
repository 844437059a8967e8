"""Words a report gives as an institution's ("…”고 국무부가 밝혔습니다", "」と国務省が発表
した") are not the person named before the quote; they are the spokesperson's who relays
them in the next sentence (cjk_quotes.relayed), or no one's. Invented Korean and Japanese
pages."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes

ON = date(2022, 1, 21)
WORDS = "미일 동맹은 인도태평양 지역 평화와 안보, 번영의 초석이라는 것을 재확인했다"
JA_WORDS = "日米同盟はインド太平洋地域の平和と安全、繁栄の礎であることを再確認した"


def quote_of(body, ref, words):
    mentions, _ = find_people(body, ref.index)
    return next(q for q in find_quotes(body, mentions, index=ref.index, on=ON) if words in q.text)


@pytest.mark.parametrize(
    "body, words, relayer",
    [
        (
            f"토니 블링컨 국무장관이 21일 “{WORDS}”고 국무부가 밝혔습니다.\n\n"
            "네드 프라이스 국무부 대변인은 이날 성명에서 두 장관이 회담했다며 이같이 전했습니다.",
            WORDS,
            "네드 프라이스 국무부 대변인",
        ),
        (
            f"토니 블링컨 국무장관이 21일 “{WORDS}”고 미 국무부가 밝혔습니다. "
            "프라이스 대변인은 이날 보도자료에서 이같이 전했습니다.",
            WORDS,
            "프라이스 대변인",
        ),
        (
            f"ブリンケン国務長官が「{JA_WORDS}」と国務省が発表した。"
            "プライス報道官は声明でこのように述べた。",
            JA_WORDS,
            "プライス報道官",
        ),
    ],
)
def test_an_institutions_words_are_its_spokespersons_who_relays_them(ref, body, words, relayer):
    quote = quote_of(body, ref, words)
    assert (quote.speaker_slug, quote.speaker_name, quote.form) == (None, relayer, "relayed")


def test_an_institutions_words_no_one_relays_are_no_ones(ref):
    quote = quote_of(f"토니 블링컨 국무장관이 21일 “{WORDS}”고 국무부가 밝혔습니다.", ref, WORDS)
    assert (quote.speaker_slug, quote.speaker_name) == (None, "")


@pytest.mark.parametrize(
    "body, words",
    [
        (f"토니 블링컨 국무장관이 21일 “{WORDS}”고 밝혔습니다.", WORDS),
        (f"ブリンケン国務長官は「{JA_WORDS}」と述べた。", JA_WORDS),
    ],
)
def test_the_persons_own_words_stay_theirs(ref, body, words):
    assert quote_of(body, ref, words).speaker_slug == "antony-blinken"


SOUND_BITE = "The alliance is the cornerstone of peace, security and prosperity in the region."


@pytest.mark.parametrize(
    "label, speaker",
    [
        ("[녹취: 블링컨 장관]", ("antony-blinken", "블링컨 장관")),
        ("[Secretary Antony Blinken]", ("antony-blinken", "Secretary Antony Blinken")),
        ("[프라이스 대변인]", (None, "프라이스 대변인")),
    ],
)
def test_a_sound_bite_label_before_the_words_names_their_speaker(ref, label, speaker):
    body = f"블링컨 국무장관이 하야시 외무상과 회담했습니다.\n\n{label} “{SOUND_BITE}”"
    quote = quote_of(body, ref, SOUND_BITE)
    assert (quote.speaker_slug, quote.speaker_name) == speaker


@pytest.mark.parametrize("label", ["[사진]", "[VOA 뉴스]", "Blinken [said]"])
def test_a_label_that_names_no_one_or_stands_in_a_sentence_names_no_speaker(ref, label):
    body = f"블링컨 국무장관이 하야시 외무상과 회담했습니다.\n\n{label} “{SOUND_BITE}”"
    assert quote_of(body, ref, SOUND_BITE).form != "speaker-line-quote"


FIRST = "미일 동맹은 지역 평화의 초석이다"
NEXT = "양국은 한미일 3각 협력의 중요성을 강조했다"


@pytest.mark.parametrize(
    "body, words",
    [
        (f"토니 블링컨 국무장관은 “{FIRST}”라고 말했습니다. 이어 “{NEXT}”고 덧붙였습니다.", NEXT),
        (
            f"토니 블링컨 국무장관은 “{FIRST}”라고 말했습니다.\n\n"
            f"이어 “{NEXT}”며 “{WORDS}”고 덧붙였습니다.",
            WORDS,
        ),
        (
            f"ブリンケン国務長官は「{JA_WORDS}」と述べた。さらに「日米韓の協力は不可欠だ」と強調した。",
            "日米韓の協力は不可欠だ",
        ),
    ],
)
def test_a_sentence_going_on_with_no_subject_is_the_last_speakers(ref, body, words):
    assert quote_of(body, ref, words).speaker_slug == "antony-blinken"


def test_a_connective_sentence_without_a_speech_verb_or_with_a_subject_is_not(ref):
    body = (
        f"토니 블링컨 국무장관은 “{FIRST}”라고 말했습니다. 이어 하야시 요시마사 외무상은 "
        f"“{NEXT}”고 말했습니다.\n\n또 “{WORDS}” 같은 표현도 나왔습니다."
    )
    assert quote_of(body, ref, NEXT).speaker_slug == "yoshimasa-hayashi"
    assert quote_of(body, ref, WORDS).speaker_slug is None

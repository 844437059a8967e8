"""A Korean or Japanese quote with no subject of its own, no one quoted before it: the
subject of the sentence before says it, but not a person that sentence names as a
partner or an object, after someone else printed as its topic, or inside a quote
(issue 11). Invented texts."""

import pytest

from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes

HAMADA = "yasukazu-hamada"
QUOTE = "그러면서 “동맹은 그 어느 때보다 강하며 앞으로도 함께 협력해 나갈 것”이라고 말했습니다."


def speakers(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [hit.speaker_slug for hit in find_quotes(body, mentions, index=ref.index)]


@pytest.mark.parametrize(
    "sentence",
    [
        "하마다 방위상은 이날 기자들과 만나 회담 결과를 설명했습니다.",
        "하마다 야스카즈 방위상은 이날 오스틴 장관과 회담했다고 밝혔습니다.",
        "하마다 방위상이 이날 기자회견을 열었습니다.",
    ],
)
def test_the_subject_of_the_sentence_before_says_it(ref, sentence):
    assert speakers(f"{sentence}\n\n{QUOTE}", ref) == [HAMADA]


@pytest.mark.parametrize(
    "sentence",
    [
        # someone the reference does not know, printed with a title as the topic
        "이매뉴얼 대사는 이날 트위터에 하마다 방위상과 회동했다고 밝혔습니다.",
        "주일 대사는 이날 하마다 방위상과 회동했습니다.",
        # the one person named is the object
        "이날 기자들은 하마다 방위상을 만났습니다.",
    ],
)
def test_a_partner_or_an_object_does_not_say_it(ref, sentence):
    assert speakers(f"{sentence}\n\n{QUOTE}", ref) == [None]


def test_a_quote_before_a_quotative_is_someones_words(ref):
    """ "“…”이라고 말했다": 이라고 is "said that", not the particle of a named slogan."""
    assert speakers(QUOTE, ref) == [None]
    assert speakers("“자유롭고 열린 인도태평양”이 중요하다고 밝혔습니다.", ref) == []


def test_a_person_named_inside_the_quote_before_does_not_say_the_next(ref):
    body = (
        "그러면서 “하마다 방위상이 굳은 결의를 보여주었으며 우리와 함께 할 것이라는 점을"
        " 확인했다”고 말했습니다.\n\n"
        "이어 “동맹은 이 노련하고 유능한 지도자와 함께 안심할 수 있을 것”이라고 덧붙였습니다."
    )
    assert speakers(body, ref) == [None, None]


BLINKEN = "antony-blinken"
SUBHEAD_BODY = (
    "토니 블링컨 미국 국무장관은 23일 뉴욕에서 외교장관 회의를 열었습니다.\n\n"
    "{line}\n\n"
    "블링컨 장관은 이날 모두 발언에서 이같이 밝혔습니다."
)


@pytest.mark.parametrize(
    "line",
    [
        "블링컨 “3국 협력, 3국 모두의 미래에 매우 중요”",
        "블링컨 장관 “3국 협력, 3국 모두의 미래에 매우 중요”",
    ],
)
def test_a_subheading_names_its_speaker_before_the_quote(ref, line):
    body = SUBHEAD_BODY.format(line=line)
    assert speakers(body, ref) == [BLINKEN]


@pytest.mark.parametrize(
    "line",
    [
        # words after the quote: a sentence, not a subheading
        "블링컨 “3국 협력, 3국 모두의 미래에 매우 중요” 한국과 일본의 입장도 같았습니다",
        # the name does not open the line
        "한편 블링컨 “3국 협력, 3국 모두의 미래에 매우 중요”",
    ],
)
def test_a_line_that_is_no_subheading_names_no_one(ref, line):
    body = SUBHEAD_BODY.format(line=line)
    assert BLINKEN not in speakers(body, ref)


def test_a_long_quote_as_the_object_of_a_speech_verb_is_the_subjects(ref):
    body = (
        "토니 블링컨 국무장관은 이날 회담에서 “도널드 트럼프 대통령과 김정은 북한 국무위원장 간"
        " 2018년 싱가포르 정상회담 공동성명의 완전한 이행에 대한 미국의 의지”를 강조했습니다."
    )
    assert speakers(body, ref) == [BLINKEN]


def test_a_short_quote_as_the_object_is_a_name(ref):
    body = "블링컨 장관은 이날 “자유롭고 열린 인도태평양”을 강조했습니다."
    assert speakers(body, ref) == []

"""Issue 11, a Korean sentence that opens with a connective and goes on "saying" the quote
(session 17): "이어 “…”며 … 덧붙였다" names no subject and carries on with the last
speaker, as "이어 “…”고 말했다" does. A sentence that names a new subject before the quote
is that subject's. People and texts are made up."""

import pytest

from archive.ingest.reference import Reference
from tests.ingest.invented_people import KIM_MIN_SU, PARK_HO_JIN
from tests.ingest.invented_people import speaker_of_words as said

FIRST = "박호진 외교부 장관은 이날 회견에서 “동맹의 억지력을 강화하겠다”고 말했습니다.\n\n"


@pytest.fixture(scope="module")
def index():
    return Reference(people=(PARK_HO_JIN, KIM_MIN_SU)).index


@pytest.mark.parametrize("connective", ["이어", "그러면서", "또"])
def test_a_connective_then_saying_goes_on_with_the_last_speaker(index, connective):
    body = (
        FIRST + f"{connective} “역내 국가들과의 3자 협력을 한층 진전시키고자 한다”며 "
        "양국의 억지력이 철통같다고 덧붙였습니다."
    )
    assert said(body, index)["역내 국가들과의 3자 협력을 한층 진전시키고자 한다"] == "park-ho-jin"


def test_a_new_subject_before_the_quote_is_the_speaker(index):
    body = (
        FIRST + "이어 김민수 대통령은 “역내 국가들과의 3자 협력을 한층 진전시키고자 한다”며 "
        "양국의 억지력이 철통같다고 덧붙였습니다."
    )
    assert said(body, index)["역내 국가들과의 3자 협력을 한층 진전시키고자 한다"] == "kim-min-su"

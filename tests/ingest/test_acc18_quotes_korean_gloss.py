"""Issue 11, a Korean name with its gloss in brackets before its title (session 18):
"야마다 다로(山田太郎) 일본 총리는 … “…”고 말했다" is the named person's, as "야마다 다로
일본 총리는" is, though a nearer name is the object ("… 대통령을 만나"); a title and a
possessive after the gloss ("…(山田太郎) 총리의 대변인은") make the topic someone else.
People and texts are made up."""

from archive.ingest.reference import Reference
from tests.ingest.invented_people import KIM_MIN_SU, QUOTE_DAY, person
from tests.ingest.invented_people import speaker_of_words as said

YAMADA = person(
    "taro-yamada", "Taro Yamada", "Japan", ("야마다 다로",), "Prime Minister",
    "head_of_government",
)  # fmt: skip
INDEX = Reference(people=(YAMADA, KIM_MIN_SU)).index


def test_a_gloss_between_the_name_and_its_title():
    body = (
        "야마다 다로(山田太郎) 일본 총리는 28일 김민수 대통령을 만나 "
        "“강한 외교를 되찾겠다”고 말했다."
    )
    assert said(body, INDEX, QUOTE_DAY)["강한 외교를 되찾겠다"] == "taro-yamada"


def test_a_possessive_after_the_gloss_is_someone_elses_title():
    body = (
        "야마다 다로(山田太郎) 총리의 대변인은 28일 김민수 대통령을 만나 "
        "“강한 외교를 되찾겠다”고 말했다."
    )
    assert said(body, INDEX, QUOTE_DAY).get("강한 외교를 되찾겠다") != "taro-yamada"

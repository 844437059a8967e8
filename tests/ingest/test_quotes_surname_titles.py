"""Issue 11: a Korean report names a person in full once, then by surname and title
("매튜 밀러 국무부 대변인은 …" then "밀러 대변인은 …"): that surname and title, the
subject of a quote's sentence, is the person named in full before (invented texts)."""

from archive.ingest.quotes import find_quotes
from archive.ingest.results import Mention

FIRST = "매튜 밀러 국무부 대변인은 7일 보도자료에서 두 장관이 만났다고 밝혔습니다.\n\n"
LATER = (
    "한편 밀러 대변인은 이날 “두 장관은 가자지구에 대한 인도적 지원 확대 필요성에 대해 "
    "논의했다”고 밝혔습니다."
)
MILLER = Mention("matthew-miller", 0, len("매튜 밀러"), "매튜 밀러")


def quotes(body, mentions):
    return [(hit.speaker_slug, hit.speaker_name, hit.form) for hit in find_quotes(body, mentions)]


def test_a_surname_and_title_is_the_person_named_in_full_before():
    assert quotes(FIRST + LATER, [MILLER]) == [("matthew-miller", "밀러 대변인", "name-quote-verb")]


def test_a_surname_named_in_full_by_no_one_before_is_no_known_person():
    assert quotes(LATER, []) == [(None, "", "unattributed")]


def test_a_surname_two_people_named_in_full_share_is_neither():
    other = "스티븐 밀러 부비서실장도 참석했습니다.\n\n"
    at = len(FIRST)
    stephen = Mention("stephen-miller", at, at + len("스티븐 밀러"), "스티븐 밀러")
    found = quotes(FIRST + other + LATER, [MILLER, stephen])
    assert [slug for slug, _, _ in found] == [None]

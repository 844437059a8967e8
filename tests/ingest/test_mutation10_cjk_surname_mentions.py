"""A Western surname in katakana or hangul at the end of a longer word is no mention of
its bearer (issue 11's seed-20261212 mutation run, cjk_surname_mentions._inside_word):
"ライス" inside "プライス氏" (Mr Price) is not Condoleezza Rice, "ライス"
after a long-vowel mark ("ブーライス") neither; names in these scripts are set apart by
"・" or a space. Invented texts and people."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.reference import KnownOffice, KnownPerson, Reference

STATE = KnownOffice("Secretary of State", "foreign", "United States", date(2005, 1, 26))


@pytest.fixture(scope="module")
def index():
    rice = KnownPerson(
        "condoleezza-rice",
        "Condoleezza Rice",
        "United States",
        ("コンドリーザ・ライス", "ライス", "콘돌리자 라이스", "라이스"),
        (STATE,),
    )
    return Reference(people=(rice,)).index


def _slugs(body, index):
    return [m.slug for m in find_people(body, index, date(2006, 5, 1))[0]]


FULL = "コンドリーザ・ライス国務長官は東京で会談した。"


@pytest.mark.parametrize("later", ["プライス氏も同行した。", "ブーライス氏も同行した。"])
def test_a_surname_ending_a_longer_word_names_no_one(index, later):
    # After the full name, the surname alone is a mention ("ライス氏"); inside a longer
    # katakana word it is not.
    assert _slugs(FULL + later, index) == ["condoleezza-rice"]


def test_the_surname_set_apart_after_the_full_name_is_a_mention(index):
    assert _slugs(FULL + "ライス氏も同行した。", index) == ["condoleezza-rice"] * 2


@pytest.mark.parametrize(
    "body", ["ライス国務長官は記者会見で述べた。", "라이스 국무장관은 말했다."]
)
def test_the_surname_with_its_title_is_a_mention(index, body):
    assert _slugs(body, index) == ["condoleezza-rice"]


def test_the_surname_after_one_inside_a_longer_word_is_still_read(index):
    # The word holding the surname is passed over, not the rest of the text
    # (cjk_surname_mentions._cjk_surnames 74: the search stopped there).
    body = FULL + "プライス氏も同行した。ライス氏は述べた。"
    assert _slugs(body, index) == ["condoleezza-rice"] * 2

"""A Western surname in katakana, hangul or Han that the reference lists only inside full
names ("ブッシュ" of "ジョージ・ブッシュ") is read before a title naming a post its bearer
held on the report's day (titled_surnames.py). Invented people and texts."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.reference import KnownOffice, KnownPerson, Reference
from archive.ingest.titled_surnames import western_surname

IN_OFFICE = date(2031, 5, 2)


@pytest.fixture(scope="module")
def index():
    president = KnownPerson(
        "walter-harmon",
        "Walter Harmon",
        "United States",
        ("ウォルター・J・ハーモン", "ウォルター・ハーモン", "월터 하먼", "沃尔特·哈蒙", "小哈蒙"),
        (KnownOffice("President", "head_of_state", "United States", date(2029, 1, 20), None),),
    )
    spokesman = KnownPerson(
        "ralph-denning",
        "Ralph Denning",
        "United States",
        ("ラルフ・デニング", "랄프 데닝"),
        (KnownOffice("Press Secretary", "other", "United States", None, None),),
    )
    return Reference(people=(president, spokesman)).index


def slugs(body, index, on=IN_OFFICE):
    return [m.slug for m in find_people(body, index, on)[0]]


@pytest.mark.parametrize(
    "body",
    [
        "ハーモン大統領は、記者会見で述べた。",
        "하먼 대통령은 기자회견에서 말했습니다.",
        "外相は、ハーモン米大統領と会談した。",
    ],
)
def test_a_surname_before_the_title_its_bearer_held_that_day(index, body):
    assert slugs(body, index) == ["walter-harmon"]


@pytest.mark.parametrize(
    ("body", "on"),
    [
        ("ハーモン大統領は述べた。", date(2020, 3, 1)),  # a namesake before his term
        ("ハーモン氏は述べた。", IN_OFFICE),  # a title that names no post
        ("ハーモン外務大臣は述べた。", IN_OFFICE),  # a post he never held
        ("マクハーモン大統領は述べた。", IN_OFFICE),  # the end of a longer name
        ("ハーモンは述べた。", IN_OFFICE),  # no title at all
        ("デニング大統領は述べた。", IN_OFFICE),  # the spokesman never held the post
        ("하먼 전 대통령은 말했다.", IN_OFFICE),  # a former post
        ("ハーモン元大統領は述べた。", IN_OFFICE),
    ],
)
def test_no_one_without_a_post_held_that_day(index, body, on):
    assert slugs(body, index, on) == []


@pytest.mark.parametrize(
    ("form", "surname"),
    [
        ("ウォルター・J・ハーモン", "ハーモン"),
        ("沃尔特·哈蒙", "哈蒙"),
        ("월터 하먼", "하먼"),
        ("小哈蒙", None),  # written in one piece: no surname to take
        ("Walter Harmon", None),  # Latin letters: people.py reads those
        ("ウォルター・J", None),  # one letter
        ("월터 외교장관", None),  # a title an alias carries
    ],
)
def test_the_surname_of_a_full_name(form, surname):
    assert western_surname(form) == surname


def test_a_full_name_before_the_title_is_one_mention(index):
    assert slugs("ウォルター・ハーモン大統領は述べた。", index) == ["walter-harmon"]

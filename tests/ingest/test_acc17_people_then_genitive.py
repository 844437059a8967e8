"""A Korean name in the genitive with "당시" (then) before its title ("아베 신조 당시 총리의
방문 이후 9년 만") is named in passing, as "X 총리의 방문" is (news_subjects._GENITIVE_AFTER).
Invented people and texts."""

from datetime import date

import pytest

from archive.ingest.news_subjects import in_the_news
from archive.ingest.people import find_people
from archive.ingest.reference import KnownOffice, KnownPerson, Reference

ON = date(2031, 5, 20)


def _person(name, country, title, post, aliases):
    slug = name.lower().replace(" ", "-")
    return KnownPerson(slug, name, country, aliases, (KnownOffice(title, post, country),))


@pytest.fixture(scope="module")
def index():
    return Reference(
        people=(
            _person(
                "Taro Yamada", "Japan", "Prime Minister", "head_of_government", ("야마다 다로",)
            ),
            _person("Ken Mori", "Japan", "Prime Minister", "head_of_government", ("모리 겐",)),
            _person("Walter Harmon", "United States", "President", "head_of_state", ("월터 하먼",)),
        )
    ).index


def _subjects(text, index):
    mentions, _ = find_people(text, index, ON)
    return {m.slug for m in in_the_news(text, mentions, [], index, ON)}


LEAD = "야마다 다로 일본 총리는 20일 워싱턴에서 월터 하먼 대통령과 정상회담을 했다. "


def test_a_then_leaders_visit_is_named_in_passing(index):
    text = LEAD + "일본 총리의 국빈 방문은 2015년 모리 겐 당시 총리의 방문 이후 9년 만이다."
    assert _subjects(text, index) == {"taro-yamada", "walter-harmon"}


def test_then_without_the_genitive_names_a_subject(index):
    text = LEAD + "모리 겐 당시 총리는 이날 회담에 동석했다."
    assert _subjects(text, index) == {"taro-yamada", "walter-harmon", "ken-mori"}

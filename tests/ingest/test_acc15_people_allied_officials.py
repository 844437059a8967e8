"""An American or Japanese official who never held a leader's, a foreign minister's or a
defense minister's post (a vice president, an assistant secretary) is no subject of a
report, though they act in it; another state's leader or minister is one whatever their
post is called (news_subjects.allied_official). Invented people and texts."""

from datetime import date

import pytest

from archive.ingest.people import find_people, in_the_news
from archive.ingest.reference import KnownOffice, KnownPerson, Reference

ON = date(2031, 5, 2)


def _person(slug, country, title, post):
    name = slug.replace("-", " ").title()
    return KnownPerson(slug, name, country, (), (KnownOffice(title, post, country, None, None),))


@pytest.fixture(scope="module")
def index():
    people = (
        _person("carl-benning", "United States", "Vice President", "other"),
        _person("ruth-okafor", "United States", "Assistant Secretary of State", "other"),
        _person("ellen-graves", "United States", "Secretary of State", "foreign"),
        _person("kenta-morimura", "Japan", "Minister for Foreign Affairs", "foreign"),
        _person("dae-ho-ryu", "North Korea", "Supreme Leader", "other"),
        _person("sam-pell", "Australia", "Minister for Defence Industry", "other"),
    )
    return Reference(people=people).index


def subjects(body, index):
    mentions = find_people(body, index, ON)[0]
    return {m.slug for m in in_the_news(body, mentions, [], index, ON)}


@pytest.mark.parametrize(
    "body",
    [
        "Vice President Carl Benning met Foreign Minister Kenta Morimura in Tokyo on Monday.",
        "Assistant Secretary Ruth Okafor briefed Foreign Minister Kenta Morimura in Tokyo.",
    ],
)
def test_an_allied_official_without_a_principal_post_is_no_subject(index, body):
    assert subjects(body, index) == {"kenta-morimura"}


@pytest.mark.parametrize(
    ("body", "slug"),
    [
        ("Secretary Ellen Graves met Foreign Minister Kenta Morimura in Tokyo.", "ellen-graves"),
        ("Supreme Leader Dae Ho Ryu met Secretary Ellen Graves in Pyongyang.", "dae-ho-ryu"),
        ("Minister Sam Pell met Foreign Minister Kenta Morimura in Canberra.", "sam-pell"),
    ],
)
def test_a_principal_or_another_states_leader_or_minister_stays(index, body, slug):
    assert slug in subjects(body, index)

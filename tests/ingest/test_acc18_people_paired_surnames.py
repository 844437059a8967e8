"""Two bare surnames joined by "and", each borne by one known leader or minister (people.py
`_paired`): "Morimura and Graves agreed", "Morimura y Graves mantuvieron" name the two
sides of a meeting once the page has introduced them, in a headline it may have lost. A
surname joined to an unknown name, to an official who is no principal, or printed inside
a fuller name of someone else stays unread. Invented people and texts."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.reference import KnownOffice, KnownPerson, Reference

DAY = date(2030, 5, 14)


def _person(slug, country, title, post):
    name = slug.replace("-", " ").title()
    office = KnownOffice(title, post, country, date(2029, 1, 1), None)
    return KnownPerson(slug, name, country, (), (office,))


@pytest.fixture(scope="module")
def index():
    return Reference(
        people=(
            _person("ellen-graves", "United States", "Secretary of State", "foreign"),
            _person("kenta-morimura", "Japan", "Minister for Foreign Affairs", "foreign"),
            _person("paul-ashdown", "United States", "Assistant Secretary of State", "other"),
        )
    ).index


def _found(text, index):
    return {m.slug for m in find_people(text, index, DAY)[0]}


@pytest.mark.parametrize(
    "text",
    [
        "Morimura and Graves agreed to deepen the alliance on Tuesday.",
        "Morimura y Graves mantuvieron una conversación telefónica.",
        "In their call, Graves and Morimura confirmed close cooperation.",
    ],
)
def test_two_principals_joined_by_and_are_read(text, index):
    assert _found(text, index) == {"ellen-graves", "kenta-morimura"}


@pytest.mark.parametrize(
    "text",
    [
        # An unknown name beside the surname.
        "Morimura and Smith agreed to deepen the alliance on Tuesday.",
        # An official who is no principal.
        "Morimura and Ashdown agreed to deepen the alliance on Tuesday.",
        # Someone else bearing the surname in a fuller name.
        "Morimura and Graves agreed, Professor Alan Graves wrote.",
    ],
)
def test_a_surname_beside_no_principal_or_of_another_is_left(text, index):
    assert _found(text, index) == set()

"""A surname several known people bear counts after a printed title when, on the report's
day, one of them held the post it names (people._title_holder): "ROK Foreign Minister
Park" in 2023 is the foreign minister, "President Park" in 2015 the president. Invented
people and texts."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.reference import KnownOffice, KnownPerson, Reference

KOREA = "South Korea"
MINISTER = KnownPerson(
    "park-min",
    "Park Min",
    KOREA,
    (),
    (KnownOffice("Minister of Foreign Affairs", "foreign", KOREA, date(2040, 5, 1), None),),
)
PRESIDENT = KnownPerson(
    "park-sun",
    "Park Sun",
    KOREA,
    (),
    (KnownOffice("President", "head_of_state", KOREA, date(2036, 2, 1), date(2039, 3, 1)),),
)
INDEX = Reference(people=(MINISTER, PRESIDENT)).index


def _slugs(body, on):
    mentions, _ = find_people(body, INDEX, on)
    return [m.slug for m in mentions]


@pytest.mark.parametrize(
    "body, on, expected",
    [
        ("ROK Foreign Minister Park Before Their Meeting", date(2041, 7, 14), ["park-min"]),
        ("Minister Park met the press.", date(2041, 7, 14), ["park-min"]),
        ("President Park met the press.", date(2037, 7, 14), ["park-sun"]),
        # The post named was held by neither that day, or the day is unknown: no one.
        ("President Park met the press.", date(2041, 7, 14), []),
        ("ROK Foreign Minister Park met the press.", None, []),
        # No title, or a former one: no one.
        ("Park met the press.", date(2041, 7, 14), []),
        ("Former Foreign Minister Park met the press.", date(2041, 7, 14), []),
    ],
)
def test_a_shared_surname_after_a_title_is_the_posts_holder_that_day(body, on, expected):
    assert _slugs(body, on) == expected


def test_a_later_bare_surname_follows_the_one_a_title_named():
    body = "Foreign Minister Park arrived. Park said the talks went well."
    assert _slugs(body, date(2041, 7, 14)) == ["park-min", "park-min"]

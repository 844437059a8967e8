"""The reference data the archive ships: who held which office when, and every 2+2."""

from datetime import date

import pytest

from archive.models import Meeting, MeetingFormat, Office, Person
from archive.services import reference_load

pytestmark = pytest.mark.django_db

ALLIANCE_POSTS = {
    ("United States", "foreign"),
    ("United States", "defense"),
    ("Japan", "foreign"),
    ("Japan", "defense"),
}


def holders_on(day):
    return {
        (office.country, office.post): office.person.name
        for office in Office.objects.held_on(day).select_related("person")
        if (office.country, office.post) in ALLIANCE_POSTS
    }


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (
            date(2022, 1, 7),
            {
                ("United States", "foreign"): "Antony Blinken",
                ("United States", "defense"): "Lloyd Austin",
                ("Japan", "foreign"): "Yoshimasa Hayashi",
                ("Japan", "defense"): "Nobuo Kishi",
            },
        ),
        (
            date(2023, 1, 11),
            {
                ("United States", "foreign"): "Antony Blinken",
                ("United States", "defense"): "Lloyd Austin",
                ("Japan", "foreign"): "Yoshimasa Hayashi",
                ("Japan", "defense"): "Yasukazu Hamada",
            },
        ),
        # A term with no recorded end ends when a successor's begins (Blinken → Rubio).
        (
            date(2025, 6, 1),
            {
                ("United States", "foreign"): "Marco Rubio",
                ("United States", "defense"): "Pete Hegseth",
                ("Japan", "foreign"): "Takeshi Iwaya",
                ("Japan", "defense"): "Gen Nakatani",
            },
        ),
        # Terms whose dates no source confirms count on the day a meeting attests them.
        (
            date(2011, 6, 21),
            {
                ("United States", "foreign"): "Hillary Rodham Clinton",
                ("United States", "defense"): "Robert Gates",
                ("Japan", "foreign"): "Takeaki Matsumoto",
                ("Japan", "defense"): "Toshimi Kitazawa",
            },
        ),
        # Before 9 January 2007 Japan's defense post was the Defense Agency's Director General.
        (
            date(2006, 10, 19),
            {
                ("United States", "foreign"): "Condoleezza Rice",
                ("United States", "defense"): "Donald Rumsfeld",
                ("Japan", "foreign"): "Taro Aso",
                ("Japan", "defense"): "Fumio Kyuma",
            },
        ),
    ],
)
def test_who_held_which_office(reference, day, expected):
    assert holders_on(day) == expected


def test_the_day_a_term_ends_belongs_to_the_successor(reference):
    assert holders_on(date(2022, 8, 10))[("Japan", "defense")] == "Yasukazu Hamada"
    assert holders_on(date(2022, 8, 9))[("Japan", "defense")] == "Nobuo Kishi"


def test_every_meeting_is_loaded_with_its_four_ministers(reference):
    # The nine 2+2s of meetings.csv (2011-2024) and the five of 2002-2007 that
    # us_japan_meetings.csv adds (2002's with Deputy Secretary Wolfowitz); every other
    # kind: tests/test_meeting_reference.py.
    assert Meeting.objects.filter(series="scc").count() == 14
    for meeting in Meeting.objects.filter(series="scc").prefetch_related("participations__office"):
        participations = list(meeting.participations.all())
        assert len(participations) == 4, meeting.slug
        assert all(p.office is not None for p in participations), meeting.slug


def test_the_2022_meeting_was_virtual_and_notes_the_time_zones(reference):
    meeting = Meeting.objects.get(slug="scc-2022-01-07")
    assert meeting.format == MeetingFormat.VIRTUAL
    assert "6 January" in meeting.date_note
    posts = {
        p.person.name: p.office.title
        for p in meeting.participations.select_related("person", "office")
    }
    assert posts["Nobuo Kishi"] == "Minister of Defense"
    assert meeting.documents.filter(kind="joint_statement").exists()


def test_people_who_held_two_posts_keep_both(reference):
    kono = Person.objects.get(slug="taro-kono")
    assert set(kono.offices.values_list("title", flat=True)) == {
        "Minister for Foreign Affairs",
        "Minister of Defense",
    }
    assert Person.objects.get(slug="toshimitsu-motegi").offices.count() == 2


def test_aliases_find_the_person(reference):
    for spelling in ("Anthony Blinken", "林芳正", "Hayashi Yoshimasa", "Daniel Russell"):
        assert Person.objects.named_in(spelling).count() == 1, spelling


def test_one_person_under_both_spellings_of_a_name(reference):
    """The spelling "Hillary Clinton" is an alias of Hillary Rodham Clinton, not a second
    person, and the two rows of officeholders.csv for her (one dating the end, one the whole
    term) fill ministers.csv's undated term instead of adding terms beside it."""
    clinton = Person.objects.get(name="Hillary Rodham Clinton")
    assert list(Person.objects.filter(name__icontains="clinton")) == [clinton]
    assert list(Person.objects.named_in("Hillary Clinton")) == [clinton]
    terms = clinton.offices.values_list("title", "start", "end")
    assert list(terms) == [("Secretary of State", date(2009, 1, 21), date(2013, 2, 1))]


def test_loading_twice_creates_nothing_new(reference):
    counts = (Person.objects.count(), Office.objects.count(), Meeting.objects.count())
    reference_load()
    assert (Person.objects.count(), Office.objects.count(), Meeting.objects.count()) == counts


def test_a_successor_ends_only_open_terms_in_one_holder_posts(reference):
    from tests.factories import PersonFactory

    ambassador = Office.objects.create(
        person=PersonFactory(name="An Ambassador"),
        title="Ambassador to Japan",
        country="United States",
        post="other",
        start=date(2022, 3, 1),
    )
    adviser = Office.objects.create(
        person=PersonFactory(name="An Adviser"),
        title="National Security Advisor",
        country="United States",
        post="other",
        start=date(2021, 1, 20),
    )
    overlapping = Office.objects.create(
        person=PersonFactory(name="A Deputy"),
        title="Minister of Defense (acting)",
        country="Japan",
        post="defense",
        start=date(2022, 1, 1),
        end=date(2022, 1, 3),
    )
    held = set(Office.objects.held_on(date(2023, 1, 11)))
    assert {ambassador, adviser} <= held
    # A recorded end is the end: a later term starting does not cut it short, nor lengthen it.
    assert overlapping in set(Office.objects.held_on(date(2022, 1, 2)))
    kishi = Office.objects.get(person__slug="nobuo-kishi")
    assert kishi in set(Office.objects.held_on(date(2022, 1, 2)))


def test_an_open_term_ends_when_the_successor_takes_the_post(reference):
    blinken = Office.objects.with_successor_start().get(person__slug="antony-blinken")
    assert blinken.end is None
    assert blinken.effective_end == date(2025, 1, 21)
    assert blinken.span == "2021-01-26 – 2025-01-21"
    rubio = Office.objects.with_successor_start().get(person__slug="marco-rubio")
    assert rubio.span == "2025-01-21 –"


def test_allied_defence_ministers_titles_load_as_the_defence_post(reference):
    reynolds = Person.objects.get(name="Linda Reynolds")
    assert list(reynolds.offices.values_list("post", flat=True)) == ["defense"]


def test_a_full_name_finds_its_bearer_not_others_sharing_a_given_name(reference):
    albanese = Person.objects.get(name="Anthony Albanese")
    assert list(Person.objects.named_in("Anthony Blinken said")) == [
        Person.objects.get(slug="antony-blinken")
    ]
    assert list(Person.objects.named_in("Albanese")) == [albanese]
    # A word no name the text holds has: still a way in ("Hayashi Taiwan").
    found = set(
        Person.objects.named_in("Anthony Blinken and Hayashi").values_list("slug", flat=True)
    )
    assert found == {"antony-blinken", "yoshimasa-hayashi"}

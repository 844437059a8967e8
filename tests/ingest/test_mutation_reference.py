"""Outlets found by their address (issue 11's mutation sample, reference.py): an alias
written with "www." names the site with or without it, and its subdomains."""

from datetime import date

import pytest

from archive.ingest.reference import KnownOffice, KnownOutlet, KnownPerson, Reference, _has_cjk

INDEX = Reference(
    outlets=(KnownOutlet("example-news", "Example News", aliases=("www.news.example.jp",)),)
).index


@pytest.mark.parametrize(
    "address",
    [
        "https://news.example.jp/politics/x",
        "https://www.news.example.jp/politics/x",
        "world.news.example.jp",
    ],
)
def test_an_alias_with_www_names_the_site_at_any_of_its_addresses(address):
    assert INDEX.outlet_for(address) == "example-news"


def test_an_outlets_patterns_carry_its_name_and_a_broken_one_is_a_problem():
    outlet = KnownOutlet("example-news", "Example News", boilerplate=("^Read more", "(unclosed"))
    index = Reference(outlets=(outlet,)).index
    ((reason, pattern),) = index.outlet_boilerplate["example-news"]
    assert (reason, pattern.pattern) == ("Example News pattern: ^Read more", "^Read more")
    assert [p.split(" is not")[0] for p in index.problems] == ["Example News pattern '(unclosed'"]


def test_an_office_is_held_on_its_first_and_its_last_day():
    # a50f3b0 sample: both ends of a term are days in office.
    office = KnownOffice(
        "Foreign Minister", "foreign", "Japan", date(2021, 11, 10), date(2023, 9, 13)
    )
    assert office.held_on(date(2021, 11, 10)) and office.held_on(date(2023, 9, 13))
    assert not office.held_on(date(2021, 11, 9)) and not office.held_on(date(2023, 9, 14))


@pytest.mark.parametrize(
    ("text", "cjk"), [("가", True), ("힣", True), ("ひ", True), ("abc", False)]
)
def test_the_first_and_last_hangul_syllables_are_cjk(text, cjk):
    # a50f3b0 sample: U+AC00 (가) opens the Hangul syllables' range.
    assert _has_cjk(text) is cjk


@pytest.mark.parametrize(
    "address", ["https://www.news.example.jp:443/2024/x", "news.example.jp:8080"]
)
def test_an_address_with_a_port_names_its_site(address):
    # a50f3b0 sample: the port after the host is no part of it.
    assert INDEX.outlet_for(address) == "example-news"


@pytest.mark.parametrize(
    ("name", "surnames"),
    [
        ("Pat Hollis", {"Hollis": ["pat-x"]}),
        ("Pat Lee", {"Lee": ["pat-x"]}),
        ("Pat Wu", {}),  # two letters: too short to be read alone
        ("Jr.", {}),
        ("", {}),
    ],
)
def test_a_surname_is_the_last_word_not_a_suffix_of_three_letters_or_more(name, surnames):
    # seed-20261207 sample (_index_people 26): a name of no word but a suffix has none.
    index = Reference(people=(KnownPerson("pat-x", name),)).index
    assert index.people_by_surname == surnames

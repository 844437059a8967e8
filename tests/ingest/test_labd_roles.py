"""Ministers and leaders named by their post and a list of countries ("the foreign
ministers of Australia, India, Japan and the United States", "los cancilleres de Japón y
de Estados Unidos", "i ministri degli Esteri del Giappone e degli Stati Uniti", "para
Menteri Luar Negeri pemerintah Australia, India, dan Jepang"), or by a post followed by
one country ("Menteri Luar Negeri Amerika Serikat"): each post's holder in each country
on the report's date counts as mentioned. Invented pages."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes_and_roles
from archive.ingest.roles import LISTED_ROLE, listed_role_mentions

ON = date(2022, 2, 11)  # Blinken, Hayashi, Morrison (Australia's prime minister)


def listed(body, ref, on=ON):
    mentions, _ = find_people(body, ref.index)
    return sorted({m.slug for m in listed_role_mentions(body, mentions, on, ref.index)})


@pytest.mark.parametrize(
    "body",
    [
        "The foreign ministers of Japan and the United States met in Melbourne.",
        "Los cancilleres de Japón y de Estados Unidos se reunieron en Melbourne.",
        "I ministri degli Esteri del Giappone e degli Stati Uniti si sono incontrati.",
        "Para Menteri Luar Negeri Jepang dan Amerika Serikat bertemu di Melbourne.",
        "Kami, para Menteri Luar Negeri Jepang, dan Amerika Serikat, bertemu hari ini.",
    ],
)
def test_a_post_and_two_countries_are_both_holders(ref, body):
    assert listed(body, ref) == ["antony-blinken", "yoshimasa-hayashi"]


def test_one_country_after_the_post_is_its_holder(ref):
    body = (
        "Berikut ini adalah pernyataan yang dikeluarkan oleh Menteri Luar Negeri Amerika"
        " Serikat dan para Menteri Luar Negeri pemerintah Jepang."
    )
    assert listed(body, ref) == ["antony-blinken", "yoshimasa-hayashi"]


def test_the_defense_post_and_the_leaders(ref):
    assert listed("Los ministros de Defensa de Japón y Estados Unidos hablaron.", ref) == [
        "lloyd-austin",
        "nobuo-kishi",
    ]
    # Leaders: the one head of state or of government in each country that day.
    assert listed("The leaders of Australia and the United States met.", ref) == [
        "joe-biden",
        "scott-morrison",
    ]


def test_a_name_after_the_phrase_is_its_title_and_adds_no_one(ref):
    body = "El canciller de Japón, Yoshimasa Hayashi, llegó a Washington."
    assert listed(body, ref) == []


@pytest.mark.parametrize(
    "body",
    [
        "The former foreign minister of Japan spoke at the university.",
        "Mantan Menteri Luar Negeri Jepang hadir.",
        "The foreign ministers of China and Russia met.",  # no holder in the reference
        "The foreign ministers met in Melbourne.",  # no country
    ],
)
def test_no_holder_for_a_former_post_another_country_or_none(ref, body):
    assert listed(body, ref) == []


def test_no_date_no_holder(ref):
    assert listed("The foreign ministers of Japan and the United States met.", ref, None) == []


def test_the_phrase_is_read_as_printed():
    match = LISTED_ROLE.search("para Menteri Luar Negeri Australia, India, Jepang, dan AS bertemu")
    assert match.group(0) == "Menteri Luar Negeri Australia, India, Jepang, dan AS"
    assert LISTED_ROLE.search("the leadership of Japan") is None
    assert LISTED_ROLE.search("ASEAN foreign ministers of ASEAN") is None


def test_the_holders_count_as_mentioned_through_find_quotes_and_roles(ref):
    body = "The foreign ministers of Japan and the United States met in Melbourne on Friday."
    mentions, _ = find_people(body, ref.index)
    _, roles = find_quotes_and_roles(body, mentions, index=ref.index, on=ON)
    assert {m.slug for m in roles} == {"antony-blinken", "yoshimasa-hayashi"}


def test_the_second_of_two_posts_is_not_read(ref):
    # "the foreign and defense ministers of …" is left to the meeting (seed 001's reading).
    body = "The foreign and defense ministers of the United States and Japan met."
    assert listed(body, ref) == []
    assert listed("Los cancilleres y ministros de Defensa de Japón llegaron.", ref) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("El secretario de Estado de Estados Unidos llegó a Tokio.", ["antony-blinken"]),
        ("Il segretario di Stato degli Stati Uniti è arrivato a Tokyo.", ["antony-blinken"]),
        ("El secretario de Defensa de Estados Unidos llegó a Tokio.", ["lloyd-austin"]),
        ("Il segretario alla Difesa degli Stati Uniti è arrivato.", ["lloyd-austin"]),
    ],
)
def test_the_us_secretaries_in_spanish_and_italian(ref, body, expected):
    assert listed(body, ref) == expected

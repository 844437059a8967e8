"""A named person's counterpart in the other ally, named by title only ("his Japanese
counterpart", "su homólogo japonés", "il suo omologo giapponese", "mitranya dari
Jepang"): the holder of the same post that day counts as mentioned. Invented pages."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes_and_roles
from archive.ingest.roles import counterpart_mentions


def roles(body, ref, on):
    mentions, _ = find_people(body, ref.index)
    _, found = find_quotes_and_roles(body, mentions, index=ref.index, on=on)
    return [(m.slug, m.form) for m in found]


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        (
            "Secretary of Defense Lloyd Austin met his Japanese counterpart in Tokyo.",
            date(2023, 6, 1),
            [("yasukazu-hamada", "his Japanese counterpart")],
        ),
        (
            "El secretario de Estado Antony Blinken se reunió con su homólogo japonés.",
            date(2024, 1, 12),
            [("yoko-kamikawa", "su homólogo japonés")],
        ),
        (
            "Il segretario di Stato Antony Blinken ha incontrato il suo omologo giapponese.",
            date(2024, 1, 12),
            [("yoko-kamikawa", "il suo omologo giapponese")],
        ),
        (
            "Menteri Luar Negeri AS Antony Blinken bertemu mitranya dari Jepang di Tokyo.",
            date(2024, 1, 12),
            [("yoko-kamikawa", "mitranya dari Jepang")],
        ),
        # A leader's counterpart is the other ally's leader.
        (
            "President Joe Biden spoke with his Japanese counterpart by phone.",
            date(2022, 1, 21),
            [("fumio-kishida", "his Japanese counterpart")],
        ),
        (
            "Foreign Minister Yoshimasa Hayashi met his U.S. counterpart.",
            date(2022, 1, 21),
            [("antony-blinken", "his U.S. counterpart")],
        ),
    ],
)
def test_a_counterpart_is_the_same_posts_holder_in_the_other_ally(ref, body, on, expected):
    assert roles(body, ref, on) == expected


def test_no_counterpart_without_a_date_a_subject_or_in_another_sentence(ref):
    body = "Secretary of Defense Lloyd Austin met his Japanese counterpart in Tokyo."
    assert roles(body, ref, None) == []
    assert roles("He met his Japanese counterpart.", ref, date(2023, 6, 1)) == []
    # The subject must be in the same sentence.
    two = "Lloyd Austin arrived on Monday. Officials met their Japanese counterparts."
    assert roles(two, ref, date(2023, 6, 1)) == []


def test_two_secretaries_and_their_counterparts(ref):
    body = (
        "Secretary of State John Kerry and Secretary of Defense Ashton Carter were meeting"
        " with their Japanese counterparts in New York City."
    )
    mentions, _ = find_people(body, ref.index)
    found = counterpart_mentions(body, mentions, date(2015, 4, 27), ref.index)
    assert sorted({m.slug for m in found}) == ["fumio-kishida", "gen-nakatani"]

"""An office held before, in an apposition after a name ("Rumsfeld, then secretary of
defense, said"), says the person is no subject; an everyday clause after a comma that
names someone else's title ("…met Foreign Minister Hayashi, then met Prime Minister
Kishida", "Austin, who was meeting Defense Minister Hamada in Tokyo, said") does not
(issue 11, the review of 4f82e81). Invented texts."""

from datetime import date

import pytest

from archive.ingest.people import find_people, in_the_news
from tests.ingest.reference_data import native_named_index

ON = date(2023, 1, 13)


@pytest.fixture(scope="module")
def index():
    return native_named_index(
        {
            "Antony Blinken": ("United States", "Secretary of State", "foreign"),
            "Lloyd Austin": ("United States", "Secretary of Defense", "defense"),
            "Yoshimasa Hayashi": ("Japan", "Minister for Foreign Affairs", "foreign"),
            "Yasukazu Hamada": ("Japan", "Minister of Defense", "defense"),
            "Fumio Kishida": ("Japan", "Prime Minister", "head_of_government"),
        }
    )


def subjects(body, index):
    mentions = find_people(body, index, ON)[0]
    return sorted({m.slug for m in in_the_news(body, mentions, [], index, ON)})


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Secretary of State Antony Blinken met Foreign Minister Yoshimasa Hayashi, then met"
            " Prime Minister Fumio Kishida at his office.",
            ["antony-blinken", "fumio-kishida", "yoshimasa-hayashi"],
        ),
        (
            "Defense Secretary Lloyd Austin, who was meeting Defense Minister Yasukazu Hamada in"
            " Tokyo, said the alliance was strong.",
            ["lloyd-austin", "yasukazu-hamada"],
        ),
        (
            "Antony Blinken met Yoshimasa Hayashi, then Defense Minister Yasukazu Hamada.",
            ["antony-blinken", "yasukazu-hamada", "yoshimasa-hayashi"],
        ),
        (
            "Lloyd Austin, who was visiting Japan for the first time as defense secretary, met"
            " Yasukazu Hamada.",
            ["lloyd-austin", "yasukazu-hamada"],
        ),
    ],
)
def test_a_clause_naming_another_title_keeps_the_subject(index, body, expected):
    assert subjects(body, index) == expected


@pytest.mark.parametrize(
    "apposition",
    [
        ", then Japan's foreign minister, said",
        ", then-foreign minister, said",
        ", who was the minister for foreign affairs at the time, said",
        ", who had been prime minister from 2021 to 2024, said",
        ", who was then Japan's minister of state for defense.",
    ],
)
def test_an_office_held_before_still_says_no_subject(index, apposition):
    body = f"Antony Blinken met Yoshimasa Hayashi. Fumio Kishida{apposition}"
    assert subjects(body, index) == ["antony-blinken", "yoshimasa-hayashi"]

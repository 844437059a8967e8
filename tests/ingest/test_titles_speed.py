"""The title before a name is read on the folded window first (titles.title_before_search):
the same match as TITLE_BEFORE.search, case for case, including "PM" (capitals only)."""

import random

import pytest

from archive.ingest import titles
from archive.ingest.titles import TITLE_BEFORE, title_before_search

WINDOWS = [
    "said Japanese Prime Minister ",
    "Prime Minister ",
    "met U.S. Secretary of State ",
    "(Foreign Minister ",
    "“Defense Secretary ",
    "with former Foreign Minister ",
    "el primer ministro japonés ",
    "il Primo Ministro italiano ",
    "kata PM India ",
    "PM ",
    "the meeting ended at 3 PM ",
    "at 10:30 PM ",
    "the pm ",
    "the PM ",
    "ex-Defense Minister ",
    "then-President ",
    "MINISTER ",
    "PRESİDENT ",  # a capital dotted I: matches "i" in any case
    "said, President ",
    "said,President ",
    "the president of the company, ",
    "no title here at all ",
    "Minister for Foreign Affairs of Japan ",
    "Menteri Luar Negeri Jepang ",
    "la secretaria de Estado estadounidense ",
    "Secretary  \n ",
    "South  Korean President ",
]


@pytest.mark.parametrize("window", WINDOWS)
def test_the_same_match_as_the_pattern(window):
    expected = TITLE_BEFORE.search(window)
    found = title_before_search(window)
    assert (found is None) == (expected is None)
    if expected is not None:
        assert found.span() == expected.span()
        assert found.groupdict() == expected.groupdict()


def test_the_same_match_on_windows_made_of_titles_and_words():
    rng = random.Random(20261204)
    words = [
        "Secretary", "of", "State", "said", "PM", "pm", "Prime", "Minister", "former",
        "Japanese", "U.S.", "3", "10:30", "(", ",", "“", "presidente", "del", "Consiglio",
        "ministro", "degli", "Esteri", "giapponese", "Menteri", "Pertahanan", "AS", "the",
    ]  # fmt: skip
    for _ in range(3000):
        window = " ".join(rng.choice(words) for _ in range(rng.randint(1, 12)))
        window = (window + " " * rng.randint(0, 2))[-80:]
        expected, found = TITLE_BEFORE.search(window), title_before_search(window)
        assert (found and (found.span(), found.groupdict())) == (
            expected and (expected.span(), expected.groupdict())
        ), window


def test_a_title_is_read_once_per_position():
    body = "Japan's Foreign Minister Hayashi met Secretary of State Blinken."
    before = titles._Titles.searches
    first = titles._title_before(body, body.index("Hayashi"))
    assert titles._title_before(body, body.index("Hayashi")) is first
    assert titles._Titles.searches == before + 1
    assert first.group("title") == "Foreign Minister"

"""A name in the genitive (issue 11's mutation sample at 30d3c52, news_subjects.py): "by"
counts only when it ends within the 20 characters right before the name (its title, if
any), with nothing but spaces and "the" after it. Invented sentences."""

import pytest

from archive.ingest.news_subjects import _genitive
from archive.ingest.results import Mention


def _by_then(gap: int) -> bool:
    body = "The remarks were made by" + " " * gap + "Kishida in Tokyo."
    start = body.index("Kishida")
    return _genitive(body, Mention("fumio-kishida", start, start + 7, "Kishida"))


@pytest.mark.parametrize("gap", [1, 2, 17, 18])
def test_a_by_within_twenty_characters_before_the_name_puts_it_in_the_genitive(gap):
    assert _by_then(gap) is True


@pytest.mark.parametrize("gap", [19, 20, 40])
def test_a_by_further_back_is_not_read(gap):
    # seed-20261207 sample (_genitive 74): "by" and 19 spaces are 21 characters.
    assert _by_then(gap) is False

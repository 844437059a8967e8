"""A title bar of three parts or more with the issuer's name last ("Headline | Press
Releases | Ministry of …") holds its headline first: the issuer is looked for at the
bar's end, not in its second part (issue 11's seed-20261213 mutation sample,
title_bars.bar_headline: no test had a bar of three parts). Invented bars."""

import pytest

from archive.ingest.title_bars import bar_headline


@pytest.mark.parametrize(
    "bar",
    [
        "Ministers meet in Tokyo | Press Releases | Ministry of Foreign Affairs of Japan",
        "Ministers meet in Tokyo - Readouts - Briefings - U.S. Department of State",
    ],
)
def test_the_headline_of_a_long_bar_ending_in_the_issuer_is_its_first_part(bar):
    assert bar_headline(bar) == "Ministers meet in Tokyo"


def test_a_bar_naming_no_issuer_at_either_end_is_kept_whole():
    bar = "Ministers meet in Tokyo | Press Releases | Archive"
    assert bar_headline(bar) == bar

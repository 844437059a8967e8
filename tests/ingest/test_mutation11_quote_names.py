"""A short quote that ends in a comma or a stop is words said, not a part of the name it
stands in, even with a space before its closing mark ("In Tokyo “We agreed, ” Hayashi
said."); a nickname between a title and a surname still is (issue 11's seed-20261213
mutation sample, quote_names.inside_a_name: no test had a space after the stop). Invented
sentences."""

import pytest

from archive.ingest.quote_names import inside_a_name


@pytest.mark.parametrize("text", ["We agreed, ", "We agreed,", "Agreed. ", "Never!  "])
def test_a_quote_ending_in_a_stop_is_no_part_of_a_name(text):
    assert not inside_a_name(text, "In Tokyo ", " Hayashi said.")


@pytest.mark.parametrize("text", ["Iron ", "Iron Lady"])
def test_a_nickname_between_a_title_and_a_name_is_a_part_of_it(text):
    assert inside_a_name(text, "Prime Minister ", " Tanaka")

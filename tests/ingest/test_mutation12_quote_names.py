"""A short quote that ends in an ellipsis is words cut short, not a part of the name it
stands between, as one ending in a comma or a stop is not (issue 11's seed-20261214
mutation sample, quote_names.inside_a_name: no test had a quote ending in "…"). Invented
text."""

from archive.ingest.quote_names import inside_a_name

BEFORE = "The ministers of the Alliance "
AFTER = " Committee met on Friday."


def test_a_quote_ending_in_an_ellipsis_is_no_part_of_a_name():
    assert not inside_a_name("We will stand…", BEFORE, AFTER)


def test_a_short_quote_between_two_capitalised_words_is_a_part_of_the_name():
    assert inside_a_name("2 + 2", BEFORE, AFTER)

"""A quote a naming phrase introduces ("the so-called “…”") is a name only while it is
short: seven words at most; eight or more are someone's words (issue 11's seed-20261210
mutation sample, quote_names.py)."""

from archive.ingest.quote_names import FAR_QUOTE_WORDS, names_a_thing

_BEFORE = "Blinken spoke of the so-called "


def test_a_short_quote_after_so_called_is_a_name():
    assert names_a_thing("free and open Indo-Pacific", _BEFORE)
    assert names_a_thing(" ".join(["word"] * (FAR_QUOTE_WORDS - 1)), _BEFORE)


def test_a_quote_of_eight_words_after_so_called_is_someones_words():
    # names_a_thing 2 took a quote of FAR_QUOTE_WORDS words for a name too.
    assert FAR_QUOTE_WORDS == 8
    assert not names_a_thing("we will defend our allies in every way", _BEFORE)

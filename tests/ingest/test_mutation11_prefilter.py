"""A long Latin-script text that one curly quote makes non-ASCII is case-mapped a piece
at a time, and the pieces make the whole text mapped, its first character included
(issue 11's seed-20261213 mutation sample, prefilter.case_mapped: the pieces' walk began
one character late and no test compared a long text's mapping with the whole one).
Invented text."""

import pytest

from archive.ingest.prefilter import CASE_CHUNK, LONG_FOLD, case_mapped


@pytest.mark.parametrize("mapping", [str.lower, str.casefold])
def test_a_long_text_mapped_in_pieces_is_the_whole_text_mapped(mapping):
    sentence = "The Ministers MET in Tokyo and spoke of the Alliance. "
    text = sentence * (LONG_FOLD // len(sentence) + 2) + "They called it “Strong”."
    assert len(text) >= LONG_FOLD and len(text) > CASE_CHUNK and not text.isascii()
    assert case_mapped(text, mapping) == mapping(text)

"""prefilter.present looks for a pattern in a long text's first characters before reading
the whole text (issue #10: the allies' names are in nearly every report's first lines,
and their beginnings were a tenth of the signs' automaton's hits): the same answer as
`pattern.search`, whatever the window cuts."""

import pytest

from archive.ingest import prefilter
from archive.ingest.meeting_signs import _ALLY_PATTERNS, report_signs

PATTERNS = (
    prefilter.folded_pattern(r"\busa\b"),
    prefilter.folded_pattern(r"japan(?! times)"),
    prefilter.folded_pattern(r"u\.s\.(?=\s)"),
)
TEXTS = (
    "the usa and japan agreed",  # both in the window
    "x" * 20 + " japan",  # past the window only
    # "usa" cut by the window's end is no whole word; a look-ahead the window cuts short
    "x" * 12 + " usab usa",
    "x" * 12 + " usab, no other",
    "x" * 9 + " japan times, japan",
    "x" * 9 + " japan times alone",
    "x" * 11 + " u.s. tail",  # a match that needs a character past the window
    "nothing here at all, nor past the window",
    "",
)


@pytest.mark.parametrize("text", TEXTS)
def test_present_is_search_whatever_the_window_cuts(monkeypatch, text):
    monkeypatch.setattr(prefilter, "PRESENT_WINDOW", 16)
    for pattern in PATTERNS:
        assert prefilter.present(pattern, text) == (pattern.search(text) is not None)


def test_every_text_above_is_read_both_ways():
    long_texts = [text for text in TEXTS if len(text) > 16]
    assert {prefilter.present(PATTERNS[0], text) for text in long_texts} == {True, False}


def test_the_allies_are_found_at_the_start_and_far_past_it():
    far = " filler." * (prefilter.PRESENT_WINDOW // 8 + 10)
    assert report_signs("Tokyo. The U.S. and Japan met." + far).allies == set(_ALLY_PATTERNS)
    assert report_signs("Tokyo." + far + " Japan met the U.S.").allies == set(_ALLY_PATTERNS)
    assert report_signs("Tokyo." + far + " Japan alone.").allies == {"Japan"}
    assert not report_signs("Tokyo." + far).allies

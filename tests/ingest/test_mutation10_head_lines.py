"""A line is an editor's note only when one pair of square brackets holds all of it
(issue 11's seed-20261212 mutation run, head_lines.is_bracketed_note): a line whose
opening bracket is never closed ("[Update [2] … [Video]") is no note, whatever its ends."""

import pytest

from archive.ingest.head_lines import is_bracketed_note


@pytest.mark.parametrize(
    "line",
    [
        "[Update [2] Allies agree on new bases [Video]",
        "[[Provisional translation]",
        "[Breaking] Allies agree on new bases [Updated]",
    ],
)
def test_brackets_that_never_close_around_the_line_make_no_note(line):
    assert not is_bracketed_note(line)


@pytest.mark.parametrize("line", ["[Provisional translation]", "[[Page 5]]", " [Note] "])
def test_one_pair_around_the_whole_line_is_a_note(line):
    assert is_bracketed_note(line)

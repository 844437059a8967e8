"""text._collapse_blanks on lines without a tab (the runs of spaces found by a pattern with
a literal beginning) and with one: the plain substitution's result either way."""

import random
import re

import pytest

from archive.ingest import text


@pytest.mark.parametrize("seed", range(200))
@pytest.mark.parametrize("pieces", [(" ", "  ", "   ", "a", "bc", "\u00a0", "\u3000"), (" ", "\t")])
def test_blanks_collapse_as_the_plain_substitution(seed, pieces):
    rng = random.Random(seed)
    line = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 40)))
    assert text._collapse_blanks(line) == re.sub(r"[ \t]+", " ", line)


def test_a_long_line_of_single_spaces_is_kept_and_runs_collapse():
    words = " ".join(["word"] * 10_000)
    assert text._collapse_blanks(words) is words
    assert text._collapse_blanks(words + "    end") == words + " end"

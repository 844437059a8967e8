"""normalise_for_hash collapses whitespace without splitting the body into words (issue
#10: parse time): the same string as before, so the same content hash."""

import random
import sys

import pytest

from archive.ingest.text import RARE_SPACES, content_hash, normalise_for_hash

EVERY_SPACE = "".join(char for char in map(chr, range(sys.maxunicode + 1)) if char.isspace())


def test_the_rare_spaces_are_every_whitespace_but_the_space_and_the_newline():
    assert sorted(RARE_SPACES + " \n") == sorted(EVERY_SPACE)


@pytest.mark.parametrize("seed", range(40))
def test_normalised_as_split_and_joined(seed):
    rng = random.Random(seed)
    alphabet = ["Tokyo", "SAID", "Straße", "ΣΑΣ", "日米", "İ", "-", ".", *EVERY_SPACE]
    spaces = rng.choice((" \n", " ", EVERY_SPACE))
    text = "".join(
        rng.choice(spaces) if rng.random() < 0.4 else rng.choice(alphabet)
        for _ in range(rng.randrange(0, 400))
    )
    expected = " ".join(text.casefold().split())
    assert normalise_for_hash(text) == expected


def test_layouts_of_one_text_hash_alike():
    text = "Japan and the U.S.\u00a0agreed.\n\n  The ministers\u3000met\t in Tokyo. "
    assert normalise_for_hash(text) == "japan and the u.s. agreed. the ministers met in tokyo."
    assert content_hash(text) == content_hash(" ".join(text.split()).upper())

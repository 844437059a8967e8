"""A long text case-mapped a few hundred characters at a time (prefilter.case_mapped,
issue #10): the same string as str.lower and str.casefold on the whole text, whatever
the characters at the pieces' edges (a capital sigma reads its neighbours under lower;
"İ", "ß" and the ligatures map to two or three characters)."""

import random

import pytest

from archive.ingest import prefilter
from archive.ingest.prefilter import CASE_CHUNK, LONG_FOLD, case_mapped
from archive.ingest.text import normalise_for_hash

PIECES = (
    "Japan and the U.S. ",
    "“Closer” ties — ",
    "İSTANBUL ",
    "Straße ",
    "ﬁnal ",
    "ΟΔΟΣ ",
    "ΣΑΣ",
    "Σ",
    "ǅ ",
    "東京で会談 ",
    "ÉTÉ ",
    "\u212a ",
    "\u1e9e",
    " ",
    "\n",
)


def _text(rng: random.Random, length: int, pieces=PIECES) -> str:
    out, size = [], 0
    while size < length:
        piece = rng.choice(pieces) if rng.random() < 0.04 else "Ascii Words Here. "
        out.append(piece)
        size += len(piece)
    return "".join(out)


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("mapping", [str.lower, str.casefold])
def test_case_mapped_is_the_whole_texts_mapping(seed, mapping):
    rng = random.Random(seed)
    pieces = PIECES if seed % 2 else tuple(p for p in PIECES if "Σ" not in p)
    text = _text(rng, 3 * LONG_FOLD + rng.randrange(0, 5 * CASE_CHUNK), pieces)
    assert prefilter._opens_in_ascii(text)  # mapped in pieces (but lower with a sigma)
    assert case_mapped(text, mapping) == mapping(text)


def test_a_capital_sigma_at_a_pieces_edge_would_read_the_wrong_neighbour():
    # "ΑΣΒ": a sigma inside a word ("σ"); a piece ending with "ΑΣ" reads it as a word's
    # last letter ("ς").
    text = "a" * (CASE_CHUNK - 2) + "ΑΣ" + "Β" + "b" * LONG_FOLD
    pieced = "".join(text[at : at + CASE_CHUNK].lower() for at in range(0, len(text), CASE_CHUNK))
    assert pieced != text.lower()  # why a text holding one is mapped whole
    assert case_mapped(text, str.lower) == text.lower()


def test_a_text_opening_in_cjk_is_mapped_whole_and_one_in_latin_script_in_pieces(monkeypatch):
    calls = []
    latin = "Talks in Tokyo. " * (LONG_FOLD // 8) + "“quoted”"
    cjk = "日米首脳会談は東京で。" * (LONG_FOLD // 5)

    def counting(text):
        calls.append(len(text))
        return text.lower()

    assert case_mapped(latin, counting) == latin.lower()
    assert max(calls) == CASE_CHUNK
    calls.clear()
    assert case_mapped(cjk, counting) == cjk.lower()
    assert calls == [len(cjk)]


def test_the_fold_and_the_hash_of_a_long_text_are_unchanged():
    rng = random.Random(5)
    text = _text(rng, 3 * LONG_FOLD)
    expected = " ".join(text.casefold().split())
    assert normalise_for_hash(text) == expected
    assert prefilter._fold(text) == text.translate(prefilter._TO_ASCII).lower()

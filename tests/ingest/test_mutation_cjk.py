"""mostly_cjk (issue 11's mutation sample, cjk.py): CJK characters making exactly half of
a text (two characters count as one word) are enough; less is not."""

import pytest

from archive.ingest.cjk import is_cjk, mostly_cjk, units, units_exceed, word_and_cjk_counts


@pytest.mark.parametrize(
    ("text", "counts", "mostly"),
    [
        ("外務大臣 Hayashi met", (2, 4), True),  # 4 characters, 2 words: exactly half
        ("外相 Hayashi met", (2, 2), False),  # 2 characters, 2 words: a third
    ],
)
def test_exactly_half_cjk_is_mostly_cjk(text, counts, mostly):
    assert word_and_cjk_counts(text) == counts
    assert mostly_cjk(text) is mostly


def test_a_long_text_of_exactly_the_bound_does_not_exceed_it():
    # 20 words in the first 128 characters, then only spaces: 20 units, not over 20.
    text = ("word " * 20).ljust(300)
    assert units(text) == 20
    assert units_exceed(text, 20) is False
    assert units_exceed(text, 19.5) is True


@pytest.mark.parametrize(
    ("char", "cjk"),
    [("漢", True), ("か", True), ("カ", True), ("한", True), ("A", False), ("é", False)]
    + [("1", False), ("、", False), ("。", False)],  # digits and CJK punctuation are not
)
def test_is_cjk_is_true_for_han_kana_and_hangul(char, cjk):
    # is_cjk is called nowhere in the package (cjk_count is); its rule, tested here.
    assert is_cjk(char) is cjk

"""mostly_cjk (issue 11's mutation sample, cjk.py): CJK characters making exactly half of
a text (two characters count as one word) are enough; less is not."""

import pytest

from archive.ingest.cjk import mostly_cjk, word_and_cjk_counts


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

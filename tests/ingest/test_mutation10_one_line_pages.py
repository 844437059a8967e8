"""A one-line page's head is two to forty words, counted as printed between spaces in
Latin text (issue 11's seed-20261212 mutation run, one_line_pages.unfold_one_line_page):
a single hyphenated word before the date ("Biden-Kishida June 1, 2023 …") is no head, though
its letters hold two names; "Biden Kishida" is. Invented lines."""

import pytest

from archive.ingest.one_line_pages import unfold_one_line_page

REST = (
    "The two leaders met in Tokyo on Thursday and agreed to deepen their cooperation on "
    "security, trade and technology, officials said after the talks ended."
)


def test_one_hyphenated_word_before_the_date_is_no_head():
    line = f"Biden-Kishida June 1, 2023 {REST}"
    assert unfold_one_line_page([line]) == [line]


@pytest.mark.parametrize("head", ["Biden Kishida", "Biden-Kishida summit"])
def test_two_words_before_the_date_are_a_head(head):
    assert unfold_one_line_page([f"{head} June 1, 2023 {REST}"]) == [head, "June 1, 2023", REST]

"""A page printed as one line is unfolded from 100 characters on (a shorter line is a
paragraph, not a page), and only at a date that stands alone: a date glued to the word
before it ("Again/June 1, 2031") is inside the head (issue 11's seed-20261214 mutation
sample, one_line_pages.unfold_one_line_page: no test had a line of exactly 100, nor a date
without a space before it). Invented pages."""

from archive.ingest.one_line_pages import unfold_one_line_page

HEAD = "Allies Meet Again"
DATE = "June 1, 2031"
REST = "The two ministers met in the capital and spoke of the alliance and of the region. " * 2


def _fit(start: str, length: int) -> str:
    """`start` and a sentence's words after it, cut to `length` characters."""
    filler = " and of the region" * 10
    line = (start + filler)[: length - 1] + "."
    assert len(line) == length
    return line


def test_a_one_line_page_of_100_characters_is_unfolded():
    line = _fit(f"{HEAD} {DATE} The two ministers met", 100)
    assert unfold_one_line_page([line])[:2] == [HEAD, DATE]


def test_a_line_of_99_characters_is_left_alone():
    line = _fit(f"{HEAD} {DATE} The two ministers met", 99)
    assert unfold_one_line_page([line]) == [line]


def test_a_date_glued_to_the_word_before_it_leaves_the_line_whole():
    line = f"Allies Meet Again/June 1, 2031 {REST}"
    assert unfold_one_line_page([line]) == [line]


def test_a_date_with_a_space_before_it_is_the_date_line():
    line = f"Allies Meet Again June 1, 2031 {REST}"
    assert unfold_one_line_page([line])[:2] == ["Allies Meet Again", "June 1, 2031"]

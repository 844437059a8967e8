"""The opening sentence that says at which group's meeting a bilateral was held is read in the
body's first 2,000 characters only (issue 11's seed-20261211 mutation sample,
meeting_occasion.py): a line that begins there and is cut short by the limit is no sentence."""

from archive.ingest.meeting_occasion import _opening_sentence

SENTENCE = "The ministers met in the port city on Monday. They agreed."


def test_a_first_long_line_cut_short_by_the_limit_is_no_opening_sentence():
    # _opening_sentence 4 read 2,001 characters: the 24th character of the line came in.
    short_lines = "brief\n" * 329 + "ok\n"  # 1,977 characters: 23 of the line before 2,000
    assert len(short_lines) == 2000 - 23
    assert _opening_sentence(short_lines + SENTENCE) == (0, 0)


def test_the_first_line_long_enough_gives_the_opening_sentence():
    assert _opening_sentence("ok\n" + SENTENCE) == (3, 3 + SENTENCE.index(".") + 1)

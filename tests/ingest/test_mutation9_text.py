"""A block's last line is joined to the lines above only when it prints no wider than they do
(issue 11's seed-20261211 mutation sample, text.py): a Chinese or Japanese character prints
as wide as two Latin letters, so a long Japanese line under a wrapped English one is its own
paragraph."""

from archive.ingest.text import split_paragraphs

LATIN = "The ministers met in the port city on Monday to talk about"
WIDE = "両国の外相は港町で会談し、海洋安全保障と供給網の協力を一層深めることで一致したと発表した。"


def test_a_wide_japanese_line_under_a_wrapped_latin_line_stays_apart():
    # _width 1 counted each CJK character as no width at all, and joined the two.
    assert split_paragraphs(f"{LATIN}\n{WIDE}") == [LATIN, WIDE]


def test_a_short_last_line_under_a_wrapped_line_is_joined():
    assert split_paragraphs(f"{LATIN}\nshipping lanes.") == [f"{LATIN} shipping lanes."]

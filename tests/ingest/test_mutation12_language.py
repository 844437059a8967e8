"""Lines at least PROSE_UNITS word-equivalents long are prose and alone decide the
language; shorter lines (menus, buttons) count only when no line is prose: an English
line of exactly eight words under Japanese menus is English (issue 11's seed-20261214
mutation sample, language.detect_language: no test had a line of exactly PROSE_UNITS).
Invented text."""

from archive.ingest.language import PROSE_UNITS, detect_language

MENUS = "\n".join(["外務省トップ", "会見・発表", "国・地域別", "政策・外交"] * 3)


def test_a_line_of_exactly_prose_length_decides_the_language():
    line = "Ministers met in Tokyo to discuss the alliance"
    assert len(line.split()) == PROSE_UNITS
    assert detect_language(f"{MENUS}\n{line}\n{MENUS}") == "en"


def test_a_line_one_word_short_of_prose_counts_with_the_menus():
    line = "Ministers met in Tokyo on the alliance"
    assert len(line.split()) == PROSE_UNITS - 1
    assert detect_language(f"{MENUS}\n{line}\n{MENUS}") == "ja"

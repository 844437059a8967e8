"""Layouts of the 2000s, second round (issue #11): a list's number left alone on its line,
a print-only masthead's alt text. Every text here is made up."""

from __future__ import annotations

import pytest

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason


def _reason(line: str) -> str | None:
    return boilerplate_reason(line, DEFAULT_PATTERNS)


@pytest.mark.parametrize("line", ["1", "2.", "12", "３", "5．"])
def test_an_item_number_alone_is_noise(line):
    # The labeling manual lists number-only lines as noise, as bullets alone ("-").
    assert _reason(line) == "item number alone"


@pytest.mark.parametrize(
    "line",
    [
        "123",  # three digits: a figure, not a list's number
        "5 両大臣は、協力を確認した。",
        "2. Regional affairs",
        "1 冒頭",
        "2010",
        "(1)",
    ],
)
def test_a_number_with_text_or_a_figure_is_no_item_number(line):
    assert _reason(line) != "item number alone"


@pytest.mark.parametrize(
    "line", ["print-only banner", "Printable Banner", "printer-friendly banner"]
)
def test_a_print_only_masthead_is_noise(line):
    assert _reason(line) == "print banner"


def test_a_sentence_about_a_banner_is_kept():
    assert _reason("The printable banner was hung at the entrance of the embassy.") is None

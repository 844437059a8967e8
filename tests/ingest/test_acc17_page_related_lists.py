"""A list of related stories under its header (issue 11, seventeenth session): a story's
title that ends with an initialism ("… with the U.S.") is a link, not a sentence, so the
list goes on past it; a sentence under the header still ends the list. Every text here is
made up."""

from __future__ import annotations

from archive.ingest.boilerplate import list_under_header

HEADER = "Related Articles"


def _listed(lines: list[str]) -> list[int]:
    return list_under_header(lines, {0: "related links"})


def test_a_title_ending_with_an_initialism_is_listed_and_the_list_goes_on():
    lines = [
        HEADER,
        "Tokyo marks 160 years of trade with the U.S.",
        "Joint research ship sets sail",
        "The two leaders met in Tokyo on Friday and discussed the alliance at length.",
    ]
    assert _listed(lines) == [1, 2]


def test_a_sentence_under_the_header_ends_the_list():
    lines = [
        HEADER,
        "The ministers met on Friday.",
        "Joint research ship sets sail",
    ]
    assert _listed(lines) == []


def test_a_sentence_ending_with_a_lowercase_abbreviation_is_no_link():
    lines = [HEADER, "The talks will resume next week, officials said, etc.", "Ship sets sail"]
    assert _listed(lines) == []

"""Boilerplate: the closing list of links and the curator patterns, decided to the
boundary (issue 11's mutation score)."""

import re

import pytest

from archive.ingest.boilerplate import (
    DEFAULT_PATTERNS,
    LineMatcher,
    boilerplate_reason,
    compile_patterns,
    drop_boilerplate,
    list_under_header,
    trailing_link_list,
)
from archive.ingest.results import DroppedLine


def words(count: int) -> str:
    return " ".join(["word"] * count)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Body.", "• Ukraine", "• Japan"], [1, 2]),
        (["Body.", "• Ukraine"], []),  # one item is no list
        ([f"- {words(12)}", f"- {words(12)}"], [0, 1]),  # twelve words: still a link
        ([f"- {words(13)}", "- Japan", "- Korea"], [1, 2]),  # thirteen: not a link
        (["• 日本" + "あ" * 22, "• Japan"], [0, 1]),  # 24 CJK characters, 12 words
        (["• 日本" + "あ" * 23, "• Japan", "• Korea"], [1, 2]),
        (["* Japan!", "* Korea"], []),  # ends like a sentence
        (["· 日本。", "· 韓国"], []),
        (["— Japan:", "— Korea"], []),
        (["Body.", "– Japan", "– Korea", "– Ukraine"], [1, 2, 3]),
    ],
)
def test_a_closing_list_of_short_items_is_links(lines, expected):
    assert trailing_link_list(lines) == expected


def test_chrome_after_the_list_does_not_end_it_other_lines_do():
    lines = ["Body.", "• Japan", "• Korea", "Share this"]
    assert trailing_link_list(lines, taken=[3]) == [1, 2]
    assert trailing_link_list(lines) == []


def test_compile_patterns_keeps_good_patterns_and_describes_bad_ones():
    problems: list[str] = []
    compiled = compile_patterns([r"Follow us", r"(open", r"Print"], "site pattern", problems)
    assert [reason for reason, _ in compiled] == ["site pattern: Follow us", "site pattern: Print"]
    assert len(problems) == 1
    assert problems[0].startswith("site pattern '(open' is not a valid regex: ")
    assert [r for r, _ in compile_patterns([r"(open", "x"], "p")] == ["p: x"]


def test_a_pattern_must_match_the_whole_stripped_line():
    patterns = compile_patterns([r"Follow us", r"Follow us on \w+"], "p")
    assert boilerplate_reason("  Follow us  ", patterns) == "p: Follow us"
    assert boilerplate_reason("Follow us on Mastodon", patterns) == "p: Follow us on \\w+"
    assert boilerplate_reason("Please Follow us", patterns) is None


def test_drop_boilerplate_keeps_order_and_records_each_reason():
    patterns = compile_patterns([r"Print"], "p")
    kept, dropped = drop_boilerplate(["One.", "Print", "Two."], patterns)
    assert kept == ["One.", "Two."]
    assert dropped == [DroppedLine(line="Print", reason="p: Print")]
    kept, dropped = drop_boilerplate(["One.", "Print"], [])
    assert (kept, dropped) == (["One.", "Print"], [])


def test_the_built_in_patterns_are_the_default():
    line = "Back to top"
    assert boilerplate_reason(line, DEFAULT_PATTERNS) is not None
    kept, dropped = drop_boilerplate(["The talks went well.", line])
    assert kept == ["The talks went well."]
    assert [d.line for d in dropped] == [line]


@pytest.mark.parametrize(
    ("header", "found"),
    [
        ("Most popular articles in the past week", [2, 3]),
        ("Most popular articles in the past two weeks", []),
    ],
)
def test_a_list_header_of_seven_words_at_most_lists_the_links_under_it(header, found):
    lines = [
        "Body sentence one about talks.",
        header,
        "Japan and US hold talks",
        "Leaders meet in Tokyo",
        "The ministers met on Friday and agreed to cooperate.",
    ]
    assert list_under_header(lines, {1: "related links"}) == found


def test_a_lines_candidates_are_the_patterns_its_first_character_and_size_allow():
    matcher = LineMatcher([("share", re.compile(r"Share")), ("more", re.compile(r"Read more.*"))])
    assert [screen.reason for screen in matcher.candidates("S", 5)] == ["share"]
    assert [screen.reason for screen in matcher.candidates("R", 30)] == ["more"]
    assert matcher.candidates("S", 30) == ()


# --- the seed-20261207 sample (LineMatcher._plan 21): a pattern with required strings of
# either kind, exact or read in any case, is tried only on a line that shows them.


def test_a_pattern_is_tried_only_on_lines_showing_its_required_strings_of_either_kind():
    matcher = LineMatcher(
        [
            ("copyright", re.compile(r".*Copyright.*")),  # an exact required string
            ("subscribe", re.compile(r"(?i).*subscribe.*")),  # one read in any case
            ("digit", re.compile(r".*\d.*")),  # none: tried on every line
        ]
    )
    for line, reason, tries in [
        ("hello there", None, 1),
        ("copyright notice", None, 1),  # "Copyright" is required as printed
        ("Please SUBSCRIBE now", "subscribe", 1),
        ("Copyright 2030", "copyright", 1),
        ("Call 555 today", "digit", 1),
    ]:
        before = matcher.tries
        assert (matcher.reason(line), matcher.tries - before) == (reason, tries), line


def test_a_lines_candidates_fit_both_its_length_and_its_first_character():
    # seed-20261207 sample (LineMatcher._plan 11): both screens must pass, not either.
    matcher = LineMatcher([("code", re.compile(r"[ab]\d"))])
    assert [s.reason for s in matcher.candidates("a", 2)] == ["code"]
    assert matcher.candidates("a", 6) == ()  # its first character fits, not its length
    assert matcher.candidates("x", 2) == ()  # its length fits, not its first character
    for line in ("a12345", "x1"):
        before = matcher.tries
        assert (matcher.reason(line), matcher.tries - before) == (None, 0), line

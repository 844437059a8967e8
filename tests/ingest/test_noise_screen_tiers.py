"""The chrome screens' cheaper readings (issue #10) give the reason every pattern gives:
a long line is read for the strings of the patterns that can match a line that long
only, and a pattern is not tried on a line holding a character it refuses."""

from __future__ import annotations

import random
import re

import pytest

from archive.ingest.boilerplate import (
    DEFAULT_PATTERNS,
    LONG_LINE,
    SHORT_LINE,
    LineMatcher,
    compile_patterns,
)
from archive.ingest.chrome_patterns_notices import _CAPTION_SHAPES
from archive.ingest.pattern_alphabet import refused_characters


def _every_pattern(line, patterns):
    stripped = line.strip()
    return next((reason for reason, pattern in patterns if pattern.fullmatch(stripped)), None)


@pytest.mark.parametrize(
    ("source", "refused"),
    [
        (r"(?:[^>.!?]{1,30}\s*>\s*){2,}[^>.!?]{1,40}", {".", "!", "?"}),
        (r"[^a]+", {"a"}),
        (r"(?i)[^a]+", {"a"}),
        (r"[^a]+|A", {"a"}),  # "A" is another character when case counts
        (r"(?i:[^a]+|A)", set()),  # ... and the same one when it does not
        (r"[^.]*(?=.)", set()),  # the look-ahead's "." may be a "."
        (r"([^.])\1", set()),  # a back-reference: no answer
        (r"[^,;]+(?!x)y", {",", ";"}),
        (r"Back to [^.]{1,20}\.", set()),  # its own "." puts it back
        (r"home|[a-z]+", set()),  # no negated class: nothing named to refuse
    ],
)
def test_refused_characters(source, refused):
    assert refused_characters(re.compile(source)) == refused


def test_a_refused_character_is_never_in_a_match():
    rng = random.Random(11)
    pattern = re.compile(r"(?:[^>.!?]{1,5}\s*>\s*){2,}[^>.!?]{1,6}")
    refused = refused_characters(pattern)
    alphabet = ["a", "b", " ", ">", ".", "!", "?", "Home", "News"]
    for _ in range(3000):
        line = "".join(rng.choices(alphabet, k=rng.randint(1, 12)))
        if pattern.fullmatch(line):
            assert not refused & set(line), line


def test_a_breadcrumb_is_not_tried_on_a_sentence():
    breadcrumb = [(r, p) for r, p in DEFAULT_PATTERNS if r == "breadcrumb"]
    matcher = LineMatcher(breadcrumb)
    sentence = "Ministers > officials in talks held on Monday, the ministry said. " * 3
    assert matcher.reason(sentence) is None
    assert matcher.tries == 0
    assert matcher.reason("Home > Press Releases > Remarks") == "breadcrumb"
    assert matcher.tries == 1


def test_long_lines_are_read_for_the_strings_of_long_patterns_only():
    matcher = LineMatcher(DEFAULT_PATTERNS)
    short, long = matcher._short.strings, matcher._long.strings  # folded
    assert long < short
    # A gallery counter ("3 of 12") cannot match a long line: its "of" is no string of it.
    assert "of" in short and "of" not in long
    # The widgets' one letters are patterns of short lines.
    assert {"a", "x"} <= short
    assert not {"a", "x"} & long


_PIECES = [
    "Share",
    " on ",
    "Facebook",
    "x",
    "X",
    " ",
    "A",
    "A+",
    "3 of 12",
    "Home",
    " > ",
    "Advertisement",
    "ad",
    "Read more",
    "the minister said",
    ".",
    "Photo: Reuters",
    "(",
    ")",
    "Japanese",
    "Menu",
    "Close",
    "— ",
]


def test_screened_reasons_are_every_pattern_reasons_on_short_and_long_lines():
    rng = random.Random(5)
    lines = ["".join(rng.choices(_PIECES, k=rng.randint(1, 4))) for _ in range(3000)]
    lines += ["".join(rng.choices(_PIECES, k=rng.randint(8, 20))) for _ in range(1500)]
    lines += ["x", "X", "A A A", "A+ A-", "Share on X", "x" * (SHORT_LINE + 1)]
    assert any(len(line.strip()) > SHORT_LINE for line in lines)
    matcher = LineMatcher(DEFAULT_PATTERNS)
    for line in lines:
        assert matcher.reason(line) == _every_pattern(line, DEFAULT_PATTERNS), line


def test_curator_patterns_across_the_short_line_bound():
    patterns = compile_patterns([r"[^.]{30,40}", r"ab.{0,60}", r"(?i)z{1,40}"], "curator")
    matcher = LineMatcher(patterns)
    for line in ["a" * 35, "a" * 35 + ".", "ab" + "c" * 40, "Z" * 33, "z" * 41, "ab"]:
        assert matcher.reason(line) == _every_pattern(line, patterns), line


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("x", "sharing buttons"),
        ("X", "sharing buttons"),
        ("Share on X", "sharing buttons"),
        ("Facebook", "sharing buttons"),
        ("A A A", "text size widget"),
        ("A+ A-", "text size widget"),
        ("Font size", "text size widget"),
    ],
)
def test_the_widgets_split_apart_read_as_before(line, reason):
    assert _every_pattern(line, DEFAULT_PATTERNS) == reason


@pytest.mark.parametrize(
    "line",
    [
        "(Photo) Foreign Minister Kamikawa and Secretary Blinken",
        "Secretary Blinken meets Minister Hayashi (AP Photo/Evan Vucci)",
        "岸田首相とバイデン大統領(路透社2021年1月8日资料照)",
        "Ministers meet in Tokyo. Kyodo/via REUTERS",
        "会談に臨む両外相＝共同",
        "日米共同声明を発表した。",
        "Ministers in Tokyo. Foto: AP Photo/Susan Walsh",
        "가미카와 요코 일본 외무상. 사진 = 한국 외교부 제공.",
        "The ministers met in Tokyo on Monday, the ministry said.",
        "(写真)",
        "",
    ],
)
def test_the_caption_shapes_read_as_their_one_alternation(line):
    alternation = re.compile("|".join(_CAPTION_SHAPES))
    shapes = [re.compile(shape) for shape in _CAPTION_SHAPES]
    assert any(shape.fullmatch(line) for shape in shapes) == bool(alternation.fullmatch(line))


def test_a_page_printed_as_one_line_reads_as_every_pattern_reads_it():
    lines = [
        "The ministers met in Tokyo and said so. " * (LONG_LINE // 40 + 1),
        "Home > News > Japan. " + "The ministers met in Tokyo > and said so. " * 500,
        "Loading" + "." * LONG_LINE,
    ]
    assert all(len(line) > LONG_LINE for line in lines)
    matcher = LineMatcher(DEFAULT_PATTERNS)
    for line in lines:
        assert matcher.reason(line) == _every_pattern(line, DEFAULT_PATTERNS)

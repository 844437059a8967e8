"""The chrome screens read a line's required strings in one automaton pass over the folded
line (issue #10): a string required as printed is found by its fold, then checked as
printed; two patterns rewritten for cheaper screens and tries match the lines they
matched before."""

from __future__ import annotations

import random
import re

import pytest

from archive.ingest import prefilter
from archive.ingest.boilerplate import DEFAULT_PATTERNS, SHORT_LINE, LineMatcher


def _per_screen(matcher: LineMatcher, line: str) -> set[int]:
    """The screens a test of each required string lets through, for a line of its size."""
    folded = prefilter.fold(line)
    return {
        screen.number
        for screen in matcher.screens
        if (len(line) <= SHORT_LINE or screen.longest > SHORT_LINE)
        and (any(s in line for s in screen.exact) or any(s in folded for s in screen.folded))
    }


def test_a_string_required_as_printed_passes_only_as_printed():
    matcher = LineMatcher(
        [
            ("wire", re.compile(r".{1,80}AP .{1,200}")),
            ("app", re.compile(r"(?i).{0,40}\bapp\b.{0,200}")),
            ("greek", re.compile(r".{0,20}ΑΘΗΝΑ.{0,200}")),  # unfoldable: looked for as printed
        ]
    )
    wire, app, greek = (screen.number for screen in matcher.screens)
    long_tail = " and the talks went on in Tokyo for most of the afternoon"
    assert matcher.passed("Photo: AP " + long_tail) >= {wire}
    assert wire not in matcher.passed("The Japanese delegation (ap) " + long_tail)
    assert app in matcher.passed("Download the APP " + long_tail)
    assert greek in matcher.passed("ΑΘΗΝΑ " + long_tail)
    assert greek not in matcher.passed("αθηνα " + long_tail)
    assert matcher.reason("Photo: AP " + long_tail) == "wire"
    assert matcher.reason("Photo: ap " + long_tail) is None


_WORDS = (
    "AP", "ap", "Reuters", "REUTERS", "photo", "PHOTO", "Share", "share", "meeting",
    "Meeting", "who ", "WHO ", "版", "写真", "(", ":", "2", "30", " ", "Japan", "home",
    "expressed here", "Expressed In This", "Tags", "»", ">", "|", "ΑΘΗΝΑ", "İstanbul",
)  # fmt: skip


@pytest.mark.parametrize("seed", range(12))
def test_one_pass_lets_through_what_a_test_per_screen_does(seed):
    rng = random.Random(seed)
    matcher = LineMatcher(DEFAULT_PATTERNS)
    plan = matcher._plan
    for _ in range(300):
        line = " ".join(rng.choice(_WORDS) for _ in range(rng.randrange(1, 40))).strip()
        screened = plan(line[:1], len(line))[2]
        assert matcher.passed(line) & screened == _per_screen(matcher, line) & screened, line
        assert matcher.reason(line) == next(
            (why for why, pattern in DEFAULT_PATTERNS if pattern.fullmatch(line)), None
        )


# The two patterns as they were.
_BREADCRUMB_BEFORE = re.compile(r"(?:[^>＞›»。.!?]{1,30}\s*[>＞›»]\s*){2,}[^>＞›»。.!?]{1,40}")
_REPUBLISHER_BEFORE = re.compile(
    r".{0,200}(?:edited for clarity|originating organi[sz]ation|do(?:es)? not necessarily "
    r"reflect|does not take institutional positions|views(?:,)? (?:and )?(?:opinions |"
    r"positions )?expressed (?:here(?:in)?|in this)|no refleja necesariamente"
    r"|tidak (?:selalu )?mencerminkan|non riflette necessariamente).{0,400}",
    re.IGNORECASE,
)


def _now(reason: str, before: re.Pattern) -> re.Pattern:
    return next(
        pattern
        for why, pattern in DEFAULT_PATTERNS
        if why == reason and pattern.pattern[:4] == before.pattern[:4]
    )


_CRUMBS = ("Home", "News", " ", "  ", ">", " > ", "»", "›", "＞", "Asia", "x" * 29, "y" * 31, ".")


@pytest.mark.parametrize("seed", range(8))
def test_the_breadcrumbs_segments_taken_whole_match_what_they_did(seed):
    rng = random.Random(seed)
    now = _now("breadcrumb", _BREADCRUMB_BEFORE)
    assert now.pattern != _BREADCRUMB_BEFORE.pattern
    for _ in range(400):
        line = "".join(rng.choice(_CRUMBS) for _ in range(rng.randrange(1, 12)))
        assert bool(now.fullmatch(line)) == bool(_BREADCRUMB_BEFORE.fullmatch(line)), line


@pytest.mark.parametrize(
    "line",
    [
        "The views expressed here are the author's own.",
        "Views, and opinions expressed herein do not bind the agency.",
        "The views and positions expressed in this article are the author's.",
        "Views expressed in this",
        "The minister expressed hope that the talks would go on.",
        "Views expressed in the article",
        "This story was edited for clarity.",
        "views expressed there",
    ],
)
def test_the_republishers_views_expressed_match_as_before(line):
    now = _now("republisher note", _REPUBLISHER_BEFORE)
    assert bool(now.fullmatch(line)) == bool(_REPUBLISHER_BEFORE.fullmatch(line))


def test_the_republishers_note_is_screened_by_expressed_here_not_expressed():
    matcher = LineMatcher(DEFAULT_PATTERNS)
    note = next(s for s in matcher.screens if s.pattern.pattern.startswith(".{0,200}(?:edited"))
    assert {"expressed here", "expressed in this"} <= note.folded
    assert "expressed " not in note.folded

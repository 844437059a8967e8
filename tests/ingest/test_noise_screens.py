"""The share widget's pattern needs a verb or a network's name (it used to match the empty
line too, so no required string screened it and it was tried on most lines); a line of
spaces is a "blank line"; a pattern that matches only the empty line screens every
other line out."""

from __future__ import annotations

import re

import pytest

from archive.ingest.boilerplate import (
    DEFAULT_PATTERNS,
    LineMatcher,
    boilerplate_reason,
    compile_patterns,
)
from archive.ingest.chrome_patterns_widgets import _NETWORK, _SHARE_VERB

# The widget's first alternative as it was: verb and network both optional.
_BEFORE = re.compile(rf"(?:{_SHARE_VERB})?{_NETWORK}?", re.IGNORECASE)
_NOW = re.compile(rf"{_SHARE_VERB}{_NETWORK}?|{_NETWORK}", re.IGNORECASE)


@pytest.mark.parametrize(
    "line",
    [
        "Facebook",
        "Share on Facebook",
        "share",
        "Share:",
        "compartir en WhatsApp",
        "Bagikan ke Twitter",
        "x",
        "링크 복사",
        "Share this",
        "Japan",
        "Share the news",
        "Facebook Twitter",
    ],
)
def test_the_share_widget_reads_every_non_empty_line_as_before(line):
    assert (_NOW.fullmatch(line) is None) == (_BEFORE.fullmatch(line) is None)


def test_the_empty_line_is_a_blank_line_not_a_widget():
    assert _BEFORE.fullmatch("") and not _NOW.fullmatch("")
    assert boilerplate_reason("", DEFAULT_PATTERNS) == "blank line"
    assert boilerplate_reason("\u3000 ", DEFAULT_PATTERNS) == "blank line"
    assert boilerplate_reason("Share on Facebook", DEFAULT_PATTERNS) == "sharing buttons"


def test_a_pattern_of_the_empty_line_only_is_tried_on_it_only():
    matcher = LineMatcher(compile_patterns([""], "curator pattern"))
    assert matcher.reason("") == "curator pattern: "
    assert matcher.reason("a") is None
    assert matcher.candidates("a", 1) == ()
    assert matcher.tries == 1


def test_the_share_widget_has_required_strings():
    matcher = LineMatcher(DEFAULT_PATTERNS)
    widget = next(s for s in matcher.screens if s.pattern.pattern.startswith("(?:share|compartir"))
    assert widget.shortest > 0 and widget.folded

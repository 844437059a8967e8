"""Issue #10 (parse time), the quotes' share: the shortcuts in speakers.py give the same
answers as the patterns they skip."""

import pytest

from archive.ingest import speakers


@pytest.mark.parametrize(
    "text",
    [
        "said",
        "Hornung said. Unsaid words, saidx, x_said and said_ are not verbs; said",
        "He told reporters, added that… she noted, warned, stressed and explained; argued",
        "continued:continued said-said 'said' “said” says‐so",
        "Blinken saidsaid said said",
    ],
)
def test_verb_spans_are_the_verb_pattern_matches(text):
    assert speakers.verb_spans(text) == [m.span() for m in speakers._VERB.finditer(text)]


def _ungated(after: str, before: str) -> tuple[str, str, int]:
    """attribution() as written before the verb check: every pattern tried."""
    form = speakers.attribution(after, "")
    if form[0] and not form[0].startswith("aside"):
        return form
    return speakers._subject_before(before)


@pytest.mark.parametrize(
    "after, before",
    [
        (" he said.", ""),
        ("", "Blinken said: "),
        ("", "Blinken told reporters on Friday: "),
        ("", "The Japanese foreign minister said the alliance "),
        ("", "One of them, said Biden, "),
        ("", "Uno de ellos, dijo Biden, "),
        ("", "Biden,said Kerry, "),
        ("", "Blinken praised the ties of "),
        ("", "Blinken talked about the challenges "),
        ("", "Hayashi ha detto che "),
        ("", "The talks were described as "),
        ("", "Blinken: "),
        ("", "The secretary also said the two sides "),
        (" Blinken wrote.", "It was, "),
        ("", "Under the heading, "),
    ],
)
def test_the_verb_check_changes_no_answer(after, before):
    assert speakers.attribution(after, before) == _ungated(after, before)


def test_no_verb_before_the_quote_is_no_subject():
    assert speakers.attribution("", "The talks were called ") == ("", "", 0)
    assert speakers.attribution("", "Blinken, ") == ("", "", 0)

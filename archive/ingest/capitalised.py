"""Runs of capitalised words in a text ("Prime Minister Rishi Sunak"), each without its
leading titles: where people.py looks for misspelt known names and for unknown ones; and
the edit distance a misspelt name is measured by.

Both readers take the runs of one body from `capitalised_runs`, which finds them once
(the last body read is remembered) instead of once per reader: on a long report the
scan and the trimming of tens of thousands of runs were a large part of the names' cost
(issue #10: parse time).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from archive.ingest.spans import TextMemo

TOKEN = r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?"
# Two or more capitalised words on one line ("[^\S\n]": any space but a line break).
CAPITALISED_RUN = re.compile(rf"{TOKEN}(?:[^\S\n]+(?:[A-Z]\.[^\S\n]+)?{TOKEN})+")
# The same matches as CAPITALISED_RUN, written to begin with a character class, which
# lets `re` skip to the next capital letter in C instead of trying the pattern at every
# character: the first token's "Mc", "Mac" or "O'" is read after its capital, in the same
# order (tests/ingest/test_linear_parse.py compares the two). Its letters and spaces are
# taken possessively: what may follow a run of small letters (a hyphen, a space) or of
# spaces (a capital) is never one of them, so giving one back never lets a match through,
# and `re` no longer tries each of them in turn after a capitalised word ("The minister").
_TOKEN = r"(?:Mc|Mac|O['’])?[A-Z][a-z]++(?:-[A-Z]?[a-z]++)?"
_FIRST_TOKEN = r"[A-Z](?:(?<=M)(?:c|ac)[A-Z]|(?<=O)['’][A-Z])?[a-z]++(?:-[A-Z]?[a-z]++)?"
FAST_CAPITALISED_RUN = re.compile(rf"{_FIRST_TOKEN}(?:[^\S\n]++(?:[A-Z]\.[^\S\n]++)?{_TOKEN})+")

# Titles, ranks and nationalities trimmed off the front of a run ("Prime Minister Rishi
# Sunak" -> "Rishi Sunak"); their presence is itself a sign the rest is a person.
LEADING_TITLE_WORDS = frozenset(
    """
    Prime Minister Secretary President Vice Deputy Foreign Defense Defence State Chief
    Cabinet Ambassador General Admiral Commander Senator Governor Chancellor Premier
    Spokesman Spokeswoman Professor Dr Mr Mrs Ms Former Acting Japanese British American
    Australian Chinese Korean Indian French German Russian Italian Indonesian US
    """.split()
)


class Run(NamedTuple):
    """A capitalised run: its own span, and the span, word count and words (joined by
    one space) of what follows its leading title words."""

    run_start: int
    run_end: int
    start: int
    end: int
    count: int
    name: str


def trimmed(run: re.Match) -> tuple[int, int, int]:
    """(start, end, words) of a capitalised run without its leading title words."""
    text = run.group(0)
    split = text.split()
    if split[0].rstrip(".") not in LEADING_TITLE_WORDS:  # most runs: nothing to trim
        return run.start(), run.end(), len(split)
    words = list(re.finditer(r"\S+", text))
    skipped = 0
    while skipped < len(words) and words[skipped].group(0).rstrip(".") in LEADING_TITLE_WORDS:
        skipped += 1
    if skipped == len(words):
        return run.end(), run.end(), 0
    return run.start() + words[skipped].start(), run.end(), len(words) - skipped


class _Last:
    """The runs of the last bodies read (`spans.TextMemo`: the body and the headline)."""

    memo = TextMemo()
    scans = 0  # bodies scanned: a count for tests (tests/ingest/test_linear_parse.py)


def capitalised_runs(body: str) -> tuple[Run, ...]:
    """Every capitalised run of `body`, in order (CAPITALISED_RUN's matches), trimmed."""
    return _Last.memo.setdefault(body, lambda: _runs(body))


def _runs(body: str) -> tuple[Run, ...]:
    """`trimmed` of each run, with its name, read from one split of the run's text. The
    name is the words after the titles joined by one space: a tail of the whole run's
    words so joined, which is the run's text itself when one space stands between its
    words (nearly every run), so the name's start is found by adding up word lengths.
    (Tens of thousands of runs in a long report: the Run is made with tuple.__new__, a
    call in C.)"""
    _Last.scans += 1
    runs = []
    append, new, titles = runs.append, tuple.__new__, LEADING_TITLE_WORDS
    for match in FAST_CAPITALISED_RUN.finditer(body):
        text = match.group()
        split = text.split()
        run_start, run_end = match.span()
        if split[0].rstrip(".") not in titles:  # most runs: nothing to trim
            append(new(Run, (run_start, run_end, run_start, run_end, len(split), " ".join(split))))
            continue
        skipped, offset = 1, len(split[0]) + 1
        while skipped < len(split) and split[skipped].rstrip(".") in titles:
            offset += len(split[skipped]) + 1
            skipped += 1
        if skipped == len(split):
            append(new(Run, (run_start, run_end, run_end, run_end, 0, "")))
            continue
        joined = " ".join(split)
        start = run_start + (offset if joined == text else _word_start(text, split, skipped))
        name = joined[offset:]
        append(new(Run, (run_start, run_end, start, run_end, len(split) - skipped, name)))
    return tuple(runs)


def _word_start(text: str, split: list[str], number: int) -> int:
    """Where word `number` of `split` (`text.split()`) begins in `text`: at its first
    occurrence past the word before it (a run holds its words and the spaces between)."""
    at = 0
    for word in split[:number]:
        at = text.index(word, at) + len(word)
    return text.index(split[number], at)


def damerau_levenshtein(a: str, b: str, limit: int = 2) -> int:
    """Edit distance counting a swap of neighbours as one edit; stops early past `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous_previous: list[int] | None = None
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if (
                previous_previous is not None
                and i > 1
                and j > 1
                and a[i - 1] == b[j - 2]
                and a[i - 2] == b[j - 1]
            ):
                current[j] = min(current[j], previous_previous[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous_previous, previous = previous, current
    return previous[-1]


def one_edit_apart(a: str, b: str) -> bool:
    """`damerau_levenshtein(a, b, limit=1) <= 1` without the table: equal strings, or one
    character changed, added or dropped, or two neighbours swapped (string comparisons in
    C, where the table is Python work per pair of characters)."""
    if a == b:
        return True
    if len(a) < len(b):
        a, b = b, a
    if len(a) - len(b) > 1:
        return False
    i = 0
    while i < len(b) and a[i] == b[i]:
        i += 1
    if len(a) > len(b):  # one character more: the rest after it is the same
        return a[i + 1 :] == b[i:]
    return a[i + 1 :] == b[i + 1 :] or (
        a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :]
    )

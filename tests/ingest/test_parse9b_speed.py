"""Parse speed, ninth pass, helper B (issue #10): per-character Python loops and per-line
scans replaced by one regex or one pass, each checked against the plain form it replaces
on random texts (results, never times)."""

import random
import re

from archive.ingest import speakers
from archive.ingest.spans import is_word

# Characters a subject before or after a verb is made of, and what stops it.
_PIECES = [
    "said", "says", "told", "added", "noted", " ", "  ", "\n", "\u00a0", "\u3000", "-", "'",
    "’", "Kim", "O'Brien", "Smith-Jones", "Ōno", "岸田", "_x", "9", ".", ",", "“", "—", "Said",
]  # fmt: skip


def _plain_tables(body: str) -> tuple[dict, dict]:
    """SpeakerIndex's tables read the old way: a Python loop per character."""
    before: dict[str, list[tuple[int, int]]] = {}
    after: dict[str, list[tuple[int, int]]] = {}
    for verb in speakers._VERB.finditer(body):
        end = verb.start()
        while end > 0 and body[end - 1].isspace():
            end -= 1
        if end != verb.start():
            start = end
            while start > 0 and (is_word(body[start - 1]) or body[start - 1] in "'’-"):
                start -= 1
            word_start = end
            while word_start > start and is_word(body[word_start - 1]):
                word_start -= 1
            if word_start < end:
                before.setdefault(body[word_start:end], []).append((start, end))
        start = verb.end()
        while start < len(body) and body[start].isspace():
            start += 1
        if start != verb.end() and start != len(body) and is_word(body[start]):
            word = re.match(r"\w+", body[start:]).group(0)
            after.setdefault(word, []).append((verb.start(), start))
    return before, after


def test_speaker_index_reads_backwards_what_the_loops_read():
    """The chunk before each verb, read by regexes on the reversed body, is the one the
    per-character loops found (spaces of every kind, hyphens, apostrophes, digits,
    letters outside ASCII, a verb at either end of the text)."""
    rng = random.Random(9)
    checked = 0
    for _ in range(400):
        body = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 40)))
        index = speakers.SpeakerIndex(body)
        assert (index._before, index._after) == _plain_tables(body), body
        checked += bool(index._before or index._after)
    assert checked > 100


def test_speaker_index_latest_against_the_regex():
    """`latest(surname)` is the last start of the regex the module's docstring gives."""
    rng = random.Random(10)
    for _ in range(200):
        body = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 30)))
        index = speakers.SpeakerIndex(body)
        for surname in ("Kim", "O'Brien", "Smith-Jones", "Jones", "Ōno", "x"):
            name = re.escape(surname)
            verbs = speakers.SPEECH_VERBS
            pattern = re.compile(rf"\b{name}\s+{verbs}\b|\b{verbs}\s+{name}\b")
            starts = [p for p in range(len(body)) if pattern.match(body, p)]
            assert index.latest(surname) == (starts[-1] if starts else -1), (body, surname)

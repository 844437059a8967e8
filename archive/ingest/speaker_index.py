"""Where a surname is used as a speaker ("Hornung said", "said Hornung"), read in one pass
(people.find_unknown_names asks it of each capitalised run).

`SpeakerIndex(body).latest(surname)` is the last position at which
`re.search(rf"\\b{surname}\\s+{SPEECH_VERBS}\\b|\\b{SPEECH_VERBS}\\s+{surname}\\b", body)`
could start a match, so "is the surname a speaker after position p" costs one dictionary
look-up instead of a search through the rest of the text per capitalised run.

A surname here is a capitalised word as `people.TOKEN` prints it: ASCII letters, maybe
joined by a hyphen or an apostrophe ("Smith-Jones", "O'Brien"). Such a surname before a
verb ends where the spaces before the verb begin, and is a tail of the letters, hyphens
and apostrophes there (a "chunk") whose last word equals the surname's last word; after a
verb it is a head of the chunk after the spaces, sharing its first word. Chunks are
indexed by that word and compared with the surname when it is asked for.
"""

from __future__ import annotations

import re

from archive.ingest import prefilter
from archive.ingest.spans import is_word

SPEECH_VERBS = r"(?:said|says|told|added|noted|warned|stressed|explained|argued|continued)"

_VERB = re.compile(rf"\b{SPEECH_VERBS}\b")
# _VERB begins with \b, so `re` tries it at every character of the body: tried instead
# where one of the verbs begins (one automaton pass; the same matches).
_VERB_SCAN = prefilter.PatternScan((_VERB,))
# The same matches again, each verb looked for with `str.find` (ten passes in C beat one
# automaton pass that hands every hit to Python: 0.06 against 0.10 CPU s on a 5 MB
# report printed as one line); `_VERB` stays the definition the tests compare with.
_SPEECH_VERB_WORDS = tuple(SPEECH_VERBS.removeprefix("(?:").removesuffix(")").split("|"))


def verb_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of every match of `_VERB` in `body`, in order."""
    found, size = [], len(body)
    for verb in _SPEECH_VERB_WORDS:
        start = body.find(verb)
        while start >= 0:
            end = start + len(verb)
            if (start == 0 or not is_word(body[start - 1])) and (
                end == size or not is_word(body[end])
            ):
                found.append((start, end))
            start = body.find(verb, start + 1)
    found.sort()
    return found


_WORD = re.compile(r"\w+")
# Backwards from a verb: the spaces before it, then the chunk (`\w` and "'’-") and its
# last word, read as forward matches on the reversed body (in C; a loop per character in
# Python cost 0.03 CPU s/MB on a report printed as one line, 36,000 verbs in 5 MB).
_SPACES = re.compile(r"\s*")
_CHUNK = re.compile(r"[\w'’-]*")
_WORD_CHARS = re.compile(r"\w*")


class SpeakerIndex:
    def __init__(self, body: str):
        self._body = body
        self._before: dict[str, list[tuple[int, int]]] = {}  # last word -> (chunk start, end)
        self._after: dict[str, list[tuple[int, int]]] = {}  # first word -> (verb start, chunk)
        self._cache: dict[str, int] = {}
        verbs = verb_spans(body)
        backwards = body[::-1] if verbs else ""
        for verb_start, verb_end in verbs:
            self._index_before(backwards, verb_start)
            self._index_after(verb_start, verb_end)

    def _index_before(self, backwards: str, verb_start: int) -> None:
        """The chunk ending where the spaces before the verb begin, by its last word.
        `backwards` is the body reversed: body[:i] read backwards begins at size - i."""
        size = len(backwards)
        end = size - _SPACES.match(backwards, size - verb_start).end()
        if end == verb_start:
            return
        start = size - _CHUNK.match(backwards, size - end).end()
        word_start = size - _WORD_CHARS.match(backwards, size - end, size - start).end()
        if word_start < end:
            self._before.setdefault(self._body[word_start:end], []).append((start, end))

    def _index_after(self, verb_start: int, verb_end: int) -> None:
        body = self._body
        start = _SPACES.match(body, verb_end).end()
        if start == verb_end or start == len(body) or not is_word(body[start]):
            return
        word = _WORD.match(body, start)
        self._after.setdefault(word.group(0), []).append((verb_start, start))

    def latest(self, surname: str) -> int:
        """The last start of a "surname verb" or "verb surname" match; -1 when none."""
        if surname not in self._cache:
            self._cache[surname] = max(self._latest_before(surname), self._latest_after(surname))
        return self._cache[surname]

    def _latest_before(self, surname: str) -> int:
        body, latest = self._body, -1
        words = _WORD.findall(surname)
        for chunk_start, end in self._before.get(words[-1] if words else "", ()):
            start = end - len(surname)
            if (
                start >= chunk_start
                and body.startswith(surname, start)
                and (start == 0 or not is_word(body[start - 1]))
            ):
                latest = max(latest, start)
        return latest

    def _latest_after(self, surname: str) -> int:
        body, latest = self._body, -1
        words = _WORD.findall(surname)
        for verb_start, start in self._after.get(words[0] if words else "", ()):
            end = start + len(surname)
            if body.startswith(surname, start) and (end == len(body) or not is_word(body[end])):
                latest = max(latest, verb_start)
        return latest

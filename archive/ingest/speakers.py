"""Where a surname is used as a speaker ("Hornung said", "said Hornung"), read in one pass.

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

from archive.ingest.spans import is_word

SPEECH_VERBS = r"(?:said|says|told|added|noted|warned|stressed|explained|argued|continued)"
_VERB = re.compile(rf"\b{SPEECH_VERBS}\b")
_WORD = re.compile(r"\w+")
_CHUNK_CHARS = "'’-"


def _in_chunk(char: str) -> bool:
    return is_word(char) or char in _CHUNK_CHARS


class SpeakerIndex:
    def __init__(self, body: str):
        self._body = body
        self._before: dict[str, list[tuple[int, int]]] = {}  # last word -> (chunk start, end)
        self._after: dict[str, list[tuple[int, int]]] = {}  # first word -> (verb start, chunk)
        self._cache: dict[str, int] = {}
        for verb in _VERB.finditer(body):
            self._index_before(verb.start())
            self._index_after(verb.start(), verb.end())

    def _index_before(self, verb_start: int) -> None:
        body, end = self._body, verb_start
        while end > 0 and body[end - 1].isspace():
            end -= 1
        if end == verb_start:
            return
        start = end
        while start > 0 and _in_chunk(body[start - 1]):
            start -= 1
        word_start = end
        while word_start > start and is_word(body[word_start - 1]):
            word_start -= 1
        if word_start < end:
            self._before.setdefault(body[word_start:end], []).append((start, end))

    def _index_after(self, verb_start: int, verb_end: int) -> None:
        body, start = self._body, verb_end
        while start < len(body) and body[start].isspace():
            start += 1
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

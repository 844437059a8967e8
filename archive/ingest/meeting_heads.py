"""What a report's head calls the meeting: the kinds of words (`meeting_words.KIND_WORDS`)
its headline uses, or, when the headline names no meeting, its opening sentence.

A report that covers one table of a day with several names that table where it begins
("日米外相会談", "Secretary Blinken's Meeting with Foreign Minister Hayashi") and the
others later, as its occasion ("on the occasion of the 2+2", "ahead of the Quad"). A
second table the head does not name is then no second subject of the report, however
its words share out over the body (`meeting_links._second_meetings`).

Only the headline (the text's last line, where the pipeline puts it, when short and not
a sentence) and the opening sentence are read: two short strings, whatever the body's
length. Pure: no Django.
"""

from __future__ import annotations

import re

from archive.ingest.meeting_signs import _KIND_PATTERNS

# The opening sentence: the first line at least this long (shorter lines are banners,
# datelines and speakers' names), up to its first full stop; at most this many
# characters of it are read.
_OPENING_MIN = 24
_OPENING_MAX = 400
# The headline is the text's last line when it is this short and ends in no full stop.
_HEADLINE_MAX = 160
_ENDS = (".", "。", "!", "?", "！", "？")
# A sentence's end in folded (lower-case) text: not the dot of an initial or of "u.s."
# ("u.s. summit", "j. blinken") or of a title ("mr. kishida").
_SENTENCE_END = re.compile(
    r"[。！？]|(?<!\.\w)(?<!\b\w)(?<!\bmrs)(?<!\bmr)(?<!\bms)(?<!\bdr)[.!?](?=\s|$)"
)


def _headline(folded: str) -> str:
    start = folded.rfind("\n") + 1
    if len(folded) - start > 2 * _HEADLINE_MAX:
        return ""  # a long last line is a paragraph (never copied: a page may be one line)
    line = folded[start:].strip()
    if len(line) > _HEADLINE_MAX or line.endswith(_ENDS):
        return ""
    return line


def _opening(folded: str) -> str:
    """From the first line long enough to be a sentence to the sentence's end, read
    on over the lines a wrapped paragraph goes on with."""
    at = 0
    for line in folded[:2000].split("\n"):
        if len(line.strip()) >= _OPENING_MIN:
            text = folded[at : at + _OPENING_MAX]
            paragraph = text.split("\n\n", 1)[0]
            end = _SENTENCE_END.search(paragraph)
            return " ".join(paragraph[: end.end() if end else None].split())
        at += len(line) + 1
    return ""


def _kinds(text: str) -> frozenset[str]:
    return frozenset(name for name, pattern in _KIND_PATTERNS.items() if pattern.search(text))


def head_kinds(folded: str) -> frozenset[str]:
    """The kinds of words for a meeting the headline uses, or, if it uses none, the
    opening sentence; `folded` is the meeting text as `prefilter.fold` gives it (the
    headline last). "pair" (one minister meeting the other) counts as a word of two."""
    kinds = _kinds(_headline(folded))
    return kinds or _kinds(_opening(folded))

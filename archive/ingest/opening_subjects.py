"""Whom "he" or "she" stands for when no one was quoted before: the known person the
sentence before opens with as its subject (quotes.py: "“…,” she said" after "U.S.
Secretary of State Condoleezza Rice met …", "he talked about … as follows:" after
"Later, the Prime Minister held a press conference"). Only the subject counts: a name
owning something ("Prime Minister Kishida's spokesman briefed …"), the object of a verb
("A senior official briefed reporters after Secretary Blinken met …") or a phrase
("Asked about Kishida's visit, …") is not whom the pronoun stands for. `reading` is
quotes._Reading."""

from __future__ import annotations

import re

from archive.ingest.quote_subjects import role_subject
from archive.ingest.roles import BARE_ROLE
from archive.ingest.sentence_breaks import SentenceBreaks

# Before a sentence's subject: a short phrase closed by a comma ("Later, ", "From
# February 21 to 24, ", "On Monday, "), then the words of a title ("Prime Minister ",
# "U.S. Secretary of State ").
_OPENING_PHRASE = re.compile(r"\s*(?:[A-Z][^,.;:!?“”\"\n]{0,40},\s+)?")
_TITLE_RUN = re.compile(r"(?:(?:[A-Z][\w.'’-]*|of|the|for|and)\s+)*")
_POSSESSIVE = ("'s", "’s", "'", "’")
# A bare title as the subject, its verb after it: "the Prime Minister held …".
_BARE_SUBJECT = re.compile(rf"{BARE_ROLE}(?=\s+[a-z])")


def opening_subject(reading, sentence: str, start: int) -> tuple[str | None, str] | None:
    """(slug, name) of the known person `sentence` (at `start` in the body) opens with as
    its subject: its first known name, after at most a phrase closed by a comma and the
    words of a title, with no possessive after it; or a bare title so placed, the person
    named last who holds such a post (quote_subjects.role_subject). None otherwise."""
    lead = _OPENING_PHRASE.match(sentence).end()
    named = reading.mentions.within(start, start + len(sentence))
    if named and named[0].start - start >= lead:
        first, at = named[0], named[0].start - start
        if _TITLE_RUN.fullmatch(sentence, lead, at) and not sentence.startswith(
            _POSSESSIVE, first.end - start
        ):
            return first.slug, first.form
        return None
    bare = _BARE_SUBJECT.match(sentence, lead)
    if bare is None:
        return None
    slug, name = role_subject(reading, bare.group(0), start + bare.start())
    return (slug, name) if slug else None


def subject_before(
    reading, breaks: SentenceBreaks, offset: int, sentence_start: int
) -> tuple[str | None, str] | None:
    """opening_subject of the sentence before the one at `sentence_start` in the paragraph
    `breaks` reads (at `offset` in the body), or of the paragraph above's last sentence
    when that one opens the paragraph."""
    if sentence_start > 0:
        _, sentence, start = breaks.around(sentence_start - 1, sentence_start - 1)
        return opening_subject(reading, sentence, offset + start)
    above_offset, above = reading.above
    if not above:
        return None
    _, sentence, start = SentenceBreaks(above).around(len(above), len(above))
    return opening_subject(reading, sentence, above_offset + start)

"""Who speaks a paragraph that is one quote, announced by the paragraph above (quotes.py's
"introduced" form): the speaker the last sentence above names with a speech verb ("Kerry
said the talks…", "he talked about … as follows:", a role: "the Japanese foreign minister
said:") or reacting ("…, Hayashi told reporters"), or the subject of a CJK paragraph
announcing the quote below ("総理は…次のように述べました。"). Split from quotes.py;
`reading` is its _Reading."""

from __future__ import annotations

import re

from archive.ingest import cjk_quotes
from archive.ingest.cjk import mostly_cjk
from archive.ingest.loose_speakers import INTRODUCED_BY
from archive.ingest.opening_subjects import opening_subject, subject_before
from archive.ingest.quote_marks import quote_spans
from archive.ingest.quote_subjects import name_subject, role_subject
from archive.ingest.sentence_breaks import SentenceBreaks
from archive.ingest.speakers import PRONOUNS, VERBS, attribution

ROLE_FORMS = ("quote-verb-role", "quote-role-verb", "role-verb-quote")


# A paragraph ending in a verb of saying and a comma or colon after its own quotes, the
# sentence wrapped onto the next line: "Trump membalas dengan menyebut Takaichi sebagai
# “teman baru yang luar biasa,” dan mengatakan," over "“Saya selalu menghormati Jepang.”".
_ENDS_SAYING = re.compile(rf"[\s,](?:and\s+|dan\s+|y\s+|e\s+)?(?:{VERBS})\s*[,:]\s*$")


# The verb's own subject between the last quote and the verb ("… and Yamada said:").
_OWN_SUBJECT = re.compile(
    rf"(?<![\w'’-])(?P<who>(?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w'’-]+)\s+(?:{VERBS})\s*[,:]\s*$"
)


def latin_introducer(reading) -> tuple[str | None, str] | None:
    """The speaker the last sentence of the paragraph above names, if it holds no quote
    (or ends, after its quotes, in a verb of saying and a comma: its opening subject)."""
    offset, above = reading.above
    if not above or mostly_cjk(above):
        return None
    if quote_spans(above):
        return _saying_after_quotes(reading, offset, above)
    breaks = SentenceBreaks(above)
    _, sentence, sentence_start = breaks.around(len(above), len(above))
    form, who, at = attribution("", sentence)
    who_start = offset + sentence_start + at
    if form in ROLE_FORMS:
        slug, name = role_subject(reading, who, who_start)
        return (slug, name) if slug else None
    if form in ("name-verb-quote", "name-verb-colon-quote", "aside-verb-name-quote"):
        _, slug, name = name_subject(reading, form, who, who_start)
        if not name and who.lower() in PRONOUNS:
            # "he talked about … as follows:" with no one quoted yet: the subject the
            # sentence before opens with.
            found = subject_before(reading, breaks, offset, sentence_start)
            slug, name = found or (None, "")
        return (slug, name) if (slug or name) and name.lower() not in ("it", "they") else None
    reacted = INTRODUCED_BY.search(sentence)
    if reacted is None:
        return None
    start = offset + sentence_start + reacted.start("who")
    known = reading.mentions.overlapping(start, start + len(reacted.group("who")))
    if not known:
        return None
    reading.previous = (known[-1].slug, known[-1].form)
    return reading.previous


def _saying_after_quotes(reading, offset: int, above: str) -> tuple[str | None, str] | None:
    """The opening subject of the paragraph above's last sentence, when it ends, after its
    last quote, in a verb of saying and a comma or colon (_ENDS_SAYING)."""
    last_end = quote_spans(above)[-1][1]
    if not _ENDS_SAYING.search(above, last_end):
        return None
    own = _OWN_SUBJECT.search(above, last_end)
    if own is not None:  # "… “…,” and Yamada said:": the verb's own subject, if known
        start = offset + own.start("who")
        known = reading.mentions.overlapping(start, start + len(own.group("who")))
        reading.previous = (known[-1].slug, known[-1].form) if known else reading.previous
        return reading.previous if known else None
    breaks = SentenceBreaks(above)
    _, sentence, sentence_start = breaks.around(len(above), len(above))
    found = opening_subject(reading, sentence, offset + sentence_start)
    if found is not None:
        reading.previous = found
    return found


def cjk_introducer(reading) -> tuple[str | None, str] | None:
    offset, above = reading.above
    if not above or quote_spans(above):
        return None
    return cjk_quotes.introduced_speaker(above, offset, reading.mentions)

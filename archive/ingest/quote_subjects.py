"""The subject of a quote a looser shape attributes (speakers.loose_attribution): a known
person as the subject, the last speaker when the verb has none, or the subject of the
sentence before in the languages that drop it. Split from quotes.py; `reading` is its
_Reading."""

from __future__ import annotations

from archive.ingest.results import Mention
from archive.ingest.sentence_breaks import SentenceBreaks
from archive.ingest.speakers import loose_attribution, scare_quote


def loose_subject(
    reading, breaks: SentenceBreaks, offset: int, span: tuple[int, int], text: str
) -> tuple[str, str | None, str] | None:
    """(form, slug, name) from speakers.loose_attribution's shapes: a known person as the
    subject, or the last speaker when the verb has no subject; None otherwise."""
    start, end = span
    after, before, before_start = breaks.around(start, end)
    form, who, who_at, described = loose_attribution(after, before)
    if not form:
        return None
    if not who and form == "name-verb-quote":  # "… a Gates … respondió que “…”"
        named = reading.mentions.within(offset + before_start, offset + start)
        if named:
            reading.previous = (named[-1].slug, named[-1].form)
            return form, named[-1].slug, named[-1].form
    if not who:  # "“…”, insistió.": no subject, the last speaker's words
        slug, name = reading.previous
        if not name:  # no one quoted yet: the subject of the sentence before
            named = sentence_before_subject(reading, breaks, offset, before_start)
            slug, name = (named.slug, named.form) if named else (None, "")
        return (form, slug, name) if name else None
    if form == "name-verb-quote" and scare_quote(text, before, who_at, who):
        return None
    who_start = offset + (end if form.startswith("quote") else before_start) + who_at
    known = reading.mentions.overlapping(who_start, who_start + len(who))
    if not known:
        if not described:  # a place, an outlet: no one
            return None
        reading.previous = (None, who)
        return form, None, who
    reading.previous = (known[-1].slug, known[-1].form)
    return form, known[-1].slug, known[-1].form


def sentence_before_subject(
    reading, breaks: SentenceBreaks, offset: int, sentence_start: int
) -> Mention | None:
    """The first known person the sentence before the one at `sentence_start` names, its
    subject in the languages that drop it after ("Pompeo agradeció en Twitter al canciller
    Motegi… / “…”, escribió en la red social."): in this paragraph, or the last sentence
    of the paragraph above."""
    if sentence_start > 0:
        _, sentence, start = breaks.around(sentence_start - 1, sentence_start - 1)
        start += offset
    else:
        above_offset, above = reading.above
        if not above:
            return None
        _, sentence, start = SentenceBreaks(above).around(len(above), len(above))
        start += above_offset
    named = reading.mentions.within(start, start + len(sentence))
    return named[0] if named else None

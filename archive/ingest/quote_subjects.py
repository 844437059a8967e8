"""The subject of a quote, once its shape is read: a name, a pronoun ("he" is the last
speaker, or the person the paragraph above reports as saying something) or a role
(`name_subject`, `role_subject`, `reported_above`); and the subject a looser shape
attributes (loose_speakers.loose_attribution): a known person as the subject, the last speaker
when the verb has none, or the subject of the sentence before in the languages that drop
it. Split from quotes.py; `reading` is its _Reading."""

from __future__ import annotations

import re
from collections.abc import Sequence

from archive.ingest.cjk import mostly_cjk
from archive.ingest.loose_speakers import loose_attribution
from archive.ingest.people import LEADING_TITLE_WORDS
from archive.ingest.quote_marks import has_quote_mark
from archive.ingest.quote_window import QuoteWindow
from archive.ingest.results import Mention
from archive.ingest.sentence_breaks import SentenceBreaks
from archive.ingest.spans import mention_index
from archive.ingest.speakers import (
    PRONOUNS,
    attribution,
    glued_speaker,
    role_speaker,
    scare_quote,
)


def loose_subject(
    reading, breaks: SentenceBreaks, offset: int, span: tuple[int, int], text: str
) -> tuple[str, str | None, str] | None:
    """(form, slug, name) from loose_speakers.loose_attribution's shapes: a known person as the
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
            named = _subject_before_quote(reading, breaks, offset, (before, before_start), start)
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


_ENDS_A_SENTENCE = re.compile(r"[.!?…][”’\"')]*$")


def _subject_before_quote(
    reading, breaks: SentenceBreaks, offset: int, before: tuple[str, int], start: int
) -> Mention | None:
    """The subject of the sentence before a quote that opens its own sentence: the known
    person the words before the quote open with when they end one ("Takaichi, quien asumió
    el cargo…, destacó que… . “…”, declaró."; no break is read before a quote, so they are
    that sentence; a name in an opening phrase, "Con Yamada a su lado, Dunmore defendió…",
    is not it), else sentence_before_subject's."""
    words, before_start = before
    if _ENDS_A_SENTENCE.search(words.rstrip()):
        named = reading.mentions.within(offset + before_start, offset + start)
        lead = words[: named[0].start - offset - before_start].split() if named else None
        if named and all(word.rstrip(".") in LEADING_TITLE_WORDS for word in lead):
            return named[0]  # the sentence opens with the name ("Takaichi, quien …,")
        # (imported here: opening_subjects imports this module's role_subject)
        from archive.ingest.opening_subjects import opening_subject

        return _known(reading, opening_subject(reading, words, offset + before_start))
    return sentence_before_subject(reading, breaks, offset, before_start)


def _known(reading, found: tuple[str | None, str] | None) -> Mention | None:
    """The mention of opening_subject's (slug, name), for the callers that take one."""
    if found is None or found[0] is None:
        return None
    return Mention(found[0], 0, 0, found[1])


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
        _, sentence, start = QuoteWindow(above).around(len(above), len(above))
        start += above_offset
    named = reading.mentions.within(start, start + len(sentence))
    return named[0] if named else None


def _speaker(
    who: str, who_start: int, mentions: Sequence[Mention], previous: tuple[str | None, str]
) -> tuple[str | None, str, bool]:
    """(slug, printed name, is_pronoun) for an attribution's subject."""
    if who.lower() in PRONOUNS:
        return previous[0], previous[1], True
    if who.lower() in ("it", "they"):
        return None, who, True
    who_end = who_start + len(who)
    inside = mention_index(mentions).overlapping(who_start, who_end)
    if inside:
        return inside[-1].slug, inside[-1].form, False
    words = who.split()
    while len(words) > 1 and words[0].rstrip(".") in LEADING_TITLE_WORDS:
        words = words[1:]
    return None, " ".join(words), False


def role_subject(reading, who: str, who_start: int) -> tuple[str | None, str]:
    """(slug, name) for a role subject; its holder, if one, counts as mentioned."""
    slug, name, mention = role_speaker(
        who, who_start, reading.body, reading.mentions, reading.index, reading.on
    )
    if mention is not None:
        reading.roles.append(mention)
    reading.previous = (slug, name if slug else "")
    return slug, name


def name_subject(reading, form: str, who: str, who_start: int) -> tuple[str, str | None, str]:
    """(form, slug, name) for a name or pronoun subject; "he said" after a quote is the
    quote-pronoun-verb form."""
    slug, name, pronoun = _speaker(who, who_start, reading.mentions, reading.previous)
    if slug is None and not pronoun:
        slug, name = glued_speaker(name, reading.index) or (slug, name)
    if slug is None and not pronoun:
        slug = _named_elsewhere(reading, name)
    if pronoun and form == "quote-name-verb":
        form = "quote-pronoun-verb"
    if name and name.lower() not in ("it", "they"):
        reading.previous = (slug, name)
    return form, slug, name


def _named_elsewhere(reading, name: str) -> str | None:
    """The one person the report names in full elsewhere whose surname is the subject
    `name`, a surname alone: a quote may come before the full name ("“…,” ungkap Kishida
    dalam konferensi pers." above "Perdana Menteri Jepang Fumio Kishida menyatakan…")."""
    if reading.index is None or " " in name or not name[:1].isupper():
        return None
    bearers = set(reading.index.people_by_surname.get(name, ()))
    named = bearers & {mention.slug for mention in reading.mentions} if bearers else set()
    return named.pop() if len(named) == 1 else None


def reported_above(reading) -> tuple[str | None, str] | None:
    """The known person the last sentence of the paragraph above reports as saying
    something, when that paragraph holds no quote ("Mr. Aso says only the U.S. and Japan
    have…" over "“We are…,” he said."): the one "he" stands for, rather than whoever was
    quoted before."""
    offset, above = reading.above
    if not above or has_quote_mark(above) or mostly_cjk(above):
        return None
    # (its last sentence within a quote's window: read again for every "he said" below it)
    _, sentence, sentence_start = QuoteWindow(above).around(len(above), len(above))
    form, who, at = attribution("", sentence)
    if form != "name-verb-quote" or who.lower() in PRONOUNS:
        return None
    start = offset + sentence_start + at
    known = reading.mentions.overlapping(start, start + len(who))
    return (known[-1].slug, known[-1].form) if known else None


def reported_before(
    reading, breaks: SentenceBreaks, offset: int, before: tuple[str, int], quote_first: bool
) -> tuple[str | None, str] | None:
    """The known person the words right before the quote's sentence, in its paragraph,
    report as saying something, when they hold no quote ("Aso told reporters the talks
    were productive. “It was a good meeting,” he said."): the one "he" stands for, as in
    reported_above, rather than whoever was quoted before. `before`: the words before the
    quote in its sentence and where they start (after a quote that comes first, its
    pronoun after it, they are the sentence before: no break is read before a quote)."""
    words, start = before
    if not quote_first:  # "he said, “…”": the sentence before this one
        if start <= 0:
            return None
        _, words, start = breaks.around(start - 1, start - 1)
    if not words.strip() or has_quote_mark(words):
        return None
    form, who, at = attribution("", words)
    if form != "name-verb-quote" or who.lower() in PRONOUNS:
        return None
    at += offset + start
    known = reading.mentions.overlapping(at, at + len(who))
    return (known[-1].slug, known[-1].form) if known else None


# Sentences looked back over, in the quote's paragraph, for the one reporting its speaker.
MAX_REPORTED_SENTENCES = 2


def reported_in_paragraph(
    reading, breaks: SentenceBreaks, offset: int, before: tuple[str, int]
) -> tuple[str | None, str] | None:
    """The known person whose reported words run up to a quote that is a sentence of its
    own ("Kirby said commanders have the right of self-defense. They have also prepared
    for attacks. “We're very mindful of the threat.”"): the subject of "X said …" in one
    of the last MAX_REPORTED_SENTENCES sentences before it in its paragraph, when no other
    person is named and no quote stands between. `before`: the words before the quote and
    where they start (no break is read before a quote: they hold the sentence before)."""
    words, start = before
    for _ in range(MAX_REPORTED_SENTENCES):
        if not words.strip() or has_quote_mark(words):
            return None
        form, who, at = attribution("", words)
        named = reading.mentions.within(offset + start, offset + start + len(words))
        if form == "name-verb-quote" and who.lower() not in PRONOUNS:
            who_start = offset + start + at
            known = reading.mentions.overlapping(who_start, who_start + len(who))
            others = {m.slug for m in named} - {m.slug for m in known}
            return (known[-1].slug, known[-1].form) if known and not others else None
        if named or start <= 0:
            return None
        _, words, start = breaks.around(start - 1, start - 1)
    return None

"""Direct quotes in the body and who said them.

Quote marks are paired within a paragraph (curly or straight; a straight mark opens after
a space or at the start, and closes otherwise: quote_marks.py). Each quote is then
attributed by the first form that fits:

  quote-name-verb        “…,” Blinken said
                         “…,” Japanese Defense Minister Nobuo Kishi told reporters
  quote-verb-name        “…,” said Blinken, after a meeting / “…,” said Daniel Russell, who…
  quote-pronoun-verb     “…,” he added   (he/she = the previous speaker; "it said" = no person)
  name-verb-colon-quote  Blinken said: “…”
  name-verb-quote        Blinken said the alliance “must not only…”
                         Blinken talked about the challenges “such as…” (a talk verb:
                         the quote within MAX_TALK_GAP_WORDS words of it)
  quote-verb-role        “…,” said the Japanese foreign minister
  quote-role-verb        “…,” the US secretary of state said
  role-verb-quote        The Japanese foreign minister said: “…” / said the alliance “…”
                         / talked about the challenges “such as…”
  aside-verb-name-quote  One of them, said Biden, “…” / Uno de ellos, dijo Biden, “…”
  continuation           a paragraph that is one quote, right after an attributed quote
  introduced             a paragraph that is one quote, under a paragraph whose last
                         sentence names a speaker: "Kerry said the talks…" (Latin) or
                         "総理は…次のように述べました。" (cjk_quotes.introduced_speaker)
  same-speaker           a later quote of a paragraph whose earlier quote is attributed,
                         no one else named between: “…,” said Ishiba. “And …”
  unattributed           anything else of at least MIN_UNATTRIBUTED_WORDS words (shorter
                         ones are scare quotes: “continuous threat”)

Chinese, Japanese and Korean paragraphs (quotes in 「」, 『』, “” or "") are attributed
by archive/ingest/cjk_quotes.py: name-quote-verb (林外務大臣は「…」と述べました), name-verb-
quote (布林肯说：“…”), quote-name-verb and pronoun-verb-quote (同大臣は「…」と述べた).

A role subject (archive/ingest/roles.py) is the person who held that post on the report's
date, and a bare title ("the secretary", "the Pentagon chief") the person named last who
holds such a post; a known name right after it ("the Japanese foreign minister,
Yoshimasa Hayashi") wins. A role that no one person held that day leaves the quote
unattributed; it does not fall back to an earlier name in the sentence. In a report with no
date a role is read as a bare title with its country ("el canciller estadounidense": the
last person named who held the United States' foreign post).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from archive.ingest import cjk_quotes, transcripts
from archive.ingest.cjk import mostly_cjk, units
from archive.ingest.cjk_short_names import ShortNames
from archive.ingest.cjk_subjectless import subject_since, written_down
from archive.ingest.cjk_title_subjects import bare_title_speaker
from archive.ingest.opening_subjects import subject_before
from archive.ingest.participle_speakers import participle_subject
from archive.ingest.quote_introducers import ROLE_FORMS, cjk_introducer, latin_introducer
from archive.ingest.quote_marks import (
    CLOSERS,
    has_quote_mark,
    opens_with_quote,
    quote_spans,
    quote_text,
)
from archive.ingest.quote_names import (
    inside_a_name,
    is_a_slogan,
    names_a_thing,
    reads_as_a_title,
)
from archive.ingest.quote_speakers import headline_leaders, run_on, signature_speaker
from archive.ingest.quote_speakers import speaker_line as read_speaker_line
from archive.ingest.quote_subjects import (
    loose_subject,
    name_subject,
    reported_above,
    reported_before,
    reported_in_paragraph,
    role_subject,
    sentence_before_subject,
)
from archive.ingest.quote_window import QuoteWindow
from archive.ingest.reference import ReferenceIndex
from archive.ingest.results import Mention, QuoteHit
from archive.ingest.roles import title_only_mentions
from archive.ingest.sentence_breaks import SentenceBreaks
from archive.ingest.spans import MentionIndex
from archive.ingest.speakers import (
    PRONOUNS,
    attribution,
    bracket_speaker,
    scare_quote,
)
from archive.ingest.spoken_phrases import spoken
from archive.ingest.wrapped_lines import wrapped_after

FORMS = (
    "quote-name-verb",
    "name-quote-verb",  # CJK: 林外務大臣は「…」と述べました (archive/ingest/cjk_quotes.py)
    "pronoun-verb-quote",  # CJK: 同大臣は「…」と述べた, 他说：“…”
    "speaker-line-quote",  # a paragraph that is one quote, under "Name / title"
    "transcript-turn",  # SECRETARY BLINKEN: Good evening. (archive/ingest/transcripts.py)
    "speech-heading",  # [Opening Statement by Prime Minister Kishida] over the speech
    "quote-verb-name",
    "quote-pronoun-verb",
    "name-verb-colon-quote",
    "name-verb-quote",
    "aside-verb-name-quote",  # One of them, said Biden, “…”
    "quote-verb-role",
    "quote-role-verb",
    "role-verb-quote",
    "continuation",
    "introduced",  # a paragraph that is one quote, under "Kerry said the talks…"
    "same-speaker",  # “…,” he said. “But …” (no one else named between)
    "first-person",  # in a turn: “…”,当我说完这句话后 (the turn's speaker)
    "quoted-back",  # in a question: 「…」と言われましたが (the one asked, transcripts.py)
    "relayed",  # “…”고 국무부가 밝혔습니다: the spokesperson who relays it (cjk_quotes)
    "unattributed",
)
MIN_UNATTRIBUTED_WORDS = 8
MIN_PARTIAL_WORDS = 2
_ENDS_A_SENTENCE = re.compile(r"[.!?…]$")
# After a quote, the end of its sentence ("… “carefully and attentively”.").
_SENTENCE_GOES_ON_NO_FURTHER = re.compile(r"\s*[.!?…]?\s*$")


def find_quotes(
    body: str,
    mentions: Sequence[Mention],
    *,
    index: ReferenceIndex | None = None,
    on: date | None = None,
) -> list[QuoteHit]:
    """Every quote worth keeping, attributed where one of FORMS fits; see module docstring.

    Role subjects ("the Japanese foreign minister") need `index` and the report's date `on`.
    """
    return find_quotes_and_roles(body, mentions, index=index, on=on)[0]


def find_quotes_and_roles(
    body: str,
    mentions: Sequence[Mention],
    *,
    index: ReferenceIndex | None = None,
    on: date | None = None,
    headline: Sequence[Mention] = (),
    title: str = "",
    turns: list | None = None,
) -> tuple[list[QuoteHit], list[Mention]]:
    """find_quotes, and a Mention for each role subject read as a known person (the role
    phrase as its form), each known transcript speaker (the label as its form) and each
    holder of two countries' posts named together ("日米外相") or of a named person's
    counterpart ("his Japanese counterpart", roles.title_only_mentions), so that the
    person counts as mentioned; `headline`'s people speak under a bare-title label, and
    `title` (the headline) tells a leaders' joint press conference (transcripts.py).
    `turns`: `transcripts.read_turns` already read with the same arguments."""
    if turns is None:
        turns = transcripts.read_turns(body, index, mentions, headline, joint=(title, on))
    hits: list[QuoteHit] = [hit for hit, _ in turns]
    # Speakers read from a transcript's labels count as mentioned, like role subjects.
    mentions = MentionIndex(mentions)  # looked up for every quote: in order, by bisection
    reading = _Reading(body, mentions, index, on, [m for _, m in turns if m is not None])
    # (in order of their starts: transcripts.turn_speaker bisects them)
    reading.turns = sorted((hit for hit, _ in turns), key=lambda hit: hit.start)
    reading.short_names = ShortNames(mentions, index.people if index else None, on)
    paragraphs = transcripts.paragraph_offsets(body)
    for number, (offset, paragraph) in enumerate(paragraphs):
        above = reading.above = paragraphs[number - 1] if number else (0, "")
        reading.below = paragraphs[number + 1][1] if number + 1 < len(paragraphs) else ""
        if not has_quote_mark(paragraph):  # most paragraphs: no quote, maybe a signature
            reading.here, reading.last_paragraph_attributed = None, False
            if hits and hits[-1].form == "unattributed":  # the only quote a line signs
                _signed(reading, offset, paragraph, hits)
            continue
        last = number == len(paragraphs) - 1
        continued = not last and opens_with_quote(paragraphs[number + 1][1])
        found = _paragraph_quotes(
            reading, offset, paragraph, above if number else None, last=last, continued=continued
        )
        hits.extend(found or _signed(reading, offset, paragraph, hits))
    if index is not None:
        reading.roles.extend(title_only_mentions(body, mentions, on, index))
        reading.roles.extend(headline_leaders(title, body, on, index))
    return run_on(sorted(hits, key=lambda hit: hit.start), body), reading.roles


@dataclass
class _Reading:
    """The body being read, and what attributing a quote carries over from the quotes
    before it: the last speaker named (for "he said" and continuations), whether the
    previous paragraph attributed a quote, and the role subjects read as known people."""

    body: str
    mentions: Sequence[Mention]
    index: ReferenceIndex | None
    on: date | None
    roles: list[Mention]
    previous: tuple[str | None, str] = (None, "")
    last_paragraph_attributed: bool = False
    above: tuple[int, str] = (0, "")  # the paragraph above, with its offset
    # The speaker of the last quote attributed in this paragraph, and where it ends.
    here: tuple[str | None, str] | None = None
    here_end: int = 0
    turns: Sequence[QuoteHit] = ()  # the transcript's turns
    continued: bool = False  # the paragraph after this one opens with a quote mark
    short_names: ShortNames | None = None  # CJK short forms of the names printed in full
    below: str = ""  # the paragraph after this one
    carried: tuple[str | None, str] | None = None  # the speaker named there (wrapped_lines)


def _paragraph_quotes(
    reading: _Reading,
    offset: int,
    paragraph: str,
    above: tuple[int, str] | None,
    *,
    last: bool = False,
    continued: bool = False,
) -> list[QuoteHit]:
    """The quotes worth keeping in one paragraph (at `offset` in the body), attributed.
    `above`: the paragraph above (offset, text), read for a speaker only under quotes;
    `last`: the body's last paragraph; `continued`: the next one opens with a quote."""
    hits = []
    attributed_here = False
    reading.here, reading.continued = reading.carried, continued
    reading.here_end, reading.carried = offset, None
    spans = quote_spans(paragraph, last=last, continued=continued)
    # A quote kept open only because the next paragraph opens with a mark is a quote
    # running on when someone is said to speak it; unattributed, a stray mark.
    running_on = set(spans) - set(quote_spans(paragraph, last=last)) if continued else set()
    speaker_line = read_speaker_line(*above, reading.mentions) if spans and above else None
    cjk = bool(spans) and mostly_cjk(paragraph)
    # (each quote's sentence read within a window of it: quote_window.py)
    breaks = QuoteWindow(paragraph) if spans and not cjk else None
    for start, end in spans:
        text = quote_text(paragraph, start, end)
        if text is None:
            continue
        whole = start == 0 and end >= len(paragraph.rstrip("。. "))
        label = bracket_speaker(paragraph, start, offset, reading.mentions) if start else None
        if speaker_line is not None and whole:
            reading.previous = speaker_line
            slug, name = speaker_line
            hit = QuoteHit(slug, text, offset, offset + end, "speaker-line-quote", name)
            attributed = True
        elif label is not None:  # "[파텔 부대변인] “…”"
            reading.previous = label
            hit = QuoteHit(
                *label[:1], text, offset + start, offset + end, "speaker-line-quote", label[1]
            )
            attributed = True
        elif cjk:
            hit, attributed = _cjk_quote(reading, paragraph, offset, (start, end), spans, text)
        else:
            hit, attributed = _latin_quote(reading, breaks, offset, (start, end), text)
        if (start, end) in running_on and not attributed:
            continue
        attributed_here = attributed_here or attributed
        if hit is not None:
            hits.append(hit)
            if hit.speaker_slug or (attributed and hit.speaker_name):
                reading.here, reading.here_end = (hit.speaker_slug, hit.speaker_name), hit.end
    reading.last_paragraph_attributed = attributed_here
    return hits


def _signed(reading: _Reading, offset: int, paragraph: str, hits: list[QuoteHit]) -> list:
    """A paragraph that only signs the unattributed quote above it ("“…”" / "— Antony
    Blinken"): that hit, replaced in `hits`, is the signer's. Returns nothing to add."""
    signer = signature_speaker(offset, paragraph, reading.above, hits, reading.mentions)
    if signer is not None:
        hits[-1] = dataclasses.replace(
            hits[-1], speaker_slug=signer.slug, form="quote-name-verb", speaker_name=signer.form
        )
        reading.previous = (signer.slug, signer.form)
    return []


def _cjk_quote(
    reading: _Reading,
    paragraph: str,
    offset: int,
    span: tuple[int, int],
    spans: list[tuple[int, int]],
    text: str,
) -> tuple[QuoteHit | None, bool]:
    """(the hit or None, whether it was attributed) for a quote in a Chinese, Japanese or
    Korean paragraph, attributed by archive/ingest/cjk_quotes.py."""
    start, end = span
    text = text.rstrip("，、").strip()
    if cjk_quotes.qualifies_a_noun(text, paragraph[end:]):
        return None, False  # "「2+2」の作業を通じて…旨述べた": a name in someone's words
    # (the words right before the quote: a document's name and its particle are short)
    document = written_down(paragraph[end : end + 24], paragraph[max(0, start - 16) : start])
    found = None if document else _cjk_attribution(reading, paragraph, offset, span, spans)
    if found is not None:
        form, slug, name = found.form, found.slug, found.name
        if name:
            reading.previous = (slug, name)
        return QuoteHit(slug, text, offset + start, offset + end, form, name), True
    in_a_turn = _in_a_turn(reading, paragraph, offset, span, text)
    if in_a_turn is not None:
        return in_a_turn, True
    whole = start == 0 and end >= len(paragraph.rstrip("。. "))
    if document:  # "「…」と明記された", "共同声明では「…」としている": a document's words
        form, slug, name = "", None, ""
    else:
        form, slug, name = _carried_over(reading, whole, offset + start, text, cjk_introducer)
    if not form:
        # A quote the text's end cuts off (no closing mark) may be short for that reason:
        # "아울러 “오스틴 장관은 항행의 자유를 수호" ends an excerpt. Half the length and
        # words apart (a clause) still, not "「自由" (a cut name).
        cut = end == len(paragraph) and paragraph[end - 1] not in CLOSERS
        clause = cut and units(text) >= MIN_UNATTRIBUTED_WORDS / 2 and " " in text.strip()
        short = units(text) < MIN_UNATTRIBUTED_WORDS and not clause
        if short or cjk_quotes.reads_as_a_name(text, paragraph[end:]):
            return None, False
        form = "unattributed"
    return QuoteHit(slug, text, offset + start, offset + end, form, name), bool(slug or name)


def _cjk_attribution(
    reading: _Reading,
    paragraph: str,
    offset: int,
    span: tuple[int, int],
    spans: list[tuple[int, int]],
) -> cjk_quotes.Attribution | None:
    """Who the words around a CJK quote say said it (cjk_quotes.attribute); an
    institution's words, the spokesperson's who relays them; else a bare title as the
    sentence's subject: "大臣は「…」と述べた", the person last named with that title."""
    start, end = span
    found = cjk_quotes.attribute(
        paragraph,
        offset,
        start,
        end,
        spans,
        reading.mentions,
        reading.previous,
        reading.above,
        reading.short_names,
        continued=reading.continued,
    )
    if found is not None and found.form == "relayed":
        return cjk_quotes.relayed(reading.body, offset + end, reading.mentions) or found
    if found is not None:
        return found
    sentence_start, sentence_end = cjk_quotes.sentence_bounds(paragraph, start, end, spans)
    titled = bare_title_speaker(
        reading.body,
        offset + sentence_start,
        paragraph[sentence_start:start],
        paragraph[end:sentence_end],
        reading.mentions,
        reading.index,
        reading.on,
    )
    if titled is not None:
        return cjk_quotes.Attribution("name-quote-verb", titled.slug, titled.form)
    return None


def _in_a_turn(
    reading: _Reading, paragraph: str, offset: int, span: tuple[int, int], text: str
) -> QuoteHit | None:
    """A quote in a transcript's turn: in a question, quoting the one asked ("「…」と言わ
    れましたが"); in an answer, the speaker's own words ("“…”我说")."""
    start, end = span
    if cjk_quotes.said_by_the_one_asked(paragraph[end:]):  # a question quoting the answer's
        asked = transcripts.answering_speaker(reading.turns, offset + start)
        if asked is not None:
            return QuoteHit(asked[0], text, offset + start, offset + end, "quoted-back", asked[1])
    speaker = transcripts.turn_speaker(reading.turns, offset + start)
    if speaker is not None and cjk_quotes.first_person(paragraph[end:]):
        reading.previous = (speaker[0], speaker[1])  # a continuation is theirs too
        return QuoteHit(
            *speaker[:1], text, offset + start, offset + end, "first-person", speaker[1]
        )
    return None


def _latin_quote(
    reading: _Reading, breaks: SentenceBreaks, offset: int, span: tuple[int, int], text: str
) -> tuple[QuoteHit | None, bool]:
    """(the hit or None, whether it was attributed) for a quote in any other paragraph,
    attributed by the first of FORMS whose pattern fits the words around it."""
    start, end = span
    paragraph = breaks.paragraph
    after, before, before_start = breaks.around(start, end)
    wrapped = wrapped_after(
        paragraph[start:end], after, reading.below
    )  # "“…,”" / "ungkap Trump. …"
    after = wrapped or after
    if names_a_thing(text, before) or is_a_slogan(text) or inside_a_name(text, before, after):
        return None, False  # "the so-called “Asia Pivot”": a name, no one's words
    form, who, who_at = attribution(after, before)
    ends = bool(_ENDS_A_SENTENCE.search(text) or _SENTENCE_GOES_ON_NO_FURTHER.match(after))
    if form in ("name-verb-quote", "role-verb-quote") and scare_quote(
        text, before, who_at, who, ends_sentence=ends
    ):
        form = ""  # one word after "X said", or a few far from it: a scare quote
    role_unresolved = attributed = False
    loose = None if form else loose_subject(reading, breaks, offset, span, text)
    if not form and loose is None:  # "Trump commented on the deal, stating, “…”"
        loose = participle_subject(reading, before, offset + before_start)
    who_start = offset + (end if form.startswith("quote") else before_start) + who_at
    if loose is not None:
        (form, slug, name), attributed = loose, True
    elif form in ROLE_FORMS:
        slug, name = role_subject(reading, who, who_start)
        if slug is None:
            form, role_unresolved = "", True  # no one person held the post that day
        attributed = slug is not None
    elif form:
        form, slug, name = name_subject(reading, form, who, who_start)
        pronoun = who.lower() in PRONOUNS
        before_here = (
            reported_before(
                reading, breaks, offset, (before, before_start), form.startswith("quote")
            )
            if pronoun
            else None
        )
        reported = reported_above(reading) if pronoun and reading.here is None else None
        if before_here or reported:
            slug, name = reading.previous = before_here or reported
        elif not name and who.lower() in PRONOUNS:  # "he said", no one quoted yet
            if form.startswith("quote"):  # "“…,” she said": the words before are a sentence
                found = subject_before(reading, breaks, offset, start)
            else:
                named = sentence_before_subject(reading, breaks, offset, before_start)
                found = (named.slug, named.form) if named is not None else None
            if found is not None:
                slug, name = reading.previous = found
        attributed = True
    if not form and not role_unresolved:
        whole = start == 0 and end >= len(paragraph.rstrip(". "))
        form, slug, name = _carried_over(reading, whole, offset + start, text, latin_introducer)
        if not form and _ENDS_A_SENTENCE.search(before.rstrip()) and _ends(text, after):
            # A quote that is a sentence of its own, after "X said …" in its paragraph.
            found = reported_in_paragraph(reading, breaks, offset, (before, before_start))
            if found is not None:
                form, (slug, name) = "introduced", found
                reading.previous = found
        attributed = bool(form)
    if not form:
        words = len(text.split())
        if words < MIN_UNATTRIBUTED_WORDS and not (
            words >= MIN_PARTIAL_WORDS and spoken(text, before)
        ):
            return None, attributed
        if reads_as_a_title(text):
            return None, attributed  # “Joint Statement: Toward a More Robust Alliance”
        form, slug, name = "unattributed", None, ""
    if wrapped and slug:  # the next paragraph names this speaker: its quotes may go on
        reading.carried = (slug, name)
    return QuoteHit(slug, text, offset + start, offset + end, form, name), attributed


def _carried_over(
    reading: _Reading, whole: bool, at: int, text: str, introducer
) -> tuple[str, str | None, str]:
    """(form, slug, name) for a quote with no attribution of its own, from the quotes and
    sentences before it, or ("", None, ""):

    continuation   a paragraph that is one quote, right after an attributed quote
    introduced     a paragraph that is one quote, under a paragraph whose last sentence
                   names a speaker with a speech verb ("Kerry said the talks…", "総理は
                   …次のように述べました。")
    same-speaker   a later quote of a paragraph whose earlier quote was attributed, with
                   no known person named between them ("“…,” he said. “But …”")
    """
    if whole and reading.last_paragraph_attributed:
        return "continuation", *reading.previous
    if whole:
        speaker = introducer(reading)
        if speaker is not None:
            reading.previous = speaker
            return "introduced", *speaker
    if (
        reading.here is not None
        and units(text) >= MIN_PARTIAL_WORDS + 1
        and all(m.slug == reading.here[0] for m in reading.mentions.within(reading.here_end, at))
        and not subject_since(reading.body, reading.here_end, at)
    ):
        return "same-speaker", *reading.here
    return "", None, ""


def _ends(text: str, after: str) -> bool:
    """Whether a quote ends its sentence, by its own last mark or by the words after it."""
    return bool(_ENDS_A_SENTENCE.search(text) or _SENTENCE_GOES_ON_NO_FURTHER.match(after))

"""Who said a Chinese, Japanese or Korean quote whose sentence has no subject read with a
speech verb (cjk_quotes.attribute asks `without_a_subject_of_its_own` once none is):

  reported speech    奥斯汀在东京表示,中国防长拒绝与他会晤是“不幸的” (the quote inside what
                     the speaker said, no one else named or speaking between)
  going on           이어 “…”며 … 덧붙였다 / さらに「…」と述べた: a connective, the last speaker
  named after        「…」と岸田総理は述べた / “…”布林肯说 / "…"라고 블링컨 장관은 말했다
  a pronoun after    “…”，他说 / 「…」と同氏は述べた (`pronoun_speaker`)
  the next sentence  「…」。岸田首相は…こう語った
  a verbless subject …に対し、プーチン大統領から「…」 (cut off, or no verb)
  no subject         “…”고 설명했습니다: the last speaker's, or the sentence before's subject
  a subheading       블링컨 “3국 협력, … 매우 중요” / 岸田首相「…」 (a short line, no verb)

Split from cjk_quotes.py, which reads the subject printed with a speech verb; the verbs,
subjects and particles are in cjk_quote_words.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from archive.ingest import cjk_pronouns, cjk_quote_subjects
from archive.ingest.cjk_quote_words import (
    ANY_TITLE,
    GOES_ON,
    JA_VERB_AFTER,
    KO_SAYING,
    KO_VERB_AFTER,
    MAX_SPEECH_GAP,
    SPEECH_NOUN,
    SUBJECT_PARTICLE,
    ZH_CALLED,
    ZH_REPORTING,
)
from archive.ingest.cjk_short_names import ShortNames
from archive.ingest.cjk_subjectless import no_one_before, subject_after
from archive.ingest.cjk_subjects import MAX_SUBJECT_GAP
from archive.ingest.results import Mention
from archive.ingest.spans import mention_index


@dataclass(frozen=True)
class Attribution:
    form: str
    slug: str | None
    name: str
    pronoun: bool = False


def pronoun_speaker(
    paragraph: str,
    offset: int,
    sentence_start: int,
    mentions: Sequence[Mention],
    previous: tuple[str | None, str],
    above: tuple[int, str],
    short_names: ShortNames | None = None,
    pronoun_at: int | None = None,
) -> Attribution:
    """A pronoun's quote: when the pronoun opens a later clause of its sentence (at
    `pronoun_at`), the subject opening a clause before it (cjk_pronouns.clause_antecedent);
    else the speaker the sentence before reports saying something
    (cjk_pronouns.reporting_subject), else the last speaker's, else (no one quoted yet)
    the subject of the nearest sentence before that has one (cjk_pronouns.earlier_subject)."""
    if pronoun_at is not None and pronoun_at > sentence_start:
        clause = cjk_pronouns.clause_antecedent(
            paragraph, offset, sentence_start, pronoun_at, mentions
        )
        if clause is not None:
            return Attribution("pronoun-verb-quote", clause.slug, clause.form, pronoun=True)
    slug, name = previous
    reporting = cjk_pronouns.reporting_subject(
        paragraph,
        offset,
        sentence_start,
        cjk_quote_subjects.with_short_names(
            paragraph, offset, sentence_start, mentions, short_names
        ),
    )
    if reporting is not None:
        slug, name = reporting.slug, reporting.form
    elif not name:
        named = cjk_pronouns.earlier_subject(paragraph, offset, sentence_start, mentions, above)
        slug, name = (named.slug, named.form) if named else (None, "")
    return Attribution("pronoun-verb-quote", slug, name, pronoun=True)


def without_a_subject_of_its_own(
    paragraph: str, offset: int, around: tuple, found: tuple, known: tuple
) -> Attribution | None:
    """attribute's shapes once no subject was read with a speech verb: reported speech, a
    connective or no subject going on with the last speaker, a speaker named after the
    quote, a pronoun, the next sentence's speaker, a verbless subject, a subheading.
    `around`: (where the sentence starts and ends, where the quote, or its chain, starts
    and ends, the words after it); `found`: (the paragraph's quote spans, the speech verb
    after the quote, whether the next paragraph opens with a quote); `known`: (mentions,
    the previous speaker, the paragraph above, the short names)."""
    sentence_start, sentence_end, start, end, after = around
    spans, verb_after, continued = found
    mentions, previous, above, short_names = known
    before = paragraph[sentence_start:start]
    sentence = (paragraph, offset, sentence_start, start)
    # (a short form of a name printed in full before may be the one reporting: "高市在會談中
    # 強調，日美同盟“…”" after "高市早苗")
    in_sentence = _with_short_forms(
        paragraph, offset, (sentence_start, start), mentions, short_names
    )
    reported = _reported(paragraph, offset, sentence_start, start, spans, in_sentence)
    if reported is not None:
        return reported
    if _goes_on(paragraph, before, spans, sentence_end):
        return _same_speaker(paragraph, offset, sentence_start, mentions, previous, above)
    named_after = _named_after(paragraph, offset, end, sentence_end, after, mentions, short_names)
    if named_after is not None:
        return named_after
    if not before.strip() and cjk_pronouns.pronoun_after(after):
        return pronoun_speaker(
            paragraph, offset, sentence_start, mentions, previous, above, short_names
        )
    if not before.strip() and not after.strip(" 。．"):
        # A quote that is a sentence of its own: "「…」。岸田首相は…こう語った。"
        told = cjk_pronouns.speaker_next(paragraph, offset, sentence_end, mentions)
        if told is not None:
            return Attribution("quote-name-verb", told.slug, told.form)
    # "…に対し、プーチン大統領から「…」" cut off, or with no verb: から marks who spoke;
    # cut off by the text's end, its verb lost, the quote is its sentence's subject's too.
    marked = not after.strip(" 。．") and cjk_quote_subjects.verbless_subject(
        *sentence, end, spans, mentions, continued
    )
    if marked:
        return Attribution("name-quote-verb", marked.slug, marked.form)
    if (
        verb_after
        and _no_subject(after, verb_after)
        and not subject_after(after, verb_after)
        and no_one_before(before, mention_index(mentions), offset + sentence_start)
    ):
        # "“…”고 설명했습니다.", "記者会見では「…」と語った。": a sentence that names no one
        # before its speech verb (at most where or when it was said) goes on with the
        # last speaker's words, or the subject's of the sentence before.
        return _same_speaker(paragraph, offset, sentence_start, mentions, previous, above)
    return _subhead(paragraph, offset, start, end, mentions)


_SAID_AFTER_NAME = re.compile(
    r"说|說|表示|指出|强调|強調|补充|補充|述べ|語|話|強調|説明|付け加え"
    r"|말했|밝혔|강조했|전했|덧붙였|설명했|언급했|지적했|답했|평가했"
)


def _named_after(
    paragraph: str,
    offset: int,
    end: int,
    sentence_end: int,
    after: str,
    mentions,
    short_names: ShortNames | None = None,
) -> Attribution | None:
    """Quote first: "「…」と岸田総理は述べた", "“…”布林肯说", "\"…\"라고 블링컨 장관은
    말했다": the known person right after the quote (or a short form of a name printed
    in full before, "“…”上川在会谈后说"), a speech verb soon after."""
    lead = re.match(r"[\s，,、]*(?:と|이?라고|고)?[\s，,、]*", after)
    at = offset + end + lead.end()
    speaker = next(iter(mention_index(mentions).starting_at(at)), None)
    if speaker is None and short_names is not None:
        here = end + lead.end()
        short = short_names.within(paragraph, offset, here, min(here + 12, sentence_end))
        speaker = short[0] if short and short[0].start == at else None
    if speaker is not None:
        rest = paragraph[speaker.end - offset : sentence_end]
        if _SAID_AFTER_NAME.search(rest[:30]):
            return Attribution("quote-name-verb", speaker.slug, speaker.form)
    return None


# Between the name and the quote of a subheading: a title, a colon or a comma, spaces.
_SUBHEAD_GAP = re.compile(rf"[^\S\n]*(?:{ANY_TITLE})?[^\S\n]*[:：,，]?[^\S\n]*")
MAX_SUBHEAD = 80  # characters: a subheading is a short line


def _subhead(
    paragraph: str, offset: int, start: int, end: int, mentions: Sequence[Mention]
) -> Attribution | None:
    """A subheading over the body's next section, a headline's shape with no verb: the
    known person opening the line, then the quote that ends it ("블링컨 “3국 협력, …
    매우 중요”", "岸田首相「…」"); None otherwise."""
    line = paragraph.strip()
    if len(line) > MAX_SUBHEAD or "\n" in line or paragraph[end:].strip(" 。.!?…"):
        return None
    lead = len(paragraph) - len(paragraph.lstrip())
    opening = mention_index(mentions).starting_at(offset + lead)
    if opening and _SUBHEAD_GAP.fullmatch(paragraph, opening[0].end - offset, start):
        return Attribution("name-quote-verb", opening[0].slug, opening[0].form)
    short = _OPENING_WORD.match(paragraph, lead)
    if short is None or not _SUBHEAD_GAP.fullmatch(paragraph, short.end(), start):
        return None
    bearer = _one_bearer(short.group(0), mentions)
    return Attribution("name-quote-verb", bearer, short.group(0)) if bearer else None


# A subheading may open with a short form of a name the body prints in full only below it
# ("트럼프 “…”" over "도널드 트럼프 미국 대통령은 …", "高市「…」" over "高市早苗首相は …").
_OPENING_WORD = re.compile(r"[\uac00-\ud7a3\u4e00-\u9fff\u30a1-\u30fa\u30fc]{2,8}")


def _one_bearer(word: str, mentions: Sequence[Mention]) -> str | None:
    """The one person the body names in full with `word` as a word of the name (a Korean
    name's word, "트럼프" of "도널드 트럼프") or its beginning (a Japanese or Chinese name
    printed without spaces, "高市" of "高市早苗"); None for none or several."""
    bearers = {
        m.slug
        for m in mentions
        if m.slug
        and len(m.form) > len(word)
        and (word in m.form.split() or (" " not in m.form and m.form.startswith(word)))
    }
    return bearers.pop() if len(bearers) == 1 else None


def _same_speaker(
    paragraph: str,
    offset: int,
    sentence_start: int,
    mentions: Sequence[Mention],
    previous: tuple[str | None, str],
    above: tuple[int, str],
) -> Attribution | None:
    """A sentence with no subject: the words of the topic opening the sentence before
    (opening_topic), else the last speaker's, else those of the sentence before's
    subject ("하마다 방위상은 … 말했습니다. 그러면서 “…”고 밝혔습니다"), else None."""
    if topic := cjk_quote_subjects.opening_topic(paragraph, offset, sentence_start, mentions):
        return Attribution("same-speaker", *topic, pronoun=True)
    if previous[1]:
        return Attribution("same-speaker", previous[0], previous[1], pronoun=True)
    named = cjk_pronouns.sentence_subject(paragraph, offset, sentence_start, mentions, above)
    if named is None:
        return None
    return Attribution("same-speaker", named.slug, named.form, pronoun=True)


def _no_subject(after: str, verb: re.Match) -> bool:
    """Whether no subject stands between the quote and its speech verb."""
    return not SUBJECT_PARTICLE.search(after[: verb.end()])


def _with_short_forms(
    paragraph: str,
    offset: int,
    sentence: tuple[int, int],
    mentions: Sequence[Mention],
    short_names: ShortNames | None,
) -> Sequence[Mention]:
    """The mentions of paragraph[sentence[0]:sentence[1]], with the short forms there of
    names printed in full before (cjk_short_names.py), or `mentions` when it has none."""
    sentence_start, start = sentence
    short = short_names.within(paragraph, offset, sentence_start, start) if short_names else []
    if not short:
        return mentions
    known = mention_index(mentions).within(offset + sentence_start, offset + start)
    return sorted([*known, *short], key=lambda mention: mention.start)


def _reported(
    paragraph: str,
    offset: int,
    sentence_start: int,
    start: int,
    spans: Sequence[tuple[int, int]],
    mentions: Sequence[Mention],
) -> Attribution | None:
    """The speaker of a quote inside reported speech: the known person right before the
    last speech verb (or colon) of the sentence before the quote, when no one else is
    named and no other quote stands between that verb and the quote."""
    verbs = list(ZH_REPORTING.finditer(paragraph, sentence_start, start))
    if not verbs:
        return None
    verb = verbs[-1]
    if any(verb.end() <= s < start for s, _ in spans):
        return None
    known = mention_index(mentions)
    between = known.within(offset + verb.end(), offset + start)
    if between and not ZH_CALLED.match(paragraph, between[-1].end - offset, start):
        return None
    colon = verb.group(0)[0] in "：:"
    gap = 0 if colon else MAX_SUBJECT_GAP
    named = known.within(offset + sentence_start, offset + verb.start())
    found = [
        m
        for m in named
        if offset + verb.start() - m.end <= gap and not _addressed(paragraph, m.start - offset)
    ]
    if not found and named:
        # "特朗普总统…发表了…演说,强调“…”": the subject made a speech, stressing…; the
        # same with a colon ("…发表了…讲话：“…”"), as after a speech verb.
        between = paragraph[named[-1].end - offset : verb.start()]
        if len(between) <= MAX_SPEECH_GAP and _one_speech_clause(between):
            found = named[-1:]
    if not found:
        return None
    form = "name-verb-colon-quote" if colon else "name-verb-quote"
    return Attribution(form, found[-1].slug, found[-1].form)


# A preposition right before a name makes it the one spoken to or with ("川普向高市表示",
# "對川普說", "與林芳正會談後表示"), not the one speaking.
_ADDRESSEE_MARKS = frozenset("向对對跟与與和同给給")


def _addressed(paragraph: str, name_start: int) -> bool:
    """Whether the name at paragraph[name_start:] follows a preposition of address."""
    return name_start > 0 and paragraph[name_start - 1] in _ADDRESSEE_MARKS


def _goes_on(paragraph: str, before: str, spans, sentence_end: int) -> bool:
    """Whether the quote's sentence opens with a connective and nothing else before its
    first quote, and ends with a speech verb after its last quote, or goes on "saying"
    it ("이어 “…”며 … 덧붙였다")."""
    if not GOES_ON.fullmatch(before):
        return False
    last = max((e for s, e in spans if e <= sentence_end), default=None)
    tail = paragraph[last:sentence_end] if last is not None else ""
    return bool(JA_VERB_AFTER.match(tail) or KO_VERB_AFTER.match(tail) or KO_SAYING.match(tail))


def _one_speech_clause(between: str) -> bool:
    """Whether the words between a subject and a speech verb say the subject gave a
    speech, in one clause (a comma at most right before the verb)."""
    return bool(SPEECH_NOUN.search(between)) and not re.search(
        r"[，,；;、]", between.rstrip("，, ")
    )

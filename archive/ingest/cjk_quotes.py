"""Quotes in Chinese, Japanese and Korean text, and who said them.

CJK paragraphs have no spaces and no capitals, so the English patterns of quotes.py
cannot find a speaker. The shapes are different too: Japanese and Korean put the verb
after the quote, Chinese before it.

  name-quote-verb    林外務大臣は「……」と述べました。 / 岸田総理は「…」と述べた
                     박진 장관은 "…"라고 말했다
  name-verb-quote    布林肯说，“……” / 布林肯在记者会上表示：“……” (a colon:
                     name-verb-colon-quote)
  quote-name-verb    「……」と岸田総理は述べた / “……”布林肯说。 / "…"라고 블링컨 장관은 말했다
  same-speaker       이어 “…”며 “…”고 덧붙였습니다 / さらに「…」と述べた: no subject, a
                     connective first (the previous speaker)
  pronoun-verb-quote 同大臣は「…」と述べた / 他说：“…” / 그는 "…"라고 말했다 (the
                     previous speaker; with no one quoted before, the subject of the
                     sentence before: cjk_pronouns.py, which also reads "그는 회담 후
                     “…”고", "“…”，他说" and "「…」。岸田首相は…こう語った")
  saying             블링컨 장관은 “…”라며 … / “…”면서 … (KO_SAYING)
  first person       “…”,当我说完这句话后 / 「…」と私は述べた (the speaker of the turn
                     the quote is in: quotes.py, with transcripts.py's turns)
  relayed            “…”고 국무부가 밝혔습니다 / 「…」と国務省が発表した: an institution's
                     words, its spokesperson's who relays them next ("…대변인은 … 이같이
                     전했습니다"), not the person named before the quote
  reported speech    奥斯汀在东京表示,中国防长拒绝与他会晤是“不幸的” (the quote inside
                     what the speaker said, no one else named or speaking between; a
                     speech between: 特朗普总统…发表了…演说,强调“…”), and a
                     headline's "奥斯汀:…“…”" (name-verb-colon-quote)

The subject is the known person the sentence marks as its subject (cjk_subjects.py: a
topic particle at any distance, not the nearer name with との/의/与), or else a name
printed with a title ("朴外交部長官は", "박진 장관은"), kept as printed with no person.
A quote with no speech verb next to it ("「自由で開かれたインド太平洋」の実現") is a
name or a slogan, not a quote: it is kept only when it is long (quotes.py's
MIN_UNATTRIBUTED_WORDS, in word-equivalents) and does not read as a name: words with
no punctuation of their own followed by a particle that joins a noun to the sentence
(「ブルーパシフィック大陸のための2050年戦略」に整合的な / 「…戦略」을).

A paragraph that is one quote under a paragraph announcing it ("総理は…挨拶で次のように
述べました。", "他发表讲话如下：", "장관은 다음과 같이 말했습니다.") is the announcing
sentence's subject's (`introduced_speaker`): a known person there, or a bare title
("総理は") standing for the person named last with that title.

The shapes of a quote whose sentence prints no subject with a speech verb (reported
speech, a connective, a name after the quote, a pronoun, the next sentence, a subheading)
are read by cjk_context_speakers.py.

Sentences end at 。！？ and at the full-width "．" of Japanese government texts
(not between digits: "１．５"). The verbs, subjects and particles these shapes are read
with are in cjk_quote_words.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from archive.ingest import cjk_pronouns, cjk_quote_subjects
from archive.ingest.cjk import units
from archive.ingest.cjk_bracket_labels import bracket_speaker, trailing_speaker
from archive.ingest.cjk_context_speakers import (  # noqa: F401 (Attribution re-exported)
    Attribution,
    pronoun_speaker,
    without_a_subject_of_its_own,
)
from archive.ingest.cjk_quote_subjects import introduced_speaker  # noqa: F401 (re-exported)
from archive.ingest.cjk_quote_words import (
    ADDRESSEE_SAID,
    FIRST_PERSON_AFTER,
    GENITIVE,
    INSTITUTION_SAID,
    JA_VERB_AFTER,
    KO_CHAIN,
    KO_OBJECT_SAID,
    KO_SAYING,
    KO_VERB_AFTER,
    MAX_NAME_UNITS,
    NAME_PARTICLE,
    NEXT_LISTED,
    OWN_PUNCTUATION,
    PRINTED_SUBJECT,
    PRONOUN_OPENING,
    PRONOUN_SUBJECT,
    RELAYED_BY,
    SENTENCE_END,
    ZH_VERB_BEFORE,
)
from archive.ingest.cjk_short_names import ShortNames
from archive.ingest.quote_window import WINDOW_CHARS
from archive.ingest.results import Mention
from archive.ingest.spans import mention_index, span_index


def sentence_bounds(paragraph: str, start: int, end: int, spans) -> tuple[int, int]:
    """(start of the sentence holding the quote, end of it), skipping sentence ends that
    fall inside a quote (a quoted sentence does not end the reporting sentence); read
    within WINDOW_CHARS of the quote on each side, so that a paragraph with no sentence
    end (a page sent as one line) costs each quote a window's reading, not the whole."""
    quoted = span_index(spans)
    low, high = max(0, start - WINDOW_CHARS), min(len(paragraph), end + WINDOW_CHARS)
    ends = [
        m.end()
        for m in SENTENCE_END.finditer(paragraph, low, high)
        if not quoted.overlaps(m.start(), m.start() + 1)
    ]
    before = [e for e in ends if e <= start]
    after = [e for e in ends if e > end - 1]
    first = before[-1] if before else low
    return first, (after[0] if after else high)


def attribute(
    paragraph: str,
    offset: int,
    start: int,
    end: int,
    spans: Sequence[tuple[int, int]],
    mentions: Sequence[Mention],
    previous: tuple[str | None, str],
    above: tuple[int, str] = (0, ""),
    short_names: ShortNames | None = None,
    continued: bool = False,
) -> Attribution | None:
    """Who said the quote at paragraph[start:end] (offsets in the paragraph; `offset` is
    the paragraph's place in the body, which mentions are measured in; `above`: the
    paragraph above, with its offset, where "he" may have been named; `short_names`: the
    people named in full, by their short forms, cjk_short_names.py; `continued`: the next
    paragraph opens with a quote mark)."""
    captioned = bracket_speaker(paragraph, offset, start, mentions, spans) or trailing_speaker(
        paragraph, offset, end, mentions, spans
    )
    if captioned is not None:  # "（高市首相）「…」", "「…」（高市氏）": a caption names who speaks
        return Attribution("name-quote-verb", captioned.slug, captioned.form)
    sentence_start, sentence_end = sentence_bounds(paragraph, start, end, spans)
    # Korean quotes joined before one verb ("“…”며 “…”고 말했다") are read as one: the
    # subject before the first, the verb after the last.
    start = _chain_head(paragraph, start, spans)
    after = _chain_tail(paragraph, end, sentence_end, spans)
    before = paragraph[sentence_start:start]
    verb_after = _verb_after(paragraph, start, end, sentence_end, spans, after)
    verb_before = ZH_VERB_BEFORE.search(before)
    if verb_after and INSTITUTION_SAID.match(after):
        return Attribution("relayed", None, "")  # the speaker: relayed(), else no one
    if verb_after or verb_before:
        said = _by_verb(
            paragraph,
            offset,
            (sentence_start, start, spans, after),
            (verb_after, verb_before),
            (mentions, previous, above, short_names),
        )
        if said is not None:
            return said
    return without_a_subject_of_its_own(
        paragraph,
        offset,
        (sentence_start, sentence_end, start, end, after),
        (spans, verb_after, continued),
        (mentions, previous, above, short_names),
    )


def _by_verb(
    paragraph: str,
    offset: int,
    sentence: tuple,
    verbs: tuple[re.Match | None, re.Match | None],
    known: tuple,
) -> Attribution | None:
    """A quote with a speech verb after it (Japanese, Korean) or before it (Chinese):
    the sentence's subject's, a pronoun's, or the name printed as the subject.
    `sentence`: (where it starts, where the quote starts, the paragraph's quote spans, the
    words after the quote); `known`: (mentions, the previous speaker, the paragraph above,
    the short names)."""
    (sentence_start, start, spans, after), (verb_after, verb_before) = sentence, verbs
    mentions, short_names = known[0], known[3]
    before = paragraph[sentence_start:start]
    if verb_before and cjk_pronouns.verb_clause_pronoun(before, verb_before.start()):
        # "他摟著高市的肩膀說，“…”": "he" speaks, not the name inside his clause
        pronoun_at = sentence_start + cjk_pronouns.clause_start(before, verb_before.start())
        return pronoun_speaker(paragraph, offset, sentence_start, *known, pronoun_at=pronoun_at)
    subject = cjk_quote_subjects.quote_subject(
        paragraph, offset, (sentence_start, start), spans, mentions, after, short_names
    )
    if subject is None and verb_after:
        subject = cjk_quote_subjects.from_subject(
            paragraph, offset, sentence_start, start, mentions
        )
    if subject is not None:
        form = "name-quote-verb" if verb_after else "name-verb-quote"
        if verb_before and verb_before.group("colon"):
            form = "name-verb-colon-quote"
        return Attribution(form, subject.slug, subject.form)
    pronoun = (
        PRONOUN_SUBJECT.search(before)
        or (verb_before and PRONOUN_OPENING.match(before))
        or (verb_after and cjk_pronouns.pronoun_topic(before))
    )
    if pronoun:
        return pronoun_speaker(paragraph, offset, sentence_start, *known)
    printed = PRINTED_SUBJECT.search(before)
    if printed and verb_after:
        return Attribution("name-quote-verb", None, printed.group("who").strip())
    return None


def _verb_after(
    paragraph: str, start: int, end: int, sentence_end: int, spans, after: str
) -> re.Match | None:
    """The Japanese or Korean speech verb after the quote (or the chain of quotes) at
    paragraph[start:end], whose sentence ends at `sentence_end`; `after`: the words after
    the chain's last quote."""
    verb = JA_VERB_AFTER.match(after) or KO_VERB_AFTER.match(after) or KO_SAYING.match(after)
    if verb is None and units(paragraph[start:end]) > MAX_NAME_UNITS:
        verb = KO_OBJECT_SAID.match(after)
    if verb is None:
        # The chain's first quote has its verb ("“…”고 밝히고 “…”도 대화 주제였다고
        # 덧붙였다"): the sentence's last words need not be the speech verb.
        head_end = next((e for s, e in spans if s == start), end)
        if head_end != end or after != paragraph[end:sentence_end]:
            verb = KO_VERB_AFTER.match(paragraph[head_end:sentence_end])
    return verb


def _chain_head(paragraph: str, start: int, spans: Sequence[tuple[int, int]]) -> int:
    """The start of the first quote joined by KO_CHAIN to the quote at `start`."""
    while True:
        # only quotes within the window before it can be joined to it
        joined = [
            s
            for s, e in span_index(spans).starting_in(start - WINDOW_CHARS, start)
            if e <= start and KO_CHAIN.fullmatch(paragraph, e, start)
        ]
        if not joined:
            return start
        start = joined[-1]


def _chain_tail(paragraph: str, end: int, sentence_end: int, spans) -> str:
    """The words after the last quote joined by KO_CHAIN to the quote ending at `end`, to
    the sentence's end."""
    while (chain := KO_CHAIN.match(paragraph, end)) is not None:
        following = [e for s, e in spans if s == chain.end() and e <= sentence_end]
        if not following:
            break
        end = following[0]
    return paragraph[end:sentence_end]


def first_person(after: str) -> bool:
    """Whether the words right after a quote say the speaker said it ("我说")."""
    return FIRST_PERSON_AFTER.match(after) is not None


def relayed(body: str, at: int, mentions: Sequence[Mention]) -> Attribution | None:
    """The spokesperson who relays, in the sentence at `at` (after the quote's sentence,
    or the next paragraph), the words a quote gives as an institution's: the known person
    named there, else the name as printed."""
    end = body.find("。", at)
    end = body.find(".", at) if end < 0 else end
    match = RELAYED_BY.match(body, end + 1) if end >= 0 else None
    if match is None:
        return None
    known = mention_index(mentions).within(match.start("who"), match.end("who"))
    if known:
        return Attribution("relayed", known[-1].slug, known[-1].form)
    return Attribution("relayed", None, match.group("who").strip())


def reads_as_a_name(text: str, following: str) -> bool:
    """True when quoted `text`, followed in its sentence by `following`, is the name of a
    document, concept or slogan rather than someone's words; names listed together
    (NEXT_LISTED) are read by what follows the last."""
    if OWN_PUNCTUATION.search(text) or units(text) > MAX_NAME_UNITS:
        return False
    while (listed := NEXT_LISTED.match(following)) is not None:
        following = following[listed.end() :]
    return bool(NAME_PARTICLE.match(following))


def qualifies_a_noun(text: str, following: str) -> bool:
    """True when quoted `text` reads as a name and a genitive follows it ("「2+2」の作業"):
    a name even where a speech verb ends the sentence."""
    return reads_as_a_name(text, following) and GENITIVE.match(following) is not None


def said_by_the_one_asked(after: str) -> bool:
    """Whether the words right after a quote say, with an honorific, that the one a
    question is put to said it ("「…」と言われましたが")."""
    return ADDRESSEE_SAID.match(after) is not None

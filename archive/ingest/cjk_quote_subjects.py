"""The known person a Chinese, Japanese or Korean quote's sentence names as its subject
(split from cjk_quotes.py, which reads the quote's verbs and forms around them): a full
name or a surname with its title ("밀러 대변인은" after "매튜 밀러", `with_surnames`), a
short form of a name printed in full before ("安倍說" after "安倍晉三", "하야시는" after
"하야시 요시마사": cjk_short_names.py), or the person marked by から before the quote
("林大臣から、「…」旨述べた", `from_subject`), also with no verb after the quote, or the
subject of a quote the text's end cuts off (`verbless_subject`); and the subject of a
paragraph announcing the quote below it (`introduced_speaker`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from archive.ingest import cjk_subjects
from archive.ingest.cjk import CLOSERS, units
from archive.ingest.cjk_quote_words import (
    ANNOUNCES,
    ANY_TITLE,
    BARE_TITLE,
    OPENING_TOPIC,
    SENTENCE_END,
    SURNAME_TITLE,
    TITLE_POSSESSED,
    TITLED_TOPIC_AFTER_NAME,
)
from archive.ingest.cjk_short_names import ShortNames
from archive.ingest.results import Mention
from archive.ingest.spans import mention_index
from archive.ingest.speakers import _named_before


def quote_subject(
    paragraph: str,
    offset: int,
    sentence: tuple[int, int],
    spans: Sequence[tuple[int, int]],
    mentions: Sequence[Mention],
    after: str,
    short_names: ShortNames | None,
) -> Mention | None:
    """The known person who is the subject of the quote's sentence (paragraph[sentence[0]:
    sentence[1]] is the sentence up to the quote): named in full or by surname and title;
    failing that, by a short form of a name printed in full before ("安倍說", "하야시는")."""
    sentence_start, start = sentence
    named = with_surnames(paragraph, offset, sentence_start, start, mentions)
    subject = cjk_subjects.quote_subject(
        paragraph, offset, sentence_start, start, spans, named, after
    )
    if subject is None:
        subject = _topic_with_country(paragraph, offset, (sentence_start, start), spans, named)
    if subject is not None or short_names is None:
        return subject
    short = short_names.within(paragraph, offset, sentence_start, start)
    if not short:
        return None
    known = mention_index(named).within(offset + sentence_start, offset + start)
    named = sorted([*known, *short], key=lambda mention: mention.start)
    return cjk_subjects.quote_subject(paragraph, offset, sentence_start, start, spans, named, after)


def _topic_with_country(
    paragraph: str,
    offset: int,
    sentence: tuple[int, int],
    spans: Sequence[tuple[int, int]],
    named: Sequence[Mention],
) -> Mention | None:
    """The first known person before the quote in its sentence printed as the topic with a
    country and a title after the name ("줄리 비숍 호주 외무장관은 … “…”고 말했다"), when
    no quote stands between."""
    sentence_start, start = sentence
    for mention in mention_index(named).within(offset + sentence_start, offset + start):
        topic = TITLED_TOPIC_AFTER_NAME.match(paragraph, mention.end - offset, start)
        if topic is not None and not _title_possessed(paragraph, mention.end - offset, topic):
            between = any(topic.end() <= s < start for s, _ in spans)
            return None if between else mention
    return None


def _title_possessed(paragraph: str, name_end: int, topic: re.Match[str]) -> bool:
    """Whether a title and a possessive stand between the name and the topic's title
    ("존 도 장관의 대변인은"): the topic is then the named person's deputy or
    spokesperson, not the named person."""
    return TITLE_POSSESSED.search(paragraph, name_end, topic.start("title")) is not None


def with_surnames(
    paragraph: str, offset: int, sentence_start: int, start: int, mentions: Sequence[Mention]
) -> Sequence[Mention]:
    """`mentions`, and where the sentence before the quote names someone by surname and
    title only ("밀러 대변인은", SURNAME_TITLE), a mention of the one person the report
    named earlier in full with that surname ("매튜 밀러"), as Korean reports name people
    after the first time: the sentence's subject may be that person."""
    if not SURNAME_TITLE.search(paragraph, sentence_start, start):
        return mentions
    known = mention_index(mentions)
    extra = []
    for printed in SURNAME_TITLE.finditer(paragraph, sentence_start, start):
        at, end = offset + printed.start("who"), offset + printed.end("who")
        if known.overlapping(at, end):
            continue
        slug = _named_before(printed["who"], at, mentions)
        if slug is not None:
            extra.append(Mention(slug, at, end, printed["who"]))
    if not extra:
        return mentions
    named = known.within(offset + sentence_start, offset + start)
    return sorted([*named, *extra], key=lambda mention: mention.start)


def with_short_names(
    paragraph: str,
    offset: int,
    sentence_start: int,
    mentions: Sequence[Mention],
    short_names: ShortNames | None,
) -> Sequence[Mention]:
    """The mentions of the sentence before the quote's, with the short forms of names
    printed in full before ("安倍回答說" after "安倍晉三"), or `mentions`."""
    if short_names is None or not paragraph[:sentence_start].strip():
        return mentions
    ends = [m.end() for m in SENTENCE_END.finditer(paragraph, 0, max(sentence_start - 1, 0))]
    before = ends[-1] if ends else 0
    short = short_names.within(paragraph, offset, before, sentence_start)
    if not short:
        return mentions
    known = mention_index(mentions).within(offset + before, offset + sentence_start)
    return sorted([*known, *short], key=lambda mention: mention.start)


_FROM_GAP = re.compile(r"は?[、，,\s]*")  # "林大臣からは、「…」"
_FROM_COMMA = re.compile(rf"[^\S\n]?(?:(?:{ANY_TITLE})[^\S\n]?)?(?:から|より)は?[、，,]")


def from_subject(
    paragraph: str, offset: int, sentence_start: int, start: int, mentions: Sequence[Mention]
) -> Mention | None:
    """The known person marked by から right before the quote, a Japanese readout's way of
    naming who spoke ("林大臣から、「…」旨述べた", "長官から「…」との発言があった");
    only punctuation between the particle and the quote; or further before it, by から
    or より and a comma, when no one else is so marked."""
    named = mention_index(mentions).within(offset + sentence_start, offset + start)
    if not named:
        return None
    tail = cjk_subjects.NAME_TAIL.match(paragraph, named[-1].end - offset)
    if tail.group("particle") == "から" and _FROM_GAP.fullmatch(paragraph, tail.end(), start):
        return named[-1]
    # The one who spoke marked first, by から or より and a comma, the one spoken to
    # between ("町村大臣より、ライス長官に対し、「…」旨述べた"): no one else so marked.
    marked = [m for m in named if _FROM_COMMA.match(paragraph, m.end - offset)]
    return marked[0] if len({m.slug for m in marked}) == 1 else None


def verbless_subject(
    paragraph: str,
    offset: int,
    sentence_start: int,
    start: int,
    end: int,
    spans: Sequence[tuple[int, int]],
    mentions: Sequence[Mention],
    continued: bool = False,
) -> Mention | None:
    """The speaker of a quote with no speech verb after it: the person marked by から
    before it (`from_subject`); or, when the text's end cuts the quote off (no closing
    mark: an excerpt stopping mid-quote, "会見の冒頭小泉総理は、「…"), or when the
    quote opens a speech that the next paragraphs carry on (`continued`: the next
    paragraph opens with a quote mark), the known person its sentence marks as the
    subject, as the verb would have said."""
    marked = from_subject(paragraph, offset, sentence_start, start, mentions)
    if marked is not None:
        return marked
    cut = end >= len(paragraph) and paragraph[end - 1] not in CLOSERS
    opens = continued and _opens_a_long_speech(paragraph, sentence_start, start, end)
    if not cut and not opens:
        return None
    return cjk_subjects.quote_subject(paragraph, offset, sentence_start, start, spans, mentions)


# A quote this long (cjk.units) that closes its paragraph with no verb is a speech's first
# part: a slogan or a name is a few words.
MIN_SPEECH_UNITS = 15


def _opens_a_long_speech(paragraph: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the quote at paragraph[start:end], with no verb after it, closes its
    paragraph, is long, and is the only quote of its sentence: with the next paragraph
    opening with a quote, a speech whose verb comes after the paragraphs that carry on
    quoting ("トランプ大統領は会見で「…」" over
    "「…」" over "「…」と述べました。"), the sentence's subject's words."""
    if paragraph[end:].strip(" 　。．") or units(paragraph[start:end]) < MIN_SPEECH_UNITS:
        return False
    return not any(mark in paragraph[sentence_start:start] for mark in '「」“”"')


def opening_topic(
    paragraph: str, offset: int, sentence_start: int, mentions: Sequence[Mention]
) -> tuple[str | None, str] | None:
    """(slug or None, name as printed) of the title-ended name that opens, as its topic,
    the sentence right before the one starting at `sentence_start` in `paragraph`
    ("ライス長官は、北朝鮮問題に言及した。「…」と述べた。": the next sentence, with no
    subject, goes on with that topic, not with whoever was quoted last); None when that
    sentence opens otherwise."""
    ends = [m.end() for m in SENTENCE_END.finditer(paragraph, 0, sentence_start)]
    if not ends or ends[-1] != sentence_start:
        return None
    before = ends[-2] if len(ends) > 1 else 0
    topic = OPENING_TOPIC.match(paragraph, before, sentence_start)
    if topic is None or "「" in paragraph[before : topic.end()]:
        return None
    at = offset + topic.start("who")
    named = mention_index(mentions).within(at, offset + topic.end("who"))
    if named:
        return named[0].slug, named[0].form
    return None, topic.group("who").strip()


def introduced_speaker(
    paragraph: str, offset: int, mentions: Sequence[Mention]
) -> tuple[str | None, str] | None:
    """(slug, name) of the subject of `paragraph`'s last sentence when it announces the
    quote below it ("総理は…次のように述べました。", "장관은 다음과 같이 말했습니다."; see
    cjk_quotes' docstring); None otherwise. Moved from cjk_quotes.py, which re-exports it."""
    announce = ANNOUNCES.search(paragraph)
    if announce is None:
        return None
    ends = [m.end() for m in SENTENCE_END.finditer(paragraph, 0, announce.start())]
    sentence_start = ends[-1] if ends else 0
    named = mention_index(mentions).within(offset + sentence_start, offset + announce.start())
    if named:
        return named[0].slug, named[0].form
    title = BARE_TITLE.search(paragraph, sentence_start, announce.start())
    if title is None:
        return None
    earlier = mention_index(mentions).within(0, offset + sentence_start)
    same = [m for m in earlier if m.form.endswith(title.group("title"))]
    return (same[-1].slug, same[-1].form) if same else None

"""Which of the people a Chinese, Japanese or Korean sentence names is the subject that
says its quote (issue 11): the subject, not the name nearest to the quote.

Japanese and Korean mark the subject with a particle after the name phrase (the name, a
country or ministry word perhaps, a title perhaps): the topic は/も/은/는/도, or が/이/가.
Any other particle makes the name a partner, an object or an owner (との, と, に, の, を,
へ, 의, 와/과, 에게, 을/를), however near the quote it stands:

  林外務大臣は7日、…ブリンケン国務長官との共同記者会見で、「…」と強調した   Hayashi
  토니 블링컨 미국 국무장관은 7일 … 공동 기자회견에서 “…”라고 말했습니다      Blinken

Chinese marks the partner before the name (与/和/同/跟/对/向/会见, a country and a title
between) and the owner after it (的): "美国国务卿布林肯…与日本外相林芳正举行会谈后表示，
“…”" is Blinken's.

A name right before the quote with a genitive ("ブリンケン長官の「…」という発言", "X의
“…”") owns the words. Every pattern is matched at a name the caller found, never searched
through the body (docs/parse-benchmark.md).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from archive.ingest.cjk import CJK_TITLES, HANGUL, KANA
from archive.ingest.quote_window import WINDOW_CHARS
from archive.ingest.results import Mention
from archive.ingest.spans import mention_index, span_index

MAX_SUBJECT_GAP = 20  # characters between a speaker's name and the quote (particles, 記者団に)
MAX_CLAUSE_GAP = 8  # a が/이/가 subject this near the quote says it, whatever the topic

_TITLES = "|".join(re.escape(title) for title in CJK_TITLES)
# The country or ministry printed between a name and its title ("블링컨 미국 국무장관은",
# "ブリンケン米国務長官", "林 日本外相は", "오스틴 미 국방부 장관은").
_COUNTRY = (
    r"(?:미국|미|일본|일|한국|중국|米国|米國|米|日本|美国|美國|美|日|韓国|韓國|韩国|中国|中國)"
)
_MINISTRY = (
    r"(?:국무부|국방부|외교부|외무성|방위성|国務省|国防総省|外務省|防衛省|国务院|國務院"
    r"|国防部|外务省|防卫省)"
)
_GAP = r"[^\S\n]?"
# The particle closes the name phrase: Korean ones not inside a longer word ("장관이었던").
_NOT_HANGUL = rf"(?![{HANGUL}])"
# A spokesperson's title, which CJK_TITLES leaves out (no surname takes it as a post):
# "매튜 밀러 국무부 대변인은 … “…”고 밝혔습니다", "プライス国務省報道官は".
_SPOKESPERSON = r"(?:수석\s?)?(?:부)?대변인|副?報道官|(?:副|首席)?(?:发言人|發言人)"
NAME_TAIL = re.compile(
    rf"{_GAP}(?:{_COUNTRY}{_GAP})?(?:{_MINISTRY}{_GAP})?"
    rf"(?:(?:{_TITLES}|{_SPOKESPERSON}){_GAP}){{0,2}}"
    r"(?P<particle>との|とは|と|には|に|への|へ|の|を|から|は|も|が|的"
    # A case particle may carry 도/는 after it: "X과도 회담했다" (met X too) is a partner's,
    # "X께서는" the honoured topic's.
    rf"|(?:(?:과|와|에게|하고)[도는]|께서[도는]"
    rf"|과의|와의|에게|에서|께서|께|하고|은|는|도|이|가|의|와|과|을|를|및){_NOT_HANGUL})?"
)
TOPIC = frozenset("は も 은 는 도 께서 께서는 께서도".split())
NOMINATIVE = frozenset("が 이 가".split())
GENITIVE = frozenset("の 의 的".split())
# Chinese: the partner's word before the name, a country and a title between.
CHINESE_PARTNER = re.compile(
    rf"(?:与|與|和|同|跟|对|對|向|会见|會見|会晤|會晤|接见|接見|致电|致電|给|給|陪同)"
    rf"{_GAP}(?:{_COUNTRY})?(?:{_TITLES})?{_GAP}$"
)
_LOOK_BACK = 12  # characters before a name where its Chinese partner word may stand


def name_role(paragraph: str, start: int, end: int) -> tuple[str, str]:
    """(role, particle) of the name at paragraph[start:end]: role "topic", "subject",
    "other" (a partner, an object, an owner) or "plain" (no particle: Chinese, or a name
    before a comma or the quote)."""
    particle = NAME_TAIL.match(paragraph, end).group("particle") or ""
    if particle in TOPIC:
        return "topic", particle
    if particle in NOMINATIVE:
        return "subject", particle
    if particle:
        return "other", particle
    if CHINESE_PARTNER.search(paragraph, max(start - _LOOK_BACK, 0), start):
        return "other", ""
    return "plain", ""


def quote_subject(
    paragraph: str,
    offset: int,
    sentence_start: int,
    start: int,
    spans: Sequence[tuple[int, int]],
    mentions: Sequence[Mention],
    after: str = "",
) -> Mention | None:
    """The known person who says the quote at paragraph[start:] in its sentence (offsets
    in the paragraph; `offset` is the paragraph's place in the body; `after`: the words
    after the quote); None when the sentence names no one who can be its subject (a
    pronoun, a bare title may be)."""
    # Names read within the quote's window only (quote_window.WINDOW_CHARS), and the
    # quotes' spans looked up by bisection: a page with no full stop makes a sentence of
    # the whole paragraph, and reading every name in it against every quote for each quote
    # took 15 s for 44 KB of Japanese.
    first = max(sentence_start, start - WINDOW_CHARS)
    quoted = span_index(spans)
    named = [
        m
        for m in mention_index(mentions).within(offset + first, offset + start)
        if not quoted.overlaps(m.start - offset, m.start - offset + 1)
    ]
    if not named:
        return None
    roles = [name_role(paragraph, m.start - offset, m.end - offset) for m in named]
    nearest, (role, particle) = named[-1], roles[-1]
    gap = offset + start - nearest.end
    topics = [m for m, (r, _) in zip(named, roles, strict=True) if r == "topic"]
    if role == "topic":
        return _topic_unless_reported(paragraph, nearest, named, roles, offset, start, after)
    if role == "subject" and (not topics or _words_between(paragraph, nearest, offset, start)):
        return nearest
    if (
        role == "other"
        and particle in GENITIVE
        and _words_between(paragraph, nearest, offset, start, 1)
    ):
        return nearest  # "ブリンケン長官の「…」": his words
    if role == "plain" and gap <= MAX_SUBJECT_GAP:
        return nearest
    if topics:
        return _topic_unless_reported(paragraph, topics[-1], named, roles, offset, start, after)
    subjects = [m for m, (r, _) in zip(named, roles, strict=True) if r == "subject"]
    if subjects:
        return subjects[-1]
    if role == "other" and not _KANA_OR_HANGUL.search(paragraph, sentence_start, start):
        # Chinese: the nearest name that is no one's partner or owner.
        plain = [m for m, (r, _) in zip(named, roles, strict=True) if r == "plain"]
        return plain[-1] if plain else None
    return None


_KANA_OR_HANGUL = re.compile(f"[{KANA}{HANGUL}]")
# The quote is what someone said, reported by the topic: "케리 장관은 척 헤이글
# 국방장관이 … “…”고 밝혔다고 전했습니다", "林外相は、同長官が「…」と述べたと明らかにした".
REPORTED_SAYING = re.compile(
    r"\s*(?:이?라고|고|と)[^.。!?“”「」\n]{0,20}?(?:했|였|밝혔|말했|た)(?:다고|다며|다는|と|という)"
)
# Someone printed with a title and a subject particle, not a known person: "척 헤이글
# 국방장관이", "国務省報道官が".
PRINTED_CLAUSE_SUBJECT = re.compile(
    rf"(?:{_TITLES}|대변인|報道官|发言人|發言人){_GAP}(?:이|가|が|은|는|は)(?![{HANGUL}])"
)


def _topic_unless_reported(
    paragraph: str,
    topic: Mention,
    named: Sequence[Mention],
    roles: Sequence[tuple[str, str]],
    offset: int,
    start: int,
    after: str,
) -> Mention | None:
    """The sentence's topic, unless the quote is someone else's words that the topic
    reports (REPORTED_SAYING): then that clause's subject, or no one known."""
    if not REPORTED_SAYING.match(after):
        return topic
    later = [
        m for m, (r, _) in zip(named, roles, strict=True) if r == "subject" and m.start > topic.end
    ]
    if later:
        return later[-1]
    tail = NAME_TAIL.match(paragraph, topic.end - offset).end()
    return None if PRINTED_CLAUSE_SUBJECT.search(paragraph, tail, start) else topic


def _words_between(
    paragraph: str, name: Mention, offset: int, start: int, most: int = MAX_CLAUSE_GAP
) -> bool:
    """Whether at most `most` characters stand between the name's particle and the quote."""
    tail = NAME_TAIL.match(paragraph, name.end - offset)
    return start - tail.end() <= most and "\n" not in paragraph[tail.end() : start]

"""Who "he" is, and who speaks after a quote, in Chinese, Japanese and Korean text
(cjk_quotes.attribute asks these when no name stands right before the quote).

  a pronoun as the sentence's topic, words between it and the quote
                  그는 회담 후 “…”고 강조했습니다 / 同氏は会談後、「…」と強調した /
                  他在会后表示，“…”
  a pronoun after the quote
                  “…”，他说。 / 「…」と同氏は述べた / “…”라고 그는 말했다
  the speaker in the next sentence, saying "so"
                  「…」。岸田首相は会談後、記者団にこう語った。 / “…” 林芳正如此表示。

With no one quoted before, "he" is the subject of the sentence before the quote's (in
the paragraph above when the quote's sentence opens its paragraph): the one person it
names, or the first person it names when that person is its subject, a topic particle
after the name and title ("하야시 외무상은", "林外相は") or, in Chinese, the name opening
the sentence with no "and" after it ("日本外相林芳正当地时间29日…与…会谈"; not
"布林肯与林芳正…": two subjects, no one to choose).

Every pattern here is matched at a place the quote gives (a sentence's start, the words
right after the closing mark), never searched through the body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from archive.ingest.cjk import CJK_TITLES, HAN
from archive.ingest.cjk_subjects import name_role
from archive.ingest.quote_marks import quote_spans
from archive.ingest.results import Mention
from archive.ingest.spans import mention_index

_TITLES = "|".join(re.escape(title) for title in CJK_TITLES)
SENTENCE_END = re.compile(r"[。！？!?]|．(?![0-9０-９])")

# A connective or a time word may open the sentence before its topic.
_OPENER = r"(?:이날|이어서?|또한?|그러면서|아울러|앞서|さらに|また|その上で|当日|當日|随后|隨後)?"
# A Japanese or Korean pronoun with its topic particle, opening the sentence.
PRONOUN_TOPIC = re.compile(
    rf"\s*{_OPENER}[\s,，、]*"
    rf"(?:(?:(?<![{HAN}])同(?:{_TITLES})|彼女?)(?:は|が|も)|그녀?(?:은|는|이|가)[\s,，、])"
)
# After the quote: a pronoun and a speech verb a few words on.
PRONOUN_AFTER = re.compile(
    rf"[\s，,、]*(?:と|이?라고|고)?[\s，,、]*"
    rf"(?:(?<![{HAN}])同(?:{_TITLES})|彼女?|他(?![们們])|她(?![们們])|그녀?)"
    r"(?:は|が|은|는|이|가)?[^。！？!?“”「」\n]{0,12}?"
    r"(?:说|說|表示|指出|强调|強調|述べ|語|話し|強調し|말했|밝혔|강조했|덧붙였)"
)
# The next sentence says "so": こう / このように / そう / 이렇게 / 이같이 / 这样 / 如此.
SAYS_SO = re.compile(
    r"(?:こう|このように|そのように|이렇게|이같이|이와\s?같이|这样|這樣|如此|如是)[^。！？!?]{0,6}?"
    r"(?:述べ|語|話|強調|말했|밝혔|강조했|전했|说|說|表示|强调|強調)"
)
MAX_LEAD = 10  # characters before the subject's name in its sentence (a country, a title)
# After a name and its title: the subject's particle, or "and" joining a second subject.
_AFTER_NAME = re.compile(
    rf"[^\S\n]*(?:(?:미|일본|일|美国|美國|日本|米|米国|米國)[^\S\n]?)?(?:{_TITLES})?[^\S\n]*"
    r"(?P<particle>은|는|이|가|は|が|과|와|및|と|及び|与|與|和|及|跟|同|、|，|,)?"
)
_AND = ("과", "와", "및", "と", "及び", "与", "與", "和", "及", "跟", "同", "、", "，", ",")


def pronoun_topic(before: str) -> bool:
    """Whether the words before a quote open with a pronoun as the sentence's topic and
    name no one else: the caller has found no name there."""
    return PRONOUN_TOPIC.match(before) is not None


def pronoun_after(after: str) -> bool:
    """Whether the words right after a quote are a pronoun and a speech verb."""
    return PRONOUN_AFTER.match(after) is not None


def _sentence_before(
    paragraph: str, offset: int, sentence_start: int, above: tuple[int, str]
) -> tuple[str, int, int]:
    """(its text, its start in the body, its end in the body) for the sentence before the
    one starting at `sentence_start`: in the paragraph, else the last of `above`."""
    if paragraph[:sentence_start].strip():
        text, base, stop = paragraph, offset, max(sentence_start - 1, 0)
    else:
        base, text = above
        text = text.rstrip()
        stop = max(len(text) - 1, 0)
    ends = [m.end() for m in SENTENCE_END.finditer(text, 0, stop)]
    start = ends[-1] if ends else 0
    return text[start : stop + 1], base + start, base + stop + 1


def sentence_subject(
    paragraph: str,
    offset: int,
    sentence_start: int,
    mentions: Sequence[Mention],
    above: tuple[int, str] = (0, ""),
) -> Mention | None:
    """The subject of the sentence before the quote's (see the module docstring)."""
    text, start, end = _sentence_before(paragraph, offset, sentence_start, above)
    # (a person named inside a quote is what the speaker talks about, not the subject)
    quoted = quote_spans(text, last=True)
    named = [
        m
        for m in mention_index(mentions).within(start, end)
        if not any(s <= m.start - start < e for s, e in quoted)
    ]
    if not named:
        return None
    if len({m.slug for m in named}) == 1:
        # One person named, but after someone else printed as the topic with a title
        # ("이매뉴얼 대사는 … 하마다 방위상과 회동했다고 밝혔습니다"), or as a partner, an
        # object or an owner ("林外相との会談で"): someone else is the subject.
        if _TITLED_TOPIC.search(text, 0, named[0].start - start):
            return None
        role, _ = name_role(text, named[0].start - start, named[0].end - start)
        return None if role == "other" and not _is_subject_too(named, start, text) else named[-1]
    first = named[0]
    lead = text[: first.start - start].strip()
    if len(lead) > MAX_LEAD or re.search(r"[,，、\"“”「」]", lead):
        return None
    following = _AFTER_NAME.match(text, first.end - start)
    if following.group("particle") in _AND:
        return None
    return first


# The subject said something, not quoted: a speech verb a few characters after the name
# ("安倍回答說，…", "岸田首相在会上表示，…"), or closing the sentence after the words
# reported ("…と述べた。", "…고 말했습니다.").
_SPOKE_AFTER_NAME = re.compile(
    r"[^，,。：:“”「」\n]{0,8}?(?:说|說|表示|指出|强调|強調|回答|答道|坦言|直言)"
)
_SPOKE_AT_END = re.compile(
    r"(?:と|旨|이?라고|고)[^。．.!?！？“”「」\n]{0,15}?"
    r"(?:述べ|語っ|強調|説明|指摘|말했|밝혔|강조했|설명했|지적했)[^。．.!?！？\n]{0,10}$"
)


def reporting_subject(
    paragraph: str, offset: int, sentence_start: int, mentions: Sequence[Mention]
) -> Mention | None:
    """The known subject of the sentence right before the quote's, in its paragraph, when
    that sentence reports the subject saying something without quoting it ("安倍回答說,
    明年是…。他說:“…”"): "he" of the next sentence is that person, not whoever was
    quoted before."""
    if not paragraph[:sentence_start].strip():
        return None
    text, start, _ = _sentence_before(paragraph, offset, sentence_start, (0, ""))
    if quote_spans(text, last=True):
        return None
    subject = sentence_subject(paragraph, offset, sentence_start, mentions)
    if subject is None:
        return None
    if _SPOKE_AFTER_NAME.match(text, subject.end - start) or _SPOKE_AT_END.search(
        text.rstrip().rstrip("。．.!?！？")
    ):
        return subject
    return None


# Someone printed with a title and a topic particle: "이매뉴얼 대사는", "報道官は".
_TITLED_TOPIC = re.compile(
    rf"(?:{_TITLES}|대사|대변인|報道官|大使|发言人|發言人|大使)[^\S\n]?(?:은|는|께서는|は)(?![가-힣])"
)


def _is_subject_too(named: Sequence[Mention], start: int, text: str) -> bool:
    """Whether a later mention of the same person is the sentence's subject or topic."""
    return any(
        name_role(text, m.start - start, m.end - start)[0] in ("topic", "subject")
        for m in named[1:]
    )


def speaker_next(
    paragraph: str, offset: int, sentence_end: int, mentions: Sequence[Mention]
) -> Mention | None:
    """The known person opening the sentence after a quote that is a sentence of its own,
    when that sentence says the person said so ("「…」。岸田首相は…こう語った")."""
    ends = [m.end() for m in SENTENCE_END.finditer(paragraph, sentence_end)]
    stop = ends[0] if ends else len(paragraph)
    named = mention_index(mentions).within(offset + sentence_end, offset + stop)
    if not named:
        return None
    first = named[0]
    lead = paragraph[sentence_end : first.start - offset].strip()
    if len(lead) > MAX_LEAD or not SAYS_SO.search(paragraph, first.end - offset, stop):
        return None
    return first


# Chinese clauses: a pronoun opening the clause that holds the speech verb is the verb's
# subject, whoever else the sentence names ("他摟著高市的肩膀說，“…”": not 高市, whose
# shoulder it is; "高市…提到安倍晉三，她對川普說“…”": not 安倍晉三, named in the clause
# before). A clause with only a connective before its verb ("並表示：“…”") has the
# sentence's opening pronoun as its subject ("她強調…，並表示：“…”").
_CONNECTIVE = r"(?:並|并|也|還|还|又|則|则|更|同時|同时|隨後|随后|接著|接着|另外|此外)"
_CLAUSE_PRONOUN = re.compile(rf"\s*{_CONNECTIVE}?\s*(?:他|她)(?![们們])")
_CONNECTIVE_ONLY = re.compile(rf"\s*{_CONNECTIVE}*\s*")
_CLAUSE_BREAK = re.compile(r"[，,；;：:」”]")


def clause_start(before: str, verb_at: int) -> int:
    """Where the clause holding the speech verb at before[verb_at:] starts in `before`:
    after the last comma, semicolon, colon or closing quote before the verb."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(before, 0, verb_at)]
    return breaks[-1] if breaks else 0


def verb_clause_pronoun(before: str, verb_at: int) -> bool:
    """Whether "he" or "she" is the subject of the speech verb at before[verb_at:]
    (`before`: the quote's sentence up to the quote): opening the verb's clause, or
    opening the sentence when the verb's clause has a connective at most."""
    at = clause_start(before, verb_at)
    if _CLAUSE_PRONOUN.match(before, at):
        return True
    return bool(
        at and _CONNECTIVE_ONLY.fullmatch(before, at, verb_at) and _CLAUSE_PRONOUN.match(before)
    )


def clause_antecedent(
    paragraph: str, offset: int, sentence_start: int, pronoun_at: int, mentions
) -> Mention | None:
    """Who "he" opening a later clause of a Chinese sentence is: the subject opening the
    nearest clause before it that has one (a known name a few characters into its
    clause, not an owner's "的", not joined by "and" to a second subject)."""
    text = paragraph[sentence_start:pronoun_at]
    named = mention_index(mentions).within(offset + sentence_start, offset + pronoun_at)
    starts = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(text))]
    for clause_at in reversed(starts):
        opening = [m for m in named if m.start - offset - sentence_start >= clause_at]
        if not opening:
            continue
        first = opening[0]
        at, end = first.start - offset - sentence_start, first.end - offset - sentence_start
        lead = text[clause_at:at]
        if len(lead.strip()) > MAX_LEAD or _CLAUSE_BREAK.search(lead) or "“" in lead:
            continue  # the clause's first name is not its opening subject
        owner = text.startswith(("的", "之"), end)
        if _AFTER_NAME.match(text, end).group("particle") in _AND or owner:
            continue
        # Someone else named later in that clause (its object) may be whom "she" stands
        # for ("邓莫尔…称赞青木花子，她随即表示"): the reference tells no one's sex, so
        # the clause names no one surely; sentences before decide.
        clause_end = next((b for b in starts if b > clause_at), len(text))
        others = [
            m
            for m in opening
            if m.slug != first.slug and m.start - offset - sentence_start < clause_end
        ]
        return None if others else first
    return None


MAX_SENTENCES_BACK = 3  # how many sentences "he" may reach back for a subject


def earlier_subject(
    paragraph: str,
    offset: int,
    sentence_start: int,
    mentions: Sequence[Mention],
    above: tuple[int, str] = (0, ""),
) -> Mention | None:
    """The subject of the nearest sentence before the quote's that has one (at most
    MAX_SENTENCES_BACK, in the paragraph and the one above): a sentence whose own subject
    is "he" again ("她表示，…與川普…") passes the question on to the one before."""
    text, base, at = paragraph, offset, sentence_start
    for _ in range(MAX_SENTENCES_BACK):
        if not text[:at].strip():
            if text is not paragraph or not above[1].strip():
                return None
            base, text = above
            text = text.rstrip()
            at = len(text)
        named = sentence_subject(text, base, at, mentions, (0, ""))
        if named is not None:
            return named
        ends = [m.end() for m in SENTENCE_END.finditer(text, 0, max(at - 1, 0))]
        at = ends[-1] if ends else 0
        # (only a sentence whose own subject is "he" again is passed over: one about an
        # unnamed official, "一位白宫高级官员…。他说", is the one "he" stands for)
        if not (_CLAUSE_PRONOUN.match(text, at) or PRONOUN_TOPIC.match(text, at)):
            return None
    return None

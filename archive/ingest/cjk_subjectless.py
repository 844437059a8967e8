"""A CJK sentence that names no subject before its quote (issue 11): Japanese and Korean
leave the subject out while it stays the same ("中谷大臣は「…」と述べました。そのうえで、
…を受けて「…」と述べました。"), so the quote goes on with the last speaker's words
(cjk_quotes.py decides whose)."""

from __future__ import annotations

import re

from archive.ingest.cjk import CJK_TITLES
from archive.ingest.cjk_quote_words import (
    ANOTHER_VOICE,
    CIRCUMSTANCE,
    CLAUSE_LINK,
    SENTENCE_END,
    TOPIC_OR_SUBJECT,
)

# Right after a Japanese speech verb, the noun it qualifies and that noun marked as the
# subject ("と批判する声が", "と答えた人は", "と話す市民も", "とのコメントを中国外務省が"):
# the verb closed a relative clause, and the words are that noun's. A word ending in
# kanji or katakana before the particle (not "と述べたが", "said, but"), and no comma
# or sentence end on the way ("と述べ、会談が…" is the speaker going on).
_JA_NOUN_SUBJECT = re.compile(
    r"[^、。，,「」！？!?\n]{0,12}?[\u4e00-\u9fff\u30a1-\u30fa\u30fc][がはも]"
)


def no_one_before(before: str, known, at: int) -> bool:
    """Whether the words of a sentence before its quote name no subject: they only say
    where or when it was said ("記者会見では", "会談後の会見で", "이날 기자회견에서";
    CIRCUMSTANCE), or they are a clause of what the speaker did, closed by a comma, with
    no one `known` named in it (it starts `at` in the body) and no topic or subject
    ("また、日米豪印外相会合にも出席し、「…」と報告した。": Japanese and Korean leave the
    subject out as it goes on); a te-form or a topic phrase closes it as well as a comma
    ("その上で、…の発足を受けて「…」と述べた", "…에 대해 “…”고 말했다": CLAUSE_LINK)."""
    if not before.strip():
        return True
    circumstance = CIRCUMSTANCE.fullmatch(before)
    if circumstance is not None:
        return not TOPIC_OR_SUBJECT.search(before, 0, circumstance.start("place"))
    clause = before.rstrip()
    linked = clause.endswith(("、", "，", ",")) or CLAUSE_LINK.search(clause)
    if not linked or TOPIC_OR_SUBJECT.search(clause):
        return False
    if ANOTHER_VOICE.search(clause):
        return False
    return not known.within(at, at + len(before))


# The Korean counterpart: after the quotative, a verb in its attributive form (a syllable
# closed by ㄴ, "쓴", "높인", "말한"; or "는", "던") and the noun it qualifies marked with
# a particle ("“…”라고 쓴 팻말도 눈에 띄었다", "“…”고 목소리를 높인 시민단체도 있었다"):
# the verb after them is that noun's.
_KO_ATTRIBUTIVE = "".join(chr(0xAC00 + 28 * i + 4) for i in range(399)) + "는던"
_KO_NOUN_SUBJECT = re.compile(rf"[{_KO_ATTRIBUTIVE}]\s+[가-힣]{{1,8}}[도은는이가](?=\s)")


def _names_a_person(noun: str) -> bool:
    """Whether the noun a speech verb qualifies is a person named with a title or an
    honorific ("…と述べた山田大臣は", "…と語った山田氏は"): then the clause tells of the
    speaker already quoted (at 857cdfc the words were his), not of voices or a share of
    those asked. (A name printed bare needs the mentions, which are not asked here.)"""
    return noun.rstrip().endswith(CJK_TITLES)


def subject_after(after: str, verb: re.Match) -> bool:
    """Whether the speech verb closing a quote's clause qualifies a noun printed after it
    as the sentence's subject (`after`: the words after the quote, `verb` matched in
    them): "今回の合意について「…」と批判する声が野党から相次いだ" are the voices'
    words, "発表を受けて「…」と答えた人は6割" those who answered, never the last
    speaker's going on; in Korean the qualified noun comes before the finite verb
    matched ("“…”라고 쓴 팻말도 눈에 띄었습니다": the sign's)."""
    noun = _JA_NOUN_SUBJECT.match(after, verb.end())
    if noun is not None:
        return not _names_a_person(noun.group(0)[:-1])
    return _KO_NOUN_SUBJECT.search(after, 0, verb.end()) is not None


# A topic or subject particle that marks a new speaker ("天皇陛下は", "장관은 "); not the
# topic of a clause ("については", "では", "には", "とは").
_NEW_SUBJECT = re.compile(r"(?<![でにとて])[はが]|[은는이가](?=\s)")


_LONGEST_SENTENCE = 300  # characters looked back from the quote (a bound on long inputs)


def subject_since(body: str, since: int, at: int) -> bool:
    """Whether the sentence holding the quote at `at` names a topic or subject of its own
    after the last attributed quote (which ends at `since`): "（…）「…」。…天皇陛下は
    「…」と話された" are someone else's words, even when that someone is no known person
    and the quotes share a paragraph."""
    between = body[max(since, at - _LONGEST_SENTENCE) : at]
    sentence_start = 0
    for end in SENTENCE_END.finditer(between):
        sentence_start = end.end()
    return _NEW_SUBJECT.search(between, sentence_start) is not None

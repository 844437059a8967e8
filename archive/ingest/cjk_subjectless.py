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


# After the quotative, a verb saying the words stand written in a document, in the passive
# ("「…」と明記された", "と記されている", "と盛り込まれた", "라고 명시됐다", "라고 적혀
# 있다"): a text's words, not the last speaker's going on. (Honorific passives of speech
# verbs, "と話された", are someone's words and are not here.)
_WRITTEN_DOWN = re.compile(
    r"^\s*(?:など)?と[^。．！？「」\n]{0,8}?"
    r"(?:明記さ|記さ|書か|盛り込ま|記載さ|うたわ|明示さ|規定さ)れ"
    r"|^\s*(?:이?라고|고)\s*(?:명시됐|명시되|적혀|적혔|쓰여|기재됐|담겼|규정됐)"
)


# A document opening the sentence as its topic or its place ("共同声明では「…」として
# いる", "共同声明には、「…」と明記された", "공동성명에는 “…”라고"): the document's words.
_DOCUMENT_TOPIC = re.compile(
    r"(?:声明|文書|宣言|報告書|ファクトシート|共同発表|合意文書|성명|성명서|문서|선언|보고서)"
    r"(?:では|には|は|で|에는|에서는|은|는)[、，,]?\s*$"
)


def written_down(after: str, before: str = "") -> bool:
    """Whether the words right after a quote say it stands written in a document (in the
    passive, no one saying it), or the words before it in its sentence end with a
    document as the topic ("共同声明では「…」としている"): then it is no one's, and does
    not go on with the last speaker's words."""
    return _WRITTEN_DOWN.match(after) is not None or _DOCUMENT_TOPIC.search(before) is not None

"""Quotes in the headline: “…” or 「…」 in the title line, attributed as the body's are.

A headline is read as one paragraph by the body's rules (archive/ingest/quotes.py: "Biden
says the alliance is “a cornerstone”", "奥斯汀:…“…”"), with its own people. A headline's
own shapes are read too: a quote right after a known name, a title or a colon between
("바이든 대통령 “미일동맹, 세계 평화∙안보 초석”", "岸田首相「…」"), or right before one
("“…” — Secretary Lloyd Austin", "「…」岸田首相"); a surname alone there names the one
known person of that surname ("Blinken: “…”", "“…” — Blinken", "블링컨 “…”"), as headlines
name people.
Words read as a name ("林外相「自由で開かれたインド太平洋」を推進": no punctuation of
their own, a particle after) are no one's.

Only a quote attributed to a known person is kept (a headline's quoted words without a
speaker are mostly a phrase: Japan 'concerned'), or a Korean headline's closing clause in
double quotes (`_korean_summary`), and only when the body does not quote the same
words (a headline repeating the body's quote is one quote). Its offsets are into the
title, and its form is "headline".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from archive.ingest.cjk import CJK_TITLES, HAN, HANGUL, KANA
from archive.ingest.cjk_quotes import reads_as_a_name
from archive.ingest.headline_roles import former_holder, post_holder
from archive.ingest.quote_marks import quote_text
from archive.ingest.quotes import _paragraph_quotes, _Reading, quote_spans
from archive.ingest.reference import ReferenceIndex
from archive.ingest.results import Mention, QuoteHit
from archive.ingest.spans import MentionIndex

FORM = "headline"
_TITLE_GAP = "|".join(re.escape(title) for title in CJK_TITLES)
# Between a name and the quote after it: a title, a colon or a comma, spaces; in a
# Korean headline, where or as what the words were said too: a speech noun or a title,
# after at most one word of a place or a country ("기시다 워싱턴 연설 “…”", "하토야마 일
# 총리, “…”", "기시다 인터뷰 “…”"). Not a word joined to the name ("기시다에 “…”" is said
# to him), an act on the name ("기시다 겨냥 “…”", aimed at him; "기시다 비판 연설", a
# speech against him) or a time ("바이든 방일 앞두고 “…”", before his visit).
_SPEECH_NOUNS = (
    "연설 회견 기자회견 발언 인터뷰 성명 담화 브리핑 메시지 답변 언급 강연 축사 기고 대담 "
    "취임사 토론 간담회 트윗"
).split()
_ACTING_ON = (
    "겨냥 비판 규탄 비난 압박 저격 공격 반박 항의 경고 성토 질타 조롱 견제 때리기 "
    "앞두고 앞둔 이후 직후 후 뒤 전 맞아 맞춰 계기"
).split()
_SAID_AS = "|".join(sorted(_SPEECH_NOUNS, key=len, reverse=True))
_HANGUL_WORD = rf"(?!(?:{'|'.join(_ACTING_ON)})(?![{HANGUL}]))[{HANGUL}]{{1,6}}"
NAME_THEN_QUOTE = re.compile(
    rf"(?:(?:[^\S\n]*[,，]?[^\S\n]+{_HANGUL_WORD})?"
    rf"[^\S\n]*[,，]?[^\S\n]+[{HANGUL}]{{0,4}}(?:{_SAID_AS}|{_TITLE_GAP})(?![{HANGUL}]))?"
    rf"\s*(?:{_TITLE_GAP})?\s*[:：,，]?\s*"
)
# Between the quote and a name after it: a colon, a dash or a comma, a title, spaces.
QUOTE_THEN_NAME = re.compile(r"\s*[:：,，—–-]?\s*(?:(?:[A-Z][\w.'’-]*|of|the)\s+){0,4}?")
# A surname alone as a headline's speaker: "Blinken: “…”", "“…” — Secretary Blinken".
SURNAME_COLON = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]+)\s*[:：]\s*$")
DASH_SURNAME = re.compile(r"\s*[—–-]\s*(?:[A-Z][\w.'’-]*\s+){0,4}?(?P<name>[A-Z][\w'’-]+)\s*$")
# A Western surname in CJK script alone before the quote, as Korean and Japanese headlines
# print their speaker ("…블링컨 “한일 관계 개선 진전 축하”", "ブリンケン「…」"): a whole
# word, then a space, a colon or nothing.
CJK_SURNAME_BEFORE = re.compile(
    rf"(?:^|(?<=[\s.…,，、:：]))(?P<name>[{HAN}{KANA}{HANGUL}ー·・]{{2,8}})[^\S\n]*[:：]?[^\S\n]*$"
)
CJK_SURNAME_OPENING = re.compile(rf"\s*(?P<name>[{HAN}{KANA}{HANGUL}ー·・]{{2,8}})(?=[\s,，:：])")
_NOT_A_WORD = re.compile(r"[\W_]+")


def headline_quotes(
    title: str,
    people: Sequence[Mention],
    body_quotes: Sequence[QuoteHit],
    *,
    index: ReferenceIndex | None = None,
    on: date | None = None,
) -> list[QuoteHit]:
    """The headline's quotes of known people (`people`: the known people in `title`,
    offsets in it) that the body's quotes (`body_quotes`) do not already hold."""
    if not title or not quote_spans(title):
        return []
    named = MentionIndex(sorted(people, key=lambda m: m.start))
    reading = _Reading(title, named, index, on, [])
    # The body's rules first; a quote they leave out or unattributed may be the headline's.
    read = {hit.start: hit for hit in _paragraph_quotes(reading, 0, title, None)}
    found = []
    for start, end in quote_spans(title):
        text = quote_text(title, start, end)
        hit = read.get(start)
        speaker = (hit.speaker_slug, hit.speaker_name) if hit else (None, "")
        if speaker[0] is None and not reads_as_a_name(text or "", title[end:]):
            speaker = _adjacent(title, start, end, named)
        if speaker[0] is None and index is not None:
            speaker = _surname(title, start, end, index)
        if speaker[0] is None and index is not None:
            speakers = [quote.speaker_slug for quote in body_quotes if quote.speaker_slug]
            speaker = post_holder(title, start, index, on, speakers)  # "일본 외상 “…”"
        if speaker[0] is None and former_holder(title, start):
            continue  # "전 미 국무장관 “…”": a former holder's words, no one known
        if text is None or (speaker[0] is None and not _korean_summary(title, start, end, text)):
            continue
        if any(_same_words(text, quote.text) for quote in body_quotes):
            continue
        found.append(QuoteHit(speaker[0], text, start, end, FORM, speaker[1]))
    return found


def _adjacent(title: str, start: int, end: int, named: MentionIndex) -> tuple[str | None, str]:
    """(slug, name) of the known person named right before or right after the quote."""
    for mention in reversed(named.before(start)):
        if NAME_THEN_QUOTE.fullmatch(title, mention.end, start):
            return mention.slug, mention.form
    gap = QUOTE_THEN_NAME.match(title, end)
    after = named.starting_at(gap.end())
    if after:
        return after[0].slug, after[0].form
    return None, ""


def _surname(title: str, start: int, end: int, index: ReferenceIndex) -> tuple[str | None, str]:
    """(slug, surname) when a surname alone is the speaker ("Blinken: “…”") and names
    exactly one known person."""
    for match in (SURNAME_COLON.search(title, 0, start), DASH_SURNAME.fullmatch(title, end)):
        if match is not None:
            found = index.people_by_surname.get(match["name"], [])
            if len(found) == 1:
                return found[0], match["name"]
    match = CJK_SURNAME_BEFORE.search(title, 0, start)
    if match is not None and match["name"] in index.cjk_western_surnames:
        return index.cjk_western_surnames[match["name"]], match["name"]
    # A surname alone opening the headline, as its subject ("하토야마 일 총리, “…”"): the
    # one known person of that CJK family or Western surname.
    match = CJK_SURNAME_OPENING.match(title)
    if match is not None and NAME_THEN_QUOTE.fullmatch(title, match.end(), start):
        name = match["name"]
        slug = index.cjk_family_names.get(name) or index.cjk_western_surnames.get(name)
        return (slug, name) if slug else (None, "")
    return None, ""


# A Korean headline's closing words in double quotes after its topic: what was said, in
# a clause of two words or more ("미일 외교장관 통화 "동맹 중요성 재확인"", "… 회담
# “북핵 공조 강화”"), a quote with no speaker named; single quotes (‘3국 협력’) name a
# thing, and one quoted word is a phrase.
_KOREAN_CLAUSE = re.compile(rf"[{HANGUL}][^\n]*\s[^\n]*[{HANGUL}]")


def _korean_summary(title: str, start: int, end: int, text: str) -> bool:
    return (
        title[start] in '"“'
        and start > 0
        and not title[end:].strip()
        and bool(_KOREAN_CLAUSE.search(text))
        and not title[:start].rstrip().endswith((":", "："))
    )


def _same_words(a: str, b: str) -> bool:
    """Whether one text holds the other, punctuation and spaces aside."""
    a, b = _NOT_A_WORD.sub("", a).casefold(), _NOT_A_WORD.sub("", b).casefold()
    return bool(a and b) and (a in b or b in a)

"""A state or official visit: the report says the leader came with a visit's full honours
("a state visit", "his official visit", "a state dinner", "国賓", "国事访问", "국빈 방문",
"visita de Estado", "kunjungan kenegaraan") and the meeting's title in the reference says
it was one ("Japan–U.S. Summit Meeting (State Visit)", "(Official Visit with State
Dinner)"). Most summits of the same two leaders are working visits or talks on a group's
sidelines, so in a report without a date of its own, which is often all that tells the
state visit from the leaders' other meetings, it is evidence for the one that was.

Not the usual kind: an "official working visit" ("公式実務訪問", "공식 실무 방문") says no
honours ("official visit" is not in it). Not a visit the sentence places in another
month or year ("다음달 … 국빈방문", `meeting_visits.another_time`), still to come or
offered ("will pay a state visit to Japan in May", "国賓として訪日する予定", "invited him for
a state visit"): that is another meeting, announced by the report on this one. A year its
sentence names ("went on a state visit to the United States in 2015") says which
meeting of honours it recalls: one of that year. Read in the text's opening
(`DATE_HEAD`), where a report says what kind of visit it covers. Pure: no Django.
"""

from __future__ import annotations

import re

from archive.ingest import prefilter
from archive.ingest.meeting_mentions import DATE_HEAD
from archive.ingest.meeting_signs import FUTURE
from archive.ingest.meeting_visits import another_time
from archive.ingest.meeting_words import COUNTRY_WORDS
from archive.ingest.reference import KnownMeeting

HONOURS_POINTS = 0.10

# Written in lower case for `prefilter.folded_pattern`; CJK forms match anywhere.
_HONOURS = prefilter.folded_pattern(
    r"\bstate (?:visit|dinner|banquet|guest(?! house))s?\b|\bofficial visits?\b"
    r"|\bvisitas? (?:de estado|oficial(?:es)?)\b|\bcena de estado\b|\bhu[ée]sped de estado\b"
    r"|\bkunjungan (?:kenegaraan|resmi)\b|\bjamuan (?:makan malam )?kenegaraan\b"
    r"|\btamu negara\b|\bvisita (?:di stato|ufficiale)\b|\bcena di stato\b"
    r"|国賓(?!館)|國賓(?!館)|公式訪問|公式晩餐会|公式晩さん会|국빈|공식 ?방문"
    r"|国事访问|國事訪問|国宾(?!馆)|国宴|國宴|正式访问|正式訪問"
)
# Every match of _HONOURS holds one of these: looked for first, as plain substrings (the
# pattern tried at every position of the opening cost 5 ms a report).
_KEYS = (
    "state ", "official visit", "visita", "cena d", "sped de estado", "kunjungan", "jamuan",
    "tamu negara", "国賓", "國賓", "公式", "국빈", "공식", "国事", "國事", "国宾", "国宴",
    "國宴", "正式",
)  # fmt: skip
# The titles the reference gives a visit with honours.
_HONOURED_TITLE = re.compile(r"\b(?:state visit|official visit|state dinner)\b", re.IGNORECASE)
# A visit offered or to come, beyond `FUTURE`'s meeting verbs: "will make a state visit",
# "has invited him for an official visit", "招待", "초청", "邀请", "invitación", "undangan".
_TO_COME = prefilter.folded_pattern(
    r"\b(?:will|would|shall)\b|\binvit|招待|招請|초청|초대|邀请|邀請|\bmengundang|\bundangan"
)
# A visit the sentence says this one is not ("a working visit, not a state visit",
# "国賓ではなく", "국빈 방문이 아닌", "不是国事访问", "bukan kunjungan kenegaraan").
_DENIED = prefilter.folded_pattern(
    r"\b(?:not|rather than|instead of|no es|bukan|non [èe])\b"
    r"|ではな|じゃな|아닌|아니|不是|并非|並非"
)
# A visit this one is dated from: the words just before it ("months after the state
# visit", "since his official visit") or just after them ("国賓訪問以来", "국빈 방문 이후",
# "国事访问之后").
_SINCE_BEFORE = prefilter.folded_pattern(
    r"\b(?:after|since|following|desde|después de|sejak|setelah|dopo)\s+(?:\w+\s+){0,2}$"
)
_SINCE_AFTER = prefilter.folded_pattern(
    r"\s?(?:방문|訪問|访问)?\s?(?:以来|以後|の後|後に|이후|(?:뒤|후)(?![가-힣])|之后|之後|以后|以來)"
)
# Another country's leader or capital in the sentence: the visit is that leader's ("a
# week after Xi's state visit to Moscow", "習近平国家主席がロシアを国賓として訪問",
# "시진핑 주석의 러시아 국빈 방문", "习近平对俄罗斯进行国事访问").
_ELSEWHERE = prefilter.folded_pattern(
    "|".join(COUNTRY_WORDS.values())
    + r"|\bchin(?:a|ese)\b|beijing|\bxi\b|xi jinping|\brussia|moscow|putin"
    r"|中国|中國|北京|习近平|習近平|ロシア|モスクワ|プーチン|중국|베이징|시진핑|러시아|모스크바|푸틴"
    r"|俄罗斯|俄羅斯|莫斯科|普京|\bfrance\b|\bfrench\b|\bbritish\b|\bbritain\b|\bgerman"
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A sentence ends at a stop after a word, not after an initial ("U.S. President").
_SENTENCE_END = re.compile(r"(?<!\b\w)[.!?](?:\s|$)|[。！？\n]")
_SENTENCE_START = re.compile(r"(?s:.*)(?:(?<!\b\w)[.!?]\s|[。！？\n])")
_REACH = 200  # characters either side of the words where their sentence is read


ANY_YEAR = 0  # in `honoured_visit`'s answer: a visit of honours its sentence dates no year


def honoured_visit(folded: str) -> frozenset[int]:
    """The years of the visits of honours the text's opening (`folded` is
    `prefilter.fold(body)`) says it covers, ANY_YEAR for one its sentence gives no year:
    state or official visits not placed in another month, nor to come or offered, nor
    denied, nor another country's, nor a visit this one is dated from. Empty when there is
    none."""
    head = folded[:DATE_HEAD]
    years: set[int] = set()
    if not any(key in head for key in _KEYS):
        return frozenset()
    for match in _HONOURS.finditer(head):
        sentence = _sentence(head, match)
        if another_time(head, match.start()) or FUTURE.search(sentence):
            continue
        if _TO_COME.search(sentence) or _DENIED.search(sentence) or _ELSEWHERE.search(sentence):
            continue
        if _SINCE_BEFORE.search(head, max(0, match.start() - 40), match.start()):
            continue
        if _SINCE_AFTER.match(head, match.end()):
            continue
        named = {int(year) for year in _YEAR.findall(sentence)}
        years |= named or {ANY_YEAR}
    return frozenset(years)


def _sentence(head: str, match: re.Match) -> str:
    lo = max(0, match.start() - _REACH)
    before = _SENTENCE_START.match(head, lo, match.start())
    after = _SENTENCE_END.search(head, match.end(), match.end() + _REACH)
    return head[before.end() if before else lo : after.start() if after else match.end()]


def honours_evidence(
    meeting: KnownMeeting, honoured: frozenset[int], *, dated: bool
) -> tuple[float, list[str]]:
    """HONOURS_POINTS for a meeting whose title says it was a state or official visit, in
    a report without a date of its own that says the visit was one, in the meeting's year
    when the sentence names years (`honoured_visit`)."""
    if dated or not honoured or not _HONOURED_TITLE.search(meeting.title):
        return 0.0, []
    if ANY_YEAR not in honoured and meeting.start.year not in honoured:
        return 0.0, []
    return HONOURS_POINTS, ["the text speaks of a state or official visit, as its title does"]

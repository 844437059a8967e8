"""Leaders a ministers' report names away from its table (contents.py): a report linked to
a meeting of ministers is about who sat at it. A president or prime minister it names
who was not at that table, did not speak, does not act in it, and whom no one in the
report met or called on, is named for the time ("since the inauguration of President
Trump", "トランプ大統領の就任式に", "트럼프 당선인의 취임을 앞두고"), in the genitive
("the decision of President Biden to send"), or for a leaders' meeting of no stated day
("石破首相とトランプ大統領との初の首脳会談"): not a subject.

What keeps a leader, read next to each mention of them:
- met: a meeting word before the name ("met with Prime Minister Suga", "会见日本首相…",
  "与日本首相…会谈") or after it ("…総理と会談", "…총리와 회담", "…총리를 예방"), unless
  it joins them to another leader (their own meeting);
- received: a meeting word after the leader in a sentence naming someone at the table
  after them ("President Biden met Secretary Hayashi", "윤 대통령은 블링컨 장관을
  접견했다"), the leader not in the genitive ("トランプ大統領の就任式に出席した…");
- acts: the leader opens a sentence or a clause as its subject ("Prime Minister Kishida
  promised", "after Prime Minister Kishida and his counterpart signed", "The government
  of Prime Minister Kishida approved", "トランプ氏は、…"), as the seed reports read them;
- a meeting or signing with a stated day ("a meeting on Friday between President Biden
  and Prime Minister Kishida"): one the report previews or tells;
- attends: the leader is the one attending, in the sentence ("The talks were also
  attended by Prime Minister …", "Also present was …", "asistió también el primer
  ministro …", "会談には…首相も途中から同席した", "회담에는 … 총리도 참석했다", "…首相也出席了
  会谈"): they sat at the table. One told as not attending ("did not attend", "は同席
  しなかった", "참석하지 않았다") is away even as the clause's subject;
- a courtesy call the report speaks of (meeting_courtesy.py), or a quote they speak.

Nothing is dropped when the report is linked to no meeting, to one a leader sat at, or to
one none of whose participants is a subject of the report (the link is then no evidence);
the headline's people are kept by the caller all the same.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence

from archive.ingest import prefilter
from archive.ingest.meeting_courtesy import _COURTESY, HEAD, TAIL
from archive.ingest.met_phrases import (
    _MEETING_AFTER,
    _MET_AFTER,
    MEETING_GAP,
    MEETING_NOUN,
    MET_BEFORE,
)
from archive.ingest.passing import _sentence
from archive.ingest.reference import KnownMeeting, KnownPerson, ReferenceIndex
from archive.ingest.results import Mention, QuoteHit

LEADER_POSTS = frozenset({"head_of_state", "head_of_government"})
_MINISTER_POSTS = frozenset({"foreign", "defense"})

# A CJK verb of meeting or calling on before the name, a country and a title between
# ("会见日本首相鸠山由纪夫", "与日本首相鸠山由纪夫会谈" with the meeting noun after it).
_CJK_GAP = 10
_CJK_MET_BEFORE = re.compile(r"(?:会见|會見|会晤|會晤|接见|接見|拜会|拜會|拜访|拜訪)[^。！？\n]*$")
_CJK_WITH_BEFORE = re.compile(r"(?:与|與|同|跟)[^。！？\n、，,]*$")
# Called on: "…총리를 예방", "…총리를 접견" (the title and a particle between).
_CALLED_ON_AFTER = re.compile(r"[^。.!?\n]{0,8}?[을를][^\S\n]?(?:예방|접견|만나|만났)")


def leaders_away(
    body: str,
    subjects: Sequence[Mention],
    meeting: KnownMeeting | None,
    quotes: Iterable[QuoteHit],
    index: ReferenceIndex,
) -> set[str]:
    """Slugs of the leaders `subjects` names away from `meeting`'s table (module
    docstring)."""
    if meeting is None or any(post in LEADER_POSTS for _, _, post in meeting.participant_posts):
        return set()
    seated = set(meeting.participant_slugs)
    if not any(m.slug in seated for m in subjects):
        return set()  # no one at the table is a subject: the link is not the report's
    all_leaders = {
        slug for slug in {m.slug for m in subjects} if _leader(index.people.get(slug), meeting)
    }
    leaders = all_leaders - seated
    leaders -= {q.speaker_slug for q in quotes}
    if not leaders or _courtesy_call(body):
        return set()
    by_leader: dict[str, list[Mention]] = {}
    for m in subjects:
        if m.slug in leaders:
            by_leader.setdefault(m.slug, []).append(m)
    seated_starts = sorted(m.start for m in subjects if m.slug in seated)
    others = _Leaders([m for m in subjects if m.slug in all_leaders])
    return {
        slug
        for slug, theirs in by_leader.items()
        if not any(_kept(body, m, others, seated_starts) for m in theirs)
    }


def _kept(body: str, mention: Mention, leaders: _Leaders, seated_starts: Sequence[int]) -> bool:
    """Whether a sign next to the mention keeps the leader (module docstring); the
    mention's sentence is found once for the signs that read it."""
    if _met(body, mention, leaders):
        return True
    sentence = _sentence(body, mention.start)
    if _attends(body, mention, sentence):
        return True
    return (
        _received(body, mention, sentence, seated_starts)
        or (_acts(body, mention, sentence, leaders) and not _absent(body, mention))
        or _meeting_dated(body, mention, sentence)
    )


def _leader(person: KnownPerson | None, meeting: KnownMeeting) -> bool:
    """A president or prime minister (then or at another time) who was not a foreign or
    defence minister on the meeting's day (Kishida, foreign minister in 2015, is a
    minister in a report of that year)."""
    if person is None or not any(o.post in LEADER_POSTS for o in person.offices):
        return False
    return not any(o.post in _MINISTER_POSTS for o in person.offices_on(meeting.start))


def _courtesy_call(body: str) -> bool:
    folded = prefilter.fold(body)
    return bool(_COURTESY.search(folded, 0, HEAD) or _COURTESY.search(folded[-TAIL:]))


def _met(body: str, mention: Mention, leaders: _Leaders) -> bool:
    """Whether a meeting word joins the mention to someone other than another leader."""
    before = body[max(0, mention.start - MEETING_GAP) : mention.start]
    found = MET_BEFORE.search(before)
    if found is not None:
        edge = mention.start - len(before) + found.end()
        return not (
            _leader_between(leaders, mention, edge) or _leader_just_after(body, leaders, mention)
        )
    near = body[max(0, mention.start - _CJK_GAP) : mention.start]
    if _CJK_MET_BEFORE.search(near):
        return True
    if _CJK_WITH_BEFORE.search(near) and _MEETING_AFTER.match(body, mention.end):
        return True
    after = _MET_AFTER.match(body, mention.end) or _CALLED_ON_AFTER.match(body, mention.end)
    if after is None:
        return False
    # "石破首相とトランプ大統領との首脳会談": the leaders' own meeting, from either name.
    return not (
        _leader_between(leaders, mention, after.end(), after_mention=True)
        or _leader_just_before(body, leaders, mention)
    )


class _Leaders:
    """The leaders' mentions by start, so that those near a position are found by
    bisection (a long report names a leader thousands of times)."""

    def __init__(self, mentions: Sequence[Mention]):
        self._mentions = sorted(mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self._mentions]

    def within(self, low: int, high: int) -> list[Mention]:
        """The mentions starting in [low, high)."""
        return self._mentions[bisect_left(self._starts, low) : bisect_left(self._starts, high)]


def _leader_between(
    leaders: _Leaders, mention: Mention, edge: int, after_mention: bool = False
) -> bool:
    """Whether another leader is named between the meeting word and the mention."""
    low, high = (mention.end, edge) if after_mention else (edge, mention.start)
    return any(o.slug != mention.slug for o in leaders.within(low, high))


_AND_BEFORE = re.compile(r"(?:と|와|과|和|与|與|及|및|,|、|\s(?:and|y|e|dan))[^\S\n]?$")
_NAME_REACH = 40  # the longest printed name read back from a mention


def _leader_just_after(body: str, leaders: _Leaders, mention: Mention) -> bool:
    """Another leader named right after the mention, joined by "and" ("a summit between
    President Harmon and Prime Minister Ishikawa")."""
    for o in leaders.within(mention.end, mention.end + _NAME_REACH):
        if o.slug != mention.slug:
            return _AND_THEN.match(body, mention.end, o.start) is not None
    return False


_AND_THEN = re.compile(
    r"[^\S\n]*(?:と|와|과|和|与|與|及|및|,|、|(?:and|y|e|dan)\b)[^\S\n]*"
    r"(?:(?:[A-Z][\w.'’-]*|[a-z]+)[^\S\n]+){0,4}$"
)


def _leader_just_before(body: str, leaders: _Leaders, mention: Mention) -> bool:
    """Another leader named right before the mention, joined by "and" ("石破首相と")."""
    for o in leaders.within(mention.start - _NAME_REACH, mention.start):
        if o.slug != mention.slug and 0 <= mention.start - o.end <= 3:
            return _AND_BEFORE.search(body, o.end, mention.start) is not None
    return False


RECEIVED_REACH = 300
# A meeting word after the leader, in the sentence where they receive or meet someone at
# the table ("President Biden met Secretary Hayashi", "윤 대통령은 블링컨 장관을 접견했다",
# "岸田総理はブリンケン長官と会談した", "拜登总统会见了林芳正").
_MEETING_WORD = re.compile(
    MET_BEFORE.pattern
    + rf"|{MEETING_NOUN}|(?i:\b(?:received|receives|hosted|hosts|welcomed|welcomes"
    + r"|recibi[óo]|recibe)\b)|접견|예방|면담|만나|만났|会见|會見|会晤|會晤|接见|接見|面会"
)
# The leader in the genitive, named for someone or something else, or for the time of
# their government: "トランプ大統領の就任式", "하먼 대통령의 취임", "President Harmon's
# envoy", "トランプ政権下で"; "under President Trump" (_UNDER_BEFORE).
_GENITIVE_AFTER = re.compile(
    r"[^\S\n]?[^\s。、，,]{0,3}?(?:の(?!間)|的|의(?!\S)|[’']s\b"
    # Under their government, the time of it: "トランプ政権下で", "트럼프 행정부 하에서".
    r"|(?:政権|政權|政权|政府|행정부|정부)[^\S\n]?(?:下|하에|时期|時期))"
)


_UNDER_BEFORE = re.compile(r"(?i:\b(?:under|bajo)\s+(?:the\s+|el\s+)?(?:[A-Z][\w.-]*\s+){0,3}$)")


def _received(
    body: str, mention: Mention, sentence: tuple[int, int], seated_starts: Sequence[int]
) -> bool:
    """Whether the leader, named as one who acts, met someone at the table in the
    sentence: a participant named after them, and a meeting word after the leader (both
    within RECEIVED_REACH characters: a text with no sentence stop is read near the name
    only, once per mention)."""
    start, end = sentence
    end = min(end, mention.end + RECEIVED_REACH)
    after = bisect_left(seated_starts, mention.end)
    if after == len(seated_starts) or seated_starts[after] >= end:
        return False
    if _GENITIVE_AFTER.match(body, mention.end) or _UNDER_BEFORE.search(
        body, max(start, mention.start - 40), mention.start
    ):
        return False
    return _MEETING_WORD.search(body, mention.end, end) is not None


# The leader acts: named as a clause's subject, at the start of a sentence or of a clause
# ("Prime Minister Kishida promised", "…, just one day after Prime Minister Kishida and
# Prime Minister Morrison signed a treaty", "The government of Prime Minister Kishida
# approved", "トランプ氏は、…反対を明言している", "이시바 총리는 … 방문할 계획"); only
# capitalised title words (or "the government of") between the clause's start and the
# name. A leader the report shows acting is one of its subjects (the seed reports'
# reading), even away from the table.
_CLAUSE_OPENER = (
    r"(?:^|\b(?:after|before|while|as|when|since|because|but|tras"
    r"|mientras|cuando|setelah|sementara)\s+)"
)
_GOVERNMENT_OF = (
    r"(?:(?:the|la|el|los)\s+)?(?:government|administration|gobierno|administraci[óo]n)"
    r"\s+(?:of|de|del)\s+"
)
# Words of a title in lower case, as another leader's "and his counterpart" prints them.
_TITLE_WORDS = (
    r"(?:counterpart|homólogo|prime|minister|president|premier|primer|ministro|presidente)"
)
_OPENS_CLAUSE = re.compile(
    rf"{_CLAUSE_OPENER}(?:(?i:{_GOVERNMENT_OF}))?(?:(?:[A-Z][\w.'’-]*|{_TITLE_WORDS})\s+){{0,5}}$"
)
_CJK_OPENS = re.compile(r"[、，,][^\s、，,。！？!?]{0,3}$")
_CJK_SUBJECT_AFTER = re.compile(r"[^\s、，,。]{0,4}?(?:は|が|은|는|이|가)")
_OPENS_REACH = 80


def _acts(body: str, mention: Mention, sentence: tuple[int, int], leaders: _Leaders) -> bool:
    """Whether the mention opens a sentence or a clause as its subject (see above), or
    follows, joined by "and", another leader who does ("after Prime Minister Kishida and
    his counterpart Scott Morrison signed")."""
    if _opens(body, mention, sentence[0]):
        return True
    for o in leaders.within(mention.start - _NAME_REACH * 2, mention.start):
        if o.slug != mention.slug and _AND_THEN.match(body, o.end, mention.start):
            return _opens(body, o, _sentence(body, o.start)[0])
    return False


def _opens(body: str, mention: Mention, start: int) -> bool:
    """Whether the mention opens a sentence or a clause as its subject, not in the
    genitive nor as the time of their government; `start`, its sentence's."""
    if _GENITIVE_AFTER.match(body, mention.end) or _UNDER_BEFORE.search(
        body, max(start, mention.start - 40), mention.start
    ):
        return False
    if _CJK_CHAR.match(body, mention.start):
        opens = mention.start == start or _CJK_OPENS.search(
            body, max(start, mention.start - _OPENS_REACH), mention.start
        )
        return bool(opens and _CJK_SUBJECT_AFTER.match(body, mention.end))
    if mention.start - start <= _OPENS_REACH:
        prefix = body[start : mention.start].lstrip()  # "^" is the sentence's start
    else:
        prefix = "\0" + body[mention.start - _OPENS_REACH : mention.start]
    return _OPENS_CLAUSE.search(prefix) is not None


_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")

# A leaders' meeting or signing of a day the sentence gives: what the report previews or
# tells ("a meeting on Friday between President Biden and Prime Minister Kishida",
# "pertemuan puncaknya pada 13 Januari dengan Presiden Biden", "signed a defense agreement
# with Prime Minister Sunak on Wednesday"); an undated plan is in passing.
_DAY = re.compile(
    r"(?i:\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes"
    r"|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|senin|selasa|rabu|kamis|jumat|sabtu)\b"
    r"|\b\d{1,2}\s+(?:de\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr"
    r"|ago|dic|mei|agu|okt|des)[a-zé]*\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b)"
    r"|\d{1,2}\s?[日일](?!本)|[月火水木金土日]曜|[월화수목금토일]요일|星期[一二三四五六日天]|周[一二三四五六日]"
)
_SUMMIT_WORD = re.compile(
    MET_BEFORE.pattern
    + rf"|{MEETING_NOUN}|(?i:\b(?:meeting|summit|talks|cumbre|reuni[óo]n|pertemuan)\b)"
    + r"|(?i:\b(?:signed|signs|signing|firm[óo]|firmaron|menandatangani)\b)"
    + r"|首脳会談|정상회담|峰会|峰會|首脑会谈|首腦會談|署名|서명|签署|簽署"
)


_DATED_GAP = 100  # "a meeting on Friday between President Biden and Prime Minister …"
# What joins the meeting word to its parties: "between", "with", "con", "dengan".
_JOINED = re.compile(r"(?i:\b(?:between|with|con|entre|dengan|antara)\b)")
_SUMMIT_AFTER = re.compile(rf"[^。.!?\n]{{0,20}}?(?:{_SUMMIT_WORD.pattern})")


def _meeting_dated(body: str, mention: Mention, sentence: tuple[int, int]) -> bool:
    """Whether a meeting word joins the mention (before it, or after a CJK name) and the
    sentence gives the day."""
    start, end = sentence
    before = body[max(start, mention.start - _DATED_GAP) : mention.start]
    word = _SUMMIT_WORD.search(before)
    joined = (word and _JOINED.search(before, word.end())) or _SUMMIT_AFTER.match(body, mention.end)
    if joined is None:
        return False
    low, high = max(start, mention.start - RECEIVED_REACH), min(end, mention.end + RECEIVED_REACH)
    return _DAY.search(body, low, high) is not None


# The leader attends (module docstring). Latin scripts: the attendance word after the name
# as its verb ("Prime Minister X also attended", "…, and Prime Minister X joined them"),
# or before it with only title words, names and "and" between ("attended by Prime
# Minister X", "Also present were …", "asistió también el primer ministro X", "turut hadir
# Perdana Menteri X"); a negation before either word is no attendance.
_ATTEND_VERB = (
    r"(?:attended|joined|sat\s+in|(?:was|were)\s+(?:also\s+)?(?:present|in\s+attendance)"
    r"|asisti[óo]|asistieron|particip[óo]|participaron|estuvo\s+presente|hadir|menghadiri"
    r"|partecip[òo]|era\s+presente)"
)
_ADVERBS = r"(?:(?:also|too|briefly|later|then|personally|también|juga|turut|ikut|pula|anche)\s+)*"
_ATTENDS_AFTER = re.compile(rf"(?i:,?\s+{_ADVERBS}{_ATTEND_VERB}\b)")
# Verbs that come before their subject (Spanish, Indonesian, Italian word order), never
# transitive ones: "Prime Minister X joined President Y" names Y as the one joined.
_VERB_FIRST = (
    r"(?:asisti[óo]|asistieron|particip[óo]|participaron|(?:turut|ikut)\s+hadir|hadir"
    r"|era\s+presente|erano\s+presenti)"
)
_ATTENDS_BEFORE = re.compile(
    rf"(?i:\b(?:(?:attended|joined)\s+(?:also\s+)?by|(?:also\s+)?present\s+(?:was|were)"
    rf"|in\s+attendance\s+(?:was|were)|dihadiri(?:\s+(?:juga|pula))?(?:\s+oleh)?"
    rf"|con\s+la\s+(?:presencia|asistencia|participaci[óo]n)\s+de(?:l)?"
    rf"|{_VERB_FIRST}(?:\s+(?:también|juga|pula|anche))?)\s+)"
    rf"(?:(?:[A-Z][\w.'’-]*,?|{_TITLE_WORDS}|and|y|e|dan|the|el|la|il|also|también)\s+){{0,8}}$"
)
_NEGATED_BEFORE = re.compile(r"(?i:\b(?:not|no|never|nunca|tidak|tak|belum|non)\s+$|n't\s+$)")
# CJK: the name, its title and "also" ("も", "도", "也") or a subject particle, a few words
# ("途中から"), then the word of sitting in or attending; not in the genitive (the
# caller's _GENITIVE_AFTER) nor an event of its own named between ("…首相も就任式に出席").
_CJK_ATTENDS_AFTER = re.compile(
    r"[^、，,。！？!?\n]{0,16}?(?:同席|陪席|出席|列席|参加|參加|참석|배석|동석|陪同)"
)
_CJK_OTHER_EVENT = re.compile(
    rf"(?<!{MEETING_NOUN})(?<!会議)(?<!회의)(?<!会议)(?<!會議)(?:に|へ|에|を|을|를)"
)
_CJK_NEGATED = re.compile(r"(?:し?な[いかく]|せず|しません|되지|하지[^\S\n]?않|하지[^\S\n]?못|않)")
_CJK_NEGATED_BEFORE = re.compile(r"(?:未|没有|沒有|不|안|못)[^\S\n]?$")
# Told as not attending, right after the name as its verb: "Prime Minister X did not
# attend", "…首相は同席しなかった", "…총리는 참석하지 않았다", "no asistió".
_ABSENT_AFTER = re.compile(
    r"(?i:,?\s+(?:(?:did|does|will|would|could)\s+not|didn't|doesn't|won't|wasn't|was\s+not"
    r"|never|no|tidak|tak|belum|non)\s+(?:\w+\s+){0,2}?"
    r"(?:attend|join|sit\s+in|present|in\s+attendance|asisti|particip|hadir|menghadiri|partecip))"
)


def _attends(body: str, mention: Mention, sentence: tuple[int, int]) -> bool:
    """Whether the sentence tells the leader as one attending (see above)."""
    start, end = sentence
    if _GENITIVE_AFTER.match(body, mention.end):
        return False
    if _CJK_CHAR.match(body, mention.start):
        found = _CJK_ATTENDS_AFTER.match(body, mention.end, end)
        if found is None or _CJK_OTHER_EVENT.search(body, mention.end, found.end() - 2):
            return False
        return not (
            _CJK_NEGATED.match(body, found.end())
            or _CJK_NEGATED_BEFORE.search(body, mention.end, found.end() - 2)
        )
    after = _ATTENDS_AFTER.match(body, mention.end, end)
    if after is not None:
        return True
    before = _ATTENDS_BEFORE.search(body, max(start, mention.start - 160), mention.start)
    return before is not None and not _NEGATED_BEFORE.search(
        body, max(start, before.start() - 12), before.start()
    )


def _absent(body: str, mention: Mention) -> bool:
    """Whether the leader's verb, right after the name, tells them as not attending."""
    if _ABSENT_AFTER.match(body, mention.end):
        return True
    found = _CJK_ATTENDS_AFTER.match(body, mention.end)
    return found is not None and bool(
        _CJK_NEGATED.match(body, found.end())
        or _CJK_NEGATED_BEFORE.search(body, mention.end, found.end() - 2)
    )

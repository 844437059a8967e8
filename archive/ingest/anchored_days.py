"""The days a report without a date of its own names relative to a day it gives as today:
"오늘 (15일) … 어제 … 회담" (the meeting yesterday, the 14th), "今天(15日) … 昨天 … 会晤",
"今日(15日)…昨日…会談". Korean, Chinese and Japanese news give today's day of the month in
brackets; a meeting the same text places yesterday, the day before or tomorrow then falls
on that day of the month, which often alone tells which of the same people's meetings it
covers.

A relative word is read only as a word of its own: not inside another ("그제야" only
then, "어제오늘" nothing new, "내일신문" a newspaper), nor as a noun ("더 나은 내일을",
"美好的明天": a better tomorrow). It dates what it governs, the words after it up to its
clause's first break or predicate (`_governed`), and is read only when these hold a
meeting word: "어제 도쿄에 도착한" (arrived yesterday) and "昨天发射导弹，…会谈" (a launch
yesterday, the talks after it) date another event, not the meeting; so do working-level
talks ("昨日は事務方の協議"), below the leaders and ministers whose meetings these are.
A day the text also names as a number ("14일") is read there already
(`cjk_days`) and is not read again. The month is not known: a day before the 1st is not
guessed. Read in the text's opening (`DATE_HEAD`). Pure: no Django.
"""

from __future__ import annotations

import re

from archive.ingest import cjk_days
from archive.ingest.meeting_mentions import DATE_HEAD
from archive.ingest.reference import KnownMeeting

ANCHORED_POINTS = 0.25

# Today with its day of the month in brackets: "오늘 (15일)", "今天(15日)", "今日（15日）".
_TODAY = re.compile(r"(?:오늘|今天|今日|本日)\s*[（(]\s*(?P<day>\d{1,2})\s*[일日]\s*[)）]")

# A Korean day word is a word of its own: no syllable before it, and after it none but a
# particle of time ("어제는", "어제부터", "어제의"); not "그제야", "어제오늘", "내일신문",
# nor "내일을" / "내일이" (tomorrow as a noun: "더 나은 내일을 위해").
_KO = r"(?<![가-힣])(?:{})(?=(?:은|는|도|에|에는|부터|까지|의|만)?(?![가-힣]))"
# A Chinese or Japanese one is no noun a word modifies ("美好的明天", "より良い明日").
_HAN = r"(?<![的い])(?:{})"
# Words for another day than today, and its distance from today ("前日" is yesterday in
# Japanese news and the day before in Chinese: not read, it could be either).
_OTHER_DAY = tuple(
    (re.compile(f"{_KO.format(korean)}|{_HAN.format(han)}"), offset)
    for korean, han, offset in (
        ("어제|어젯밤", "昨天|(?<!一)昨日|昨晚|昨夜|昨晩", -1),
        ("그저께|그제", "前天|一昨日|おととい", -2),
        ("내일", "明天|明日", 1),
    )
)
# The words speak of meeting: talks, a call, met.
_MEETING = re.compile(
    r"회담|통화|만나|만난|만났|회동|접견|会谈|会晤|会见|会面|通话|會談|會晤|會見|會面|通話"
    r"|会談|電話|会見|会合|協議"
)
# Talks of officials below the ministers: not the meeting of leaders or ministers.
_WORKING_LEVEL = re.compile(r"事務方|事務レベル|実務者|実務レベル|실무|工作层|工作級|工作级")

# What a day word governs runs to its clause's first break or predicate. A particle or a
# comma right after the word is its own ("어제는", "一昨日、大統領と会談を行った").
_OWN_TAIL = re.compile(r"(?:には|は|も|に|の)?\s*[,，、]?\s*")
# "后"/"後" after a verb closes its clause ("昨天发射导弹后…会谈"), but not in "今后",
# "最後", "前後", "午後" nor "后天".
_BREAK = re.compile(r"[,，、;；:：。.!?！？\n]|(?<![今最然此落背前午])[后後](?!天)")
# A Korean predicate: a word in the past ("발사했고", "가졌습니다", "만났다"), a verb of
# 하다/되다 ("회담한", "발사하며", "도착해"), a connective or attributive ending
# ("따르면", "밝히면서"), or a bound noun that follows one ("쏜 뒤", "발사한 데").
_KO_PREDICATE = re.compile(
    r"[가-힣]*[았었였했됐켰렸졌쳤웠왔갔섰났봤줬][가-힣]*"
    r"|[가-힣]+(?:하고|되고|하며|되며|하자|하여|해서|해|돼|하는|되는|하던|되던|한다|된다)"
    r"|[가-힣]{2,}(?:한|된|할|될|면)|[가-힣]+(?:니다|면서|는데|지만|으며|으나|도록|려고)"
    r"|(?:데|뒤|후|직후|이후|다음|가운데)(?:에|에는|에도|로)?"
)
_KO_WORD = re.compile(r"[가-힣]+")
# A Japanese predicate: a verb's -te or -ta form ("発射した", "行った", "行われた"), not
# "として" / "に対して" (as, towards).
_JA_PREDICATE = re.compile(r"(?<![と対])して|[っいきぎびみりちえけせべめれじ][たてだで]")
_GOVERNED_MAX = 80


def anchored_days(body: str) -> frozenset[int]:
    """The days of the month an undated text's opening places its meeting on, counted
    from the day it gives as today; empty when it gives none."""
    head = body[:DATE_HEAD]
    today = _TODAY.search(head)
    if today is None:
        return frozenset()
    anchor, named = int(today["day"]), cjk_days.month_days(head)
    found = set()
    for pattern, offset in _OTHER_DAY:
        for match in pattern.finditer(head):
            day = anchor + offset
            if not 1 <= day <= 31 or day in named:
                continue  # another month's day, or one the text names itself
            if _dates_the_meeting(head, match.end()):
                found.add(day)
    return frozenset(found)


def _dates_the_meeting(head: str, end: int) -> bool:
    """The day word ending at `end` governs a meeting word, not of working-level talks."""
    governed = _governed(head, end)
    meeting = _MEETING.search(governed)
    return meeting is not None and not _WORKING_LEVEL.search(governed, 0, meeting.start())


def _governed(head: str, end: int) -> str:
    """The words a day word ending at `end` governs: up to the first break of its clause,
    or through its first predicate."""
    at = _OWN_TAIL.match(head, end).end()
    text = head[at : at + _GOVERNED_MAX]
    cut = _BREAK.search(text)
    stop = cut.start() if cut else len(text)
    for word in _KO_WORD.finditer(text, 0, stop):
        if _KO_PREDICATE.fullmatch(word.group()):
            stop = word.end()
            break
    verb = _JA_PREDICATE.search(text, 0, stop)
    return text[: verb.end() if verb else stop]


def anchored_evidence(
    meeting: KnownMeeting, days: frozenset[int], *, dated: bool
) -> tuple[float, list[str]]:
    """ANCHORED_POINTS for a meeting held on a day of the month the text places it on,
    counted from the day it gives as today (`anchored_days`), in an undated report."""
    if dated or not days:
        return 0.0, []
    first = min(meeting.first_local or meeting.start, meeting.start)
    held = {first.day, meeting.start.day, meeting.end.day}
    hit = sorted(held & days)
    if not hit:
        return 0.0, []
    return ANCHORED_POINTS, [
        f"the text places it on day {hit[0]} of the month, from the day it calls today"
    ]

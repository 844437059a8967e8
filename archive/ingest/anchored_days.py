"""The days a report without a date of its own names relative to a day it gives as today:
"오늘 (15일) … 어제 … 회담" (the meeting yesterday, the 14th), "今天(15日) … 昨天 … 会晤",
"今日(15日)…昨日…会談". Korean, Chinese and Japanese news give today's day of the month in
brackets; a meeting the same text places yesterday, the day before or tomorrow then falls
on that day of the month, which often alone tells which of the same people's meetings it
covers.

Only a relative word in a sentence that speaks of meeting (a talk, a call, a meeting
verb) is read: "어제 도쿄에 도착한" (arrived yesterday) dates an arrival, not the meeting.
A day the text also names as a number ("14일") is read there already (`cjk_days`) and is
not read again. The month is not known: a day before the 1st is not guessed. Read in the
text's opening (`DATE_HEAD`). Pure: no Django.
"""

from __future__ import annotations

import re

from archive.ingest import cjk_days
from archive.ingest.meeting_mentions import DATE_HEAD
from archive.ingest.reference import KnownMeeting

ANCHORED_POINTS = 0.25

# Today with its day of the month in brackets: "오늘 (15일)", "今天(15日)", "今日（15日）".
_TODAY = re.compile(r"(?:오늘|今天|今日|本日)\s*[（(]\s*(?P<day>\d{1,2})\s*[일日]\s*[)）]")
# Words for another day than today, and its distance from today ("前日" is yesterday in
# Japanese news and the day before in Chinese: not read, it could be either).
_OTHER_DAY = (
    (re.compile(r"어제|어젯밤|昨天|(?<!一)昨日|昨晚|昨夜|昨晩"), -1),
    (re.compile(r"그저께|그제|前天|一昨日|おととい"), -2),
    (re.compile(r"내일|明天|明日"), 1),
)
# The sentence speaks of meeting: talks, a call, met.
_MEETING = re.compile(
    r"회담|통화|만나|만난|만났|회동|접견|会谈|会晤|会见|会面|通话|會談|會晤|會見|會面|通話"
    r"|会談|電話|会見|会合|協議"
)
_SENTENCE_END = re.compile(r"[。.!?！？\n]")


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
            if _MEETING.search(_sentence(head, match.start())):
                found.add(day)
    return frozenset(found)


def _sentence(head: str, at: int) -> str:
    ends = [m.end() for m in _SENTENCE_END.finditer(head, max(0, at - 200), at)]
    start = ends[-1] if ends else max(0, at - 200)
    end = _SENTENCE_END.search(head, at)
    return head[start : end.start() if end else min(len(head), at + 200)]


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

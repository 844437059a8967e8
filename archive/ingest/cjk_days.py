"""Days of the month as Chinese, Japanese and Korean reports give them ("17日", "29일"),
the ones a report's lead names, and the words that name days relative to the report's own
date ("어제", "昨天", "上周二"; read with the other languages' by relative_days). Pure: no
Django."""

from __future__ import annotations

import re

from archive.ingest import dates

# "17日", "29일": not part of a month-day ("11月17日") nor of 日本 / 일본 (Japan).
CJK_DAY = re.compile(r"(?<![\d月월./])(?<![月월]\s)(?P<day>\d{1,2})\s*(?:日(?!本)|일(?!본))")

_SENTENCE_END = re.compile(r"[。.!?！？\n]")


def lead_days(text: str) -> frozenset[int]:
    """The days of the month named in the first sentence that names one (alone or with
    its month: "21일", "10月4日")."""
    first = [m for m in (CJK_DAY.search(text), dates.CJK_MONTH_DAY.search(text)) if m]
    if not first:
        return frozenset()
    at = min(m.start() for m in first)
    ends = [m.start() for m in _SENTENCE_END.finditer(text, 0, at)]
    start = ends[-1] + 1 if ends else 0
    end = _SENTENCE_END.search(text, at)
    sentence = text[start : end.start() if end else len(text)]
    found = {int(m["day"]) for m in CJK_DAY.finditer(sentence)}
    found |= {int(m["day"]) for m in dates.CJK_MONTH_DAY.finditer(sentence)}
    return frozenset(day for day in found if 1 <= day <= 31)


# Days named relative to the report's own date: today, yesterday, the day before. 前日 is
# yesterday in Japanese news and the day before yesterday in Chinese: both are read.
# This morning or tonight is today ("今晨", "今朝", "오늘밤"), last night yesterday ("昨晚",
# "昨夜", "어젯밤").
RELATIVE_DAYS = (
    (re.compile(r"오늘|今天|今日|本日|今晨|今早|今晚|今夜|今朝"), (0,)),
    (re.compile(r"어제|어젯밤|昨天|昨日|昨晚|昨夜|昨晩"), (-1,)),
    (re.compile(r"(?<!\d)前日"), (-1, -2)),
    (re.compile(r"그저께|그제|前天|一昨日|おととい"), (-2,)),
)
# A week before the report's or its own: with a weekday, one day of it ("上周二", "지난주
# 금요일", "先週金曜日").
LAST_WEEK = re.compile(r"지난\s?주|上周|上週|上星期|上个星期|上個星期|先週")
THIS_WEEK = re.compile(r"이번\s?주|本周|本週|这周|這週|这个星期|這個星期|今週")

"""Days of the month as Chinese, Japanese and Korean reports give them ("17日", "29일"),
the ones a report's lead names, and the words that name days relative to the report's own
date ("어제", "昨天", "上周二"; read with the other languages' by relative_days). Pure: no
Django."""

from __future__ import annotations

import re

from archive.ingest import dates

# "17日", "29일": not part of a month-day ("11月17日") nor of 日本 / 일본 (Japan), nor a
# count of days: "3일간", "3일 동안", "2박 3일" (three days, two nights), "3일째", "3일 만에",
# "3日間", "2泊3日", "3日目", "3日ぶり" say how long, not which day. A day of this month
# ("本月7日", "今月7日", "当月7日") is one.
CJK_DAY = re.compile(
    r"(?<![\d월./])(?<!(?<![本今当當])月)(?<![月월]\s)(?<!박\s)(?<![박泊])(?P<day>\d{1,2})\s*"
    r"(?:日(?!本|間|间|目|ぶり)|일(?!본|간|째|\s?동안|\s?만에))"
)

_SENTENCE_END = re.compile(r"[。.!?！？\n]")

# A day of another month or year than the one the report speaks of: "지난달 29일" (the
# 29th of last month: the missile launch before the call), "다음달 26일" (next month's
# state visit), "先月24日", "下个月1日", "去年10日". It is no day of the meeting covered.
_OTHER_MONTH = re.compile(
    r"(?:지난\s?달|다음\s?달|저번\s?달|지난해|작년|내년|先月|来月|翌月|昨年|去年|前年|来年|明年"
    r"|上个月|下个月|上個月|下個月|上月|下月)\s*"
    # ... and the end of a range starting on such a day ("다음달 26일~28일").
    r"(?:\d{1,2}\s*[일日]\s*[~〜～\-–]\s*)?$"
)
# The day the news was reported, said after it: "…통화를 했다고 일본 언론이 2일 보도했습니다",
# "…と2日報じた", "…2日报道": the report's day, not the meeting's. A press release of
# that day ("백악관은 30일 보도자료에서", "報道発表") is the readout's: its meeting's day.
_REPORTED = re.compile(r"\s*(?:보도(?!\s?자료)|報じ|報道(?!発表)|报道)")


def _of_another_month(text: str, match: re.Match) -> bool:
    return bool(_OTHER_MONTH.search(text, max(0, match.start() - 14), match.start()))


def month_days(text: str) -> frozenset[int]:
    """The days of the month `text` names alone ("17日", "29일"), less those it places in
    another month or year ("지난달 29일")."""
    return frozenset(
        int(m["day"])
        for m in CJK_DAY.finditer(text)
        if 1 <= int(m["day"]) <= 31 and not _of_another_month(text, m)
    )


def _lead_day(text: str, match: re.Match) -> bool:
    """A day the lead may give for its meeting: not another month's, nor the day the
    news of it was reported."""
    return not _of_another_month(text, match) and not _REPORTED.match(text, match.end())


def lead_days(text: str) -> frozenset[int]:
    """The days of the month named in the first sentence that names one (alone or with
    its month: "21일", "10月4日"), less another month's and the day of the reporting."""
    alone = next((m for m in CJK_DAY.finditer(text) if _lead_day(text, m)), None)
    first = [m for m in (alone, dates.CJK_MONTH_DAY.search(text)) if m]
    if not first:
        return frozenset()
    at = min(m.start() for m in first)
    ends = [m.start() for m in _SENTENCE_END.finditer(text, 0, at)]
    start = ends[-1] + 1 if ends else 0
    end = _SENTENCE_END.search(text, at)
    sentence = text[start : end.start() if end else len(text)]
    found = {int(m["day"]) for m in CJK_DAY.finditer(sentence) if _lead_day(sentence, m)}
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

"""Days of the month as Chinese, Japanese and Korean reports give them ("17日", "29일"),
and the ones a report's lead names. Pure: no Django."""

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

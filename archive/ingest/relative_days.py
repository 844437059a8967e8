"""The days a report names relative to its own date, one table a language: "yesterday",
"ayer", "kemarin", "ieri", "어제", "昨天"; "last week" with a weekday ("la semana pasada",
"pekan lalu", "la settimana scorsa", "上周二"). Chinese, Japanese and Korean words are
cjk_days'; this module puts every language in one table and reads them. Pure: no Django.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from archive.ingest import cjk_days

# Words -> days from the report's own date. A word inside a longer one of another day is
# kept out ("the day before yesterday", "kemarin lusa", "l'altro ieri" are not yesterday).
_LATIN_DAYS = {
    "en": {
        0: r"(?<!USA )(?<!Japan )today",  # not the newspapers
        -1: r"(?<!before )yesterday",
        -2: r"the day before yesterday",
        1: r"tomorrow",
    },
    "es": {0: r"hoy", -1: r"ayer", -2: r"anteayer|antier"},
    "id": {0: r"hari ini", -1: r"kemarin(?!\s+lusa)", -2: r"kemarin\s+lusa", 1: r"besok"},
    "it": {0: r"oggi", -1: r"(?<!altro )ieri", -2: r"l['’]altro\s?ieri"},
}
_LATIN_LAST_WEEK = {
    "en": r"last week",
    "es": r"la semana pasada",
    "id": r"(?:pekan|minggu) lalu",
    "it": r"(?:la )?settimana scorsa",
}
_LATIN_THIS_WEEK = {
    "en": r"this week",
    "es": r"esta semana",
    "id": r"(?:pekan|minggu) ini",
    "it": r"questa settimana",
}


def _words(patterns) -> re.Pattern:
    return re.compile(r"(?i:\b(?:" + "|".join(patterns) + r")\b)")


RELATIVE_DAYS: tuple[tuple[re.Pattern, tuple[int, ...]], ...] = (
    *cjk_days.RELATIVE_DAYS,
    *(
        (_words(table[offset] for table in _LATIN_DAYS.values() if offset in table), (offset,))
        for offset in (0, -1, -2, 1)
    ),
)
LAST_WEEK = (cjk_days.LAST_WEEK, _words(_LATIN_LAST_WEEK.values()))
THIS_WEEK = (cjk_days.THIS_WEEK, _words(_LATIN_THIS_WEEK.values()))


def relative_dates(text: str, published: date, weekdays: frozenset[int]) -> frozenset[date]:
    """The dates `text` names relative to `published` (the report's own date, to the day):
    today, yesterday, the day before, tomorrow; a weekday (`weekdays`, Monday = 0) of last
    week or of this week. `text` is a report's head (meeting_mentions.DATE_HEAD), not its
    whole body."""
    found = {
        published + timedelta(days=offset)
        for pattern, offsets in RELATIVE_DAYS
        if pattern.search(text)
        for offset in offsets
    }
    monday = published - timedelta(days=published.weekday())
    for patterns, start in ((LAST_WEEK, monday - timedelta(days=7)), (THIS_WEEK, monday)):
        if any(pattern.search(text) for pattern in patterns):
            found |= {start + timedelta(days=weekday) for weekday in weekdays}
    return frozenset(found)

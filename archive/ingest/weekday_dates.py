"""A numeric date read by the weekday printed before it ("Sat, 01/09/2010 - 07:47"): of
its two readings, day first and month first, the one that falls on that weekday (split
from dates.py, which reads the first full date of a line)."""

from __future__ import annotations

import re
from datetime import date

from archive.ingest.native_dates import _make

# A weekday printed right before a numeric date ("Sat, 01/09/2010", "Rabu 10/04/2024"):
# of its two readings, day first and month first, the one falling on that weekday.
_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_WEEKDAY_BEFORE = re.compile(r"([^\W\d_]{3,10})\.?,?\s*[(（]?\s*$")
_WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (
            "mon monday lunes senin lunedì lunedi",
            "tue tues tuesday martes selasa martedì martedi",
            "wed wednesday miércoles miercoles rabu mercoledì mercoledi",
            "thu thur thurs thursday jueves kamis giovedì giovedi",
            "fri friday viernes jumat jum'at venerdì venerdi",
            "sat saturday sábado sabado sabtu",
            "sun sunday domingo minggu domenica",
        )
    )
    for name in names.split()
}
WEEKDAY_REACH = 16  # how far before the date its weekday may stand ("Saturday, ")


def weekday_reading(text: str, match: re.Match, day: date) -> date:
    """`day`, or the other reading of a numeric date whose two numbers may both be the
    month, when the weekday printed before it names that reading's day and not `day`'s."""
    numbers = _NUMERIC_DATE.fullmatch(match.group(0))
    if not numbers:
        return day
    first, second, year = (int(n) for n in numbers.groups())
    if first > 12 or second > 12 or first == second:
        return day
    before = _WEEKDAY_BEFORE.search(text[max(0, match.start() - WEEKDAY_REACH) : match.start()])
    weekday = _WEEKDAYS.get(before.group(1).lower()) if before else None
    if weekday is None or day.weekday() == weekday:
        return day
    readings = (_make(year, second, first), _make(year, first, second))  # day, month first
    other = next((reading for reading in readings if reading and reading != day), None)
    return other if other and other.weekday() == weekday else day

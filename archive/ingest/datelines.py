"""A dateline opening a report's text: "Tokyo, Jan 7 (EFE).-", "WASHINGTON –", "ROMA, 7
gennaio 2022 –" (split from header.py, which finds it in the head and re-exports these)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from archive.ingest.native_dates import NATIVE_MONTHS

_WIRE = r"(?P<wire>[A-Z][\w.&'/ -]{1,30})"
# A place's words hold letters, never digits: "UNITED24 - Make a donation!" is a banner.
_PLACE_WORD = r"[A-Z](?:[^\W\d_]|['’.-])*"
_PLACE = rf"(?P<place>{_PLACE_WORD}(?:(?:\s+|\s*/\s*|-){_PLACE_WORD}){{0,4}})"
_EN_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# The month names of the Latin-script languages the archive reads, in any case ("7 de
# enero de 2022", "7 gennaio 2022", "7 Mei 2022", "enero 7, 2022").
_NATIVE_MONTH = (
    r"(?i:" + "|".join(sorted(NATIVE_MONTHS, key=lambda name: (-len(name), name))) + r")\b\.?"
)
_MONTH = rf"(?:{_EN_MONTH}|{_NATIVE_MONTH})"
# "Tokyo, Jan 7 (EFE).-", "TOKYO / WASHINGTON, Jan 7 (Reuters) –", "WASHINGTON –",
# "BEIJING (AP) —", "Jakarta, 11 January 2023 -", "ROMA, 7 gennaio 2022 –",
# "WASHINGTON, 7 de enero de 2022 (VOA) —".
DATELINE = re.compile(
    rf"^{_PLACE}"
    rf"(?:,\s*(?P<date>{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:º|°)?\s+(?:de\s+)?{_MONTH}(?:,?\s+(?:del?\s+)?\d{{4}})?))?"
    rf"\s*(?:\({_WIRE}\))?"
    r"\s*(?P<sep>\.-|\.–|[–—-]{1,2}|:)\s+"
)

# Weekday names that open a date line ("Jumat, 7 Januari 2022 -", "Lunes, 7 de enero").
WEEKDAYS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday
    lunes martes miércoles jueves viernes sábado domingo
    lunedì martedì mercoledì giovedì venerdì sabato domenica
    senin selasa rabu kamis jumat sabtu minggu
    """.split()
)


@dataclass(frozen=True)
class Dateline:
    raw: str  # as printed, e.g. "Tokyo, Jan 7 (EFE).-"
    city: str  # the first place, title-cased: "Tokyo"
    date_text: str  # "Jan 7", or "" if the dateline carries no date
    wire: str  # the credit in brackets, "EFE", or ""
    index: int  # the paragraph it opens


def match_dateline(line: str) -> re.Match | None:
    """A dateline opening `line`, trusted only when it is unmistakable.

    The place must be printed in capitals ("WASHINGTON –") or be followed by a date or
    a wire credit ("Tokyo, Jan 7 (EFE).-"); otherwise "Officials from the two allies –"
    would pass for one. A weekday is no place.
    """
    match = DATELINE.match(line)
    if not match:
        return None
    place = match.group("place")
    if place.casefold() in WEEKDAYS:
        return None  # "Jumat, 7 Januari 2022 - 10:15 WIB" is a date line, not a dateline
    if place.upper() == place or match.group("date") or match.group("wire"):
        return match
    return None

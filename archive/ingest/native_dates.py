"""Dates in native forms, read by our own patterns rather than dateparser (see dates.py,
which reads the publication date with them): CJK "2022年1月7日" and "2022년 1월 7일",
Japanese era years "令和4年1月7日" (ERAS), year-first figures "2022.01.07", the month names
of the Latin-script languages the archive meets (NATIVE_MONTHS: "7 de enero de 2022",
"Januari 07, 2022"), CJK month words before the day ("四月 6, 2021") and month-only forms.
Every pattern expects ASCII digits (dates.ascii_digits).
"""

from __future__ import annotations

import re
from datetime import date

# Japanese eras: name -> the Gregorian year of the era's first year (元年).
ERAS = {"令和": 2019, "平成": 1989, "昭和": 1926, "大正": 1912, "明治": 1868}
_ERA = "|".join(ERAS)
_YEAR = rf"(?:(?P<era>{_ERA})\s*(?P<era_year>元|\d{{1,2}})|(?P<year>\d{{4}}))"
# "2022年1月7日", "令和4年1月7日（金）", "2022년 1월 7일 (금)".
CJK_FULL_DATE = re.compile(
    rf"{_YEAR}\s*[年년]\s*(?P<month>\d{{1,2}})\s*[月월]\s*(?P<day>\d{{1,2}})\s*[日일]"
)
CJK_MONTH_YEAR = re.compile(rf"{_YEAR}\s*[年년]\s*(?P<month>\d{{1,2}})\s*[月월](?!\s*\d)")
CJK_YEAR = re.compile(rf"{_YEAR}\s*年(?!\s*\d{{1,2}}\s*月)")
CJK_MONTH_DAY = re.compile(r"(?<![\d年년])(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]")
# Year first in figures, as Korean and Chinese sites print it: "2022.01.07", "2022/1/7",
# "2022. 1. 7." (Korean puts a space after each dot).
YMD_DATE = re.compile(
    r"(?<![\d.])(?P<year>\d{4})(?P<sep>[./])\s?(?P<month>\d{1,2})(?P=sep)\s?(?P<day>\d{1,2})"
    r"(?![\d])"
)

# Month names (and their usual abbreviations) of the Latin-script languages the archive
# meets. No name means two different months in two languages.
NATIVE_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "enero ene gennaio gen januari janeiro janvier januar",
            "febrero febbraio februari fevereiro février februar",
            "marzo maret março mars märz",
            "abril abr aprile april avril",
            "mayo maggio mag mei maio mai",
            "junio giugno giu juni junho juin",
            "julio luglio lug juli julho juillet",
            "agosto ago agustus agu agt août",
            "septiembre setiembre settembre set september setembro septembre",
            "octubre ottobre ott oktober okt outubro octobre",
            "noviembre novembre novembro",
            "diciembre dic dicembre desember des dezembro décembre dezember",
        ),
        start=1,
    )
    for name in names.split()
}
_NATIVE_MONTH = (
    "(?P<month_name>"
    + "|".join(sorted(NATIVE_MONTHS, key=lambda name: (-len(name), name)))
    + r")\.?"
)
# "7 de enero de 2022", "7 gennaio 2022", "7 Januari 2022", "1º de maio de 2022".
NATIVE_FULL_DATE = re.compile(
    rf"(?<![\w])(?P<day>\d{{1,2}})(?:º|°|er)?\s+(?:de\s+)?{_NATIVE_MONTH}"
    r"(?:\s+del?\s+|,?\s+)(?P<year>\d{4})(?!\d)",
    re.IGNORECASE,
)
# Month first, as VOA's Spanish and Indonesian pages print their date line: "enero 07,
# 2022", "Januari 07, 2022" (the comma tells it from "enero de 2022").
NATIVE_MONTH_FIRST = re.compile(
    rf"(?<![\w]){_NATIVE_MONTH}\s+(?P<day>\d{{1,2}}),\s*(?P<year>\d{{4}})(?!\d)", re.IGNORECASE
)
# A CJK month word printed where the Latin month name goes, day and year after it, as
# WordPress prints "F j, Y" in Chinese, Japanese and Korean: US Embassy China's "四月 6,
# 2021", "4月 6, 2021", "4월 6, 2021".
_CJK_MONTH_NUMERALS = {
    word: number
    for number, word in enumerate("一 二 三 四 五 六 七 八 九 十 十一 十二".split(), start=1)
}
CJK_MONTH_FIRST = re.compile(
    r"(?<![\d一二三四五六七八九十年년])(?P<month>十[一二]?|[一二三四五六七八九]|\d{1,2})\s*[月월]"
    r"\s+(?P<day>\d{1,2}),\s*(?P<year>\d{4})(?!\d)"
)
NATIVE_MONTH_YEAR = re.compile(
    rf"(?<![\w]){_NATIVE_MONTH}(?:\s+del?\s+|,?\s+)(?P<year>\d{{4}})(?!\d)", re.IGNORECASE
)


def _year_of(match: re.Match) -> int:
    if match.group("era"):
        number = match.group("era_year")
        return ERAS[match.group("era")] + (0 if number == "元" else int(number) - 1)
    return int(match.group("year"))


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _native_dates(text: str, default_year: int | None = None) -> list[tuple[int, date]]:
    """(position, date) of every native full date in `text` (digits already ASCII).

    With `default_year`, a yearless CJK date ("11月14日") counts too, in that year.
    """
    found: list[tuple[int, date]] = []
    taken: list[tuple[int, int]] = []
    for match in CJK_FULL_DATE.finditer(text):
        day = _make(_year_of(match), int(match.group("month")), int(match.group("day")))
        taken.append(match.span())
        if day:
            found.append((match.start(), day))
    for match in YMD_DATE.finditer(text):
        day = _make(*(int(match.group(name)) for name in ("year", "month", "day")))
        if day:
            found.append((match.start(), day))
    for match in (*NATIVE_FULL_DATE.finditer(text), *NATIVE_MONTH_FIRST.finditer(text)):
        month = NATIVE_MONTHS[match.group("month_name").lower()]
        day = _make(int(match.group("year")), month, int(match.group("day")))
        if day:
            found.append((match.start(), day))
    for match in CJK_MONTH_FIRST.finditer(text):
        month = match.group("month")
        number = int(month) if month.isdigit() else _CJK_MONTH_NUMERALS[month]
        day = _make(int(match.group("year")), number, int(match.group("day")))
        if day:
            found.append((match.start(), day))
    if default_year is not None:
        for match in CJK_MONTH_DAY.finditer(text):
            if any(start <= match.start() < end for start, end in taken):
                continue
            day = _make(default_year, int(match.group("month")), int(match.group("day")))
            if day:
                found.append((match.start(), day))
    return sorted(found, key=lambda item: item[0])

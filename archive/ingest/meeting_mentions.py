"""The dates and places a report's text mentions, read once per report for
`meeting_context`.

Dates, from the most to the least precise:

- full dates with a year (English, native Latin-script month names, CJK with era years,
  year-first figures);
- a month and a day without a year ("June 6", "6 June", "10月4日", "10월 4일", "13 Januari",
  "26 de abril", and the Indonesian "Rabu (10/4)": a weekday, then day/month), also after
  a year named by its relation to now ("本年5月1日", "今年3月16日", "去年4月10日");
- a day of the month alone, as Japanese and Korean reports give it ("17日", "29일");
- a weekday ("Thursday", "el miércoles", "木曜日", "목요일"): in a report without a date
  of its own, weak evidence for a meeting held on that weekday.

Places: each curated place (a city or a country where meetings were held) with its names
in English, Japanese, Korean, Chinese and the Latin-script languages; place and weekday
names are found together, in one pass over the text. Pure: no Django.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from archive.ingest import dates, prefilter
from archive.ingest.cjk_days import lead_days, month_days
from archive.ingest.meeting_places import PLACE_NAMES

_EN_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sept sep",
            "october oct",
            "november nov",
            "december dec",
        ),
        start=1,
    )
    for name in names.split()
}
_EN_NAMES = "|".join(
    name.capitalize() for name in sorted(_EN_MONTHS, key=lambda name: (-len(name), name))
)
_ORDINAL = r"(?:st|nd|rd|th)?"
# Capitalised month names only ("may 5" is rarely a date); the year is optional.
EN_MONTH_DAY = re.compile(
    rf"\b(?P<mon>{_EN_NAMES})\.?\s+(?P<day>\d{{1,2}}){_ORDINAL}\b(?:,?\s+(?P<year>\d{{4}})\b)?"
    rf"|\b(?P<day2>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?(?P<mon2>{_EN_NAMES})\b\.?"
    r"(?:,?\s+(?P<year2>\d{4})\b)?"
)
# A stretch of days in one month: "from July 7th to 12th", "July 7-12", "7 to 12 July",
# "7月7日から12日", "6월 26일~29일": each day of it is named (a visit, a tour, a
# conference, and the meeting held on one of its days).
_RANGE_SIGN = r"\s*(?:-|–|—|~|〜|～|\bto\b|\bthrough\b|\buntil\b)\s*"
EN_RANGE = re.compile(
    rf"\b(?P<mon>{_EN_NAMES})\.?\s+(?P<d1>\d{{1,2}}){_ORDINAL}{_RANGE_SIGN}"
    rf"(?P<d2>\d{{1,2}}){_ORDINAL}\b(?!\s*(?:{_EN_NAMES}|:|\.\d|[ap]\.?m\b))"
    rf"|\b(?P<d1b>\d{{1,2}}){_ORDINAL}{_RANGE_SIGN}(?P<d2b>\d{{1,2}}){_ORDINAL}\s+"
    rf"(?:of\s+)?(?P<monb>{_EN_NAMES})\b"
)
CJK_RANGE = re.compile(
    r"(?<![\d年년])(?P<month>\d{1,2})\s*[月월]\s*(?P<d1>\d{1,2})\s*[日일]?\s*"
    r"(?:から|~|〜|～|-|–|至|到|부터)\s*(?:(?P<month2>\d{1,2})\s*[月월]\s*)?(?P<d2>\d{1,2})\s*[日일]"
)
LONGEST_RANGE = 14  # days: a longer stretch names no meeting's day


def _ranges(text: str) -> set[tuple[int, int]]:
    """(month, day) of every day of each stretch of days the text names in one month."""
    found = set()
    for match in EN_RANGE.finditer(text):
        name = match["mon"] or match["monb"]
        first, last = int(match["d1"] or match["d1b"]), int(match["d2"] or match["d2b"])
        found |= _stretch(_EN_MONTHS[name.lower()], first, last)
    for match in CJK_RANGE.finditer(text):
        if match["month2"] and int(match["month2"]) != int(match["month"]):
            continue  # "6月5日から7月10日": a stretch across months, no one month's days
        found |= _stretch(int(match["month"]), int(match["d1"]), int(match["d2"]))
    return found


def _stretch(month: int, first: int, last: int) -> set[tuple[int, int]]:
    if not (1 <= month <= 12 and 1 <= first < last <= 31 and last - first <= LONGEST_RANGE):
        return set()
    return {(month, day) for day in range(first, last + 1)}


# Latin-script month names long enough not to be words of their own ("set", "mar", "des").
_NATIVE_NAMES = sorted(
    (name for name in dates.NATIVE_MONTHS if len(name) >= 4 or name == "mei"),
    key=lambda name: (-len(name), name),
)
NATIVE_MONTH_DAY = re.compile(
    r"(?<!\w)(?P<day>\d{1,2})(?:º|°|er)?\s+(?:de\s+)?(?P<mon>" + "|".join(_NATIVE_NAMES) + r")\b"
    r"(?:(?:\s+del?\s+|,?\s+)(?P<year>\d{4})(?!\d))?",
    re.IGNORECASE,
)
# "Rabu (10/4)": an Indonesian weekday, then day/month in brackets.
WEEKDAY_DAY_MONTH = re.compile(
    r"\b(?P<weekday>senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\s*"
    r"\((?P<day>\d{1,2})/(?P<month>\d{1,2})\)",
    re.IGNORECASE,
)
_ID_WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4}
_ID_WEEKDAYS |= {"sabtu": 5, "minggu": 6}
# An ISO date in running text ("2022-05-10", "date 2017-09-15"), not inside a longer run
# of figures and dashes (a telephone number, a reference code).
ISO_DATE = re.compile(
    r"(?<![\d-])(?P<year>(?:19|20)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d-])"
)
# A month and day after a year named by its relation to now, not in figures: "本年5月1日",
# "今年3月16日", "昨年11月", "去年4月10日", "同年9月" (the year of the date before). CJK_MONTH_DAY
# leaves out a month right after 年 (a full date's), so these are read here, as a month and
# a day: which year "this year" is, an undated text does not say.
RELATIVE_YEAR_MONTH_DAY = re.compile(
    r"(?:本|今|昨|去|前|同|翌|明|来|來)年\s*(?:の|的)?\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"
)


# Weekdays (Monday = 0), as `date.weekday()` counts them.
WEEKDAY_NAMES = (
    r"monday|lunes|senin|lunedì|月曜|월요일|星期一|周一|週一",
    r"tuesday|martes|selasa|martedì|火曜|화요일|星期二|周二|週二",
    r"wednesday|miércoles|rabu|mercoledì|水曜|수요일|星期三|周三|週三",
    r"thursday|jueves|kamis|giovedì|木曜|목요일|星期四|周四|週四",
    r"friday|viernes|jumat|jum'at|venerdì|金曜|금요일|星期五|周五|週五",
    r"saturday|sábado|sabtu|sabato|土曜|토요일|星期六|周六|週六",
    r"sunday|domingo|domenica|日曜|일요일|星期日|星期天|周日|週日",  # "minggu" is also "week"
)
# {folded name: the weekdays it names}; found with the places' names in one pass.
_WEEKDAY_OF = {
    prefilter.fold(name): n for n, names in enumerate(WEEKDAY_NAMES) for name in names.split("|")
}


# A report dates its meeting in its opening; the pipeline puts the headline last. Only
# these are read for dates, so that a long report costs no more than a short one.
DATE_HEAD = 5000
DATE_TAIL = 300


@dataclass(frozen=True)
class MentionedDates:
    full: frozenset[date] = frozenset()
    month_days: frozenset[tuple[int, int]] = frozenset()
    days: frozenset[int] = frozenset()
    weekdays: frozenset[int] = frozenset()
    # The weekdays named, read against the first date the text gives with its weekday
    # (a full date, "Jumat (6/1)"): "on Thursday" in a report that opens "Friday (6/1)"
    # is 5 or 12 January, the Thursday of that week on either side.
    relative: frozenset[tuple[int, int]] = frozenset()
    # The days of the month the lead names: its first sentence that gives a day ("트럼프
    # 대통령이 21일 아베 총리와 통화", "拜登7日与岸田通话"); the days named after it date
    # other events ("지난 20일" a visit, "23일부터" a trip to come).
    lead_days: frozenset[int] = frozenset()
    # The months and days read without a year ("April 26", "26日"), beside those of full
    # dates: a full date's month and day belong to its year only.
    yearless: frozenset[tuple[int, int]] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.full or self.month_days or self.days or self.weekdays)


def _add(found: dict, year: int | None, month: int, day: int) -> None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return
    if year is not None:
        try:
            found["full"].add(date(year, month, day))
        except ValueError:
            return
    else:
        found["yearless"].add((month, day))
    found["month_days"].add((month, day))


def mentioned_dates(body: str) -> MentionedDates:
    """Every date the text's opening and last lines mention, full or partial, and the
    weekdays they name (see the module docstring)."""
    if len(body) > DATE_HEAD + DATE_TAIL:
        body = f"{body[:DATE_HEAD]}\n{body[-DATE_TAIL:]}"
    text = dates.ascii_digits(body)
    weekdays = {_WEEKDAY_OF[n] for n in _names_found(prefilter.fold(body)) if n in _WEEKDAY_OF}
    found: dict[str, set] = {"full": set(), "month_days": set(), "yearless": set()}
    for match in dates.CJK_FULL_DATE.finditer(text):
        _add(found, dates._year_of(match), int(match["month"]), int(match["day"]))
    for pattern in (dates.CJK_MONTH_DAY, RELATIVE_YEAR_MONTH_DAY):
        for match in pattern.finditer(text):
            _add(found, None, int(match["month"]), int(match["day"]))
    for pattern in (dates.YMD_DATE, ISO_DATE):
        for match in pattern.finditer(text):
            _add(found, int(match["year"]), int(match["month"]), int(match["day"]))
    for match in EN_MONTH_DAY.finditer(text):
        month = _EN_MONTHS[(match["mon"] or match["mon2"]).lower()]
        year = match["year"] or match["year2"]
        _add(found, int(year) if year else None, month, int(match["day"] or match["day2"]))
    for match in NATIVE_MONTH_DAY.finditer(text):
        month = dates.NATIVE_MONTHS[match["mon"].lower()]
        _add(found, int(match["year"]) if match["year"] else None, month, int(match["day"]))
    for match in WEEKDAY_DAY_MONTH.finditer(text):
        _add(found, None, int(match["month"]), int(match["day"]))
    ranges = _ranges(text)
    found["month_days"] |= ranges
    found["yearless"] |= ranges
    days = month_days(text)
    anchor = _weekday_anchor(text)
    return MentionedDates(
        frozenset(found["full"]),
        frozenset(found["month_days"]),
        frozenset(days),
        frozenset(weekdays),
        frozenset((d.month, d.day) for d in weekday_dates(weekdays, anchor))
        if anchor
        else frozenset(),
        lead_days(text),
        frozenset(found["yearless"]),
    )


def _weekday_anchor(text: str) -> date | None:
    """The first date the text gives whose weekday is known: a full date (any year the
    readers above take), or an Indonesian weekday with its day and month ("Jumat (6/1)",
    placed in a year where that day is that weekday, for the arithmetic of the week)."""
    first: tuple[int, date] | None = None
    for pattern in (dates.CJK_FULL_DATE, dates.YMD_DATE, ISO_DATE, EN_MONTH_DAY, NATIVE_MONTH_DAY):
        for match in pattern.finditer(text):
            day = _full_date_of(pattern, match)
            if day is not None:
                if first is None or match.start() < first[0]:
                    first = (match.start(), day)
                break
    match = WEEKDAY_DAY_MONTH.search(text)
    if match and (first is None or match.start() < first[0]):
        weekday = _ID_WEEKDAYS[match["weekday"].lower()]
        day = _in_a_year_on(int(match["month"]), int(match["day"]), weekday)
        if day is not None:
            first = (match.start(), day)
    return first[1] if first else None


def _full_date_of(pattern: re.Pattern, match: re.Match) -> date | None:
    if pattern is dates.CJK_FULL_DATE:
        year, month, day = dates._year_of(match), int(match["month"]), int(match["day"])
    elif pattern is EN_MONTH_DAY:
        year = match["year"] or match["year2"]
        if not year:
            return None
        month = _EN_MONTHS[(match["mon"] or match["mon2"]).lower()]
        year, day = int(year), int(match["day"] or match["day2"])
    elif pattern is NATIVE_MONTH_DAY:
        if not match["year"]:
            return None
        year, month = int(match["year"]), dates.NATIVE_MONTHS[match["mon"].lower()]
        day = int(match["day"])
    else:
        year, month, day = int(match["year"]), int(match["month"]), int(match["day"])
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _in_a_year_on(month: int, day: int, weekday: int) -> date | None:
    """(month, day) in the latest year up to 2028 in which it falls on `weekday` (29
    February only in a leap year)."""
    for year in range(2028, 2000, -1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate.weekday() == weekday:
            return candidate
    return None


def weekday_dates(weekdays: frozenset[int] | set[int], anchor: date) -> set[date]:
    """Each weekday named, as the days of that weekday within six days of `anchor`, before
    and after it (the text says "on Thursday" of the week it dates, past or to come)."""
    found = set()
    for offset in range(-6, 7):
        day = anchor + timedelta(days=offset)
        if day.weekday() in weekdays:
            found.add(day)
    return found


def meeting_days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


# One scan for every name: {folded name: the places it stands for}; Latin-script names
# as whole words, CJK ones anywhere.
_PLACE_OF: dict[str, set[str]] = {}
for _place, _names in PLACE_NAMES.items():
    for _name in _names.split("|"):
        _PLACE_OF.setdefault(prefilter.fold(_name), set()).add(_place)
PLACE_OF = _PLACE_OF  # for `meeting_names`, which reads the places with other names
# Every place and weekday name, found in one Aho-Corasick pass over the folded text.
_NAMES = prefilter.Needles([*_PLACE_OF, *_WEEKDAY_OF])


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _names_found(folded: str) -> set[str]:
    """The place and weekday names in `folded`: Latin-script ones as whole words (as
    `\\b` would find them), CJK ones anywhere."""
    found = set()
    for name, starts in _NAMES.table(folded).items():
        if not name[0].isascii():
            found.add(name)
            continue
        for start in starts:
            end = start + len(name)
            before = start > 0 and _is_word(folded[start - 1])
            after = end < len(folded) and _is_word(folded[end])
            if not before and not after:
                found.add(name)
                break
    return found


def mentioned_places(folded: str) -> frozenset[str]:
    """The curated places the text names (`folded` is `prefilter.fold(body)`)."""
    names = _names_found(folded)
    return frozenset(place for name in names if name in _PLACE_OF for place in _PLACE_OF[name])

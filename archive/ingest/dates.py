"""The publication date, and how sure we are of it.

Candidates are found with regexes (cheap, predictable) and parsed with dateparser in the
outlet's language and date order, so "11/1/2023" on an Indonesian site is 11 January
while on a US site it would be 1 November. Precision:

- "day": a full date was printed (or hinted);
- "month": only month and year ("January 2022");
- "inferred": day and month were printed without a year (a wire dateline such as
  "Tokyo, Jan 7 (EFE).-"), and the year comes from the meeting the report covers;
- "unknown": nothing usable.

Native forms are read by our own patterns (native_dates.py), not dateparser (whose CJK
support depends on its locale data and which cannot count Japanese eras):

- Chinese and Japanese "2022年1月7日", with a weekday "（金）" or not, full-width digits
  "２０２２年１月７日" (every date is read after full-width digits become ASCII);
- Japanese era years "令和4年1月7日", "平成29年11月5日", "令和元年5月1日" (元 = the era's
  first year; ERAS gives each era's first Gregorian year);
- Korean "2022년 1월 7일" and year-first numbers "2022.01.07", "2022/1/7";
- Spanish, Italian, Indonesian (and Portuguese, French, German) month names:
  "7 de enero de 2022", "7 gennaio 2022", "Jumat, 7 Januari 2022";
- month-only forms "2022年1月", "2022년 1월", "enero de 2022", "gennaio 2022";
- a CJK date without a year ("11月14日") takes the year of a date or year printed in
  the page's header ("令和6年11月14日" or "令和6年" on its own line); with none, it is
  kept as a month and day for the meeting to supply the year, like a yearless dateline.

A Japanese government page prints its own date on a line of its own above the body, and
its body tells of events "現地時間11月14日" (local time) that may fall a day apart: the
header line is read first, so the page's own date wins.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

import dateparser

from archive.ingest import prefilter
from archive.ingest.cjk import has_cjk, units
from archive.ingest.native_dates import (  # noqa: F401 (some re-exported: callers)
    CJK_FULL_DATE,
    CJK_MONTH_DAY,
    CJK_MONTH_YEAR,
    CJK_YEAR,
    NATIVE_FULL_DATE,
    NATIVE_MONTH_YEAR,
    NATIVE_MONTHS,
    YMD_DATE,
    _make,
    _native_dates,
    _year_of,
)
from archive.ingest.record_labels import is_presenter_line
from archive.ingest.weekday_dates import weekday_reading

# In any case: "FEBRUARY 11, 2022" is how the State Department prints its date line.
_MONTH = r"(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]*|[A-Z]*)\.?"
FULL_DATE = re.compile(
    rf"\b{_MONTH},?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"  # Jan 07, 2022; November, 11, 2009
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}\b"  # 7 January 2022
    r"|\b\d{4}-\d{2}-\d{2}\b"  # 2022-01-07
    r"|\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b"  # 11/1/2023
)
MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+\d{{4}}\b")

_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")

# Languages whose sites print numeric dates month first; everyone else is day first.
MONTH_FIRST_LANGUAGES = frozenset({"en-us"})

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}


@dataclass(frozen=True)
class DateFinding:
    published: date | None
    precision: str  # "day", "month", "inferred" (once a year is supplied) or "unknown"
    source: str  # where it came from: "hint", "metadata", "header", "dateline", "body"
    month_day: tuple[int, int] | None = None  # a yearless dateline date, awaiting a year


UNKNOWN = DateFinding(None, "unknown", "")


def _settings(language: str) -> dict:
    order = "MDY" if language.lower() in MONTH_FIRST_LANGUAGES else "DMY"
    return {
        "DATE_ORDER": order,
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "REQUIRE_PARTS": ["day", "month", "year"],
    }


_FULL_WIDTH_DIGIT = re.compile("[０-９]")


def ascii_digits(text: str) -> str:
    """`text` with full-width digits ("２０２２") as ASCII ones (a text without one as it
    is: searching for one is many times faster than translating a long text)."""
    return text.translate(_FULL_WIDTH_DIGITS) if _FULL_WIDTH_DIGIT.search(text) else text


def parse_full_date(text: str, language: str = "en") -> date | None:
    """A full date (day, month, year) in `text`, read in `language`'s date order."""
    text = ascii_digits(text.strip())
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:[T ].*)?", text):
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None
    native = _native_dates(text)
    if native:
        return native[0][1]
    languages = list(dict.fromkeys([language.split("-")[0].lower(), "en"]))
    try:
        parsed = dateparser.parse(text, languages=languages, settings=_settings(language))
    except (ValueError, OverflowError):  # dateparser raises on some odd inputs
        return None
    return parsed.date() if parsed else None


def find_month_year(text: str) -> date | None:
    """The first of the month of a month-only date: "January 2022", "2022年1月",
    "2022년 1월", "enero de 2022", "gennaio 2022" (None if `text` holds none)."""
    text = ascii_digits(text)
    found: list[tuple[int, date | None]] = []
    for match in MONTH_YEAR.finditer(text):
        month = _MONTHS.get(match.group(0).split()[0].lower()[:3])
        if month:
            found.append((match.start(), date(int(match.group(0).split()[-1]), month, 1)))
    for match in CJK_MONTH_YEAR.finditer(text):
        found.append((match.start(), _make(_year_of(match), int(match.group("month")), 1)))
    for match in NATIVE_MONTH_YEAR.finditer(text):
        month = NATIVE_MONTHS[match.group("month_name").lower()]
        found.append((match.start(), _make(int(match.group("year")), month, 1)))
    days = [day for _, day in sorted(found, key=lambda item: item[0]) if day]
    return days[0] if days else None


def find_year(text: str) -> int | None:
    """The year of the first date, month or bare year ("令和6年", "2024年") in `text`."""
    text = ascii_digits(text)
    candidates = [
        (match.start(), _year_of(match))
        for pattern in (CJK_FULL_DATE, CJK_MONTH_YEAR, CJK_YEAR)
        for match in pattern.finditer(text)
    ]
    if candidates:  # a full date's year counts only without a CJK one (it ranks last)
        return min(candidates)[1]
    day = find_full_date(text)
    return day.year if day else None


def parse_hint(text: str, language: str = "en") -> DateFinding:
    """A hinted or metadata date: a full date, or a month and year."""
    day = parse_full_date(text, language)
    if day:
        return DateFinding(day, "day", "hint")
    first = find_month_year(text)
    if first:
        return DateFinding(first, "month", "hint")
    return UNKNOWN


def find_full_date(
    text: str, language: str = "en", *, default_year: int | None = None
) -> date | None:
    """The first full date printed in `text`.

    With `default_year`, a CJK date without a year ("11月14日") is read in that year.
    """
    text = ascii_digits(text)
    native = _native_dates(text, default_year)  # in order
    # The first printed date that reads wins, a native one on a tie: dates printed later
    # are not parsed (dateparser is slow, and a long text prints many).
    for match in FULL_DATE.finditer(text):
        if native and match.start() >= native[0][0]:
            break
        day = parse_full_date(match.group(0), language)
        if day:
            return weekday_reading(text, match, day)
    return native[0][1] if native else None


def month_day(text: str) -> tuple[int, int] | None:
    """(month, day) from a yearless date such as "Jan 7", "7 January" or "11月14日"."""
    text = ascii_digits(text.strip())
    cjk = CJK_MONTH_DAY.fullmatch(text)
    if cjk:
        month, day = int(cjk.group("month")), int(cjk.group("day"))
        return (month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None
    match = re.fullmatch(rf"({_MONTH})\s+(\d{{1,2}})|(\d{{1,2}})\s+({_MONTH})", text)
    if not match:
        return _native_month_day(text)
    name, number = (match.group(1), match.group(2)) if match.group(1) else match.group(4, 3)
    month = _MONTHS.get(name.lower()[:3])
    day = int(number)
    return (month, day) if month and 1 <= day <= 31 else None


_NATIVE_MONTH_DAY = re.compile(
    r"(?P<day>\d{1,2})(?:º|°)?\s+(?:de\s+)?(?P<name>[^\W\d_]+)\.?|(?P<name2>[^\W\d_]+)\.?\s+(?P<day2>\d{1,2})"
)


def _native_month_day(text: str) -> tuple[int, int] | None:
    """(month, day) from a yearless date in a Latin-script language ("7 de enero", "7
    gennaio", "7 Mei", "enero 7"): a dateline's date without its year."""
    match = _NATIVE_MONTH_DAY.fullmatch(text)
    if not match:
        return None
    month = NATIVE_MONTHS.get((match["name"] or match["name2"]).lower())
    day = int(match["day"] or match["day2"])
    return (month, day) if month and 1 <= day <= 31 else None


def _first_month_day(text: str) -> tuple[int, int] | None:
    if "月" not in text and "월" not in text:  # CJK_MONTH_DAY's look-behind: every position
        return None
    for match in CJK_MONTH_DAY.finditer(ascii_digits(text)):
        found = month_day(match.group(0))
        if found:
            return found
    return None


# What a date line adds to its date: times of day ("07:45", "21時55分", "오후 3시 10분"), a
# bracketed note of the update ("2022/1/17 07:45(1/17 08:10 更新)"), a bracketed weekday
# ("(水曜日)", "(금)") and where it happened ("於:本省大臣接見室": a press conference's
# record, "(令和6年10月2日(水曜日)21時55分 於:本省大臣接見室)"; the date's own label
# ("更新日:"); in English the room or the ministry after the time, "Wednesday, January
# 27, 2021, 8:31 a.m. Ministry of Foreign Affairs").
_DATE_LINE_EXTRAS = re.compile(
    r"[(（][^()（）]{0,30}(?:更新|updated|actualizado|diperbarui|aggiornato)[^()（）]{0,10}[)）]"
    r"|\d{1,2}[:：.]\d{2}\s*[ap]\.?\s?m\.?(?:[\s,]+(?:of|for|the|and|[A-Z][\w'’.-]*)){0,8}"
    r"|\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
    r"|(?:午前|午後|上午|下午|오전|오후)?\s*\d{1,2}\s*[時时시]\s*(?:\d{1,2}\s*[分분])?(?:頃|ごろ|경)?"
    r"|[(（]\s*(?:[月火水木金土日](?:曜日?)?|[월화수목금토일](?:요일)?|星期[一二三四五六日天])\s*[)）]"
    r"|於\s*[:：]?\s*[^\s()（）]{1,30}"
    # The date's label: "更新日:令和7年12月25日" (updated), "게시일: 2024.01.05", "发布时间：".
    r"|(?:更新日|掲載日|公開日|発表日|作成日|게시일|등록일|수정일|发布(?:时间|日期)|發佈(?:時間|日期)"
    r"|更新(?:时间|時間))\s*[:：]"
    # The byline beside the date: "Jan. 7, 2022 | By Jim Garamone, DOD News".
    r"|[|｜]\s*(?:by|oleh|por|di|da)\s+[^|｜]{1,60}$",
    re.IGNORECASE,
)

# Where a match of _DATE_LINE_EXTRAS may begin: each alternative's first characters, or
# the spaces before a time's digits (" 10時"). A long line (a report printed as one line)
# is substituted only there: `re` would try all the alternatives at every character.
_EXTRAS_FIRST = re.compile(r"[(（\d午上下오於更掲公発作게등수发發|｜]")
_SPACES_BEFORE_DIGIT = re.compile(r"\s+(?=\d)")


def _without_extras(line: str) -> str:
    """`_DATE_LINE_EXTRAS.sub(" ", line)`."""
    if len(line) < 4096:
        return _DATE_LINE_EXTRAS.sub(" ", line)
    starts = {match.start() for match in _EXTRAS_FIRST.finditer(line)}
    starts.update(match.start() for match in _SPACES_BEFORE_DIGIT.finditer(line))
    return prefilter.sub_at(_DATE_LINE_EXTRAS, " ", line, sorted(starts))


def _kept_stretches(line: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of each stretch of `line` that `_without_extras` keeps, in order
    (a space stands between two), read only as far as the caller asks: `prefilter.sub_at`
    with the starts found lazily."""
    starts = heapq.merge(
        (match.start() for match in _EXTRAS_FIRST.finditer(line)),
        (match.start() for match in _SPACES_BEFORE_DIGIT.finditer(line)),
    )
    last = 0
    for start in starts:
        match = _DATE_LINE_EXTRAS.match(line, start) if start >= last else None
        while match:
            yield last, match.start()
            last = match.end()
            match = _DATE_LINE_EXTRAS.match(line, last) if last < len(line) else None
    yield last, len(line)


_WORD = re.compile(r"\S+")
_SIGNS = re.compile(r"[|｜·•/]+")


def _more_words(line: str, limit: float) -> bool:
    """`len(_PART_SIGNS.sub(" ", _without_extras(line)).split()) > limit`, the words
    counted only until they pass `limit`: on a report printed as one line the whole
    substitution cost 0.07 CPU s/MB, to learn that its millions of words are more than 8."""
    count = 0
    for start, end in _kept_stretches(line):
        for word in _WORD.finditer(line, start, end):
            if not _SIGNS.fullmatch(word.group()):  # a word of signs alone: _PART_SIGNS'
                count += 1
                if count > limit:
                    return True
    return False


class _LastLong:
    """is_date_line's answer for the last long line (replaced as a whole): asked twice of
    a report's first paragraph, which may be the whole report printed as one line."""

    read: tuple[str, float, bool] | None = None


def is_date_line(line: str, limit: float = 8) -> bool:
    """A short line that carries a date: a header's date line, not a sentence. Times of
    day and an update note do not count towards its length."""
    if len(line) < 4096:
        return _is_date_line(line, limit)
    last = _LastLong.read
    if last is None or last[0] is not line or last[1] != limit:
        last = _LastLong.read = (line, limit, _is_date_line(line, limit))
    return last[2]


# Signs between a date line's parts ("5 de septiembre de 2013 | 6:08 | Dominio público"):
# no words.
_PART_SIGNS = re.compile(r"(?<!\S)[|｜·•/]+(?!\S)")


def _is_date_line(line: str, limit: float) -> bool:
    if len(line) >= 4096 and not has_cjk(line) and _more_words(line, limit):
        return False
    bare = _PART_SIGNS.sub(" ", _without_extras(line))
    size = units(bare) if has_cjk(bare) else len(bare.split())
    return size <= limit and (
        FULL_DATE.search(line) is not None or bool(_native_dates(ascii_digits(line)))
    )


US_TIME_ZONE = re.compile(r"\b(?:E|C|M|P|AK|H)[SD]?T\b|\bEastern Time\b")
# A news day in running text: "…, Wednesday (11/1/2023)", "pada Rabu (10/4/2024)".
NEWS_DAY = re.compile(r"[(（]\s*(\d{1,2}/\d{1,2}/\d{4})\s*[)）]")


def _body_date(line: str, language: str, header_year: int | None) -> date | None:
    """A publication date in the body's first paragraphs, or None.

    A date in a sentence is when something happened ("On 6 November 2017, Prime
    Minister Abe met…", a caption's "el 10 de abril de 2024"), not when the page was
    published. Only a date line of its own, the bracketed news day of Indonesian
    papers, or a yearless date the header's year line completes are read.
    """
    if header_year is not None or is_date_line(line):
        return find_full_date(line, language, default_year=header_year)
    news_day = NEWS_DAY.search(line)
    return parse_full_date(news_day.group(1), language) if news_day else None


# A page's byline and date between bars inside a line, as US embassies' sites print them
# in every language and an excerpt runs them into the text: "… By U.S. Mission Japan |
# 2019年8月8日 | トピックス: …", "By U.S. Embassy Seoul | 8 August, 2019 | Topics: …".
BYLINE_DATE = re.compile(
    r"(?:^|\s)(?:By|Oleh|Por|Di|Da)\s+[^|｜\n]{2,60}?\s[|｜]\s(?P<date>[^|｜\n]{6,30}?)\s[|｜]"
)


def extract_date(
    paragraphs: Sequence[str],
    *,
    header_indexes: Sequence[int] = (),
    body_indexes: Sequence[int] | None = None,
    dateline_date: str = "",
    language: str = "en",
    body_limit: int = 6,
) -> tuple[DateFinding, int | None]:
    """The publication date from the text, and the header paragraph it consumed (if any).

    Looks, in order, at short header lines ("06:02 PM, Jan 07, 2022", "令和6年11月14日"),
    the dateline, and the first `body_limit` body paragraphs (SINDOnews prints "Wednesday
    (11/1/2023)" in the text; a Japanese body's "11月14日" takes the year a header line
    printed). A yearless dateline, or a yearless CJK date near the top of the body, is
    returned with `month_day` set, for `infer_year`; failing all that, a header line with
    only a month and year ("2022年1月") gives the month.
    """
    for i in header_indexes:
        line = paragraphs[i]
        if is_date_line(line):
            # A US time zone ("07:53 AM EDT") dates the line the American way, month first.
            us_time = US_TIME_ZONE.search(line) is not None
            day = find_full_date(line, "en-us" if us_time else language)
            if day:
                return DateFinding(day, "day", "header"), i
    if dateline_date:
        day = find_full_date(dateline_date, language)
        if day:
            return DateFinding(day, "day", "dateline"), None
    if body_indexes is None:
        body_indexes = [i for i in range(len(paragraphs)) if i not in set(header_indexes)]
    years = ((i, find_year(paragraphs[i])) for i in header_indexes)  # each line read once
    year_line, header_year = next(((i, y) for i, y in years if y is not None), (None, None))
    for i in list(body_indexes)[:body_limit]:
        day = _body_date(paragraphs[i], language, header_year)
        if day:
            # A header line that is only the year ("令和6年") was the date line.
            bare = year_line is not None and CJK_YEAR.fullmatch(
                ascii_digits(paragraphs[year_line].strip())
            )
            if bare:
                return DateFinding(day, "day", "body"), year_line
            # A date line of its own at the top of the page ("Actualizado: martes, 24
            # febrero 2009 22:01" under the headline) is the page's date line.
            own_line = i <= 2 and header_year is None and is_date_line(paragraphs[i])
            return DateFinding(day, "day", "body"), i if own_line else None
    for i in [*header_indexes, *list(body_indexes)[:body_limit]]:
        byline = BYLINE_DATE.search(paragraphs[i])
        day = find_full_date(byline.group("date"), language) if byline else None
        if day:
            return DateFinding(day, "day", "byline"), None
    presenter_day = _presenter_line_date(paragraphs, header_indexes, language)
    if presenter_day:
        return DateFinding(presenter_day, "day", "presenter line"), None
    if dateline_date and month_day(dateline_date):
        return DateFinding(None, "unknown", "dateline", month_day(dateline_date)), None
    for i in list(body_indexes)[:2]:
        found = _first_month_day(paragraphs[i])
        if found:
            return DateFinding(None, "unknown", "body", found), None
    for i in header_indexes:
        if units(paragraphs[i]) <= 8:
            first = find_month_year(paragraphs[i])
            if first:
                return DateFinding(first, "month", "header"), i
    return UNKNOWN, None


def _presenter_line_date(
    paragraphs: Sequence[str], header_indexes: Sequence[int], language: str
) -> date | None:
    """The date a transcript's presenter line ends with ("Presenter: Secretary of Defense
    Donald H. Rumsfeld Sunday, May 16, 2004"): DoD's 2001-2009 transcripts print their
    day nowhere else."""
    for i in header_indexes:
        if is_presenter_line(paragraphs[i]):
            day = find_full_date(paragraphs[i], language)
            if day:
                return day
    return None


def infer_year(month_and_day: tuple[int, int], near: date) -> date | None:
    """The date with that month and day closest to `near` (a year either side allowed)."""
    month, day = month_and_day
    options = []
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:  # 29 February in a common year
            continue
    return min(options, key=lambda option: abs((option - near).days), default=None)

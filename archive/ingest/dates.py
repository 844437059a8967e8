"""The publication date, and how sure we are of it.

Candidates are found with regexes (cheap, predictable) and parsed with dateparser in the
outlet's language and date order, so "11/1/2023" on an Indonesian site is 11 January
while on a US site it would be 1 November. Precision:

- "day": a full date was printed (or hinted);
- "month": only month and year ("January 2022");
- "inferred": day and month were printed without a year (a wire dateline such as
  "Tokyo, Jan 7 (EFE).-"), and the year comes from the meeting the report covers;
- "unknown": nothing usable.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import dateparser

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
FULL_DATE = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"  # Jan 07, 2022
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}\b"  # 7 January 2022
    r"|\b\d{4}-\d{2}-\d{2}\b"  # 2022-01-07
    r"|\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b"  # 11/1/2023
)
MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+\d{{4}}\b")

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


def parse_full_date(text: str, language: str = "en") -> date | None:
    """A full date (day, month, year) in `text`, read in `language`'s date order."""
    text = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:[T ].*)?", text):
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None
    languages = list(dict.fromkeys([language.split("-")[0].lower(), "en"]))
    try:
        parsed = dateparser.parse(text, languages=languages, settings=_settings(language))
    except (ValueError, OverflowError):  # dateparser raises on some odd inputs
        return None
    return parsed.date() if parsed else None


def parse_hint(text: str, language: str = "en") -> DateFinding:
    """A hinted or metadata date: a full date, or a month and year."""
    day = parse_full_date(text, language)
    if day:
        return DateFinding(day, "day", "hint")
    match = MONTH_YEAR.search(text)
    if match:
        month = _MONTHS.get(match.group(0).split()[0].lower()[:3])
        if month:
            return DateFinding(date(int(match.group(0).split()[-1]), month, 1), "month", "hint")
    return UNKNOWN


def find_full_date(text: str, language: str = "en") -> date | None:
    """The first full date printed in `text`."""
    for match in FULL_DATE.finditer(text):
        day = parse_full_date(match.group(0), language)
        if day:
            return day
    return None


def month_day(text: str) -> tuple[int, int] | None:
    """(month, day) from a yearless date such as "Jan 7" or "7 January"."""
    match = re.fullmatch(rf"({_MONTH})\s+(\d{{1,2}})|(\d{{1,2}})\s+({_MONTH})", text.strip())
    if not match:
        return None
    name, number = (match.group(1), match.group(2)) if match.group(1) else match.group(4, 3)
    month = _MONTHS.get(name.lower()[:3])
    day = int(number)
    return (month, day) if month and 1 <= day <= 31 else None


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

    Looks, in order, at short header lines ("06:02 PM, Jan 07, 2022"), the dateline, and
    the first `body_limit` body paragraphs (SINDOnews prints "Wednesday (11/1/2023)" in
    the text). A yearless dateline is returned with `month_day` set, for `infer_year`.
    """
    for i in header_indexes:
        line = paragraphs[i]
        if len(line.split()) <= 8 and FULL_DATE.search(line):
            day = find_full_date(line, language)
            if day:
                return DateFinding(day, "day", "header"), i
    if dateline_date:
        day = find_full_date(dateline_date, language)
        if day:
            return DateFinding(day, "day", "dateline"), None
    if body_indexes is None:
        body_indexes = [i for i in range(len(paragraphs)) if i not in set(header_indexes)]
    for i in list(body_indexes)[:body_limit]:
        day = find_full_date(paragraphs[i], language)
        if day:
            return DateFinding(day, "day", "body"), None
    if dateline_date and month_day(dateline_date):
        return DateFinding(None, "unknown", "dateline", month_day(dateline_date)), None
    return UNKNOWN, None


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

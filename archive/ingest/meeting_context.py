"""What a report's own text says of when and where its meeting was, for `meetings`.

A report often carries no publication date of its own (a transcript, a ministry page
that lost its header, a wire repost), yet its text dates the meeting: "On June 6", "本20日",
"오는 18일", "pada Jumat (7/2)", "el 26 de abril", "January 11, 2023". And it names the
place in its own language: "히로시마", "ワシントン", "the Pentagon", "Gedung Putih". Both
are read here, once per report, as plain sets the scorer compares with each meeting.

Dates mentioned, from the most to the least precise:

- full dates with a year (English, native Latin-script month names, CJK with era years,
  year-first figures);
- a month and a day without a year ("June 6", "6 June", "10月4日", "10월 4일", "13 Januari",
  "26 de abril", and the Indonesian "Rabu (10/4)": a weekday, then day/month);
- a day of the month alone, as Japanese and Korean reports give it ("17日", "29일");
- a weekday ("Thursday", "el miércoles", "木曜日", "목요일"): in a report without a date
  of its own, weak evidence for a meeting held on that weekday.

Places: each curated place (a city or a country where meetings were held) with its names
in English, Japanese, Korean, Chinese and the Latin-script languages, and landmarks that
stand for a city (the Pentagon, the White House). Then the evidence each gives for one
meeting, and the meeting's own title named in the text. Pure: no Django.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from archive.ingest import dates, prefilter
from archive.ingest.cjk_days import CJK_DAY, lead_days
from archive.ingest.meeting_landmarks import without_speaking_landmarks
from archive.ingest.meeting_words import FIRST_WORDS, NEWSPAPER_NAMES, PLACE_NAMES
from archive.ingest.reference import KnownMeeting

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
    found["month_days"].add((month, day))


def mentioned_dates(body: str) -> MentionedDates:
    """Every date the text's opening and last lines mention, full or partial, and the
    weekdays they name (see the module docstring)."""
    if len(body) > DATE_HEAD + DATE_TAIL:
        body = f"{body[:DATE_HEAD]}\n{body[-DATE_TAIL:]}"
    text = dates.ascii_digits(body)
    weekdays = {_WEEKDAY_OF[n] for n in _names_found(prefilter.fold(body)) if n in _WEEKDAY_OF}
    found: dict[str, set] = {"full": set(), "month_days": set()}
    for match in dates.CJK_FULL_DATE.finditer(text):
        _add(found, dates._year_of(match), int(match["month"]), int(match["day"]))
    for match in dates.CJK_MONTH_DAY.finditer(text):
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
    days = {int(m["day"]) for m in CJK_DAY.finditer(text) if 1 <= int(m["day"]) <= 31}
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


_FIRST = prefilter.folded_pattern(FIRST_WORDS)


@dataclass(frozen=True)
class ReportContext:
    """The dates and places a report's text mentions, and its folded text with curly
    apostrophes made straight (for meeting titles: "Foreign Ministers’ Meeting")."""

    dates: MentionedDates = MentionedDates()
    places: frozenset[str] = frozenset()
    plain: str = ""
    first: bool = False  # the opening calls the meeting the participants' first
    not_before: date | None = None  # the text names an era that began then ("Reiwa")
    # The opening's first meeting is not only one with someone ("my first meeting with
    # Prime Minister Suga"): it may be a series' first ("the first Quad ministerial").
    first_of_series: bool = False
    # The words around each first meeting with someone: whom it was with.
    first_with: tuple[str, ...] = ()
    _said: dict = field(default_factory=dict, repr=False, compare=False)

    def says(self, words: str) -> bool:
        """Whether the folded text holds `words` (folded), each looked for once: many
        meetings share a city or a title."""
        if words not in self._said:
            self._said[words] = words in self.plain
        return self._said[words]


_NEWSPAPERS = prefilter.folded_pattern(NEWSPAPER_NAMES)


# Places whose Latin-script name is also a common word of a language the archive reads:
# named only where printed with a capital ("lima" is Indonesian for "five": "selama lima
# tahun" names no Lima).
_COMMON_WORD_PLACES = {"Lima": ("Lima", "LIMA")}


def _printed_as_names(places: frozenset[str], body: str) -> frozenset[str]:
    """`places` less those of `_COMMON_WORD_PLACES` that `body` never prints capitalised
    (the other scripts' names of these places are not common words: "リマ" counts)."""
    common = {place for place in places if place in _COMMON_WORD_PLACES}
    if not common:
        return places
    folded = prefilter.fold(body)
    dropped = {
        place
        for place in common
        if not any(form in body for form in _COMMON_WORD_PLACES[place])
        and not any(
            prefilter.fold(name) in folded
            for name in PLACE_NAMES[place].split("|")
            if not name.isascii()
        )
    }
    return places - dropped


# A first meeting with someone: "with" (or its word) right after the first-words, or
# "との", "와의" right before them ("菅総理との初会談", "스가 총리와의 첫 회담").
_WITH_AFTER = re.compile(r"\s*(?:[\w'-]+\s+){0,2}?(?:with|con|dengan)\b")
_WITH_BEFORE = ("との", "와의", "과의", "与", "與", "同")


def _first_with(head: str, match: re.Match) -> bool:
    before = head[max(0, match.start() - 3) : match.start()]
    return bool(_WITH_AFTER.match(head, match.end())) or any(w in before for w in _WITH_BEFORE)


def report_context(body: str, folded: str | None = None) -> ReportContext:
    folded = prefilter.fold(body) if folded is None else folded
    head = folded if len(folded) <= DATE_HEAD else folded[:DATE_HEAD]
    firsts = list(_FIRST.finditer(head))
    era = _ERA.search(head)
    # Places are read without the newspapers named after a city (NEWSPAPER_NAMES).
    if _NEWSPAPERS.search(folded):
        folded = _NEWSPAPERS.sub(" ", folded)
    # ... nor a landmark that speaks ("the White House said": `meeting_landmarks`).
    folded = without_speaking_landmarks(folded)
    plain = folded.replace("’", "'")
    return ReportContext(
        mentioned_dates(body),
        _printed_as_names(mentioned_places(folded), body),
        plain,
        bool(firsts),
        ERA_STARTS[era.group(0)] if era else None,
        first_of_series=any(not _first_with(head, match) for match in firsts),
        first_with=tuple(
            head[max(0, match.start() - 20) : match.end() + 60]
            for match in firsts
            if _first_with(head, match)
        ),
    )


# Japan's present era by name, in any script, or its emperor as the new one or by name:
# a text that names it speaks of a time from its first day on ("the first state guests in
# the era of Reiwa", "los primeros invitados de Estado desde la entronización del nuevo
# emperador", "Emperor Naruhito").
_REIWA = (
    "reiwa", "令和", "레이와",
    "new emperor", "nuevo emperador", "kaisar baru", "nuovo imperatore", "新天皇",
    "emperor naruhito", "emperador naruhito", "kaisar naruhito", "imperatore naruhito",
    "naruhito tenno", "徳仁天皇", "德仁天皇", "나루히토 일왕", "나루히토 천황",
)  # fmt: skip
ERA_STARTS = {name: date(2019, 5, 1) for name in _REIWA}
_ERA = re.compile("|".join(ERA_STARTS))
ERA_POINTS = -0.15


def era_evidence(
    meeting: KnownMeeting, context: ReportContext, *, dated: bool
) -> tuple[float, list[str]]:
    """A report without a date of its own that names an era (`ERA_STARTS`) is not about a
    meeting held before the era began."""
    if dated or context.not_before is None or meeting.end >= context.not_before:
        return 0.0, []
    since = context.not_before.isoformat()
    return ERA_POINTS, [f"the text names an era that began on {since}, after this meeting"]


# --- evidence for one meeting (see `meetings` for the whole scale) ----------------------

ALLIES = ("United States", "Japan")
PLACE_POINTS = 0.15
WEEKDAY_POINTS = 0.10
RELATIVE_POINTS, RELATIVE_POINTS_DATED = 0.30, 0.20
LEAD_DAY_POINTS = 0.15


def dates_evidence(
    meeting: KnownMeeting,
    context: ReportContext,
    *,
    dateline_counted: bool,
    dated: bool,
    published: date | None = None,
) -> tuple[float, list[str]]:
    """The text dates the meeting: a full date on its days, else its month and day (not
    counted twice with a yearless dateline), else a weekday it names in the week of the
    report's own date (`published`) or of the first date it gives with its weekday, else
    its day of the month ("17日"). Worth more in a report without a date of its own,
    where it is the only date there is."""
    mentioned = context.dates
    if not mentioned:
        return 0.0, []
    full_points, month_day_points, day_points = (0.35, 0.25, 0.10) if dated else (0.45, 0.35, 0.15)
    days = meeting_days(min(meeting.first_local or meeting.start, meeting.start), meeting.end)
    full = [day for day in days if day in mentioned.full]
    if full:
        return full_points, [f"the text dates it {full[0].isoformat()}"]
    if dateline_counted:
        return 0.0, []
    if any((day.month, day.day) in mentioned.month_days for day in days):
        return month_day_points, ["the text names the meeting's month and day"]
    if dated and published:
        relative = weekday_dates(mentioned.weekdays, published)
        named = any(day in relative for day in days)
    else:
        named = any((day.month, day.day) in mentioned.relative for day in days)
    if named:
        points = RELATIVE_POINTS_DATED if dated else RELATIVE_POINTS
        return points, ["the text names the meeting's weekday in the week it dates"]
    if not dated and any(day.day in mentioned.lead_days for day in days):
        # Undated, the lead's day is the one date there is for the meeting it reports.
        reason = "the text's lead names the meeting's day of the month"
        return day_points + LEAD_DAY_POINTS, [reason]
    if any(day.day in mentioned.days for day in days):
        return day_points, ["the text names the meeting's day of the month"]
    if not dated and any(day.weekday() in mentioned.weekdays for day in days):
        return WEEKDAY_POINTS, ["the text names the meeting's day of the week"]
    return 0.0, []


def place_evidence(
    meeting: KnownMeeting, context: ReportContext, *, counted: float
) -> tuple[float, list[str]]:
    """The text names the city where the meeting was held (in any language, or by a
    landmark), else its country when that is neither ally: PLACE_POINTS, less what the
    dateline or the city as a meeting keyword already `counted` for it."""
    city, points = meeting.city, 0.0
    if city and (city in context.places or context.says(prefilter.fold(city))):
        points, reason = PLACE_POINTS, f"names {city}, where it was held"
    elif meeting.country and meeting.country not in ALLIES and meeting.country in context.places:
        points, reason = PLACE_POINTS, f"names {meeting.country}, where it was held"
    points = round(points - counted, 3)
    return (points, [reason]) if points > 0 else (0.0, [])


_COUNTRY_RUN = re.compile(r"^(?:\S*[–-]\S*\s+)+")


@functools.lru_cache(maxsize=4096)
def title_name(title: str) -> str:
    """A meeting's title without the countries, the bracketed parts and what follows a
    comma, folded: "security consultative committee", "trilateral strategic dialogue";
    "" when fewer than two words are left."""
    name = re.sub(r"\([^)]*\)", " ", title.split(",")[0]).replace("’", "'")
    name = " ".join(_COUNTRY_RUN.sub("", " ".join(name.split()) + " ").split())
    return prefilter.fold(name) if len(name.split()) >= 2 else ""


def title_evidence(meeting: KnownMeeting, context: ReportContext) -> tuple[float, list[str]]:
    """The report names the meeting by its own title."""
    name = title_name(meeting.title)
    if name and context.says(name):
        return 0.10, [f"names it by its title: {name}"]
    return 0.0, []


IN_PERSON = ("in_person", "")


def first_meeting_evidence(
    meeting: KnownMeeting,
    context: ReportContext,
    named: list[str],
    their_meetings: list[KnownMeeting],
) -> tuple[float, list[str]]:
    """The report calls it a first meeting, and this is the first meeting held in person
    of the participants it names (two or more; `their_meetings` are the meetings of one
    of them): +0.15. Calls before it do not count ("they have spoken before")."""
    if not context.first or len(named) < 2 or meeting.format not in IN_PERSON:
        return 0.0, []
    for other in their_meetings:
        if (
            other.start < meeting.start
            and other.format in IN_PERSON
            and set(named) <= set(other.participant_slugs)
        ):
            return 0.0, []
    return 0.15, ["the report calls it a first meeting; it is the first of theirs in person"]


# --- the report's own date against a meeting's (see `meetings` for the scale) -----


def on_meeting_days(day: date, meeting: KnownMeeting, slack: int = 1) -> bool:
    return meeting.start - timedelta(days=slack) <= day <= meeting.end + timedelta(days=slack)


def month_day_matches(month_day: tuple[int, int], meeting: KnownMeeting) -> bool:
    day = meeting.start - timedelta(days=1)
    while day <= meeting.end + timedelta(days=1):
        if (day.month, day.day) == month_day:
            return True
        day += timedelta(days=1)
    return False


def published_evidence(
    meeting: KnownMeeting, published: date, *, future: bool
) -> tuple[float, str, str]:
    """(score, reason, role) for a report dated `published` to the day."""
    first = min(meeting.first_local or meeting.start, meeting.start)
    if first <= published <= meeting.end:
        return 0.45, f"published {published.isoformat()}, on the meeting's day", "coverage"
    if published == first - timedelta(days=1):
        role = "preview" if future and not meeting.first_local else "coverage"
        return 0.30, f"published {published.isoformat()}, the day before the meeting", role
    if published == meeting.end + timedelta(days=1):
        return 0.30, f"published {published.isoformat()}, the day after the meeting", "coverage"
    if first - timedelta(days=7) <= published < first:
        days = (first - published).days
        return 0.10, f"published {days} days before the meeting: a preview", "preview"
    if meeting.end < published <= meeting.end + timedelta(days=14):
        days = (published - meeting.end).days
        return 0.15, f"published {days} days after the meeting: a follow-up", "follow_up"
    role = "preview" if published < first else "follow_up"
    return -0.50, f"published {published.isoformat()}, far from the meeting", role

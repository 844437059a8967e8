"""What a report's own text says of when and where its meeting was, for `meetings`.

A report often carries no publication date of its own (a transcript, a ministry page
that lost its header, a wire repost), yet its text dates the meeting: "On June 6", "本20日",
"오는 18일", "pada Jumat (7/2)", "el 26 de abril", "January 11, 2023". And it names the
place in its own language: "히로시마", "ワシントン", "the Pentagon", "Gedung Putih". Both
are read here, once per report, as plain sets the scorer compares with each meeting.

The dates and places themselves are read by `meeting_mentions`; here they are gathered
with the rest of what the text says (a first meeting, an era, the text folded for titles)
in a `ReportContext`, and weighed as evidence for one meeting: the dates it names, its
city or landmark, its own title, the report's own date. Pure: no Django.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, timedelta

from archive.ingest import prefilter
from archive.ingest.meeting_file_photos import without_file_photos
from archive.ingest.meeting_first_words import MORE_FIRST_WORDS
from archive.ingest.meeting_mentions import (
    DATE_HEAD,
    DATE_TAIL,  # noqa: F401 (re-exported: tests)
    MentionedDates,
    meeting_days,
    mentioned_dates,
    mentioned_places,  # noqa: F401 (re-exported: tests)
    weekday_dates,
)
from archive.ingest.meeting_names import ReadNames, names_automaton
from archive.ingest.meeting_places import PLACE_NAMES
from archive.ingest.meeting_words import FIRST_WORDS
from archive.ingest.reference import KnownMeeting

_FIRST = prefilter.folded_pattern(FIRST_WORDS + "|" + MORE_FIRST_WORDS)


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


def report_context(
    body: str,
    folded: str | None = None,
    *,
    names: prefilter.Needles | None = None,
    words: Collection[str] = (),
) -> ReportContext:
    """What the text says of its meeting's dates and places. `names`: the automaton of
    `meeting_names.names_automaton(words)`, whose one pass also answers `says` for each
    of `words` (a reference's meeting cities and titles)."""
    folded = prefilter.fold(body) if folded is None else folded
    # A file photo's caption dates and places an earlier meeting, not this one.
    body, folded = without_file_photos(body, folded)
    head = folded if len(folded) <= DATE_HEAD else folded[:DATE_HEAD]
    firsts = list(_FIRST.finditer(head))
    era = _ERA.search(head)
    # Places are read without the newspapers named after a city (NEWSPAPER_NAMES), nor a
    # landmark that speaks ("the White House said": `meeting_landmarks`).
    read = ReadNames(folded, names or _PLACES_ONLY, words)
    return ReportContext(
        mentioned_dates(body),
        _printed_as_names(read.places, body),
        read.blanked.replace("’", "'"),
        bool(firsts),
        ERA_STARTS[era.group(0)] if era else None,
        first_of_series=any(not _first_with(head, match) for match in firsts),
        first_with=tuple(
            head[max(0, match.start() - 20) : match.end() + 60]
            for match in firsts
            if _first_with(head, match)
        ),
        _said=read.said,
    )


_PLACES_ONLY = names_automaton()


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
# A country says less than a city: a report lists the stops of a tour ("una gira por
# Japón, Corea del Sur, Malasia y Filipinas") or the members of a group by their
# countries, and a meeting once held in one of them is not placed by that.
COUNTRY_POINTS = 0.10
WEEKDAY_POINTS = 0.10
RELATIVE_POINTS, RELATIVE_POINTS_DATED = 0.30, 0.20
LEAD_DAY_POINTS = 0.15
# A full date the text gives a day from the meeting's, in a report without a date of its
# own: as much as a report dated the day before or after (`published_evidence`).
NEAR_FULL_POINTS = 0.30


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
    where it is the only date there is; there, a full date a day from the meeting's
    counts too (`NEAR_FULL_POINTS`)."""
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
    if any(_month_day_of(day, mentioned) for day in days):
        return month_day_points, ["the text names the meeting's month and day"]
    if not dated and not mentioned.yearless and _a_day_off(days, mentioned.full):
        # Undated, a full date of the same trip ("will visit Seoul on Friday, 14 January
        # 2011" in a report of the talks in Tokyo the day before) is the one year there is;
        # not when the text gives a month and day of its own ("talks on November 16"): a
        # full date beside it recalls an earlier document or event.
        return NEAR_FULL_POINTS, ["the text gives a full date a day from the meeting's"]
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


def _month_day_of(day: date, mentioned: MentionedDates) -> bool:
    """The text names `day`'s month and day, not only within full dates of other years:
    "April 26, 2007" dates no meeting of 26 April 2019."""
    month_day = (day.month, day.day)
    if month_day not in mentioned.month_days:
        return False
    return month_day in mentioned.yearless or not any(
        (full.month, full.day) == month_day for full in mentioned.full
    )


def _a_day_off(days: Collection[date], full: Collection[date]) -> bool:
    """A full date one day before or after the meeting's days (none on them)."""
    if not full:
        return False
    near = {day + timedelta(days=step) for day in days for step in (-1, 1)}
    return bool(near.intersection(full))


def place_evidence(
    meeting: KnownMeeting, context: ReportContext, *, counted: float
) -> tuple[float, list[str]]:
    """The text names the city where the meeting was held (in any language, or by a
    landmark), PLACE_POINTS, else its country when that is neither ally, COUNTRY_POINTS;
    less what the dateline or the city as a meeting keyword already `counted` for it."""
    city, points = meeting.city, 0.0
    if city and (city in context.places or context.says(prefilter.fold(city))):
        points, reason = PLACE_POINTS, f"names {city}, where it was held"
    elif meeting.country and meeting.country not in ALLIES and meeting.country in context.places:
        points, reason = COUNTRY_POINTS, f"names {meeting.country}, where it was held"
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


PREVIEW_POINTS = 0.10  # published 2-7 days before the meeting


def published_evidence(
    meeting: KnownMeeting, published: date, *, future: bool, by_address: bool = False
) -> tuple[float, str, str]:
    """(score, reason, role) for a report dated `published` to the day; `by_address`: the
    day is its address's (`address_dates`), not a date the report prints, and the reason
    says so."""
    first = min(meeting.first_local or meeting.start, meeting.start)
    dated = "dated by its address" if by_address else "published"
    day = published.isoformat()
    on = f"dated {day} by its address" if by_address else f"published {day}"
    if first <= published <= meeting.end:
        return 0.45, f"{on}, on the meeting's day", "coverage"
    if published == first - timedelta(days=1):
        role = "preview" if future and not meeting.first_local else "coverage"
        return 0.30, f"{on}, the day before the meeting", role
    if published == meeting.end + timedelta(days=1):
        return 0.30, f"{on}, the day after the meeting", "coverage"
    if first - timedelta(days=7) <= published < first:
        days = (first - published).days
        return PREVIEW_POINTS, f"{dated} {days} days before the meeting: a preview", "preview"
    if meeting.end < published <= meeting.end + timedelta(days=14):
        days = (published - meeting.end).days
        return 0.15, f"{dated} {days} days after the meeting: a follow-up", "follow_up"
    role = "preview" if published < first else "follow_up"
    return -0.50, f"{on}, far from the meeting", role

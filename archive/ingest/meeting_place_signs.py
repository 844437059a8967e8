"""What the report's head and its countries say of where a meeting was held and who else
sat at it, for `meetings.score_meeting`: the dateline's city, and the other countries of
a table of three or more. Pure: no Django.
"""

from __future__ import annotations

from archive.ingest.meeting_signs import ReportSigns
from archive.ingest.meeting_words import COUNTRY_WORDS
from archive.ingest.reference import KnownMeeting, ReferenceIndex

# The dateline names the meeting's city: where the report was filed. Worth more in a
# report without a date of its own, where it is the one sign of which of the same
# people's meetings the reporter was at (as the text's dates are, `dates_evidence`).
DATELINE_CITY_POINTS = 0.15
DATELINE_CITY_POINTS_UNDATED = 0.30


def table_place_evidence(
    meeting: KnownMeeting, signs: ReportSigns, *, dated: bool
) -> tuple[float, list[str]]:
    """The dateline names the meeting's city (see DATELINE_CITY_POINTS); the other
    countries at a table of three or more: all named, or none."""
    score, reasons = 0.0, []
    if meeting.city and signs.dateline and meeting.city.casefold() in signs.dateline.casefold():
        score += DATELINE_CITY_POINTS if dated else DATELINE_CITY_POINTS_UNDATED
        reasons.append(f"datelined {meeting.city}, where it was held")
    others = [country for country in meeting.other_countries if country in COUNTRY_WORDS]
    if others:
        named = [country for country in others if country in signs.countries]
        if len(named) == len(others):
            score += 0.10
            reasons.append("names the other countries at the table: " + ", ".join(named))
        elif not named:
            score -= 0.10
            reasons.append("names none of the other countries at the table")
    return score, reasons


def city_counted(
    meeting: KnownMeeting, signs: ReportSigns, index: ReferenceIndex, hits: list[str]
) -> float:
    """What the dateline (all of it) or the city as a keyword already gave for the city."""
    city = meeting.city.casefold()
    if not city:
        return 0.0
    if city in signs.dateline.casefold():
        return 1.0
    return 0.20 / max(1, index.meetings_with_keyword.get(city, 1)) if city in hits else 0.0

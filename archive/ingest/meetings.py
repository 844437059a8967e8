"""Which meeting a report covers: scored suggestions, and an automatic pick when clear.

Each piece of evidence adds to a meeting's score (capped to 0..1), with a reason a
curator can read:

  published on the meeting's days (a day either side, for time zones)   +0.45
  published within two weeks after                                        +0.20
  published (day precision) far from it                                   -0.40
  yearless dateline ("Jan 7") on the meeting's days                        +0.35
  participants named: 0.40 × the share of the meeting's participants named
  a named minister who was not in office on the meeting's date            -0.15 each
  a meeting keyword (format, city, curated terms): 0.20 shared out among the
  meetings having that keyword (so "virtually", true of one meeting, is worth
  0.20 and "Washington", true of four, 0.05), at most                     +0.30

The automatic pick needs a best score of at least AUTO_MIN_SCORE and a lead of
AUTO_MIN_MARGIN over the runner-up, so a report that could be either of two meetings
with the same ministers is left for a curator.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

from archive.ingest.reference import KnownMeeting, ReferenceIndex
from archive.ingest.results import MeetingSuggestion

AUTO_MIN_SCORE = 0.30
AUTO_MIN_MARGIN = 0.15
MINISTERIAL_POSTS = ("foreign", "defense")


def _on_meeting_days(day: date, meeting: KnownMeeting, slack: int = 1) -> bool:
    return meeting.start - timedelta(days=slack) <= day <= meeting.end + timedelta(days=slack)


def _month_day_matches(month_day: tuple[int, int], meeting: KnownMeeting) -> bool:
    day = meeting.start - timedelta(days=1)
    while day <= meeting.end + timedelta(days=1):
        if (day.month, day.day) == month_day:
            return True
        day += timedelta(days=1)
    return False


def _keyword_hits(body: str, meeting: KnownMeeting, index: ReferenceIndex) -> list[str]:
    pattern = index.meeting_keywords.get(meeting.slug)
    if pattern is None:
        return []
    return list(dict.fromkeys(match.group(0).casefold() for match in pattern.finditer(body)))


def score_meeting(
    meeting: KnownMeeting,
    *,
    index: ReferenceIndex,
    body: str,
    people: Collection[str],
    published: date | None,
    precision: str,
    month_day: tuple[int, int] | None,
) -> MeetingSuggestion:
    """The score and reasons for one meeting; see the module docstring."""
    score, reasons = 0.0, []
    if published and precision == "day":
        if _on_meeting_days(published, meeting):
            score += 0.45
            reasons.append(f"published {published.isoformat()}, on the meeting's days")
        elif meeting.end < published <= meeting.end + timedelta(days=14):
            score += 0.20
            reasons.append(f"published {(published - meeting.end).days} days after the meeting")
        else:
            score -= 0.40
            reasons.append(f"published {published.isoformat()}, far from the meeting")
    if month_day and _month_day_matches(month_day, meeting):
        score += 0.35
        reasons.append("the dateline's day and month match the meeting's")
    if meeting.participant_slugs:
        named = [slug for slug in meeting.participant_slugs if slug in people]
        if named:
            score += 0.40 * len(named) / len(meeting.participant_slugs)
            names = ", ".join(index.people[slug].name for slug in named if slug in index.people)
            reasons.append(
                f"names {len(named)} of {len(meeting.participant_slugs)} participants: {names}"
            )
    for slug in people:
        person = index.people.get(slug)
        if person is None or slug in meeting.participant_slugs:
            continue
        ministerial = [office for office in person.offices if office.post in MINISTERIAL_POSTS]
        if ministerial and not person.offices_on(meeting.start):
            score -= 0.15
            reasons.append(f"names {person.name}, not in office on {meeting.start.isoformat()}")
    hits = _keyword_hits(body, meeting, index)
    if hits:
        weight = sum(0.20 / max(1, index.meetings_with_keyword.get(hit, 1)) for hit in hits)
        score += min(0.30, weight)
        reasons.append("keywords: " + ", ".join(hits))
    return MeetingSuggestion(meeting.slug, round(max(0.0, min(1.0, score)), 3), reasons)


def suggest_meetings(
    *,
    index: ReferenceIndex,
    body: str,
    people: Collection[str],
    published: date | None = None,
    precision: str = "unknown",
    month_day: tuple[int, int] | None = None,
    limit: int = 5,
) -> tuple[list[MeetingSuggestion], str | None]:
    """Suggestions with a positive score, best first, and the automatic pick (or None)."""
    suggestions = [
        score_meeting(
            meeting,
            index=index,
            body=body,
            people=people,
            published=published,
            precision=precision,
            month_day=month_day,
        )
        for meeting in index.meetings.values()
    ]
    suggestions = sorted((s for s in suggestions if s.score > 0), key=lambda s: (-s.score, s.slug))[
        :limit
    ]
    auto = None
    if suggestions and suggestions[0].score >= AUTO_MIN_SCORE:
        runner_up = suggestions[1].score if len(suggestions) > 1 else 0.0
        if suggestions[0].score - runner_up >= AUTO_MIN_MARGIN:
            auto = suggestions[0].slug
    return suggestions, auto

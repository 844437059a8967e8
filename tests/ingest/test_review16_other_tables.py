"""Review of efde8a0 (meeting_links._other_table_named: a second meeting named by everyone
at its table), reverted for this finding: only the best meeting's participant list tells
who sat at it, and a summit's lists its leaders, so a summit report saying the foreign
ministers joined the leaders also linked the ministers' own talks of that day, which it
does not report. Invented meetings and text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from archive.ingest.meetings import suggest_meetings
from archive.ingest.reference import KnownMeeting
from tests.ingest.reference_data import seed_reference

FOREIGN = ("antony-blinken", "yoshimasa-hayashi")
LEADERS = ("joe-biden", "fumio-kishida")
FOREIGN_POSTS = (
    ("antony-blinken", "United States", "foreign"),
    ("yoshimasa-hayashi", "Japan", "foreign"),
)
LEADER_POSTS = (
    ("joe-biden", "United States", "head_of_state"),
    ("fumio-kishida", "Japan", "head_of_government"),
)
FM_TALKS = KnownMeeting(
    "fm-tokyo", "Japan–U.S. Foreign Ministers' Meeting", date(2022, 5, 16), date(2022, 5, 16),
    "Tokyo", FOREIGN, (), "foreign_ministers", "in_person", country="Japan",
    participant_posts=FOREIGN_POSTS,
)  # fmt: skip
SUMMIT = KnownMeeting(
    "summit-washington", "Japan–U.S. Summit Meeting", date(2022, 5, 23), date(2022, 5, 23),
    "Washington", LEADERS, (), "summit", "in_person", country="United States",
    participant_posts=LEADER_POSTS,
)  # fmt: skip

SUMMIT_DAY = date(2022, 5, 23)
FM_TALKS_SAME_DAY = replace(
    FM_TALKS, start=SUMMIT_DAY, end=SUMMIT_DAY, city="Washington", country="United States"
)
SUMMIT_REPORT = (
    "WASHINGTON — President Joe Biden and Prime Minister Fumio Kishida held a summit at the"
    " White House on Monday, May 23, joined by Secretary of State Antony Blinken and Foreign"
    " Minister Yoshimasa Hayashi. The leaders agreed to strengthen the alliance."
)


def _linked(body: str) -> list[str]:
    index = replace(seed_reference(), meetings=(SUMMIT, FM_TALKS_SAME_DAY)).index
    ranked, _ = suggest_meetings(
        index=index,
        body=body,
        people=set(LEADERS + FOREIGN),
        published=SUMMIT_DAY,
        precision="day",
    )
    return [s.slug for s in ranked if s.linked]


def test_ministers_who_joined_the_leaders_do_not_link_their_own_talks():
    assert _linked(SUMMIT_REPORT) == ["summit-washington"]


def test_the_summit_itself_is_still_linked():
    """Guard."""
    assert "summit-washington" in _linked(SUMMIT_REPORT)

"""A report that covers two meetings may name the second by who sat at it rather than by
its kind: the foreign ministers who met a week before their leaders' summit, each named,
are a meeting apart from the summit (`meeting_links._other_table_named`). Not when they
sit at a meeting the report names (the 2+2 whose table holds them), nor when the report
names only one of them. Invented meetings and text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from archive.ingest.meetings import suggest_meetings
from archive.ingest.reference import KnownMeeting
from tests.ingest.reference_data import seed_reference

FOREIGN = ("antony-blinken", "yoshimasa-hayashi")
LEADERS = ("joe-biden", "fumio-kishida")
DEFENSE = ("lloyd-austin", "nobuo-kishi")
FOREIGN_POSTS = (
    ("antony-blinken", "United States", "foreign"),
    ("yoshimasa-hayashi", "Japan", "foreign"),
)
LEADER_POSTS = (
    ("joe-biden", "United States", "head_of_state"),
    ("fumio-kishida", "Japan", "head_of_government"),
)
DEFENSE_POSTS = (
    ("lloyd-austin", "United States", "defense"),
    ("nobuo-kishi", "Japan", "defense"),
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
TWO_BY_TWO = KnownMeeting(
    "scc-tokyo", "Security Consultative Committee", date(2022, 5, 16), date(2022, 5, 16),
    "Tokyo", FOREIGN + DEFENSE, (), "scc", "in_person", series="scc", country="Japan",
    participant_posts=FOREIGN_POSTS + DEFENSE_POSTS,
)  # fmt: skip

# The summit leads (named by its kind, its day and its city); the ministers' talks of
# the report's own day are named only by the two who held them.
BOTH_TABLES = (
    "Secretary of State Antony Blinken and Foreign Minister Yoshimasa Hayashi spoke to"
    " reporters after they met on Monday, May 16. Blinken said President Joe Biden looked"
    " forward to the summit with Prime Minister Fumio Kishida in Washington on May 23."
)


def _linked(body: str, meetings: tuple[KnownMeeting, ...], people: set[str]) -> list[str]:
    index = replace(seed_reference(), meetings=meetings).index
    ranked, _ = suggest_meetings(
        index=index, body=body, people=people, published=date(2022, 5, 16), precision="day"
    )
    return [s.slug for s in ranked if s.linked]


def test_the_ministers_each_named_are_a_meeting_apart_from_their_leaders_summit():
    linked = _linked(BOTH_TABLES, (FM_TALKS, SUMMIT), set(FOREIGN + LEADERS))
    assert sorted(linked) == ["fm-tokyo", "summit-washington"]


def test_one_minister_named_is_no_second_meeting():
    body = BOTH_TABLES.replace(" and Foreign Minister Yoshimasa Hayashi", "")
    linked = _linked(body, (FM_TALKS, SUMMIT), {"antony-blinken", *LEADERS})
    assert "fm-tokyo" not in linked


def test_the_ministers_at_a_two_plus_two_the_report_names_are_its_table():
    body = (
        "TOKYO — Antony Blinken, Lloyd Austin, Yoshimasa Hayashi and Nobuo Kishi held the"
        " \u201c2+2\u201d security talks on Monday, May 16."
    )
    linked = _linked(body, (FM_TALKS, TWO_BY_TWO), set(FOREIGN + DEFENSE))
    assert linked == ["scc-tokyo"]


def test_the_ministers_at_a_two_plus_two_named_beside_the_summit_are_its_table():
    """The summit leads; the 2+2 of the week before is named by its kind, and the foreign
    ministers' talks of its day, their two named among its four, are the 2+2's."""
    body = (
        "WASHINGTON — President Joe Biden and Prime Minister Fumio Kishida held a summit"
        " on Monday, May 23. A week earlier, Antony Blinken, Lloyd Austin, Yoshimasa"
        " Hayashi and Nobuo Kishi held the \u201c2+2\u201d security talks in Tokyo."
    )
    index = replace(seed_reference(), meetings=(SUMMIT, TWO_BY_TWO, FM_TALKS)).index
    ranked, _ = suggest_meetings(
        index=index,
        body=body,
        people=set(LEADERS + FOREIGN + DEFENSE),
        published=date(2022, 5, 23),
        precision="day",
    )
    assert "fm-tokyo" not in [s.slug for s in ranked if s.linked]

"""Invented reference meetings the meeting-matching tests share: a call between the US
president and Japan's prime minister of 2022-2023 (Biden and Kishida) on a given day."""

from __future__ import annotations

from datetime import date

from archive.ingest.reference import KnownMeeting

LEADERS = ("joe-biden", "fumio-kishida")
LEADER_POSTS = (
    ("joe-biden", "United States", "head_of_state"),
    ("fumio-kishida", "Japan", "head_of_government"),
)


def leaders_call(slug: str, day: date) -> KnownMeeting:
    """A phone call of the two leaders on `day`, known by `slug`."""
    return KnownMeeting(
        slug, slug, day, day, "", LEADERS, (), "call", "phone", participant_posts=LEADER_POSTS
    )

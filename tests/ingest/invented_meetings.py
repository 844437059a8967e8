"""Invented reference meetings the meeting-matching tests share: a call between the US
president and Japan's prime minister of 2022-2023 (Biden and Kishida) on a given day; the
defense ministers' meetings of 2021 on given days; a president-elect's later summit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from archive.ingest.meetings import suggest_meetings
from archive.ingest.reference import KnownMeeting, KnownOffice, KnownPerson, Reference
from tests.ingest.reference_data import seed_reference

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


def leaders_summit(
    slug: str, title: str, day: date, city: str = "Washington", country: str = "United States"
) -> KnownMeeting:
    """A summit of the two leaders in person on `day`, known by `slug`, titled `title`."""
    return KnownMeeting(
        slug, title, day, day, city, LEADERS, (), "summit", "in_person", country=country,
        participant_posts=LEADER_POSTS,
    )  # fmt: skip


def leaders_linked(
    body: str, meetings: tuple[KnownMeeting, ...], published: date | None = None
) -> list[str]:
    """The meetings suggest_meetings links for a report naming both leaders (dated to the
    day when `published` is given), against the seeds' reference holding `meetings` only."""
    index = replace(seed_reference(), meetings=meetings).index
    ranked, _ = suggest_meetings(
        index=index,
        body=body,
        people=set(LEADERS),
        published=published,
        precision="day" if published else "unknown",
    )
    return [s.slug for s in ranked if s.linked]


# Two summits of the same leaders half a year apart, and a report with no date of its own
# that names them meeting: nothing in its text tells the two apart (`address_dates`).
def two_summits_reference() -> Reference:
    first = leaders_summit("summit-first", "Summit Meeting", date(2022, 5, 23), "Tokyo", "Japan")
    second = leaders_summit("summit-second", "Summit Meeting", date(2023, 1, 13))
    return replace(seed_reference(), meetings=(first, second))


UNDATED_SUMMIT_REPORT = (
    b"Biden and Kishida hold summit\n\n"
    b"President Joe Biden met Prime Minister Fumio Kishida at a summit meeting on Monday. "
    b"The two leaders discussed the alliance and regional security.\n"
)


# Two defense ministers' meetings of one year, Austin and Kishi in Tokyo (the seeds'
# reference knows both men): for the tests that tell a meeting's day from another's.
DEFENSE_PAIR = ("lloyd-austin", "nobuo-kishi")
DEFENSE_POSTS = (
    ("lloyd-austin", "United States", "defense"),
    ("nobuo-kishi", "Japan", "defense"),
)


def defense_talks(slug: str, day: date) -> KnownMeeting:
    """Austin and Kishi's defense ministers' meeting in Tokyo on `day`, known by `slug`."""
    return KnownMeeting(
        slug, "Japan–U.S. Defense Ministers' Meeting", day, day, "Tokyo", DEFENSE_PAIR, (),
        "defense_ministers", "in_person", country="Japan", participant_posts=DEFENSE_POSTS,
    )  # fmt: skip


def defense_talks_suggested(body: str, meetings: tuple[KnownMeeting, ...]):
    """suggest_meetings' answer for a report naming Austin and Kishi, against the seeds'
    reference holding `meetings` as its only meetings."""
    index = replace(seed_reference(), meetings=meetings).index
    return suggest_meetings(index=index, body=body, people=set(DEFENSE_PAIR))


# A president-elect's transition: Pat Doe took office on 2033-01-20, Kei Sato has been
# prime minister since 2032-09-01, and they met at a summit long after, in 2035.
PRESIDENT_ELECT = KnownPerson(
    "pat-doe", "Pat Doe", "United States", (),
    (KnownOffice("President", "head_of_state", "United States", date(2033, 1, 20), None),),
)  # fmt: skip
PRIME_MINISTER = KnownPerson(
    "kei-sato", "Kei Sato", "Japan", (),
    (KnownOffice("Prime Minister", "head_of_government", "Japan", date(2032, 9, 1), None),),
)  # fmt: skip
TRANSITION_LEADERS = ("pat-doe", "kei-sato")
SUMMIT_AFTER_TRANSITION = KnownMeeting(
    "summit-later", "Japan–U.S. Summit Meeting", date(2035, 9, 17), date(2035, 9, 17),
    "New York", TRANSITION_LEADERS, (), "summit", "in_person", country="United States",
    participant_posts=(
        ("pat-doe", "United States", "head_of_state"),
        ("kei-sato", "Japan", "head_of_government"),
    ),
)  # fmt: skip


def transition_suggested(body: str):
    """suggest_meetings' answer for a report naming both leaders, against a reference
    holding the two of them and the later summit only."""
    index = Reference(
        people=(PRESIDENT_ELECT, PRIME_MINISTER), meetings=(SUMMIT_AFTER_TRANSITION,)
    ).index
    return suggest_meetings(index=index, body=body, people=set(TRANSITION_LEADERS))

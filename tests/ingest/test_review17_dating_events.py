"""Review of the dating events calendar (meeting_events, dating_events.csv: an event a
report without a date of its own tells as past is -0.15 for every meeting held before
it). An event is read as past unless its sentence holds a word of what may or will
happen, and the list misses the commonest ways a report speaks of an event still to
come or feared: one to deter or prevent ("vowed to deter a Russian invasion of Ukraine",
"ウクライナ侵攻を抑止", "urged Pyongyang to refrain from a sixth nuclear test",
"threatened a second nuclear test") and one the meeting is held before ("days before the
Singapore summit", "シンガポールでの米朝首脳会談を前に", "before the Hanoi summit"); and a
city's summit names another gathering held there ("the Singapore summit of ASEAN
leaders"). The
meeting the report covers, held before the event, is then pushed under a later one of
the same leaders. Invented meetings and text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from archive.ingest.meetings import suggest_meetings
from archive.ingest.reference import KnownMeeting
from tests.ingest.reference_data import seed_reference

LEADERS = ("joe-biden", "fumio-kishida")
POSTS = (
    ("joe-biden", "United States", "head_of_state"),
    ("fumio-kishida", "Japan", "head_of_government"),
)


def _summit(slug: str, day: date) -> KnownMeeting:
    return KnownMeeting(
        slug, "Japan–U.S. Summit Meeting", day, day, "Washington", LEADERS, (), "summit",
        "in_person", country="United States", participant_posts=POSTS,
    )  # fmt: skip


def _top(body: str, earlier: date, later: date) -> str:
    """The best-scored of two Washington summits of the same leaders: the text names the
    earlier one's weekday, which alone puts it first."""
    meetings = (_summit("summit-earlier", earlier), _summit("summit-later", later))
    index = replace(seed_reference(), meetings=meetings).index
    ranked, _ = suggest_meetings(
        index=index, body=body, people=set(LEADERS), published=None, precision="unknown"
    )
    return ranked[0].slug


OPENING = "President Joe Biden and Prime Minister Fumio Kishida held a summit in Washington"
OPENING_JA = "バイデン大統領と岸田文雄首相はワシントンで首脳会談を行った。"
REST = "\nThe two leaders also spoke of trade."
# (earlier meeting on a Thursday, later one on a Monday, text)
CASES = {
    "deter invasion": (
        date(2022, 1, 20), date(2022, 5, 23),
        OPENING + " on Thursday. They vowed to deter a Russian invasion of Ukraine." + REST,
    ),
    "deter invasion ja": (
        date(2022, 1, 20), date(2022, 5, 23),
        "木曜日、" + OPENING_JA
        + "両首脳はロシアによるウクライナ侵攻を抑止するため連携することで一致した。" + REST,
    ),
    "refrain from a test": (
        date(2017, 6, 1), date(2017, 11, 6),
        OPENING + " on Thursday. They urged Pyongyang to refrain from a sixth nuclear test." + REST,
    ),
    "threatened test": (
        date(2009, 4, 2), date(2009, 9, 21),
        OPENING + " on Thursday. North Korea has threatened a second nuclear test." + REST,
    ),
    "days before a summit": (
        date(2018, 6, 7), date(2018, 9, 24),
        OPENING + " on Thursday, days before the Singapore summit with Kim Jong Un." + REST,
    ),
    "before a summit ja": (
        date(2018, 6, 7), date(2018, 9, 24),
        "木曜日、" + OPENING_JA
        + "シンガポールでの米朝首脳会談を前に、北朝鮮問題を協議した。" + REST,
    ),
    # Another gathering in the same city: ASEAN's summits in Singapore (2007, 2018).
    "another singapore summit": (
        date(2017, 11, 16), date(2018, 11, 12),
        OPENING + " on Thursday, after the Singapore summit of ASEAN leaders." + REST,
    ),
}  # fmt: skip


@pytest.mark.parametrize("earlier, later, body", CASES.values(), ids=CASES.keys())
def test_an_event_still_to_come_does_not_push_the_meeting_under_a_later_one(earlier, later, body):
    assert _top(body, earlier, later) == "summit-earlier"

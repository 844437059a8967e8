"""The tables of three or more a report names each by its own countries: "日米豪防衛相会談"
and "日米豪比防衛相会談", "美日澳" and "美日菲", "the U.S.-Japan-Australia trilateral" and
"the Australia-Japan-Philippines-U.S. meeting". Two multilateral meetings held together
(defense ministers of three and of four countries in one afternoon) share every kind
word; what tells a report that covers both from one that covers one is that it names
each table apart. For `meeting_links.links_choose`.

Read near each name of a third country with a dash beside it only (literal finds; a
small pattern over a window around each): no regex runs over the whole body. Pure: no Django.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Collection
from datetime import timedelta
from typing import TYPE_CHECKING

from archive.ingest.meeting_compounds import ALLY_PAIRS, _run_countries
from archive.ingest.meeting_gatherings import GATHERING_WORDS
from archive.ingest.meeting_kinds import table_word
from archive.ingest.reference import KnownMeeting, ReferenceIndex

if TYPE_CHECKING:
    from archive.ingest.meeting_signs import ReportSigns

# An ally or another country in a hyphenated chain of countries, folded (lower case);
# None for an ally. Longest first in the pattern, so "south korea" wins over "korea".
_CHAIN_NAMES = {
    "u.s.": None,
    "us": None,
    "usa": None,
    "united states": None,
    "america": None,
    "as": None,  # Indonesian: Amerika Serikat
    "amerika serikat": None,
    "ee.uu.": None,
    "eeuu": None,
    "estados unidos": None,
    "stati uniti": None,
    "japan": None,
    "jepang": None,
    "japón": None,
    "japon": None,
    "giappone": None,
    "australia": "Australia",
    "philippines": "Philippines",
    "filipina": "Philippines",
    "filipinas": "Philippines",
    "filippine": "Philippines",
    "india": "India",
    "rok": "South Korea",
    "korea": "South Korea",
    "south korea": "South Korea",
    "korea selatan": "South Korea",
    "corea del sur": "South Korea",
    "corea del sud": "South Korea",
}
_NAME = "|".join(re.escape(name) for name in sorted(_CHAIN_NAMES, key=len, reverse=True))
_CHAIN = re.compile(rf"(?<![\w.])(?:{_NAME})(?:\s?[-–—/]\s?(?:{_NAME})){{2,}}(?![\w])")
_SPLIT = re.compile(r"\s?[-–—/]\s?")
# The names a chain's third country is found by: each other name of one holds one of these
# right after a dash ("-korea selatan", "-corea del sur"), but "south korea".
_ANCHORS = ("australia", "philippines", "filipina", "filippine", "india", "korea", "corea")
_ANCHORS += ("rok", "south korea")
_WINDOW = 60


def named_tables(folded: str) -> frozenset[frozenset[str]]:
    """The sets of countries other than the allies that the report names together with
    both allies as one table: each CJK compound of the allies ("日米豪比" → Australia and
    the Philippines) and each hyphenated chain of three or more countries that holds
    Japan ("U.S.-Japan-Australia" → Australia). `folded` is `prefilter.fold(body)`
    (folding leaves CJK characters as they are)."""
    tables: set[frozenset[str]] = set()
    for pair in ALLY_PAIRS:
        at = folded.find(pair)
        while at >= 0:
            countries = _run_countries(folded, at, at + len(pair))
            if countries:
                tables.add(frozenset(countries))
            at = folded.find(pair, at + len(pair))
    # A chain names a country other than the allies: only its names with a dash or
    # slash beside them are read around (rarer than Japan's in a US-Japan report).
    for anchor in _ANCHORS:
        at = folded.find(anchor)
        while at >= 0:
            if _linked(folded, at, at + len(anchor)):
                tables |= _chains_around(folded, at)
            at = folded.find(anchor, at + len(anchor))
    return frozenset(tables)


_DASHES = "-–—/"


def _linked(folded: str, start: int, end: int) -> bool:
    """A dash or slash right before or after folded[start:end], a space between allowed."""
    before = folded[max(0, start - 2) : start].rstrip()
    after = folded[end : end + 2].lstrip()
    return bool(before and before[-1] in _DASHES) or bool(after and after[0] in _DASHES)


def _chains_around(folded: str, at: int) -> set[frozenset[str]]:
    """The chains of three or more countries, both allies among them, that run through
    folded[at]."""
    start = max(0, at - _WINDOW)
    window = folded[start : at + _WINDOW]
    found: set[frozenset[str]] = set()
    if sum(window.count(dash) for dash in "-–—/") < 2:
        return found  # a chain of three names has two links: "U.S.-Japan" is not one
    for match in _CHAIN.finditer(window):
        if not match.start() <= at - start < match.end():
            continue
        names = _SPLIT.split(match.group(0))
        others = {_CHAIN_NAMES[name] for name in names if _CHAIN_NAMES.get(name)}
        allies = [name for name in names if name in _CHAIN_NAMES and not _CHAIN_NAMES[name]]
        if others and len(allies) >= 2:
            found.add(frozenset(others))
    return found


def table_key(meeting: KnownMeeting, tables: frozenset[frozenset[str]]) -> str | tuple:
    """A meeting's kind, or for a multilateral one whose table the report names apart
    (`named_tables`), its kind with its other countries: two such meetings are two."""
    table = frozenset(meeting.other_countries)
    if meeting.kind == "multilateral" and table and table in tables:
        return (meeting.kind, table)
    return meeting.kind


def kind_taken(key: str | tuple, keys: set) -> bool:
    """A linked meeting stands for this kind already: one of the same key, or of the same
    kind where either has no table of its own named."""
    kind = key[0] if isinstance(key, tuple) else key
    if key in keys or kind in keys:
        return True
    return key == kind and any(isinstance(k, tuple) and k[0] == kind for k in keys)


THIRD_SEAT_POINTS = 0.10


def third_seat_evidence(
    meeting: KnownMeeting, index: ReferenceIndex, people: Collection[str], signs: ReportSigns
) -> tuple[float, list[str]]:
    """+THIRD_SEAT_POINTS for a multilateral meeting the report calls one of three or
    more when it names, among who met, a leader or minister of one of the meeting's other
    countries holding that day a post of the table's own level (Korea's defense minister
    at a defense ministers' trilateral): someone who sat at that table, not at the allies'
    two of the same day. Naming the country alone is weaker ("names the other countries
    at the table"): a Korean report names Korea whatever it covers."""
    if meeting.kind != "multilateral" or not meeting.other_countries:
        return 0.0, []
    if not signs.kind_words[table_word(meeting)]:
        return 0.0, []
    trip = gathering_trip_evidence(meeting, index, signs)
    if trip[0]:
        return trip
    levels = {post for _, _, post in meeting.participant_posts}
    for slug in sorted(people):
        person = index.people.get(slug)
        for office in person.offices_on(meeting.start) if person else ():
            if office.country in meeting.other_countries and office.post in levels:
                return THIRD_SEAT_POINTS, [f"names {person.name} of {office.country} at its table"]
    return 0.0, []


GATHERING_TRIP = timedelta(days=10)


def gathering_trip_evidence(
    meeting: KnownMeeting, index: ReferenceIndex, signs: ReportSigns
) -> tuple[float, list[str]]:
    """+THIRD_SEAT_POINTS for a gathering's own meeting when the report also names another
    gathering held within GATHERING_TRIP days of it: the leaders' one journey through
    both (the G20 in Seoul, then APEC in Yokohama; APEC, then the East Asia Summit). A
    report that names the two tells which year's meeting of each it covers."""
    word = table_word(meeting)
    if word not in GATHERING_WORDS:
        return 0.0, []
    named = {name for name in GATHERING_WORDS - {word} if signs.kind_words[name]}
    if not named:
        return 0.0, []
    for other in _gatherings(index):
        if table_word(other) in named and abs(other.start - meeting.start) <= GATHERING_TRIP:
            return THIRD_SEAT_POINTS, [f"names {other.title}, held in the days around it"]
    return 0.0, []


_GATHERINGS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _gatherings(index: ReferenceIndex) -> list[KnownMeeting]:
    """The gatherings' own meetings of the reference, listed once per index."""
    if index not in _GATHERINGS:
        _GATHERINGS[index] = [
            m
            for m in index.meetings.values()
            if m.kind == "multilateral" and table_word(m) in GATHERING_WORDS
        ]
    return _GATHERINGS[index]

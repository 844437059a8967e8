"""A courtesy call on the other ally's leader ("Courtesy Call on Prime Minister Ishiba by
U.S. Secretary of Defense Lloyd Austin", "表敬", "kunjungan kehormatan"): a minister's
visit to a head of government, which is no meeting of the kinds the archive records. Ministry
sites publish one for nearly every visit, on the day the visitor met his counterpart;
the page names the visitor and the leader, never the counterpart, and calls the talk
"bilateral". Such a report is not linked to the ministers' meeting of that day. Pure: no
Django.
"""

from __future__ import annotations

from collections.abc import Collection

from archive.ingest import prefilter
from archive.ingest.reference import KnownMeeting, ReferenceIndex

COURTESY_WORDS = (
    r"courtesy (?:call|visit)|visita de cortes[ií]a|visita di cortesia|kunjungan kehormatan"
    r"|表敬|礼节性|禮節性"
)
_COURTESY = prefilter.folded_pattern(COURTESY_WORDS)
# The head and the tail (where the pipeline puts the headline) are read: a courtesy call
# is named in the title or the opening, and the search stays bounded (issue 10).
HEAD, TAIL = 2000, 400
LEADER_POSTS = ("head_of_state", "head_of_government")
MINISTERS_KINDS = ("foreign_ministers", "defense_ministers")


def courtesy_leaders(folded: str, people: Collection[str], index: ReferenceIndex) -> frozenset[str]:
    """The countries whose leader the report names among who met, when it speaks of a
    courtesy call (`folded` is `prefilter.fold(body)`); empty otherwise."""
    leaders = set()
    for slug in people:
        person = index.people.get(slug)
        if person is not None:
            leaders |= {o.country for o in person.offices if o.post in LEADER_POSTS}
    if not leaders:
        return frozenset()
    if not (_COURTESY.search(folded, 0, HEAD) or _COURTESY.search(folded[-TAIL:])):
        return frozenset()
    return frozenset(leaders)


def called_on_instead(
    meeting: KnownMeeting, people: Collection[str], courtesy: Collection[str]
) -> bool:
    """A ministers' bilateral one side of which the report names only through its leader,
    called on: the visitor met the leader, not (in this report) the counterpart."""
    if meeting.kind not in MINISTERS_KINDS or not courtesy:
        return False
    for country in courtesy:
        side = [slug for slug, c, _ in meeting.participant_posts if c == country]
        if side and not any(slug in people for slug in side):
            return True
    return False

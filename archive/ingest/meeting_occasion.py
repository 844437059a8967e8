"""A bilateral held at a group's meeting: which of the two the report is about.

A readout of the allies' meeting on the sidelines of a G7 (or G8) gathering names the
group all along: why the minister travelled ("who was visiting France to attend the G7
Summit", "G7外相会合に出席するため…訪問中の"), what the two discussed ("the issues
discussed at the G7 Biarritz Summit"), the host's welcome ("広島でG7外相会合を開催できる
ことは…"). The group's meeting is then its occasion, not a meeting it covers: the
corpus labels it only when the report is about it. The report tells which by how it
opens: its headline, or its first sentence, names the allies' two meeting ("Secretary
Kerry and Foreign Minister Kishida Before Their Meeting", "held a Japan-U.S. Summit
Meeting with", "ケリー国務長官との間で日米外相会談を行った", "블링컨 국무장관과 …
외교장관이 회담") and calls it no meeting of three or more (a G7 word there not naming
the setting, "trilateral", "日米韓"). A report of the G7 meeting opens with the group
("Blinken will be in Tokyo to attend the G7 foreign ministers' meeting").

Only the opening is read (one sentence and one short line), never the whole body: no
measurable cost on a long report. Pure: no Django.
"""

from __future__ import annotations

import re

from archive.ingest import prefilter
from archive.ingest.meeting_gatherings import GATHERING_SERIES
from archive.ingest.meeting_kinds import GROUP_WORDS
from archive.ingest.meeting_words import (
    _JP_DEFENSE,
    _JP_FOREIGN,
    _US_DEFENSE,
    _US_FOREIGN,
    ALLY_WORDS,
    KIND_WORDS,
)
from archive.ingest.reference import KnownMeeting, ReferenceIndex
from archive.ingest.results import MeetingSuggestion

# Each side, by its name or by its minister's post.
_US = prefilter.folded_pattern(f"{ALLY_WORDS['United States']}|{_US_FOREIGN}|{_US_DEFENSE}")
_JAPAN = prefilter.folded_pattern(f"{ALLY_WORDS['Japan']}|{_JP_FOREIGN}|{_JP_DEFENSE}")
# A word of meeting, in the languages the archive reads.
_MEETS = prefilter.folded_pattern(
    r"\b(?:met|meets?|meeting|talks|summit|bilateral|bertemu|pertemuan|pembicaraan"
    r"|se reuni[óo]|se re[úu]nen?|reuni[óo]n|encuentro|incontr\w*|colloquio)\b"
    r"|会談|会合|会見|面会|회담|회동|만나|만났|会谈|會談|会晤|會晤|会面|會面"
    # Talks short of a meeting, often all the two have at a gathering: "informal talks",
    # "a pull-aside", "懇談", "立ち話", "약식 회담", "환담", "非正式会谈", "交谈".
    r"|\binformal (?:talks|meeting|conversation)\b|\bpull-aside\b|懇談|立ち話|歓談|환담"
    r"|약식 회담|非正式会谈|非正式會談|交谈|交談"
)
# Words for a meeting of three or more (a G7 word naming the setting is not one).
_GROUP = prefilter.folded_pattern(
    "|".join(f"(?:{KIND_WORDS[kind]})" for kind in sorted(GROUP_WORDS))
)
# The opening sentence: the first line of at least this many characters (a CJK lead is
# short; banners, datelines and speakers' names are shorter), up to its end.
_OPENING_MIN = 24
# A headline (the meeting's text ends with it) is a short line, no sentences after it.
_HEADLINE_MAX = 160
# A sentence ends at 。 or at a full stop before a capital, not one closing an initial or a
# title ("U.S. President", "Donald J. Trump", "Mr. Shinzo Abe").
_STOPS = (".", "。", "!", "?", "！", "？")
_SENTENCE_END = re.compile(
    r"[。！？]|(?<![A-Z])(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)[.!?](?=\s+[A-Z0-9\"“])"
)


def _opening_sentence(body: str) -> tuple[int, int]:
    """The span of the body's first sentence: on its first line long enough to be one."""
    at = 0
    for line in body[:2000].split("\n"):
        if len(line.strip()) >= _OPENING_MIN:
            end = _SENTENCE_END.search(line)
            return at, at + (end.end() if end else len(line))
        at += len(line) + 1
    return 0, 0


def _headline(body: str) -> tuple[int, int]:
    """The span of the text's last line when it reads as a headline (short, one phrase,
    no full stop)."""
    start = body.rfind("\n") + 1
    line = body[start:]
    # A line ending in a full stop is the body's last sentence, not a headline.
    if len(line) > _HEADLINE_MAX or _SENTENCE_END.search(line) or line.endswith(_STOPS):
        return 0, 0
    return start, len(body)


def _tells_pair(folded: str) -> bool:
    return bool(
        _US.search(folded)
        and _JAPAN.search(folded)
        and _MEETS.search(folded)
        and not _GROUP.search(folded)
    )


def opens_on_pair(body: str, folded: str) -> bool:
    """The report's headline or first sentence tells the allies' meeting of two (see the
    module docstring); `folded` is `prefilter.fold(body)`, the same length."""
    return any(
        end > start and _tells_pair(folded[start:end])
        for start, end in (_opening_sentence(body), _headline(body))
    )


def group_occasion(meeting: KnownMeeting) -> bool:
    """A gathering's own meeting (the G7's, APEC's, the G20's…): the occasion of the
    bilateral a report opening on the allies' two is about."""
    return meeting.kind == "multilateral" and meeting.series in GATHERING_SERIES


OCCASION_REASON = "the report opens on the allies' meeting of two: this gathering was its occasion"


def without_occasions(
    ranked: list[MeetingSuggestion], index: ReferenceIndex, body: str, folded: str
) -> list[MeetingSuggestion]:
    """The suggestions a link may go to: all of them, but the G7 gatherings when the
    report opens on the allies' two meeting (each told why, for the curator)."""
    if not opens_on_pair(body, folded):
        return ranked
    linkable = []
    for suggestion in ranked:
        meeting = index.meetings.get(suggestion.slug)
        if meeting is not None and group_occasion(meeting):
            suggestion.reasons.append(OCCASION_REASON)
        else:
            linkable.append(suggestion)
    return linkable


def occasion_beside(meeting: KnownMeeting, best: KnownMeeting) -> bool:
    """A gathering's own meeting (`group_occasion`) beside a best meeting that is not one
    and was held at it (in its city, or on its days) or on the way to it (before it): a
    report whose best meeting is the allies' talks at APEC ("菅首相は…APEC首脳会議の開幕に
    先立ち…横浜市内でオバマ米大統領と会談した") or in Tokyo the day before the president
    flies on to APEC names the gathering as the talks' occasion, and it is linked only
    when it is the best meeting itself. Talks held elsewhere days after a gathering may
    cover it too ("in Nara today, after the G-8 meeting in Leeds")."""
    if not group_occasion(meeting) or group_occasion(best):
        return False
    if best.start < meeting.start:
        return True
    if meeting.city and best.city:
        return meeting.city == best.city
    return best.start <= meeting.end

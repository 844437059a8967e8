"""What a report says once, whatever meeting it is compared with (`report_signs`): the
kind, format, country and ally words it uses (meeting_words.py's lists, read on the folded
body), its dateline, and whether it speaks of a meeting to come. meetings.py scores each
meeting against these signs and re-exports them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from archive.ingest import prefilter
from archive.ingest.header import PLACE_LINE
from archive.ingest.meeting_words import (
    ALLY_WORDS,
    BOTH_US_POSTS_CJK_ORDERS,
    BOTH_US_POSTS_ORDERS,
    CJK_SENTENCE_BREAK,
    CJK_SENTENCE_REACH,
    COUNTRY_WORDS,
    FORMAT_WORDS,
    KIND_WORDS,
    SCC_WORDS_AFTER_POSTS,
    SCC_WORDS_BEFORE_POSTS,
    SENTENCE_BREAK,
    SENTENCE_REACH,
)
from archive.ingest.pattern_alternatives import Alternatives, first_matches
from archive.ingest.sentence_posts import Places, PostsInSentence

# Case-insensitive, like every word list here: read on the folded body (prefilter.fold).
FUTURE = prefilter.folded_pattern(
    r"\b(?:will (?:meet|hold|host|visit|travel)|(?:is|are) (?:set|due|scheduled|expected) to"
    r"|ahead of|plans? to meet|upcoming|next week|tomorrow"
    r"|se reunir[áa]n?|viajar[áa]|celebrar[áa]n?|la pr[óo]xima semana|ma[ñn]ana"
    r"|akan (?:bertemu|mengadakan|menggelar|berkunjung)|dijadwalkan|pekan depan|besok"
    r"|incontrer[àa]|si recher[àa]|terr[àa]nno|la prossima settimana|domani)\b"
    # CJK, unbounded: "회담할 예정" (not "예정대로", as planned), "会談する予定" (not
    # "予定通り"), "将于/将在/将与" (will), "할 계획", "見通し", next week, tomorrow.
    r"|예정(?!대로)|予定(?!通り|どおり)|見通し|[할갈날] 계획"
    r"|将(?:于|在|与|会|赴|访|举行)|將(?:於|在|與|會|赴|訪|舉行)"
    r"|来週|다음\s?주|내주|下周|下週|下星期|明日|明天|내일"
)
_KIND_PATTERNS = {name: prefilter.folded_pattern(words) for name, words in KIND_WORDS.items()}
_FORMAT_PATTERNS = {name: prefilter.folded_pattern(words) for name, words in FORMAT_WORDS.items()}
_COUNTRY_PATTERNS = {name: prefilter.folded_pattern(words) for name, words in COUNTRY_WORDS.items()}
# Read only for whether the report names them, which nearly every report does in its
# first lines: looked for there first (`prefilter.present`), their beginnings ("japan",
# "u.", "ee" of "EE.UU.": a tenth of a long body's words) kept out of the scan's automaton.
_ALLY_PATTERNS = {name: prefilter.folded_pattern(words) for name, words in ALLY_WORDS.items()}
# KIND_WORDS["scc"] in its three parts, counted apart (`_scc_count`).
_SCC_BEFORE_POSTS = prefilter.folded_pattern(SCC_WORDS_BEFORE_POSTS)
_SCC_POSTS = (
    PostsInSentence(BOTH_US_POSTS_ORDERS, SENTENCE_BREAK, SENTENCE_REACH),
    PostsInSentence(BOTH_US_POSTS_CJK_ORDERS, CJK_SENTENCE_BREAK, CJK_SENTENCE_REACH),
)
_SCC_AFTER_POSTS = prefilter.folded_pattern(SCC_WORDS_AFTER_POSTS)
_SCC_PARTS = (
    _SCC_BEFORE_POSTS,
    *dict.fromkeys(pattern for posts in _SCC_POSTS for pattern in posts.patterns),
    _SCC_AFTER_POSTS,
)
# Kind words read as their alternatives (pattern_alternatives.py): one side's minister
# meeting the other's by their posts, each tried only where the other post follows
# within reach.
_BY_ALTERNATIVES = {name: Alternatives(KIND_WORDS[name]) for name in ("foreign", "defense")}
_DATELINE_END = re.compile(r"\s[–—-]+\s|\s?[–—]|\(|:|\.-|\n")


@dataclass
class ReportSigns:
    """What a report says once, whatever meeting it is compared with."""

    kind_words: Counter = field(default_factory=Counter)
    format_words: Counter = field(default_factory=Counter)
    dateline: str = ""
    future: bool = False
    countries: frozenset = frozenset()
    allies: frozenset = frozenset()  # the allies the report names as countries
    # The body folded for prefilter.finditer, and each keyword regex's hits in it (many
    # meetings share one: their city and kind words).
    folded: str = field(default="", repr=False, compare=False)
    keyword_hits: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def kind_total(self) -> int:
        return sum(self.kind_words.values())


def report_signs(body: str) -> ReportSigns:
    """Kind, format and country words, the dateline (the head of the first line, up to
    the dash or the agency) and whether the report speaks of a meeting to come."""
    first_line = body.lstrip().split("\n", 1)[0]
    head = _DATELINE_END.split(first_line[:120], maxsplit=1)[0].strip()
    head = head if len(head) <= 60 else ""
    place = _head_place(body)
    if place and place not in head:
        head = f"{head} / {place}" if head else place
    folded = prefilter.fold(body)
    scan = _signs_scan()
    return ReportSigns(
        kind_words=_counts(
            _KIND_PATTERNS,
            folded,
            scan,
            presence_only=PRESENCE_ONLY,
            counted_apart=_COUNTED_APART,
        ),
        format_words=_format_counts(folded, scan),
        dateline=head,
        future=scan.search(FUTURE, folded),
        countries=frozenset(
            name for name, p in _COUNTRY_PATTERNS.items() if scan.search(p, folded)
        ),
        allies=frozenset(
            name for name, p in _ALLY_PATTERNS.items() if prefilter.present(p, folded)
        ),
        folded=folded,
    )


# The signs' beginnings read whole words and phrases ("security consult", "foreign and
# defe", "the two leaders"), not their first eight characters ("security", "foreign ",
# "the two "): each pattern is tried in far fewer places of a long readout.
SIGNS_HEAD_LENGTH = 16


def _signs_scan() -> prefilter.PatternScan:
    """Every pattern tried only where one of its literal beginnings is, all found in one pass."""
    return prefilter.pattern_scan(
        (
            *(
                pattern
                for name, pattern in _KIND_PATTERNS.items()
                if name != "scc" and name not in _BY_ALTERNATIVES
            ),
            *_SCC_PARTS,
            *(pattern for kind in _BY_ALTERNATIVES.values() for pattern in kind.patterns),
            *_FORMAT_PATTERNS.values(),
            *_COUNTRY_PATTERNS.values(),
            FUTURE,
        ),
        tuple(sorted({needle for kind in _BY_ALTERNATIVES.values() for needle in kind.needles()})),
        SIGNS_HEAD_LENGTH,
    )


def signs_needles() -> prefilter.Needles:
    """The automaton that finds where the signs' patterns may begin (`report_signs`)."""
    return _signs_scan().needles


# A call the report dates before the one it covers: "지난주 첫 전화통화에 이어 … 만났다",
# "先週の電話会談に続き", "上周通电话之后", "their phone call last week": the background
# of this meeting, not how it was held. The marks stand a few characters from the word.
PAST_CALL_BEFORE = re.compile(
    r"(?:지난주|지난달|지난해|先週|先月|前回|上周|上週|上个月|上個月|上次)[^.。!?\n]{0,6}$"
)
PAST_CALL_AFTER = re.compile(
    r"[^.。!?\n]{0,4}?(?:에\s?이어|に続|以来|之后|之後)|[^.!?\n]{0,8}? last (?:week|month)\b"
)


def _format_counts(folded: str, scan: prefilter.PatternScan) -> Counter:
    """`_counts` of the format words, less the calls dated before the meeting covered."""
    counts = _counts(_FORMAT_PATTERNS, folded, scan)
    if counts["phone"]:
        past = sum(
            1
            for hit in scan.finditer(_FORMAT_PATTERNS["phone"], folded)
            if PAST_CALL_BEFORE.search(folded, max(hit.start() - 12, 0), hit.start())
            or PAST_CALL_AFTER.match(folded, hit.end())
        )
        counts["phone"] -= past
        if not counts["phone"]:
            del counts["phone"]
    return counts


HEAD_LINES = 6


def _head_place(body: str) -> str:
    """A place printed alone on one of the short lines that open a report ("Tokyo, Japan"
    under a transcript's speaker and venue, above its first turn): where it was said, as
    a dateline says it."""
    for line in body.lstrip().split("\n", HEAD_LINES * 2)[: HEAD_LINES * 2]:
        line = line.strip()
        if len(line) > 60:
            return ""
        if line and PLACE_LINE.fullmatch(line):
            return line
    return ""


# Kind words no reader counts, only whether the report has one: one minister meeting the
# other ("pair") tells a meeting of two from one of three or more, and is left out of the
# share of a report's words that fit a meeting's kind (meeting_kinds.kind_share subtracts
# it from the total). Found once, it counts 1: its look-aheads read the rest of every
# sentence that names a minister (tests/ingest/test_parse_speed_signs.py checks that the
# readers give the same answers for any count).
PRESENCE_ONLY = frozenset({"pair"})


def _counts(
    patterns: dict[str, re.Pattern],
    folded: str,
    scan: prefilter.PatternScan | None = None,
    *,
    presence_only: frozenset[str] = frozenset(),
    counted_apart: dict[str, Callable[[str, prefilter.PatternScan], int]] | None = None,
) -> Counter:
    """How often each pattern matches, for those that match (none matches the empty
    string, so a match is a count of one or more); 1 for a match of one in
    `presence_only`; for a name in `counted_apart`, what its function counts (the same,
    read another way)."""
    counted_apart = counted_apart or {}
    scan = scan or prefilter.pattern_scan(tuple(patterns.values()))
    counts = {
        name: counted_apart[name](folded, scan)
        if name in counted_apart
        else int(scan.search(pattern, folded))
        if name in presence_only
        else scan.count(pattern, folded)
        for name, pattern in patterns.items()
    }
    return Counter({name: count for name, count in counts.items() if count})


def _scc_count(folded: str, scan: prefilter.PatternScan) -> int:
    """`scan.count` of KIND_WORDS["scc"]: its matches, as its regex finds them, with the
    branches that name the SCC by its members' posts read apart (sentence_posts.py). Each
    part's matches are found on their own; where several begin at one place, the part
    the regex tries first gives the match; from each match on, the next is looked for
    where it ends, as finditer does."""
    places = Places(folded, scan)
    ends = dict(places.ends(_SCC_AFTER_POSTS))  # the last part first: the earlier overwrite
    for posts in reversed(_SCC_POSTS):
        ends.update(posts.matches(places))
    ends.update(places.ends(_SCC_BEFORE_POSTS))
    return first_matches(ends)


_COUNTED_APART: dict[str, Callable[[str, prefilter.PatternScan], int]] = {
    "scc": _scc_count,
    "foreign": _BY_ALTERNATIVES["foreign"].count,
    "defense": _BY_ALTERNATIVES["defense"].count,
}

"""What a report calls the meeting it covers and how it says it was held, against each
meeting's kind and format: the kind and format evidence of `meetings` and the tests its
automatic links make of them. Pure: no Django.
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Collection
from datetime import date
from typing import TYPE_CHECKING

from archive.ingest.meeting_context import (
    ALLIES,
    WEEKDAY_POINTS,
    ReportContext,
    dates_evidence,
    title_name,
)
from archive.ingest.meeting_gathering_summits import gathering_part, gathering_summit_words
from archive.ingest.meeting_gatherings import GATHERING_SERIES, GATHERING_WORDS
from archive.ingest.meeting_signs import _COUNTRY_PATTERNS
from archive.ingest.reference import KnownMeeting, ReferenceIndex
from archive.ingest.results import MeetingSuggestion

if TYPE_CHECKING:
    from archive.ingest.meetings import ReportSigns

LEADER_POSTS = ("head_of_state", "head_of_government")
# The kinds of words (`meeting_words.KIND_WORDS`) that name a group of three or more.
GROUP_WORDS = frozenset({"multi"}) | GATHERING_WORDS

# The kinds of words each kind of meeting answers to. A multilateral meeting also
# answers to the words for who sits at it (a Quad leaders' summit is a summit).
KIND_ACCEPTS = {
    "scc": {"scc"},
    "summit": {"summit", "bilateral"},
    "foreign_ministers": {"foreign", "bilateral", "pair"},
    "defense_ministers": {"defense", "bilateral", "pair"},
    "multilateral": {"multi"},
    "call": set(),  # a call answers to who was on it: see accepted_kind_words
    "ministerial": {"bilateral"},
}
FORMAT_OF = {"phone": "phone", "video": "video", "virtual": "video", "hybrid": "video"}


def table_word(meeting: KnownMeeting) -> str:
    """The kind of words a multilateral meeting needs: the gathering's name for a
    gathering's own meetings ("g7", "apec", "g20": `meeting_gatherings.GATHERING_SERIES`),
    "multi" (three countries, the Quad) for the rest; each is the others' wrong word."""
    return GATHERING_SERIES.get(meeting.series, "multi")


def accepted_kind_words(meeting: KnownMeeting) -> set[str]:
    """The kinds of words (`meeting_words.KIND_WORDS`) that fit this meeting."""
    accepted = set(KIND_ACCEPTS.get(meeting.kind, set()))
    if meeting.kind == "multilateral":
        accepted = accepted - {"multi"} | {table_word(meeting)}
    posts = {post for _, country, post in meeting.participant_posts if country in ALLIES}
    if meeting.kind in ("multilateral", "call"):
        if posts & set(LEADER_POSTS):
            accepted.add("summit")
        if "foreign" in posts:
            accepted.add("foreign")
        if "defense" in posts:
            accepted.add("defense")
    if meeting.kind == "call":
        accepted |= {"bilateral", "pair"}
    return accepted


def kind_share(
    meeting: KnownMeeting, signs: ReportSigns, beside: KnownMeeting | None = None
) -> float | None:
    """The share of the report's words for the meeting that fit this meeting's kind
    (None when it has no such words or the meeting no kind). Who sits at a trilateral
    (leaders, ministers) counts only when the report calls it a trilateral or larger at
    all; "2+2" names the SCC, not another series of its kind, and with it the foreign
    and the defense ministers' words name the SCC's two halves. One minister meeting the
    other ("pair") is counted already as their kind of meeting; it only tells a meeting
    of two from one of three or more (`named_apart`). With `beside` (the table a second
    meeting was held beside), the words that fit that table and not this one are left
    out of the total: they name the other table the report covers."""
    total = signs.kind_total - signs.kind_words["pair"]
    if not meeting.kind or not total:
        return None
    if meeting.kind == "multilateral" and not signs.kind_words[table_word(meeting)]:
        return 0.0
    accepted = accepted_kind_words(meeting) - {"pair"}
    if meeting.kind == "scc" and meeting.series not in ("", "scc"):
        accepted = accepted - {"scc"}
    elif meeting.kind == "scc" and _two_by_two_told(signs):
        # "2+2" with the foreign and the defense ministers' words: the 2+2's table, by
        # its two halves ("外长防长“2+2”…外长会谈…防长会谈"), not two other meetings.
        accepted = accepted | {"foreign", "defense"}
    fitting = sum(count for name, count in signs.kind_words.items() if name in accepted)
    fitting -= gathering_summit_words(meeting, signs, accepted)
    if beside is not None:
        total -= _words_of_beside(meeting, beside, signs, accepted)
    if total <= 0:
        return None
    return fitting / total * gathering_part(meeting, signs)


def _words_of_beside(
    meeting: KnownMeeting, beside: KnownMeeting, signs: ReportSigns, accepted: set[str]
) -> int:
    """The report's words for a meeting that fit the table `beside` and not `meeting`'s."""
    theirs = accepted_kind_words(beside) - accepted - {"pair"}
    return sum(count for name, count in signs.kind_words.items() if name in theirs)


def _two_by_two_told(signs: ReportSigns) -> bool:
    """The report calls a meeting a 2+2 and speaks of both the foreign and the defense
    ministers' meetings."""
    words = signs.kind_words
    return bool(words["scc"] and words["foreign"] and words["defense"])


def kind_evidence(
    meeting: KnownMeeting, signs: ReportSigns, beside: KnownMeeting | None = None
) -> tuple[float, list[str]]:
    """From −0.15 (none of the report's words for the meeting fit its kind) to +0.30 (all
    do), in proportion (`kind_share`); −0.15 for a multilateral meeting the report never
    calls one of three or more."""
    if meeting.kind == "multilateral" and not signs.kind_words[table_word(meeting)]:
        return -0.15, ["the report never calls it a meeting of three or more"]
    share = kind_share(meeting, signs, beside)
    if share is None:
        return 0.0, []
    said = ", ".join(sorted(set(signs.kind_words) - {"pair"}))
    if not share and meeting.kind == "call" and _only_groups(signs):
        return 0.0, [f"the report names groups ({said}): what a call spoke of, not its kind"]
    if not share:
        return -0.15, [f"the report speaks of {said}, not of a meeting of this kind"]
    fit = "fit" if share >= 0.5 else "mostly do not fit"
    return 0.45 * share - 0.15, [f"the report's words for the meeting {fit} its kind ({said})"]


def _only_groups(signs: ReportSigns) -> bool:
    """The report's only words for a meeting name a group of three or more ("the Quad",
    "G7", "日米韓"): of a call of two they say what the two spoke of ("we will work
    together in the G7 and the Quad"), not that it was a meeting of another kind. A G7
    leaders' call and the Biden–Ishiba call of the same morning are told apart by the
    G7 call's own words, not by a penalty on the bilateral one."""
    said = {name for name, count in signs.kind_words.items() if count and name != "pair"}
    return bool(said) and said <= GROUP_WORDS


IN_PERSON_POINTS = 0.10


def format_evidence(meeting: KnownMeeting, signs: ReportSigns) -> tuple[float, list[str]]:
    """Call or video words for a meeting held that way, none for a call, or only words of
    another medium; words of people in one room ("good to see you", "握手", "대면") for a
    meeting held in person, against a call (see `meetings` for the scale)."""
    if not meeting.format:
        return 0.0, []
    medium = FORMAT_OF.get(meeting.format)
    phone, video = signs.format_words["phone"], signs.format_words["video"]
    in_person = signs.format_words["in_person"]
    if medium and signs.format_words[medium]:
        if in_person and medium == "phone":
            # The call words recall calls before a meeting held face to face ("two
            # telephone calls between us" said across the table).
            return 0.20 - 0.15, ["the report says it was held by phone, and speaks face to face"]
        return 0.20, [f"the report says it was held by {medium}"]
    if meeting.kind == "call":
        return -0.15, ["no word of a call in the report"]
    if not medium and in_person:
        return IN_PERSON_POINTS, ["the report speaks face to face, as in a meeting in person"]
    if not medium and phone and not video:
        return -0.10, ["the report speaks of a call; this meeting was held in person"]
    if not medium and video and not phone:
        points = -0.20 if video >= 2 else -0.10
        return points, ["the report speaks of a video meeting; this one was held in person"]
    return 0.0, []


def named_kind(meeting: KnownMeeting, signs: ReportSigns) -> bool:
    """The report names this meeting's kind by a word of its own (not only "bilateral")."""
    specific = accepted_kind_words(meeting) - {"bilateral", "pair"}
    if meeting.kind == "call":
        return bool(signs.format_words[FORMAT_OF.get(meeting.format, "phone")])
    return any(signs.kind_words[name] for name in specific)


def named_apart(meeting: KnownMeeting, best: KnownMeeting, signs: ReportSigns) -> bool:
    """The report names `meeting`'s kind by words that do not also name the best one's: a
    foreign ministers' call and their meeting three days later share "foreign ministers'
    talks", so a readout of the call does not cover the meeting too."""
    if meeting.kind == "call":
        return named_kind(meeting, signs)
    specific = accepted_kind_words(meeting) - accepted_kind_words(best) - {"bilateral"}
    if best.kind != "multilateral":
        # One minister meeting another tells a meeting of two from one of three or more.
        specific -= {"pair"}
    elif meeting.kind in KIND_ACCEPTS and "bilateral" in accepted_kind_words(meeting):
        # "A bilateral meeting with Motegi ahead of the Quad", "二国間会談": a meeting
        # of two beside the one of many (not "bilateral issues", "bilateral ties").
        two = bilateral_meeting(signs.folded) or allies_meeting(signs.folded)
        specific |= {"bilateral meeting"} if two else set()
    return any(signs.kind_words[name] for name in specific) or "bilateral meeting" in specific


# "Bilateral" and a word for a meeting beside it, either side ("bilateral talks",
# "pertemuan bilateral", "reunión bilateral", "二国間会談", "양자 회담", "双边会谈").
_BILATERAL = ("bilateral", "二国間", "양자", "双边", "雙邊")
_MEETING_NOUNS = (
    "meeting", "talks", "pertemuan", "pembicaraan", "reunión", "encuentro", "incontro",
    "colloquio", "会談", "会合", "회담", "회의", "会谈", "會談", "会晤", "會晤",
)  # fmt: skip
_NOUN_REACH = 14


_THIRD_REACH = 60
_STOPS = (". ", "。", "\n", "! ", "? ")


def _sentence(folded: str, start: int, end: int) -> str:
    """The sentence around folded[start:end], at most _THIRD_REACH characters either side."""
    low = max(0, start - _THIRD_REACH)
    high = min(len(folded), end + _THIRD_REACH)
    begin = max(folded.rfind(stop, low, start) for stop in _STOPS)
    stops = [at for at in (folded.find(stop, end, high) for stop in _STOPS) if at >= 0]
    return folded[max(begin, low) : min(stops, default=high)]


@functools.lru_cache(maxsize=4)
def bilateral_meeting(folded: str) -> bool:
    """The folded text speaks of a bilateral meeting: a word for a meeting within a few
    characters of "bilateral", and no third country named in its sentence ("미국과 한국은
    어제 양자 외무장관 회담에서": the other ally's bilateral with a third country).
    Read around each "bilateral" only."""
    for word in _BILATERAL:
        at = folded.find(word)
        while at >= 0:
            end = at + len(word)
            around = folded[max(0, at - _NOUN_REACH) : end + _NOUN_REACH]
            wide = _sentence(folded, at, end)
            if any(noun in around for noun in _MEETING_NOUNS) and not any(
                pattern.search(wide) for pattern in _COUNTRY_PATTERNS.values()
            ):
                return True
            at = folded.find(word, end)
    return False


# The two allies' own meeting by its compound name, the meeting word right after it
# ("日米首脳会談", "미일 외교장관 회담", "美日峰会", "the U.S.-Japan summit"): a meeting of
# the two, told apart from the trilateral or the Quad of the same days, when nothing
# joins a third country to the pair ("日米豪", "한미일", "美日韩", "U.S.-Japan-Australia").
_ALLY_PAIRS = (
    "日米", "미일", "美日", "日美", "u.s.-japan", "japan-u.s.", "u.s.–japan", "japan–u.s.",
)  # fmt: skip
_PAIR_NOUNS = (*_MEETING_NOUNS, "summit", "峰会", "峰會")
_JOINS_THIRD = frozenset("-–韓韩한豪澳比菲印")
# How far after the compound the word of meeting may stand: "日米首脳会談", "미일 국방장관
# 회담"; "the U.S.-Japan foreign ministers' meeting".
_PAIR_REACH = 12
_PAIR_REACH_LATIN = 30


@functools.lru_cache(maxsize=4)
def allies_meeting(folded: str) -> bool:
    """The folded text names the allies' meeting of two by their compound name (above);
    read after each compound only."""
    for pair in _ALLY_PAIRS:
        at = folded.find(pair)
        while at >= 0:
            end = at + len(pair)
            before = folded[at - 1] if at else ""
            after = folded[end] if end < len(folded) else ""
            if before not in _JOINS_THIRD and after not in _JOINS_THIRD:
                far = _PAIR_REACH_LATIN if pair[0].isascii() else _PAIR_REACH
                reach = folded[end : end + far]
                if any(noun in reach for noun in _PAIR_NOUNS):
                    return True
            at = folded.find(pair, end)
    return False


def grounded(
    meeting: KnownMeeting,
    signs: ReportSigns,
    people: Collection[str],
    context: ReportContext,
    others: Collection[str] = (),
    beside: KnownMeeting | None = None,
) -> bool:
    """The report names the meeting by its kind or its title, or names someone at the
    table and each ally at it (a participant of its side, or the country: "Austin met
    his Japanese counterpart"): a date and a place alone never link a report (an
    ambassador's call on a governor in the week of a meeting in the same city), nor one
    side's minister in the host city on the day (Austin "in Tokyo" on China's refusal
    to meet him). And it does not call the meeting something else: a trilateral it never
    calls one of three or more, or a meeting whose table it names only in part while
    most of its words for the meeting fit another kind (a foreign ministers' bilateral on
    the day of a 2+2), is not linked automatically. `others`: the countries other than
    the allies whose leaders or ministers the report names among who met
    (`third_countries`)."""
    named = [slug for slug in meeting.participant_slugs if slug in people]
    if meeting.kind == "multilateral" and not signs.kind_words[table_word(meeting)]:
        return False
    if meeting.kind == "multilateral" and table_word(meeting) in GATHERING_WORDS and not named:
        # A gathering of twenty leaders by its name and its days alone says nothing of
        # the allies' part in it (a Japan–Australia 2+2 on the day of the East Asia Summit).
        return False
    share = kind_share(meeting, signs, beside)
    if share is not None and share < 0.5 and 0 < len(named) < len(meeting.participant_slugs):
        return False
    title = title_name(meeting.title)
    if named_kind(meeting, signs) or bool(title and context.says(title)):
        # A call named by its kind ("a phone call"), yet with one side's people only
        # and never the other ally: the Secretary's call with Italy's minister is no
        # US-Japan call. (A meeting held somewhere has its place to tell the other side;
        # at a larger table, a G7's, one ally's minister speaks for the report.) So too a
        # bilateral whose one side met a third country's minister in the report (Japan's
        # foreign minister and Indonesia's, at the G20 where he also met the Secretary).
        one_sided = meeting.kind == "call" or bool(
            not meeting.other_countries and set(others) - set(ALLIES)
        )
        return not (one_sided and named) or _allies_named(meeting, named, signs)
    return bool(named) and _allies_named(meeting, named, signs)


def third_countries(people: Collection[str], index: ReferenceIndex) -> frozenset[str]:
    """The countries, neither ally, of the leaders and ministers among `people` (who met,
    as the report names them); a person who also held an ally's post is not counted."""
    found = set()
    for slug in people:
        person = index.people.get(slug)
        countries = {office.country for office in person.offices} if person else set()
        if countries and not countries & set(ALLIES):
            found |= countries
    return frozenset(found)


def _allies_named(meeting: KnownMeeting, named: list[str], signs: ReportSigns) -> bool:
    sides = {country for slug, country, _ in meeting.participant_posts if slug in named}
    table = {country for _, country, _ in meeting.participant_posts if country in ALLIES}
    return all(country in sides or country in signs.allies for country in table)


def whole_table(meeting: KnownMeeting, people: Collection[str] | None) -> bool:
    """The report names everyone at the meeting's table."""
    slugs = meeting.participant_slugs
    return people is not None and bool(slugs) and all(slug in people for slug in slugs)


def rival(
    suggestion: MeetingSuggestion,
    best: KnownMeeting | None,
    named_best: bool,
    index: ReferenceIndex,
    signs: ReportSigns,
) -> bool:
    """Whether `suggestion` competes with the best meeting for the link. When the report
    names the best one's kind and also another kind ("the summit … a trilateral with
    Yoon"), the meetings of that other kind are the second meeting it covers, not
    rivals: which of them it was may stay open while the best is clear."""
    meeting = index.meetings.get(suggestion.slug)
    if not named_best or best is None or meeting is None or meeting.kind == best.kind:
        return True
    if _part_of(meeting, best):
        return False
    return not named_kind(meeting, signs)


def _part_of(meeting: KnownMeeting, best: KnownMeeting) -> bool:
    """Held on the best meeting's days by people who all sit at its table: the foreign
    ministers' talks of the morning of a 2+2 are a part of the 2+2 the report names, not
    another meeting it might be about."""
    slugs = set(meeting.participant_slugs)
    return bool(slugs) and slugs <= set(best.participant_slugs) and _same_days(meeting, best)


def clear_second(
    one: MeetingSuggestion,
    left_out: list[MeetingSuggestion],
    index: ReferenceIndex,
    signs: ReportSigns,
    context: ReportContext,
    *,
    margin: float,
    linked: Collection[str] = (),
) -> bool:
    """A second meeting the report names by its kind, kept with the best one although a
    meeting left out comes close: the text dates it ("the summit on 13 January", "on
    Thursday" in the week it dates), and it leads by the margin every meeting left out
    that competes with it (those of its kind, and those of a kind the report does not
    name: a meeting of another kind it names is a third one it covers), but for one
    whose table sits at a `linked` meeting whose kind the report names instead (the
    foreign ministers' talks after a 2+2, named only by the 2+2's ministers)."""
    meeting = index.meetings.get(one.slug)
    best = index.meetings.get(linked[0]) if linked else None
    if meeting is None:
        return False
    if not dated_by_text(meeting, context) and not _same_days(meeting, best):
        return False
    tables = [
        set(index.meetings[slug].participant_slugs) for slug in linked if slug in index.meetings
    ]
    best_rival = max(
        (
            s.score
            for s in left_out
            if rival(s, meeting, True, index, signs)
            and not _shadowed(s, tables, index, signs)
            and _near(index.meetings.get(s.slug), best)
        ),
        default=0.0,
    )
    return one.score - best_rival >= margin - 1e-6


SECOND_MEETING_WINDOW = 7  # days from the best meeting (meeting_links.TWO_MEETINGS_APART)


def _same_days(meeting: KnownMeeting, best: KnownMeeting | None) -> bool:
    """Held on the best meeting's days: the 2+2 and the defense ministers' talks of the
    same morning share the date the report settled for the best one."""
    return best is not None and meeting.start <= best.end and best.start <= meeting.end


def _near(meeting: KnownMeeting | None, best: KnownMeeting | None) -> bool:
    """Within the week of the best meeting: only there could a rival be the second
    meeting the report covers (one of its kind a year away competes with nothing)."""
    if meeting is None or best is None:
        return True
    return abs((meeting.start - best.start).days) <= SECOND_MEETING_WINDOW


def _shadowed(
    suggestion: MeetingSuggestion, tables: list[set], index: ReferenceIndex, signs: ReportSigns
) -> bool:
    """A meeting of a kind the report does not name, all of whose participants sit at a
    meeting already linked: the report names them for that one."""
    meeting = index.meetings.get(suggestion.slug)
    if meeting is None or not meeting.participant_slugs or named_kind(meeting, signs):
        return False
    return any(set(meeting.participant_slugs) <= table for table in tables)


def placed_in_time(
    meeting: KnownMeeting, people: Collection[str], context: ReportContext, *, dated: bool
) -> bool:
    """The report names someone at the meeting's table, or has a date of its own, or its
    text dates the meeting (a full date, a month and day, a weekday in a week it dates, a
    day of the month): a report that names no one at the table and dates nothing (a
    trilateral of 2006 the reference does not hold, told on a "Thursday") is no sign of
    which year's meeting of that kind and place it covers."""
    if dated or any(slug in people for slug in meeting.participant_slugs):
        return True
    return dated_by_text(meeting, context)


def dated_by_text(
    meeting: KnownMeeting, context: ReportContext, published: date | None = None
) -> bool:
    """The text dates the meeting: a full date, a month and day, a weekday in the week of
    the report's date (`published`) or of a date the text gives, a day of the month; a
    weekday alone is not enough."""
    points, _ = dates_evidence(
        meeting, context, dateline_counted=False, dated=bool(published), published=published
    )
    return points > (0 if published else WEEKDAY_POINTS)


SERIES_FIRST_POINTS = 0.15
_FIRST_OF_SERIES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def first_of_series(meeting: KnownMeeting, index: ReferenceIndex) -> bool:
    """Whether `meeting` is the earliest the reference holds of its series (a series of
    its own: not "…-sidelines", the bilaterals held at a larger gathering). The table is
    built once per index."""
    if not meeting.series or meeting.series.endswith("-sidelines"):
        return False
    if index not in _FIRST_OF_SERIES:
        first: dict[str, KnownMeeting] = {}
        for other in index.meetings.values():
            if other.series and (
                other.series not in first or other.start < first[other.series].start
            ):
                first[other.series] = other
        _FIRST_OF_SERIES[index] = {m.series: m.slug for m in first.values()}
    return _FIRST_OF_SERIES[index].get(meeting.series) == meeting.slug


def series_first_evidence(
    meeting: KnownMeeting, index: ReferenceIndex, context: ReportContext
) -> tuple[float, list[str]]:
    """The report calls it a first meeting ("the first Quad leaders' summit", "首次峰會")
    and it is the first of its series: whoever the report names at it, by name or not."""
    if not context.first_of_series or not first_of_series(meeting, index):
        return 0.0, []
    return SERIES_FIRST_POINTS, ["the report calls it a first meeting; it is its series' first"]

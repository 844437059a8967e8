"""Which of a report's scored meetings are linked automatically, for `meetings`.

The best meeting is linked when it scores at least AUTO_MIN_SCORE, leads every meeting
not linked by AUTO_MIN_MARGIN, and the report names the meeting by its kind or title, or
someone at its table and each ally at it (a participant of its side or the country; a
date and a place alone link nothing; a call, or a bilateral whose one side the report
shows meeting a third country's minister, needs both allies named), and does not call it
something else (a trilateral it never calls one of three or more; a meeting whose table
it names in part while most of its words fit another kind). A follow-up is linked only
when the report names it by its kind or title or dates it; a call only when the report
says it was one ("電話会談", "통화", "by phone"). A report dated more than a week before
or two weeks after a meeting is linked to it only when its text dates it, and never to
a call two days or more after its date: with the meeting it covers missing from the
reference, another of the same two would stand in for it.

A report that covers two meetings names each by its kind ("after the 2+2 … at the summit
two days later"), or the best one by everyone at its table: every meeting within a week
of the best one, of another kind the report names, the best of that kind, naming someone
at its table, and scoring at least AUTO_MIN_SCORE is linked with it (not a gathering's own
meeting, APEC's or the G20's, that the allies' talks were held at or on the way to: their
occasion, `meeting_occasion.occasion_beside`) (two multilateral
meetings count as two kinds when the report names each table apart: "日米豪" and
"日米豪比", `meeting_tables`). A second table held in person on the best one's days
(the bilateral beside the Quad, the defense ministers' talks beside the 2+2) is weighed
with the best table's own words set aside: a report of two tables shares its words
between them, so neither's are most of the report's. Not when the report's head (its
headline, or its opening sentence) names the best table alone (`meeting_heads`): the
other is then its occasion ("日米外相会談" on the day of a 2+2). When one left out comes
within the margin, the best is
linked if it leads its rivals, with each other the text dates that leads its own
(`meeting_kinds.clear_second`). Otherwise nothing is linked and the curator reads the
ranked candidates with their reasons. A linked call whose readout speaks of what is to
come ("회담할 예정", "will visit") also links the next meeting in person of everyone on it,
within NEXT_MEETING_WITHIN: the readout is its preview. Pure: no Django.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

from archive.ingest import prefilter
from archive.ingest.meeting_context import (
    PREVIEW_POINTS,
    ReportContext,
    published_evidence,
    title_name,
)
from archive.ingest.meeting_courtesy import called_on_instead, courtesy_leaders
from archive.ingest.meeting_heads import head_kinds
from archive.ingest.meeting_kinds import (
    FORMAT_OF,
    accepted_kind_words,
    clear_second,
    dated_by_text,
    grounded,
    kind_evidence,
    named_apart,
    named_kind,
    placed_in_time,
    rival,
    third_countries,
    whole_table,
)
from archive.ingest.meeting_local import local_evidence
from archive.ingest.meeting_occasion import occasion_beside
from archive.ingest.meeting_signs import _FORMAT_PATTERNS, ReportSigns
from archive.ingest.meeting_tables import kind_taken, named_tables, table_key
from archive.ingest.reference import KnownMeeting, ReferenceIndex
from archive.ingest.results import MeetingSuggestion

AUTO_MIN_SCORE = 0.30
AUTO_MIN_MARGIN = 0.15
TWO_MEETINGS_APART = timedelta(days=7)
ONE_DAY = timedelta(days=1)
# A report dated further than this from a meeting is no preview or follow-up of it.
FAR_BEFORE = timedelta(days=7)
FAR_AFTER = timedelta(days=14)
# A call's readout announces the two's next meeting, held within this many days after it
# ("다음달 초 미국을 방문해 … 회담할 예정", "2週間後のトランプ大統領の訪日").
NEXT_MEETING_WITHIN = timedelta(days=21)
# A meeting or visit still to come, the future and the verb together ("will visit the
# United States … to hold talks", "se reunirá", "회담할 예정", "訪米する予定", "将访"),
# not any word of the future ("the upcoming APEC meetings", "next week"). A visit or
# meeting looked forward to is announced too ("looked forward to his visit to Japan",
# "訪日を楽しみにしている", "방일을 고대", "期待访日").
_ANNOUNCES = prefilter.folded_pattern(
    r"\b(?:will|plans? to|(?:is|are) (?:set|due|scheduled|expected) to)"
    r" (?:\w+ ){0,2}(?:meet|visit|travel|hold talks|host)"
    r"|\blook(?:s|ed|ing)? forward to (?:\w+ ){0,3}(?:visit|meeting|welcoming|hosting)"
    r"|(?:訪日|訪米|来日|会談|首脳会談)を(?:大変|心から)?楽しみに"
    r"|(?:방일|방미|회담|만남)[을를]? ?(?:고대|기대)"
    r"|期待(?:访日|访美|访问|会晤|會晤|訪日|訪美|訪問)"
    r"|\b(?:se reunir[áa]n?|viajar[áa]|visitar[áa]|akan (?:bertemu|berkunjung|mengunjungi)"
    r"|incontrer[àa]|visiter[àa])\b"
    r"|(?:회담|방문|만날|만나)[^.。\n]{0,8}(?:예정(?!대로)|계획)"
    r"|(?:会談|訪問|訪米|訪日|会う)[^.。\n]{0,8}予定(?!通り|どおり)"
    r"|将(?:访|赴|与|于)|將(?:訪|赴|與|於)"
)


def links_choose(
    ranked: list[MeetingSuggestion],
    index: ReferenceIndex,
    signs: ReportSigns,
    *,
    people: Collection[str] | None = None,
    context: ReportContext | None = None,
    dated: bool = True,
    published: date | None = None,
    local: tuple[int | None, int] | None = None,
) -> list[str]:
    """The slugs to link automatically, best first; see the module docstring. With
    `people` (and `context`), each must be grounded in the report (`meeting_kinds.grounded`),
    and the best one placed in time by the report (`meeting_kinds.placed_in_time`; `dated`:
    the report has a date of its own, to the day, `published`). A call is linked as a
    second meeting only when the text dates it: a summit's readout recalls the leaders'
    call of two days before ("it was meaningful to have a telephone conversation")."""
    if not ranked or ranked[0].score < AUTO_MIN_SCORE:
        return []
    best = index.meetings.get(ranked[0].slug)
    context = context or ReportContext()
    others = third_countries(people or (), index)
    if best is not None and people is not None:
        courtesy = courtesy_leaders(signs.folded, people, index)
        if (
            not grounded(best, signs, people, context, others)
            or (best.kind == "call" and not _says_how_held(best, signs))
            or called_on_instead(best, people, courtesy)
            or not placed_in_time(best, people, context, dated=dated)
            or _unnamed_follow_up(ranked[0], best, signs, context, published)
            or _far_and_undated(best, context, published)
            or _half_seen_and_unnamed(best, signs, people, context, dated=dated)
            or _call_days_ahead(best, published)
            # The opening tells an event of another local day (a dinner the evening
            # before the summit): the meeting is at most a candidate for the curator.
            or local_evidence(best, local)[0] < 0
        ):
            return []
    # The best meeting is named by its kind, or by everyone at its table ("President Obama
    # welcomed the Prime Minister"): a second meeting the report names by its kind ("Kerry
    # and Carter were meeting with their Japanese counterparts") is then linked with it.
    named_best = (
        best is not None
        and bool(best.kind)
        and (named_kind(best, signs) or whole_table(best, people))
    )
    linked = [ranked[0].slug]
    if named_best:
        seconds = _second_meetings(
            ranked, best, index, signs, people, context, others, published=published
        )
        linked += seconds
    linked = _clear_of_rivals(ranked, linked, best, named_best, index, signs, context)
    coming = linked and best is not None and _announced_next(best, ranked, index, signs, published)
    return [*linked, coming] if coming and coming not in linked else linked


def _second_meetings(
    ranked: list[MeetingSuggestion],
    best: KnownMeeting,
    index: ReferenceIndex,
    signs: ReportSigns,
    people: Collection[str] | None,
    context: ReportContext,
    others: frozenset[str],
    *,
    published: date | None,
) -> list[str]:
    """The other meetings linked with the best one, which the report names by its kind or
    by everyone at its table: one of each other kind, best first (see the module
    docstring)."""
    # Two multilateral meetings held together are two kinds when the report names
    # each table apart ("日米豪" and "日米豪比防衛相会談"; `meeting_tables`).
    tables = named_tables(signs.folded) if best.kind == "multilateral" else frozenset()
    best_key = table_key(best, tables)
    kinds, linked = {best_key}, []
    head = head_kinds(signs.folded)
    for suggestion in ranked[1:]:
        meeting = index.meetings.get(suggestion.slug)
        key = meeting and table_key(meeting, tables)
        relief = (
            meeting is not None
            and _same_table_day(meeting, best, published)
            and _head_allows(meeting, best, head)
        )
        score = suggestion.score + (_beside_points(meeting, best, signs) if relief else 0.0)
        if (
            meeting is None
            or score < AUTO_MIN_SCORE
            or kind_taken(key, kinds)
            or occasion_beside(meeting, best)
            or abs(meeting.start - best.start) > TWO_MEETINGS_APART
            or not (named_apart(meeting, best, signs) or _tables_apart(key, best_key))
            or (
                people is not None
                and not grounded(
                    meeting, signs, people, context, others, beside=best if relief else None
                )
            )
            or (people is not None and not _someone_at(meeting, people))
            or (meeting.kind == "call" and not dated_by_text(meeting, context, published))
            or not _placed_apart(meeting, best, context, published)
        ):
            continue
        if score > suggestion.score:
            suggestion.score = round(score, 3)
            suggestion.reasons.append(BESIDE_REASON)
        linked.append(suggestion.slug)
        kinds.add(key)
    return linked


def _clear_of_rivals(
    ranked: list[MeetingSuggestion],
    linked: list[str],
    best: KnownMeeting | None,
    named_best: bool,
    index: ReferenceIndex,
    signs: ReportSigns,
    context: ReportContext,
) -> list[str]:
    """Each linked meeting leads every one left out, by the margin; else the best, if it
    leads all its rivals, with each other one that leads its own rivals; else nothing."""
    left_out = [s for s in ranked if s.slug not in linked]
    runner_up = max((s.score for s in left_out), default=0.0)
    # Scores are rounded to 3 places: a lead of exactly the margin must not fall short.
    margin = AUTO_MIN_MARGIN - 1e-6
    if min(s.score for s in ranked if s.slug in linked) - runner_up >= margin:
        return linked
    second = max(
        (s.score for s in ranked[1:] if rival(s, best, named_best, index, signs)), default=0.0
    )
    if ranked[0].score - second < margin:
        return []
    return [linked[0]] + [
        one.slug
        for one in ranked
        if one.slug in linked[1:]
        and clear_second(
            one, left_out, index, signs, context, margin=AUTO_MIN_MARGIN, linked=linked
        )
    ]


BESIDE_REASON = "beside the linked meeting, whose own words are set aside, its words fit its kind"


def _beside_points(meeting: KnownMeeting, best: KnownMeeting, signs: ReportSigns) -> float:
    """What a second meeting's kind evidence gains when the report's words that fit only
    the best meeting's table are set aside: those name the other table it covers."""
    return kind_evidence(meeting, signs, beside=best)[0] - kind_evidence(meeting, signs)[0]


def _same_table_day(meeting: KnownMeeting, best: KnownMeeting, published: date | None) -> bool:
    """Both held in person on the best meeting's days, a day either side (the trip's next
    table, another host's time zone): tables of one gathering, not a call about it. Not
    a table over before the best one when the report is dated on the best one's days:
    it recalls that one ("a day after the 2+2")."""
    if "call" in (meeting.kind, best.kind):
        return False
    on_best_days = published is not None and best.start <= published <= best.end
    if on_best_days and meeting.end < best.start:
        return False
    return meeting.start - ONE_DAY <= best.end and best.start - ONE_DAY <= meeting.end


def _head_allows(meeting: KnownMeeting, best: KnownMeeting, head: frozenset[str]) -> bool:
    """The report's head leaves room for a second table: it names no meeting, or names
    this one by a word that does not also name the best one's."""
    own = accepted_kind_words(meeting) - accepted_kind_words(best)
    return not head or bool(head & own)


def _tables_apart(key: str | tuple, best_key: str | tuple) -> bool:
    """Both meetings are multilateral ones whose tables the report names, each apart."""
    return isinstance(key, tuple) and isinstance(best_key, tuple) and key != best_key


def _unnamed_follow_up(
    suggestion: MeetingSuggestion,
    meeting: KnownMeeting,
    signs: ReportSigns,
    context: ReportContext,
    published: date | None,
) -> bool:
    """A report published days after a meeting that neither names it by its kind or
    title nor dates it: it tells of something else (a deputy's visit to the minister who
    was at the table, a statement that recalls it), not of that meeting."""
    if suggestion.role != "follow_up":
        return False
    title = title_name(meeting.title)
    return not (
        named_kind(meeting, signs)
        or bool(title and context.says(title))
        or dated_by_text(meeting, context, published)
    )


def _call_days_ahead(meeting: KnownMeeting, published: date | None) -> bool:
    """A call two days or more after the report's date: calls are arranged at short
    notice and a report does not preview one days ahead, so the report tells an earlier
    call (one the reference may lack), not this one. The day before stays: "the two
    leaders will speak by phone tomorrow"."""
    if published is None or meeting.kind != "call":
        return False
    first = min(meeting.first_local or meeting.start, meeting.start)
    return published < first - timedelta(days=1)


def _half_seen_and_unnamed(
    meeting: KnownMeeting,
    signs: ReportSigns,
    people: Collection[str],
    context: ReportContext,
    *,
    dated: bool,
) -> bool:
    """A report without a date of its own that never speaks of a meeting (no word for
    any kind: a speech, a tour, an interview), names one person at the table alone and
    gives no month with a day: a day of the month alone ("지난 11일") fits one of every
    thirty meetings of the same leader, so nothing in it tells of a meeting, let alone
    this one. Left to the curator among the candidates. (Two or more at the table named
    are a meeting's sign of their own.)"""
    if dated or signs.kind_total:
        return False
    if sum(slug in people for slug in meeting.participant_slugs) > 1:
        return False
    return not (context.dates.full or context.dates.month_days)


def _far_and_undated(meeting: KnownMeeting, context: ReportContext, published: date | None) -> bool:
    """A report dated far from a meeting (more than a week before it, more than two
    weeks after it) whose text does not date it: with the meeting the report covers
    missing from the reference, another meeting of the same two months or years away
    would stand in for it (a call of June "linked" to their call of the November
    before). Nothing but its text ties a report to a meeting that far off."""
    if published is None:
        return False
    first = min(meeting.first_local or meeting.start, meeting.start)
    near = first - FAR_BEFORE <= published <= meeting.end + FAR_AFTER
    return not near and not dated_by_text(meeting, context, published)


def _someone_at(meeting: KnownMeeting, people: Collection[str]) -> bool:
    """The report names someone at a second meeting's table (or the reference names no
    one at it): a call's readout that recalls the G7 meeting or the summit of the same
    day by its kind, naming only the call's two ministers, does not cover that one."""
    return not meeting.participant_slugs or any(s in people for s in meeting.participant_slugs)


def _placed_apart(
    meeting: KnownMeeting, best: KnownMeeting, context: ReportContext, published: date | None
) -> bool:
    """A meeting over before the best one, in a report dated on the best one's days, is
    covered too only when the text dates it or names its city: remarks before a meeting
    that recall the last one ("we were together at the G-8") do not report that one."""
    if published is None or not best.start <= published <= best.end:
        return True
    if meeting.end >= best.start:
        return True
    city = meeting.city and prefilter.fold(meeting.city)
    return dated_by_text(meeting, context, published) or bool(
        city and (meeting.city in context.places or context.says(city))
    )


def _announced_next(
    call: KnownMeeting,
    ranked: list[MeetingSuggestion],
    index: ReferenceIndex,
    signs: ReportSigns,
    published: date | None = None,
) -> str | None:
    """The next meeting in person of everyone on a linked call, within
    NEXT_MEETING_WITHIN of it, when the report announces a meeting or visit
    (`_ANNOUNCES`) and scores that meeting at least AUTO_MIN_SCORE: the readout of a call
    is also the preview of the meeting it announces. Only the very next one of theirs:
    a later one is not it."""
    if call.kind != "call" or not call.participant_slugs or not _ANNOUNCES.search(signs.folded):
        return None
    on_call = set(call.participant_slugs)
    theirs = sorted(
        (
            meeting
            for meeting in index.meetings.values()
            if meeting.kind != "call"
            and meeting.format in ("in_person", "")
            and call.end < meeting.start <= call.end + NEXT_MEETING_WITHIN
            and on_call <= set(meeting.participant_slugs)
        ),
        key=lambda meeting: (meeting.start, meeting.slug),
    )
    if not theirs:
        return None
    # The meeting must stand on its own score too: a readout that only speaks of "the
    # upcoming APEC meetings" announces no meeting of the two.
    scores = {suggestion.slug: suggestion.score for suggestion in ranked}
    if theirs[0].slug not in scores:
        return None
    score = scores[theirs[0].slug] + _previewed_from_afar(theirs[0], published)
    return theirs[0].slug if score >= AUTO_MIN_SCORE else None


def _previewed_from_afar(meeting: KnownMeeting, published: date | None) -> float:
    """What a readout dated more than a week before the meeting it announces lost for
    being "far from the meeting" (`published_evidence`): announced, the meeting is
    previewed by it, however far ahead within NEXT_MEETING_WITHIN of the call (a visit
    announced two weeks ahead), so it scores as a preview's date would."""
    if published is None:
        return 0.0
    points, _, role = published_evidence(meeting, published, future=True)
    return PREVIEW_POINTS - points if points < 0 and role == "preview" else 0.0


def _says_how_held(call: KnownMeeting, signs: ReportSigns) -> bool:
    """A call's readout says it was one ("電話会談", "통화", "by phone"), even one it
    dates before the report ("先週月曜日に電話会談"): without such a word, a call the
    text's day fits is not what the report tells (a dinner of the same two ministers)."""
    medium = FORMAT_OF.get(call.format, "phone")
    return named_kind(call, signs) or bool(_FORMAT_PATTERNS[medium].search(signs.folded))

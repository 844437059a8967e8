"""Which meeting a report covers: scored suggestions with reasons, and automatic links
when the answer is clear. Pure: no Django, a `ReferenceIndex` in.

Coverage clusters: a 2+2, a defense ministers' bilateral the next day and a summit two
days later are reported in the same words by the same outlets. So each piece of evidence
adds to (or takes from) a meeting's score (never below 0; a strong match passes 1, so
that two strong candidates still differ), with a reason a curator reads:

  date (day precision)                                                             role
    on the meeting's days (from its first local date to its end)    +0.45      coverage
    the day before or after (time zones, next-morning papers)       +0.30      coverage
    2–7 days before                                                 +0.10       preview
    2–14 days after                                                 +0.15     follow-up
    further away                                                    −0.50
  a yearless dateline ("Jan 7") on the meeting's days, or a day either side        +0.35
  a date the text mentions on the meeting's days (`meeting_context`): a full date
    +0.35, else its month and day +0.25, else a weekday it names in the week of the
    report's date +0.20, else its day of the month ("17日") +0.10; in a report without
    a date of its own +0.45, +0.35, a weekday in the week of the first date the text
    gives with its weekday ("Jumat (6/1)" … "pada hari Kamis") +0.30, +0.15, or +0.30
    for the day of the month the lead gives (its first sentence naming a day)
  in a report without a date of its own, another day it names on another meeting of the
    same people within a week ("앞서 28일에도 통화"; `meeting_neighbours`)        +0.15
  who met: 0.40 × the share of the meeting's participants the report names; every one
    of a table of three or more                                                 +0.10
  a named US or Japanese leader or minister whose post that day is not at the table
    (a 2+2 minister in a summit report, a leader in a ministers' call)   −0.05 each, ≤ −0.15
  a named minister who was not in office on the meeting's date                −0.15 each
  kind: what the report calls the meeting ("2+2", "summit", "foreign ministers' meeting",
    "defense ministers", "trilateral", "日米外相会談", "미한일", "KTT", ...): from −0.15
    (none of those words fits this meeting's kind) to +0.30 (all do), in proportion.
    Who sits at a trilateral counts only when the report calls it a trilateral (or
    larger) at all; "2+2" fits the SCC series, not another series of its kind
  format: call words ("by phone", "telephone talks") or video words ("virtually",
    "video conference") for a call or video meeting                             +0.20
    none for a call                                                             −0.15
    call words, no video words, for a meeting held in person                    −0.10
    video words, no call words, for a meeting held in person: once −0.10, more −0.20
  place: the dateline names the meeting's city                                  +0.15
    else the text names its city in any language or by a landmark ("the Pentagon",
    "히로시마"), or its country when neither ally, and no keyword did           +0.10
    else the text speaks of a visit to the ally where it was held ("访日", "訪米中の",
    "방일"; `meeting_visits`)                                                  +0.15
  other countries of a trilateral or larger meeting: all named                  +0.10
    none named                                                                  −0.10
  the meeting's own title, without the countries ("Security Consultative Committee") +0.10
  held before an era the text names ("Reiwa", from 2019-05-01), in an undated report −0.15
  held outside the transition of a president-elect the text names ("President-elect
    Trump", "トランプ次期大統領"), in an undated report (`meeting_elect`)           −0.15
  held on none of the days the lead's full date gives ("Pada hari Kamis, 24 September
    2021, …"; not the dateline's), a day either side (`meeting_lead`)          −0.45
  held in person on another day than the opening gives in local time ("On April 9th,
    … local time (… April 10th, Japan time)", "1月13日…(現地時間;…)"; `meeting_local`) −0.45
  the report calls it a first meeting ("初めての", "첫 회담") and it is the first held in
    person of the participants it names                                         +0.15
    (not when it is only a first meeting with someone not among them: "my first meeting
    with Prime Minister Suga", said at the Quad; nor then its series' first)
  a meeting keyword (curated terms, the city): 0.20 shared out among the meetings
    having that keyword, at most                                                +0.30

The pipeline passes the body, then the photo captions it dropped and the headline (after
the body, so that the dateline stays first).

A report published before a meeting is a preview of it (also the day before, when it
speaks of the meeting in the future tense and the meeting has no earlier local date),
one published two days or more after its end a follow-up.

Automatic links: the best meeting is linked when it scores at least AUTO_MIN_SCORE,
leads every meeting not linked by AUTO_MIN_MARGIN, and the report names the meeting by
its kind or title, or someone at its table and each ally at it (a participant of its side
or the country; a date and a place alone link nothing; a call, or a bilateral whose one
side the report shows meeting a third country's minister, needs both allies named), and
does not call it something else (a trilateral it never calls one of three or more; a
meeting whose table it names in part while most of its words fit another kind). A
follow-up is linked only when the report names it by its kind or title or dates it. A
report that covers two meetings names each by its kind ("after the 2+2 … at the summit
two days later"), or the best one by everyone at its table: every meeting within a week
of the best one, of another kind the report names, the best of that kind, naming someone at
its table, and scoring at least AUTO_MIN_SCORE is linked with it (two multilateral
meetings count as two kinds when the report names each table apart: "日米豪" and
"日米豪比", `meeting_tables`). When one left out
comes within the margin, the best is linked if it leads its rivals, with each other
the text dates that leads its own (`meeting_kinds.clear_second`). Otherwise nothing is
linked and the curator reads the ranked candidates with their reasons.
"""

from __future__ import annotations

import weakref
from collections.abc import Collection
from datetime import date, timedelta

from archive.ingest import prefilter
from archive.ingest.meeting_compounds import compound_countries
from archive.ingest.meeting_context import (
    ALLIES,
    ReportContext,
    dates_evidence,
    era_evidence,
    first_meeting_evidence,
    month_day_matches,
    on_meeting_days,
    place_evidence,
    published_evidence,
    report_context,
    title_evidence,
    title_name,
)
from archive.ingest.meeting_courtesy import called_on_instead, courtesy_leaders
from archive.ingest.meeting_elect import elect_evidence, elect_window
from archive.ingest.meeting_kinds import (
    LEADER_POSTS,
    clear_second,
    dated_by_text,
    format_evidence,
    grounded,
    kind_evidence,
    named_apart,
    named_kind,
    placed_in_time,
    rival,
    series_first_evidence,
    third_countries,
    whole_table,
)
from archive.ingest.meeting_lead import lead_dates, lead_evidence
from archive.ingest.meeting_local import local_day, local_evidence
from archive.ingest.meeting_neighbours import (
    in_the_month,
    neighbour_evidence,
    on_relative_days,
)
from archive.ingest.meeting_signs import (  # noqa: F401 (the patterns re-exported: tests)
    _COUNTRY_PATTERNS,
    _FORMAT_PATTERNS,
    _KIND_PATTERNS,
    FUTURE,
    ReportSigns,
    report_signs,
)
from archive.ingest.meeting_tables import kind_taken, named_tables, table_key
from archive.ingest.meeting_visits import unplaced_visits, visit_evidence, visited_countries
from archive.ingest.meeting_words import (  # noqa: F401 (some re-exported: tests)
    COUNTRY_WORDS,
    FORMAT_WORDS,
    KIND_WORDS,
)
from archive.ingest.reference import KnownMeeting, ReferenceIndex
from archive.ingest.results import MeetingSuggestion

AUTO_MIN_SCORE = 0.30
AUTO_MIN_MARGIN = 0.15
# Meetings scored in full: those a named participant attended, or within this window of
# a dated report (any other meeting cannot reach a positive score worth showing).
WINDOW_BEFORE = timedelta(days=7)
WINDOW_AFTER = timedelta(days=21)
TWO_MEETINGS_APART = timedelta(days=7)
MINISTERIAL_POSTS = ("foreign", "defense")


def _keyword_hits(
    body: str, meeting: KnownMeeting, index: ReferenceIndex, signs: ReportSigns
) -> list[str]:
    pattern = index.meeting_keywords.get(meeting.slug)
    if pattern is None:
        return []
    if pattern not in signs.keyword_hits:
        forms = index.meeting_keyword_forms[meeting.slug]
        matches = prefilter.finditer(pattern, forms, body, signs.folded)
        signs.keyword_hits[pattern] = list(dict.fromkeys(m.group(0).casefold() for m in matches))
    return list(signs.keyword_hits[pattern])


def _who_met(
    meeting: KnownMeeting, index: ReferenceIndex, people: Collection[str]
) -> tuple[float, list[str]]:
    """Participants named, named officeholders not at the table, and ministers named who
    were out of office on the meeting's day."""
    score, reasons = 0.0, []
    if meeting.participant_slugs:
        named = [slug for slug in meeting.participant_slugs if slug in people]
        if named:
            score += 0.40 * len(named) / len(meeting.participant_slugs)
            names = ", ".join(index.people[slug].name for slug in named if slug in index.people)
            reasons.append(
                f"names {len(named)} of {len(meeting.participant_slugs)} participants: {names}"
            )
        if len(named) == len(meeting.participant_slugs) >= 3:
            score += 0.10
            reasons.append("names everyone at the table")
    table = {(country, post) for _, country, post in meeting.participant_posts}
    away = []
    for slug, person, ministerial in _named_people(index, people):
        if slug in meeting.participant_slugs:
            continue
        held = person.offices_on(meeting.start)
        if ministerial and not held:
            score -= 0.15
            reasons.append(f"names {person.name}, not in office on {meeting.start.isoformat()}")
            continue
        if not table or not meeting.kind:
            continue
        for office in held:
            posts = (*MINISTERIAL_POSTS, *LEADER_POSTS)
            if office.country in ALLIES and office.post in posts and office.start:
                if (office.country, office.post) not in table:
                    away.append(person.name)
                break
    if away:
        score -= min(0.15, 0.05 * len(away))
        reasons.append("names officeholders not at this meeting: " + ", ".join(away))
    return score, reasons


class _Named:
    """The people of the last report scored (`_named_people`)."""

    last: tuple = ()


def _named_people(index: ReferenceIndex, people: Collection[str]) -> list[tuple]:
    """(slug, person, whether they ever held a minister's post) of each known person in
    `people`, by slug: read once per report, not once per meeting scored (about 85)."""
    last = _Named.last
    if last and last[0] is index and last[1] == people:
        return last[2]
    rows = [
        (slug, person, any(office.post in MINISTERIAL_POSTS for office in person.offices))
        for slug in sorted(people)
        if (person := index.people.get(slug)) is not None
    ]
    _Named.last = (index, frozenset(people), rows)
    return rows


def _place_evidence(meeting: KnownMeeting, signs: ReportSigns) -> tuple[float, list[str]]:
    score, reasons = 0.0, []
    if meeting.city and signs.dateline and meeting.city.casefold() in signs.dateline.casefold():
        score += 0.15
        reasons.append(f"datelined {meeting.city}, where it was held")
    others = [country for country in meeting.other_countries if country in COUNTRY_WORDS]
    if others:
        named = [country for country in others if country in signs.countries]
        if len(named) == len(others):
            score += 0.10
            reasons.append("names the other countries at the table: " + ", ".join(named))
        elif not named:
            score -= 0.10
            reasons.append("names none of the other countries at the table")
    return score, reasons


def _first_meeting(
    meeting: KnownMeeting, index: ReferenceIndex, people: Collection[str], context: ReportContext
) -> tuple[float, list[str]]:
    named = [slug for slug in meeting.participant_slugs if slug in people]
    series = series_first_evidence(meeting, index, context)
    if series[0] or not context.first or len(named) < 2:
        return series
    if not context.first_of_series and not _first_with_them(named, index, context):
        return series  # "my first meeting with Prime Minister Suga": someone else's first
    return first_meeting_evidence(meeting, context, named, _meetings_by_person(index)[named[0]])


def _first_with_them(named: list[str], index: ReferenceIndex, context: ReportContext) -> bool:
    """Someone of `named` is whom the opening's first meeting was with: a word of their
    name or alias ("Suga", "스가") around its first-words."""
    words = {
        prefilter.fold(word)
        for slug in named
        if (person := index.people.get(slug)) is not None
        for form in (person.name, *person.aliases)
        for word in form.replace("・", " ").split()
        if len(word) >= 2
    }
    return any(word in around for around in context.first_with for word in words)


def _neighbours(
    meeting: KnownMeeting, index: ReferenceIndex, context: ReportContext, *, dated: bool
) -> tuple[float, list[str]]:
    if dated or len(context.dates.days) < 2 or not meeting.participant_slugs:
        return 0.0, []
    their = _meetings_by_person(index).get(meeting.participant_slugs[0], [])
    return neighbour_evidence(meeting, context, their, dated=dated)


def _city_counted(
    meeting: KnownMeeting, signs: ReportSigns, index: ReferenceIndex, hits: list[str]
) -> float:
    """What the dateline (all of it) or the city as a keyword already gave for the city."""
    city = meeting.city.casefold()
    if not city:
        return 0.0
    if city in signs.dateline.casefold():
        return 1.0
    return 0.20 / max(1, index.meetings_with_keyword.get(city, 1)) if city in hits else 0.0


def score_meeting(
    meeting: KnownMeeting,
    *,
    index: ReferenceIndex,
    body: str,
    people: Collection[str],
    published: date | None,
    precision: str,
    month_day: tuple[int, int] | None,
    signs: ReportSigns | None = None,
    context: ReportContext | None = None,
    elect: tuple[tuple[date, date], ...] = (),
    visited: frozenset[str] = frozenset(),
    lead: frozenset[date] = frozenset(),
    local: tuple[int | None, int] | None = None,
) -> MeetingSuggestion:
    """The score, reasons and role for one meeting; see the module docstring. `elect`:
    the transition of a president-elect the text names (`meeting_elect.elect_window`);
    `lead`: the full dates of the text's lead (`meeting_lead.lead_dates`); `local`: the
    month and day its opening gives in local time (`meeting_local.local_day`)."""
    signs = signs or report_signs(body)
    context = context or report_context(body, signs.folded)
    score, reasons, role = 0.0, [], "coverage"
    if published and precision == "day":
        points, reason, role = published_evidence(meeting, published, future=signs.future)
        score += points
        reasons.append(reason)
    if month_day and month_day_matches(month_day, meeting):
        score += 0.35
        reasons.append("the dateline's day and month match the meeting's")
    hits = _keyword_hits(body, meeting, index, signs)
    for points, more in (
        _who_met(meeting, index, people),
        kind_evidence(meeting, signs),
        format_evidence(meeting, signs),
        _place_evidence(meeting, signs),
        dates_evidence(
            meeting,
            context,
            dateline_counted=bool(month_day and month_day_matches(month_day, meeting)),
            dated=bool(published and precision == "day"),
            published=published,
        ),
        place_evidence(meeting, context, counted=_city_counted(meeting, signs, index, hits)),
        title_evidence(meeting, context),
        era_evidence(meeting, context, dated=bool(published and precision == "day")),
        elect_evidence(meeting, elect, dated=bool(published and precision == "day")),
        _first_meeting(meeting, index, people, context),
        _neighbours(meeting, index, context, dated=bool(published and precision == "day")),
        visit_evidence(meeting, context, visited),
        lead_evidence(meeting, lead),
        local_evidence(meeting, local),
    ):
        score += points
        reasons.extend(more)
    if hits:
        weight = sum(0.20 / max(1, index.meetings_with_keyword.get(hit, 1)) for hit in hits)
        score += min(0.30, weight)
        reasons.append("keywords: " + ", ".join(hits))
    return MeetingSuggestion(meeting.slug, round(max(0.0, score), 3), reasons, role)


_BY_PERSON: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_NAMES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _read_names(context: ReportContext, index: ReferenceIndex) -> None:
    """Answer `context.says` for every meeting's city and title name in one pass of an
    automaton built once per index, not a search of the text per word (issue #10)."""
    if index not in _NAMES:
        words = {title_name(meeting.title) for meeting in index.meetings.values()}
        words |= {prefilter.fold(m.city) for m in index.meetings.values() if m.city}
        _NAMES[index] = prefilter.Needles(words)
    needles = _NAMES[index]
    found = needles.table(context.plain)
    for word in needles.needles:
        context._said.setdefault(word, word in found)


def _meetings_by_person(index: ReferenceIndex) -> dict[str, list[KnownMeeting]]:
    """{person slug: meetings attended}, built once per index."""
    if index not in _BY_PERSON:
        by_person: dict[str, list[KnownMeeting]] = {}
        for meeting in index.meetings.values():
            for slug in meeting.participant_slugs:
                by_person.setdefault(slug, []).append(meeting)
        _BY_PERSON[index] = by_person
    return _BY_PERSON[index]


def candidate_meetings(
    index: ReferenceIndex,
    people: Collection[str],
    published: date | None,
    precision: str,
    mentioned: Collection[date] = (),
) -> list[KnownMeeting]:
    """The meetings worth scoring: any a named person attended, any near a dated report,
    any on a full date an undated text mentions, and, when there is none of these, every
    meeting (a report about one nobody is named at)."""
    by_person = _meetings_by_person(index)
    chosen = {m.slug: m for slug in people for m in by_person.get(slug, ())}
    if published and precision == "day":
        for meeting in index.meetings.values():
            if meeting.start - WINDOW_BEFORE <= published <= meeting.end + WINDOW_AFTER:
                chosen[meeting.slug] = meeting
        return list(chosen.values())
    for meeting in index.meetings.values():
        if any(on_meeting_days(day, meeting) for day in mentioned):
            chosen[meeting.slug] = meeting
    if not chosen:
        return list(index.meetings.values())
    return list(chosen.values())


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
    courtesy = courtesy_leaders(signs.folded, people or (), index)
    if best is not None and people is not None:
        if (
            not grounded(best, signs, people, context, others)
            or called_on_instead(best, people, courtesy)
            or not placed_in_time(best, people, context, dated=dated)
            or _unnamed_follow_up(ranked[0], best, signs, context, published)
            # The opening tells an event of another local day (a dinner the evening
            # before the summit): the meeting is at most a candidate for the curator.
            or local_evidence(best, local)[0] < 0
        ):
            return []
    linked = [ranked[0].slug]
    # The best meeting is named by its kind, or by everyone at its table ("President Obama
    # welcomed the Prime Minister"): a second meeting the report names by its kind ("Kerry
    # and Carter were meeting with their Japanese counterparts") is then linked with it.
    named_best = (
        best is not None
        and bool(best.kind)
        and (named_kind(best, signs) or whole_table(best, people))
    )
    if named_best:
        # Two multilateral meetings held together are two kinds when the report names
        # each table apart ("日米豪" and "日米豪比防衛相会談"; `meeting_tables`).
        tables = named_tables(signs.folded) if best.kind == "multilateral" else frozenset()
        best_key = table_key(best, tables)
        kinds = {best_key}
        for suggestion in ranked[1:]:
            meeting = index.meetings.get(suggestion.slug)
            key = meeting and table_key(meeting, tables)
            if (
                meeting is None
                or suggestion.score < AUTO_MIN_SCORE
                or kind_taken(key, kinds)
                or abs(meeting.start - best.start) > TWO_MEETINGS_APART
                or not (named_apart(meeting, best, signs) or _tables_apart(key, best_key))
                or (people is not None and not grounded(meeting, signs, people, context, others))
                or (people is not None and not _someone_at(meeting, people))
                or (meeting.kind == "call" and not dated_by_text(meeting, context, published))
                or not _placed_apart(meeting, best, context, published)
            ):
                continue
            linked.append(suggestion.slug)
            kinds.add(key)
    # Each linked meeting leads every one left out, by the margin; else the best, if it
    # leads all its rivals, with each other one that leads its own rivals; else nothing.
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


def suggest_meetings(
    *,
    index: ReferenceIndex,
    body: str,
    people: Collection[str],
    published: date | None = None,
    precision: str = "unknown",
    month_day: tuple[int, int] | None = None,
    limit: int = 5,
) -> tuple[list[MeetingSuggestion], str | None]:
    """Suggestions with a positive score, best first, each with its reasons and role, and
    the best automatic pick (or None). Suggestions flagged `linked` are all linked."""
    signs = report_signs(body)
    signs.countries = signs.countries | compound_countries(body)  # "日米豪", "美日印澳"
    context = report_context(body, signs.folded)
    if published and precision == "month":
        context = in_the_month(context, published)
    elif published and precision == "day":
        context = on_relative_days(context, body, published)
    _read_names(context, index)
    elect = elect_window(body, index, signs.folded)
    visited = unplaced_visits(visited_countries(signs.folded), context, index)
    lead = lead_dates(body)
    local = local_day(body)
    suggestions = [
        score_meeting(
            meeting,
            index=index,
            body=body,
            people=people,
            published=published,
            precision=precision,
            month_day=month_day,
            signs=signs,
            context=context,
            elect=elect,
            visited=visited,
            lead=lead,
            local=local,
        )
        for meeting in candidate_meetings(index, people, published, precision, context.dates.full)
    ]
    ranked = sorted((s for s in suggestions if s.score > 0), key=lambda s: (-s.score, s.slug))
    dated = bool(published and precision == "day")
    linked = links_choose(
        ranked,
        index,
        signs,
        people=people,
        context=context,
        dated=dated,
        published=published if dated else None,
        local=local,
    )
    ranked = ranked[: max(limit, len(linked))]
    for suggestion in ranked:
        suggestion.linked = suggestion.slug in linked
    return ranked, (linked[0] if linked else None)

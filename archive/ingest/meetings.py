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
    for the day of the month the lead gives (its first sentence naming a day); there, a
    full date a day either side of the meeting's days (the trip's next leg) +0.30. A full
    date's month and day name its own year's day only
  in a report without a date of its own, another day it names on another meeting of the
    same people within a week ("앞서 28일에도 통화"; `meeting_neighbours`)        +0.15
  who met: 0.40 × the share of the meeting's participants the report names; every one
    of a table of three or more                                                 +0.10
  a named US or Japanese leader or minister whose post that day is not at the table
    (a 2+2 minister in a summit report, a leader in a ministers' call)   −0.05 each, ≤ −0.15
  a named minister who was not in office on the meeting's date                −0.15 each
  a named US president or Japanese prime minister not in that post on the meeting's
    date ("el primer ministro de Japón, Yoshihide Suga" against a 2018 meeting)  −0.15 once
  kind: what the report calls the meeting ("2+2", "summit", "foreign ministers' meeting",
    "defense ministers", "trilateral", "日米外相会談", "미한일", "KTT", ...): from −0.15
    (none of those words fits this meeting's kind) to +0.30 (all do), in proportion.
    Who sits at a trilateral counts only when the report calls it a trilateral (or
    larger) at all; "2+2" fits the SCC series, not another series of its kind, and
    with it the foreign and the defense ministers' words together fit the SCC too
  format: call words ("by phone", "telephone talks") or video words ("virtually",
    "video conference") for a call or video meeting                             +0.20
    none for a call                                                             −0.15
    call words, no video words, for a meeting held in person                    −0.10
    video words, no call words, for a meeting held in person: once −0.10, more −0.20
    a greeting said only in the room ("good to see you", "お会いでき", "만나서 반갑";
    `meeting_words.FORMAT_WORDS["in_person"]`) for a meeting held in person      +0.10
    ... and for a call, its call words (recalling calls before) count only      +0.05
  place: the dateline names the meeting's city                                  +0.15
    (+0.30 in a report without a date of its own: where it was filed is then the one
    sign of which of the same people's meetings it covers)
    else the text names its city in any language or by a landmark ("the Pentagon",
    "히로시마"), and no keyword did, +0.15; or its country when neither ally  +0.10
    else the text speaks of a visit to the ally where it was held ("访日", "訪米中の",
    "방일"; `meeting_visits`)                                                  +0.15
  other countries of a trilateral or larger meeting: all named                  +0.10
    none named                                                                  −0.10
  the meeting's own title, without the countries ("Security Consultative Committee") +0.10
  held before an era the text names ("Reiwa", from 2019-05-01), in an undated report −0.15
  a state or official visit the text speaks of ("state visit", "国賓", "국빈 방문", "visita
    oficial"), for a meeting whose title says it was one, in an undated report
    (`meeting_honours`; in the year the sentence names, if it names one)        +0.10
  held before an event the text tells as past (Russia's invasion of Ukraine, "6차
    핵실험", "東日本大震災"; `meeting_events`'s calendar), in an undated report     −0.15
  on the day of the month an undated text places it on from the day it gives as today
    ("오늘 (15일) … 어제 … 회담", "今天(21日)…昨天…会谈"; `anchored_days`)            +0.25
  held eight months or more from the days an undated page's story number places it in
    (VOA, defense.gov, between two dated stories of the site; `story_numbers`)   −0.30
  held outside the transition of a president-elect the text names ("President-elect
    Trump", "トランプ次期大統領"), in an undated report (`meeting_elect`)           −0.15
    (and never linked automatically)
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
the body, so that the dateline stays first). The caption of a file photo ("(자료사진)",
"(file photo)", "資料写真") shows an earlier meeting: its lines date and place nothing
(`meeting_file_photos`).

A report published before a meeting is a preview of it (also the day before, when it
speaks of the meeting in the future tense and the meeting has no earlier local date),
one published two days or more after its end a follow-up.

Automatic links (`meeting_links`): the best meeting, when it scores at least
AUTO_MIN_SCORE, leads the others by AUTO_MIN_MARGIN and the report names it, with a second
meeting the report names apart; otherwise nothing, and the curator reads the ranked
candidates with their reasons. A meeting whose one ally's side the report gives to
another minister is never linked (`meeting_counterparts`); words for another pair's
meeting ("한미 정상회담", "米朝首脳会談") are not the report's words for the allies'
(`meeting_other_pairs`).
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from archive.ingest import prefilter
from archive.ingest.meeting_candidates import (  # noqa: F401  (WINDOW_*: re-exported)
    WINDOW_AFTER,
    WINDOW_BEFORE,
    candidate_meetings,
    meetings_by_person,
)
from archive.ingest.meeting_compounds import compound_countries
from archive.ingest.meeting_context import (
    ALLIES,
    ReportContext,
    dates_evidence,
    era_evidence,
    first_meeting_evidence,
    month_day_matches,
    place_evidence,
    published_evidence,
    report_context,
    title_evidence,
)
from archive.ingest.meeting_counterparts import without_stand_ins
from archive.ingest.meeting_dating import UNDATED, Dating, dating_evidence, dating_read
from archive.ingest.meeting_elect import (
    elect_evidence,
    elect_window,
    opening_and_headline,
    outside_transition,
)
from archive.ingest.meeting_file_photos import without_file_photos
from archive.ingest.meeting_index_names import (  # noqa: F401 (re-exported: tests)
    _NAMES,
    _names,
    _read_names,
)
from archive.ingest.meeting_kinds import (
    LEADER_POSTS,
    format_evidence,
    kind_evidence,
    series_first_evidence,
)
from archive.ingest.meeting_lead import lead_dates, lead_evidence
from archive.ingest.meeting_links import (  # noqa: F401 (AUTO_MIN_MARGIN re-exported: tests)
    AUTO_MIN_MARGIN,
    links_choose,
)
from archive.ingest.meeting_local import local_day, local_evidence
from archive.ingest.meeting_neighbours import (
    in_the_month,
    neighbour_evidence,
    on_relative_days,
)
from archive.ingest.meeting_occasion import without_occasions
from archive.ingest.meeting_other_pairs import without_other_pairs
from archive.ingest.meeting_place_signs import city_counted, table_place_evidence
from archive.ingest.meeting_post_pairs import post_pair_kinds
from archive.ingest.meeting_recalled import without_recalled
from archive.ingest.meeting_signs import (  # noqa: F401 (the patterns re-exported: tests)
    _COUNTRY_PATTERNS,
    _FORMAT_PATTERNS,
    _KIND_PATTERNS,
    FUTURE,
    ReportSigns,
    report_signs,
)
from archive.ingest.meeting_tables import third_seat_evidence
from archive.ingest.meeting_visits import unplaced_visits, visit_evidence, visited_countries
from archive.ingest.meeting_words import (  # noqa: F401 (some re-exported: tests)
    COUNTRY_WORDS,
    FORMAT_WORDS,
    KIND_WORDS,
)
from archive.ingest.reference import KnownMeeting, ReferenceIndex
from archive.ingest.results import MeetingSuggestion
from archive.ingest.story_numbers import Window

MINISTERIAL_POSTS = ("foreign", "defense")
OUT_OF_OFFICE_LEADER = 0.15


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
    away, out_leaders = [], []
    for slug, person, ministerial, leader in _named_people(index, people):
        if slug in meeting.participant_slugs:
            continue
        held = person.offices_on(meeting.start)
        if ministerial and not held:
            score -= 0.15
            reasons.append(f"names {person.name}, not in office on {meeting.start.isoformat()}")
            continue
        if leader and not any(office.post in LEADER_POSTS for office in held):
            out_leaders.append(person.name)
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
    if out_leaders:
        # Once, however many: a report also recalls leaders of the past ("since Obama's
        # visit"); a leader it names who was not yet or no longer in office dates it.
        score -= OUT_OF_OFFICE_LEADER
        day = meeting.start.isoformat()
        reasons.append(f"names leaders not in office on {day}: " + ", ".join(out_leaders))
    return score, reasons


class _Named:
    """The people of the last report scored (`_named_people`)."""

    last: tuple = ()


def _named_people(index: ReferenceIndex, people: Collection[str]) -> list[tuple]:
    """(slug, person, whether they ever held a minister's post, whether they ever led
    either ally) of each known person in
    `people`, by slug: read once per report, not once per meeting scored (about 85)."""
    last = _Named.last
    if last and last[0] is index and last[1] == people:
        return last[2]
    rows = [
        (
            slug,
            person,
            any(office.post in MINISTERIAL_POSTS for office in person.offices),
            any(
                office.post in LEADER_POSTS and office.country in ALLIES
                for office in person.offices
            ),
        )
        for slug in sorted(people)
        if (person := index.people.get(slug)) is not None
    ]
    _Named.last = (index, frozenset(people), rows)
    return rows


def _first_meeting(
    meeting: KnownMeeting, index: ReferenceIndex, people: Collection[str], context: ReportContext
) -> tuple[float, list[str]]:
    named = [slug for slug in meeting.participant_slugs if slug in people]
    series = series_first_evidence(meeting, index, context)
    if series[0] or not context.first or len(named) < 2:
        return series
    if not context.first_of_series and not _first_with_them(named, index, context):
        return series  # "my first meeting with Prime Minister Suga": someone else's first
    return first_meeting_evidence(meeting, context, named, meetings_by_person(index)[named[0]])


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
    their = meetings_by_person(index).get(meeting.participant_slugs[0], [])
    return neighbour_evidence(meeting, context, their, dated=dated)


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
    dating: Dating = UNDATED,
    by_address: bool = False,
) -> MeetingSuggestion:
    """The score, reasons and role for one meeting; see the module docstring. `elect`:
    the transition of a president-elect the text names (`meeting_elect.elect_window`);
    `lead`: the full dates of the text's lead (`meeting_lead.lead_dates`); `local`: the
    month and day its opening gives in local time (`meeting_local.local_day`); `dating`:
    the visit of honours and the past events an undated text speaks of (`meeting_dating`)."""
    signs = signs or report_signs(body)
    context = context or report_context(body, signs.folded)
    score, reasons, role = 0.0, [], "coverage"
    if published and precision == "day":
        points, reason, role = published_evidence(
            meeting, published, future=signs.future, by_address=by_address
        )
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
        # A dateline's month and day dates the report as a full date would: the city
        # then keeps its smaller weight (the day, not where it was filed, decides).
        table_place_evidence(
            meeting, signs, dated=bool((published and precision == "day") or month_day)
        ),
        dates_evidence(
            meeting,
            context,
            dateline_counted=bool(month_day and month_day_matches(month_day, meeting)),
            dated=bool(published and precision == "day"),
            published=published,
        ),
        place_evidence(meeting, context, counted=city_counted(meeting, signs, index, hits)),
        title_evidence(meeting, context),
        era_evidence(meeting, context, dated=bool(published and precision == "day")),
        elect_evidence(meeting, elect, dated=bool(published and precision == "day")),
        _first_meeting(meeting, index, people, context),
        _neighbours(meeting, index, context, dated=bool(published and precision == "day")),
        visit_evidence(meeting, context, visited),
        lead_evidence(meeting, lead),
        local_evidence(meeting, local),
        third_seat_evidence(meeting, index, people, signs),
        dating_evidence(meeting, dating),
    ):
        score += points
        reasons.extend(more)
    if hits:
        weight = sum(0.20 / max(1, index.meetings_with_keyword.get(hit, 1)) for hit in hits)
        score += min(0.30, weight)
        reasons.append("keywords: " + ", ".join(hits))
    return MeetingSuggestion(meeting.slug, round(max(0.0, score), 3), reasons, role)


def _read_report(
    index: ReferenceIndex, body: str, published: date | None, precision: str
) -> tuple[ReportSigns, ReportContext]:
    """What the report says once, whatever meeting it is compared with: its signs, and the
    dates and names of its text, read against its own date."""
    signs = report_signs(body)
    names, words = _names(index)
    context = report_context(body, signs.folded, names=names, words=words)
    # "日米豪", "美日印澳": where the allies' pair occurs, from the pass that read the names;
    # "지난 8월 … 정상회담": a meeting of the month or year before, from the same pass.
    found_at = names.table(signs.folded)
    signs.countries = signs.countries | compound_countries(body, found_at)
    signs.kind_words = without_recalled(signs.kind_words, found_at, signs.folded)
    # "한미 정상회담", "米朝首脳会談": another pair's meeting, from the same pass.
    signs.kind_words = without_other_pairs(signs.kind_words, found_at, signs.folded)
    # "양국 외교장관", "los cancilleres de ambos países": the table named by its posts.
    signs.kind_words = signs.kind_words + post_pair_kinds(signs.folded, signs.kind_words)
    if published and precision == "month":
        context = in_the_month(context, published)
    elif published and precision == "day":
        context = on_relative_days(context, body, published)
    return signs, context


def suggest_meetings(
    *,
    index: ReferenceIndex,
    body: str,
    people: Collection[str],
    published: date | None = None,
    precision: str = "unknown",
    month_day: tuple[int, int] | None = None,
    story: Window | None = None,
    by_address: bool = False,
    limit: int = 5,
) -> tuple[list[MeetingSuggestion], str | None]:
    """Suggestions with a positive score, best first, each with its reasons and role, and
    the best automatic pick (or None). Suggestions flagged `linked` are all linked.
    `story`: the days the page's story number places it in (`story_numbers`);
    `by_address`: `published` is the day the page's address gives (`address_dates`)."""
    signs, context = _read_report(index, body, published, precision)
    elect = elect_window(body, index, signs.folded, _names(index)[0])
    visited = unplaced_visits(visited_countries(signs.folded), context, index)
    lead = lead_dates(without_file_photos(body, signs.folded)[0])
    local = local_day(body)
    dated = bool(published and precision == "day")
    dating = dating_read(signs.folded, dated=dated, window=story)
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
            dating=dating,
            by_address=by_address,
        )
        for meeting in candidate_meetings(index, people, published, precision, context.dates.full)
    ]
    ranked = sorted((s for s in suggestions if s.score > 0), key=lambda s: (-s.score, s.slug))
    linked = links_choose(
        # A G7 gathering is only the occasion of the bilateral a report opens on; a
        # meeting whose one side the report gives to another minister is not its subject.
        without_stand_ins(without_occasions(ranked, index, body, signs.folded), index, people),
        index,
        signs,
        people=people,
        context=context,
        dated=dated,
        published=published if dated else None,
        local=local,
    )
    if linked and elect and not dated:
        opening = elect_window(opening_and_headline(body), index)
        if outside_transition(index.meetings.get(linked[0]), opening, dated=dated):
            linked = []
    return _flagged(ranked, linked, limit), (linked[0] if linked else None)


def _flagged(
    ranked: list[MeetingSuggestion], linked: list[str], limit: int
) -> list[MeetingSuggestion]:
    """The first `limit` suggestions and the linked ones however far down they rank (a
    meeting a call's readout announces may score low for its date:
    `meeting_links._announced_next`), each flagged `linked` or not."""
    kept = ranked[:limit] + [s for s in ranked[limit:] if s.slug in linked]
    for suggestion in kept:
        suggestion.linked = suggestion.slug in linked
    return kept

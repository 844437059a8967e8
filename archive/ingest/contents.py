"""What a report's text holds once its furniture is gone (split from pipeline.py): the
people it names, its topics, the meeting it covers, then what depends on that meeting
(the year of a yearless dateline, quotes attributed to a role, title checks)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from archive.ingest import dates, news_subjects, people, transcripts
from archive.ingest.address_dates import address_date
from archive.ingest.body_passes import read_body_along
from archive.ingest.cjk_role_compounds import third_country_mentions
from archive.ingest.headline_quotes import headline_quotes
from archive.ingest.leaders_away import leaders_away
from archive.ingest.meetings import suggest_meetings
from archive.ingest.quotes import find_quotes_and_roles
from archive.ingest.reference import KnownMeeting, ReferenceIndex
from archive.ingest.results import Mention
from archive.ingest.story_numbers import story_window
from archive.ingest.topics import find_topics

if TYPE_CHECKING:
    from archive.ingest.pipeline import ParsedReport


def find_contents(report: ParsedReport, index: ReferenceIndex, finding: dates.DateFinding) -> None:
    """People, names, topics, meetings; then what depends on the meeting."""
    read_on = _read_on(report)
    day = read_on.posts_day
    # The report's day tells apart two bearers of a family name by the post its title
    # names ("菅総理": Naoto Kan in 2010, Yoshihide Suga in 2021).
    mentions, warnings = people.find_people(report.body, index, day)
    report.warnings.extend(warnings)
    # A person the headline names is a subject even where the body gives only a title
    # ("大臣", "the Secretary").
    titled = people.find_people(report.title, index, day)[0] if report.title else []
    report.unknown_names = people.find_unknown_names(
        report.body, mentions, index, exclude=[credit.name for credit in report.credits]
    )
    report.topics = find_topics(report.body, index)
    # The meeting's signs and names read the same folded body, in the topics' pass.
    read_body_along(report.body, index)
    # A transcript's speakers ("SECRETARY BLINKEN:", "FOREIGN MINISTER HAYASHI:") are who
    # met, though the text may never print their full names: the meeting needs them.
    turns = transcripts.read_turns(report.body, index, mentions, titled, joint=(report.title, day))
    meeting = _link_meeting(report, index, finding, read_on, mentions, titled, turns)
    _read_quotes(report, index, meeting, day, mentions, titled, turns)


def _link_meeting(
    report: ParsedReport,
    index: ReferenceIndex,
    finding: dates.DateFinding,
    read_on: _ReadOn,
    mentions: list[Mention],
    titled: list[Mention],
    turns: list,
) -> KnownMeeting | None:
    """The meetings suggested and the one linked; a yearless dateline's year from it."""
    speakers = {mention.slug for _, mention in turns if mention is not None}
    # Who met is whom the report is about: not someone named only in the genitive ("Prime
    # Minister Kishida's visit" in a minister's dinner) or in passing (`in_the_news`).
    acting = people.in_the_news(
        report.body,
        [*mentions, *(mention for _, mention in turns if mention is not None)],
        [hit for hit, _ in turns],
        index,
        read_on.posts_day,
    )
    report.meetings, report.auto_meeting_slug = suggest_meetings(
        index=index,
        # The photo captions and the headline name and date the meeting too ("… Telephone
        # Talk", "…, on April 10, 2024, in Washington."); after the body, so that the
        # dateline stays the first line.
        body="\n".join(
            [
                report.body,
                *dict.fromkeys(d.line for d in report.dropped if "caption" in d.reason),
                report.title,
            ]
        ).rstrip(),
        people={mention.slug for mention in [*acting, *titled]} | speakers,
        published=read_on.day,
        precision=read_on.precision,
        month_day=finding.month_day,
        story=story_window(report.url) if read_on.precision != "day" else None,
        by_address=read_on.day is not None and read_on.day != report.published,
    )
    meeting = index.meetings.get(report.auto_meeting_slug or "")
    # Only a dateline's yearless date is the report's own; one in the body dates an event.
    if report.published is None and finding.month_day and finding.source == "dateline" and meeting:
        report.published = dates.infer_year(finding.month_day, meeting.start)
        report.date_precision = "inferred"
        report.notes.append(f"year of the dateline's date taken from the meeting {meeting.slug}")
    return meeting


@dataclass(frozen=True)
class _ReadOn:
    """The days a report is read on: meetings are looked for near `day` (to its
    `precision`), posts are read as held on `posts_day`."""

    day: date | None
    precision: str
    posts_day: date | None


def _read_on(report: ParsedReport) -> _ReadOn:
    """The report's own date, else (or, when the text gives only the month, inside it) the
    date its address files it under (`address_dates`). The address dates the page though
    the text does not print it, so it is never the report's published date; a month
    folder places the meeting but says nothing of who held a post on which day."""
    own = _ReadOn(report.published, report.date_precision, report.published)
    if report.published is not None and report.date_precision != "month":
        return own
    filed = address_date(report.url)
    if filed is None:
        return own
    if report.published is not None and (
        filed.precision != "day" or filed.day.replace(day=1) != report.published.replace(day=1)
    ):
        return own  # the text's month wins over an address that says nothing finer in it
    report.notes.append(f"read as of {filed.day:%Y-%m-%d}, the date in the page's address")
    posts_day = filed.day if filed.precision == "day" else report.published
    return _ReadOn(filed.day, filed.precision, posts_day)


def _read_quotes(
    report: ParsedReport,
    index: ReferenceIndex,
    meeting: KnownMeeting | None,
    day: date | None,
    mentions: list[Mention],
    titled: list[Mention],
    turns: list,
) -> None:
    """Quotes and their speakers on the report's day (its own or its address's, else the
    meeting's), then who is in the news, the headline's quotes and the titles' checks."""
    on = day or (meeting.start if meeting else None)
    report.quotes, roles = find_quotes_and_roles(
        report.body,
        mentions,
        index=index,
        on=on,
        headline=titled,
        title=report.title,
        turns=turns if on == day else None,  # read again on the meeting's day
    )
    # A speaker named by a role counts as mentioned, the role phrase as a printed form;
    # spokespeople and people named only inside quoted words are not in the news.
    # So does a third country's minister that a compound in the lead names ("日米韓外相"),
    # when the report is linked to the allies' meeting with that country.
    roles = [*roles, *third_country_mentions(report.body, meeting, index)]
    subjects = people.in_the_news(report.body, [*mentions, *roles], report.quotes, index, on)
    # A leader named away from a ministers' table, whom no one met, is not its subject.
    away = leaders_away(report.body, subjects, meeting, report.quotes, index)
    subjects = [mention for mention in subjects if mention.slug not in away]
    named = {mention.slug for mention in subjects}
    # A spokesperson the headline names relays a statement ("Statement by Spokesperson
    # Ned Price on the Secretary's call with …"), as one the body names does.
    headline = [
        mention
        for mention in titled
        if mention.slug not in named and not news_subjects.spokesperson(mention.slug, index, on)
    ]
    report.people = people.summarise([*sorted(subjects, key=lambda m: m.start), *headline])
    # Quotes in the headline (offsets into the title), the body's quotes after them.
    said = headline_quotes(report.title, titled, report.quotes, index=index, on=on)
    report.quotes = [*said, *report.quotes]
    report.warnings.extend(people.check_titles(report.body, mentions, index, on))

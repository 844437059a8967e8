"""Who met, for the meeting: a transcript's speakers ("SECRETARY DOE:", "FOREIGN MINISTER
SATO:") are at the table though the page never prints their full names, someone named
only in the genitive ("Prime Minister Ito's visit") is not; and a second
meeting the report names by its kind, held on the best one's days (the defense ministers'
talks on the morning of a 2+2), takes the date the report settled for the best one, its
rivals only the meetings of that week. Invented pages, people and meetings."""

from datetime import date, timedelta

from archive.ingest.meeting_context import report_context
from archive.ingest.meetings import links_choose, report_signs
from archive.ingest.pipeline import parse_report
from archive.ingest.reference import KnownMeeting, KnownOffice, KnownPerson, Reference
from archive.ingest.results import MeetingSuggestion

DAY = date(2031, 5, 14)


def _person(slug: str, name: str, country: str, post: str, title: str) -> KnownPerson:
    return KnownPerson(
        slug, name, country, (), (KnownOffice(title, post, country, date(2030, 1, 1), None),)
    )


DOE = _person("mary-doe", "Mary Doe", "United States", "foreign", "Secretary of State")
SATO = _person("ken-sato", "Ken Sato", "Japan", "foreign", "Minister for Foreign Affairs")
ROE = _person("tom-roe", "Tom Roe", "United States", "defense", "Secretary of Defense")
ITO = _person("aki-ito", "Aki Ito", "Japan", "defense", "Minister of Defense")
FOREIGN = (("mary-doe", "United States", "foreign"), ("ken-sato", "Japan", "foreign"))
DEFENSE = (("tom-roe", "United States", "defense"), ("aki-ito", "Japan", "defense"))


def _meeting(slug: str, kind: str, day: date, posts, city: str = "Nara") -> KnownMeeting:
    return KnownMeeting(
        slug=slug,
        title=slug,
        start=day,
        end=day,
        city=city,
        participant_slugs=tuple(slug for slug, _, _ in posts),
        kind=kind,
        format="in_person",
        country="Japan",
        participant_posts=tuple(posts),
    )


TALKS = _meeting("foreign_ministers-2031-05-14", "foreign_ministers", DAY, FOREIGN)
EARLIER = _meeting(
    "foreign_ministers-2030-09-02", "foreign_ministers", date(2030, 9, 2), FOREIGN, "Washington"
)

TRANSCRIPT = """Remarks Before Their Meeting

May 14, 2031

SECRETARY DOE: Thank you, Ken. It is so good to see you again, and to be back here.

FOREIGN MINISTER SATO: Thank you. Welcome, and I look forward to our discussion today.

SECRETARY DOE: Thank you all.
"""


def test_a_transcripts_speakers_are_at_the_table():
    reference = Reference(people=(DOE, SATO), meetings=(TALKS, EARLIER))
    report = parse_report(TRANSCRIPT.encode(), reference=reference)
    assert report.auto_meeting_slug == "foreign_ministers-2031-05-14"
    best = report.meetings[0]
    assert any("names 2 of 2 participants" in reason for reason in best.reasons)


SCC = _meeting("scc-2031-05-14", "scc", DAY, (*FOREIGN, *DEFENSE))
SAME_DAY = _meeting("defense_ministers-2031-05-14", "defense_ministers", DAY, DEFENSE)
NEXT_YEAR = _meeting(
    "defense_ministers-2032-06-01", "defense_ministers", date(2032, 6, 1), DEFENSE, "Washington"
)
SAME_WEEK = _meeting(
    "defense_ministers-2031-05-16", "defense_ministers", DAY + timedelta(days=2), DEFENSE
)
BODY = (
    "The 2+2 met in Nara on Tuesday. Before it, the defense ministers met for talks of their"
    " own. Doe, Sato, Roe and Ito spoke to reporters."
)
PEOPLE = ("mary-doe", "ken-sato", "tom-roe", "aki-ito")


def _links(meetings, scores):
    index = Reference(meetings=tuple(meetings)).index
    ranked = [MeetingSuggestion(m.slug, s, []) for m, s in zip(meetings, scores, strict=True)]
    signs = report_signs(BODY)
    context = report_context(BODY, signs.folded)
    return links_choose(ranked, index, signs, people=PEOPLE, context=context, dated=False)


def test_a_second_meeting_on_the_best_ones_day_is_linked_beside_it():
    assert _links([SCC, SAME_DAY, NEXT_YEAR], [0.95, 0.5, 0.5]) == [
        "scc-2031-05-14",
        "defense_ministers-2031-05-14",
    ]


def test_a_rival_of_its_kind_in_the_same_week_still_leaves_it_open():
    assert _links([SCC, SAME_DAY, SAME_WEEK], [0.95, 0.5, 0.5]) == ["scc-2031-05-14"]


def test_a_second_meeting_on_another_day_still_needs_the_text_to_date_it():
    assert _links([SCC, SAME_WEEK, NEXT_YEAR], [0.95, 0.5, 0.5]) == ["scc-2031-05-14"]


ROE = _person("tom-roe", "Tom Roe", "United States", "head_of_state", "President")
ITO = _person("aki-ito", "Aki Ito", "Japan", "head_of_government", "Prime Minister")
SUMMIT = KnownMeeting(
    slug="summit-2031-05-14",
    title="Japan-U.S. Summit Meeting",
    start=DAY,
    end=DAY,
    city="Washington",
    participant_slugs=("tom-roe", "aki-ito"),
    kind="summit",
    format="in_person",
    country="United States",
    participant_posts=(
        ("tom-roe", "United States", "head_of_state"),
        ("aki-ito", "Japan", "head_of_government"),
    ),
)
DINNER = """Dinner With Scholars

May 13, 2031

Foreign Minister Ken Sato hosted a dinner with scholars of Japan-U.S. relations in Washington.
He said that Prime Minister Aki Ito's visit to the United States was a chance to show the
strength of the alliance.

The participants agreed on the importance of the alliance and exchanged views on the region.
"""


def test_a_leader_named_only_in_the_genitive_is_not_at_the_table():
    report = parse_report(DINNER.encode(), reference=Reference(people=(ROE, ITO, SATO),
                                                               meetings=(SUMMIT,)))  # fmt: skip
    assert report.auto_meeting_slug is None
    assert not any("participants" in reason for reason in report.meetings[0].reasons)

"""The evidence against a meeting held on none of the lead's days says which days the
lead gives, each once, in order, separated by a comma (issue 11's seed-20261214 mutation
sample, meeting_lead.lead_evidence: no test read a note naming two days). Invented
meeting."""

from datetime import date

from archive.ingest.meeting_lead import LEAD_POINTS, lead_evidence
from archive.ingest.reference import KnownMeeting

MEETING = KnownMeeting(
    slug="foreign_ministers-2031-05-06",
    title="",
    start=date(2031, 5, 6),
    end=date(2031, 5, 6),
    kind="foreign_ministers",
)


def test_the_note_names_each_day_the_lead_gives():
    lead = frozenset({date(2031, 6, 20), date(2031, 6, 18)})
    assert lead_evidence(MEETING, lead) == (
        LEAD_POINTS,
        ["the lead dates another day (2031-06-18, 2031-06-20)"],
    )


def test_no_evidence_when_the_lead_gives_a_day_beside_the_meeting():
    lead = frozenset({date(2031, 5, 7), date(2031, 6, 18)})
    assert lead_evidence(MEETING, lead) == (0.0, [])

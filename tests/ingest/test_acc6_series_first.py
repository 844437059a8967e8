"""A report that calls its meeting the first ("the first Quad leaders' summit", "首次峰會",
"첫 정상회담") about a series' first meeting: the earliest of its series the reference
holds, whoever the report names at it. The bilaterals held at a larger gathering
("…-sidelines") are no series of their own. Invented texts and meetings."""

from datetime import date

import pytest

from archive.ingest.meeting_kinds import first_of_series
from archive.ingest.meetings import score_meeting, suggest_meetings
from archive.ingest.reference import KnownMeeting, KnownOffice, KnownPerson, Reference

BIDEN = KnownPerson(
    "joe-biden",
    "Joe Biden",
    "United States",
    ("拜登",),
    (KnownOffice("President", "head_of_state", "United States", date(2021, 1, 20), None),),
)


def _meeting(slug: str, day: date, series: str, **more) -> KnownMeeting:
    return KnownMeeting(
        slug=slug,
        title="Leaders' Video Summit",
        start=day,
        end=day,
        participant_slugs=("joe-biden", "leader-of-japan"),
        kind="multilateral",
        format="video",
        series=series,
        other_countries=("Australia", "India"),
        **more,
    )


FIRST = _meeting("multilateral-2031-03-14", date(2031, 3, 14), "four-leaders")
SECOND = _meeting("multilateral-2032-03-05", date(2032, 3, 5), "four-leaders")
SIDELINES = _meeting("multilateral-2030-06-01", date(2030, 6, 1), "g20-sidelines")
LATER_SIDELINES = _meeting("multilateral-2031-06-01", date(2031, 6, 1), "g20-sidelines")


@pytest.fixture(scope="module")
def index():
    meetings = (SECOND, FIRST, SIDELINES, LATER_SIDELINES)
    return Reference(people=(BIDEN,), meetings=meetings).index


def test_the_earliest_of_a_series_is_its_first(index):
    assert first_of_series(FIRST, index)
    assert not first_of_series(SECOND, index)
    assert not first_of_series(SIDELINES, index)  # a gathering's bilaterals: no series


def _reasons(meeting, body, index):
    suggestion = score_meeting(
        meeting,
        index=index,
        body=body,
        people={"joe-biden"},
        published=None,
        precision="",
        month_day=None,
    )
    return suggestion.score, suggestion.reasons


BODY = (
    "The leaders of the Quad, the United States, Japan, Australia and India, will hold"
    " their first summit by video. Joe Biden will attend."
)


def test_a_report_calling_it_the_first_gives_the_series_first_its_points(index):
    first_score, first_reasons = _reasons(FIRST, BODY, index)
    second_score, second_reasons = _reasons(SECOND, BODY, index)
    assert any("series' first" in reason for reason in first_reasons)
    assert not any("series' first" in reason for reason in second_reasons)
    assert first_score == pytest.approx(second_score + 0.15)


def test_without_a_word_for_first_the_two_of_a_series_score_alike(index):
    body = BODY.replace("first ", "")
    assert _reasons(FIRST, body, index)[0] == _reasons(SECOND, body, index)[0]


def test_the_first_summit_of_a_series_is_linked_over_a_later_one(index):
    _, linked = suggest_meetings(index=index, body=BODY, people={"joe-biden"})
    assert linked == FIRST.slug
    _, linked = suggest_meetings(index=index, body=BODY.replace("first ", ""), people={"joe-biden"})
    assert linked is None  # two meetings of one series alike: the curator chooses

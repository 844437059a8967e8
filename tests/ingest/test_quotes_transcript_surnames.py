"""Issue 11: a transcript label whose surname two known people share ("MR MILLER:") is the
one the report names, else the one holding a post on the report's day (invented texts, a
reference of their own)."""

from datetime import date

import pytest

from archive.ingest.reference import KnownOffice, KnownPerson, Reference
from archive.ingest.transcripts import read_turns

D = date.fromisoformat


@pytest.fixture(scope="module")
def index():
    def person(slug, name, title, post, start, end=None):
        office = KnownOffice(title, post, "United States", D(start), D(end) if end else None)
        return KnownPerson(slug, name, "United States", offices=(office,))

    return Reference(
        people=(
            person(
                "christopher-miller",
                "Christopher Miller",
                "Acting Secretary of Defense",
                "defense",
                "2020-11-09",
            ),
            person("lloyd-austin", "Lloyd Austin", "Secretary of Defense", "defense", "2021-01-22"),
            person(
                "matthew-miller",
                "Matthew Miller",
                "Spokesperson for the Department of State",
                "other",
                "2023-04-11",
                "2025-01-20",
            ),
        )
    ).index


BODY = (
    "MR MILLER: Good afternoon, everyone. We have a few announcements.\n\n"
    "QUESTION: Thank you. A question on Japan.\n\n"
    "MR MILLER: Go ahead. We are ready."
)


def speakers(index, on, body=BODY, headline=()):
    return [hit.speaker_slug for hit, _ in read_turns(body, index, (), headline, ("", on))]


def test_the_one_holding_a_post_that_day(index):
    # Christopher Miller's acting term ended when Lloyd Austin's began.
    assert speakers(index, D("2024-07-28")) == ["matthew-miller", None, "matthew-miller"]
    assert speakers(index, D("2020-12-01")) == ["christopher-miller", None, "christopher-miller"]


def test_no_day_no_one(index):
    assert speakers(index, None) == [None, None, None]


def test_the_one_the_report_names(index):
    from archive.ingest.people import find_people

    headline = "Department Press Briefing by Spokesperson Matthew Miller"
    titled, _ = find_people(headline, index)
    assert speakers(index, None, headline=titled) == ["matthew-miller", None, "matthew-miller"]

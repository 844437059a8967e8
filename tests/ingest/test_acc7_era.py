"""An undated report that speaks of Japan's new emperor, or names him, speaks of a time
from the Reiwa era's first day (1 May 2019) on, as one that names the era does: of two
summits of the same leaders in the same city, it is not the one held before. The
reports are invented, in several languages."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from archive.ingest.meeting_context import report_context
from archive.ingest.meetings import suggest_meetings
from archive.ingest.reference import KnownMeeting
from tests.ingest.reference_data import seed_reference

REIWA = date(2019, 5, 1)


@pytest.mark.parametrize(
    "body",
    [
        "The President was the first state guest received by the new Emperor.",
        "Trump fue el primer invitado de Estado tras la entronización del nuevo emperador.",
        "Trump menjadi tamu negara pertama yang diterima Kaisar Baru Jepang.",
        "Trump è stato il primo ospite di Stato del nuovo imperatore giapponese.",
        "Emperor Naruhito hosted a state banquet at the Imperial Palace.",
    ],
)
def test_the_new_emperor_dates_the_text_from_reiwa(body):
    assert report_context(body).not_before == REIWA


@pytest.mark.parametrize(
    "body",
    [
        "The leaders met at the Imperial Palace, where the Emperor welcomed them.",
        "Crown Prince Naruhito greeted the President.",  # before his accession
    ],
)
def test_an_emperor_alone_dates_nothing(body):
    assert report_context(body).not_before is None


def _summit(slug: str, day: date) -> KnownMeeting:
    people = ("donald-trump", "shinzo-abe")
    posts = (
        ("donald-trump", "United States", "head_of_state"),
        ("shinzo-abe", "Japan", "head_of_government"),
    )
    return KnownMeeting(
        slug, slug, day, day, "Tokyo", people, (), "summit", "in_person",
        participant_posts=posts,
    )  # fmt: skip


TOKYO_SUMMITS = (_summit("summit-old", date(2017, 11, 6)), _summit("summit-new", date(2019, 5, 27)))


@pytest.mark.parametrize(
    "body",
    [
        "Durante su visita a Tokio, el presidente Trump y el primer ministro Abe dialogaron "
        "sobre comercio. Trump fue el primer invitado de Estado del nuevo emperador.",
        "During his visit to Tokyo, President Trump and Prime Minister Abe held talks on "
        "trade. Trump was the first state guest of the new Emperor.",
    ],
)
def test_an_undated_report_of_the_new_emperor_links_the_later_summit(body):
    index = replace(seed_reference(), meetings=TOKYO_SUMMITS).index
    ranked, auto = suggest_meetings(index=index, body=body, people={"donald-trump", "shinzo-abe"})
    assert auto == "summit-new"
    old = next(s for s in ranked if s.slug == "summit-old")
    assert any("era that began on 2019-05-01" in reason for reason in old.reasons)
    # Without the emperor, the two summits are alike: nothing is linked.
    plain = body.split(". ")[0] + "."
    _, auto = suggest_meetings(index=index, body=plain, people={"donald-trump", "shinzo-abe"})
    assert auto is None

"""A country where a meeting was held says less than its city
(`meeting_context.COUNTRY_POINTS`): a report of a tour lists its stops by country, and
the summit held in one of them years later is not placed by that, while the city the
report names places its own meeting. Invented reports and meetings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from archive.ingest.meeting_context import (
    COUNTRY_POINTS,
    PLACE_POINTS,
    place_evidence,
    report_context,
)
from archive.ingest.meetings import suggest_meetings
from archive.ingest.reference import KnownMeeting
from tests.ingest.reference_data import seed_reference

LEADERS = ("barack-obama", "shinzo-abe")
POSTS = (
    ("barack-obama", "United States", "head_of_state"),
    ("shinzo-abe", "Japan", "head_of_government"),
)


def _summit(slug: str, day: date, city: str, country: str) -> KnownMeeting:
    return KnownMeeting(
        slug, "Japan–U.S. Summit Meeting", day, day, city, LEADERS, (), "summit",
        "in_person", country=country, participant_posts=POSTS,
    )  # fmt: skip


TOKYO = _summit("tokyo", date(2014, 4, 24), "Tokyo", "Japan")
MANILA = _summit("manila", date(2015, 11, 19), "Manila", "Philippines")

TOUR = (
    "El presidente Barack Obama comenzó una gira de una semana por Japón, Corea del Sur, "
    "Malasia y Filipinas. Tras una reunión en Tokio con el primer ministro Shinzo Abe, "
    "Obama habló del tratado de seguridad."
)


def test_a_country_counts_less_than_a_city():
    context = report_context(TOUR)
    assert place_evidence(TOKYO, context, counted=0.0)[0] == PLACE_POINTS
    assert place_evidence(MANILA, context, counted=0.0)[0] == COUNTRY_POINTS < PLACE_POINTS


def test_a_country_alone_still_places_its_meeting():
    points, reasons = place_evidence(MANILA, report_context("Los líderes en Filipinas."), counted=0)
    assert points == COUNTRY_POINTS and "Philippines" in reasons[0]
    assert place_evidence(MANILA, report_context("Los líderes hablaron."), counted=0) == (0.0, [])


def test_a_tour_s_stops_do_not_tie_with_the_city_where_they_met():
    index = replace(seed_reference(), meetings=(TOKYO, MANILA)).index
    ranked, _ = suggest_meetings(index=index, body=TOUR, people=set(LEADERS))
    scores = {s.slug: s.score for s in ranked}
    assert scores["tokyo"] > scores["manila"]

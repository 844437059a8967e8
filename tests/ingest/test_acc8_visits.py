"""A visit to one of the allies in English, Spanish, Indonesian and Italian, the visit word
before the country or after it (meeting_visits.visited_countries): it places a meeting
held in that country when the text names none of its cities; a named city places the
meeting itself (meeting_visits.unplaced_visits). Invented texts."""

from dataclasses import replace
from datetime import date

import pytest

from archive.ingest.meeting_visits import visited_countries
from archive.ingest.meetings import suggest_meetings
from archive.ingest.prefilter import fold
from archive.ingest.reference import KnownMeeting
from tests.ingest.reference_data import seed_reference


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Secretary Blinken, on a visit to Japan, met the minister.", {"Japan"}),
        ("During his Japan visit the President met the Emperor.", {"Japan"}),
        ("Visiting Japan this week, Austin met Kihara.", {"Japan"}),
        (
            "Durante su visita oficial a Japón, el presidente se reunió con el primer ministro.",
            {"Japan"},
        ),
        ("Dalam kunjungan kerja ke Jepang, Menlu AS bertemu Menlu Kamikawa.", {"Japan"}),
        ("Il Segretario, in visita in Giappone, ha incontrato il ministro.", {"Japan"}),
        ("Kishida’s official visit to the United States began on Monday.", {"United States"}),
        (
            "El primer ministro viajó a Estados Unidos para reunirse con el presidente.",
            {"United States"},
        ),
        ("Perdana Menteri berkunjung ke Amerika Serikat pekan ini.", {"United States"}),
        ("Il viaggio negli Stati Uniti del Primo Ministro è durato tre giorni.", {"United States"}),
        ("Ahead of his U.S. trip, the prime minister spoke to reporters.", {"United States"}),
        # Not a visit to either ally.
        ("The visit to China ended on Friday.", set()),
        ("Visits to the U.S.-Japan alliance's bases are rare.", set()),
        ("La visita a Corea del Sur terminó el viernes.", set()),
    ],
)
def test_a_visit_in_a_latin_script_language(text, countries):
    assert visited_countries(fold(text)) == countries


def _summit(slug: str, day: date, city: str) -> KnownMeeting:
    return KnownMeeting(
        slug, slug, day, day, city, ("donald-trump", "shinzo-abe"), (), "summit", "in_person",
        country="Japan",
        participant_posts=(
            ("donald-trump", "United States", "head_of_state"),
            ("shinzo-abe", "Japan", "head_of_government"),
        ),
    )  # fmt: skip


TOKYO = _summit("summit-tokyo", date(2019, 5, 27), "Tokyo")
OSAKA = _summit("summit-osaka", date(2019, 6, 28), "Osaka")


def _reasons(body: str) -> dict[str, list[str]]:
    index = replace(seed_reference(), meetings=(TOKYO, OSAKA)).index
    ranked, _ = suggest_meetings(index=index, body=body, people={"donald-trump", "shinzo-abe"})
    return {suggestion.slug: suggestion.reasons for suggestion in ranked}


VISIT = "the text speaks of a visit to Japan, where it was held"


@pytest.mark.parametrize(
    "body",
    [
        "Durante su visita de Estado a Japón, el presidente Trump se reunió con el primer "
        "ministro Abe en Tokio.",
        "On his state visit to Japan, President Trump met Prime Minister Abe in Tokyo.",
    ],
)
def test_a_named_city_places_the_visit(body):
    reasons = _reasons(body)
    assert any("tokyo" in reason.lower() for reason in reasons["summit-tokyo"])
    assert VISIT not in reasons.get("summit-osaka", [])


def test_a_visit_without_a_city_places_every_meeting_in_the_country():
    reasons = _reasons("On his visit to Japan, President Trump met Prime Minister Abe.")
    assert VISIT in reasons["summit-tokyo"] and VISIT in reasons["summit-osaka"]

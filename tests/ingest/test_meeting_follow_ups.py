"""A report published days after a meeting that neither names it by its kind nor dates it
tells of something else (issue 11): a deputy's call on the minister who sat at the table,
a visit to the country where it was held. Invented texts against the reference's
Kerry-Kishida foreign ministers' meeting in Tokyo of 14 April 2013."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest.test_meeting_matching import full_reference, linked, suggest

MEETING = "foreign_ministers-2013-04-14"
LATER = date(2013, 4, 24)


@pytest.fixture(scope="module")
def index():
    return full_reference().index


@pytest.mark.parametrize(
    "body",
    [
        "国務副長官の訪日\n来日した国務副長官は岸田外務大臣を表敬し、日米同盟の強化について"
        "意見交換を行った。",
        "The Deputy Secretary of State, visiting Japan, called on Foreign Minister Fumio "
        "Kishida and discussed the U.S.-Japan alliance and regional security.",
        "El vicesecretario de Estado, de visita en Japón, fue recibido por el canciller Fumio "
        "Kishida para hablar de la alianza entre Estados Unidos y Japón.",
    ],
    ids=["ja", "en", "es"],
)
def test_a_later_visit_to_a_minister_at_the_table_links_nothing(index, body):
    suggestions, best = suggest(index, body, LATER, {"Fumio Kishida"})
    assert best is None
    assert MEETING in [s.slug for s in suggestions]  # still offered to the curator
    assert linked(suggestions) == []


@pytest.mark.parametrize(
    "body",
    [
        # Named by its kind.
        "Ten days after their foreign ministers' meeting in Tokyo, Secretary Kerry and "
        "Foreign Minister Kishida are still weighing its results.",
        # Dated by the text.
        "Secretary Kerry and Foreign Minister Kishida, who met in Tokyo on April 14, agreed "
        "to keep in close touch.",
    ],
    ids=["kind", "date"],
)
def test_a_later_report_that_names_or_dates_the_meeting_still_links_it(index, body):
    suggestions, best = suggest(index, body, LATER, {"John F. Kerry", "Fumio Kishida"})
    assert best == MEETING

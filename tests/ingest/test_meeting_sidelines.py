"""A bilateral meeting on the sidelines of a multilateral one (issue 11): "in a bilateral
meeting with Motegi ahead of the Quad", "pertemuan bilateral", "二国間会談". The report
covers both: the Quad foreign ministers' meeting and the allies' own one. Not "bilateral
issues" or "bilateral ties", and not a third country's bilateral with one ally ("미국과
한국은 … 양자 외무장관 회담"). Invented texts against the reference's meetings of 6
October 2020 in Tokyo (the Quad foreign ministers, and Pompeo–Motegi before it)."""

from __future__ import annotations

from datetime import date

import pytest

from archive.ingest import prefilter
from archive.ingest.meeting_kinds import bilateral_meeting
from tests.ingest.test_meeting_matching import full_reference, linked, suggest

DAY = date(2020, 10, 6)
QUAD = "multilateral-2020-10-06"
PAIR = "foreign_ministers-2020-10-06"
MINISTERS = {"Mike Pompeo", "Toshimitsu Motegi"}


@pytest.fixture(scope="module")
def index():
    return full_reference().index


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("In a bilateral meeting with Motegi ahead of the Quad", True),
        ("held bilateral talks before the session", True),
        ("Dalam pertemuan bilateral dengan Motegi", True),
        ("una reunión bilateral con Motegi", True),
        ("茂木大臣との二国間会談", True),
        ("discussed a range of bilateral issues", False),
        ("bilateral ties remain strong", False),
        ("미국과 한국은 어제 양자 외무장관 회담에서 공감했습니다", False),
    ],
)
def test_bilateral_meeting(text, said):
    assert bilateral_meeting(prefilter.fold(text)) is said


@pytest.mark.parametrize(
    "body",
    [
        "Secretary Pompeo met his counterparts from Japan, Australia and India in Tokyo on "
        "October 6 for the Quad foreign ministers' meeting. In a bilateral meeting with "
        "Motegi ahead of the Quad talks, Pompeo praised the new prime minister.",
        "Menteri Luar Negeri AS Mike Pompeo, Selasa (6/10), mengadakan pembicaraan di Tokyo "
        "dengan sejawat-sejawatnya dari Jepang, Australia dan India dalam pertemuan the Quad. "
        "Dalam pertemuan bilateral dengan Motegi menjelang pertemuan the Quad, Pompeo memuji "
        "perdana menteri baru Jepang.",
        "El secretario de Estado Mike Pompeo se reunió el 6 de octubre en Tokio con sus "
        "homólogos de Japón, Australia e India en la reunión del Quad. Antes, en una reunión "
        "bilateral, Pompeo y el canciller Motegi hablaron del nuevo primer ministro.",
    ],
    ids=["en", "id", "es"],
)
def test_a_bilateral_meeting_beside_the_quad_links_both(index, body):
    suggestions, _ = suggest(index, body, None, MINISTERS)
    assert set(linked(suggestions)) == {QUAD, PAIR}


@pytest.mark.parametrize(
    "body",
    [
        "The foreign ministers of the United States, Japan, Australia and India held the "
        "Quad meeting in Tokyo on October 6, with Pompeo and Motegi. They discussed a range "
        "of bilateral issues.",
        "Los cancilleres de Estados Unidos, Japón, Australia e India celebraron la reunión "
        "del Quad en Tokio el 6 de octubre, con Pompeo y Motegi. Los lazos bilaterales "
        "siguen firmes.",
    ],
    ids=["en-issues", "es-ties"],
)
def test_bilateral_issues_at_the_quad_do_not_link_the_pair(index, body):
    suggestions, _ = suggest(index, body, None, MINISTERS)
    assert PAIR not in linked(suggestions)

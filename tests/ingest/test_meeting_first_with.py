"""A first meeting with someone is that person's first (issue 11): "my first meeting with
Prime Minister Suga", said at the Quad foreign ministers' meeting of 6 October 2020, is
no sign that the report covers the Quad's first meeting (New York, 2019) nor the first
meeting in person of Pompeo and Motegi. Invented texts against the reference."""

from __future__ import annotations

import pytest

from archive.ingest import prefilter
from archive.ingest.meeting_context import report_context
from tests.ingest.test_meeting_matching import full_reference, linked, suggest

QUAD_2020 = "multilateral-2020-10-06"  # (the first Quad ministerial: 2019-09-26)
MINISTERS = {"Mike Pompeo", "Toshimitsu Motegi"}


@pytest.fixture(scope="module")
def index():
    return full_reference().index


@pytest.mark.parametrize(
    ("text", "series", "with_whom"),
    [
        ("Delighted to have my first meeting with Prime Minister Suga.", False, "suga"),
        ("Encantado de tener mi primera reunión con el primer ministro Suga.", False, "suga"),
        ("Senang melakukan pertemuan pertama dengan PM Suga.", False, "suga"),
        ("菅総理との初会談を行いました。", False, "菅"),
        ("It was the first meeting of the Quad foreign ministers.", True, None),
    ],
)
def test_a_first_meeting_with_someone_is_not_a_series_first(text, series, with_whom):
    context = report_context(text, prefilter.fold(text))
    assert context.first
    assert context.first_of_series is series
    assert (with_whom is not None) is any(with_whom in c for c in context.first_with if with_whom)


@pytest.mark.parametrize(
    "body",
    [
        "Secretary of State Mike Pompeo met his counterparts from Japan, Australia and India "
        "in Tokyo on Tuesday for the Quad. He thanked Foreign Minister Toshimitsu Motegi for "
        "hosting. Pompeo also met Japan's new prime minister: \"Delighted to have my first "
        'meeting with Prime Minister Yoshihide Suga," he wrote.',
        "El secretario de Estado Mike Pompeo se reunió este martes en Tokio con sus "
        "contrapartes de Japón, Australia y la India, el Quad. Agradeció al canciller "
        'Toshimitsu Motegi. "Encantado de tener mi primera reunión con el primer ministro '
        'japonés Yoshihide Suga", escribió.',
        "Menteri Luar Negeri AS Mike Pompeo, Selasa, bertemu sejawatnya dari Jepang, "
        "Australia dan India di Tokyo dalam pertemuan the Quad, dan berterima kasih kepada "
        'Menlu Toshimitsu Motegi. "Senang melakukan pertemuan pertama dengan PM Yoshihide '
        'Suga," tulisnya.',
    ],
    ids=["en", "es", "id"],
)
def test_the_quad_of_2020_is_not_taken_for_the_first_quad(index, body):
    suggestions, best = suggest(index, body, None, MINISTERS | {"Yoshihide Suga"})
    assert best == QUAD_2020
    assert "multilateral-2019-09-26" not in linked(suggestions)
    assert not any("first" in reason for s in suggestions for reason in s.reasons)

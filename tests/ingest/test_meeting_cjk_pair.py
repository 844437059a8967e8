"""One side's minister meeting the other's, with the US secretary named by surname in
Korean or Japanese ("블링컨 장관은 … 가미카와 외무상과 별도의 회담", "オースティン長官は
木原防衛大臣と会談"), tells the bilateral apart from the G7 session of the same
ministers in Tokyo (issue 11; `meeting_words.KIND_WORDS["pair"]`). Invented texts
against the reference's G7 foreign ministers' meeting of 7-8 November 2023 and the
allies' foreign ministers' talks of 7 November."""

from __future__ import annotations

from datetime import date

import pytest

from archive.ingest.meeting_signs import report_signs
from tests.ingest.test_meeting_matching import full_reference, linked, suggest

G7 = "multilateral-2023-11-07"
BILATERAL = "foreign_ministers-2023-11-07"
MINISTERS = {"Antony Blinken", "Yoko Kamikawa"}


@pytest.fixture(scope="module")
def index():
    return full_reference().index


def test_the_secretary_by_surname_meeting_the_minister_names_the_bilateral(index):
    body = (
        "블링컨 국무장관은 7일부터 이틀간 도쿄에서 열리는 주요 7개국(G7) 외교장관회의에 "
        "참석합니다. 블링컨 장관은 도쿄에서 가미카와 요코 외무상과 별도의 회담을 할 "
        "예정입니다."
    )
    suggestions, _ = suggest(index, body, date(2023, 11, 6), MINISTERS)
    assert set(linked(suggestions)) == {G7, BILATERAL}


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        ("블링컨 장관은 가미카와 외무상과 회담했다.", True),
        ("オースティン長官は木原防衛大臣と会談した。", True),
        # Another country's minister: no meeting of the allies' two.
        ("블링컨 장관은 왕이 외교부장과 회담했다.", False),
        # The surname alone, Japan's side by no post: nothing tells the pair.
        ("블링컨 장관은 도쿄에서 기업인들과 만났다.", False),
    ],
)
def test_the_pair_needs_japans_side_by_its_post(body, pair):
    assert bool(report_signs(body).kind_words["pair"]) is pair

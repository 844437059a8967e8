"""A meeting of three named by whose leaders or ministers sat at it (issue 11): the US one
with "the leaders of South Korea and Japan", "los líderes de Corea del Sur y Japón", "para
menteri luar negeri Jepang dan Australia" is a meeting of three or more, as "trilateral"
or "日米韓" are; the two countries without their people, or the allies alone, are not."""

from __future__ import annotations

import pytest

from archive.ingest.meeting_signs import report_signs


def multi(text: str) -> int:
    return report_signs(text).kind_words["multi"]


@pytest.mark.parametrize(
    "text",
    [
        "President Obama met the leaders of South Korea and Japan on Thursday.",
        "Obama met the leaders of Japan and South Korea on Thursday.",
        "El presidente Obama y los líderes de Corea del Sur y Japón acuerdan cooperar.",
        "Blinken bertemu para menteri luar negeri Jepang dan Australia di Tokyo.",
        "Il segretario ha incontrato i ministri di Giappone e Filippine.",
        "Secretary Austin hosted his counterparts from Australia and Japan.",
    ],
    ids=["en", "en-japan-first", "es", "id", "it", "counterparts"],
)
def test_people_of_a_partner_and_japan_name_a_meeting_of_three(text):
    assert multi(text) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The leaders of Japan and the United States met on Thursday.",
        "Japan and Australia signed a reciprocal access agreement.",
        "Los líderes de Corea del Sur acuerdan cooperar con Japón.",
        "Trade between India and Japan grew last year, leaders said.",
    ],
    ids=["allies", "no-people", "one-country", "people-elsewhere"],
)
def test_no_meeting_of_three(text):
    assert multi(text) == 0

"""A meeting the report calls the participants' first, in the words FIRST_WORDS lacked:
"first opportunity to host", "primer encuentro", "pertemuan tatap muka pertama" (issue 11).
Invented texts against the reference's meetings of Tillerson and Kishida, whose first in
person was in Washington on 10 February 2017."""

from __future__ import annotations

import pytest

from archive.ingest.meeting_context import report_context
from tests.ingest.test_meeting_matching import full_reference, suggest

FIRST = "foreign_ministers-2017-02-10"
MINISTERS = {"Rex Tillerson", "Fumio Kishida"}
REASON = "the report calls it a first meeting; it is the first of theirs in person"


@pytest.mark.parametrize(
    "body",
    [
        "Secretary Tillerson said it was his first opportunity to host Foreign Minister Kishida.",
        "Fue el primer encuentro entre Tillerson y el canciller Kishida.",
        "Ini adalah pertemuan tatap muka pertama Tillerson dan Menlu Kishida.",
        "Tillerson dan Kishida pertama kali bertemu di Washington.",
    ],
    ids=["en", "es", "id", "id-verb"],
)
def test_a_first_meeting_in_other_words(body):
    assert report_context(body).first
    suggestions, _ = suggest(full_reference().index, body, None, MINISTERS)
    first = next(s for s in suggestions if s.slug == FIRST)
    assert REASON in first.reasons
    assert all(REASON not in s.reasons for s in suggestions if s.slug != FIRST)


@pytest.mark.parametrize(
    "body",
    [
        "Tillerson incluyó una visita a Japón en su primer viaje a Asia.",  # a trip, not them
        "Secretary Tillerson said it was an opportunity to host Foreign Minister Kishida.",
    ],
)
def test_not_a_first_meeting(body):
    assert not report_context(body).first

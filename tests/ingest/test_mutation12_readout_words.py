"""in_minister_words reads the sentence's speakers itself when the caller keeps none:
the same answer as with `speakers(body, start, end)` passed in (issue 11's seed-20261214
mutation sample, readout_words.in_minister_words: every test that reached the speakers
passed them). Invented people and texts."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.readout_words import in_minister_words, speakers
from archive.ingest.reference import Reference
from tests.ingest.invented_people import READOUT_PEOPLE

ON = date(2031, 5, 2)


@pytest.fixture(scope="module")
def index():
    return Reference(people=READOUT_PEOPLE).index


@pytest.mark.parametrize(
    "body, inside",
    [
        ("森村大臣より、先月のハーモン大統領の演説は印象的であった旨述べた。", True),
        ("ハーモン大統領は、森村大臣より説明を受けた。", False),
    ],
)
def test_the_speakers_read_by_the_function_answer_as_those_passed_in(index, body, inside):
    mention = next(m for m in find_people(body, index, ON)[0] if m.slug == "walter-harmon")
    opened = speakers(body, 0, len(body))
    assert in_minister_words(body, mention, 0, len(body), opened) is inside
    assert in_minister_words(body, mention, 0, len(body)) is inside

"""A leader met or spoken to inside a minister's words stays a party when the readout
prints the full name and the title after it ("…大臣より、ウォルター・ハーモン大統領と会談
できた…旨述べた"): the particle that joins him is read after the title, not after the name
(issue 11's seed-20261212 mutation run, readout_words.in_minister_words). Invented people
and texts."""

from datetime import date

import pytest

from archive.ingest.passing import in_passing
from archive.ingest.people import find_people
from archive.ingest.reference import Reference
from tests.ingest.invented_people import READOUT_PEOPLE

ON = date(2031, 5, 2)
LEAD = (
    "森村健太外務大臣は、グレイブス国務長官との間で日米外相会談を行ったところ、"
    "概要以下のとおり。両外相は同盟の強化で一致した。\n\n"
)


@pytest.fixture(scope="module")
def index():
    return Reference(people=READOUT_PEOPLE).index


def passing(body, index):
    return in_passing(body, find_people(body, index, ON)[0], [], index)


@pytest.mark.parametrize(
    "words",
    [
        "森村大臣より、ウォルター・ハーモン大統領と会談できたことを歓迎する旨述べた。",
        "森村大臣より、ウォルター・ハーモン大統領に対し、祝意を伝えた旨述べた。",
    ],
)
def test_a_full_name_met_or_spoken_to_stays_a_party(index, words):
    assert "walter-harmon" not in passing(LEAD + words, index)


def test_a_full_name_spoken_of_is_in_passing(index):
    words = "森村大臣より、先月のウォルター・ハーモン大統領の演説は印象的であった旨述べた。"
    assert "walter-harmon" in passing(LEAD + words, index)

"""The one a successor replaced is named in passing, even in a sentence that names the
successor's meeting (passing._SUCCEEDED): "met Prime Minister Suga, who replaced Shinzo
Abe", "se reunió con … Suga, quien reemplazó a Shinzo Abe", "menggantikan Shinzo Abe".
Invented texts."""

from datetime import date

import pytest

from archive.ingest.people import find_people, in_the_news
from archive.ingest.quotes import find_quotes_and_roles
from tests.ingest.test_meeting_matching import full_reference

ON = date(2020, 10, 6)


@pytest.fixture(scope="module")
def reference():
    return full_reference()


def subjects(body, reference):
    mentions, _ = find_people(body, reference.index)
    quotes, roles = find_quotes_and_roles(body, mentions, index=reference.index, on=ON)
    return {m.slug for m in in_the_news(body, [*mentions, *roles], quotes, reference.index, ON)}


@pytest.mark.parametrize(
    "body",
    [
        "Secretary Pompeo met Prime Minister Yoshihide Suga, who replaced Shinzo Abe last month.",
        "El secretario de Estado Mike Pompeo se reunió con el primer ministro japonés Yoshihide "
        "Suga, quien reemplazó a Shinzo Abe el mes pasado, después de que Abe renunciara.",
        "Menlu AS Mike Pompeo bertemu PM Yoshihide Suga, yang menggantikan Shinzo Abe bulan lalu.",
        "Il Segretario Mike Pompeo ha incontrato Yoshihide Suga, che ha sostituito Shinzo Abe.",
        "Secretary Pompeo also met Prime Minister Yoshihide Suga, who succeeded former Prime "
        "Minister Shinzo Abe.",
    ],
)
def test_the_predecessor_is_in_passing(reference, body):
    assert subjects(body, reference) == {"mike-pompeo", "yoshihide-suga"}


def test_a_leader_met_in_a_sentence_with_no_succession_stays(reference):
    body = "Secretary Pompeo met Prime Minister Shinzo Abe, who was replaced by no one that day."
    assert subjects(body, reference) == {"mike-pompeo", "shinzo-abe"}

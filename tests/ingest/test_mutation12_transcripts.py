"""A Chinese Q&A record's opening that names the host's partner after "与" or "和" ("山田
防卫大臣与美国国防部长里德会谈后举行记者会见"): the partner answers nothing, and the
answers are the host's, as with a Japanese "との" or a Korean "와" (issue 11's
seed-20261214 mutation sample, transcripts._not_partners: no test had a Chinese partner).
Invented texts and people."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.reference import KnownOffice, KnownPerson, Reference
from archive.ingest.transcripts import find_turns

QUESTIONS = (
    "问：日美同盟今后如何发展？\n\n答：日美同盟是我国安全的基石。\n\n"
    "问：下次会谈何时举行？\n\n答：目前正在协调。"
)


@pytest.fixture(scope="module")
def index():
    japan = KnownOffice("Minister of Defense", "defense", "Japan", date(2020, 1, 1), None)
    us = KnownOffice("Secretary of Defense", "defense", "United States", date(2020, 1, 1), None)
    yamada = KnownPerson("hanako-yamada", "Hanako Yamada", "Japan", ("山田花子",), (japan,))
    reed = KnownPerson("tom-reed", "Tom Reed", "United States", ("里德",), (us,))
    return Reference(people=(yamada, reed)).index


def answerers(body, index):
    mentions, _ = find_people(body, index)
    hits = find_turns(body, index, mentions)
    return [hit.speaker_slug for hit in hits if hit.text.startswith(("日美同盟是", "目前"))]


@pytest.mark.parametrize(
    "opening",
    [
        "山田花子防卫大臣与美国国防部长里德会谈后举行记者会见。\n\n",
        "山田花子防卫大臣和里德国防部长会谈后举行记者会见。\n\n",
        "山田花子防卫大臣举行记者会见。\n\n",
    ],
)
def test_the_host_answers_and_the_partner_named_in_chinese_does_not(index, opening):
    assert answerers(opening + QUESTIONS, index) == ["hanako-yamada", "hanako-yamada"]

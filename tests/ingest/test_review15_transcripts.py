"""Review of 2b7d729 (transcripts._not_partners: a name the opening of a Q&A record marks
with a partner's or an object's particle no longer answers). "に" and "を" also follow the
host in ordinary openings: "山田花子防衛大臣を囲む記者会見" (a press conference with the
minister), "山田花子防衛大臣にお越しいただきました" (the minister has come); the record's
only named person then answers nothing. Invented texts and people."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.reference import KnownOffice, KnownPerson, Reference
from archive.ingest.transcripts import find_turns


@pytest.fixture(scope="module")
def index():
    office = KnownOffice("Minister of Defense", "defense", "Japan", date(2020, 1, 1), None)
    yamada = KnownPerson("hanako-yamada", "Hanako Yamada", "Japan", ("山田花子",), (office,))
    return Reference(people=(yamada,)).index


QUESTIONS = (
    "Q:日米同盟の今後についてどのようにお考えでしょうか。\n\n"
    "A:日米同盟は我が国の安全保障の基軸であると考えております。\n\n"
    "Q:次の会談の時期についてお聞かせください。\n\n"
    "A:現在調整中でございます。"
)


def answerers(body, index):
    mentions, _ = find_people(body, index)
    hits = find_turns(body, index, mentions)
    return [hit.speaker_slug for hit in hits if hit.text.startswith(("日米同盟は", "現在"))]


@pytest.mark.parametrize(
    "opening",
    [
        "山田花子防衛大臣を囲む記者会見\n\n",
        "山田花子防衛大臣にお越しいただきました。\n\n",
        "それでは、山田花子防衛大臣に御発言をお願いいたします。\n\n",
    ],
)
def test_the_host_named_with_an_object_particle_still_answers(index, opening):
    assert answerers(opening + QUESTIONS, index) == ["hanako-yamada", "hanako-yamada"]


def test_the_host_named_as_topic_answers(index):
    opening = "山田花子防衛大臣は記者団の質問に答えた。\n\n"
    assert answerers(opening + QUESTIONS, index) == ["hanako-yamada", "hanako-yamada"]

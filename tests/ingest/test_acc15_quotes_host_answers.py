"""Issue 11: a press conference whose headline names its host ("Press Conference by Prime
Minister X") printed with no speaker labels, each answer under a bracketed line summing up
the question ("(On the aims of the visit …)", "（訪米の狙いについて）"): the answer's first
sentence is the host's turn. Invented texts and people."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.reference import KnownOffice, KnownPerson, Reference
from archive.ingest.transcripts import read_turns


@pytest.fixture(scope="module")
def index():
    office = KnownOffice("Prime Minister", "head_of_government", "Japan", date(2020, 1, 1), None)
    yamada = KnownPerson("taro-yamada", "Taro Yamada", "Japan", ("山田太郎",), (office,))
    return Reference(people=(yamada,)).index


TITLE = "Press Conference by Prime Minister Yamada regarding His Visit"
ON = date(2023, 5, 1)


def turns(body, index, title=TITLE):
    mentions, _ = find_people(body, index)
    found = read_turns(body, index, mentions, joint=(title, ON))
    return [(hit.speaker_slug, hit.text) for hit, _ in found]


@pytest.mark.parametrize(
    "summary, answer, first",
    [
        (
            "(On the aims of the Prime Minister's visit to the United States)",
            "First, I will visit Washington next week. The alliance matters.",
            "First, I will visit Washington next week.",
        ),
        (
            "（訪米の狙いについて）",
            "まず、来週ワシントンを訪問いたします。同盟は重要です。",
            "まず、来週ワシントンを訪問いたします。",
        ),
    ],
)
def test_the_answer_under_a_question_summary_is_the_hosts(index, summary, answer, first):
    body = f"[Provisional translation]\n\n{summary}\n\n{answer}"
    assert turns(body, index) == [("taro-yamada", first)]


def test_without_a_host_in_the_headline_no_turn(index):
    body = "(On the aims of the visit)\n\nFirst, I will visit Washington next week."
    assert turns(body, index, title="Visit to the United States") == []


def test_a_bracketed_aside_that_sums_up_no_question_is_no_turn(index):
    body = "(Photo: the Prime Minister in Washington)\n\nFirst, I will visit Washington."
    assert turns(body, index) == []

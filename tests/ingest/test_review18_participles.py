"""Review of e77464a (participle_speakers: a quote after ", saying", ", warning", … is the
words of the known person opening the sentence). The participle closes the clause just
before it, and in ordinary news English that is often a subordinate clause with its own
subject ("… a day after China's foreign ministry protested the visit, saying “…”", "… as
state media attacked the alliance, warning “…”"): the words are that subject's, yet the
rule gives them to the leader opening the sentence. Before the commit nobody was named.
People and texts are made up."""

from __future__ import annotations

import pytest

from archive.ingest.reference import Reference
from tests.ingest.invented_people import PRESIDENT_DUNMORE, PRIME_MINISTER_YAMADA
from tests.ingest.invented_people import speaker_of_words as said

YAMADA, DUNMORE = PRIME_MINISTER_YAMADA, PRESIDENT_DUNMORE


@pytest.fixture(scope="module")
def index():
    return Reference(people=(YAMADA, DUNMORE)).index


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            "Dunmore met Yamada a day after China's foreign ministry protested the visit, "
            "saying “This harms regional peace and stability.”",
            "This harms regional peace and stability.",
        ),
        (
            "Dunmore arrived in Tokyo on Monday as Chinese state media attacked the alliance, "
            "warning “Washington is stirring up trouble in Asia.”",
            "Washington is stirring up trouble in Asia.",
        ),
        (
            "Yamada flew to Washington after North Korea's foreign ministry condemned the "
            "summit, saying “The talks are a rehearsal for war.”",
            "The talks are a rehearsal for war.",
        ),
    ],
)
def test_a_participle_after_another_subjects_clause_is_not_the_leaders(index, body, words):
    assert said(body, index).get(words) is None


def test_control_the_opening_subjects_participle_is_read(index):
    body = "Dunmore thanked Yamada for his hospitality, saying “We are true friends and partners.”"
    assert said(body, index)["We are true friends and partners."] == "walter-dunmore"


# quote_subjects._subject_before_quote (same commit): a quote opening its own sentence with
# a subjectless verb after it ("“…”, declaró.") takes the *first* known person of the
# sentence before, which is not its subject when an opening phrase names someone else.
@pytest.mark.parametrize(
    "opening",
    [
        "Con Yamada a su lado, Dunmore defendió la alianza.",
        "Ante Yamada, Dunmore defendió la alianza.",
        "Al recibir a Yamada en la Casa Blanca, Dunmore defendió la alianza.",
    ],
)
def test_a_name_in_an_opening_phrase_is_not_the_subject(index, opening):
    body = f"{opening} “Somos amigos de verdad”, declaró."
    assert said(body, index).get("Somos amigos de verdad") in (None, "walter-dunmore")

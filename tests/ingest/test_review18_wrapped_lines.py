"""Review of 8114a1d (quote_introducers._saying_after_quotes: a paragraph ending, after its
own quote, in a verb of saying and a comma or colon introduces the quote below as the words
of its last sentence's opening subject). The verb's subject is often a second clause's
own ("Dunmore called Yamada “…,” and Yamada said:", "… dan Yamada mengatakan,"): the
words below are Yamada's, yet go to the sentence's opener. Before the commit no quote was
given to anyone. People and texts are made up."""

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
            "Dunmore called Yamada “a great friend of America,” and Yamada said:\n\n"
            "“The alliance has never been stronger.”",
            "The alliance has never been stronger.",
        ),
        (
            "Dunmore menyebut Yamada sebagai “sahabat yang luar biasa,” dan Yamada "
            "mengatakan,\n\n“Aliansi kami tidak pernah sekuat ini.”",
            "Aliansi kami tidak pernah sekuat ini.",
        ),
    ],
)
def test_the_quote_below_is_the_second_clauses_subjects(index, body, words):
    assert said(body, index).get(words) in (None, "taro-yamada")


def test_control_a_quote_wrapped_before_its_speaker_is_read(index):
    body = "“We will stand together,”\n\nsaid Dunmore. “The alliance is strong.”"
    assert said(body, index)["The alliance is strong."] == "walter-dunmore"

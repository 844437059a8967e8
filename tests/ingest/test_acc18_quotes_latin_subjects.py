"""Issue 11, subjects the Latin-script quote shapes missed (session 18):
- a participle of saying closing the main clause ("Yamada praised the plan on Monday,
  saying “…”", "Yamada cerró su discurso, asegurando que “…”"): the sentence's opening
  subject speaks, not the last name before the participle; a sentence opening with no
  known person ("The ministry protested, saying “…”") gives no one (nor a participle
  after a subordinate clause: test_review18_participles);
- a verb with no subject after a quote ("“…”, declaró durante el encuentro.") when no one
  was quoted before: the first person of the sentence before in the same paragraph (the
  words before the quote are that sentence);
- a relative aside of up to 120 characters between the name and the verb ("Yamada, que
  asumió el cargo hace pocos días como … de Japón, respondió que “…”").
People and texts are made up."""

import pytest

from archive.ingest.reference import Reference
from tests.ingest.invented_people import TARO_YAMADA, WALTER_DUNMORE
from tests.ingest.invented_people import speaker_of_words as said


@pytest.fixture(scope="module")
def index():
    return Reference(people=(TARO_YAMADA, WALTER_DUNMORE)).index


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            "Taro Yamada thanked Walter Dunmore for the visit on Monday, saying, "
            "“This is a new chapter for us.”",
            "This is a new chapter for us.",
        ),
        (
            "Taro Yamada commented on the base plan on Friday, stating, "
            '"It is not a burden; it is an investment," and left for Tokyo.',
            "It is not a burden; it is an investment",
        ),
        (
            "Taro Yamada cerró su discurso ante Walter Dunmore, asegurando que "
            "“la alianza es más fuerte que nunca”.",
            "la alianza es más fuerte que nunca",
        ),
    ],
)
def test_a_participle_of_saying_is_the_sentences_subjects(index, body, words):
    assert said(body, index)[words] == "taro-yamada"


def test_a_participle_after_no_known_subject_names_no_one(index):
    body = (
        "The ministry protested against the plan of Walter Dunmore, saying, "
        "“This decision was made without any consultation with us at all.”"
    )
    assert (
        said(body, index)["This decision was made without any consultation with us at all."] is None
    )


def test_no_subject_after_the_quote_is_the_sentence_befores_first_person(index):
    body = (
        "Taro Yamada, quien llegó el lunes a Washington, destacó que su gobierno busca una "
        "etapa de mayor prosperidad. “Queremos construir una nueva era”, declaró durante "
        "el encuentro."
    )
    assert said(body, index)["Queremos construir una nueva era"] == "taro-yamada"


def test_a_long_relative_aside_before_the_verb(index):
    body = (
        "Taro Yamada, que asumió el cargo hace pocos días como el primer ministro más joven "
        "en ocupar el puesto de primer ministro de Japón, respondió que su gobierno quiere "
        "“realizar una nueva era dorada de la alianza”."
    )
    assert said(body, index)["realizar una nueva era dorada de la alianza"] == "taro-yamada"

"""Issue 11, a sentence the stored text wraps onto the next line around a quote (session
18): a quote ending its paragraph with a comma inside its closing mark, the next paragraph
opening in lower case with its attribution ("“…,”" / "ungkap Yamada. “…”"), is read as
"“…,” ungkap Yamada", and a later quote of that paragraph is the same speaker's; a
paragraph ending in a verb of saying and a comma after its own quote ("… sebagai “…,” dan
mengatakan,") introduces the quote below as its opening subject's. A quote ending in a
full stop, or a next paragraph opening a new sentence, is left as it was. People and
texts are made up."""

import pytest

from archive.ingest.reference import Reference
from tests.ingest.invented_people import TARO_YAMADA, WALTER_DUNMORE
from tests.ingest.invented_people import speaker_of_words as said


@pytest.fixture(scope="module")
def index():
    return Reference(people=(TARO_YAMADA, WALTER_DUNMORE)).index


WRAPPED = (
    "Taro Yamada bertemu Walter Dunmore di Tokyo. “Saya pikir dia akan menjadi mitra yang "
    "hebat bagi kami semua di kawasan ini,”\n\n"
    "ungkap Yamada. “Kami akan bekerja sama erat untuk perdamaian di kawasan.”"
)


def test_the_attribution_on_the_next_line_names_both_quotes(index):
    found = said(WRAPPED, index)
    assert found["Saya pikir dia akan menjadi mitra yang hebat bagi kami semua di kawasan ini"] == (
        "taro-yamada"
    )
    assert found["Kami akan bekerja sama erat untuk perdamaian di kawasan."] == "taro-yamada"


def test_a_quote_ending_its_sentence_takes_nothing_from_the_next_line(index):
    body = WRAPPED.replace("kawasan ini,”", "kawasan ini.”").replace("ungkap Yamada.", "lalu.")
    assert (
        said(body, index)[
            "Saya pikir dia akan menjadi mitra yang hebat bagi kami semua di kawasan ini."
        ]
        is None
    )


def test_a_verb_of_saying_ending_the_paragraph_above_after_its_quote(index):
    body = (
        "Walter Dunmore membalas dengan menyebut Yamada sebagai “teman baru yang luar "
        "biasa,” dan mengatakan,\n\n"
        "“Saya selalu menghormati Jepang. Ini akan menjadi hubungan yang lebih kuat.”"
    )
    words = "Saya selalu menghormati Jepang. Ini akan menjadi hubungan yang lebih kuat."
    assert said(body, index)[words] == "walter-dunmore"

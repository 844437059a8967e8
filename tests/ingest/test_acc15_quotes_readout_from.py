"""Issue 11: a Japanese readout's "Xから「…」" with no speech verb after the quote (the
excerpt cut off there, or the sentence closing on the quote): から marks who spoke.
Invented texts and people."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes
from archive.ingest.reference import KnownOffice, KnownPerson, Reference


@pytest.fixture(scope="module")
def index():
    def person(slug, name, country, aliases, post):
        office = KnownOffice("Leader", post, country, date(2020, 1, 1), date(2024, 1, 1))
        return KnownPerson(slug, name, country, aliases, (office,))

    return Reference(
        people=(
            person(
                "taro-yamada", "Taro Yamada", "Japan", ("山田太郎", "山田"), "head_of_government"
            ),
            person(
                "ivan-petrov",
                "Ivan Petrov",
                "Russia",
                ("イワン・ペトロフ", "ペトロフ"),
                "head_of_state",
            ),
        )
    ).index


def quotes(body, index):
    mentions, _ = find_people(body, index)
    return [(hit.speaker_slug, hit.text) for hit in find_quotes(body, mentions, index=index)]


CUT = "解決策を見出すことに関心があり、このための作業を続けてい"


@pytest.mark.parametrize(
    "body",
    [
        "会談では、山田太郎総理から「平和条約の締結が不可欠である。」と述べたのに対し、"
        f"イワン・ペトロフ大統領から「{CUT}",
        f"会談では、イワン・ペトロフ大統領から「{CUT}る」。",
    ],
)
def test_the_one_marked_by_kara_says_a_quote_with_no_verb(index, body):
    assert quotes(body, index)[-1] == ("ivan-petrov", CUT + ("る" if body.endswith("。") else ""))


def test_a_name_marked_by_kara_further_before_is_not_the_speaker(index):
    body = f"会談後、イワン・ペトロフ大統領から届いた書簡には「{CUT}る」。"
    assert quotes(body, index) == [(None, CUT + "る")]


LONG = "国際社会での日米関係の重要性について、首脳同士で率直にお話ししました。今後とも"


def test_a_quote_the_texts_end_cuts_off_is_its_sentences_subjects(index):
    body = f"会談後の会見の冒頭、山田太郎総理は、「{LONG}"
    assert quotes(body, index) == [("taro-yamada", LONG)]


def test_a_closed_quote_with_no_verb_is_not_the_subjects_by_that_rule(index):
    body = f"会談後の会見の冒頭、山田太郎総理は、「{LONG}」"
    assert quotes(body, index) == [(None, LONG)]

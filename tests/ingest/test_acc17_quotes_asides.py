"""Issue 11, an aside between a speaker and the speech verb (session 17): besides a
relative clause ("Yamada, who took office in May, said …"), a participle or a phrase of
time or place stands between commas ("Yamada, speaking after Dunmore, said the ties are
a “…”", "Yamada, en una visita a Tokio, dijo que …", "Yamada, usai pertemuan, mengatakan
…"): the quote is still the subject's, and the "he said" after it stands for him. A list
of names or places ("Tokyo, Seoul, said") is no aside: its opening word is capitalised.
People and texts are made up."""

import pytest

from archive.ingest.reference import Reference
from tests.ingest.invented_people import TARO_YAMADA, WALTER_DUNMORE, quote_speakers
from tests.ingest.invented_people import speaker_of_words as said

FIRST = "“We welcome the new plan for the bases,” Walter Dunmore said on Monday.\n\n"


@pytest.fixture(scope="module")
def index():
    return Reference(people=(TARO_YAMADA, WALTER_DUNMORE)).index


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            FIRST + "Taro Yamada, speaking after Dunmore, said the new plan was "
            "“a sign of the trust between our two countries.”",
            "a sign of the trust between our two countries.",
        ),
        (
            FIRST + "Taro Yamada, in a statement issued in Tokyo, said the plan "
            "“will keep the region safe for many years to come.”",
            "will keep the region safe for many years to come.",
        ),
        (
            FIRST + "Taro Yamada, en una visita a Washington en mayo, dijo que "
            "“la alianza es más fuerte que nunca en su larga historia”.",
            "la alianza es más fuerte que nunca en su larga historia",
        ),
        (
            FIRST + "Taro Yamada, usai pertemuan di Tokyo, mengatakan "
            "“aliansi kami lebih kuat dari sebelumnya dalam sejarah panjangnya.”",
            "aliansi kami lebih kuat dari sebelumnya dalam sejarah panjangnya.",
        ),
    ],
)
def test_a_speaker_with_an_aside_before_the_verb_says_the_quote(index, body, words):
    assert said(body, index)[words] == "taro-yamada"


def test_he_after_the_aside_speaker_is_that_speaker(index):
    body = (
        FIRST + "Taro Yamada, speaking after Dunmore, said the ties are a “model for the "
        "region and the world.” “Japan will do its part for the alliance,” he said."
    )
    assert said(body, index)["Japan will do its part for the alliance"] == "taro-yamada"


def test_a_list_of_places_before_the_verb_is_no_aside(index):
    body = (
        FIRST + "Officials in Tokyo, Seoul, Canberra and Manila said on Tuesday that the plan "
        "“would take years to finish and would need new money from every partner.”"
    )
    assert quote_speakers(body, index) == ["walter-dunmore", None]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            FIRST + "Secretary of Defense Walter Dunmore, speaking after the talks, said the plan "
            "“will make the alliance stronger in every way we can measure.”",
            "will make the alliance stronger in every way we can measure.",
        ),
        (
            FIRST + "El ministro de Defensa Taro Yamada, en una visita a Washington, dijo que "
            "“la alianza es más fuerte que nunca en su larga historia”.",
            "la alianza es más fuerte que nunca en su larga historia",
        ),
    ],
)
def test_a_titles_of_still_opens_the_speakers_name(index, body, words):
    speaker = said(body, index)[words]
    assert speaker == ("walter-dunmore" if "Dunmore," in body else "taro-yamada")

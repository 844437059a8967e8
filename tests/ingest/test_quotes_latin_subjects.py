"""Speakers of quotes in English, Indonesian and Spanish (issue 11): a relative clause
between the name and its verb ("Kamikawa, yang baru saja dilantik, mengatakan…"), a
surname alone before the name in full ("“…,” ungkap Kishida." above "Fumio Kishida…"), and
the alliance's slogan in quotes, a name and no one's words. Invented texts."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.quote_names import is_a_slogan
from archive.ingest.quotes import find_quotes

DAY = date(2022, 6, 1)


def quotes_of(body, ref):
    mentions, _ = find_people(body, ref.index)
    found = find_quotes(body, mentions, index=ref.index, on=DAY)
    return [(hit.speaker_slug, hit.text) for hit in found]


@pytest.mark.parametrize(
    "sentence",
    [
        "Yoshimasa Hayashi, yang baru saja tiba, mengatakan pada hari Kamis bahwa "
        "kementeriannya mengamati pertemuan itu “dengan hati-hati dan penuh perhatian.”",
        "Yoshimasa Hayashi, who arrived on Wednesday, said on Thursday that his ministry was "
        "watching the meeting “carefully and attentively.”",
    ],
)
def test_a_relative_clause_between_the_name_and_its_verb(ref, sentence):
    assert quotes_of(sentence, ref) == [
        ("yoshimasa-hayashi", sentence[sentence.index("“") + 1 : -1])
    ]


def test_a_surname_before_the_name_in_full_is_that_person(ref):
    body = (
        "“Hubungan kita sangat penting bagi perdamaian dan stabilitas kawasan,” ungkap "
        "Hayashi dalam konferensi pers.\n\n"
        "Menteri Luar Negeri Jepang Yoshimasa Hayashi bertemu dengan rekannya."
    )
    assert quotes_of(body, ref)[0][0] == "yoshimasa-hayashi"


def test_a_surname_no_one_in_the_report_bears_stays_as_printed(ref):
    body = "“Hubungan kita sangat penting bagi perdamaian dan stabilitas,” ungkap Hayashi."
    assert quotes_of(body, ref)[0][0] is None


@pytest.mark.parametrize(
    "text, slogan",
    [
        ("Indo-Pasifik yang bebas dan terbuka.", True),
        ("a free and open Indo-Pacific", True),
        ("un Indo-Pacífico libre y abierto", True),
        ("We believe in a free and open Indo-Pacific", False),
        ("free and open trade", False),
    ],
)
def test_the_alliances_slogan_is_a_name(text, slogan):
    assert is_a_slogan(text) is slogan


def test_the_slogan_in_quotes_after_a_speech_verb_is_no_quote(ref):
    body = (
        "Yoshimasa Hayashi mengatakan, pertemuan itu menunjukkan tekad di antara empat negara "
        "untuk “Indo-Pasifik yang bebas dan terbuka.”"
    )
    assert quotes_of(body, ref) == []

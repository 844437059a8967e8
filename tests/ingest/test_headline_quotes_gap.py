"""A Korean headline's opening surname says its closing quote only when the words between
are where or as what the words were said (a place, a country, a title, a speech noun:
"기시다 워싱턴 연설 “…”"), never an act on that person ("기시다 겨냥 “…”", aimed at
Kishida; "기시다 비판", criticizing him) or a time clause ("바이든 방일 앞두고 “…”",
before Biden's visit) (issue 11, the review of feab163). Invented headlines."""

from datetime import date

import pytest

from archive.ingest.headline_quotes import headline_quotes
from archive.ingest.people import find_people

ON = date(2024, 4, 12)
QUOTE = "“내정 간섭 중단하라”"


def read(ref, title):
    people = find_people(title, ref.index)[0]
    found = headline_quotes(title, people, [], index=ref.index, on=ON)
    return [(q.speaker_slug, q.text) for q in found]


@pytest.mark.parametrize(
    "opening",
    [
        "기시다 겨냥",
        "기시다 비판",
        "기시다 규탄",
        "바이든 방일 앞두고",
        "기시다 비판 연설",
        "바이든 방한 이후",
    ],
)
def test_no_speaker_when_the_words_between_act_on_the_name_or_tell_a_time(ref, opening):
    assert read(ref, f"{opening} {QUOTE}") == [(None, "내정 간섭 중단하라")]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("기시다 뉴욕서 기자회견", "fumio-kishida"),
        ("바이든 의회 연설,", "joe-biden"),
        ("바이든 미 대통령", "joe-biden"),
        ("기시다 인터뷰", "fumio-kishida"),
    ],
)
def test_a_place_title_or_speech_noun_between_keeps_the_speaker(ref, opening, speaker):
    assert read(ref, f"{opening} {QUOTE}") == [(speaker, "내정 간섭 중단하라")]

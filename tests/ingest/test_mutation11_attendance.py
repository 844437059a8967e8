"""The attendance words of a sentence, found once (attendance.Attendance), answer a search
from any position as searching the sentence again would, a position inside the words
themselves included (issue 11's seed-20261212 mutation sample, Attendance.first_from: no
test started a search inside them). Invented sentences."""

import pytest

from archive.ingest.attendance import ATTENDED, Attendance

SENTENCES = [
    "日本側から山田外務大臣ほかが同席しました。",
    "また、鈴木大臣らが出席した。",
    "회담에는 김 장관 등이 배석했다.",
    "Also present were Jane Roe and Pat Doe.",
    "Officials were in attendance, and others were also present.",
]


def _span(match):
    return None if match is None else match.span()


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_search_from_any_position_answers_as_searching_again(sentence):
    found = Attendance(sentence, 0, len(sentence))
    for at in range(len(sentence) + 1):
        expected = ATTENDED.search(sentence, at, len(sentence))
        assert _span(found.first_from(at)) == _span(expected), at


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_search_from_inside_the_words_finds_none_begun_before_it(sentence):
    found = Attendance(sentence, 0, len(sentence))
    words = found.matches[-1]
    inside = words.start() + 1
    assert inside < words.end()
    # The words found run across the position: they are not found from it.
    assert found.first_from(inside) is None

"""A Korean headline opened by its subject's surname, up to two short words and a title
before the quote that ends it ("기시다 워싱턴 연설 “…”", "하야시 일 외상, “…”"): the quote
is the one known person's of that surname (issue 11). Invented headlines."""

from datetime import date

import pytest

from archive.ingest.headline_quotes import headline_quotes
from archive.ingest.people import find_people

ON = date(2024, 4, 12)


def read(ref, title):
    people = find_people(title, ref.index)[0]
    found = headline_quotes(title, people, [], index=ref.index, on=ON)
    return [(q.speaker_slug, q.text) for q in found]


@pytest.mark.parametrize(
    "title",
    [
        "기시다 워싱턴 연설 “미일, 가장 가까운 친구”",
        "기시다 의회 연설, “미일, 가장 가까운 친구”",
        "기시다 일 총리, “미일, 가장 가까운 친구”",
        "블링컨 도쿄 회견 “미일, 가장 가까운 친구”",
    ],
)
def test_the_surname_opening_the_headline_says_its_closing_quote(ref, title):
    speaker = "antony-blinken" if title.startswith("블링컨") else "fumio-kishida"
    assert read(ref, title) == [(speaker, "미일, 가장 가까운 친구")]


@pytest.mark.parametrize(
    "title",
    [
        # Three words between: a headline of its own before the quote, not a subject's.
        "기시다 방미 일정 마무리 “미일, 가장 가까운 친구”",
        # The surname joined to a particle: whom the words were said to.
        "기시다에 “미일, 가장 가까운 친구”",
    ],
)
def test_no_speaker_when_the_opening_surname_is_not_the_quotes_subject(ref, title):
    assert read(ref, title) == [(None, "미일, 가장 가까운 친구")]

"""A leaders' meeting named by its countries ("Japan-U.S.-Australia" and "the three
leaders", "日米豪" and "3首脳", "미일호" and "세 정상"): each country's leader that day
counts as mentioned (roles.leaders_mentions). Invented reports."""

from datetime import date

import pytest

from archive.ingest.roles import leaders_mentions, title_only_mentions

ON = date(2022, 1, 21)
LEADERS = {"fumio-kishida", "joe-biden", "scott-morrison"}


@pytest.mark.parametrize(
    "body",
    [
        "The Japan-U.S.-Australia summit was held by video. The three leaders affirmed their"
        " cooperation.",
        "Japan–U.S.–Australia cooperation is essential. The three leaders welcomed it.",
        "日米豪の協力について、3首脳は意見交換を行った。",
        "미일호 3국 협력에 대해 세 정상은 의견을 교환했습니다.",
    ],
)
def test_the_counted_leaders_of_the_named_countries_are_each_countrys_leader(ref, body):
    found = leaders_mentions(body, ON, ref.index)
    assert {m.slug for m in found} == LEADERS
    assert all(body[m.start : m.end] == m.form for m in found)


@pytest.mark.parametrize(
    "body",
    [
        # As many countries as leaders, or nobody.
        "Japan-U.S. relations are strong. The three leaders met in Tokyo.",
        # A meeting's name, not its people (often a past summit's).
        "They recalled the Japan-U.S.-Australia three leaders' summit.",
        "日米豪の3首脳会談の成果を確認した。",
        "지난해 미일호 3국 정상회담을 상기했습니다.",
        # Two leaders of a ministers' report are often a past summit's.
        "Japan-U.S. ministers met. Both leaders had agreed in April.",
    ],
)
def test_no_leaders_without_a_count_matching_the_countries(ref, body):
    assert leaders_mentions(body, ON, ref.index) == []


def test_no_leaders_without_a_date_and_they_count_as_title_only_mentions(ref):
    body = "Japan-U.S.-Australia cooperation. The three leaders met."
    assert leaders_mentions(body, None, ref.index) == []
    assert {m.slug for m in title_only_mentions(body, [], ON, ref.index)} == LEADERS

"""Review of 055e955 (meeting_honours: a state or official visit the text speaks of is
+0.10 in an undated report for the meeting whose title says it was one). The words are
read anywhere in the opening, whoever the visit is of and whatever the sentence says of
it, so a report on a working summit that names the building the leaders met in ("the
State Guest House", the Akasaka palace where most Tokyo summits are held), another
leader's state visit ("days after Xi's state visit to Moscow", "시진핑 주석의 러시아 국빈
방문"), a visit it says this one was not ("a working visit, not a state visit") or a past
one it dates the meeting from ("months after the state visit") links the
leaders' visit of honours instead of nothing. At b90b6db each of these linked nothing.
Invented meetings and text."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest.invented_meetings import leaders_linked, leaders_summit

# Two Tokyo summits of the same leaders, a Tuesday and a Thursday: the text's "on Tuesday"
# alone leads by less than the margin, so the honours' points decide the link.
HONOURED = leaders_summit(
    "summit-honoured",
    "Japan–U.S. Summit Meeting (State Visit)",
    date(2023, 10, 17),
    "Tokyo",
    "Japan",
)
WORKING = leaders_summit(
    "summit-working", "Japan–U.S. Summit Meeting", date(2022, 3, 10), "Tokyo", "Japan"
)

OPENING = (
    "President Joe Biden and Prime Minister Fumio Kishida held a summit in Tokyo on Tuesday{}."
)
REST = "\nThe two leaders spoke of the region's supply chains and of deterrence."


def _linked(body: str) -> list[str]:
    return leaders_linked(body, (HONOURED, WORKING))


def test_guard_a_summit_without_words_of_honours_links_neither():
    """The weekday alone leads by too little: nothing is linked (at b90b6db and HEAD)."""
    assert _linked(OPENING.format("") + REST) == []


def test_guard_the_report_of_a_state_visit_links_the_visit_of_honours():
    """What the rule is for (passes at HEAD)."""
    assert _linked(OPENING.format(" during a state visit") + REST) == ["summit-honoured"]


NOT_THIS_VISIT = {
    # The building, not the kind of visit: most Tokyo summits, working ones included, are
    # held at the Akasaka State Guest House.
    "guest house": " at the Akasaka State Guest House",
    # Another leader's visit of honours, named as the news of the week.
    "another leader": ", a week after Chinese President Xi Jinping's state visit to Moscow",
    # A visit the sentence says this one is not.
    "negated": ", a working visit and not a state visit, officials said",
    # A past visit the meeting is dated from: this one is another.
    "since": ", months after the state visit",
}


@pytest.mark.parametrize("words", NOT_THIS_VISIT.values(), ids=NOT_THIS_VISIT.keys())
def test_words_of_honours_that_say_nothing_of_this_visit_link_nothing(words):
    assert _linked(OPENING.format(words) + REST) == []


OTHER_LEADERS_CJK = {
    "ja": "バイデン大統領と岸田文雄首相は火曜日、東京で首脳会談を行った。中国の習近平国家主席が"
    "ロシアを国賓として訪問した翌週の会談となった。\n両首脳は抑止力について協議した。",
    "ko": "바이든 대통령과 기시다 후미오 총리는 화요일 도쿄에서 정상회담을 했다. "
    "시진핑 중국 국가주석의 러시아 국빈 방문 이튿날이었다.\n두 정상은 억지력을 논의했다.",
    "zh": "拜登总统与岸田文雄首相周二在东京举行会谈。此前一周，中国国家主席习近平对俄罗斯进行了"
    "国事访问。\n两国领导人讨论了威慑问题。",
}


@pytest.mark.parametrize("body", OTHER_LEADERS_CJK.values(), ids=OTHER_LEADERS_CJK.keys())
def test_another_leaders_state_visit_in_cjk_links_nothing(body):
    assert _linked(body) == []

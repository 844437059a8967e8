"""A visit the text places in another month or year ("다음달 … 트럼프 대통령의 일본
국빈방문", "来月の訪日", "next month, he will be visiting Japan") is another meeting's:
it says nothing of where the meeting the report covers was held (issue 11). Invented
texts; the reference's Trump–Abe summits of 26 April 2019 (Washington) and 27 May 2019
(Tokyo, the state visit)."""

from __future__ import annotations

import pytest
from django.utils.text import slugify

from archive.ingest.meeting_visits import another_time, visited_countries
from archive.ingest.meetings import suggest_meetings
from archive.ingest.prefilter import fold
from tests.ingest.test_meeting_matching import full_reference


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("두 정상은 다음달 트럼프 대통령의 일본 국빈방문 일정을 협의했다.", set()),
        ("두 정상은 트럼프 대통령의 일본 국빈방문 일정을 협의했다.", {"Japan"}),
        ("来月の訪日について話し合った。", set()),
        ("訪日中のトランプ大統領は", {"Japan"}),
        ("明年访日", set()),
        ("Next month, he will be visiting Japan again.", set()),
        ("He said it last year. He is visiting Japan now.", {"Japan"}),  # another sentence
        ("Kishida made a visit to the United States last month.", {"United States"}),
        ("El año pasado hizo una visita a Japón.", set()),
        ("Bulan depan, ia melakukan kunjungan ke Jepang.", set()),
        ("지난해 일본을 방문한 바 있다.", set()),
        # A marker in a clause of its own before the visit's is not the visit's time.
        (
            "President Biden, who took office last year, is on his first visit to Japan.",
            {"Japan"},
        ),
        ("Biden, whose approval fell last year, is visiting Japan this week.", {"Japan"}),
        ("昨年就任したバイデン大統領は、就任後初の訪日で岸田首相と会談した。", {"Japan"}),
        ("El año pasado, en Tokio, hizo una visita a Japón.", set()),
    ],
)
def test_a_visit_of_another_month_or_year_is_not_the_meetings(text, countries):
    assert visited_countries(fold(text)) == countries


def test_the_marker_is_read_in_the_visits_sentence_only():
    folded = fold("지난달 회담했다.\n아베 총리는 미국을 방문해")
    assert not another_time(folded, folded.index("미국"))
    folded = fold("아베 총리는 다음달 미국을 방문해")
    assert another_time(folded, folded.index("미국"))


def _reasons(body: str, slug: str) -> list[str]:
    suggestions, _ = suggest_meetings(
        index=full_reference().index,
        body=body,
        people={slugify("Donald Trump"), slugify("Shinzo Abe")},
        limit=400,
    )
    return next(s.reasons for s in suggestions if s.slug == slug)


def test_next_months_state_visit_places_no_meeting_in_japan():
    lead = "아베 총리와 트럼프 대통령은 26일 정상회담을 가졌습니다.\n두 정상은 "
    visit = "the text speaks of a visit to Japan, where it was held"
    later = lead + "다음달 트럼프 대통령의 일본 국빈방문 일정에 대해서도 협의했습니다."
    assert visit not in _reasons(later, "summit-2019-05-27")
    now = lead + "트럼프 대통령의 일본 국빈방문 일정에 대해서도 협의했습니다."
    assert visit in _reasons(now, "summit-2019-05-27")

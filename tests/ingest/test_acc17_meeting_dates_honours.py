"""A report without a date of its own that speaks of a state or official visit ("a state
visit", "国賓として", "국빈 방문", "una visita oficial") tells the leaders' visit of honours
from their other meetings in the same city: the meeting whose title says it was one
(`meeting_honours`). Not a visit still to come or offered ("will pay a state visit",
"invited him for a state visit"), an "official working visit", a visit the sentence
places in another year, nor in a report with a date of its own. Invented meetings and
text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from archive.ingest import prefilter
from archive.ingest.meeting_honours import ANY_YEAR, honoured_visit
from archive.ingest.meetings import suggest_meetings
from tests.ingest.invented_meetings import LEADERS, leaders_linked, leaders_summit
from tests.ingest.reference_data import seed_reference

# A Thursday and a Tuesday: the text's "on Tuesday" alone leads by less than the margin.
WORKING = leaders_summit("summit-working", "Japan–U.S. Summit Meeting", date(2022, 3, 10))
HONOURED = leaders_summit(
    "summit-honoured", "Japan–U.S. Summit Meeting (State Visit)", date(2023, 10, 17)
)

ENGLISH = (
    "President Joe Biden welcomed Prime Minister Fumio Kishida to the White House in"
    " Washington on Tuesday for a state visit, and the two leaders held a summit on trade and"
    " security.\nThey also spoke of the region's supply chains."
)


def _linked(body: str, published: date | None = None) -> list[str]:
    return leaders_linked(body, (WORKING, HONOURED), published)


def _years(text: str) -> frozenset[int]:
    return honoured_visit(prefilter.fold(text))


def test_an_undated_report_of_a_state_visit_links_the_meeting_titled_one():
    assert _linked(ENGLISH) == ["summit-honoured"]


def test_without_the_visit_s_honours_the_weekday_alone_links_nothing():
    assert _linked(ENGLISH.replace(" for a state visit", "")) == []


def test_the_words_of_honours_in_each_language():
    for text in (
        "岸田総理大臣は国賓としてワシントンを訪れ、バイデン大統領と首脳会談を行った。",
        "기시다 총리는 워싱턴을 국빈 방문해 바이든 대통령과 정상회담을 했다.",
        "Kishida llegó a Washington en una visita oficial y se reunió con Biden.",
        "Kishida tiba di Washington untuk kunjungan kenegaraan dan bertemu Biden.",
        "岸田首相对美国进行国事访问，与拜登总统举行会谈。",
        "Biden hosted a state dinner for the prime minister at the White House.",
    ):
        assert _years(text) == {ANY_YEAR}, text


def test_a_visit_still_to_come_or_offered_is_another_meeting_s():
    for text in (
        "Biden said the prime minister will pay a state visit to Washington next spring.",
        "Kishida said he had been invited by U.S. President Biden for a state visit.",
        "両首脳は、岸田総理大臣が国賓として訪米する予定であることを確認した。",
        "바이든 대통령은 기시다 총리를 국빈 방문에 초청했다.",
        "The two leaders agreed that Kishida would make an official visit in the autumn.",
    ):
        assert _years(text) == frozenset(), text
    body = ENGLISH.replace("for a state visit", "and invited him for a state visit")
    assert _linked(body) == []


def test_an_official_working_visit_is_no_visit_of_honours():
    for text in (
        "Kishida was in Washington on an official working visit to meet Biden.",
        "岸田総理大臣は公式実務訪問賓客として米国を訪問した。",
        "기시다 총리는 공식 실무 방문으로 워싱턴을 찾았다.",
    ):
        assert _years(text) == frozenset(), text


def test_a_year_in_the_sentence_says_which_visit_it_recalls():
    assert _years("Kishida recalled his state visit to Washington in 2023.") == {2023}
    recalled = ENGLISH.replace("for a state visit", "for talks (his state visit was in 2021)")
    assert _linked(recalled) == []


def test_a_visit_of_honours_placed_in_another_month_or_year_counts_for_none():
    assert _years("Last year, Kishida came to Washington on a state visit.") == frozenset()
    assert _years("다음달 기시다 총리의 국빈 방문이 열린다.") == frozenset()


def test_a_report_with_a_date_of_its_own_gets_no_points_for_the_honours():
    index = replace(seed_reference(), meetings=(WORKING, HONOURED)).index
    ranked, _ = suggest_meetings(
        index=index,
        body=ENGLISH,
        people=set(LEADERS),
        published=date(2023, 10, 17),
        precision="day",
    )
    reasons = [reason for s in ranked for reason in s.reasons]
    assert not any("state or official visit" in reason for reason in reasons)


def test_a_visit_this_one_is_dated_from_or_denied_or_a_building_is_none():
    for text in (
        "두 정상은 지난 국빈 방문 이후 처음으로 만났다.",
        "国賓訪問以来の首脳会談となった。",
        "The leaders met in Tokyo, months after the state visit.",
        "It was a working visit rather than a state visit.",
        "両首脳は迎賓館で会談した。国賓館ではない。",
        "The leaders met at the State Guest House in Tokyo.",
    ):
        assert _years(text) == frozenset(), text
    assert _years("기시다 총리는 국빈 방문 후보지로 워싱턴을 골랐다.") == {ANY_YEAR}

"""What Chinese, Japanese and Korean reports say of where and what the meeting was: a
visit to one ally ("访日", "訪米中の", "방일") places a meeting whose city the text does
not name; the two leaders by their posts and a verb of meeting ("首相…与…总统会晤",
"総理は…大統領と会談", "총리는 … 대통령과 만나") name a summit; the two allies'
defense or foreign chiefs and a verb of meeting ("美國和日本防長…會面") name their
meeting. The reports and meetings are invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from archive.ingest import prefilter
from archive.ingest.meeting_context import report_context
from archive.ingest.meeting_signs import report_signs
from archive.ingest.meeting_visits import visit_evidence, visited_countries
from archive.ingest.meetings import suggest_meetings
from archive.ingest.reference import KnownMeeting
from tests.ingest.reference_data import seed_reference

LEADERS = ("joe-biden", "fumio-kishida")
POSTS = (
    ("joe-biden", "United States", "head_of_state"),
    ("fumio-kishida", "Japan", "head_of_government"),
)


def _summit(slug: str, day: date, city: str, country: str) -> KnownMeeting:
    return KnownMeeting(
        slug, slug, day, day, city, LEADERS, (), "summit", "in_person",
        country=country, participant_posts=POSTS,
    )  # fmt: skip


SUMMITS = (
    _summit("summit-tokyo", date(2022, 5, 23), "Tokyo", "Japan"),
    _summit("summit-washington", date(2023, 1, 13), "Washington", "United States"),
)


def _suggest(body: str):
    index = replace(seed_reference(), meetings=SUMMITS).index
    return suggest_meetings(index=index, body=body, people=set(LEADERS))


# --- A visit to one ally ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "countries"),
    [
        ("拜登总统访日期间与岸田文雄举行会谈。", {"Japan"}),
        ("拜登總統訪問日本期間與岸田文雄舉行會談。", {"Japan"}),
        ("訪米中の岸田総理は、バイデン大統領と会談した。", {"United States"}),
        ("岸田総理は米国を訪問し、バイデン大統領と会談した。", {"United States"}),
        ("바이든 대통령은 방일 기간 기시다 총리와 회담했습니다.", {"Japan"}),
        ("기시다 총리는 미국을 방문해 바이든 대통령과 회담했습니다.", {"United States"}),
        ("拜登与岸田文雄举行会谈。", set()),
    ],
)
def test_the_visited_ally_is_read(body, countries):
    assert visited_countries(prefilter.fold(body)) == countries


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("美国总统拜登访日期间与日本首相岸田文雄举行首脑会谈。", "summit-tokyo"),
        ("訪米中の岸田総理は、バイデン大統領と首脳会談を行った。", "summit-washington"),
        ("바이든 대통령은 방일 기간 기시다 총리와 정상회담을 했습니다.", "summit-tokyo"),
    ],
)
def test_a_visit_places_the_summit_in_the_visited_country(body, expected):
    suggestions, auto = _suggest(body)
    assert auto == expected, [(s.slug, s.score, s.reasons) for s in suggestions]


def test_without_a_visit_the_two_summits_stay_open():
    suggestions, auto = _suggest("美国总统拜登与日本首相岸田文雄举行首脑会谈。")
    assert auto is None


def test_a_named_city_is_not_counted_again_for_the_visit():
    body = "拜登总统访日期间在东京与岸田文雄举行会谈。"
    context = report_context(body)
    visited = visited_countries(prefilter.fold(body))
    assert visit_evidence(SUMMITS[0], context, visited) == (0.0, [])
    assert visit_evidence(SUMMITS[1], context, visited) == (0.0, [])
    elsewhere = visited_countries(prefilter.fold("拜登总统访日期间与岸田文雄举行会谈。"))
    assert visit_evidence(SUMMITS[0], context, elsewhere) == (0.0, [])  # Tokyo named
    assert visit_evidence(SUMMITS[0], report_context("会谈。"), elsewhere)[0] == 0.15


# --- Words for the meeting ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("日本首相安倍晋三星期二抵达佛罗里达,与川普总统进行短暂会晤。", "summit"),
        ("美國總統拜登在白宮與日本首相岸田文雄會談。", "summit"),
        ("岸田総理は、バイデン大統領と会談した。", "summit"),
        ("윤 대통령은 기시다 총리와 만나 협력을 논의했습니다.", "summit"),
        ("美國和日本防長在上週會面時同意密切合作。", "defense"),
        ("美日外长在东京举行会谈。", "foreign"),
    ],
)
def test_cjk_words_for_the_meeting(body, kind):
    assert report_signs(body).kind_words[kind] >= 1


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("中國防長拒絕與他會晤是不幸的。", "defense"),  # another country's minister
        ("中国外长与他举行会谈。", "foreign"),
        ("岸田総理は記者団に語った。バイデン大統領は会見した。", "summit"),  # two sentences
    ],
)
def test_one_countrys_chief_or_two_sentences_name_no_meeting_of_theirs(body, kind):
    assert report_signs(body).kind_words[kind] == 0

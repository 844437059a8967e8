"""An opening that dates its event in local time (issue 11): "On April 9th, commencing at
7:00 p.m., local time (8:00 a.m. on April 10th, Japan time)", "1月13日(月曜日)午後3時頃
(現地時間;日本時間14日午前8時頃)". A foreign minister's dinner the evening before the
summit, published that day, is no report of the summit: the day a meeting's date may be
off by (time zones) is settled when the text says which day it was where it was held.
Invented texts against the reference's Biden–Kishida summit of 10 April 2024 in
Washington."""

from __future__ import annotations

from datetime import date

import pytest

from archive.ingest.meeting_local import local_day
from tests.ingest.test_meeting_matching import full_reference, linked, suggest

SUMMIT = "summit-2024-04-10"
EVE = date(2024, 4, 9)
KAMIKAWA = {"Yoko Kamikawa"}
LEADERS = {"Joe Biden", "Fumio Kishida"}


@pytest.fixture(scope="module")
def index():
    return full_reference().index


@pytest.mark.parametrize(
    ("body", "day"),
    [
        ("April 9, 2024\nOn April 9th, commencing at 7 p.m., local time (8 a.m. on April 10th, "
         "Japan time), the minister hosted a dinner.", (4, 9)),
        ("令和2年1月13日\n1月13日(月曜日)午後3時頃(現地時間;日本時間14日午前8時頃)から約20分間,"
         "外務大臣は懇談を行いました。", (1, 13)),
        ("외무상은 9일(현지시간) 워싱턴에서 만찬을 가졌습니다.", (None, 9)),
        ("외무상은 현지시간 9일 워싱턴에서 만찬을 가졌습니다.", (None, 9)),
        ("El 9 de abril, a las 19:00 hora local, la canciller ofreció una cena.", (4, 9)),
        # A local time further down dates another event, not the opening's.
        ("January 7, 2025\nOn January 7th, the ministers held a working lunch. The minister "
         "spoke of the attack on January 1st (local time).", None),
        ("On April 10th the leaders met at the White House.", None),
    ],
)  # fmt: skip
def test_local_day(body, day):
    assert local_day(body) == day


@pytest.mark.parametrize(
    "body",
    [
        "April 9, 2024\nOn April 9th, commencing at 7:00 p.m., local time (8:00 a.m. on "
        "April 10th, Japan time), Foreign Minister Kamikawa, who is accompanying the Prime "
        "Minister's official visit to the U.S., hosted a dinner with American experts ahead "
        "of the summit meeting in Washington.",
        "4月9日(火曜日)午後7時(現地時間。日本時間10日午前8時)から、岸田総理大臣の米国公式"
        "訪問に同行中の上川外務大臣は、ワシントンで有識者との夕食会を開催し、翌日の日米首脳"
        "会談を前に意見交換を行いました。",
        "가미카와 요코 외무상은 9일(현지시간) 워싱턴에서 미국 전문가들과 만찬을 갖고, 10일 "
        "미일 정상회담을 앞두고 의견을 나눴습니다.",
        "El 9 de abril, a las 19:00 hora local (8:00 del 10 de abril, hora de Japón), la "
        "canciller Kamikawa, que acompaña la visita oficial del primer ministro a Washington, "
        "ofreció una cena a expertos antes de la cumbre.",
    ],
    ids=["en", "ja", "ko", "es"],
)
def test_an_event_of_the_evening_before_links_no_summit(index, body):
    suggestions, best = suggest(index, body, EVE, KAMIKAWA)
    assert best is None
    assert linked(suggestions) == []
    summit = next(s for s in suggestions if s.slug == SUMMIT)
    assert any("local date" in reason for reason in summit.reasons)


@pytest.mark.parametrize(
    "body",
    [
        "On April 10th, commencing at 11:00 a.m., local time (midnight on April 11th, Japan "
        "time), Prime Minister Kishida held a summit meeting with President Biden in "
        "Washington.",
        "4月10日(水曜日)午前11時(現地時間)から、岸田総理大臣はワシントンでバイデン大統領と"
        "日米首脳会談を行いました。",
        "기시다 총리는 10일(현지시간) 워싱턴에서 바이든 대통령과 미일 정상회담을 가졌습니다.",
    ],
    ids=["en", "ja", "ko"],
)
def test_the_summit_told_in_local_time_is_linked(index, body):
    suggestions, best = suggest(index, body, date(2024, 4, 10), LEADERS)
    assert best == SUMMIT
    assert linked(suggestions) == [SUMMIT]

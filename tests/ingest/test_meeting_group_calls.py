"""A call's readout that names groups in passing (issue 11): "we will work together in the
G7 and the Quad", "G7、日米豪印、日米韓といった同志国連携". Such words say what the two
spoke of, not that the call was a meeting of three or more; they neither count against
the bilateral call nor hand the link to a G7 leaders' call of the same day. Invented texts
against the reference's calls of 2 October 2024 (Blinken–Iwaya, Biden–Ishiba) and the G7
leaders' telephone conference held that evening (MOFA), which the reference files since the
matcher reads such lists right."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest.test_meeting_matching import full_reference, linked, suggest

DAY = date(2024, 10, 2)
MINISTERS_CALL = "call-2024-10-02"
LEADERS_CALL = "call-2024-10-02-2"
G7_CALL = "multilateral-2024-10-02"
MINISTERS = {"Antony Blinken", "Takeshi Iwaya"}
LEADERS = {"Joe Biden", "Shigeru Ishiba"}
G7 = ("Canada", "France", "Germany", "Italy", "United Kingdom", "European Union")


@pytest.fixture(scope="module")
def index():
    reference = full_reference()
    g7_call = next(m for m in reference.meetings if m.slug == G7_CALL)
    assert (g7_call.kind, g7_call.format, g7_call.series) == ("multilateral", "phone", "g7-summit")
    assert set(g7_call.other_countries) == set(G7)
    return reference.index


@pytest.mark.parametrize(
    ("people", "body", "expected"),
    [
        (
            LEADERS,
            "President Biden spoke by phone with Prime Minister Shigeru Ishiba this morning "
            "to congratulate him. The leaders pledged to work together in the G7 and the Quad.",
            LEADERS_CALL,
        ),
        (
            LEADERS,
            "Prime Minister Ishiba and President Biden held a telephone conversation. They "
            "agreed to keep cooperating through frameworks such as the Quad and the "
            "Japan-U.S.-ROK partnership.",
            LEADERS_CALL,
        ),
        (
            LEADERS,
            "石破総理大臣は、バイデン大統領と電話会談を行いました。両首脳は、G7や日米豪印"
            "などの枠組みでも協力していくことで一致しました。",
            LEADERS_CALL,
        ),
        (
            MINISTERS,
            "Secretary Blinken spoke by phone today with Japanese Foreign Minister Takeshi "
            "Iwaya to congratulate him. They discussed cooperation through the G7, the Quad "
            "and the U.S.-Japan-ROK trilateral.",
            MINISTERS_CALL,
        ),
        (
            MINISTERS,
            "岩屋外務大臣は、ブリンケン国務長官と電話会談を行いました。両外相は、G7、"
            "日米豪印、日米韓といった同志国連携を進めることで一致しました。",
            MINISTERS_CALL,
        ),
    ],
    ids=[
        "en-leaders-g7-quad",
        "en-leaders-quad-trilateral",
        "ja-leaders",
        "en-ministers",
        "ja-ministers",
    ],
)
def test_groups_named_in_a_call_readout_leave_the_call_linked(index, people, body, expected):
    suggestions, best = suggest(index, body, DAY, people)
    assert best == expected
    assert linked(suggestions) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        "石破総理大臣は、G7首脳電話会議に出席しました。バイデン大統領をはじめとするG7首脳は"
        "中東情勢について議論しました。",
        "Prime Minister Ishiba joined a telephone conference of G7 leaders, with President "
        "Biden, on the situation in the Middle East.",
        "El primer ministro Ishiba participó en una conferencia telefónica de los líderes "
        "del G7, con el presidente Biden, sobre Oriente Medio.",
    ],
    ids=["ja", "en", "es"],
)
def test_the_g7_call_itself_still_wins_when_the_report_calls_it_one(index, body):
    suggestions, best = suggest(index, body, DAY, LEADERS)
    assert best == G7_CALL
    assert linked(suggestions) == [G7_CALL]

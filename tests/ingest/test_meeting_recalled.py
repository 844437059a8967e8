"""Words for a meeting the text places in the month or year before ("지난 8월, 미한일 정상은
캠프 데이비드에서…", "昨年の日米首脳会談", "last year's summit") are not what the report calls
the meeting it covers: a defense ministers' report that recalls the leaders' trilateral
of last August is no report of a trilateral. A day before ("지난 8일") is how Korean
reports date the very meeting they cover, and stays. The reports and meetings are
invented."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date

import pytest

from archive.ingest.meeting_index_names import _names
from archive.ingest.meeting_recalled import RECALL_REACH, without_recalled
from archive.ingest.meetings import report_signs, suggest_meetings
from archive.ingest.reference import KnownMeeting
from tests.ingest.reference_data import seed_reference


def _recalled(body: str) -> tuple[Counter, Counter]:
    signs = report_signs(body)
    needles = _names(replace(seed_reference(), meetings=()).index)[0]
    return signs.kind_words, without_recalled(
        signs.kind_words, needles.table(signs.folded), signs.folded
    )


@pytest.mark.parametrize(
    ("body", "gone"),
    [
        ("두 장관이 만났다. 지난 8월, 미한일 정상은 캠프 데이비드에서 만났다.", "multi"),
        ("両大臣は会談した。昨年の首脳会談で合意した。", "summit"),
        ("The ministers met. Last year's summit set the course.", "summit"),
        ("两国外长会谈。去年的峰会上双方同意。", "summit"),
    ],
)
def test_a_meeting_of_the_month_or_year_before_is_taken_off(body, gone):
    before, after = _recalled(body)
    assert before[gone] == 1
    assert after[gone] == 0


@pytest.mark.parametrize(
    "body",
    [
        "지난 8일 미한일 정상회의가 열렸다.",  # the day: the meeting covered
        "미한일 정상회의가 열렸다. 지난 8월에는 비가 많이 왔다.",  # no meeting after it
        "Last year, after months of talks and visits by many officials, the summit was set.",
    ],
)
def test_a_day_before_or_a_meeting_word_out_of_reach_stays(body):
    before, after = _recalled(body)
    assert after == before


@pytest.mark.parametrize(
    "body",
    [
        # the reach ends with the marker's sentence
        "Exports doubled since last year. The summit on Wednesday set the course.",
        "Trade rose from last year; the summit will set the course.",
        "輸出が伸びた去年。首脳会談は東京で開かれた。",
        # a year named to compare a figure with dates no meeting
        "Trade rose 8% from last year, summit officials said.",
        "Exports are higher than last year, summit aides said.",
        "수출은 지난해보다 늘었다며 정상회담에서 논의했다.",
        "輸出は昨年比で増え、首脳会談で取り上げた。",
    ],
)
def test_a_meeting_word_after_a_sentence_end_or_a_comparison_is_the_meeting_covered(body):
    before, after = _recalled(body)
    assert sum(before.values()) >= 1
    assert after == before


def test_the_reach_is_a_few_words_and_no_more():
    near = "Last year's xxxx summit was held."
    far = "Last year " + "x" * RECALL_REACH + " summit was held."
    assert _recalled(near)[1]["summit"] == 0
    assert _recalled(far)[1] == _recalled(far)[0]


AUSTIN, KIHARA, BIDEN, KISHIDA = "lloyd-austin", "minoru-kihara", "joe-biden", "fumio-kishida"
DEFENSE = KnownMeeting(
    "defense-x", "Defense Ministers' Meeting", date(2023, 10, 4), date(2023, 10, 4),
    participant_slugs=(AUSTIN, KIHARA), kind="defense_ministers", format="in_person",
    participant_posts=((AUSTIN, "United States", "defense"), (KIHARA, "Japan", "defense")),
)  # fmt: skip
TRILATERAL = KnownMeeting(
    "multilateral-x", "Trilateral Defense Ministers' Meeting", date(2023, 11, 12),
    date(2023, 11, 12), participant_slugs=(AUSTIN, KIHARA), kind="multilateral",
    format="in_person", other_countries=("South Korea",),
    participant_posts=((AUSTIN, "United States", "defense"), (KIHARA, "Japan", "defense")),
)  # fmt: skip


def test_a_defense_report_recalling_last_augusts_trilateral_is_not_read_as_one():
    body = (
        "로이드 오스틴 국방장관이 기하라 미노루 일본 방위상과 만나 회담했습니다.\n"
        "지난 8월, 미한일 정상은 캠프 데이비드에서 역사적인 시대를 열었습니다."
    )
    index = replace(seed_reference(), meetings=(DEFENSE, TRILATERAL)).index
    ranked, _ = suggest_meetings(index=index, body=body, people={AUSTIN, KIHARA})
    scores = {suggestion.slug: suggestion.score for suggestion in ranked}
    assert scores["defense-x"] > scores.get("multilateral-x", 0.0)

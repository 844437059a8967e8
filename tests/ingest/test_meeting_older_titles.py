"""Japan's defense chief before 2007 was the Defense Agency's Director General, a
minister of state ("防衛庁長官", "방위청 장관", "防卫厅长官", "Director General of the Japan
Defense Agency"), and MOD and the Agency call the defense ministers' meeting "日米防衛首脳
会談", which is no summit; Korean reports also call Japan's foreign minister "외무장관"
(issue 11: older pages). Invented texts."""

from __future__ import annotations

import pytest

from archive.ingest.meeting_signs import report_signs


@pytest.mark.parametrize(
    "text",
    [
        "石破防衛庁長官はラムズフェルド国防長官と会談した。",
        "Director General of the Japan Defense Agency Ishiba met with Secretary of Defense"
        " Rumsfeld at the Pentagon.",
        "Japan Defense Agency Director-General Nukaga met with Secretary Rumsfeld.",
        "Minister of State for Defense Ono met with Secretary of Defense Rumsfeld.",
        "럼즈펠드 국방장관은 이시바 방위청 장관과 만나 논의했다.",
        "拉姆斯菲尔德国防部长与日本防卫厅长官石破茂举行会谈。",
        "日米防衛首脳会談が行われた。",
    ],
)
def test_the_defense_agencys_head_and_the_older_name_tell_a_defense_ministers_meeting(text):
    kinds = report_signs(text).kind_words
    assert kinds["defense"] >= 1
    assert kinds["summit"] == 0


def test_the_older_name_is_a_bilateral_and_the_leaders_one_stays_a_summit():
    assert report_signs("日米防衛首脳会談が行われた。").kind_words["bilateral"] == 1
    assert report_signs("日米首脳会談が行われた。").kind_words["summit"] == 1


def test_japans_foreign_minister_as_korean_reports_called_him():
    kinds = report_signs("마치무라 일본 외무장관은 라이스 국무장관과 만나 논의했다.").kind_words
    assert kinds["foreign"] == 1


@pytest.mark.parametrize(
    "text",
    [
        "The Defense Agency's budget rose again this year.",
        "방위청은 예산을 늘렸다.",
        "防衛庁は予算を増やした。",
    ],
)
def test_the_agency_alone_is_no_meeting(text):
    assert report_signs(text).kind_words["defense"] == 0

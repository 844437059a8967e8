"""A CJK report that speaks of its meeting in the future tense ("회담할 예정", "会談する
予定", "将于8日举行会谈", "다음 주 … 방문할 계획", "明天") is a preview when published the
day before (meeting_signs.FUTURE; issue 11, review item 6); "as planned" (예정대로,
予定通り) is no future. Invented texts."""

from datetime import date

import pytest

from archive.ingest.meeting_context import published_evidence
from archive.ingest.meeting_signs import report_signs
from archive.ingest.reference import KnownMeeting


@pytest.mark.parametrize(
    "text",
    [
        "블링컨 장관은 내일 하야시 외무상과 회담할 예정입니다.",
        "林外相は8日、ブリンケン国務長官と会談する予定だ。",
        "布林肯将于8日与林芳正举行会谈。",
        "布林肯將於8日與林芳正舉行會談。",
        "기시다 총리는 다음 주 미국을 방문할 계획이다.",
        "岸田首相は来週、訪米する見通しだ。",
        "拜登明天在白宫与岸田文雄会晤。",
    ],
)
def test_cjk_future_words(text):
    assert report_signs(text).future


@pytest.mark.parametrize(
    "text",
    [
        "회담은 예정대로 7일 열렸다.",
        "会談は予定通り行われた。",
        "布林肯与林芳正7日举行会谈。",
        "林外相は7日、ブリンケン国務長官と会談した。",
    ],
)
def test_no_future_word(text):
    assert not report_signs(text).future


def test_a_cjk_preview_the_day_before_is_a_preview():
    day = date(2022, 1, 8)
    meeting = KnownMeeting("m", "m", day, day, "Tokyo", (), (), "foreign_ministers", "in_person")
    future = report_signs("林外相は8日、ブリンケン国務長官と会談する予定だ。").future
    assert published_evidence(meeting, date(2022, 1, 7), future=future)[2] == "preview"

"""Review of anchored_days (373b054): a report without a date of its own that gives
today's day in brackets ("오늘 (15일)", "今天(15日)", "今日（15日）") and a word for
yesterday, the day before or tomorrow anywhere in a sentence that speaks of meeting places
its meeting on that day of the month (+0.25).

Two families of ordinary text are read as such a day:
- the words are matched as bare substrings, so Korean "그제야"/"그제서야" (only then),
  "어제오늘" (as in "not a new thing"), "내일신문" (a newspaper's name) and "a better
  tomorrow" (더 나은 내일, 更加美好的明天) each move the meeting by a day or two;
- the sentence need only speak of meeting somewhere: "yesterday" may date another event
  in it (a missile launch the talks answer, working-level talks held the day before),
  while the meeting itself is today's.
Invented text throughout."""

from __future__ import annotations

from datetime import date

import pytest

from archive.ingest import prefilter
from archive.ingest.anchored_days import anchored_days
from tests.ingest.invented_meetings import leaders_linked, leaders_summit


@pytest.mark.parametrize(
    "text",
    [
        # "그제야" / "그제서야": only then (not "the day before yesterday").
        "오늘 (15일) 한미 외교장관 회담이 열렸다. 회담이 길어진 끝에 그제야 공동성명이 나왔다.",
        "오늘(15일) 열린 한미 외교장관 회담에서 그제서야 양측은 합의에 이르렀다.",
        # "어제오늘 일이 아니다": it is nothing new.
        "오늘(15일) 정상회담이 열린다. 양국 정상회담을 둘러싼 갈등은 어제오늘 일이 아니다.",
        # A newspaper called "Tomorrow".
        "오늘(15일) 워싱턴에서 한미 정상회담이 열렸다고 내일신문이 보도했다.",
        # A better tomorrow.
        "오늘(15일) 두 정상은 회담에서 더 나은 내일을 위해 협력하기로 했다.",
        "今天(15日)两国领导人在会谈中表示，要共同开创更加美好的明天。",
    ],
)
def test_a_word_that_only_contains_yesterday_or_tomorrow_places_no_meeting(text):
    assert anchored_days(prefilter.fold(text)) == frozenset()


@pytest.mark.parametrize(
    "text",
    [
        "오늘(15일) 북한이 어제 탄도미사일을 발사한 데 대응해 한미일 외교장관이 긴급 통화했다.",
        "今天(15日)，针对朝鲜昨天发射弹道导弹，美日外长举行电话会谈。",
        "今日（15日）、北朝鮮が昨日弾道ミサイルを発射したことを受け、日米外相が電話会談を行った。",
        # Working-level talks yesterday, before the ministers' meeting today.
        "今日（15日）の外相会談を前に、昨日は事務方の協議が行われた。",
    ],
)
def test_yesterday_of_another_event_does_not_date_todays_meeting(text):
    assert 14 not in anchored_days(prefilter.fold(text))


# The meeting the text covers is today's (the 9th); another of the same leaders fell on
# the 7th of another month.
TODAY = leaders_summit("summit-today", "Summit", date(2023, 4, 9), "Tokyo", "Japan")
OTHER = leaders_summit("summit-other", "Summit", date(2023, 10, 7), "Tokyo", "Japan")


def test_only_then_does_not_unlink_todays_meeting():
    body = (
        "바이든 대통령과 기시다 후미오 총리는 오늘 (9일) 도쿄에서 정상회담을 가졌습니다.\n"
        "정상회담은 예정보다 길어졌고 두 정상은 그제야 공동성명에 서명했습니다."
    )
    # Without "그제야" the text's day (9일) links today's meeting (1.3 against 1.0).
    assert leaders_linked(body.replace("그제야 ", ""), (TODAY, OTHER)) == ["summit-today"]
    assert leaders_linked(body, (TODAY, OTHER)) == ["summit-today"]


def test_control_yesterdays_meeting_is_still_read():
    """The rule's own family, which the xfails above must not cost."""
    text = "오늘(15일) 외교부에 따르면 박 장관은 어제 하야시 외무상과 회담했다."
    assert anchored_days(prefilter.fold(text)) == {14}

"""anchored_days reads a day word as a word of its own, dating what it governs: cases the
review of 373b054 (test_review18_anchored_days) left out. Invented text throughout."""

from __future__ import annotations

import pytest

from archive.ingest import prefilter
from archive.ingest.anchored_days import anchored_days


@pytest.mark.parametrize(
    "text",
    [
        # A native verb's attributive and a bound noun close the launch's clause.
        "오늘(15일) 북한이 어제 미사일을 쏜 뒤 한미 외교장관이 전화 통화를 했다.",
        # No comma after the launch: its verb closes the clause.
        "今日（15日）、北朝鮮が昨日ミサイルを発射したのを受けて日米外相が電話会談を行った。",
        # "后" (after) closes it in Chinese.
        "今天(15日)朝鲜昨天发射导弹后美日外长举行了电话会谈。",
        # Working-level talks yesterday, the ministers' today.
        "오늘(15일) 외교장관 회담에 앞서 양국은 어제 실무 회담을 가졌다.",
        # Tomorrow as a noun with its particle ("for a better tomorrow").
        "今天(15日)两国外长举行会谈，为了更好的明天加强合作。",
    ],
)
def test_a_day_word_that_governs_no_meeting_places_none(text):
    assert 14 not in anchored_days(prefilter.fold(text))
    assert 16 not in anchored_days(prefilter.fold(text))


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # A particle and a comma after the word are its own.
        ("今日（15日）、首相は昨日、大統領と電話会談を行ったと明らかにした。", {14}),
        ("오늘(15일) 외교부에 따르면 두 장관은 어제는 전화 통화를 하고 북핵을 논의했다.", {14}),
        # Nouns ending as a verb might ("북한", "기시다") do not close the clause.
        ("오늘(15일) 바이든 대통령은 어제 기시다 총리와 북한 문제를 놓고 회담했다.", {14}),
        ("오늘(15일) 블링컨 장관은 어제 북한 문제로 기시다 총리와 만났다.", {14}),
        # "今后" (from now on) is no "after".
        ("今天(15日)外交部说，两国外长昨天就今后合作举行了会谈。", {14}),
        ("今天(15日)两国外长表示，明天将举行会谈。", {16}),
    ],
)
def test_a_day_word_that_governs_the_meeting_is_read(text, days):
    assert anchored_days(prefilter.fold(text)) == days

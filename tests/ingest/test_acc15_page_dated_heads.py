"""A CJK heading with its day and hour run on after a space, as a press conference's
record prints them on one line (issue 11, fifteenth session). Every text here is made up."""

from __future__ import annotations

from archive.ingest.dated_heads import unfold_dated_head
from archive.ingest.pipeline import parse_report

RECORD = "\n\n".join(
    [
        "防衛大臣記者会見概要 令和3年5月10日(10時05分〜10時20分)",
        "1 発表事項",
        "本日、閣議において防衛装備の移転について報告しました。詳細は事務方から説明いたします。",
        "2 質疑応答",
        "Q:来週の会談について伺います。",
        "A:来週、電話会談を行う予定です。",
    ]
)


def test_a_heading_with_its_day_and_hour_is_read_apart(ref):
    report = parse_report(RECORD.encode(), reference=ref, filename="page.txt")
    assert report.title == "防衛大臣記者会見概要"
    assert report.published.isoformat() == "2021-05-10"


def test_the_heading_and_the_date_split_with_their_block():
    lines, blocks = unfold_dated_head(["日米防衛相会談 2023年10月4日", "本文。"], [0, 1])
    assert lines == ["日米防衛相会談", "2023年10月4日", "本文。"]
    assert blocks == [0, 0, 1]


def test_a_sentence_ending_on_a_date_is_not_split():
    lines = ["両大臣は会談した。次回は2023年10月4日", "本文。"]
    assert unfold_dated_head(lines, [0, 1])[0] == lines
    spaced = ["本日の会見は 2023年10月4日に行われた", "本文。"]
    assert unfold_dated_head(spaced, [0, 1])[0] == spaced

"""A call the report dates before the meeting it covers ("지난주 첫 전화통화에 이어 …
만났다", "先週の電話会談に続き", "上周通电话之后", "their phone call last week") is its
background, not how the meeting was held (meeting_signs._format_counts). Invented texts."""

import pytest

from archive.ingest.meeting_signs import report_signs


@pytest.mark.parametrize(
    "text",
    [
        "블링컨 국무장관이 지난주 첫 전화통화에 이어 가미카와 요코 일본 외무상과 만났다.",
        "林外相は先週の電話会談に続き、ニューヨークでブリンケン国務長官と会談した。",
        "布林肯上周与林芳正通电话之后，两人在纽约会晤。",
        "布林肯上週與林芳正通電話之後，兩人在紐約會晤。",
        "Blinken met Kamikawa today, following their introductory phone call last week.",
    ],
)
def test_a_call_dated_before_is_no_word_of_the_format(text):
    assert report_signs(text).format_words["phone"] == 0


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("두 장관은 28일 전화통화를 가졌다. 지난주 전화통화에 이어 두 번째다.", 2),
        ("林外相は７日、ブリンケン国務長官と電話会談を行った。", 1),
        ("布林肯与林芳正7日通电话。", 1),
    ],
)
def test_the_call_covered_still_counts(text, count):
    assert report_signs(text).format_words["phone"] == count

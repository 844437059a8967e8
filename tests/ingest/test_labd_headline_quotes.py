"""A headline's speaker named by a Western surname in CJK script alone, right before the
quote ("…블링컨 “한일 관계 개선 진전 축하”", "ブリンケン「…」", "오스틴: “…”"), as Korean and
Japanese news headlines print it. Invented headlines."""

from datetime import date

import pytest

from archive.ingest.headline_quotes import headline_quotes
from archive.ingest.people import find_people

ON = date(2023, 4, 17)


def read(ref, title):
    people = find_people(title, ref.index)[0]
    found = headline_quotes(title, people, [], index=ref.index, on=ON)
    return [(q.speaker_slug, q.speaker_name, q.text) for q in found]


@pytest.mark.parametrize(
    ("title", "speaker", "name", "text"),
    [
        (
            "미일 외교장관 회담...블링컨 “한일 관계 개선 진전 축하”",
            "antony-blinken",
            "블링컨",
            "한일 관계 개선 진전 축하",
        ),
        ("블링컨 “미일 동맹은 철통같다”", "antony-blinken", "블링컨", "미일 동맹은 철통같다"),
        (
            "日米外相会談 ブリンケン「同盟は揺るぎない」",
            "antony-blinken",
            "ブリンケン",
            "同盟は揺るぎない",
        ),
        (
            "한미일 국방장관 회의, 오스틴: “북한 도발 규탄”",
            "lloyd-austin",
            "오스틴",
            "북한 도발 규탄",
        ),
    ],
)
def test_a_cjk_surname_alone_before_the_quote_is_its_speaker(ref, title, speaker, name, text):
    assert read(ref, title) == [(speaker, name, text)]


@pytest.mark.parametrize(
    "title",
    [
        # A word that is no known surname, or a surname glued into a longer word.
        "미일 외교장관 회담...국무부 “한일 관계 개선 진전 축하”",
        "미일 외교장관 회담...블링컨장관실 “한일 관계 개선 진전 축하”",
        # The surname elsewhere in the headline, not right before the quote.
        "블링컨 방일...미일 외교장관 회담 “동맹 강화”",
    ],
)
def test_no_speaker_unless_the_surname_stands_right_before_the_quote(ref, title):
    # A Korean headline's closing clause in double quotes is a quote of no one named
    # (headline_quotes._korean_summary).
    assert [speaker for speaker, _, _ in read(ref, title)] == [None]

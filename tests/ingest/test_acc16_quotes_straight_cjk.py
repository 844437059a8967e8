"""Issue 11, straight quote marks in Chinese and Japanese text (session 16): these scripts
set no space before a quote ('是"…"', '回应说,"…"'), so a straight mark there cannot tell
opening from closing by what precedes it; when a paragraph's straight marks come in pairs
they open and close in turn. An odd count (a quote running on from the paragraph before)
and Korean or English text keep the spacing rule. The people and texts are made up."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.quote_marks import quote_spans
from archive.ingest.quotes import find_quotes
from archive.ingest.reference import Reference
from tests.ingest.invented_people import person

DAY = date(2022, 6, 1)
IN_OFFICE = {"start": date(2020, 1, 1), "end": date(2024, 1, 1)}


@pytest.fixture(scope="module")
def index():
    return Reference(
        people=(
            person(
                "walter-dunmore",
                "Walter Dunmore",
                "United States",
                ("沃尔特·邓莫尔", "邓莫尔"),
                "Secretary of Defense",
                "defense",
                **IN_OFFICE,
            ),
        )
    ).index


def spans_text(paragraph):
    return [paragraph[start:end] for start, end in quote_spans(paragraph)]


def test_straight_marks_with_no_space_before_them_pair_in_order_in_chinese():
    paragraph = '部长表示,这次访问是"同盟牢固的信号"。他回应说,"我们将继续合作。"'
    assert spans_text(paragraph) == ['"同盟牢固的信号"', '"我们将继续合作。"']


def test_straight_marks_pair_in_order_in_japanese():
    paragraph = '長官は"同盟は地域の礎だ"と述べ、"協力を続ける"と強調した。'
    assert spans_text(paragraph) == ['"同盟は地域の礎だ"', '"協力を続ける"']


def test_a_chinese_quote_after_a_verb_of_saying_and_a_comma_is_the_speakers(index):
    body = '沃尔特·邓莫尔在会谈开始时回应说,"两国同盟是地区稳定的基石。"'
    mentions, _ = find_people(body, index)
    hits = find_quotes(body, mentions, index=index, on=DAY)
    assert [(hit.text, hit.speaker_slug) for hit in hits] == [
        ("两国同盟是地区稳定的基石。", "walter-dunmore")
    ]


def test_an_odd_count_keeps_the_spacing_rule():
    # a quote running on from the paragraph before closes here: no quote opens at '石"',
    # even in the text's last paragraph, where a quote left open would be kept
    paragraph = '这是地区稳定的基石" 他说。'
    assert quote_spans(paragraph, last=True) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        'The 5" gun and the 6" gun fired as the "Aegis" ship sailed.',
        '함정은 5" 포와 6" 포를 갖춘 "이지스" 함이다.',
    ],
)
def test_english_and_korean_keep_the_spacing_rule(paragraph):
    # inch marks after a digit close nothing and open nothing: only the quoted name is one
    assert [span.strip('"') for span in spans_text(paragraph)] == [paragraph.split('"')[-2]]

"""Issue 11, CJK quotes in one sentence with no sentence end (session 17): the sentence a
CJK quote's speaker is looked for in is read within WINDOW_CHARS of the quote
(cjk_quotes.sentence_bounds), and the quotes' spans are looked up by bisection, built once
per paragraph (spans.span_index): a page printed as one line with no 。 had each quote read
every name of the paragraph against every quote, 15 s for 44 KB. No timings here: the
distances decide. People and texts are made up."""

import pytest

from archive.ingest.cjk_quotes import sentence_bounds
from archive.ingest.quote_window import WINDOW_CHARS
from archive.ingest.reference import Reference
from archive.ingest.spans import SpanIndex, span_index
from tests.ingest.invented_people import TARO_YAMADA, WALTER_DUNMORE, quotes_said
from tests.ingest.invented_people import speaker_of_words as said

WORDS = "同盟をさらに強化していく"
# No name, no verb of saying, no sentence end: only distance between speaker and quote.
FILLER = "両国は経済や安全保障の課題について幅広く意見を交わし、"


@pytest.fixture(scope="module")
def index():
    return Reference(people=(TARO_YAMADA, WALTER_DUNMORE)).index


def _sentence(gap: int) -> str:
    """ "山田太郎防衛相は … 「…」と述べた" with the quote `gap` characters or so after the
    name's particle."""
    filler = (FILLER * (gap // len(FILLER) + 1))[:gap]
    return f"山田太郎防衛相は、{filler}「{WORDS}」と述べた"


def _distance(body: str) -> int:
    return body.index("「") - body.index("山田")


def test_a_speaker_a_long_sentence_before_the_quote_is_found(index):
    body = _sentence(300)
    assert 300 < _distance(body) < 330
    assert said(body, index)[WORDS] == "taro-yamada"


def test_a_speaker_just_inside_the_window_is_found(index):
    body = _sentence(WINDOW_CHARS - 30)
    assert WINDOW_CHARS - 30 < _distance(body) <= WINDOW_CHARS
    assert said(body, index)[WORDS] == "taro-yamada"


def test_a_name_beyond_the_window_is_not_used(index):
    body = _sentence(WINDOW_CHARS + 40)
    assert _distance(body) > WINDOW_CHARS
    assert said(body, index).get(WORDS) is None  # not Yamada's (nor found at all)


def test_many_quotes_in_one_endless_sentence_each_keep_their_speaker(index):
    unit = (
        "山田太郎防衛相は「防衛協力を進める」と述べ、"
        "ウォルター・ダンモア国防長官は「抑止力を高める」と応じ、"
    )
    body = unit * 40 + "会談は終わった。"
    speakers = [speaker for speaker, _ in quotes_said(body, index)]
    assert len(speakers) == 80
    assert speakers[:2] == ["taro-yamada", "walter-dunmore"]
    assert speakers[-2:] == ["taro-yamada", "walter-dunmore"]


def test_sentence_bounds_stop_at_the_window_and_at_a_real_sentence_end():
    paragraph = "前の文。" + "あ" * 2000 + "「言葉」と述べた" + "い" * 2000 + "。次の文。"
    start = paragraph.index("「")
    end = paragraph.index("」") + 1
    first, last = sentence_bounds(paragraph, start, end, [(start, end)])
    assert (first, last) == (start - WINDOW_CHARS, end + WINDOW_CHARS)
    short = "前の文。山田は「言葉」と述べた。次の文。"
    start, end = short.index("「"), short.index("」") + 1
    assert sentence_bounds(short, start, end, [(start, end)]) == (4, short.index("次"))


def test_a_sentence_end_inside_another_quote_does_not_end_the_sentence():
    paragraph = "山田は「終わりだ。」と言い、「次だ」と述べた。"
    spans = [(paragraph.index("「"), paragraph.index("」") + 1)]
    second = paragraph.index("「次")
    spans.append((second, paragraph.index("」", second) + 1))
    assert sentence_bounds(paragraph, second, spans[1][1], spans)[0] == 0


def test_span_index_answers_which_spans_start_in_a_range_and_is_built_once_per_list():
    spans = [(30, 40), (0, 10), (12, 20)]
    index = SpanIndex(spans)
    assert index.starting_in(5, 31) == [(12, 20), (30, 40)]
    assert index.starting_in(0, 0) == []
    assert span_index(spans) is span_index(spans)
    other = [(1, 2)]
    assert span_index(other).starting_in(0, 5) == [(1, 2)]

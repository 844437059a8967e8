"""Hard-wrapped lines joined (issue 11's mutation sample, text.py): no space is added
where Chinese or Japanese text runs on across the wrap, whatever follows the first
character of the next line."""

from archive.ingest.text import _join_wrapped


def test_a_japanese_wrap_before_a_digit_adds_no_space():
    joined = _join_wrapped(["日米首脳会談は昨", "年3月に行われた。"])
    assert joined == "日米首脳会談は昨年3月に行われた。"


def test_a_wrap_before_latin_text_adds_a_space():
    joined = _join_wrapped(["首脳会談は", "G7の直前に行われた。"])
    assert joined == "首脳会談は G7の直前に行われた。"

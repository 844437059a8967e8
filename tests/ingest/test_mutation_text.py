"""Hard-wrapped lines joined (issue 11's mutation sample, text.py): no space is added
where Chinese or Japanese text runs on across the wrap, whatever follows the first
character of the next line."""

from archive.ingest.text import _join_wrapped, split_paragraph_blocks


def test_a_japanese_wrap_before_a_digit_adds_no_space():
    joined = _join_wrapped(["日米首脳会談は昨", "年3月に行われた。"])
    assert joined == "日米首脳会談は昨年3月に行われた。"


def test_a_wrap_before_latin_text_adds_a_space():
    joined = _join_wrapped(["首脳会談は", "G7の直前に行われた。"])
    assert joined == "首脳会談は G7の直前に行われた。"


def test_a_last_line_wider_than_the_lines_above_is_no_wrapped_line():
    # Two long lines stopping mid-sentence, then a far wider one ending a sentence: a
    # title over a long caption, not one paragraph hard-wrapped, however many lines above.
    above = [
        "Prime Minister and President at the White House on a",
        "visit to Washington for talks on the alliance and the",
    ]
    caption = (
        "The two leaders shake hands before their talks in the Oval Office, where they "
        "spoke of security, trade and the region for more than an hour on Wednesday."
    )
    assert split_paragraph_blocks("\n".join([*above, caption])) == ([*above, caption], [0, 0, 0])
    # The same lines with a last line no wider than those above: one paragraph.
    wrapped = "\n".join([*above, "region for an hour."])
    assert split_paragraph_blocks(wrapped)[0] == [" ".join([*above, "region for an hour."])]

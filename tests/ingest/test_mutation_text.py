"""Hard-wrapped lines joined (issue 11's mutation sample, text.py): no space is added
where Chinese or Japanese text runs on across the wrap, whatever follows the first
character of the next line."""

import codecs

import pytest

from archive.ingest.errors import IngestError
from archive.ingest.text import (
    _join_wrapped,
    _reads_as_japanese,
    _reads_as_western,
    decode,
    split_paragraph_blocks,
)


def test_a_japanese_wrap_before_a_digit_adds_no_space():
    joined = _join_wrapped(["日米首脳会談は昨", "年3月に行われた。"])
    assert joined == "日米首脳会談は昨年3月に行われた。"


def test_a_wrap_before_latin_text_adds_a_space():
    joined = _join_wrapped(["首脳会談は", "G7の直前に行われた。"])
    assert joined == "首脳会談は G7の直前に行われた。"


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["会談はA", "で行われた。"], "会談はA で行われた。"),  # a Latin letter ends the line
        (["A", "B"], "A B"),  # lines of one character
        (["会", "談は東京で行われた。"], "会談は東京で行われた。"),
    ],
)
def test_a_wrap_is_tight_only_when_the_last_character_above_and_the_first_below_are_cjk(
    lines, joined
):
    # seed-20261207 sample (_join_wrapped 17): the character ending the line above is read.
    assert _join_wrapped(lines) == joined


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


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("한미 정상회담이 워싱턴에서 열렸습니다. 두 정상은 동맹을 논의했습니다.\n", "euc_kr"),
        ("美日首脑会谈在华盛顿举行。两国领导人讨论了同盟关系和经济合作问题。\n", "gb2312"),
    ],
)
def test_korean_or_chinese_legacy_bytes_are_never_read_as_japanese(text, encoding):
    # EUC-KR and GB2312 use EUC-JP's byte range, so these bytes decode as EUC-JP without
    # error, as kanji and no kana: read as Japanese they would be nonsense kanji. Kana
    # present is what tells Japanese apart (the price: a kanji-only Japanese file is refused).
    raw = (text * 4).encode(encoding)
    raw.decode("euc_jp")  # the trap is real: valid EUC-JP bytes
    try:
        decoded, name = decode(raw)
    except IngestError:
        return
    assert name not in ("euc-jp", "shift_jis")
    assert decoded == text * 4


def test_utf16_of_either_byte_order_is_named_utf16():
    # One encoding, one name recorded, whichever byte order its BOM gives.
    text = "Talks in Tokyo"
    assert decode(codecs.BOM_UTF16_BE + text.encode("utf-16-be")) == (text, "utf-16")
    assert decode(codecs.BOM_UTF16_LE + text.encode("utf-16-le")) == (text, "utf-16")


# --- the a50f3b0 sample: what makes bytes binary, Japanese or Western ---------------------


def test_control_bytes_over_a_twentieth_of_the_opening_make_a_binary_file():
    # No NUL byte: only the share of other control bytes (tabs, line breaks, form feeds
    # and ESC allowed) tells a binary file; five in a hundred is still text.
    text = b"x" * 95 + b"\x01" * 5
    assert decode(text) == (text.decode("ascii"), "utf-8")
    with pytest.raises(IngestError, match="binary file"):
        decode(b"x" * 94 + b"\x01" * 6)
    allowed = b"x" * 50 + b"\t\n\r\f\x1b" * 10
    assert decode(allowed)[1] == "utf-8"


def test_the_delete_character_is_ascii_to_the_japanese_reading():
    # seed-20261207 sample (_reads_as_japanese 3): U+007F is no share of the non-ASCII.
    assert _reads_as_japanese("にほんごのてきすと\x7f") is True
    assert _reads_as_japanese("にほんごのてきすと" + "\x7f" * 20) is True


def test_non_ascii_text_ninety_percent_japanese_with_kana_reads_as_japanese():
    # 11 Japanese characters and 1 Cyrillic letter: 92% Japanese; one letter more, 85%.
    assert _reads_as_japanese("日本語のテキストです。Ж") is True
    assert _reads_as_japanese("日本語のテキストです。ЖЖ") is False
    assert _reads_as_japanese("ロシアはРоссияです") is False  # under half Japanese
    assert _reads_as_japanese("日本語漢字文章") is False  # no kana
    assert _reads_as_japanese("plain ASCII") is False


def test_half_width_katakana_over_a_twentieth_is_not_japanese():
    # EUC-JP bytes read as Shift_JIS come out as half-width katakana.
    twenty = "日本と米国の首脳会談は東京で行われました"
    assert len(twenty) == 20
    assert _reads_as_japanese(twenty + "ｱ") is True  # 1 of 21: under a twentieth
    assert _reads_as_japanese(twenty + "ｱｲ") is False  # 2 of 22: over


def test_legacy_bytes_without_any_letter_are_western():
    # Digits, dashes and pound signs in Windows-1252: nothing contradicts a Western text.
    assert decode(b"2024 \x96 2025: \xa3 100 \x96 \xa3 200\n") == (
        "2024 – 2025: £ 100 – £ 200\n",
        "windows-1252",
    )
    assert _reads_as_western("2024 – 2025") is True
    assert _reads_as_western("Café à Tokyo") is True
    assert _reads_as_western("Ðîññèÿ") is False  # Cyrillic bytes read as Windows-1252


def test_a_line_of_forty_characters_is_long_enough_to_be_wrapped():
    # a50f3b0 sample: 40 characters and no full stop: the next line continues it; 39 are
    # a short line of its own (a heading, a name).
    first, second = "The two ministers met in Tokyo on Friday", "and spoke for an hour."
    assert len(first) == 40
    assert split_paragraph_blocks(f"{first}\n{second}")[0] == [f"{first} {second}"]
    assert split_paragraph_blocks(f"{first[:-1]}\n{second}")[0] == [first[:-1], second]

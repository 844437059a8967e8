"""decode, repair, split_paragraphs, content_hash."""

import codecs

import pytest

from archive.ingest.errors import IngestError
from archive.ingest.text import content_hash, decode, normalise_for_hash, repair, split_paragraphs

JAPANESE = "東京で日米の外務・防衛担当閣僚による協議が開かれた。"
CURLY = "“Our alliance,” Blinken said — firmly. Café talk…"
RUSSIAN = (
    "Министры иностранных дел и обороны США и Японии провели виртуальную встречу "
    "и договорились укреплять союз. "
) * 3


@pytest.mark.parametrize(
    ("raw", "text", "encoding"),
    [
        (CURLY.encode("utf-8"), CURLY, "utf-8"),
        (codecs.BOM_UTF8 + CURLY.encode("utf-8"), CURLY, "utf-8-sig"),
        (CURLY.encode("utf-16"), CURLY, "utf-16"),
        (CURLY.encode("cp1252"), CURLY, "windows-1252"),
        (JAPANESE.encode("utf-8"), JAPANESE, "utf-8"),
        (JAPANESE.encode("shift_jis"), JAPANESE, "shift_jis"),
        (JAPANESE.encode("euc_jp"), JAPANESE, "euc-jp"),
        ("Ça va très bien à Paris".encode("cp1252"), "Ça va très bien à Paris", "windows-1252"),
        (RUSSIAN.encode("cp1251"), RUSSIAN, "cp1251"),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16-bom",
        "cp1252",
        "ja-utf8",
        "shift_jis",
        "euc-jp",
        "latin",
        "cp1251",
    ],
)
def test_decode(raw, text, encoding):
    assert decode(raw) == (text, encoding)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
            "binary file (not text): looks like a PDF document",
        ),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (not text): looks like a PNG image"),
        (b"text\x00with\x00nul\x00bytes", "binary file (not text)"),
        (bytes(range(0x80, 0x100)) * 4, "undecodable text"),
        (b"Hello \x9d\x81\x8f world \x90\x8d", "undecodable text"),
    ],
    ids=["empty", "blank", "pdf", "png", "nul", "high-bytes", "mixed"],
)
def test_decode_refuses(raw, message):
    with pytest.raises(IngestError) as error:
        decode(raw)
    assert str(error.value).startswith(message)


def test_repair_fixes_the_seed_mojibake_closing_quote():
    """Seed 001: a UTF-8 ” read as Windows-1257 ("ā€¯"); ftfy 6.3 undoes it."""
    assert repair("capabilities, ā€¯Blinken said.") == "capabilities, ”Blinken said."


def test_repair_keeps_quotes_dashes_and_widths():
    text = "“Quote,” he said – ‘twice’ — ＡＢＣ …"
    assert repair(text) == text


def test_repair_fixes_utf8_read_as_cp1252_and_line_breaks():
    assert repair("Beijingâ€™s   \r\nnext") == "Beijing’s\nnext"


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        ("One.\nTwo.\n\nThree.", ["One.", "Two.", "Three."]),
        ("Title\n- In Reports\n- Myind Staff", ["Title", "- In Reports", "- Myind Staff"]),
        (
            "A hard-wrapped paragraph of a long report\n"
            "goes on across the line break and ends here.\n\nNext.",
            [
                "A hard-wrapped paragraph of a long report goes on across the line break "
                "and ends here.",
                "Next.",
            ],
        ),
        ("  spaced   out  \n\n\n\n", ["spaced out"]),
        ("READ\u00a0 keeps the no-break space", ["READ\u00a0 keeps the no-break space"]),
    ],
    ids=["lines", "list", "wrapped", "blank", "nbsp"],
)
def test_split_paragraphs(text, paragraphs):
    assert split_paragraphs(text) == paragraphs


def test_content_hash_is_casefolded_and_whitespace_blind():
    assert normalise_for_hash("Tokyo  SAID\n\nthis") == "tokyo said this"
    assert content_hash("Tokyo said this.") == content_hash("tokyo   SAID\nthis.")
    assert content_hash("Tokyo said this.") != content_hash("Tokyo said that.")


def test_hard_wrapped_japanese_joins_without_a_space():
    text = (
        "両外相は、日米同盟の抑止力と対処力を一層強化していくことで一致し、北朝鮮の核\n"
        "・ミサイル問題についても緊密に連携していくことを確認しました。\n\n次の段落。"
    )
    assert split_paragraphs(text) == [
        "両外相は、日米同盟の抑止力と対処力を一層強化していくことで一致し、北朝鮮の核"
        "・ミサイル問題についても緊密に連携していくことを確認しました。",
        "次の段落。",
    ]


def test_cjk_lines_ending_a_sentence_stay_apart():
    text = (
        "両外相は、日米同盟の抑止力と対処力を一層強化していくことで一致しました。\n"
        "両外相は、北朝鮮の核・ミサイル問題についても緊密に連携していくことを確認しました。"
    )
    assert len(split_paragraphs(text)) == 2


def test_hard_wrapped_korean_joins_with_a_space():
    text = (
        "박진 외교부 장관은 블링컨 국무장관과 회담을 갖고 한미 동맹을 더욱 강화하기로\n"
        "합의했다고 밝혔다.\n\n다음."
    )
    assert split_paragraphs(text)[0].endswith("강화하기로 합의했다고 밝혔다.")


def test_a_headline_over_a_banner_is_not_a_wrapped_paragraph():
    text = "Japan-United States of America Relations\nJapan-U.S. Ministers’ Meeting\n\nBody."
    assert split_paragraphs(text) == [
        "Japan-United States of America Relations",
        "Japan-U.S. Ministers’ Meeting",
        "Body.",
    ]


def test_list_items_are_never_joined():
    text = (
        "  • The two ministers agreed on the new framework for cooperation 1\n"
        "  • The two ministers agreed on the new framework for cooperation 2."
    )
    assert len(split_paragraphs(text)) == 2

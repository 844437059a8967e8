"""A page's tools and links, whole lines, in the languages the archive meets: share and
follow widgets, text size and read-aloud tools, home and top-page links, language and
document labels, "Filed under" lines (chrome_patterns_photos). Invented lines; the
sentences that hold the same words stay."""

from __future__ import annotations

import pytest

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason


def _reason(line: str) -> str | None:
    return boilerplate_reason(line, DEFAULT_PATTERNS)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("このページをシェアする", "sharing buttons"),
        ("LINEで送る", "sharing buttons"),
        ("Facebookでシェア", "sharing buttons"),
        ("URL 복사", "sharing buttons"),
        ("Follow us on Twitter", "sharing buttons"),
        ("Síguenos en Facebook", "subscription prompt"),  # read before these
        ("音声読み上げ", "text to speech"),
        ("Read aloud", "text to speech"),
        ("字号", "text size widget"),
        ("大 中 小", "text size widget"),
        ("外務省トップページ", "navigation"),
        ("ホーム", "navigation"),
        ("홈", "navigation"),
        ("首页", "navigation"),
        ("이전글", "navigation"),
        ("다음 글", "navigation"),
        ("Home", "navigation"),
        ("Main Text", "navigation"),
        ("Inicio", "navigation"),
        ("Beranda", "navigation"),
        ("Torna su", "navigation"),
        ("Japanese Page", "language switch"),
        ("Foreign Language", "language switch"),
        ("(英文)", "document label"),
        ("(PDF)", "document label"),
        ("Filed under: Asia", "section label"),
        ("Diposting di: Berita", "section label"),
    ],
)
def test_a_pages_tool_or_link_is_dropped(line, reason):
    assert _reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "両外相は、SNSで情報を共有することで一致した。",
        "The ministers returned home after the talks.",
        "Home affairs were not discussed.",
        "The two sides agreed to follow up on the language of the statement.",
        "Follow us, the minister said, and the region will be safer.",
        "The statement was issued in English and Japanese.",
        "大臣は会見で中国について述べた。",
    ],
)
def test_a_sentence_with_the_same_words_stays(line):
    assert _reason(line) is None

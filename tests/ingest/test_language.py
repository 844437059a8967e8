"""detect_language: scripts first, the body over the chrome, short texts."""

import pytest

from archive.ingest import language
from archive.ingest.language import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Japanese: kana, even in a short line; kanji-only text with Japanese-only forms.
        ("林外務大臣は記者団に述べました。", "ja"),
        ("ブリンケン国務長官", "ja"),
        ("総理対談", "ja"),
        # Chinese, simplified or traditional: Han without kana.
        ("布林肯说，美日同盟是基石。", "zh"),
        ("國務卿與外相舉行會談", "zh"),
        # Korean: hangul, with or without Han.
        ("블링컨 국무장관은 말했다", "ko"),
        ("韓美 외교장관 회담", "ko"),
        # Latin-script languages, short ones told by month and weekday names.
        ("7 de enero de 2022", "es"),
        ("Los ministros de Japón y Estados Unidos se reunieron por videoconferencia.", "es"),
        ("Jumat, 7 Januari 2022", "id"),
        ("Menteri luar negeri Jepang dan Amerika Serikat bertemu di Washington.", "id"),
        ("7 gennaio 2022", "it"),
        ("Il ministro degli esteri ha detto che la alleanza è forte.", "it"),
        ("The ministers said that the alliance is strong.", "en"),
        ("Tuesday, January 11", "en"),
        # Too little to tell.
        ("2022", None),
        ("OK", None),
        ("", None),
    ],
)
def test_detect_language(text, expected):
    assert detect_language(text) == expected


def test_cjk_body_in_english_chrome_is_cjk():
    page = "\n".join(
        [
            "Home",
            "Press Releases",
            "Japan-United States of America Relations",
            "日米外相会談",
            "11月14日、岩屋外務大臣は、ブリンケン国務長官と会談を行い、日米同盟の強化を確認しました。",
            "両外相は、北朝鮮への対応について緊密に連携していくことで一致しました。",
            "Back to Japan-United States of America Relations",
            "Related Links and Other Information About the Ministry",
        ]
    )
    assert detect_language(page) == "ja"


def test_chinese_body_in_english_chrome_is_chinese():
    page = (
        "Home | World | Asia Pacific\n"
        "美国国务卿布林肯与日本外相林芳正举行会谈，双方同意加强同盟合作。"
    )
    assert detect_language(page) == "zh"


def test_english_report_quoting_a_japanese_name_stays_english():
    text = (
        "Foreign Minister Yoshimasa Hayashi (林芳正) said the two allies would work "
        "together on the challenges that the region faces, and that they agreed."
    )
    assert detect_language(text) == "en"


def test_korean_with_english_chrome():
    page = (
        "Share\nPrint\n"
        "박진 외교부 장관은 블링컨 국무장관과 회담을 갖고 한미 동맹을 강화하기로 합의했다."
    )
    assert detect_language(page) == "ko"


def test_a_tie_in_a_short_text_is_no_answer():
    assert detect_language("con") is None  # Spanish and Italian alike


def test_a_short_text_is_read_whole():
    text = "The ministers met. " * 100
    assert language.sample(text) is text


def test_a_long_text_is_read_from_a_spread_sample_of_whole_words():
    words = [f"w{i}" for i in range(200_000)]
    text = " ".join(words)
    sample = language.sample(text)
    assert len(sample) <= language.SAMPLE_CHARACTERS
    stretches = sample.split("\n")
    assert len(stretches) == language.SAMPLE_PIECES
    assert stretches[0].startswith("w0 ") and stretches[-1].endswith(words[-1])
    for stretch in stretches:  # whole words, in the order of the text, spread over it
        assert stretch in text and set(stretch.split()) <= set(words)
    positions = [text.index(stretch) for stretch in stretches]
    gaps = [b - a for a, b in zip(positions, positions[1:], strict=False)]
    assert max(gaps) - min(gaps) < 2 * language.WORD_CUT + 2


def test_detecting_a_long_text_reads_a_bounded_sample(monkeypatch):
    """Work counted in characters measured, not time: the same for 1 and 4 MB."""
    read = []
    real = language._script_units

    def counting(line):
        read.append(len(line))
        return real(line)

    monkeypatch.setattr(language, "_script_units", counting)
    english = "The minister said that the alliance was strong and would stay so.\n"
    japanese = "林外務大臣は記者団に対し、日米同盟は強固だと述べました。\n"
    for paragraph, expected in ((english, "en"), (japanese, "ja")):
        for copies in (15_000, 60_000):
            read.clear()
            assert detect_language(paragraph * copies) == expected
            assert sum(read) <= language.SAMPLE_CHARACTERS


def test_a_sample_of_a_text_without_line_breaks_or_spaces():
    text = "日米同盟は強固だと述べました。" * 10_000
    sample = language.sample(text)
    assert language.SAMPLE_CHARACTERS - language.SAMPLE_PIECES <= len(sample)
    assert len(sample) <= language.SAMPLE_CHARACTERS
    assert detect_language(text) == "ja"

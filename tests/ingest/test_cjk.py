"""cjk.py: CJK bigrams for search, sizes in word-equivalents."""

import pytest

from archive.ingest.cjk import cjk_bigrams, cjk_count, has_cjk, units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("日米外相会談", "日米 米外 外相 相会 会談"),
        ("林", "林"),  # a run of one character yields itself
        ("林 と 岸", "林 と 岸"),
        ("国务卿布林肯", "国务 务卿 卿布 布林 林肯"),
        ("블링컨 장관", "블링 링컨 장관"),  # hangul runs split at the space
        ("ブリンケン・オースティン", "ブリ リン ンケ ケン オー ース ステ ティ ィン"),
        ("Blinken met 林芳正 on 2022年1月7日.", "林芳 芳正 年 月 日"),
        ("No CJK at all.", ""),
        ("", ""),
    ],
)
def test_cjk_bigrams(text, expected):
    assert cjk_bigrams(text) == expected


def test_cjk_bigrams_keeps_repeats_in_order():
    assert cjk_bigrams("同盟、同盟") == "同盟 同盟"


def test_cjk_bigrams_is_deterministic():
    text = "岸田総理は「日米同盟を強化する」と述べた。"
    assert cjk_bigrams(text) == cjk_bigrams(text)


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("日米外相会談", 3.0),  # two characters a word
        ("Japan and the United States", 5),
        ("Blinken met 林芳正", 3.5),
        ("블링컨 장관", 2.5),
    ],
)
def test_units(text, size):
    assert units(text) == size


def test_script_checks():
    assert has_cjk("met 林芳正") and not has_cjk("Hayashi")
    assert cjk_count("ブリンケン国務長官 met 하야시") == 12

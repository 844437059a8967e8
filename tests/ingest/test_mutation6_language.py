"""The kana share that makes CJK text Japanese (issue 11's seed-20261208 mutation sample,
language.py): a single kana among up to twenty Han characters (and none of the Han only
Japanese uses) reads as Japanese, among more as Chinese (a stray kana in Chinese text)."""

from archive.ingest.language import detect_language

HAN_20 = "美国国务卿布林肯在东京会见日本外相林芳正"


def test_one_kana_in_twenty_han_characters_is_japanese():
    assert len(HAN_20) == 20
    # _cjk_language 15 asked for more than twenty Han characters per kana (> for >=).
    assert detect_language(HAN_20[:8] + "の" + HAN_20[8:]) == "ja"


def test_one_kana_in_twenty_one_han_characters_is_chinese():
    assert detect_language(HAN_20[:8] + "の" + HAN_20[8:] + "说") == "zh"

"""Issue 11, a speaker's label alone on its line over the words (session 18): Japanese and
Chinese television and news sites print a sound bite as "山田防衛相：" on a line of its
own, the words in the paragraph below, with no quotation marks. The label names the
speaker of the paragraph under it, as a transcript's "Minister:" over its answer does
(the first sentence is the quote). A line ending in a colon that names no one with a
title ("日程：") opens no one's words. People and texts are made up."""

from archive.ingest.reference import Reference
from tests.ingest.invented_people import QUOTE_DAY, TARO_YAMADA, WALTER_DUNMORE, quotes_said

INDEX = Reference(people=(TARO_YAMADA, WALTER_DUNMORE)).index

LABELS_ALONE = (
    "山田太郎防衛相とウォルター・ダンモア国防長官が会談し、同盟の強化を確認しました。\n\n"
    "山田太郎防衛相：\n\n"
    "同盟の抑止力を一層高めていく決意を確認した。地域の平和に責任を果たす。\n\n"
    "ウォルター・ダンモア国防長官：\n\n"
    "日本は欠かせないパートナーだ。協力を続けていく。\n\n"
    "両氏は共同訓練の拡充でも一致しました。"
)


def test_a_label_alone_names_the_paragraph_below():
    assert quotes_said(LABELS_ALONE, INDEX, QUOTE_DAY) == [
        ("taro-yamada", "同盟の抑止力を一層高めていく決意を確認した。"),
        ("walter-dunmore", "日本は欠かせないパートナーだ。"),
    ]


def test_a_colon_after_no_title_opens_no_words():
    body = (
        "山田太郎防衛相とウォルター・ダンモア国防長官が会談しました。\n\n"
        "日程：\n\n"
        "午前十時から防衛省で会談し、その後に共同記者会見を行う予定です。"
    )
    assert quotes_said(body, INDEX, QUOTE_DAY) == []

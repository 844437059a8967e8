"""Issue 11, a broadcaster's caption over words in quote marks (session 16): a speaker's
name alone on a line, then their words on the next line in corner brackets ("記者" /
"「…」", "山田防衛大臣" / "「…」"), is read once, by the quote reader, whole and without
the marks: not also as a transcript turn cut at its first sentence with the opening
mark in it. A caption over plain words is still a turn. People and texts are made up."""

import pytest

from archive.ingest.reference import Reference
from tests.ingest.invented_people import (
    QUOTE_DAY,
    TARO_YAMADA,
    WALTER_DUNMORE,
    quotes_said,
)


@pytest.fixture(scope="module")
def index():
    return Reference(
        people=(
            TARO_YAMADA,
            WALTER_DUNMORE,
        )
    ).index


def quotes(body, index):
    return quotes_said(body, index, QUOTE_DAY)


CAPTIONED = (
    "山田太郎防衛大臣とウォルター・ダンモア国防長官が会談しました。\n\n"
    "記者\n\n"
    "「両大臣を乗せた車が会場に着きました。多くの人が集まっています」\n\n"
    "山田防衛大臣\n\n"
    "「長官の来日を歓迎します。同盟をさらに強くしていきたい」\n\n"
    "ダンモア国防長官\n\n"
    "「日本は最も大切な友人です。共に取り組んでいきます」\n\n"
    "両氏は会談後、共同文書に署名しました。"
)


def test_a_caption_over_a_quote_line_gives_the_whole_quote_once(index):
    found = quotes(CAPTIONED, index)
    assert ("taro-yamada", "長官の来日を歓迎します。同盟をさらに強くしていきたい") in found
    assert ("walter-dunmore", "日本は最も大切な友人です。共に取り組んでいきます") in found
    assert not [text for _, text in found if text.startswith("「")]
    assert len(found) == 3  # the reporter's line once, unattributed


def test_a_caption_over_plain_words_is_still_a_turn(index):
    body = (
        "山田太郎防衛大臣とウォルター・ダンモア国防長官が会談しました。\n\n"
        "山田防衛大臣\n\n"
        "長官の来日を歓迎します。同盟をさらに強くしていきたい。\n\n"
        "ダンモア国防長官\n\n"
        "日本は最も大切な友人です。共に取り組んでいきます。"
    )
    speakers = [slug for slug, _ in quotes(body, index)]
    assert speakers == ["taro-yamada", "walter-dunmore"]

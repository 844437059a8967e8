"""Issue 11, a broadcaster's caption over words in quote marks (session 16): a speaker's
name alone on a line, then their words on the next line in corner brackets ("記者" /
"「…」", "山田防衛大臣" / "「…」"), is read once, by the quote reader, whole and without
the marks: not also as a transcript turn cut at its first sentence with the opening
mark in it. A caption over plain words is still a turn. People and texts are made up."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes
from archive.ingest.reference import Reference
from tests.ingest.invented_people import person

DAY = date(2022, 6, 1)
IN_OFFICE = {"start": date(2020, 1, 1), "end": date(2024, 1, 1)}


@pytest.fixture(scope="module")
def index():
    return Reference(
        people=(
            person(
                "taro-yamada",
                "Taro Yamada",
                "Japan",
                ("山田太郎",),
                "Minister of Defense",
                "defense",
                **IN_OFFICE,
            ),
            person(
                "walter-dunmore",
                "Walter Dunmore",
                "United States",
                ("ウォルター・ダンモア",),
                "Secretary of Defense",
                "defense",
                **IN_OFFICE,
            ),
        )
    ).index


def quotes(body, index):
    mentions, _ = find_people(body, index)
    return [
        (hit.speaker_slug, hit.text) for hit in find_quotes(body, mentions, index=index, on=DAY)
    ]


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

"""news_subjects._may_follow: a cheap look at the characters after a name, which must
let through every place where the genitive or the sender's pattern matches (issue #10)."""

import random

import pytest

from archive.ingest import news_subjects
from archive.ingest.cjk import CJK_TITLES

PIECES = (
    *CJK_TITLES,
    *news_subjects._OTHER_LEADER_TITLES,
    *"の 的 의 政権 政府 정부 から寄せられたメッセージ 이 가 보낸 축하 메시지".split(),
    *"发来的贺电 致的信函".split(),
    "'s",
    "’s",
    " ",
    "  ",
    "\n",
    "\u3000",
    "said",
    "Kishida",
    "、",
    "。",
    "s",
    "'",
)


@pytest.mark.parametrize("seed", range(40))
def test_the_screen_lets_through_every_match(seed):
    rng = random.Random(seed)
    text = "".join(rng.choice(PIECES) for _ in range(60))
    for end in range(len(text) + 1):
        matches = news_subjects._GENITIVE_AFTER.match(
            text, end
        ) or news_subjects._SENDER_AFTER.match(text, end)
        if matches:
            assert news_subjects._may_follow(text, end), (text, end)


def test_the_screen_stops_at_plain_latin_text():
    assert not news_subjects._may_follow("Kishida said", len("Kishida"))
    assert not news_subjects._may_follow("Kishida", len("Kishida"))
    assert news_subjects._may_follow("Kishida's visit", len("Kishida"))
    assert news_subjects._may_follow("岸田総理の訪米", len("岸田"))
    assert news_subjects._may_follow("바이든 대통령이 보낸", len("바이든"))

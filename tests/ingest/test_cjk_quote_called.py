"""Chinese reported speech with 称 ("calls", "says"): the speaker calls someone something
("拜登称岸田是一位“真正的朋友”", "布林肯稱日本為“最親密的盟友”"); the words are the
speaker's although the person they are said of stands between the verb and the quote.
称 inside a word for a name (名称, 简称) or in 称为 ("is called") reports no one. Invented
texts."""

import pytest

from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes


def quotes(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [(hit.speaker_slug, hit.text) for hit in find_quotes(body, mentions, index=ref.index)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "拜登总统随后在社交媒体上发文,称岸田文雄是一位“真正的朋友和伟大的领导人”。",
            [("joe-biden", "真正的朋友和伟大的领导人")],
        ),
        (
            "布林肯國務卿在記者會上稱林芳正為“最值得信賴的夥伴”。",
            [("antony-blinken", "最值得信賴的夥伴")],
        ),
        (
            "布林肯称,美日同盟“比以往任何时候都更加强大”。",
            [("antony-blinken", "比以往任何时候都更加强大")],
        ),
    ],
)
def test_the_speaker_of_cheng_calls_someone_something(ref, body, expected):
    assert quotes(body, ref) == expected


@pytest.mark.parametrize(
    "body",
    [
        # Another person named between the verb and the quote, who is not what is called.
        "拜登称岸田文雄说“日本将加强防卫”。",
        # 名称, 简称, 称为: a name, not a speaker's words.
        "岸田文雄提到的文件名称“印太经济框架”备受关注。",
        "拜登出席的会议被称为“四方安全对话”。",
    ],
)
def test_cheng_in_a_name_or_before_someone_who_speaks_is_not_the_speakers(ref, body):
    assert all(slug != "joe-biden" for slug, _ in quotes(body, ref))

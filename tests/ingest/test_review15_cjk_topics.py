"""Review of e4a472d and 06dc83d (cjk_quote_words.TITLED_TOPIC_AFTER_NAME now takes a
spokesperson's and a deputy's title): a known name followed by a possessive ("의", "の")
and someone else's title ("존 도 장관의 대변인은", "山田太郎首相の次官は") is the speaker's
superior, not the speaker; the widened pattern makes the superior say the quote. The
people and texts are made up."""

import pytest

from archive.ingest.reference import Reference
from tests.ingest.invented_people import officials_of_2020s
from tests.ingest.invented_people import quote_speakers as speakers


@pytest.fixture(scope="module")
def index():
    return Reference(
        people=officials_of_2020s(
            (
                "john-doe",
                "John Doe",
                "United States",
                ("존 도", "ジョン・ドウ"),
                "Secretary of State",
            ),
            ("taro-yamada", "Taro Yamada", "Japan", ("山田太郎",), "Prime Minister"),
        )
    ).index


@pytest.mark.parametrize(
    "body",
    [
        "존 도 국무장관의 차관보는 이날 기자들에게 “동맹 강화가 핵심 의제”라고 말했습니다.",
        "존 도 장관의 대변인은 이날 기자들에게 “동맹 강화가 핵심 의제”라고 말했습니다.",
        "山田太郎首相の次官は記者会見で「同盟を強化する」と述べた。",
        "ジョン・ドウ国務長官の報道官は記者会見で「同盟を強化する」と述べた。",
    ],
)
def test_a_superiors_name_before_a_possessive_does_not_say_the_quote(index, body):
    assert "john-doe" not in speakers(body, index)
    assert "taro-yamada" not in speakers(body, index)


def test_the_name_with_its_own_spokesperson_title_still_says_the_quote(index):
    body = "존 도 국무부 대변인은 이날 기자들에게 “동맹 강화가 핵심 의제”라고 말했습니다."
    assert speakers(body, index) == ["john-doe"]

"""A known name, its title and a possessive, then a deputy's or a spokesperson's title
("제인 로 국방장관의 대변인은", "鈴木花子外相の副報道官は"): the sentence's subject is the
named person's aide, whom the report leaves unnamed, so the quote goes to no known person;
the name with its own title, an office in the possessive between ("제인 로 국방부의
대변인은"), still says the quote (issue 11). Invented texts and people."""

import pytest

from archive.ingest.reference import Reference
from tests.ingest.invented_people import officials_of_2020s
from tests.ingest.invented_people import quote_speakers as speakers


@pytest.fixture(scope="module")
def index():
    return Reference(
        people=officials_of_2020s(
            (
                "jane-roe",
                "Jane Roe",
                "United States",
                ("제인 로", "ジェーン・ロー"),
                "Secretary of Defense",
            ),
            ("hanako-suzuki", "Hanako Suzuki", "Japan", ("鈴木花子",), "Foreign Minister"),
        )
    ).index


@pytest.mark.parametrize(
    "body",
    [
        "제인 로 국방장관의 수석대변인은 브리핑에서 “훈련 일정은 바뀌지 않는다”고 밝혔다.",
        "제인 로 장관의 부장관은 의회 청문회에서 “예산이 더 필요하다”고 말했다.",
        "鈴木花子外相の副報道官は定例会見で「日程に変更はない」と説明した。",
        "ジェーン・ロー国防長官の次官補は講演で「抑止力を高める」と強調した。",
    ],
)
def test_the_aide_of_a_titled_name_is_no_known_speaker(index, body):
    assert not {"jane-roe", "hanako-suzuki"} & set(speakers(body, index))


@pytest.mark.parametrize(
    "body, slug",
    [
        # An office, not a person's title, before the possessive: her own title.
        (
            "제인 로 국방부의 대변인은 브리핑에서 “훈련 일정은 바뀌지 않는다”고 밝혔다.",
            "jane-roe",
        ),
        # A title and a possessive later in the sentence, after the topic.
        (
            "제인 로 국방장관은 일본 총리의 방미를 앞두고 “훈련 일정은 바뀌지 않는다”고 밝혔다.",
            "jane-roe",
        ),
        ("鈴木花子外相は首相の訪米を前に「日程に変更はない」と説明した。", "hanako-suzuki"),
    ],
)
def test_a_name_with_its_own_title_still_says_the_quote(index, body, slug):
    assert speakers(body, index) == [slug]

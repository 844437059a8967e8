"""A CJK quote's subject printed as a spokesperson with the office between the name and
the title ("제니 하퍼 백악관 대변인은 … “…”이라고 밝혔습니다"): the known name is the
sentence's topic however far the quote, as with a minister's title (issue 11).
Invented texts and people."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes
from archive.ingest.reference import KnownOffice, KnownPerson, Reference


@pytest.fixture(scope="module")
def index():
    def person(slug, name, country, aliases, post):
        office = KnownOffice("Spokesperson", post, country, date(2020, 1, 1), date(2024, 1, 1))
        return KnownPerson(slug, name, country, aliases, (office,))

    return Reference(
        people=(
            person(
                "jenny-harper",
                "Jenny Harper",
                "United States",
                ("제니 하퍼", "ジェニー・ハーパー"),
                "other",
            ),
            person(
                "fumio-kishida", "Fumio Kishida", "Japan", ("기시다 후미오", "岸田文雄"), "foreign"
            ),
        )
    ).index


def quotes(body, index):
    mentions, _ = find_people(body, index)
    return [(hit.speaker_slug, hit.text) for hit in find_quotes(body, mentions, index=index)]


@pytest.mark.parametrize(
    "body, words",
    [
        (
            "제니 하퍼 백악관 대변인은 21일 성명을 내고 “두 정상은 공급망 협력 방안을 폭넓게 "
            "논의할 것”이라고 밝혔습니다.",
            "두 정상은 공급망 협력 방안을 폭넓게 논의할 것",
        ),
        (
            "제니 하퍼 국무부 대변인 대행은 정례 브리핑에서 질문을 받고 “우리는 동맹과 긴밀히 "
            "협의하고 있다”고 말했다.",
            "우리는 동맹과 긴밀히 협의하고 있다",
        ),
        (
            "ジェニー・ハーパー米国務省報道官は21日の定例会見で記者団の質問に答え、"
            "「同盟国と緊密に協議を続けていく」と述べた。",
            "同盟国と緊密に協議を続けていく",
        ),
    ],
)
def test_a_spokesperson_with_the_office_and_title_as_topic_says_the_quote(index, body, words):
    assert quotes(body, index) == [("jenny-harper", words)]


def test_a_spokesperson_met_by_the_topic_is_not_the_speaker(index):
    body = (
        "기시다 후미오 외무상은 21일 제니 하퍼 백악관 대변인과 만난 뒤 기자들에게 "
        "“양국은 공급망 협력 방안을 폭넓게 논의했다”고 말했다."
    )
    assert quotes(body, index) == [("fumio-kishida", "양국은 공급망 협력 방안을 폭넓게 논의했다")]

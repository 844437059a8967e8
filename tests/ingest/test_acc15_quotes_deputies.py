"""A CJK quote's subject printed with a deputy's or an assistant's title, the matter in
their charge before it ("존 도 국무부 동아시아태평양 담당 차관보는 … “…”이라고 말했습니다"):
the known name is the sentence's topic however far the quote (issue 11).
Invented texts and people."""

import pytest

from archive.ingest.reference import Reference
from tests.ingest.invented_people import officials_of_2020s
from tests.ingest.invented_people import quotes_said as quotes


@pytest.fixture(scope="module")
def index():
    return Reference(
        people=officials_of_2020s(
            ("john-doe", "John Doe", "United States", ("존 도",), "Assistant Secretary"),
            ("mary-roe", "Mary Roe", "United States", ("메리 로",), "Deputy Secretary"),
        )
    ).index


@pytest.mark.parametrize(
    "body, slug, words",
    [
        (
            "존 도 미 국무부 동아시아태평양 담당 차관보는 이날 전화 브리핑에서 “동맹 강화가 "
            "이번 회의의 핵심 의제가 될 것”이라고 말했습니다.",
            "john-doe",
            "동맹 강화가 이번 회의의 핵심 의제가 될 것",
        ),
        (
            "메리 로 미 국무부 부장관은 이날 기자들과 만나 “세 나라의 협력은 어느 때보다 "
            "굳건하다”고 강조했습니다.",
            "mary-roe",
            "세 나라의 협력은 어느 때보다 굳건하다",
        ),
    ],
)
def test_a_deputy_with_the_office_and_title_as_topic_says_the_quote(index, body, slug, words):
    assert quotes(body, index) == [(slug, words)]


def test_a_deputy_met_by_the_speaker_is_not_the_speaker(index):
    body = (
        "메리 로 부장관은 이날 존 도 동아시아태평양 담당 차관보와 만난 뒤 기자들에게 "
        "“세 나라의 협력은 어느 때보다 굳건하다”고 강조했습니다."
    )
    assert quotes(body, index) == [("mary-roe", "세 나라의 협력은 어느 때보다 굳건하다")]

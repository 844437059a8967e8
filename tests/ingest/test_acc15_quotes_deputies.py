"""A CJK quote's subject printed with a deputy's or an assistant's title, the matter in
their charge before it ("존 도 국무부 동아시아태평양 담당 차관보는 … “…”이라고 말했습니다"):
the known name is the sentence's topic however far the quote (issue 11).
Invented texts and people."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes
from archive.ingest.reference import KnownOffice, KnownPerson, Reference


@pytest.fixture(scope="module")
def index():
    def person(slug, name, country, aliases, title):
        office = KnownOffice(title, "other", country, date(2020, 1, 1), date(2024, 1, 1))
        return KnownPerson(slug, name, country, aliases, (office,))

    return Reference(
        people=(
            person("john-doe", "John Doe", "United States", ("존 도",), "Assistant Secretary"),
            person("mary-roe", "Mary Roe", "United States", ("메리 로",), "Deputy Secretary"),
        )
    ).index


def quotes(body, index):
    mentions, _ = find_people(body, index)
    return [(hit.speaker_slug, hit.text) for hit in find_quotes(body, mentions, index=index)]


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

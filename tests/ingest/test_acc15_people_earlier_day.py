"""A Korean sentence about an earlier day's meeting ("앞서 … 16일 … 통화했습니다": "earlier,
on the 16th, … spoke by phone") names its people in passing, as a meeting of the month
before does (passing._PRIOR_PERIOD with _MEETING_THEN). Invented people and texts."""

from datetime import date

import pytest

from archive.ingest.passing import in_passing
from archive.ingest.people import find_people
from archive.ingest.reference import KnownOffice, KnownPerson, Reference

ON = date(2031, 5, 20)


def _person(slug, country, aliases, title, post):
    name = slug.replace("-", " ").title()
    return KnownPerson(
        slug, name, country, aliases, (KnownOffice(title, post, country, None, None),)
    )


@pytest.fixture(scope="module")
def index():
    people = (
        _person(
            "ellen-graves",
            "United States",
            ("엘런 그레이브스", "그레이브스"),
            "Secretary of Defense",
            "defense",
        ),
        _person(
            "kenta-morimura",
            "Japan",
            ("모리무라 겐타", "모리무라"),
            "Minister of Defense",
            "defense",
        ),
        _person(
            "min-ho-seo", "South Korea", ("서민호",), "Minister of National Defense", "defense"
        ),
    )
    return Reference(people=people).index


LEAD = (
    "모리무라 겐타 일본 방위상은 20일 서민호 한국 국방장관과 도쿄에서 회담했습니다. "
    "두 장관은 안보 협력을 강화하기로 했습니다.\n\n"
    "모리무라 방위상은 회담 뒤 기자들에게 협력의 성과를 설명했습니다.\n\n"
    + "두 장관은 연합 훈련과 정보 공유를 넓히는 방안도 논의했습니다.\n\n"
    * 8
)  # past the lead (passing.LEAD_CHARS), where a mention is never in passing


def passing(body, index):
    mentions = find_people(body, index, ON)[0]
    return in_passing(body, mentions, [], index)


@pytest.mark.parametrize(
    "sentence",
    [
        "앞서 엘런 그레이브스 미 국방장관은 16일 모리무라 방위상과 전화 통화했습니다.",
        "앞서 지난 12일 엘런 그레이브스 미 국방장관은 모리무라 방위상과 회담했습니다.",
    ],
)
def test_a_meeting_of_an_earlier_day_is_in_passing(index, sentence):
    assert "ellen-graves" in passing(LEAD + sentence, index)


@pytest.mark.parametrize(
    "sentence",
    [
        # a day, but not said to be earlier: the report's own business
        "엘런 그레이브스 미 국방장관은 16일 모리무라 방위상과 전화 통화했습니다.",
        # earlier, but no day: "as said before"
        "앞서 엘런 그레이브스 미 국방장관은 모리무라 방위상과 전화 통화했습니다.",
        # an earlier day, but no meeting: what the person did then
        "앞서 엘런 그레이브스 미 국방장관은 16일 새 전략을 발표했습니다.",
    ],
)
def test_other_sentences_stay(index, sentence):
    assert "ellen-graves" not in passing(LEAD + sentence, index)

"""A CJK quote's subject printed with a country other than the allies' between the name
and the title ("줄리 비숍 호주 외무장관은 … “…”고 말했습니다"): the known name is the
sentence's topic, however far the quote (issue 11).
Invented texts."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes
from archive.ingest.reference import KnownOffice, KnownPerson, Reference

FOREIGN = "Minister for Foreign Affairs"


@pytest.fixture(scope="module")
def index():
    def person(slug, name, country, aliases):
        office = KnownOffice(FOREIGN, "foreign", country, date(2013, 9, 18), date(2018, 8, 26))
        return KnownPerson(slug, name, country, aliases, (office,))

    return Reference(
        people=(
            person(
                "julie-bishop", "Julie Bishop", "Australia", ("줄리 비숍", "ジュリー・ビショップ")
            ),
            person("fumio-kishida", "Fumio Kishida", "Japan", ("기시다 후미오", "岸田文雄")),
        )
    ).index


def quotes(body, index):
    mentions, _ = find_people(body, index)
    return [(hit.speaker_slug, hit.text) for hit in find_quotes(body, mentions, index=index)]


@pytest.mark.parametrize(
    "body, words",
    [
        (
            "줄리 비숍 호주 외무장관은 회견에서 북한 문제 해결을 위해 “중국이 더 노력해야 한다”고 "
            "말했습니다.",
            "중국이 더 노력해야 한다",
        ),
        (
            "줄리 비숍 호주 외교 장관은 이날 기자회견에서 북한 문제에 대해 "
            "“압박을 계속해야 한다”고 강조했다.",
            "압박을 계속해야 한다",
        ),
    ],
)
def test_a_name_with_its_country_and_title_as_topic_says_the_quote(index, body, words):
    assert quotes(body, index) == [("julie-bishop", words)]


def test_a_quote_between_the_topic_and_this_one_keeps_its_own_speaker(index):
    body = (
        "줄리 비숍 호주 외무장관은 회견에서 “압박을 계속해야 한다”고 말했고, "
        "기시다 후미오 외무상은 북한 문제에 대해 “대화의 문은 열려 있다”고 말했습니다."
    )
    assert quotes(body, index)[-1] == ("fumio-kishida", "대화의 문은 열려 있다")

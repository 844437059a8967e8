"""A CJK quote's subject printed with a country and a title after the name ("줄리 비숍 호주
외무장관은 … “…”고 말했습니다") is read in any paragraph, not only the first (issue 11's
seed-20261212 mutation run, cjk_quote_subjects._topic_with_country): the name's place in
the body is its place in the paragraph plus the paragraph's offset. Invented texts."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes
from archive.ingest.reference import KnownOffice, KnownPerson, Reference

FOREIGN = "Minister for Foreign Affairs"
TOPIC = (
    "줄리 비숍 호주 외무장관은 회견에서 북한 문제 해결을 위해 “중국이 더 노력해야 한다”고 "
    "말했습니다."
)


@pytest.fixture(scope="module")
def index():
    def person(slug, name, country, aliases):
        office = KnownOffice(FOREIGN, "foreign", country, date(2013, 9, 18), date(2018, 8, 26))
        return KnownPerson(slug, name, country, aliases, (office,))

    return Reference(
        people=(
            person("julie-bishop", "Julie Bishop", "Australia", ("줄리 비숍",)),
            person("fumio-kishida", "Fumio Kishida", "Japan", ("기시다 후미오",)),
        )
    ).index


def quotes(body, index):
    mentions, _ = find_people(body, index)
    return [(hit.speaker_slug, hit.text) for hit in find_quotes(body, mentions, index=index)]


@pytest.mark.parametrize(
    "before",
    ["", "기시다 후미오 외무상은 이날 도쿄에서 회담을 열었습니다.\n\n", "도쿄=연합뉴스\n\n"],
)
def test_the_topic_with_its_country_says_the_quote_in_a_later_paragraph(index, before):
    assert quotes(before + TOPIC, index)[-1] == ("julie-bishop", "중국이 더 노력해야 한다")

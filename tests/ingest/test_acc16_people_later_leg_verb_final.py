"""The later leg of a trip told in Korean or Japanese, the verb last and the traveller
often unsaid ("이어 서울을 방문해 … 대통령을 만날 예정입니다", "韓国を訪問し…と会談する
予定"): someone of neither ally named after the visit's connective, with a future marker
after the name, is in passing (passing._later_leg_verb_final). Invented people and texts."""

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
    return Reference(
        people=(
            _person(
                "ellen-graves",
                "United States",
                ("엘런 그레이브스", "그레이브스", "グレイブス"),
                "Secretary of State",
                "foreign",
            ),
            _person(
                "kenta-morimura",
                "Japan",
                ("모리무라 겐타", "모리무라", "森村健太"),
                "Minister for Foreign Affairs",
                "foreign",
            ),
            _person(
                "min-ho-seo", "South Korea", ("서민호", "ソ・ミンホ"), "President", "head_of_state"
            ),
        )
    ).index


LEAD = (
    "엘런 그레이브스 미 국무장관은 20일 모리무라 겐타 일본 외무상과 도쿄에서 회담했습니다. "
    "두 장관은 동맹 강화 방안을 논의했습니다.\n\n"
    + "두 장관은 경제 안보 협력도 넓히기로 했습니다.\n\n"
    * 8
)  # past the lead (passing.LEAD_CHARS), where a mention is never in passing
LEAD_JA = (
    "グレイブス米国務長官は20日、東京で森村健太外務大臣と会談した。両氏は同盟の強化で一致した。\n\n"
    + "両氏は経済安全保障での協力も確認した。\n\n" * 12
)


def passing(body, index):
    return in_passing(body, find_people(body, index, ON)[0], [], index)


@pytest.mark.parametrize(
    "body",
    [
        LEAD + "그레이브스 장관은 이어 서울을 방문해 서민호 대통령을 만날 예정입니다.",
        LEAD + "이어 한국을 방문해 서민호 대통령과 회담할 것으로 보입니다.",
        LEAD_JA + "グレイブス長官はその後韓国を訪問し、ソ・ミンホ大統領と会談する予定だ。",
    ],
)
def test_a_later_legs_host_is_in_passing(index, body):
    assert "min-ho-seo" in passing(body, index)


@pytest.mark.parametrize(
    "body",
    [
        # no visit before the name: the report's own business
        LEAD + "서민호 대통령은 두 장관의 회담 결과를 환영할 예정입니다.",
        # a visit, but no future marker: what happened
        LEAD + "그레이브스 장관은 이어 서울을 방문해 서민호 대통령을 만났습니다.",
        # an ally's minister after the visit is the meeting's own
        LEAD + "그레이브스 장관은 도쿄를 방문해 모리무라 외무상을 다시 만날 예정입니다.",
    ],
)
def test_not_without_a_visit_before_and_a_future_after(index, body):
    found = passing(body, index)
    assert "min-ho-seo" not in found and "kenta-morimura" not in found

"""A spokesperson printed as such is no subject of the report (news_subjects.
_printed_as_spokespeople): in an apposition with its comma and the government it speaks
for ("El secretario en jefe del Gabinete, Taro Yamada, anunció"), in CJK text after the
name ("山田太郎官房長官は…発表した", "야마다 다로 관방장관", "…대변인") or, in Chinese, before
it ("官房长官山田太郎"); a bare surname after the titled name says nothing either way. A
chief cabinet secretary who meets someone in that sentence is a party (a press
conference is no meeting). Invented people and texts."""

from datetime import date

import pytest

from archive.ingest.news_subjects import in_the_news
from archive.ingest.people import find_people
from archive.ingest.reference import Reference
from tests.ingest.invented_people import untermed_person as _person

ON = date(2031, 5, 20)


@pytest.fixture(scope="module")
def index():
    return Reference(
        people=(
            # once a defence minister: no office of the reference speaks for anyone
            _person(
                "Taro Yamada",
                "Japan",
                "Minister of Defense",
                "defense",
                ("Yamada Taro", "山田太郎", "야마다 다로"),
            ),
            _person(
                "Walter Harmon",
                "United States",
                "President",
                "head_of_state",
                ("ウォルター・ハーモン", "월터 하먼", "沃尔特·哈蒙"),
            ),
        )
    ).index


def _subjects(text, index):
    mentions, _ = find_people(text, index, ON)
    return {m.slug for m in in_the_news(text, mentions, [], index, ON)}


@pytest.mark.parametrize(
    "text",
    [
        "El secretario en jefe del Gabinete, Yamada Taro, anunció que Walter Harmon visitará"
        " Japón. Yamada declaró que espera una buena cumbre.",
        "El portavoz del Gobierno japonés, Taro Yamada, confirmó la visita de Walter Harmon.",
        "山田太郎官房長官は記者会見で、ウォルター・ハーモン大統領が来日すると発表した。",
        "야마다 다로 관방장관은 기자회견에서 월터 하먼 대통령이 일본을 방문한다고 발표했다.",
        "日本内阁官房长官山田太郎宣布，沃尔特·哈蒙总统将访问日本。",
        "야마다 다로 대변인은 월터 하먼 대통령이 일본을 방문한다고 설명했다.",
    ],
)
def test_a_spokesperson_printed_as_such_is_no_subject(text, index):
    assert _subjects(text, index) == {"walter-harmon"}


@pytest.mark.parametrize(
    "text",
    [
        # the cabinet secretary meets the president: a party
        "山田太郎官房長官は、ウォルター・ハーモン大統領と会談した。",
        "El secretario en jefe del Gabinete, Taro Yamada, se reunió con Walter Harmon.",
        # no spokesperson's title: the minister of the day
        "山田太郎防衛大臣は、ウォルター・ハーモン大統領が来日すると述べた。",
        "El ministro de Defensa, Taro Yamada, recibió a Walter Harmon.",
    ],
)
def test_other_officials_stay_subjects(text, index):
    assert _subjects(text, index) == {"taro-yamada", "walter-harmon"}

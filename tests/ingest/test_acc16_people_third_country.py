"""A third country's minister named only by a compound in the lead ("미한일 외교장관이 …
만났다", "日米韓外相が…"), when the report is linked to the allies' meeting with that
country: the holder of the post on the meeting's day (cjk_role_compounds.
third_country_mentions). Elsewhere in the report, a compound is as often a past or coming
meeting's name. People, meeting and texts are made up."""

from datetime import date

import pytest

from archive.ingest.cjk_role_compounds import third_country_mentions
from archive.ingest.reference import KnownMeeting, Reference
from tests.ingest.invented_people import person

DAY = date(2031, 5, 6)
TERM = {"start": date(2030, 1, 1), "end": date(2033, 1, 1)}
TRILATERAL = KnownMeeting(
    slug="multilateral-2031-05-06",
    title="Japan–U.S.–ROK Foreign Ministers' Meeting",
    start=DAY,
    end=DAY,
    kind="multilateral",
    country="United States",
    other_countries=("South Korea",),
    participant_posts=(("ann-smith", "United States", "foreign"), ("ken-sato", "Japan", "foreign")),
)


@pytest.fixture(scope="module")
def index():
    return Reference(
        people=(
            person(
                "ann-smith",
                "Ann Smith",
                "United States",
                (),
                "Secretary of State",
                "foreign",
                **TERM,
            ),
            person(
                "ken-sato",
                "Ken Sato",
                "Japan",
                (),
                "Minister for Foreign Affairs",
                "foreign",
                **TERM,
            ),
            person(
                "min-park",
                "Min Park",
                "South Korea",
                (),
                "Minister of Foreign Affairs",
                "foreign",
                **TERM,
            ),
            person(
                "jin-han",
                "Jin Han",
                "South Korea",
                (),
                "Minister of National Defense",
                "defense",
                **TERM,
            ),
        ),
        meetings=(TRILATERAL,),
    ).index


@pytest.mark.parametrize(
    "body",
    [
        "미한일 외교장관이 6일 뉴욕에서 만났습니다. 세 장관은 북한 문제를 논의했습니다.",
        "日米韓外相は6日、ニューヨークで会談した。",
        "美日韩三国外长6日在纽约举行会谈。",
    ],
)
def test_the_third_countrys_minister_of_a_compound_in_the_lead(index, body):
    assert {m.slug for m in third_country_mentions(body, TRILATERAL, index)} == {"min-park"}


def test_not_from_a_compound_after_the_lead(index):
    lead = "두 장관은 6일 뉴욕에서 만나 북한 문제를 논의했습니다. " * 12
    body = lead + "\n\n이는 지난해 미한일 외교장관 회의의 후속 조치입니다."
    assert third_country_mentions(body, TRILATERAL, index) == []


def test_not_for_a_post_the_meetings_ministers_do_not_hold(index):
    """A foreign ministers' meeting: "미한일 국방장관" is another meeting's."""
    body = "미한일 국방장관 회의 결과를 바탕으로 외교장관들이 6일 만났습니다."
    assert third_country_mentions(body, TRILATERAL, index) == []


def test_not_without_a_linked_meeting_of_that_country(index):
    body = "日米韓外相は6日、ニューヨークで会談した。"
    bilateral = KnownMeeting(
        slug="foreign_ministers-2031-05-06",
        title="",
        start=DAY,
        end=DAY,
        kind="foreign_ministers",
        participant_posts=TRILATERAL.participant_posts,
    )
    assert third_country_mentions(body, None, index) == []
    assert third_country_mentions(body, bilateral, index) == []

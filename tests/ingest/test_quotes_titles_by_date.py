"""Issue 11: a bare title ("the prime minister", "the secretary") stands for the last person
named who holds such a post on the report's day, not for one who held it in another year,
and "the secretary" is a Secretary of State or of Defense, not a Chief Cabinet Secretary
(invented texts, a reference of their own)."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes
from archive.ingest.reference import KnownOffice, KnownPerson, Reference
from archive.ingest.results import Mention
from archive.ingest.roles import resolve_title

D = date.fromisoformat
FOREIGN = "Minister for Foreign Affairs"


@pytest.fixture(scope="module")
def index():
    def office(title, post, country, start, end=None):
        return KnownOffice(title, post, country, D(start), D(end) if end else None)

    def person(slug, name, country, *offices):
        return KnownPerson(slug, name, country, offices=offices)

    return Reference(
        people=(
            person(
                "shinzo-abe",
                "Shinzo Abe",
                "Japan",
                office("Prime Minister", "head_of_government", "Japan", "2012-12-26", "2020-09-16"),
            ),
            person(
                "fumio-kishida",
                "Fumio Kishida",
                "Japan",
                office(FOREIGN, "foreign", "Japan", "2012-12-26", "2017-08-03"),
                office("Prime Minister", "head_of_government", "Japan", "2021-10-04", "2024-10-01"),
            ),
            person(
                "yoshimasa-hayashi",
                "Yoshimasa Hayashi",
                "Japan",
                office(FOREIGN, "foreign", "Japan", "2021-11-10", "2023-09-13"),
                office("Chief Cabinet Secretary", "other", "Japan", "2023-12-14"),
            ),
            person(
                "antony-blinken",
                "Antony Blinken",
                "United States",
                office("Secretary of State", "foreign", "United States", "2021-01-26"),
            ),
        )
    ).index


def _named(*slugs):
    return [Mention(slug, i * 10, i * 10 + 5, slug) for i, slug in enumerate(slugs)]


def test_a_title_is_the_holder_on_the_day_not_a_later_holder(index):
    named = _named("shinzo-abe", "fumio-kishida")
    assert resolve_title("the prime minister", named, index, on=D("2015-04-28")) == "shinzo-abe"
    assert resolve_title("the prime minister", named, index, on=D("2022-05-23")) == (
        "fumio-kishida"
    )
    # Undated, any post the person ever held still counts.
    assert resolve_title("the prime minister", named, index) == "fumio-kishida"


def test_the_secretary_is_no_chief_cabinet_secretary(index):
    named = _named("antony-blinken", "yoshimasa-hayashi")
    assert resolve_title("the secretary", named, index, on=D("2024-07-28")) == "antony-blinken"
    assert resolve_title("the secretary", named, index) == "antony-blinken"


def test_the_minister_is_whoever_is_a_minister_that_day(index):
    named = _named("yoshimasa-hayashi", "antony-blinken")
    assert resolve_title("the minister", named, index, on=D("2022-01-07")) == ("yoshimasa-hayashi")
    # In 2024 Hayashi is no minister (chief cabinet secretary): no one named is.
    assert resolve_title("the minister", named, index, on=D("2024-07-28")) is None


def test_a_quote_of_the_prime_minister_in_a_report_of_his_foreign_minister(index):
    body = (
        "Prime Minister Shinzo Abe received Foreign Minister Fumio Kishida at his office.\n\n"
        "“We will work with Washington to keep the region at peace,” the prime minister said."
    )
    mentions, _ = find_people(body, index)
    hits = find_quotes(body, mentions, index=index, on=D("2015-04-20"))
    assert [hit.speaker_slug for hit in hits] == ["shinzo-abe"]
    later = find_quotes(body, mentions, index=index, on=D("2022-04-20"))
    assert [hit.speaker_slug for hit in later] == ["fumio-kishida"]

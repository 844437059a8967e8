"""A title before a known surname names its one bearer (people._titled_bearer), except
where the surname opens a fuller name and the title is of a kind of post the bearer never
held: "el canciller Dantes Ortega" is a foreign minister whose given name is a defence
minister's surname. Invented people and texts."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.reference import Reference
from tests.ingest.invented_people import untermed_person as _person

ON = date(2031, 5, 20)


@pytest.fixture(scope="module")
def index():
    return Reference(
        people=(
            _person("Marisol Dantes", "Philippines", "Secretary of National Defense", "defense"),
            _person("Ken Nakamura", "Japan", "Minister of Defense", "defense"),
            _person("Walter Harmon", "United States", "President", "head_of_state"),
        )
    ).index


def _slugs(text, index):
    mentions, _ = find_people(text, index, ON)
    return [m.slug for m in mentions]


@pytest.mark.parametrize(
    "text",
    [
        "El canciller Dantes Ortega se reunió con su homólogo en Tokio.",
        "Foreign Minister Dantes Ortega met his counterpart in Tokyo.",
        "Defense Minister Harmon Kessler of the islands visited Tokyo.",
    ],
)
def test_a_title_of_a_post_never_held_before_a_fuller_name_is_someone_else(text, index):
    assert _slugs(text, index) == []


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        # a title of a post the bearer held, before a surname-first name
        ("Defense Minister Nakamura Ken met his counterpart in Tokyo.", "ken-nakamura"),
        # a leader's title of the other leader's post: printed titles are not trusted
        ("Prime Minister Harmon Tuesday welcomed the guests.", "walter-harmon"),
        # a bare title: any post
        ("Secretary Dantes Monday met her counterpart.", "marisol-dantes"),
        # no capitalised word after the surname: the bearer, whatever the title says
        ("El canciller Dantes se reunió con su homólogo en Tokio.", "marisol-dantes"),
    ],
)
def test_a_title_before_a_surname_still_names_its_bearer(text, slug, index):
    assert _slugs(text, index) == [slug]

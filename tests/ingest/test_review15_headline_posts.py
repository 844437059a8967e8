"""Review of 8e8c3cd (headline_roles.post_holder: a headline's quote under a country and a
post alone is the post's holder that day). Korean and Japanese headlines print a former
holder the same way with "전"/"前" before the country ("키신저 전 미 국무장관 “…”": a
former Secretary of State); the word before the country is not read, so the sitting
holder is given the former one's words. Invented texts and people."""

from datetime import date

import pytest

from archive.ingest.headline_quotes import headline_quotes
from archive.ingest.reference import KnownOffice, KnownPerson, Reference

WORDS = "동맹 협력 더욱 강화할 것"
ON = date(2023, 5, 1)


@pytest.fixture(scope="module")
def index():
    def person(slug, name, country):
        office = KnownOffice("Minister", "foreign", country, date(2022, 1, 1), None)
        return KnownPerson(slug, name, country, (), (office,))

    return Reference(
        people=(
            person("jiro-sato", "Jiro Sato", "Japan"),
            person("ann-lee", "Ann Lee", "United States"),
        )
    ).index


def speakers(title, index):
    return [hit.speaker_slug for hit in headline_quotes(title, [], [], index=index, on=ON)]


@pytest.mark.parametrize(
    "title",
    [
        f"키신저 전 미 국무장관 “{WORDS}”",
        f"전 미 국무장관 “{WORDS}”",
        f"前 日本外相「{WORDS}」",
    ],
)
def test_a_former_holders_words_are_not_the_sitting_holders(index, title):
    assert speakers(title, index) == []


def test_the_sitting_holder_after_another_clause_still_says_the_quote(index):
    assert speakers(f"미 국무장관 만난 일본 외상 “{WORDS}”", index) == ["jiro-sato"]

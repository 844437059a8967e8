"""Names in traditional Chinese as Hong Kong and Taiwan print them, where they differ from
the simplified and Japanese forms (native_aliases.csv, zh-Hant). Invented texts."""

import pytest

from archive.ingest.people import find_people
from tests.ingest.reference_data import native_named_index

PEOPLE = {
    "Shinzo Abe": ("Japan", "head_of_government"),
    "Barack Obama": ("United States", "head_of_state"),
    "Mike Pompeo": ("United States", "foreign"),
    "Jim Mattis": ("United States", "defense"),
    "Yoon Suk Yeol": ("South Korea", "head_of_state"),
    "Yasukazu Hamada": ("Japan", "defense"),
    "Hillary Rodham Clinton": ("United States", "foreign"),
}


@pytest.fixture(scope="module")
def index():
    return native_named_index(
        {name: (country, "", post) for name, (country, post) in PEOPLE.items()}
    )


@pytest.mark.parametrize(
    ("body", "slug"),
    [
        ("日本首相安倍晉三與美國總統歐巴馬會晤。", "shinzo-abe"),
        ("日本首相安倍晉三與美國總統歐巴馬會晤。", "barack-obama"),
        ("美國國務卿蓬佩奧表示。", "mike-pompeo"),
        ("國防部長馬提斯訪問日本。", "jim-mattis"),
        ("南韓總統尹錫悅說。", "yoon-suk-yeol"),
        ("濱田防衛相は述べた。", "yasukazu-hamada"),
        ("美國國務卿希拉蕊·柯林頓抵達東京。", "hillary-rodham-clinton"),
    ],
)
def test_found_in_traditional_chinese(index, body, slug):
    assert slug in {m.slug for m in find_people(body, index)[0]}


def test_a_bare_western_surname_needs_a_title_or_the_full_name(index):
    assert find_people("柯林頓基金會", index)[0] == []

"""Issue 11: a headline's quote under a country and a post alone ("일본 외상 “…”",
"日本外相「…」"): the one person who held that post on the report's day, or, with no
date, the one of the body's quoted speakers who held it. Invented texts and people."""

from datetime import date

import pytest

from archive.ingest.headline_quotes import headline_quotes
from archive.ingest.reference import KnownOffice, KnownPerson, Reference
from archive.ingest.results import QuoteHit


@pytest.fixture(scope="module")
def index():
    def person(slug, name, country, post, start, end):
        office = KnownOffice("Minister", post, country, start, end)
        return KnownPerson(slug, name, country, (), (office,))

    return Reference(
        people=(
            person(
                "taro-yamada", "Taro Yamada", "Japan", "foreign", date(2020, 1, 1), date(2022, 1, 1)
            ),
            person("jiro-sato", "Jiro Sato", "Japan", "foreign", date(2022, 1, 1), None),
            person("ann-lee", "Ann Lee", "United States", "foreign", date(2020, 1, 1), None),
        )
    ).index


WORDS = "동맹 협력 더욱 강화할 것"


def speakers(title, index, on=None, body_quotes=()):
    found = headline_quotes(title, [], body_quotes, index=index, on=on)
    return [(hit.speaker_slug, hit.text) for hit in found]


@pytest.mark.parametrize(
    "title", [f"일본 외상 “{WORDS}”", f"일본 외무상, “{WORDS}”", f"日本外相「{WORDS}」"]
)
def test_the_posts_holder_that_day_says_the_headlines_quote(index, title):
    assert speakers(title, index, date(2021, 5, 1)) == [("taro-yamada", WORDS)]
    assert speakers(title, index, date(2023, 5, 1)) == [("jiro-sato", WORDS)]


def test_with_no_date_the_bodys_speaker_who_held_the_post(index):
    body = [
        QuoteHit("ann-lee", "미국은 일본과 함께할 것", 100, 120, "name-quote-verb"),
        QuoteHit("jiro-sato", "대화의 문은 열려 있다", 200, 220, "name-quote-verb"),
    ]
    assert speakers(f"일본 외상 “{WORDS}”", index, None, body) == [("jiro-sato", WORDS)]


def test_two_countries_posts_together_are_no_one(index):
    assert speakers(f"미일 외상 “{WORDS}”", index, date(2021, 5, 1)) == [(None, WORDS)]

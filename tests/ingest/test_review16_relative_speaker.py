"""Review of cbd3fb5 (cjk_subjectless: a quote closing a relative clause is the qualified
noun's): when the qualified noun is the speaker's own name ("「…」と述べた山田太郎防衛大臣
は、会場を後にした。"), the quote is now no one's; at 857cdfc it was the minister's. The
qualified noun, when it names a known person, is the speaker. Made-up people and text."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes
from archive.ingest.reference import Reference
from tests.ingest.invented_people import person

DAY = date(2022, 6, 1)
FIRST = "山田太郎防衛大臣は記者会見で「同盟の抑止力を一層強化していく」と述べました。\n\n"


@pytest.fixture(scope="module")
def index():
    minister = person(
        "taro-yamada",
        "Taro Yamada",
        "Japan",
        ("山田太郎",),
        "Minister of Defense",
        "defense",
        start=date(2020, 1, 1),
        end=date(2024, 1, 1),
    )
    return Reference(people=(minister,)).index


def test_a_relative_clause_on_the_speakers_own_name_is_his(index):
    body = FIRST + "「同盟をさらに強化していきたい」と述べた山田大臣は、会場を後にした。"
    mentions, _ = find_people(body, index)
    said = {h.text: h.speaker_slug for h in find_quotes(body, mentions, index=index, on=DAY)}
    assert said.get("同盟をさらに強化していきたい") == "taro-yamada"


def test_a_relative_clause_on_people_in_the_street_is_not_his(index):
    """Guard: a plain noun after the clause ("市民") is no titled person: the words are
    not the minister's going on."""
    body = FIRST + "「同盟が強まるのは心強い」と話す市民も多かった。"
    mentions, _ = find_people(body, index)
    said = {h.text: h.speaker_slug for h in find_quotes(body, mentions, index=index, on=DAY)}
    assert said.get("同盟が強まるのは心強い") != "taro-yamada"

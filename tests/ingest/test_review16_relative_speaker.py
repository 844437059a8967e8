"""Review of cbd3fb5 (cjk_subjectless: a quote closing a relative clause is the qualified
noun's): when the qualified noun is the speaker's own name ("「…」と述べた山田太郎防衛大臣
は、会場を後にした。"), the quote is now no one's; at 857cdfc it was the minister's. The
qualified noun, when it names a known person, is the speaker. Made-up people and text."""

import pytest

from archive.ingest.reference import Reference
from tests.ingest.invented_people import TARO_YAMADA, speaker_of_words

FIRST = "山田太郎防衛大臣は記者会見で「同盟の抑止力を一層強化していく」と述べました。\n\n"


@pytest.fixture(scope="module")
def index():
    return Reference(people=(TARO_YAMADA,)).index


def test_a_relative_clause_on_the_speakers_own_name_is_his(index):
    body = FIRST + "「同盟をさらに強化していきたい」と述べた山田大臣は、会場を後にした。"
    said = speaker_of_words(body, index)
    assert said.get("同盟をさらに強化していきたい") == "taro-yamada"


def test_a_relative_clause_on_people_in_the_street_is_not_his(index):
    """Guard: a plain noun after the clause ("市民") is no titled person: the words are
    not the minister's going on."""
    body = FIRST + "「同盟が強まるのは心強い」と話す市民も多かった。"
    said = speaker_of_words(body, index)
    assert said.get("同盟が強まるのは心強い") != "taro-yamada"

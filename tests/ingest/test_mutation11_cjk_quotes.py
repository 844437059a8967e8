"""A Japanese sentence with no subject, opened by a clause closed by a comma, goes on with
the last speaker's words only if the clause names no one known (cjk_subjectless
.no_one_before); a clause naming another person is read so wherever its sentence stands:
first in its paragraph or after the speaker's own sentence, in the text's first paragraph
or a later one (issue 11's seed-20261212 mutation sample, cjk_quotes.attribute: the
clause was looked for at the wrong place in the body for a quote in a later sentence, and
no test had one). Invented ministers and sentences."""

import pytest

from archive.ingest.reference import Reference
from tests.ingest.invented_people import TARO_YAMADA, WALTER_DUNMORE, speaker_of_words

FIRST = "山田太郎防衛相は「会談は有意義だった」と述べた。"
NAMING = "その後、ウォルター・ダンモア国防長官と会い、「同盟は強固だ」と述べた。"
UNNAMED = "その後、共同会見に臨み、「同盟は強固だ」と述べた。"


@pytest.fixture(scope="module")
def index():
    return Reference(people=(TARO_YAMADA, WALTER_DUNMORE)).index


@pytest.mark.parametrize("above", ["", "会談は1時間に及んだ。\n\n"])
@pytest.mark.parametrize("between", ["", "\n\n"])
def test_a_clause_naming_another_person_does_not_go_on_with_the_last_speaker(index, above, between):
    speakers = speaker_of_words(f"{above}{FIRST}{between}{NAMING}", index)
    assert speakers["会談は有意義だった"] == "taro-yamada"
    assert speakers.get("同盟は強固だ") is None


@pytest.mark.parametrize("above", ["", "会談は1時間に及んだ。\n\n"])
@pytest.mark.parametrize("between", ["", "\n\n"])
def test_a_clause_naming_no_one_goes_on_with_the_last_speaker(index, above, between):
    speakers = speaker_of_words(f"{above}{FIRST}{between}{UNNAMED}", index)
    assert speakers["同盟は強固だ"] == "taro-yamada"

"""A quote whose nearest name is a partner ("…との会談で「…」と述べた") is said by the
subject named before it with が (cjk_subjects.quote_subject's last resort: the nearest
such subject); in Japanese the partner is never the speaker (issue 11's seed-20261213
mutation sample, cjk_subjects.quote_subject: no test reached that resort). Invented
ministers and sentences."""

import pytest

from archive.ingest.reference import Reference
from tests.ingest.invented_people import TARO_YAMADA, WALTER_DUNMORE, speaker_of_words


@pytest.fixture(scope="module")
def index():
    return Reference(people=(TARO_YAMADA, WALTER_DUNMORE)).index


def test_the_subject_before_a_partner_says_the_quote(index):
    body = "山田太郎防衛相が、ウォルター・ダンモア国防長官との会談で「同盟は強固だ」と述べた。"
    assert speaker_of_words(body, index) == {"同盟は強固だ": "taro-yamada"}

"""Issue 11: Japanese and Korean drop the subject of the next sentence: a quote whose
sentence names no one before it, only where or when it was said ("記者会見では「…」と
語った", "이날 기자회견에서 “…”고 말했습니다"), is the last speaker's, or the subject's of
the sentence before (invented texts)."""

import pytest

from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes


def speakers(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [(hit.speaker_slug, hit.form) for hit in find_quotes(body, mentions)]


@pytest.mark.parametrize(
    "body",
    [
        "ブリンケン米国務長官は16日、東京を訪れた。記者会見では「日米同盟はかつてなく強固だ。"
        "地域の課題に共に取り組む」と語った。",
        "ブリンケン米国務長官は16日、東京を訪れた。その上で、会談後の会見で「日米同盟は"
        "かつてなく強固だ。地域の課題に共に取り組む」と述べた。",
        "토니 블링컨 미국 국무장관은 16일 도쿄를 방문했습니다.\n\n이날 기자회견에서 “미일 동맹은 "
        "그 어느 때보다 강하다. 함께 도전에 대응하겠다”고 말했습니다.",
    ],
)
def test_a_sentence_naming_only_where_it_was_said_goes_on_with_the_subject(ref, body):
    assert speakers(body, ref) == [("antony-blinken", "same-speaker")]


@pytest.mark.parametrize(
    "body",
    [
        "ブリンケン米国務長官は16日、東京を訪れた。政府関係者は会見で「日米同盟はかつてなく"
        "強固だ。地域の課題に共に取り組む」と語った。",
        "토니 블링컨 미국 국무장관은 16일 도쿄를 방문했습니다.\n\n일본 정부 관계자가 기자회견에서 "
        "“미일 동맹은 그 어느 때보다 강하다. 함께 도전에 대응하겠다”고 말했습니다.",
    ],
)
def test_a_subject_of_its_own_before_the_place_is_not_the_one_before(ref, body):
    assert [slug for slug, _ in speakers(body, ref)] != ["antony-blinken"]

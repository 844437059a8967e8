"""Korean (and Japanese) quotes whose speaker is named once: two quotes joined in one
sentence ("“…”고 밝히고 “…”도 … 덧붙였다") whose last words are not a speech verb of
their own, and a sentence that opens with a quote and has no subject ("“…”고
설명했습니다.", "「…」と述べた。"), which goes on with the last speaker. Invented texts."""

import pytest

from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes


def quotes(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [(hit.speaker_slug, hit.text) for hit in find_quotes(body, mentions, index=ref.index)]


BLINKEN = "antony-blinken"


@pytest.mark.parametrize(
    "body",
    [
        "블링컨 국무장관은 이날 “동맹은 그 어느 때보다 강하다”고 밝히고 “대만 해협 문제”도"
        " 논의 대상이었다고 덧붙였습니다.",
        "블링컨 장관은 “동맹은 그 어느 때보다 강하다”고 말하며 “대만 해협 문제”를 함께 논의했다고"
        " 전했습니다.",
    ],
)
def test_a_quote_chained_to_one_with_its_verb_has_the_same_speaker(ref, body):
    assert quotes(body, ref) == [
        (BLINKEN, "동맹은 그 어느 때보다 강하다"),
        (BLINKEN, "대만 해협 문제"),
    ]


@pytest.mark.parametrize(
    ("body", "second"),
    [
        (
            "블링컨 장관은 “동맹은 그 어느 때보다 강하다”고 말했습니다.\n\n"
            "“북한 문제에 대해서도 긴밀하게 조율하기로 합의했다”고 설명했습니다.",
            "북한 문제에 대해서도 긴밀하게 조율하기로 합의했다",
        ),
        (
            "ブリンケン国務長官は「同盟はかつてなく強固だ」と述べた。\n\n"
            "「北朝鮮への対応でも緊密に連携することで一致した」と説明した。",
            "北朝鮮への対応でも緊密に連携することで一致した",
        ),
    ],
)
def test_a_sentence_opening_with_a_quote_and_no_subject_goes_on(ref, body, second):
    found = quotes(body, ref)
    assert found[1] == (BLINKEN, second)


@pytest.mark.parametrize(
    "body",
    [
        # A subject between the quote and its verb: the words are not the last speaker's.
        "블링컨 장관은 “동맹은 그 어느 때보다 강하다”고 말했습니다.\n\n"
        "“북한 문제에 대해서도 긴밀하게 조율하기로 합의했다”고 한국 외교부 관계자는 설명했습니다.",
        # No speech verb after the quote: a slogan or a name, not a quote of his.
        "블링컨 장관은 “동맹은 그 어느 때보다 강하다”고 말했습니다.\n\n"
        "“자유롭고 열린 인도태평양”은 두 나라의 공동 목표입니다.",
    ],
)
def test_a_quote_with_a_subject_or_no_verb_does_not_go_on(ref, body):
    found = quotes(body, ref)
    assert found[0] == (BLINKEN, "동맹은 그 어느 때보다 강하다")
    assert all(slug != BLINKEN for slug, _ in found[1:])

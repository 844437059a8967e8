"""People named only inside what a report's principal is reported to have said
(archive/ingest/reported_words.py): a colleague of the speaker or a third country's
leader is in passing; the other ally's leader, and anyone the speaker meets, is joined
with, speaks to or hears from, stays. Invented reports in Korean, Japanese and English."""

from datetime import date

import pytest

from tests.ingest.reference_data import native_named_index, news_subjects_of

ON = date(2018, 9, 20)
CAST = {
    "Mike Pompeo": ("United States", "Secretary of State", "foreign"),
    "Jim Mattis": ("United States", "Secretary of Defense", "defense"),
    "Taro Kono": ("Japan", "Minister for Foreign Affairs", "foreign"),
    "Shinzo Abe": ("Japan", "Prime Minister", "head_of_government"),
    "Kim Jong Un": ("North Korea", "Chairman of the State Affairs Commission", "head_of_state"),
}


@pytest.fixture(scope="module")
def index():
    return native_named_index(CAST)


def subjects(body, index):
    return news_subjects_of(body, index, ON)


LEAD = {
    "ko": "폼페오 국무장관과 고노 다로 외무상이 뉴욕에서 회담했습니다. ",
    "ja": "ポンペオ国務長官と河野太郎外務大臣は、ニューヨークで会談を行った。",
    "en": "Secretary Mike Pompeo met Foreign Minister Taro Kono in New York. ",
}
# The same person in a sentence of their own: one of the report's people.
PLAIN = {
    ("ko", "kim-jong-un"): "김정은 국무위원장이 평양에서 연설했습니다.",
    ("ja", "kim-jong-un"): "金正恩委員長は平壌で演説を行った。",
    ("ko", "jim-mattis"): "매티스 국방장관이 새 계획을 발표했습니다.",
    ("en", "jim-mattis"): "Secretary Mattis announced the plan.",
}


@pytest.mark.parametrize(
    "language, said, person",
    [
        ("ko", "아베 총리는 김정은 국무위원장을 만날 의향이 있다고 밝혔습니다.", "kim-jong-un"),
        ("ko", "폼페오 장관은 또 매티스 국방장관이 새 계획을 발표했다고 전했습니다.", "jim-mattis"),
        ("ja", "河野大臣から、金正恩委員長が非核化を約束した旨説明した。", "kim-jong-un"),
        ("en", "Pompeo said that Secretary Mattis would announce the plan.", "jim-mattis"),
    ],
)
def test_a_name_only_in_a_principals_reported_words_is_in_passing(index, language, said, person):
    found = subjects(LEAD[language] + said, index)
    assert person not in found
    assert {"mike-pompeo", "taro-kono"} <= found
    assert person in subjects(LEAD[language] + PLAIN[language, person], index)


@pytest.mark.parametrize(
    "said",
    [
        "아베 총리는 김정은 국무위원장과 만날 예정이라고 밝혔습니다.",
        "아베 총리는 김정은 국무위원장에게 대화를 제안했다고 밝혔습니다.",
        "아베 총리는 김정은 국무위원장으로부터 친서를 받았다고 밝혔습니다.",
        "河野大臣から、金正恩委員長に対し、非核化を求めた旨説明した。",
        "河野大臣より、午前中に金正恩委員長とも話した旨述べた。",
    ],
)
def test_a_name_the_speaker_meets_joins_addresses_or_hears_stays(index, said):
    lead = LEAD["ja"] if "大臣" in said else LEAD["ko"]
    assert "kim-jong-un" in subjects(lead + said, index)


def test_the_other_allys_leader_in_a_ministers_words_stays(index):
    body = LEAD["en"] + "Pompeo said that Prime Minister Shinzo Abe would visit soon."
    assert "shinzo-abe" in subjects(body, index)
    # and a colleague named without a clause the verb opens is read as before
    body = LEAD["en"] + "Pompeo and Secretary Mattis will announce the plan."
    assert "jim-mattis" in subjects(body, index)

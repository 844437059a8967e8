"""Issue 11, reported speech read by its grammar (session 16): a Korean name printed with
its title is not the title's short form ("바이든 대통령" then "윤 대통령은"); a Korean quote
followed by the quotative and any past-tense verb is someone's words ("“…”고 의미를
부여했습니다"); a Japanese sentence that leaves its subject out behind a te-form clause
("そのうえで、…を受けて「…」と述べました") goes on with the last speaker. The people and
texts are made up."""

from datetime import date

import pytest

from archive.ingest.cjk_quote_words import KO_VERB_AFTER
from archive.ingest.cjk_short_names import short_forms
from archive.ingest.reference import Reference
from tests.ingest.invented_people import (
    KIM_MIN_SU,
    PARK_HO_JIN,
    QUOTE_DAY,
    TARO_YAMADA,
    person,
    quote_speakers,
)

IN_OFFICE = {"start": date(2020, 1, 1), "end": date(2024, 1, 1)}


@pytest.fixture(scope="module")
def index():
    return Reference(
        people=(
            person(
                "walter-dunmore",
                "Walter Dunmore",
                "United States",
                ("월터 던모어", "ウォルター・ダンモア"),
                "President",
                "head_of_state",
                **IN_OFFICE,
            ),
            KIM_MIN_SU,
            PARK_HO_JIN,
            TARO_YAMADA,
        )
    ).index


def speakers(body, index):
    return quote_speakers(body, index, QUOTE_DAY)


def test_a_title_printed_after_a_name_is_not_a_short_form_of_it():
    assert "대통령" not in short_forms("던모어 대통령")
    assert short_forms("월터 던모어 미국 대통령") == ("던모어", "월터")
    assert short_forms("박호진 외교부 장관") == ("박",)  # the surname, read before a title


def test_a_surname_and_title_is_the_one_so_named_not_the_last_holder_of_the_title(index):
    body = (
        "월터 던모어 미국 대통령이 “김민수 대통령 덕분에 협력이 깊어졌다”고 말했습니다.\n\n"
        "던모어 대통령은 이날 회동에 참석해 이같이 밝혔습니다.\n\n"
        "이어진 대화에서 김 대통령은 “세 나라의 협력을 높이 평가한다”고 말했습니다."
    )
    assert speakers(body, index) == ["walter-dunmore", "kim-min-su"]


def test_a_quotative_with_any_past_verb_gives_the_subjects_words(index):
    body = (
        "박호진 외교부 장관은 던모어 대통령과 회담했습니다.\n\n"
        "박 장관은 “어떤 도발에도 함께 단호히 대응하겠다는 결의를 보여준다”고 의미를 부여했습니다."
    )
    assert speakers(body, index) == ["park-ho-jin"]


@pytest.mark.parametrize(
    "after",
    ["라고 불렀다.", "라고 적힌 현수막을 들었다.", "고 알려졌다.", "는 제목의 책을 냈다."],
)
def test_a_quotative_that_names_or_labels_a_thing_is_no_speech_verb(after):
    assert KO_VERB_AFTER.match(after) is None


def test_a_banner_read_out_is_not_the_ministers_words(index):
    body = (
        "박호진 외교부 장관은 회담장에 도착했습니다.\n\n"
        "회담장 밖의 시위대는 “동맹 강화 반대와 협상 중단을 요구한다”라고 적힌 현수막을 들었습니다."
    )
    assert "park-ho-jin" not in speakers(body, index)


def test_a_te_form_clause_with_no_subject_goes_on_with_the_last_speaker(index):
    body = (
        "山田太郎防衛大臣は記者会見で「同盟の抑止力を一層強化していく決意を確認した」と述べました。\n\n"
        "そのうえで、新たな司令部の発足を受けて「日米の共同活動を平時から一層加速していきたい」"
        "と述べました。"
    )
    assert speakers(body, index) == ["taro-yamada", "taro-yamada"]


def test_a_te_form_clause_with_its_own_subject_is_not_the_last_speakers(index):
    body = (
        "山田太郎防衛大臣は記者会見で「同盟の抑止力を一層強化していく決意を確認した」と述べました。\n\n"
        "野党の代表が別の会見を開いて「政府の説明はまだ十分とは言えないと考えている」と述べました。"
    )
    assert speakers(body, index)[1] != "taro-yamada"

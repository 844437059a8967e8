"""Review of 83a7aad (cjk_subjectless.no_one_before with cjk_quote_words.CLAUSE_LINK): a
quote after a te-form or topic phrase ("…を受けて「…」", "…について「…」") now goes on with
the last speaker. But Japanese puts the subject after the quote as often as before it:
"…について「…」と批判する声が野党から相次いだ" (the opposition's words), "…を受けて「…」
とのコメントを中国外務省が出した" (the Chinese ministry's), "…を受けて「…」と答えた人は6割"
(a poll's respondents). Each was no one's quote before the commit and is now the defense
minister's. Fixed by cbd3fb5 (the xfail marks dropped). The people and texts are made up."""

from datetime import date

import pytest

from archive.ingest.reference import Reference
from tests.ingest.invented_people import (
    TARO_YAMADA,
    person,
)
from tests.ingest.invented_people import (
    speaker_of_words as said,
)

IN_OFFICE = {"start": date(2020, 1, 1), "end": date(2024, 1, 1)}
FIRST = "山田太郎防衛大臣は記者会見で「同盟の抑止力を一層強化していく」と述べました。\n\n"


@pytest.fixture(scope="module")
def index():
    return Reference(people=(TARO_YAMADA,)).index


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("今回の合意について「対米追従だ」と批判する声が野党から相次いだ。", "対米追従だ"),
        ("会談の結果を受けて「歓迎する」とのコメントを中国外務省が出した。", "歓迎する"),
        ("発表を受けて「評価できる」と答えた人は全体の6割に上った。", "評価できる"),
        ("首脳会談に向けて「成果を期待している」と話す市民もいた。", "成果を期待している"),
    ],
)
def test_a_quote_with_its_subject_after_it_is_not_the_last_speakers(index, sentence, words):
    assert said(FIRST + sentence, index).get(words) != "taro-yamada"


def test_the_ministers_own_te_form_sentence_is_still_his(index):
    """Guard: the family the commit reads, the subject left out and the verb his."""
    body = FIRST + (
        "そのうえで、新たな司令部の発足を受けて「共同活動を一層加速していきたい」と述べました。"
    )
    assert said(body, index)["共同活動を一層加速していきたい"] == "taro-yamada"


# 83a7aad's KO_VERB_AFTER branch takes any past-tense verb within 20 characters of the
# quotative. When the quotative closes a relative clause ("…”라고 쓴 팻말", "…”고 목소리를
# 높인 시민단체"), that verb is the main clause's, whose subject is the noun the clause
# describes (a sign, a civic group), printed after the quote: not the last speaker.
KOREAN_INDEX_PEOPLE = (
    person(
        "park-ho-jin",
        "Park Ho-jin",
        "South Korea",
        ("박호진",),
        "Minister of Foreign Affairs",
        "foreign",
        **IN_OFFICE,
    ),
)
KOREAN_FIRST = "박호진 외교부 장관은 기자회견에서 “동맹은 어느 때보다 굳건하다”고 말했습니다.\n\n"


@pytest.fixture(scope="module")
def korean_index():
    return Reference(people=KOREAN_INDEX_PEOPLE).index


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "“동맹 강화 반대와 협상 중단을 요구한다”라고 쓴 팻말도 눈에 띄었습니다.",
            "동맹 강화 반대와 협상 중단을 요구한다",
        ),
        (
            "“일본은 과거사에 대해 진정으로 사과해야 한다”고 목소리를 높인 시민단체도 있었습니다.",
            "일본은 과거사에 대해 진정으로 사과해야 한다",
        ),
    ],
)
def test_a_quote_closing_a_relative_clause_is_not_the_last_speakers(korean_index, sentence, words):
    assert said(KOREAN_FIRST + sentence, korean_index).get(words) != "park-ho-jin"

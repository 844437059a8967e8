"""Issue 11, Japanese and Korean verbs after the quotative (session 17): praise says words
("「…」とたたえた", "とお互いをたたえた", "と称賛した"), and "といい、" is "said, and …"
(never "という", which makes the quote a noun's content: 「…」という考え). A verb saying
the words stand written in a document, in the passive ("「…」と明記された", "라고
명시됐다"), gives no one's words, not the last speaker's going on. People and texts are
made up.

A document as the sentence's topic or place before the quote ("共同声明では「…」として
いる") gives the document's words, too."""

import pytest

from archive.ingest.cjk_subjectless import written_down
from archive.ingest.reference import Reference
from tests.ingest.invented_people import (
    PARK_HO_JIN,
    TARO_YAMADA,
    WALTER_DUNMORE,
)
from tests.ingest.invented_people import speaker_of_words as said


@pytest.fixture(scope="module")
def index():
    return Reference(people=(TARO_YAMADA, WALTER_DUNMORE, PARK_HO_JIN)).index


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "ウォルター・ダンモア長官は山田大臣を「素晴らしい指導者だ」と称えた。",
            "素晴らしい指導者だ",
            "walter-dunmore",
        ),
        (
            "山田太郎防衛大臣は会見で「強い意志を持った誠実な指導者だ」といい、"
            "ウォルター・ダンモア長官も「素晴らしい仕事をするだろう」とお互いをたたえた。",
            "強い意志を持った誠実な指導者だ",
            "taro-yamada",
        ),
        (
            "山田太郎防衛大臣は会見で「強い意志を持った誠実な指導者だ」といい、"
            "ウォルター・ダンモア長官も「素晴らしい仕事をするだろう」とお互いをたたえた。",
            "素晴らしい仕事をするだろう",
            "walter-dunmore",
        ),
        (
            "ウォルター・ダンモア長官は「日本の決断は歴史的なものだ」と称賛した。",
            "日本の決断は歴史的なものだ",
            "walter-dunmore",
        ),
    ],
)
def test_praise_and_toii_give_the_subjects_words(index, body, words, speaker):
    assert said(body, index)[words] == speaker


def test_a_quote_named_as_an_idea_with_to_iu_is_no_ones(index):
    body = (
        "ウォルター・ダンモア長官が訪日した。"
        "「同盟は地域の平和と安定の礎である」という考えは両国で共有されている。"
    )
    assert said(body, index).get("同盟は地域の平和と安定の礎である") is None


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            "山田太郎防衛大臣は会見で「同盟の抑止力を一層強化したい」と述べた。"
            "共同声明には「両国は新たな協力の時代を切り開く決意を確認する」と明記された。",
            "両国は新たな協力の時代を切り開く決意を確認する",
        ),
        (
            "ウォルター・ダンモア長官は山田大臣を「素晴らしい指導者だ」と称えた。"
            "発表された共同声明では「両国は新たな協力の時代を切り開く決意を確認した」"
            "などとしている。",
            "両国は新たな協力の時代を切り開く決意を確認した",
        ),
        (
            "박호진 외교부 장관은 “협력을 더 강화하겠다”고 말했습니다. "
            "공동성명에는 “양국은 새로운 협력의 시대를 열어 나가기로 했다”라고 명시됐습니다.",
            "양국은 새로운 협력의 시대를 열어 나가기로 했다",
        ),
    ],
)
def test_words_written_in_a_document_are_not_the_last_speakers(index, body, words):
    assert said(body, index).get(words) is None


@pytest.mark.parametrize(
    ("after", "written"),
    [
        ("と明記された。", True),
        ("と記されている。", True),
        ("との文言が盛り込まれた。", True),  # the wording put in a document
        ("と話された。", False),  # an honorific passive of a speech verb: someone's words
        ("と述べた。", False),
        ("라고 적혀 있었다.", True),
        ("고 말했다.", False),
    ],
)
def test_written_down_reads_only_a_documents_passive(after, written):
    assert written_down(after) is written

"""Issue 11, "he" and "she" in Chinese quote sentences (session 18). A pronoun opening the
clause that holds the speech verb is the verb's subject, whoever else the sentence names:
the name inside its clause is an owner or the one spoken to ("他拍著山田的肩膀說"), the
name in the clause before is its object ("…提到鄧莫爾，他對記者說"). "He" opening a
later clause is the subject opening an earlier clause of the sentence; opening the
sentence, the subject of the nearest sentence before that has one (a sentence whose own
subject is "he" passes the question on). A name after "向" or "對" is the one spoken to.
People and texts are made up."""

from datetime import date

import pytest

from archive.ingest.reference import Reference
from tests.ingest.invented_people import person
from tests.ingest.invented_people import speaker_of_words as said

_TERM = {"start": date(2020, 1, 1), "end": date(2024, 1, 1)}
YAMADA = person(
    "taro-yamada", "Taro Yamada", "Japan", ("山田太郎",), "Prime Minister",
    "head_of_government", **_TERM,
)  # fmt: skip
DUNMORE = person(
    "walter-dunmore", "Walter Dunmore", "United States", ("沃爾特·鄧莫爾", "鄧莫爾"),
    "President", "head_of_state", **_TERM,
)  # fmt: skip


@pytest.fixture(scope="module")
def index():
    return Reference(people=(YAMADA, DUNMORE)).index


def test_he_opening_the_verbs_clause_not_the_owner_inside_it(index):
    body = (
        "沃爾特·鄧莫爾稱讚山田太郎的領導力。在艦上的演說中，鄧莫爾邀請山田太郎上台，"
        "他拍著山田太郎的肩膀說，「我們已經成為非常要好的朋友。」"
    )
    assert said(body, index)["我們已經成為非常要好的朋友。"] == "walter-dunmore"


def test_she_after_a_clause_naming_someone_else_is_that_clauses_subject(index):
    body = "山田太郎在對話中稱讚日本的盟友，她對記者說「他一直支持我們的外交政策。」"
    assert said(body, index)["他一直支持我們的外交政策。"] == "taro-yamada"


def test_she_after_a_clause_naming_two_people_is_the_sentence_befores_subject(index):
    # The clause before names its subject and an object: "she" may be either (the
    # reference tells no one's sex), so the sentence before decides.
    body = (
        "山田太郎今天在東京發表演說。"
        "山田太郎在對話中提到沃爾特·鄧莫爾，她對記者說「他一直支持我們的外交政策。」"
    )
    assert said(body, index)["他一直支持我們的外交政策。"] == "taro-yamada"


def test_a_connective_clause_takes_the_sentences_opening_pronoun(index):
    body = (
        "山田太郎今天在東京會見沃爾特·鄧莫爾。她強調兩國已經成為最親密的盟友，"
        "並表示：「希望與總統共同開創同盟的新時代」。"
    )
    assert said(body, index)["希望與總統共同開創同盟的新時代"] == "taro-yamada"


def test_he_reaches_back_past_a_sentence_whose_subject_is_he_again(index):
    body = (
        "山田太郎今天發表上任後的首場演說。她表示，下週將與沃爾特·鄧莫爾舉行會談。\n\n"
        "據報導，她也在演說中指出，「同盟是日本外交與安全保障政策的中心。」"
    )
    assert said(body, index)["同盟是日本外交與安全保障政策的中心。"] == "taro-yamada"


def test_the_one_spoken_to_is_not_the_one_reporting(index):
    body = "沃爾特·鄧莫爾向山田太郎表示，她將會成為日本「最傑出的首相之一」。"
    assert said(body, index)["最傑出的首相之一"] == "walter-dunmore"


def test_he_spoken_to_inside_the_clause_leaves_the_named_subject(index):
    body = "山田太郎在會後對他說：「我們會繼續保持密切的合作關係。」"
    assert said(body, index)["我們會繼續保持密切的合作關係。"] == "taro-yamada"

"""sentence_subject's sentence before (issue 11's seed-20261208 mutation sample,
cjk_pronouns.py): a pronoun opening a quote's sentence looks back one sentence only, not
to a name two sentences back. Invented text."""

from archive.ingest.cjk_pronouns import sentence_subject
from archive.ingest.results import Mention


def _subject(between: str) -> str | None:
    paragraph = f"林芳正当地时间29日在东京出席会谈。{between}他说：“同盟很重要。”"
    sentence = paragraph.index("他说")
    hayashi = paragraph.index("林芳正")
    mentions = [Mention("yoshimasa-hayashi", hayashi, hayashi + 3, "林芳正")]
    found = sentence_subject(paragraph, 0, sentence, mentions)
    return found.slug if found else None


def test_the_name_in_the_sentence_right_before_is_he():
    assert _subject("") == "yoshimasa-hayashi"


def test_a_name_two_sentences_back_is_not_he():
    # _sentence_before 20 read no sentence ends: the whole paragraph before the quote's
    # sentence was "the sentence before", and Hayashi its subject across a sentence
    # naming no one.
    assert _subject("会谈持续了一个小时。") is None

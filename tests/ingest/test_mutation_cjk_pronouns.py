"""sentence_subject (issue 11's mutation sample at a50f3b0, cjk_pronouns.py): of two
people named in the sentence before a quote, the first is its subject when at most
MAX_LEAD (10) characters (a country, a title) stand before the name. Invented text."""

import pytest

from archive.ingest.cjk_pronouns import MAX_LEAD, sentence_subject
from archive.ingest.results import Mention


def _subject(lead: str) -> str | None:
    sentence = f"{lead}林芳正当地时间29日在东京与布林肯会谈。"
    paragraph = sentence + "他说：“同盟很重要。”"
    hayashi, blinken = paragraph.index("林芳正"), paragraph.index("布林肯")
    mentions = [
        Mention("yoshimasa-hayashi", hayashi, hayashi + 3, "林芳正"),
        Mention("antony-blinken", blinken, blinken + 3, "布林肯"),
    ]
    found = sentence_subject(paragraph, 0, len(sentence), mentions)
    return found.slug if found else None


@pytest.mark.parametrize("lead", ["", "日本外相", "日本国外务大臣阁下们"])
def test_up_to_ten_characters_before_the_first_name_leave_it_the_subject(lead):
    assert len(lead) <= MAX_LEAD == 10
    assert _subject(lead) == "yoshimasa-hayashi"


def test_more_than_ten_characters_or_a_comma_before_it_leave_no_subject():
    assert _subject("日本国外务大臣阁下们好") is None  # 11 characters
    assert _subject("日本，外相") is None

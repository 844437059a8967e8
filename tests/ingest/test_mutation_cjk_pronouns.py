"""sentence_subject (issue 11's mutation sample at a50f3b0, cjk_pronouns.py): of two
people named in the sentence before a quote, the first is its subject when at most
MAX_LEAD (10) characters (a country, a title) stand before the name. Invented text."""

from datetime import date

import pytest

from archive.ingest.cjk_pronouns import MAX_LEAD, sentence_subject
from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes_and_roles
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


# --- the seed-20261207 sample (_sentence_before 37): the sentence before runs to its last
# character, so a name ending it (right before its full stop) is that sentence's subject,
# in the quote's paragraph or at the end of the paragraph above.


@pytest.mark.parametrize(
    "before",
    ["出席记者会的是日本外相林芳正。", "今天出席会谈的是林芳正。\n\n"],
)
def test_a_name_ending_the_sentence_before_is_he(ref, before):
    body = f"{before}他表示，“日美同盟坚如磐石，我们将继续密切合作。”"
    mentions, _ = find_people(body, ref.index)
    quotes, _ = find_quotes_and_roles(body, mentions, index=ref.index, on=date(2022, 5, 1))
    said = [(q.speaker_slug, q.form) for q in quotes]
    assert said == [("yoshimasa-hayashi", "pronoun-verb-quote")]

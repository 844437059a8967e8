"""The subject of a Japanese quote (issue 11's mutation sample at 30d3c52, cjk_subjects.py):
a name inside an earlier quote of the sentence is none of its subjects, in a paragraph
anywhere in the body. Invented sentences."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes_and_roles

_SENTENCE = (
    "林芳正外相は「バイデン大統領が来月来日する」と述べ、「日米同盟はかつてなく強固だ」と語った。"
)


@pytest.mark.parametrize("above", ["", "日米外相会談が東京で開かれた。\n\n"])
def test_a_name_quoted_earlier_in_the_sentence_is_not_the_next_quotes_subject(ref, above):
    # seed-20261207 sample (quote_subject 13): spans are paragraph offsets, so a second
    # paragraph's quoted "バイデン大統領が" is still inside its quote.
    body = above + _SENTENCE
    mentions, _ = find_people(body, ref.index)
    quotes, _ = find_quotes_and_roles(body, mentions, index=ref.index, on=date(2022, 5, 1))
    assert [(q.text, q.speaker_slug) for q in quotes] == [
        ("バイデン大統領が来月来日する", "yoshimasa-hayashi"),
        ("日米同盟はかつてなく強固だ", "yoshimasa-hayashi"),
    ]

"""A sentence opening with a name in the possessive ("Secretary X's aide spoke …") has
the aide as its subject, not X: "he" in the quote after it is not X, wherever that
sentence stands in the text (issue 11's seed-20261213 mutation sample,
opening_subjects.opening_subject: the possessive was looked for at the wrong place for
a sentence after the body's first character, and no test had one there). Invented
reports."""

from datetime import date

import pytest

from tests.ingest.invented_people import quotes_said

DAY = date(2022, 1, 7)
QUOTE = '"We are united," he said.'


@pytest.mark.parametrize("between", [" ", "\n\n"])
def test_a_name_in_the_possessive_opening_the_sentence_before_is_not_he(ref, between):
    body = (
        f"The talks ended in Tokyo.{between}Secretary Antony Blinken's aide spoke to"
        f" reporters after the meeting.{between}{QUOTE}"
    )
    assert quotes_said(body, ref.index, DAY) == [(None, "We are united")]


@pytest.mark.parametrize("between", [" ", "\n\n"])
def test_a_name_opening_the_sentence_before_is_he(ref, between):
    body = (
        f"The talks ended in Tokyo.{between}Secretary Antony Blinken spoke to reporters"
        f" after the meeting.{between}{QUOTE}"
    )
    assert quotes_said(body, ref.index, DAY) == [("antony-blinken", "We are united")]

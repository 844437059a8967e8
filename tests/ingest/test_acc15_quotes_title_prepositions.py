"""Issue 11: a document's name in quotes, printed in title case with its prepositions in
lower case ("among", "toward", "between"), is a name, not someone's words; a sentence
with those words stays a quote. Invented texts."""

import pytest

from archive.ingest.quote_names import reads_as_a_title
from archive.ingest.quotes import find_quotes


@pytest.mark.parametrize(
    "text",
    [
        "Pledge to Confer among Japan, the Philippines, and the United States",
        "Framework toward a Resilient Supply Chain between the Three Partners",
    ],
)
def test_a_title_with_lower_case_prepositions_is_a_title(text):
    assert reads_as_a_title(text)


def test_such_a_title_is_no_quote():
    body = (
        "After the meeting, the “Pledge to Confer among Japan, the Philippines, and the "
        "United States” was released."
    )
    assert find_quotes(body, []) == []


def test_a_sentence_with_those_words_stays_a_quote():
    text = "We will keep working closely among the three allies toward a peaceful region"
    assert not reads_as_a_title(text)
    assert [hit.text for hit in find_quotes(f"“{text}.”", [])] == [f"{text}."]

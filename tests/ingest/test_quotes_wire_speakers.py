"""English attributions as wires and older reports word them (issue 11): a report's hedge
or another adverb between the subject and its verb ("The President reportedly added:"),
the passive "was quoted as saying", and "he said" standing for the person the sentence
right before reports speaking, not for whoever was quoted before. Invented texts."""

import pytest

from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes


def quotes(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [(hit.speaker_slug, hit.text) for hit in find_quotes(body, mentions, index=ref.index)]


OPENING = "Secretary Antony Blinken met Foreign Minister Yoshimasa Hayashi in Tokyo on Friday.\n\n"
WORDS = "The alliance is stronger than ever before."


@pytest.mark.parametrize(
    "sentence",
    [
        f"Blinken reportedly added: “{WORDS}”",
        f"Blinken then reportedly said, “{WORDS}”",
        f"Blinken was quoted as saying: “{WORDS}”",
        f"Blinken was also quoted as reportedly saying, “{WORDS}”",
        f"“{WORDS}” Blinken separately told reporters.",
    ],
)
def test_an_adverb_or_the_passive_between_the_subject_and_the_quote(ref, sentence):
    assert quotes(OPENING + sentence, ref) == [("antony-blinken", WORDS)]


def test_a_pronoun_after_the_passive_stands_for_the_person_named_before(ref):
    body = OPENING + f"Hayashi spoke after the talks. He was quoted as saying: “{WORDS}”"
    assert quotes(body, ref) == [("yoshimasa-hayashi", WORDS)]


def test_he_said_is_the_person_the_sentence_before_reports_speaking(ref):
    body = (
        OPENING + "“We will keep working together on North Korea,” Blinken said.\n\n"
        "Hayashi told reporters that the talks were productive. "
        "“It was a very good meeting,” he said."
    )
    assert quotes(body, ref)[-1] == ("yoshimasa-hayashi", "It was a very good meeting")


def test_he_said_before_the_quote_after_a_sentence_reporting_speech(ref):
    body = (
        OPENING + "“We will keep working together on North Korea,” Blinken said. "
        "Hayashi told reporters that the talks were productive. "
        "He said, “It was a very good meeting for both of our countries.”"
    )
    assert quotes(body, ref)[-1] == (
        "yoshimasa-hayashi",
        "It was a very good meeting for both of our countries.",
    )


def test_he_said_after_a_sentence_reporting_no_speech_is_the_last_speakers(ref):
    body = (
        OPENING + "“We will keep working together on North Korea,” Blinken said.\n\n"
        "Hayashi arrived at the ministry in the morning. "
        "“It was a very good meeting,” he said."
    )
    assert quotes(body, ref)[-1] == ("antony-blinken", "It was a very good meeting")

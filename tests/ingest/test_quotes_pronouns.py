"""Issue 11: "he said" stands for the person last reported as saying something, when the
paragraph above reports it without quoting ("Mr. Hayashi says …" under a quote of Blinken's),
not for whoever was quoted before (invented texts)."""

from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes

FIRST_QUOTE = "“We have an opportunity to work together,” Antony Blinken said.\n\n"
VISIT = "Yoshimasa Hayashi met him at the State Department on Tuesday.\n\n"
WORDS = "“We are the two biggest economies of the world,” he said. “We will work together.”"


def speakers(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [hit.speaker_slug for hit in find_quotes(body, mentions)]


def test_he_is_the_person_the_paragraph_above_reports_as_saying_something(ref):
    above = "Mr. Hayashi says only the two countries can lead the world out of the recession.\n\n"
    assert speakers(FIRST_QUOTE + VISIT + above + WORDS, ref) == [
        "antony-blinken",
        "yoshimasa-hayashi",
        "yoshimasa-hayashi",
    ]


def test_he_is_the_last_speaker_when_the_paragraph_above_reports_no_one_speaking(ref):
    above = "Mr. Hayashi and the president then sat down for lunch at Blair House.\n\n"
    expected = ["antony-blinken", "antony-blinken", "antony-blinken"]
    assert speakers(FIRST_QUOTE + VISIT + above + WORDS, ref) == expected


def test_a_paragraph_above_with_a_quote_of_its_own_leaves_he_to_it(ref):
    above = "Mr. Hayashi says the talks were “very good indeed for both of us,” Blinken added.\n\n"
    found = speakers(FIRST_QUOTE + VISIT + above + WORDS, ref)
    assert found[-2:] == ["antony-blinken", "antony-blinken"]

"""Issue 11: a quote that opens its sentence, "she said" after it, with no one quoted
before: "she" is the first known person of the sentence before the quote, in the same
paragraph ("Rice met Koumura on Monday. “…,” she said, “…”"), as it already was when the
pronoun came first. Invented texts."""

from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes

MET = "Antony Blinken met Yoshimasa Hayashi in Tokyo on a rainy Monday morning. "
WORDS = "“The alliance between our two countries has never been stronger than today,” he said."


def speakers(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [(hit.speaker_slug, hit.form) for hit in find_quotes(body, mentions)]


def test_he_after_a_first_quote_is_the_subject_of_the_sentence_before_it(ref):
    assert speakers(MET + WORDS, ref) == [("antony-blinken", "quote-pronoun-verb")]


def test_a_split_quote_reads_both_halves_as_the_subjects(ref):
    body = MET + (
        "“The alliance between our two countries,” he said, “has never been stronger than "
        "it is today in the region.”"
    )
    assert [slug for slug, _ in speakers(body, ref)] == ["antony-blinken", "antony-blinken"]


def test_a_sentence_before_naming_no_one_leaves_he_unattributed(ref):
    body = MET + "It rained all day long in the city. " + WORDS
    assert speakers(body, ref) == [(None, "quote-pronoun-verb")]

"""Issue 11: a short quote between two capitalised words of one name ("the Security
Consultative Committee “2 + 2” Meeting") is a part of that name, not the words of the
person whose sentence holds it; a quote after a verb, a capitalised word after it, stays
a quote. Invented texts."""

from archive.ingest.people import find_people
from archive.ingest.quote_names import inside_a_name
from archive.ingest.quotes import find_quotes


def quotes(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [(hit.speaker_slug, hit.text) for hit in find_quotes(body, mentions)]


def test_a_quote_inside_a_name_is_no_ones_words(ref):
    body = (
        "Antony Blinken said that the Security Consultative Committee “2 + 2” Meeting "
        "should be held in Tokyo as early as possible."
    )
    assert quotes(body, ref) == []


def test_a_quote_after_a_verb_before_a_capitalised_word_stays(ref):
    body = "Antony Blinken said the alliance was “stronger than ever before” Tuesday in Tokyo."
    assert quotes(body, ref) == [("antony-blinken", "stronger than ever before")]


def test_the_name_needs_capitalised_words_on_both_sides():
    assert inside_a_name("Quad", "leaders of the ", " Summit opened")
    assert not inside_a_name("Quad", "leaders of the ", " summit opened")
    assert not inside_a_name("Quad", "leaders said ", " Summit opened")
    assert not inside_a_name("we stand with you and all", "the Secretary ", " Tuesday")


def test_a_short_quote_ending_a_sentence_before_a_name_stays(ref):
    body = (
        "Yoshimasa Hayashi met Antony Blinken on Friday. “We agreed,” Hayashi told "
        "reporters after the talks."
    )
    assert quotes(body, ref) == [("yoshimasa-hayashi", "We agreed")]
    assert not inside_a_name("We agreed", "met Blinken on Friday. ", " Hayashi told")

"""A photo's caption made of the text's first words, printed right under the paragraph
it opens, is chrome (captions.repeated_lines); a headline repeating the lead above it, a
sentence, a short phrase and a line cut inside a word stay."""

from __future__ import annotations

from archive.ingest.captions import repeated_lines

_LEAD = (
    "Defense Minister Nakatani had a meeting with H.E. Mr. Rahm Emanuel, Ambassador of the "
    "United States to Japan on the 20th of December. They looked back on the year."
)
_OPENING = "Defense Minister Nakatani had a meeting with H.E. Mr. Rahm Emanuel"


def _dropped(paragraphs):
    return repeated_lines(paragraphs, [0] * len(paragraphs))


def test_the_lead_s_opening_under_it_is_a_caption():
    assert _dropped([_LEAD, _OPENING]) == [(1, "photo caption repeating the paragraph above")]


def test_a_headline_repeating_the_lead_above_it_stays():
    assert _dropped([_OPENING, _LEAD]) == []


def test_a_sentence_a_short_phrase_and_a_cut_word_stay():
    assert _dropped([_LEAD, "Defense Minister Nakatani had a meeting."]) == []
    assert _dropped([_LEAD, "Defense Minister Nakatani"]) == []
    assert _dropped([_LEAD, "Defense Minister Nakatani had a meeting with H.E. Mr. Rahm Em"]) == []


def test_the_headline_under_the_page_s_title_bar_stays():
    bar = "Primer ministro de Japón visita la Casa Blanca | Diario Ejemplo"
    assert _dropped([bar, "Primer ministro de Japón visita la Casa Blanca"]) == []


def test_a_line_under_a_line_already_read_as_something_else_stays():
    assert repeated_lines([_LEAD, _OPENING], [0, 0], taken={0}) == []

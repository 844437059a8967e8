"""A place name inside an identifier is no place (issue 11's seed-20261212 mutation run,
meeting_names.ReadNames._word_at): an image's file name or a tag ("tokyo_summit_2023.jpg",
"#lima_apec") names no city; the underscore joins words as a letter does, as `\\b` reads
it in the separate readers the one pass replaced."""

import pytest

from archive.ingest import prefilter
from archive.ingest.meeting_context import mentioned_places
from archive.ingest.meeting_names import ReadNames, names_automaton


def _places(text):
    return ReadNames(prefilter.fold(text), names_automaton()).places


@pytest.mark.parametrize(
    "text", ["Photo: tokyo_summit_2023.jpg", "Tags: #lima_apec, #summit", "file_tokyo.png"]
)
def test_a_place_joined_to_a_word_by_an_underscore_is_no_place(text):
    assert _places(text) == frozenset()
    assert _places(text) == mentioned_places(prefilter.fold(text))


def test_a_place_set_apart_by_punctuation_is_one():
    assert _places("Photo: tokyo-summit.jpg, taken in Lima.") == mentioned_places(
        prefilter.fold("Photo: tokyo-summit.jpg, taken in Lima.")
    )
    assert len(_places("Photo: tokyo-summit.jpg, taken in Lima.")) == 2

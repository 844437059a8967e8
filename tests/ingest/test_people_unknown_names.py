"""unknown_names: names the reference lacks, and whether a surname speaks later (issue #10:
one automaton pass over the surnames asked, the answers of the regex they replace)."""

import random

import pytest

from archive.ingest.unknown_names import find_unknown_names, latest_speaking
from tests.ingest.speech_texts import latest_by_regex, random_speech_text

SURNAMES = ("Hornung", "Smith-Jones", "Jones", "O'Brien", "O’Neil", "McCain", "Lee", "Leeds")
SEPARATORS = (" ", "  ", "\n", "\u00a0", "", ", ", ".", "-", "'", "\t \n")


@pytest.mark.parametrize("seed", range(60))
def test_latest_speaking_finds_what_the_regex_finds(seed):
    rng = random.Random(seed)
    body = random_speech_text(rng, 80, SURNAMES, SEPARATORS)
    asked = set(rng.sample(SURNAMES, rng.randrange(1, len(SURNAMES) + 1)))
    latest = latest_speaking(body, asked)
    assert latest == {surname: latest_by_regex(body, surname) for surname in asked}, body


def test_latest_speaking_of_no_surname_reads_nothing():
    assert latest_speaking("Hornung said", set()) == {}


def test_a_name_marked_later_keeps_the_place_its_surname_gave_it(ref):
    # Jane Doe is first accepted because "Doe said" follows; the title before her later
    # run marks her too, and she stays before John Roe, marked in between.
    body = "Jane Doe spoke.\nProfessor John Roe arrived. Doe said so.\nMinister Jane Doe left."
    assert find_unknown_names(body, [], ref.index) == ["Jane Doe", "John Roe"]


def test_a_surname_that_speaks_only_before_the_name_marks_nothing(ref):
    body = "Doe said it was late. Jane Doe arrived at the talks."
    assert find_unknown_names(body, [], ref.index) == []

"""The capitalised runs read in one pass (`capitalised._runs`, issue #10: parse time) are
what `trimmed` makes of each CAPITALISED_RUN match, whatever spaces stand between words."""

import random

import pytest

from archive.ingest import capitalised
from archive.ingest.capitalised import CAPITALISED_RUN, Run, _runs, _word_start, trimmed

PIECES = [
    "Prime", "Minister", "Foreign", "Secretary", "Dr", "Mr", "US", "Rishi", "Sunak", "Kishida",
    "Fumio", "McCain", "O'Neil", "Lloyd", "Austin", "J.", "Smith-Jones", "met", "the", ".",
    " ", " ", " ", "  ", "\t", "\u00a0", "\n", ", ",
]  # fmt: skip


def _expected(body: str) -> tuple[Run, ...]:
    runs = []
    for match in CAPITALISED_RUN.finditer(body):
        start, end, count = trimmed(match)
        name = " ".join(body[start:end].split()) if count else ""
        runs.append(Run(match.start(), match.end(), start, end, count, name))
    return tuple(runs)


@pytest.mark.parametrize("seed", range(20))
def test_runs_are_the_trimmed_matches_with_their_names(seed):
    rng = random.Random(seed)
    body = "".join(rng.choice(PIECES) + rng.choice(["", " "]) for _ in range(3000))
    runs = _runs(body)
    assert runs == _expected(body)
    assert any(run.start > run.run_start for run in runs)  # titles trimmed
    assert any("\t" in body[run.start : run.end] for run in runs)  # not one space apart


def test_a_name_after_titles_spaced_unevenly_starts_at_its_first_word():
    body = "Prime  Minister\tFumio   Kishida met"
    (run,) = _runs(body)
    assert (run.start, run.end, run.count, run.name) == (16, 31, 2, "Fumio Kishida")
    assert capitalised.capitalised_runs(body) == (run,)


def test_word_start_skips_earlier_occurrences_of_the_word():
    text = "Minister  Min\tMin"
    assert _word_start(text, text.split(), 2) == 14
    assert _word_start(text, text.split(), 1) == 10

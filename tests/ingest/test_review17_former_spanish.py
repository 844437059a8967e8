"""Review of 6f9bd80 (former_titles: Spanish "el expresidente Joe Biden"). The Spanish
prefix is searched up to 60 characters before a name, with any run of lower-case words
between the post and the name, so the "ex" of someone else earlier in the clause reaches
the next name: in "Un excanciller japonés se reunió con el primer ministro Fumio
Kishida", "excanciller japonés se reunió con el primer ministro" is read as Kishida's own
former title, and Kishida (a foreign minister until 2017, not one in 2023) leaves the
report's people. At b90b6db he was kept. The words between the post and the name are a
nationality or "de EE. UU." at most; a verb ends the title. Made-up text."""

import pytest

from archive.ingest.pipeline import parse_report


def _people(ref, text: str) -> set[str]:
    report = parse_report(text.encode(), reference=ref, hints={"url": "https://example.es/a"})
    return {mention.slug for mention in report.people}


def test_guard_a_former_president_is_still_dropped(ref):
    """What the rule is for (passes at HEAD)."""
    text = (
        "Biden en Tokio\n\nTOKIO, 12 de julio de 2025 — El expresidente estadounidense Joe"
        " Biden visitó Tokio el miércoles.\n\nHabló de comercio."
    )
    assert "joe-biden" not in _people(ref, text)


SENTENCES = {
    "met": "Un excanciller japonés se reunió con el primer ministro Fumio Kishida en Tokio.",
    "criticised": "Un exministro japonés criticó al primer ministro Fumio Kishida por su plan.",
}


@pytest.mark.parametrize("sentence", SENTENCES.values(), ids=SENTENCES.keys())
def test_someone_elses_former_title_is_not_the_prime_ministers(ref, sentence):
    text = (
        "Kishida en Tokio\n\nTOKIO, 12 de julio de 2023 — " + sentence + "\n\nLa oposición"
        " pidió más debate sobre la alianza."
    )
    assert "fumio-kishida" in _people(ref, text)

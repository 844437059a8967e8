"""Forms of known chrome families met on unseen pages (issue 11, seventeenth session): an
agency's copyright in brackets, "Read Full Post »" and "more information" links in four
languages, an Italian list of related stories, and a content system's id printed alone.
Sentences that say the same words, years and numbered items are left alone. Every text
here is made up."""

from __future__ import annotations

import pytest

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason
from archive.ingest.pipeline import parse_report


def _reason(line: str) -> str | None:
    return boilerplate_reason(line, DEFAULT_PATTERNS)


@pytest.mark.parametrize(
    "line, reason",
    [
        ("[Copyright Example Press, Ltd.]", "copyright notice"),
        ("(© 2024 Example News Agency)", "copyright notice"),
        ("【Copyright 共同通信社】", "copyright notice"),
        ("Read Full Post »", "read more link"),
        ("Read full story", "read more link"),
        ("Más información", "read more link"),
        ("Maggiori informazioni", "read more link"),
        ("Informasi selengkapnya", "read more link"),
        ("More information", "read more link"),
        ("NOTIZIE CORRELATE", "related links"),
        ("Notizie correlate", "related links"),
        ("2088253", "page id number"),
        ("104417", "page id number"),
    ],
)
def test_the_forms_are_chrome(line, reason):
    assert _reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "More information will be released after the talks on Friday.",
        "Read full transcripts of the talks at the ministry.",
        "Más información sobre la reunión se dará el lunes.",
        "Le notizie correlate alla visita sono state smentite dal ministero.",
        "2021",
        "1234",
        "12,000 troops",
    ],
)
def test_sentences_years_and_counts_stay(line):
    assert _reason(line) is None


def test_an_italian_related_list_leaves_the_body(ref):
    text = (
        "Il ministro incontra il segretario di Stato\n\n"
        "Il segretario di Stato John Miller ha incontrato il ministro degli Esteri Taro Sato "
        "a Washington. I due hanno ribadito l'importanza dell'alleanza.\n\n"
        "NOTIZIE CORRELATE"
    )
    report = parse_report(text.encode(), reference=ref, filename="page.txt")
    assert "NOTIZIE CORRELATE" not in report.body
    assert "ribadito l'importanza" in report.body

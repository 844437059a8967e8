"""Credit lines and bylines: names as printed, with roles."""

import pytest

from archive.ingest.credits import (
    byline_credits,
    extract_credits,
    is_credit_line,
    parse_credit_line,
)
from tests.ingest.reference_data import SEED_004_CREDITS

SEED_004_LINE = (
    "Report by David Brunstrom, Dan Whitcomb and Rami Ayub, Ju-Min Park and Kiyoshi Takenaka; "
    "Additional Report by Martin Pollard in Beijing; Editing by David Dolan, Richard Bullin "
    "and Sri Navaratnam"
)


def test_seed_004_credit_line():
    credits = [(c.name, c.role) for c in parse_credit_line(SEED_004_LINE)]
    assert credits == SEED_004_CREDITS


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (SEED_004_LINE, True),
        ("Reporting by Jane Doe; Writing by John Roe; Editing by Ann Lee", True),
        ("(Reporting by Jane Doe; Editing by Ann Lee)", True),
        ("Reporting by state media suggests the talks went well.", False),
        ("Edited by hand, the statement was shorter.", False),
    ],
)
def test_is_credit_line(line, expected):
    assert is_credit_line(line) is expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Myind Staff", [("Myind Staff", "staff")]),
        ("By Jane Doe and John Roe", [("Jane Doe", "reporter"), ("John Roe", "reporter")]),
        ("", []),
    ],
)
def test_byline_credits(byline, expected):
    assert [(c.name, c.role) for c in byline_credits(byline)] == expected


def test_extract_credits_returns_consumed_lines():
    credits, consumed = extract_credits(["Text.", SEED_004_LINE, "More."], "Myind Staff")
    assert consumed == [1]
    assert credits[0].role == "staff" and len(credits) == 10

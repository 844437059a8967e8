"""A minister's turn that reports meeting someone keeps that person among the report's
people even when a word of when or how stands between the meeting and "with" ("a
telephone meeting earlier with Secretary Blinken"): archive/ingest/passing.py,
`_MET_BEFORE` with `_WHEN`. Invented press-conference records."""

import pytest

from archive.ingest.pipeline import parse_report

HEAD = (
    "Press Conference by Foreign Minister HAYASHI Yoshimasa\n\n"
    "Friday, January 7, 2022, 9:31 p.m. Ministry of Foreign Affairs\n\n"
    "Opening Remarks\n\n"
    "Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs:"
)
TAIL = (
    " We agreed to strengthen the Alliance. Secretary Blinken said the Alliance has never"
    " been stronger.\n\nQuestion: Thank you.\n\n"
    "Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs: We will keep working together."
)


def people(opening: str, ref) -> set[str]:
    parsed = parse_report(f"{HEAD}{opening}{TAIL}".encode(), reference=ref)
    return {mention.slug for mention in parsed.people}


@pytest.mark.parametrize(
    "opening",
    [
        "I held a telephone meeting earlier with Secretary Blinken.",
        "I held talks today with Secretary Blinken.",
        "I spoke by phone with Secretary Blinken this evening.",
        "I had a meeting this morning with Secretary Blinken.",
    ],
)
def test_the_minister_reporting_a_meeting_keeps_its_party(ref, opening):
    assert {"yoshimasa-hayashi", "antony-blinken"} <= people(opening, ref)


def test_someone_the_minister_only_speaks_about_stays_in_passing(ref):
    found = people("I would like to build a good relationship with Secretary Blinken.", ref)
    assert "yoshimasa-hayashi" in found
    assert "antony-blinken" not in found

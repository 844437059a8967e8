"""A US-Japan call named by its kind ("a phone call", "telefonata") is the report's only
when it names the other ally too, by a participant or by the country: the Secretary's call
with Italy's foreign minister is no US-Japan call held that month. A meeting held somewhere
(its place tells the other side) and a larger table (a G7 meeting) are still named by one
ally's minister. Invented texts and meetings."""

from datetime import date

import pytest

from archive.ingest.meeting_context import report_context
from archive.ingest.meeting_kinds import grounded
from archive.ingest.meetings import report_signs

CALL = dict(
    slug="call-2031-01-06",
    title="Japan-U.S. Foreign Ministers' Telephone Talk",
    kind="call",
    format="phone",
    participant_slugs=("us-secretary", "jp-minister"),
    participant_posts=(
        ("us-secretary", "United States", "foreign"),
        ("jp-minister", "Japan", "foreign"),
    ),
)
G7 = dict(
    slug="multilateral-2031-04-18",
    title="G7 Foreign Ministers' Meeting",
    kind="multilateral",
    format="in_person",
    series="g7-foreign-ministers",
    participant_slugs=("us-secretary", "jp-minister"),
    participant_posts=CALL["participant_posts"],
)


def _grounded(fields: dict, body: str, people: set[str]) -> bool:
    from archive.ingest.reference import KnownMeeting

    meeting = KnownMeeting(start=date(2031, 1, 6), end=date(2031, 1, 6), **fields)
    signs = report_signs(body)
    return grounded(meeting, signs, people, report_context(body, signs.folded))


@pytest.mark.parametrize(
    "body",
    [
        "Il Segretario ha avuto oggi una telefonata con il Ministro degli Esteri italiano.",
        "The Secretary held a phone call today with the foreign minister of Italy.",
    ],
)
def test_a_call_with_one_allys_minister_and_a_third_country_is_not_the_allies_call(body):
    assert not _grounded(CALL, body, {"us-secretary"})


@pytest.mark.parametrize(
    "body",
    [
        "The Secretary held a phone call today with his Japanese counterpart.",
        "Il Segretario di Stato ha avuto una telefonata con il Ministro degli Esteri del Giappone.",
    ],
)
def test_the_other_ally_named_by_its_country_keeps_the_call(body):
    assert _grounded(CALL, body, {"us-secretary"})


def test_both_ministers_named_keep_the_call():
    body = "The Secretary held a phone call today with the Minister."
    assert _grounded(CALL, body, {"us-secretary", "jp-minister"})


def test_a_g7_meeting_is_named_by_one_allys_minister():
    body = "La Ministra ha partecipato alla riunione dei ministri degli Esteri del G7 a Capri."
    assert _grounded(G7, body, {"jp-minister"})

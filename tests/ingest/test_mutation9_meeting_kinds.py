"""A call the report gives no word of loses points, and the curator is told why in words
(issue 11's seed-20261211 mutation sample, meeting_kinds.py). An invented call."""

from datetime import date

from archive.ingest.meeting_kinds import format_evidence
from archive.ingest.meetings import report_signs
from archive.ingest.reference import KnownMeeting

MINISTERS = ("antony-blinken", "yoshimasa-hayashi")
CALL = KnownMeeting(
    "call-y", "Call", date(2022, 3, 9), date(2022, 3, 9), "", MINISTERS, (), "call", "phone"
)


def test_a_call_with_no_word_of_a_call_is_marked_down_with_its_reason():
    # format_evidence 30 gave the reason in capitals.
    signs = report_signs("The two ministers discussed the region and agreed to stay in touch.")
    assert format_evidence(CALL, signs) == (-0.15, ["no word of a call in the report"])


def test_a_call_the_report_calls_one_gains():
    signs = report_signs("The two ministers spoke by telephone on Wednesday.")
    assert format_evidence(CALL, signs) == (0.20, ["the report says it was held by phone"])

"""A transcript's speaker labels (issue 11's mutation sample, transcripts.py): a label
that is a known person's surname in capitals is a speaker's, whatever letters the surname
begins or ends with; a position at a turn's first character is in that turn. Invented people
and transcript."""

from datetime import date

from archive.ingest.reference import KnownOffice, KnownPerson, Reference
from archive.ingest.results import QuoteHit
from archive.ingest.transcripts import find_turns, turn_speaker

SPOKESPERSON = KnownPerson(
    "sam-fox",
    "Sam Fox",
    "United States",
    (),
    (KnownOffice("Spokesperson", "spokesperson", "United States", date(2030, 1, 1), None),),
)


def test_a_surname_ending_in_x_is_a_speaker_label():
    body = "FOX: Good afternoon.\n\nQUESTION: Thank you.\n\nFOX: So yesterday we met."
    hits = find_turns(body, Reference(people=(SPOKESPERSON,)).index)
    assert [(hit.speaker_name, hit.text) for hit in hits] == [
        ("FOX", "Good afternoon."),
        ("QUESTION", "Thank you."),
        ("FOX", "So yesterday we met."),
    ]


def test_a_position_at_a_turns_start_is_in_that_turn():
    turns = [
        QuoteHit("pat-doe", "Good afternoon.", 10, 25, "transcript-turn", "PAT DOE"),
        QuoteHit("kim-roe", "Thank you.", 40, 50, "transcript-turn", "KIM ROE"),
    ]
    assert turn_speaker(turns, 40) == ("kim-roe", "KIM ROE")
    assert turn_speaker(turns, 39) == ("pat-doe", "PAT DOE")
    assert turn_speaker(turns, 9) is None

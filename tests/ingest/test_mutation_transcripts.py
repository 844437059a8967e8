"""A transcript's speaker labels (issue 11's mutation sample, transcripts.py): a label
that is a known person's surname in capitals is a speaker's, whatever letters the surname
begins or ends with. Invented people and transcript."""

from datetime import date

from archive.ingest.reference import KnownOffice, KnownPerson, Reference
from archive.ingest.transcripts import find_turns

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

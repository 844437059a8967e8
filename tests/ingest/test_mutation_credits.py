"""parse_credit_line (issue 11's mutation sample, credits.py): a segment of the credit
line that is no "<role> by <names>" is passed over, and the segments after it are still
read."""

from archive.ingest.credits import byline_credits, parse_credit_line
from archive.ingest.results import Credit


def test_a_segment_without_a_role_does_not_end_the_credit_line():
    line = "(Reporting by Jane Doe; Graphics: Tom Roe; Editing by Ann Lee and Bo Kim)"
    assert parse_credit_line(line) == [
        Credit(name="Jane Doe", role="reporter"),
        Credit(name="Ann Lee", role="editor"),
        Credit(name="Bo Kim", role="editor"),
    ]


def test_only_the_parentheses_around_the_line_are_stripped():
    # A name ending the line keeps its last letter, whatever it is (a capital X too).
    assert parse_credit_line("(Reporting by Alex Fox; Editing by Malcolm X)") == [
        Credit(name="Alex Fox", role="reporter"),
        Credit(name="Malcolm X", role="editor"),
    ]


def test_the_full_stop_closing_the_line_is_no_part_of_the_last_name():
    # a50f3b0 sample: "…and John Roe." names John Roe, with or without a space after.
    assert [c.name for c in parse_credit_line("Reporting by Jane Doe and John Roe.")] == [
        "Jane Doe",
        "John Roe",
    ]
    assert [c.name for c in parse_credit_line("Reporting by Jo Doe; Editing by Ann Poe. ")] == [
        "Jo Doe",
        "Ann Poe",
    ]
    assert parse_credit_line("Editing by Ann Poe.") == [Credit(name="Ann Poe", role="editor")]


# --- the seed-20261207 sample (byline_credits 27): a byline's names are split at commas,
# "and" and ampersands alike.


def test_a_bylines_reporters_are_split_at_commas_and_and_ampersands():
    credits = byline_credits("By Jane Doe, John Roe & Kim Lee and Pat Fox")
    assert [(c.name, c.role) for c in credits] == [
        ("Jane Doe", "reporter"),
        ("John Roe", "reporter"),
        ("Kim Lee", "reporter"),
        ("Pat Fox", "reporter"),
    ]


def test_a_staff_byline_is_one_credit_and_an_empty_one_none():
    assert [(c.name, c.role) for c in byline_credits("Myind Staff")] == [("Myind Staff", "staff")]
    assert byline_credits("   ") == []

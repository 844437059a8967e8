"""Issue 11: a quote over several paragraphs (the first left open, the next opening with a
quote mark) is the speaker's whom a later paragraph names (invented texts)."""

from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes

OPEN = "“The alliance has never been stronger. We are working together on every challenge.\n\n"
MIDDLE = "“We meet more often than ever, and at every level of our two governments.\n\n"
CLOSED = "“We will continue to stand with Japan,” Antony Blinken told reporters."


def found(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [(hit.speaker_slug, hit.form) for hit in find_quotes(body, mentions)]


def test_a_quote_left_open_is_the_speaker_the_next_paragraph_names(ref):
    assert found(OPEN + CLOSED, ref) == [
        ("antony-blinken", "continuation"),
        ("antony-blinken", "quote-name-verb"),
    ]


def test_a_quote_over_three_paragraphs_is_one_speakers(ref):
    assert [slug for slug, _ in found(OPEN + MIDDLE + CLOSED, ref)] == ["antony-blinken"] * 3


def test_a_closed_quote_above_stays_unattributed(ref):
    closed = OPEN.replace("challenge.", "challenge.”")
    assert found(closed + CLOSED, ref)[0] == (None, "unattributed")


def test_a_quote_left_open_above_narration_stays_unattributed(ref):
    narration = "Antony Blinken spoke after the meeting in Tokyo on Thursday.\n\n"
    assert found(OPEN + narration, ref) == [(None, "unattributed")]

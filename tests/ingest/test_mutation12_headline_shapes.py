"""A line of Latin words names an event only up to 25 words: a longer line ending in
"Meeting" is a sentence, not an event's name (issue 11's seed-20261214 mutation sample,
headline_shapes.names_event: no test had a line at the limit). Invented lines."""

from archive.ingest.headline_shapes import names_event

OPENING = "Ministers"
FILLER = "of the two allies and their deputies gathered with senior officials in the capital"


def _line(words: int) -> str:
    body = (FILLER.split() * 3)[: words - 2]
    return " ".join([OPENING, *body, "Meeting"])


def test_an_event_name_of_25_words_names_an_event():
    line = _line(25)
    assert len(line.split()) == 25
    assert names_event(line)


def test_a_line_of_26_words_ending_in_an_event_is_no_name():
    line = _line(26)
    assert len(line.split()) == 26
    assert not names_event(line)

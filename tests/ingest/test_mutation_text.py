"""repair's line breaks (issue 11's mutation sample, text.py): old Mac ("\\r") and
Windows ("\\r\\n") line breaks both become "\\n", and each line loses its trailing
spaces, so every line holds only its own words."""

from archive.ingest.text import repair


def test_carriage_returns_become_line_breaks_and_nothing_else():
    assert repair("First line\rSecond line  \r\nThird") == "First line\nSecond line\nThird"

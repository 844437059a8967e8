"""HTML routing (issue 11's mutation sample, pipeline.py): a content type, when given,
decides alone whether the body is read as HTML; XHTML is HTML."""

import pytest

from archive.ingest.pipeline import _clean_hints, is_html

PLAIN = b"Plain words about a meeting, no markup at all."


@pytest.mark.parametrize(
    "content_type",
    [
        "text/html",
        "TEXT/HTML; charset=utf-8",
        "application/xhtml+xml",
        " application/xhtml+xml ; q=1",
    ],
)
def test_an_html_or_xhtml_content_type_is_html_whatever_the_name_and_bytes(content_type):
    assert is_html(content_type, "report.txt", PLAIN) is True


def test_another_content_type_is_not_html_even_for_an_html_file_name():
    assert is_html("text/plain; charset=utf-8", "report.html", b"<html><p>x</p></html>") is False


def test_without_a_content_type_the_name_then_the_bytes_decide():
    assert is_html("", "REPORT.HTM", PLAIN) is True
    assert is_html("", "report.txt", PLAIN) is False


def test_only_known_hint_fields_with_a_value_are_kept_stripped():
    hints = {"title": "  Leaders meet  ", "outlet": "   ", "published": None, "colour": "blue"}
    assert _clean_hints(hints) == {"title": "Leaders meet"}
    assert _clean_hints(None) == {}

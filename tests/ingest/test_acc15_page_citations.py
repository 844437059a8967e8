"""An online archive's line for citing the page, printed after the text: the author, the
title, "Online by" its editors, the archive's name and the page's address (issue 11,
fifteenth session). Every text here is made up."""

from __future__ import annotations

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason


def test_an_archives_citation_line_is_chrome():
    line = (
        "John Miller, Readout of the President's Meeting with Prime Minister Sato Online by "
        "Jane Roe and Ann T. Poe, The Papers Project https://papers.example.org/node/1234"
    )
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == "citation"


def test_a_sentence_about_an_online_archive_is_kept():
    sentences = [
        "The transcript was put online by Jane Roe, the archive's editor, on Monday.",
        "The ministers' remarks are available Online by Request, the office said, at "
        "https://example.org/remarks.",
        "President Miller met Prime Minister Sato. The record is at https://example.org/1",
    ]
    for line in sentences:
        assert boilerplate_reason(line, DEFAULT_PATTERNS) is None

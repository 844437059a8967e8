"""The simple HTML reader's lines (issue 11's seed-20261209 mutation sample, webpage.py):
a block element (a paragraph, a division) starts a new line, an inline element (bold, a
link) stays inside its paragraph's line."""

from archive.ingest.webpage import extract_page


def test_the_simple_reader_breaks_lines_at_blocks_not_at_inline_markup(monkeypatch):
    # _TextCollector.handle_starttag 10 broke lines at every tag but the block ones.
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *args, **kwargs: None)
    page = extract_page(
        "<html><body>Tokyo<div>Talks on <b>trade</b> and "
        '<a href="/s">security</a> ended.</div></body></html>'
    )
    assert page.text == "Tokyo\nTalks on trade and security ended."

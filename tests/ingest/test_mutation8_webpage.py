"""The simple HTML reader leaves out a page's navigation whatever it holds (issue 11's
seed-20261210 mutation sample, webpage.py): the end of a list item inside a menu does not
end the menu."""

from archive.ingest.webpage import extract_page


def test_the_simple_reader_leaves_out_a_whole_menu_of_several_items(monkeypatch):
    # _TextCollector.handle_endtag 2 stopped skipping at the first item's end tag.
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *args, **kwargs: None)
    page = extract_page(
        "<html><body><nav><ul><li>Home</li><li>World</li></ul></nav>"
        "<p>Talks on trade ended.</p><footer><p>About</p><p>Contact</p></footer>"
        "<p>The ministers left.</p></body></html>"
    )
    assert page.text == "Talks on trade ended.\nThe ministers left."

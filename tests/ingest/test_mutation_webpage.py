"""An HTML page's main text and metadata (issue 11's mutation score): what trafilatura is
asked for (the metadata, tables, no reader comments, the page's own canonical address),
the simple reader a page falls back to with its warning, and the sniffing of HTML."""

import sys

import pytest

from archive.ingest.webpage import extract_page, looks_like_html

PAGE = """<!DOCTYPE html><html><head>
<title>Biden and Kishida meet in Washington | Myind</title>
<meta property="og:title" content="Biden and Kishida meet in Washington">
<meta property="og:site_name" content="Myind">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-04-10">
<meta property="article:section" content="Politics">
<link rel="canonical" href="https://myind.example/biden-kishida">
</head><body><nav>Home News</nav><article><h1>Biden and Kishida meet in Washington</h1>
<p>Japan and the United States agreed on Friday to strengthen their defence systems in every
domain, the two leaders said.</p>
<p>The two leaders announced a new framework for defense industrial cooperation.</p>
<table><tr><td>Alliance budget table cell</td></tr></table>
</article><div class="comments"><h3>Comments</h3>
<p>Reader comment: great news for everyone here today.</p></div></body></html>"""


def test_the_main_text_keeps_tables_and_drops_reader_comments():
    page = extract_page(PAGE)
    assert page.text.startswith("Biden and Kishida meet in Washington\nJapan and the")
    assert "Alliance budget table cell" in page.text
    assert "Reader comment" not in page.text and "Home News" not in page.text
    assert page.warnings == []


def test_the_pages_metadata():
    page = extract_page(PAGE, url="https://myind.example/biden-kishida")
    assert (page.title, page.date, page.sitename, page.author, page.section) == (
        "Biden and Kishida meet in Washington",
        "2024-04-10",
        "Myind",
        "Jane Doe",
        "Politics",
    )
    assert page.url == "https://myind.example/biden-kishida"


def test_a_page_without_metadata_gives_empty_strings():
    html = "<html><body><article><p>" + "Japan and the United States agreed. " * 5
    page = extract_page(html + "</p></article></body></html>")
    assert page.text.startswith("Japan and the United States agreed.")
    assert (page.title, page.date, page.sitename, page.url, page.author, page.section) == (
        ("",) * 6
    )


def test_a_page_without_text_falls_back_to_the_simple_reader_with_a_warning():
    html = (
        "<html><head><title> Only  a title </title><script>var x = 1;</script></head>"
        "<body></body></html>"
    )
    page = extract_page(html)
    assert (page.text, page.title) == ("", "Only a title")
    assert page.warnings == ["trafilatura found no main text; used the simple HTML reader"]


@pytest.mark.parametrize(
    ("raw", "html"),
    [
        (b"<!DOCTYPE html><html><body>x</body></html>", True),
        ("  <!-- saved page --> <html lang='ja'>", True),
        (b"<HTML><BODY>x", True),
        (b" " * 1020 + b"<html>", False),  # past the first 1,024 characters
        (b"Tokyo, Jan 7 (EFE).- <html> in the text", False),
        (b"<htmlish>", False),
    ],
)
def test_html_is_sniffed_at_the_start_of_the_file(raw, html):
    assert looks_like_html(raw) is html


def test_a_page_trafilatura_fails_on_is_read_by_the_simple_reader_with_a_warning(monkeypatch):
    import trafilatura

    def fail(*args, **kwargs):
        raise ValueError("hostile input")

    monkeypatch.setattr(trafilatura, "bare_extraction", fail)
    page = extract_page("<html><head><title>T</title></head><body><p>Talks.</p></body></html>")
    assert (page.text, page.title) == ("Talks.", "T")
    assert page.warnings == [
        "trafilatura failed (ValueError('hostile input')); used the simple HTML reader"
    ]


def test_without_trafilatura_the_simple_reader_reads_the_page_with_a_warning(monkeypatch):
    # seed-20261207 sample (extract_page 2): an ImportError, as when it is not installed.
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    page = extract_page("<html><head><title>T</title></head><body><p>Talks.</p></body></html>")
    assert (page.text, page.title) == ("Talks.", "T")
    assert len(page.warnings) == 1
    assert page.warnings[0].startswith("trafilatura unavailable (")
    assert page.warnings[0].endswith("); used the simple HTML reader")


def test_the_simple_reader_turns_character_references_into_characters(monkeypatch):
    # Named and numeric references, in the title and the text alike (a50f3b0 sample).
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *args, **kwargs: None)
    page = extract_page(
        "<html><head><title>Japan &amp; US</title></head>"
        "<body><p>Talks &#8212; on &quot;trade&quot; &amp; security.</p></body></html>"
    )
    assert (page.text, page.title) == ('Talks — on "trade" & security.', "Japan & US")


def test_the_simple_reader_joins_a_title_read_in_pieces(monkeypatch):
    # Markup inside the title gives its words in several pieces: one title, spaced once.
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *args, **kwargs: None)
    page = extract_page(
        "<html><head><title>Japan <span>and</span>  the US</title></head>"
        "<body><p>Talks.</p></body></html>"
    )
    assert (page.text, page.title) == ("Talks.", "Japan and the US")


@pytest.mark.parametrize(
    ("html", "text", "title"),
    [
        ("<html><body><p>Talks.</p></body></html>", "Talks.", ""),
        ("Preface<html><head><title>T</title></head><body><p>Talks.</p></body></html>",
         "Preface\nTalks.", "T"),
    ],
)  # fmt: skip
def test_the_simple_reader_reads_only_a_title_elements_words_as_the_title(
    monkeypatch, html, text, title
):
    # seed-20261207 sample (_TextCollector.__init__ 8): the reader starts outside any title.
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *args, **kwargs: None)
    page = extract_page(html)
    assert (page.text, page.title) == (text, title)

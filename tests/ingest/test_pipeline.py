"""parse_report end to end: routing, HTML, hints, errors, JSON output."""

import dataclasses
import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from archive.ingest import IngestError, parse_report, read_sources
from archive.ingest.pipeline import is_html

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<title>US, Japan pledge more defence cooperation | Myind</title>
<meta property="og:site_name" content="Myind">
<meta property="og:title" content="US, Japan pledge more defence cooperation">
<meta name="author" content="Myind Staff">
<meta property="article:published_time" content="2022-01-07T18:02:00+05:30">
<link rel="canonical" href="https://myind.net/Home/viewArticle/us-japan-pledge">
<script>var secret = "Lloyd Austin said nothing";</script>
<style>.x { color: red }</style>
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article>
<h1>US, Japan pledge more defence cooperation</h1>
<p>Secretary of State Blinken, Secretary of Defense Austin, Minister for Foreign Affairs
Hayashi, and Minister of Defense Kishi convened the U.S.-Japan Security Consultative
Committee virtually.</p>
<p>“We’re meeting against a backdrop of increased tensions and challenges,” Austin said.
<script>document.write("injected text")</script></p>
<p>The ministers also said they had "serious and ongoing concerns" about human rights in
China's Xinjiang and Hong Kong regions and stressed peace in the Taiwan Strait.</p>
</article>
<footer>Back to top button</footer>
</body></html>"""


@pytest.fixture(scope="module")
def page(ref):
    return parse_report(PAGE.encode(), reference=ref, filename="page.html")


def test_html_body_is_plain_text_without_script(page):
    assert "<" not in page.body and ">" not in page.body
    assert "secret" not in page.body and "injected" not in page.body
    assert "Home" not in page.body


def test_html_metadata(page):
    assert page.title == "US, Japan pledge more defence cooperation"
    assert page.published == date(2022, 1, 7) and page.date_precision == "day"
    assert page.outlet_slug == "myind"
    assert page.url == "https://myind.net/Home/viewArticle/us-japan-pledge"
    assert page.byline == "Myind Staff"
    assert page.body.startswith("Secretary of State Blinken")  # the h1 went to the title


def test_html_contents(page):
    assert {p.slug for p in page.people} == {
        "antony-blinken",
        "lloyd-austin",
        "yoshimasa-hayashi",
        "nobuo-kishi",
    }
    assert page.quotes[0].speaker_slug == "lloyd-austin"
    assert page.auto_meeting_slug == "scc-2022-01-07"


def test_hints_win_over_extraction(ref):
    hints = {
        "title": "A hinted title",
        "published": "2022-01-08",
        "outlet": "Reuters",
        "language": "it",
        "section": "World",
        "byline": "Jane Doe",
        "url": "https://example.it/x",
        "ignored": "not a hint field",
    }
    report = parse_report(PAGE.encode(), reference=ref, content_type="text/html", hints=hints)
    assert (report.title, report.published, report.outlet_slug) == (
        "A hinted title",
        date(2022, 1, 8),
        "reuters",
    )
    assert (report.language, report.section, report.byline, report.url) == (
        "it",
        "World",
        "Jane Doe",
        "https://example.it/x",
    )
    assert [(c.name, c.role) for c in report.credits] == [("Jane Doe", "reporter")]


@pytest.mark.parametrize(
    ("content_type", "filename", "raw", "expected"),
    [
        ("text/html; charset=utf-8", "", b"plain", True),
        ("text/plain", "a.html", b"<html>", False),  # an explicit type wins
        ("", "a.HTM", b"plain", True),
        ("", "a.txt", b"  <!doctype html><html><p>x</p></html>", True),
        ("", "a.txt", b"Plain text about <html> tags.", False),
    ],
)
def test_html_routing(content_type, filename, raw, expected):
    assert is_html(content_type, filename, raw) is expected


@pytest.mark.parametrize(
    ("raw", "message"),
    [(b"", "empty file"), (b"\x00\x01\x02binary", "binary file (not text)")],
)
def test_unreadable_input_raises(ref, raw, message):
    with pytest.raises(IngestError, match=re.escape(message)):
        parse_report(raw, reference=ref)


def test_a_page_of_nothing_but_chrome_reports_an_error(ref):
    report = parse_report(b"Leave a Reply\n\nComments\n\nBack to top button", reference=ref)
    assert report.body == ""
    assert report.errors == ["no report text left after removing the page furniture"]


def test_japanese_report_in_shift_jis(ref):
    text = "林芳正外相とブリンケン国務長官は７日、オンラインで協議した。"
    report = parse_report(text.encode("shift_jis"), reference=ref)
    assert report.encoding == "shift_jis"
    assert report.language == "ja"
    # The kanji full name, and the katakana surname before its title (native_aliases.csv).
    assert [(p.slug, p.forms) for p in report.people] == [
        ("yoshimasa-hayashi", ["林芳正"]),
        ("antony-blinken", ["ブリンケン国務長官"]),
    ]
    assert "７日" in report.body  # full-width digits kept as published


def test_to_dict_is_json(seeds):
    data = json.loads(json.dumps(seeds["004"].to_dict()))
    assert data["published"] == "2022-01-07"
    assert data["credits"][0] == {"name": "David Brunstrom", "role": "reporter"}
    assert data["quotes"][0].keys() >= {"speaker_slug", "text", "start", "end", "form"}


def test_sources_feed_the_parser(ref):
    row = {
        "outlet": "EFE",
        "published": "2022-01-07",
        "text": "Tokyo, Jan 7 (EFE).- Antony Blinken met Yoshimasa Hayashi.",
    }
    [item] = read_sources("rows.jsonl", json.dumps(row).encode())
    report = parse_report(item.raw, reference=ref, hints=item.hints, content_type=item.content_type)
    assert (report.outlet_slug, report.wire_slug, report.published) == (
        "efe",
        "efe",
        date(2022, 1, 7),
    )


def test_the_pipeline_never_imports_django():
    """Checked in a fresh interpreter: pytest itself may have imported Django already."""
    code = (
        "import sys\n"
        "from archive.ingest import parse_report, read_sources, find_shared\n"
        "from tests.ingest.reference_data import seed_reference, seed_bytes\n"
        "parse_report(seed_bytes('004'), reference=seed_reference())\n"
        "parse_report(b'<html><p>Hi.</p></html>', reference=seed_reference())\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] == 'django']\n"
        "assert not loaded and 'archive.models' not in sys.modules, loaded\n"
    )
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", code], cwd=root, check=True, timeout=120)


def test_curator_patterns_drop_lines_and_broken_ones_are_reported(ref):
    curated = dataclasses.replace(ref, boilerplate=(r"Follow us on \w+", r"(broken"))
    raw = (
        b"A headline about the alliance\n\nJapan and the United States agreed on Friday to "
        b"strengthen their alliance in every domain, officials said.\n\nFollow us on Telegram"
    )
    report = parse_report(raw, reference=curated)
    assert [(d.line, d.reason) for d in report.dropped][-1] == (
        "Follow us on Telegram",
        r"curator pattern: Follow us on \w+",
    )
    assert curated.index.problems == [
        "curator pattern '(broken' is not a valid regex: "
        "missing ), unterminated subpattern at position 0"
    ]


def test_the_simple_html_reader_keeps_text_and_drops_script():
    """The fallback when trafilatura is unusable: still plain text, never script content."""
    from archive.ingest.webpage import _fallback

    page = _fallback(PAGE)
    assert page.title == "US, Japan pledge more defence cooperation | Myind"
    assert "secret" not in page.text and "injected" not in page.text and "Home" not in page.text
    assert "“We’re meeting against a backdrop" in page.text
    assert "<" not in page.text

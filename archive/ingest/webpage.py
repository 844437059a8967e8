"""Main text and metadata of an HTML page.

trafilatura does the work (boilerplate removal, metadata). Its text output is plain:
no tags, and never the content of <script> or <style>. If trafilatura cannot be used
(it needs `lxml_html_clean` with lxml >= 5.2) or finds no main text, a small stdlib
parser keeps the text of block elements and skips script/style/nav/header/footer/form,
so a page is never dropped for want of a library, and the caller gets a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class PageExtract:
    text: str
    title: str = ""
    date: str = ""
    sitename: str = ""
    url: str = ""
    author: str = ""
    section: str = ""
    warnings: list[str] = field(default_factory=list)


def looks_like_html(raw: bytes | str) -> bool:
    """Sniff the start of the file for an HTML document."""
    head = raw[:1024]
    if isinstance(head, bytes):
        head = head.decode("latin-1")
    return bool(re.match(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", head, re.I | re.S))


def extract_page(html: str, url: str = "") -> PageExtract:
    """Main text (one paragraph a line) and metadata of `html`."""
    try:
        import trafilatura  # imported here: it is slow to import and only HTML needs it
    except ImportError as error:
        page = _fallback(html)
        page.warnings.append(f"trafilatura unavailable ({error}); used the simple HTML reader")
        return page
    try:
        document = trafilatura.bare_extraction(
            html,
            url=url or None,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_recall=True,
        )
    except Exception as error:  # noqa: BLE001 — a third-party parser on hostile input
        page = _fallback(html)
        page.warnings.append(f"trafilatura failed ({error!r}); used the simple HTML reader")
        return page
    if document is None or not (document.text or "").strip():
        page = _fallback(html)
        page.warnings.append("trafilatura found no main text; used the simple HTML reader")
        return page
    return PageExtract(
        text=document.text,
        title=document.title or "",
        date=document.date or "",
        sitename=document.sitename or "",
        url=document.url or "",
        author=document.author or "",
        section=", ".join(document.categories or []),
    )


class _TextCollector(HTMLParser):
    SKIP = {"script", "style", "noscript", "template", "nav", "header", "footer", "form", "aside"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.skipping = 0
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag == "title":
            self.in_title = True
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        elif tag == "title":
            self.in_title = False
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        elif not self.skipping:
            self.parts.append(data)


def _fallback(html: str) -> PageExtract:
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    lines = [" ".join(line.split()) for line in "".join(collector.parts).split("\n")]
    return PageExtract(
        text="\n".join(line for line in lines if line),
        title=" ".join("".join(collector.title).split()),
    )

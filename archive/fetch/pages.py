"""What a fetch returns, and how a fetched page enters the ordinary import path.

`FetchedPage` is a page as received; `FetchError` says why one was not fetched.
`fetched_source(page)` turns a page into the ``(name, bytes)`` pair that
`archive.services.articles_import` takes, keeping the URL.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

CONTENT_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
}


class FetchError(Exception):
    """A page that could not, or must not, be fetched; the message says why."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass
class FetchedPage:
    url: str  # as asked for
    final_url: str  # after redirects: where the bytes came from
    status: int
    content_type: str  # "text/html", "text/plain", ... (no parameters)
    charset: str  # from the Content-Type header, "" when none was given
    raw: bytes  # exactly as received (after any Content-Encoding is undone)


def fetched_source(page: FetchedPage) -> tuple[str, bytes]:
    """The (name, bytes) pair `articles_import` takes for a fetched page: a one-row JSON
    Lines batch, ``{"url": final URL, "html" or "text": the page}``, so that the URL is kept
    as the report's URL (the row's ``url`` hint) through the ordinary import path.

    The stored raw bytes are the row's text encoded as UTF-8: byte for byte what the server
    sent when the page is UTF-8 (almost every page), the page converted to UTF-8 from its
    charset otherwise (`raw_kept(page)` says which)."""
    key = CONTENT_TYPES[page.content_type]
    row = {"url": page.final_url, key: page_text(page)}
    # ensure_ascii: no raw U+2028 or other line breaks that would split the JSON line.
    data = json.dumps(row, ensure_ascii=True).encode("ascii") + b"\n"
    return f"{page.url} (fetched).jsonl", data


def page_text(page: FetchedPage) -> str:
    """The page as text: UTF-8 when it is (the bytes then round-trip exactly), else the
    declared charset, else the archive's own detection."""
    from archive.ingest.errors import IngestError
    from archive.ingest.text import decode

    try:
        return page.raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if page.charset:
        try:
            return page.raw.decode(page.charset)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return decode(page.raw)[0]
    except IngestError as error:
        raise FetchError(f"the page's text cannot be read ({error})") from None


def raw_kept(page: FetchedPage) -> bool:
    """Whether `fetched_source` stores the page byte for byte."""
    try:
        return page_text(page).encode("utf-8") == page.raw
    except FetchError:
        return False

"""Fetching a report's page from the web, for import by URL, without letting a URL reach
inside the network the archive runs in.

`fetch_url(url)` returns a `FetchedPage` (the bytes exactly as received, the final URL
after redirects, the status, the content type and charset) or raises `FetchError` with a
message a curator can read. What it refuses:

- schemes other than http and https, and URLs with a user name or password;
- any host whose addresses include one that is private, loopback, link-local, multicast,
  reserved, unspecified, shared (100.64.0.0/10) or a cloud metadata service
  (169.254.169.254, fd00:ec2::254, 100.100.100.200), IPv4 written inside IPv6 included
  (``::ffff:10.0.0.1``, NAT64 ``64:ff9b::/96``, 6to4, Teredo). The name is resolved once,
  every address it resolves to is checked, and the connection goes to a checked address
  (the Host header, SNI and certificate check use the name): a DNS answer that changes
  between the check and the connection (rebinding) cannot send the request elsewhere;
- more than 5 redirects; each redirect is followed by hand and checked like the first URL;
- a body over 5 MB (counted while it streams in, after any Content-Encoding is undone);
- a content type other than HTML or plain text, and a status other than 2xx;
- a connection that takes over 5 s to open, a read that stalls for 10 s, or a whole
  fetch (redirects included) over 30 s, however slowly the server trickles its bytes.

The one exception is for tests: with ``settings.ARCHIVE_FETCH_ALLOW_LOOPBACK`` (False unless a
test sets it), loopback addresses are allowed, so that tests can fetch from a local server.

`fetched_source(page)` turns a page into the ``(name, bytes)`` pair that
`archive.services.articles_import` takes, keeping the URL (see its docstring).

The package, by concern: `addresses` (the URL read, the host resolved once, every address
checked), `http` (the pinned connection, redirects, size and time limits, `fetch_url`) and
`pages` (`FetchedPage`, `FetchError`, and the page turned into an import source). Callers
import from `archive.fetch`.
"""

from archive.fetch.addresses import (
    NAMED_NETWORKS,
    NAT64,
    REFUSED_NAMES,
    Target,
    address_refusal,
    parse_target,
    resolve,
)
from archive.fetch.http import (
    CHUNK,
    CONNECT_TIMEOUT,
    MAX_BYTES,
    MAX_REDIRECTS,
    MB,
    READ_TIMEOUT,
    REDIRECT_STATUSES,
    TOTAL_TIMEOUT,
    USER_AGENT,
    PinnedHTTPConnection,
    PinnedHTTPSConnection,
    fetch_url,
)
from archive.fetch.pages import (
    CONTENT_TYPES,
    FetchedPage,
    FetchError,
    fetched_source,
    page_text,
    raw_kept,
)

__all__ = [
    "CHUNK",
    "CONNECT_TIMEOUT",
    "CONTENT_TYPES",
    "MAX_BYTES",
    "MAX_REDIRECTS",
    "MB",
    "NAMED_NETWORKS",
    "NAT64",
    "READ_TIMEOUT",
    "REDIRECT_STATUSES",
    "REFUSED_NAMES",
    "TOTAL_TIMEOUT",
    "USER_AGENT",
    "FetchError",
    "FetchedPage",
    "PinnedHTTPConnection",
    "PinnedHTTPSConnection",
    "Target",
    "address_refusal",
    "fetch_url",
    "fetched_source",
    "page_text",
    "parse_target",
    "raw_kept",
    "resolve",
]

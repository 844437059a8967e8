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
"""

from __future__ import annotations

import http.client
import ipaddress
import json
import socket
import threading
import time
from dataclasses import dataclass, field
from email.message import Message
from urllib.parse import urljoin, urlsplit

import urllib3
from django.conf import settings
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.exceptions import (
    ConnectTimeoutError,
    NewConnectionError,
    ReadTimeoutError,
    SSLError,
)

MB = 1024 * 1024
MAX_BYTES = 5 * MB
MAX_REDIRECTS = 5
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 10.0
TOTAL_TIMEOUT = 30.0
CHUNK = 64 * 1024
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
CONTENT_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
}
USER_AGENT = "us-japan-archive/1.0 (report import by URL)"

# Named first so that the refusal says what the address is. The ipaddress flags below catch
# the rest; these are the ranges they miss or do not name.
_NAMED_NETWORKS = [
    ("a cloud metadata address", "169.254.169.254/32"),
    ("a cloud metadata address", "fd00:ec2::254/128"),
    ("a cloud metadata address", "100.100.100.200/32"),
    ("a shared (carrier-grade NAT) address", "100.64.0.0/10"),
    ("a 'this network' address", "0.0.0.0/8"),
    ("a unique local address", "fc00::/7"),
    ("a site-local address", "fec0::/10"),
    ("a multicast address", "224.0.0.0/4"),
    ("a multicast address", "ff00::/8"),
    ("an IETF protocol address", "192.0.0.0/24"),
    ("a benchmarking address", "198.18.0.0/15"),
    ("a reserved address", "240.0.0.0/4"),
    ("a discard-only address", "100::/64"),
]
NAMED_NETWORKS = [(label, ipaddress.ip_network(cidr)) for label, cidr in _NAMED_NETWORKS]
NAT64 = ipaddress.ip_network("64:ff9b::/96")
# Names of metadata services, refused before they are even resolved.
REFUSED_NAMES = {"metadata.google.internal", "metadata", "instance-data"}


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


def address_refusal(address: str, *, allow_loopback: bool = False) -> str | None:
    """Why `address` (an IP address as text) must not be fetched from, or None if it may."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone ("fe80::1%eth0")
    if ip.version == 6:
        embedded = _embedded_ipv4(ip)
        for inner in embedded:
            reason = address_refusal(str(inner), allow_loopback=allow_loopback)
            if reason:
                return f"{reason} (written as {ip})"
        if embedded and ip.ipv4_mapped:
            return None  # ::ffff:a.b.c.d is a.b.c.d, checked above
    if ip.is_loopback:
        return None if allow_loopback else "a loopback address"
    for label, network in NAMED_NETWORKS:
        if ip.version == network.version and ip in network:
            return label
    if ip.is_link_local:
        return "a link-local address"
    if ip.is_unspecified:
        return "an unspecified address"
    if ip.is_multicast:
        return "a multicast address"
    if ip.is_private:
        return "a private address"
    if ip.is_reserved:
        return "a reserved address"
    if not ip.is_global:
        return "not a public address"
    return None


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """IPv4 addresses an IPv6 address carries (mapped, NAT64, 6to4, Teredo)."""
    found = []
    if ip.ipv4_mapped:
        found.append(ip.ipv4_mapped)
    if ip in NAT64:
        found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    if ip.sixtofour:
        found.append(ip.sixtofour)
    if ip.teredo:
        found.extend(ip.teredo)
    return found


@dataclass(frozen=True)
class Target:
    scheme: str
    host: str  # ASCII (IDNA) host name or IP address, no brackets
    port: int
    path: str  # path and query, never empty


def parse_target(url: str) -> Target:
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as error:
        raise FetchError(f"not a valid URL ({error})") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(f"only http and https URLs can be fetched, not {scheme or 'this'!r}")
    if parts.username is not None or parts.password is not None:
        raise FetchError("URLs with a user name or password are refused")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise FetchError("the URL has no host")
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        raise FetchError(f"not a valid host name: {host!r}") from None
    if host.lower() in REFUSED_NAMES:
        raise FetchError(f"{host} is a cloud metadata service: refused")
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    if any(ord(char) < 33 or ord(char) == 127 for char in path):
        raise FetchError("the URL's path holds spaces or control characters")
    return Target(scheme, host, port or (443 if scheme == "https" else 80), path)


def resolve(target: Target, *, allow_loopback: bool, timeout: float) -> list[tuple]:
    """Every address the host resolves to, as (family, sockaddr); FetchError if any of them
    is refused, or if there is no answer within `timeout` seconds. An IP literal resolves to
    itself (no DNS query)."""
    infos = _getaddrinfo(target, timeout)
    addresses = []
    for family, _, _, _, sockaddr in infos:
        if family not in (socket.AF_INET, socket.AF_INET6):
            continue
        reason = address_refusal(sockaddr[0], allow_loopback=allow_loopback)
        if reason and _is_address(target.host):
            raise FetchError(f"{target.host} is {reason}: refused")
        if reason:
            raise FetchError(f"{target.host} resolves to {sockaddr[0]}, {reason}: refused")
        if (family, sockaddr) not in addresses:
            addresses.append((family, sockaddr))
    if not addresses:
        raise FetchError(f"{target.host} has no IPv4 or IPv6 address")
    return addresses


def _getaddrinfo(target: Target, timeout: float) -> list:
    """socket.getaddrinfo, given up on after `timeout`: the system resolver has its own
    timeouts and retries, which must not stretch the fetch's time budget. (A lookup given up
    on finishes in its daemon thread; its answer is dropped.)"""
    answer: dict = {}

    def lookup():
        try:
            answer["infos"] = socket.getaddrinfo(target.host, target.port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as error:
            answer["error"] = error

    thread = threading.Thread(target=lookup, name=f"resolve {target.host}", daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise FetchError(f"{target.host} could not be resolved in time")
    if "error" in answer:
        raise FetchError(f"{target.host} could not be resolved ({answer['error']})")
    return answer["infos"]


@dataclass
class _Budget:
    """The time one fetch may take, redirects included. Per-read timeouts alone do not
    bound it: a server that sends a byte every few seconds never trips them. So every
    socket is watched, and shut down when the time is up (`expired` then says so)."""

    deadline: float
    expired: bool = False
    timers: list = field(default_factory=list)

    def remaining(self) -> float:
        return max(0.0, self.deadline - time.monotonic())

    def watch(self, sock: socket.socket) -> None:
        timer = threading.Timer(self.remaining(), self._cut, args=(sock,))
        timer.daemon = True
        timer.start()
        self.timers.append(timer)

    def _cut(self, sock: socket.socket) -> None:
        self.expired = True
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass  # already closed

    def cancel(self) -> None:
        for timer in self.timers:
            timer.cancel()


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


class _PinnedConnectionMixin:
    """Connects to addresses resolved and checked beforehand, never resolving the host
    again; everything else (Host header, TLS server name and certificate check) uses the
    host name the pool was made with. The socket is watched by the fetch's time budget."""

    def __init__(self, *args, addresses: list[tuple], budget: _Budget, **kwargs):
        super().__init__(*args, **kwargs)
        self._addresses = addresses
        self._budget = budget

    def _new_conn(self) -> socket.socket:
        error: OSError | None = None
        for family, sockaddr in self._addresses:
            sock = socket.socket(family, socket.SOCK_STREAM)
            try:
                # Never 0: that would make the socket non-blocking.
                sock.settimeout(max(0.01, min(self.timeout, self._budget.remaining())))
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                sock.connect(sockaddr)
                self._budget.watch(sock)
                return sock
            except TimeoutError:
                sock.close()
                raise ConnectTimeoutError(
                    self, f"connecting to {sockaddr[0]} timed out after {self.timeout} s"
                ) from None
            except OSError as caught:
                sock.close()
                error = caught
        raise _NoConnection(self, str(error))


class _NoConnection(NewConnectionError):
    def __init__(self, conn, detail: str):
        super().__init__(conn, detail)
        self.detail = detail


class PinnedHTTPConnection(_PinnedConnectionMixin, HTTPConnection):
    pass


class PinnedHTTPSConnection(_PinnedConnectionMixin, HTTPSConnection):
    pass


class _PinnedHTTPPool(urllib3.HTTPConnectionPool):
    ConnectionCls = PinnedHTTPConnection


class _PinnedHTTPSPool(urllib3.HTTPSConnectionPool):
    ConnectionCls = PinnedHTTPSConnection


def fetch_url(
    url: str,
    *,
    max_bytes: int = MAX_BYTES,
    max_redirects: int = MAX_REDIRECTS,
    connect_timeout: float = CONNECT_TIMEOUT,
    read_timeout: float = READ_TIMEOUT,
    total_timeout: float = TOTAL_TIMEOUT,
    ca_certs: str | None = None,
) -> FetchedPage:
    """Fetch one HTML or plain-text page; raise FetchError saying why it was not fetched.
    `ca_certs` replaces the system's trusted certificates (tests use it for a local CA)."""
    budget = _Budget(time.monotonic() + total_timeout)
    stopped = f"the fetch took over {total_timeout:g} s: stopped"
    try:
        page = _fetch(
            url,
            budget=budget,
            max_bytes=max_bytes,
            max_redirects=max_redirects,
            timeouts=urllib3.Timeout(connect=connect_timeout, read=read_timeout),
            ca_certs=ca_certs,
        )
    except FetchError:
        if budget.expired:
            raise FetchError(stopped) from None
        raise
    finally:
        budget.cancel()
    if budget.expired:  # the socket was shut down: what was read may be cut short
        raise FetchError(stopped)
    return page


def _fetch(url, *, budget, max_bytes, max_redirects, timeouts, ca_certs) -> FetchedPage:
    allow_loopback = bool(getattr(settings, "ARCHIVE_FETCH_ALLOW_LOOPBACK", False))
    current = url.strip()
    for redirects in range(max_redirects + 1):
        if not budget.remaining():
            budget.expired = True
            raise FetchError("out of time")
        target = parse_target(current)
        addresses = resolve(target, allow_loopback=allow_loopback, timeout=budget.remaining())
        pool = _pool(target, addresses, budget, timeouts, ca_certs)
        try:
            response = _request(pool, target)
            try:
                if response.status in REDIRECT_STATUSES:
                    location = response.headers.get("Location", "")
                    if not location:
                        raise FetchError(f"redirect ({response.status}) without a Location")
                    if redirects == max_redirects:
                        raise FetchError(f"more than {max_redirects} redirects: stopped")
                    current = urljoin(current, location.strip())
                    continue
                return _page(response, url, current, max_bytes)
            finally:
                response.release_conn()
                response.close()
        finally:
            pool.close()
    raise AssertionError("unreachable: the loop returns or raises")


def _pool(target: Target, addresses, budget: _Budget, timeouts: urllib3.Timeout, ca_certs):
    common = {
        "host": target.host,
        "port": target.port,
        "timeout": timeouts,
        "retries": False,
        "maxsize": 1,
        "addresses": addresses,
        "budget": budget,
    }
    if target.scheme == "https":
        return _PinnedHTTPSPool(cert_reqs="CERT_REQUIRED", ca_certs=ca_certs, **common)
    return _PinnedHTTPPool(**common)


def _request(pool, target: Target):
    try:
        return pool.urlopen(
            "GET",
            target.path,
            headers={
                "User-Agent": USER_AGENT,
                "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9",
                "Accept-Encoding": "gzip, deflate",
            },
            redirect=False,
            retries=False,
            preload_content=False,
            decode_content=True,
            assert_same_host=False,
        )
    except NewConnectionError as error:  # before its base class, ConnectTimeoutError
        detail = getattr(error, "detail", "") or _reason(error)
        raise FetchError(f"{target.host}: could not connect ({detail})") from None
    except ConnectTimeoutError:
        raise FetchError(f"{target.host}: the connection timed out") from None
    except ReadTimeoutError:
        raise FetchError(f"{target.host}: no answer in time (read timed out)") from None
    except SSLError as error:
        raise FetchError(f"{target.host}: TLS failed ({_reason(error)})") from None
    except (urllib3.exceptions.HTTPError, http.client.HTTPException, OSError, ValueError) as error:
        raise FetchError(f"{target.host}: could not fetch ({_reason(error)})") from None


def _reason(error: Exception) -> str:
    return str(getattr(error, "reason", None) or error).splitlines()[0][:300]


def _page(response, url: str, final_url: str, max_bytes: int) -> FetchedPage:
    if not 200 <= response.status < 300:
        raise FetchError(f"the server answered {response.status} {response.reason or ''}".strip())
    header = response.headers.get("Content-Type", "")
    content_type, charset = _content_type(header)
    if content_type not in CONTENT_TYPES:
        shown = content_type or "no content type"
        raise FetchError(f"{shown} is not a report: only HTML and plain text pages are imported")
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"the page is {int(declared)} bytes, over the {_size(max_bytes)} limit")
    chunks, total = [], 0
    try:
        while True:
            # Never ask for more than one byte past the limit: a read waits until it has
            # what it asked for, so the limit is noticed as soon as it is passed.
            chunk = response.read(min(CHUNK, max_bytes + 1 - total), decode_content=True)
            if not chunk:
                break
            total += len(chunk)
            if total > max_bytes:
                raise FetchError(f"the page is over the {_size(max_bytes)} limit: stopped reading")
            chunks.append(chunk)
    except ReadTimeoutError:
        raise FetchError("the server stopped sending (read timed out)") from None
    except (urllib3.exceptions.HTTPError, http.client.HTTPException, OSError) as error:
        raise FetchError(f"the page could not be read ({_reason(error)})") from None
    return FetchedPage(
        url=url,
        final_url=final_url,
        status=response.status,
        content_type=content_type,
        charset=charset,
        raw=b"".join(chunks),
    )


def _content_type(header: str) -> tuple[str, str]:
    message = Message()
    message["Content-Type"] = header
    content_type = message.get_content_type() if header.strip() else ""
    charset = message.get_param("charset") if header.strip() else None
    return content_type, str(charset or "").strip().lower()


def _size(limit: int) -> str:
    return f"{limit / MB:g} MB" if limit >= MB else f"{limit} bytes"


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

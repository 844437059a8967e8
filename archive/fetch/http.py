"""The connection: a GET to the checked addresses only, redirects followed by hand and
checked like the first URL, the body bounded in size and the whole fetch in time."""

from __future__ import annotations

import http.client
import socket
import threading
import time
from dataclasses import dataclass, field
from email.message import Message
from urllib.parse import urljoin

import urllib3
from django.conf import settings
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.exceptions import (
    ConnectTimeoutError,
    NewConnectionError,
    ReadTimeoutError,
    SSLError,
)

from archive.fetch.addresses import Target, parse_target, resolve
from archive.fetch.pages import CONTENT_TYPES, FetchedPage, FetchError

MB = 1024 * 1024
MAX_BYTES = 5 * MB
MAX_REDIRECTS = 5
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 10.0
TOTAL_TIMEOUT = 30.0
CHUNK = 64 * 1024
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
USER_AGENT = "us-japan-archive/1.0 (report import by URL)"


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

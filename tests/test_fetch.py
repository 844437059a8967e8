"""archive/fetch/: import by URL without reaching inside the network.

Pages come from a local HTTP server on 127.0.0.1 (`LocalServer`), allowed only through the
test-only setting ARCHIVE_FETCH_ALLOW_LOOPBACK. Every refused address is tried through a
mocked resolver with socket connections recorded: no packet leaves the machine, and the
tests assert that no connection was even attempted."""

import gzip
import http.server
import socket
import ssl
import subprocess
import threading
import time
from urllib.parse import parse_qs, urlsplit

import pytest

from archive import fetch
from archive.fetch import FetchError, address_refusal, fetch_url, fetched_source, raw_kept

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>US, Japan pledge more defence cooperation | Myind</title>
<meta property="og:site_name" content="Myind">
<meta name="author" content="Myind Staff">
<meta property="article:published_time" content="2022-01-07T18:02:00+05:30">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article>
<h1>US, Japan pledge more defence cooperation</h1>
<p>Secretary of State Blinken, Secretary of Defense Austin, Minister for Foreign Affairs
Hayashi, and Minister of Defense Kishi convened the U.S.-Japan Security Consultative
Committee virtually.</p>
<p>“We’re meeting against a backdrop of increased tensions and challenges,” Austin said.</p>
<p>The ministers also said they had "serious and ongoing concerns" about human rights in
China’s Xinjiang and Hong Kong regions and stressed peace in the Taiwan Strait — 林芳正.</p>
</article>
</body></html>""".encode()

JAPANESE = (
    "<html><head><title>日米安全保障協議委員会</title></head><body><article>"
    "<h1>日米安全保障協議委員会（2+2）の開催</h1>"
    "<p>1月7日、林芳正外務大臣と岸信夫防衛大臣は、ブリンケン国務長官及びオースティン国防長官と"
    "日米安全保障協議委員会をテレビ会議形式で開催しました。</p></article></body></html>"
).encode("shift_jis")

MB = 1024 * 1024
STALL_SECONDS = 5  # the longest any handler waits; teardown releases them at once


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"  # close-delimited bodies: no Content-Length needed

    def log_message(self, *args):
        pass

    def do_GET(self):
        self.server.requests.append((self.path, self.headers.get("Host")))
        path = urlsplit(self.path).path
        query = parse_qs(urlsplit(self.path).query)
        try:
            self.route(path, query)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up on purpose: that is what the test checks

    def route(self, path, query):
        if path in ("/page.html", "/same-page.html"):
            self.send(PAGE, "text/html; charset=utf-8")
        elif path == "/plain.txt":
            self.send(b"Blinken met Hayashi in Tokyo.\n", "text/plain")
        elif path == "/japanese.html":
            self.send(JAPANESE, "text/html; charset=Shift_JIS")
        elif path == "/echo-host":
            self.send(self.headers.get("Host", "").encode(), "text/plain")
        elif path.startswith("/hops/"):
            left = int(path.rsplit("/", 1)[1])
            target = f"/hops/{left - 1}" if left else "/page.html"
            self.redirect(target)
        elif path == "/to":
            self.redirect(query["location"][0])
        elif path == "/garbage":
            self.wfile.write(b"NOT HTTP AT ALL\r\n\r\n")
        elif path == "/binary":
            self.send(bytes(range(256)) * 64, "text/html")
        elif path == "/pdf":
            self.send(b"%PDF-1.7\n", "application/pdf")
        elif path == "/image":
            self.send(b"\x89PNG\r\n\x1a\n", "image/png")
        elif path == "/untyped":
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"<p>no type</p>")
        elif path == "/missing":
            self.send_error(404)
        elif path == "/big":
            # 5 MB + 1 byte, no Content-Length, then the connection stays open: a client that
            # read everything before counting would wait here, one that counts stops at once.
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"a" * (64 * 1024)
            for _ in range(5 * MB // len(chunk)):
                self.wfile.write(chunk)
            self.wfile.write(b"a")
            self.wfile.flush()
            self.server.release.wait(STALL_SECONDS)
        elif path == "/big-declared":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(6 * MB))
            self.end_headers()
            self.wfile.flush()
            self.server.release.wait(STALL_SECONDS)
        elif path == "/bomb":
            body = gzip.compress(b"<p>" + b"a" * (6 * MB) + b"</p>")
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif path == "/stall":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<p>the start of a page")
            self.wfile.flush()
            self.server.release.wait(STALL_SECONDS)
        elif path == "/stall-headers":
            self.server.release.wait(STALL_SECONDS)
        elif path == "/drip-body":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.drip()
        elif path == "/drip-headers":
            self.wfile.write(b"HTTP/1.0 200 OK\r\nX-Slow: ")
            self.drip()
        else:
            self.send_error(404)

    def drip(self):
        """A byte every 0.1 s: never slow enough for a read timeout."""
        while not self.server.release.wait(0.1):
            self.wfile.write(b"a")
            self.wfile.flush()

    def send(self, body: bytes, content_type: str):
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location: str):
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()


class LocalServer:
    """An HTTP(S) server on 127.0.0.1 in a thread; `url(path)`; the paths asked for in
    `requests` as (path, Host header)."""

    def __init__(self, ssl_context: ssl.SSLContext | None = None):
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.requests = []
        self.httpd.release = threading.Event()
        self.scheme = "http"
        if ssl_context:
            self.httpd.socket = ssl_context.wrap_socket(self.httpd.socket, server_side=True)
            self.scheme = "https"
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,))

    @property
    def requests(self):
        return self.httpd.requests

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"{self.scheme}://{host}:{self.port}{path}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)


@pytest.fixture
def loopback_allowed(settings):
    settings.ARCHIVE_FETCH_ALLOW_LOOPBACK = True


@pytest.fixture
def web(loopback_allowed):
    with LocalServer() as server:
        yield server


class Network:
    """A resolver answering from `names` (IP literals resolve to themselves) and a record
    of every socket connection attempted; connections go through only to 127.0.0.1."""

    def __init__(self, monkeypatch, names: dict):
        self.names = names
        self.lookups = []
        self.connections = []
        real_connect = socket.socket.connect

        def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
            self.lookups.append(host)
            answer = self.names.get(host, host)
            addresses = answer() if callable(answer) else answer
            if isinstance(addresses, str):
                addresses = [addresses]
            infos = []
            for address in addresses:
                if ":" in address:
                    family, sockaddr = socket.AF_INET6, (address, port, 0, 0)
                else:
                    family, sockaddr = socket.AF_INET, (address, port)
                infos.append((family, socket.SOCK_STREAM, 6, "", sockaddr))
            return infos

        def connect(sock, address):
            self.connections.append(address)
            if address[0] != "127.0.0.1":
                raise ConnectionRefusedError("test: no packet leaves this machine")
            return real_connect(sock, address)

        monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
        monkeypatch.setattr(socket.socket, "connect", connect)


@pytest.fixture
def network(monkeypatch):
    return lambda names=None: Network(monkeypatch, names or {})


# -- pages that are fetched -------------------------------------------------------------------


def test_a_page_is_fetched_byte_for_byte(web, network):
    net = network()
    page = fetch_url(web.url("/page.html"))
    assert page.raw == PAGE
    assert page.status == 200
    assert (page.content_type, page.charset) == ("text/html", "utf-8")
    assert page.url == page.final_url == web.url("/page.html")
    assert net.connections == [("127.0.0.1", web.port)]
    name, data = fetched_source(page)
    assert name.endswith(".jsonl")
    assert raw_kept(page)


def test_plain_text_is_fetched(web):
    page = fetch_url(web.url("/plain.txt"))
    assert page.content_type == "text/plain" and page.raw.startswith(b"Blinken met")


def test_a_page_in_another_charset_is_read_with_it(web):
    page = fetch_url(web.url("/japanese.html"))
    assert page.raw == JAPANESE and page.charset == "shift_jis"
    assert "林芳正外務大臣" in fetch.page_text(page)
    assert not raw_kept(page)  # stored converted to UTF-8: said, not hidden


def test_a_page_whose_text_cannot_be_read_is_refused_before_import(web):
    page = fetch_url(web.url("/binary"))
    with pytest.raises(FetchError, match="the page's text cannot be read"):
        fetched_source(page)


def test_five_redirects_are_followed_by_hand(web):
    page = fetch_url(web.url("/hops/4"))  # 4 hops, then /page.html: 5 redirects
    assert page.raw == PAGE
    assert page.final_url == web.url("/page.html")
    assert [path for path, _ in web.requests] == [
        "/hops/4",
        "/hops/3",
        "/hops/2",
        "/hops/1",
        "/hops/0",
        "/page.html",
    ]


def test_the_sixth_redirect_is_refused(web):
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch_url(web.url("/hops/5"))
    assert len(web.requests) == 6  # the sixth Location was never asked for
    assert "/page.html" not in [path for path, _ in web.requests]


@pytest.mark.parametrize(
    "location, address",
    [
        ("http://internal.example/admin", "10.0.0.7"),
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254"),
        ("http://[::ffff:192.168.0.1]/", "::ffff:192.168.0.1"),
        ("http://[fd00:ec2::254]/", "fd00:ec2::254"),
    ],
)
def test_a_redirect_to_a_refused_address_is_refused(web, network, location, address):
    net = network({"internal.example": "10.0.0.7"})
    with pytest.raises(FetchError, match="refused") as caught:
        fetch_url(web.url(f"/to?location={location}"))
    assert address in caught.value.message
    assert net.connections == [("127.0.0.1", web.port)]  # only the first hop connected


def test_a_redirect_is_checked_after_resolution_even_to_the_same_server(web, network):
    """The same server under a name that resolves to a private address: refused."""
    net = network({"evil.example": "192.168.1.20"})
    with pytest.raises(FetchError, match="192.168.1.20, a private address"):
        fetch_url(web.url(f"/to?location=http://evil.example:{web.port}/page.html"))
    assert net.lookups[-1] == "evil.example"
    assert len(web.requests) == 1


def test_a_redirect_to_another_scheme_is_refused(web):
    with pytest.raises(FetchError, match="only http and https"):
        fetch_url(web.url("/to?location=file:///etc/passwd"))


def test_a_page_over_5_mb_is_refused_while_it_streams(web):
    started = time.monotonic()
    with pytest.raises(FetchError, match="over the 5 MB limit"):
        fetch_url(web.url("/big"), read_timeout=STALL_SECONDS * 2)
    # The server keeps the connection open after 5 MB + 1 byte: only a client that counts
    # while reading gets here before the server lets go.
    assert time.monotonic() - started < STALL_SECONDS - 1


def test_a_declared_length_over_5_mb_is_refused_before_reading(web):
    started = time.monotonic()
    with pytest.raises(FetchError, match="6291456 bytes, over the 5 MB limit"):
        fetch_url(web.url("/big-declared"), read_timeout=STALL_SECONDS * 2)
    assert time.monotonic() - started < STALL_SECONDS - 1


def test_a_compressed_page_is_limited_by_its_expanded_size(web):
    with pytest.raises(FetchError, match="over the 5 MB limit"):
        fetch_url(web.url("/bomb"))


@pytest.mark.parametrize(
    "path, shown",
    [("/pdf", "application/pdf"), ("/image", "image/png"), ("/untyped", "no content type")],
)
def test_only_html_and_plain_text_are_accepted(web, path, shown):
    with pytest.raises(FetchError, match=f"{shown} is not a report"):
        fetch_url(web.url(path))


def test_an_answer_that_is_not_http_is_reported(web):
    with pytest.raises(FetchError, match="127.0.0.1: could not fetch"):
        fetch_url(web.url("/garbage"))


def test_an_error_status_is_reported(web):
    with pytest.raises(FetchError, match="answered 404"):
        fetch_url(web.url("/missing"))


@pytest.mark.parametrize("path", ["/stall", "/stall-headers"])
def test_a_server_that_stalls_is_given_up_on(web, path):
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        fetch_url(web.url(path), read_timeout=0.5)
    assert time.monotonic() - started < 3


@pytest.mark.parametrize("path", ["/drip-body", "/drip-headers"])
def test_a_server_that_trickles_is_stopped_at_the_total_time(web, path):
    started = time.monotonic()
    with pytest.raises(FetchError, match="the fetch took over 0.8 s: stopped"):
        fetch_url(web.url(path), read_timeout=2, total_timeout=0.8)
    assert time.monotonic() - started < 2


def test_a_slow_name_lookup_counts_against_the_total_time(network):
    release = threading.Event()
    net = network({"slow.example": lambda: [release.wait(STALL_SECONDS), "93.184.215.14"][1]})
    started = time.monotonic()
    try:
        with pytest.raises(FetchError, match="slow.example could not be resolved in time"):
            fetch_url("http://slow.example/", total_timeout=0.5)
        assert time.monotonic() - started < 1.5
    finally:
        release.set()
    assert net.connections == []


# -- addresses that are refused, through a mocked resolver ------------------------------------

REFUSED = [
    ("10.0.0.0/8", "10.1.2.3", "a private address"),
    ("172.16.0.0/12", "172.16.0.1", "a private address"),
    ("172.16.0.0/12, its end", "172.31.255.254", "a private address"),
    ("192.168.0.0/16", "192.168.1.1", "a private address"),
    ("127.0.0.0/8", "127.0.0.1", "a loopback address"),
    ("127.0.0.0/8, not .1", "127.45.6.7", "a loopback address"),
    ("169.254.0.0/16", "169.254.10.20", "a link-local address"),
    ("AWS/GCP/Azure metadata", "169.254.169.254", "a cloud metadata address"),
    ("AWS metadata over IPv6", "fd00:ec2::254", "a cloud metadata address"),
    ("Alibaba metadata", "100.100.100.200", "a cloud metadata address"),
    ("100.64.0.0/10", "100.64.0.1", "a shared (carrier-grade NAT) address"),
    ("0.0.0.0", "0.0.0.0", "a 'this network' address"),
    ("0.0.0.0/8", "0.1.2.3", "a 'this network' address"),
    ("::1", "::1", "a loopback address"),
    ("::", "::", "an unspecified address"),
    ("fc00::/7", "fc00::1", "a unique local address"),
    ("fc00::/7, fd", "fd12:3456::1", "a unique local address"),
    ("fe80::/10", "fe80::1", "a link-local address"),
    ("::ffff:127.0.0.1", "::ffff:127.0.0.1", "a loopback address"),
    ("::ffff:10.0.0.1", "::ffff:10.0.0.1", "a private address"),
    ("::ffff:169.254.169.254", "::ffff:169.254.169.254", "a cloud metadata address"),
    ("NAT64 of 127.0.0.1", "64:ff9b::7f00:1", "a loopback address"),
    ("6to4 of 192.168.0.1", "2002:c0a8:1::1", "a private address"),
    ("multicast 224.0.0.0/4", "224.0.0.1", "a multicast address"),
    ("multicast 239/8", "239.255.255.250", "a multicast address"),
    ("multicast ff00::/8", "ff02::1", "a multicast address"),
    ("reserved 240.0.0.0/4", "240.0.0.1", "a reserved address"),
    ("broadcast", "255.255.255.255", "a reserved address"),
    ("documentation", "192.0.2.1", "a private address"),
]


@pytest.mark.parametrize(
    "address, reason", [(a, r) for _, a, r in REFUSED], ids=[label for label, _, _ in REFUSED]
)
def test_each_refused_range_is_refused_after_resolution(network, address, reason):
    net = network({"reports.example": address})
    with pytest.raises(FetchError) as caught:
        fetch_url("http://reports.example/2022/01/07/two-plus-two.html")
    message = caught.value.message
    assert message.startswith(f"reports.example resolves to {address}, {reason}")
    assert message.endswith(": refused")
    assert net.lookups == ["reports.example"]
    assert net.connections == []


@pytest.mark.parametrize(
    "url, message",
    [
        ("http://10.0.0.1/", "10.0.0.1 is a private address: refused"),
        ("http://127.0.0.1:8000/admin/", "127.0.0.1 is a loopback address: refused"),
        ("http://[::1]/", "::1 is a loopback address: refused"),
        ("https://[fe80::1]/", "fe80::1 is a link-local address: refused"),
        ("http://169.254.169.254/latest/", "169.254.169.254 is a cloud metadata address: refused"),
        ("http://[::ffff:7f00:1]/", "::ffff:7f00:1 is a loopback address (written as"),
    ],
)
def test_an_address_written_in_the_url_is_refused(network, url, message):
    net = network()
    with pytest.raises(FetchError) as caught:
        fetch_url(url)
    assert caught.value.message.startswith(message)
    assert net.connections == []


@pytest.mark.parametrize("url", ["http://2130706433/", "http://0x7f.0.0.1/", "http://127.1/"])
def test_numeric_shorthands_are_resolved_then_refused(monkeypatch, url):
    """The system's own resolver reads these as 127.0.0.1 (no DNS query for numbers)."""
    real = socket.getaddrinfo
    monkeypatch.setattr(
        socket,
        "getaddrinfo",
        lambda host, port, **kw: real(host, port, flags=socket.AI_NUMERICHOST, **kw),
    )
    with pytest.raises(FetchError, match="127.0.0.1, a loopback address: refused"):
        fetch_url(url)


def test_one_refused_address_among_several_refuses_the_host(network):
    net = network({"mixed.example": ["93.184.215.14", "10.0.0.5"]})
    with pytest.raises(FetchError, match="10.0.0.5, a private address"):
        fetch_url("https://mixed.example/")
    assert net.connections == []


def test_metadata_names_are_refused_before_resolving(network):
    net = network({"metadata.google.internal": "169.254.169.254"})
    with pytest.raises(FetchError, match="cloud metadata"):
        fetch_url("http://metadata.google.internal/computeMetadata/v1/")
    assert net.lookups == [] and net.connections == []


def test_a_public_address_is_connected_to_as_checked(network):
    """A public address passes, and the connection goes to exactly that address (the test
    refuses it at the socket, so nothing leaves the machine)."""
    net = network({"news.example": "93.184.215.14"})
    with pytest.raises(FetchError, match="news.example: could not connect"):
        fetch_url("http://news.example/report.html")
    assert net.connections == [("93.184.215.14", 80)]
    assert net.lookups == ["news.example"]


def test_the_address_checked_is_the_address_connected_to(web, network):
    """DNS rebinding: the name answers 127.0.0.1 first (allowed here), 10.0.0.1 after. The
    fetch resolves once and connects to what it checked; Host still names the site."""
    answers = iter(["127.0.0.1"])
    net = network({"rebind.example": lambda: next(answers, "10.0.0.1")})
    page = fetch_url(web.url("/echo-host", host="rebind.example"))
    assert page.raw == f"rebind.example:{web.port}".encode()
    assert net.lookups == ["rebind.example"]
    assert net.connections == [("127.0.0.1", web.port)]


def test_loopback_stays_refused_unless_the_test_setting_allows_it(network):
    with LocalServer() as server:
        net = network()
        with pytest.raises(FetchError, match="a loopback address: refused"):
            fetch_url(server.url("/page.html"))
        assert net.connections == [] and server.requests == []


def test_the_test_setting_allows_loopback_only(loopback_allowed, network):
    assert address_refusal("127.0.0.1", allow_loopback=True) is None
    assert address_refusal("::1", allow_loopback=True) is None
    others = [(a, r) for _, a, r in REFUSED if "loopback" not in r]
    net = network({f"host{i}.example": a for i, (a, _) in enumerate(others)})
    for i, (address, reason) in enumerate(others):
        with pytest.raises(FetchError, match="refused") as caught:
            fetch_url(f"http://host{i}.example/")
        assert f"{address}, {reason}" in caught.value.message
    assert net.connections == []


@pytest.mark.parametrize(
    "url, message",
    [
        ("ftp://example.com/report.txt", "only http and https"),
        ("file:///etc/passwd", "only http and https"),
        ("gopher://example.com/", "only http and https"),
        ("http://user:secret@example.com/", "user name or password"),
        ("http:///no-host", "no host"),
        ("http://example.com:99999/", "not a valid URL"),
        ("http://example.com/a b", "spaces or control characters"),
    ],
)
def test_urls_that_are_not_fetched(network, url, message):
    net = network()
    with pytest.raises(FetchError, match=message):
        fetch_url(url)
    assert net.lookups == [] and net.connections == []


def test_public_addresses_pass_the_check():
    for address in ["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"]:
        assert address_refusal(address) is None, address


# -- HTTPS: the connection goes to the checked address, TLS checks the name -------------------


@pytest.fixture(scope="module")
def certificates(tmp_path_factory):
    """A CA and a certificate it signed for reports.example (openssl, no network)."""
    folder = tmp_path_factory.mktemp("tls")

    def openssl(*args):
        subprocess.run(["openssl", *args], cwd=folder, check=True, capture_output=True)

    openssl(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-subj",
        "/CN=Test CA",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
    )
    openssl(
        "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=reports.example",
        "-keyout", "site.key", "-out", "site.csr",
    )  # fmt: skip
    (folder / "ext.cnf").write_text("subjectAltName=DNS:reports.example\n")
    openssl(
        "x509", "-req", "-in", "site.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-days", "2", "-extfile", "ext.cnf", "-out", "site.pem",
    )  # fmt: skip
    return folder


@pytest.fixture
def tls_web(certificates, loopback_allowed):
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certificates / "site.pem", certificates / "site.key")
    names = []
    context.sni_callback = lambda sock, name, ctx: names.append(name)
    with LocalServer(context) as server:
        server.sni = names
        yield server


def test_https_connects_to_the_checked_address_with_the_name_for_tls(
    tls_web, network, certificates
):
    net = network({"reports.example": "127.0.0.1"})
    url = tls_web.url("/page.html", host="reports.example")
    page = fetch_url(url, ca_certs=str(certificates / "ca.pem"))
    assert page.raw == PAGE
    assert tls_web.sni == ["reports.example"]
    assert tls_web.requests == [("/page.html", f"reports.example:{tls_web.port}")]
    assert net.connections == [("127.0.0.1", tls_web.port)]


def test_https_refuses_a_certificate_for_another_name(tls_web, network, certificates):
    network({"other.example": "127.0.0.1"})
    with pytest.raises(FetchError, match="TLS failed"):
        url = tls_web.url("/page.html", host="other.example")
        fetch_url(url, ca_certs=str(certificates / "ca.pem"))
    assert tls_web.requests == []

"""Which URLs and addresses may be fetched from: the URL read into a `Target`, the host
resolved once, and every address it resolves to checked (see the package docstring for
what is refused)."""

from __future__ import annotations

import ipaddress
import socket
import threading
from dataclasses import dataclass
from urllib.parse import urlsplit

from archive.fetch.pages import FetchError

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


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True

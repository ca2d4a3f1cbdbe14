"""Every request footprint makes to a web server goes through here.

A fetch never raises for the outside world's failures: it returns FetchResult with
`error` set to one plain-English line, and the caller records a "could not check" source.

Fetchers:
- HttpFetcher: the real thing (requests), with timeouts, a total deadline, a size cap,
  at most 5 redirects, and a guard against private addresses checked on every hop.
- OfflineFetcher: answers from the cache only (--offline).
- RecordedFetcher: answers from a fixed URL -> file map (the bundled demo persona).
"""

from __future__ import annotations

import base64
import ipaddress
import socket
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from urllib3.exceptions import LocationParseError
from urllib3.util import parse_url

from footprint import __version__
from footprint.cache import DiskCache

PAGE_LIMIT_BYTES = 5 * 1024 * 1024
IMAGE_LIMIT_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 5
PER_HOST_LIMIT = 6  # at most this many requests at once to any one server
USER_AGENT = f"footprint/{__version__} (personal privacy self-audit; no tracking)"


@dataclass(frozen=True)
class FetchResult:
    url: str
    final_url: str = ""
    status_code: int = 0
    content_type: str = ""
    body: bytes = b""
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error


class Fetcher(Protocol):
    def fetch(self, url: str, *, max_bytes: int = PAGE_LIMIT_BYTES) -> FetchResult: ...


class BlockedAddress(Exception):
    """The address cannot be fetched: it does not resolve, or it is not a public server."""


class PrivateAddress(BlockedAddress):
    """The address is loopback, private, link-local or otherwise not on the public internet."""


# IPv6 ranges whose last 32 bits are an IPv4 address that the packets end up at: IPv4-compatible
# (::a.b.c.d, deprecated but still routed by some stacks) and the NAT64 well-known prefix.
IPV4_INSIDE_IPV6 = (ipaddress.ip_network("::/96"), ipaddress.ip_network("64:ff9b::/96"))


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:  # 2002::/16
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if any(ip in network for network in IPV4_INSIDE_IPV6):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def is_public_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    inside = _embedded_ipv4(ip) if isinstance(ip, ipaddress.IPv6Address) else None
    if inside is not None and not (inside.is_global and not inside.is_multicast):
        return False  # ::7f00:1, 64:ff9b::7f00:1 and 2002:7f00:1:: all lead to 127.0.0.1
    return ip.is_global and not ip.is_multicast


@dataclass(frozen=True)
class WebAddress:
    """A web address as the connection will read it: the guard checks exactly this host and port."""

    url: str
    host: str
    port: int


def parse_web_address(url: str) -> WebAddress:
    """Reads a URL once, the way the HTTP library will, and refuses any that two parsers would read
    differently ("http://127.0.0.1:8000\\@8.8.8.8/" is 8.8.8.8 to one and 127.0.0.1 to the other).

    Raises BlockedAddress with a plain reason. A backslash, a space, a control character or a user
    name in the address is refused outright: no public profile address needs them.
    """
    shown = url[:100]
    if any(ch == "\\" or ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        raise BlockedAddress(f"not a web address footprint can fetch: {shown!r}")
    try:
        split = urlsplit(url)
        split_port = split.port
        parsed = parse_url(url)
    except (ValueError, LocationParseError) as error:
        raise BlockedAddress(f"not a web address footprint can fetch: {shown!r}") from error
    scheme = split.scheme.lower()
    if scheme not in ("http", "https") or not split.hostname:
        raise BlockedAddress(f"not a web address footprint can fetch: {shown!r}")
    if "@" in split.netloc or parsed.auth:
        raise BlockedAddress(f"web addresses with a user name or password are not fetched: {shown!r}")
    host = (parsed.host or "").strip("[]").lower()
    if host != split.hostname.lower() or parsed.port != split_port:
        raise BlockedAddress(f"this web address can be read two ways, so it is not fetched: {shown!r}")
    return WebAddress(url=url, host=host, port=split_port or (443 if scheme == "https" else 80))


class _ManualRedirects(requests.Session):
    """A session that never works out where a redirect leads.

    With allow_redirects=False, requests still computes the next hop, and to free the
    connection it reads the whole redirect body first (Session.resolve_redirects), past every
    size and time limit: a 302 carrying a gzip bomb or trickling a byte at a time. Redirects
    are followed by hand in _fetch_live instead, without reading their bodies.
    """

    def get_redirect_target(self, resp: requests.Response) -> None:
        return None


def _peer_address(response: requests.Response) -> str | None:
    """The IP address the connection really reached (None when urllib3 does not expose it)."""
    try:
        peer = response.raw._fp.fp.raw._sock.getpeername()  # type: ignore[union-attr]
    except (AttributeError, OSError, IndexError, TypeError):
        return None
    return str(peer[0]) if peer else None


Resolver = Callable[..., list[tuple[Any, ...]]]


def check_public_host(host: str, port: int, *, resolve: Resolver = socket.getaddrinfo) -> None:
    """Refuses hosts that resolve to loopback, private, link-local, multicast or reserved
    addresses (cloud metadata at 169.254.169.254 is link-local)."""
    try:
        infos = resolve(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise BlockedAddress(f"could not find the server {host!r}") from error
    for info in infos:
        if not is_public_address(info[4][0]):
            raise PrivateAddress(
                f"{host} is a private or local address; footprint only fetches public pages "
                "(use --allow-private for a server on your own machine)"
            )


def _result_to_cache(result: FetchResult) -> dict[str, Any]:
    return {
        "url": result.url,
        "final_url": result.final_url,
        "status_code": result.status_code,
        "content_type": result.content_type,
        "body": base64.b64encode(result.body).decode("ascii"),
    }


def _result_from_cache(entry: dict[str, Any]) -> FetchResult:
    return FetchResult(
        url=entry["url"],
        final_url=entry["final_url"],
        status_code=entry["status_code"],
        content_type=entry["content_type"],
        body=base64.b64decode(entry["body"]),
    )


class HttpFetcher:
    def __init__(
        self,
        *,
        allow_private: bool = False,
        connect_timeout: float = 5.0,
        read_timeout: float = 10.0,
        deadline_seconds: float = 20.0,
        cache: DiskCache | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.allow_private = allow_private
        self.timeout = (connect_timeout, read_timeout)
        self.deadline_seconds = deadline_seconds
        self.cache = cache
        self.clock = clock
        self.session = _ManualRedirects()
        # Politeness: a small cap on concurrent requests to any one host, whatever the pool size.
        self._host_slots: dict[str, threading.BoundedSemaphore] = {}
        self._host_slots_lock = threading.Lock()
        self.session.headers["User-Agent"] = USER_AGENT
        # Proxies from the environment could route around the private-address guard.
        self.session.trust_env = False

    def fetch(self, url: str, *, max_bytes: int = PAGE_LIMIT_BYTES) -> FetchResult:
        if self.cache and (entry := self.cache.get("fetch", url)):
            return _result_from_cache(entry)
        result = self._fetch_live(url, max_bytes=max_bytes)
        if self.cache and result.ok:
            self.cache.put("fetch", url, _result_to_cache(result))
        return result

    def _fetch_live(self, url: str, *, max_bytes: int) -> FetchResult:
        started = self.clock()
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            try:
                address = parse_web_address(current)
                if not self.allow_private:
                    check_public_host(address.host, address.port)
            except BlockedAddress as error:
                return FetchResult(url=url, error=str(error))
            with self._slot(address.host):
                try:
                    response = self.session.get(current, stream=True, allow_redirects=False, timeout=self.timeout)
                except requests.Timeout:
                    return FetchResult(url=url, error="the server took too long to answer")
                except requests.RequestException as error:
                    return FetchResult(url=url, error=f"could not connect ({type(error).__name__})")
                with response:
                    # The name was checked before connecting; check where the connection really
                    # went too, so a name that resolves differently the second time (DNS
                    # rebinding) cannot reach a private address.
                    peer = _peer_address(response)
                    if not self.allow_private and peer is not None and not is_public_address(peer):
                        return FetchResult(url=url, error=f"{address.host} led to a private or local address; "
                                                          "footprint only fetches public pages")
                    if response.is_redirect:  # its body is never read: see _ManualRedirects
                        current = urljoin(current, response.headers.get("Location", ""))
                        continue
                    if response.status_code >= 400:
                        return FetchResult(url=url, final_url=current, status_code=response.status_code,
                                           error=f"the server answered {response.status_code} {response.reason or ''}".strip())
                    return self._read_body(url, current, response, max_bytes=max_bytes, started=started)
        return FetchResult(url=url, error=f"more than {MAX_REDIRECTS} redirects")

    def _slot(self, host: str) -> threading.BoundedSemaphore:
        with self._host_slots_lock:
            if host not in self._host_slots:
                self._host_slots[host] = threading.BoundedSemaphore(PER_HOST_LIMIT)
            return self._host_slots[host]

    def _read_body(self, url: str, final_url: str, response: requests.Response, *, max_bytes: int, started: float) -> FetchResult:
        chunks: list[bytes] = []
        size = 0
        try:
            # read1 returns whatever has arrived (at least a byte), so a server trickling a
            # byte at a time cannot keep us past the deadline by more than one read timeout.
            # It decompresses as it goes: the cap counts decoded bytes, so a gzip bomb stops.
            while chunk := response.raw.read1(64 * 1024, decode_content=True):
                size += len(chunk)
                if size > max_bytes:
                    return FetchResult(url=url, final_url=final_url, error=f"larger than the {max_bytes // (1024 * 1024)} MB limit")
                if self.clock() - started > self.deadline_seconds:
                    return FetchResult(url=url, final_url=final_url, error="the server sent the page too slowly")
                chunks.append(chunk)
        except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as error:
            return FetchResult(url=url, final_url=final_url, error=f"the connection broke ({type(error).__name__})")
        return FetchResult(
            url=url,
            final_url=final_url,
            status_code=response.status_code,
            content_type=response.headers.get("Content-Type", ""),
            body=b"".join(chunks),
        )


class OfflineFetcher:
    """--offline: cached content or nothing, and never a socket."""

    def __init__(self, cache: DiskCache | None) -> None:
        self.cache = cache

    def fetch(self, url: str, *, max_bytes: int = PAGE_LIMIT_BYTES) -> FetchResult:
        if self.cache and (entry := self.cache.get("fetch", url)):
            return _result_from_cache(entry)
        return FetchResult(url=url, error="offline, and this page is not in the cache")


class RecordedFetcher:
    """Answers from recorded files: url -> (content type, loader of the bytes)."""

    def __init__(self, recordings: Mapping[str, tuple[str, Callable[[], bytes]]]) -> None:
        self.recordings = recordings

    def fetch(self, url: str, *, max_bytes: int = PAGE_LIMIT_BYTES) -> FetchResult:
        if url not in self.recordings:
            return FetchResult(url=url, error="not part of the recorded scenario")
        content_type, load = self.recordings[url]
        body = load()
        if len(body) > max_bytes:
            return FetchResult(url=url, error="larger than the size limit")
        return FetchResult(url=url, final_url=url, status_code=200, content_type=content_type, body=body)

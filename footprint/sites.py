"""Web addresses: one key per page, and which site a link belongs to."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from footprint.datafiles import sites
from footprint.model import SiteKind


def normalise_url(url: str) -> str:
    """Lower-case scheme and host, no 'www.', no fragment, no trailing slash: one profile, one key."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    path = parts.path.rstrip("/") or ""
    return urlunsplit(("https", host, path, parts.query, ""))


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower().removeprefix("www.")


def _matches(host: str, domain: str) -> bool:
    if host == domain or host.endswith("." + domain):
        return True
    # Fictional scenarios (trainers' personas, labelled test sets) write "facebook.example" for
    # facebook.com: the reserved .example top-level domain can never be a real site.
    if host.endswith(".example"):
        stem = domain.split(".")[0]
        return host == f"{stem}.example" or host.endswith(f".{stem}.example")
    return False


def classify_url(url: str) -> tuple[str, SiteKind]:
    """(platform, kind) for a link.

    Known sites come from data/platforms.json; beyond them, a news host or a /news/ path
    counts as press, because local papers are too many to list.
    """
    host = host_of(url)
    for site in sites():
        if _matches(host, site["domain"]):
            return site["platform"], SiteKind(site["kind"])
    if host.startswith("news.") or "/news/" in urlsplit(url).path.lower():
        return host, SiteKind.PRESS
    return host, SiteKind.OTHER

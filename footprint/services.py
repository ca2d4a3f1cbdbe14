"""What reaches the outside world during an audit, wired once for every front end.

- live:    search engines through ddgs and real page fetches, both through the disk cache;
- offline: the disk cache only, never a socket;
- replay:  recorded search results from a file, pages live or offline;
- demo:    the bundled persona's recorded results and pages (demo.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from footprint.cache import DiskCache, default_cache_dir
from footprint.collect.backends import CachedBackend, DdgsBackend, OfflineBackend, ReplayBackend, SearchBackend
from footprint.collect.fetch import Fetcher, HttpFetcher, OfflineFetcher
from footprint.model import PlannedQuery


@dataclass(frozen=True)
class Services:
    backend: SearchBackend
    fetcher: Fetcher
    cache: DiskCache | None = None  # what "delete this report" must also forget


def user_cache() -> DiskCache:
    return DiskCache(default_cache_dir())


def make_services(plan: list[PlannedQuery], *, cache: DiskCache | None, offline: bool = False,
                  replay: Path | None = None, allow_private: bool = False) -> Services:
    """The services the person asked for. ValueError if a replay file cannot be used."""
    backend: SearchBackend
    if replay is not None:
        backend = ReplayBackend.from_file(replay, plan)
    elif offline:
        backend = OfflineBackend(cache)
    else:
        backend = CachedBackend(DdgsBackend(), cache) if cache else DdgsBackend()
    fetcher: Fetcher = OfflineFetcher(cache) if offline else HttpFetcher(allow_private=allow_private, cache=cache)
    return Services(backend=backend, fetcher=fetcher, cache=cache)

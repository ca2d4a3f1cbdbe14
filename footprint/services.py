"""What reaches the outside world during an audit, wired once for every front end.

- live:    a search engine (a SearXNG instance if one is given, else the Brave Search API if a
           key is given, else public engines through ddgs) and real page fetches, both through
           the disk cache;
- offline: the disk cache only, never a socket;
- replay:  recorded search results from a file, pages live or offline;
- demo:    the bundled persona's recorded results and pages (demo.py).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from footprint.cache import DiskCache, default_cache_dir
from footprint.collect.backends import CachedBackend, OfflineBackend, ReplayBackend, SearchBackend
from footprint.collect.engines import BraveBackend, DdgsBackend, SearxngBackend
from footprint.collect.fetch import Fetcher, HttpFetcher, OfflineFetcher
from footprint.model import PlannedQuery

SEARXNG_ENV = "FOOTPRINT_SEARXNG_URL"
BRAVE_KEY_ENV = "FOOTPRINT_BRAVE_API_KEY"


@dataclass(frozen=True)
class Services:
    backend: SearchBackend
    fetcher: Fetcher
    cache: DiskCache | None = None  # what "delete this report" must also forget


def user_cache() -> DiskCache:
    return DiskCache(default_cache_dir())


def live_search_backend(*, searxng: str | None = None, search_pause: float | None = None) -> SearchBackend:
    """The live engine the person chose: SearXNG, then Brave with their key, then ddgs.
    SearchSetupError (a ValueError) when the choice cannot work at all."""
    if url := (searxng or os.environ.get(SEARXNG_ENV, "")).strip():
        return SearxngBackend(url) if search_pause is None else SearxngBackend(url, pause_seconds=search_pause)
    if key := os.environ.get(BRAVE_KEY_ENV, "").strip():
        return BraveBackend(key) if search_pause is None else BraveBackend(key, pause_seconds=search_pause)
    return DdgsBackend() if search_pause is None else DdgsBackend(pause_seconds=search_pause)


def make_services(plan: list[PlannedQuery], *, cache: DiskCache | None, offline: bool = False,
                  replay: Path | None = None, allow_private: bool = False, searxng: str | None = None,
                  search_pause: float | None = None) -> Services:
    """The services the person asked for. ValueError if a replay file or the search set-up cannot be used."""
    backend: SearchBackend
    if replay is not None:
        backend = ReplayBackend.from_file(replay, plan)
    elif offline:
        backend = OfflineBackend(cache)
    else:
        live = live_search_backend(searxng=searxng, search_pause=search_pause)
        backend = CachedBackend(live, cache) if cache else live
    fetcher: Fetcher = OfflineFetcher(cache) if offline else HttpFetcher(allow_private=allow_private, cache=cache)
    return Services(backend=backend, fetcher=fetcher, cache=cache)

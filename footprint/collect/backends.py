"""Search backends: where the answers to planned queries come from.

Passed in, so tests never touch the network:
- live engines (engines.py): ddgs, a SearXNG instance, the Brave Search API;
- ReplayBackend: recorded results from a JSON file (demo, tests, trainers' scenarios);
- CachedBackend / OfflineBackend: the disk cache in front of a backend, or alone (--offline).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any, Protocol

from footprint.cache import DiskCache
from footprint.model import PlannedQuery, QueryType, SearchResult

log = logging.getLogger(__name__)


class SearchUnavailable(Exception):
    """The query could not be checked (blocked, timed out, engine failure)."""


class SearchBackend(Protocol):
    def search(self, query: PlannedQuery) -> list[SearchResult]: ...


def cache_key(query: PlannedQuery) -> str:
    return f"{query.type}\0{query.text}"


def _from_cache(cached: list[dict[str, Any]]) -> list[SearchResult]:
    return [SearchResult(**{**item, "type": QueryType(item["type"])}) for item in cached]


class ReplayBackend:
    """Recorded results. A planned query gets the results recorded for exactly that query;
    results recorded under a query that is not in the plan are returned for the first
    planned query, so a hand-made scenario needs no knowledge of the plan."""

    def __init__(self, results: Iterable[dict[str, Any]], plan: list[PlannedQuery]) -> None:
        planned = {q.text for q in plan}
        first = plan[0].text if plan else ""
        self.by_query: dict[tuple[str, str], list[SearchResult]] = {}
        # {"query": ..., "error": "..."} records a query that could not be checked.
        self.errors: dict[tuple[str, str], str] = {}
        for raw in results:
            query = raw.get("query", "")
            query_type = raw.get("type", "text")
            if query_type not in {t.value for t in QueryType}:
                raise ValueError(f"unknown result type {query_type!r}: use \"text\" or \"image\"")
            if raw.get("error"):
                self.errors[(query, query_type)] = str(raw["error"])
                continue
            key_query = query if query in planned else first
            result = SearchResult(
                query=key_query,
                type=QueryType(query_type),
                title=str(raw.get("title", "")),
                href=str(raw.get("href") or raw.get("url") or ""),
                body=str(raw.get("body", "")),
                image=str(raw.get("image", "")),
            )
            target_type = query_type if any(q.text == key_query and q.type == query_type for q in plan) else "text"
            self.by_query.setdefault((key_query, target_type), []).append(result)

    @classmethod
    def from_file(cls, path: Path, plan: list[PlannedQuery]) -> ReplayBackend:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise ValueError(f"could not read the recorded results in {path}: {error}") from error
        if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
            raise ValueError(f"{path} must hold a JSON list of result objects")
        try:
            return cls(raw, plan)
        except ValueError as error:
            raise ValueError(f"{path}: {error}") from error

    def search(self, query: PlannedQuery) -> list[SearchResult]:
        if error := self.errors.get((query.text, query.type)):
            raise SearchUnavailable(error)
        return list(self.by_query.get((query.text, query.type), []))


class CachedBackend:
    """Answers a repeated query from the disk cache; failures are never cached."""

    def __init__(self, backend: SearchBackend, cache: DiskCache) -> None:
        self.backend = backend
        self.cache = cache

    def search(self, query: PlannedQuery) -> list[SearchResult]:
        key = cache_key(query)
        if (cached := self.cache.get("search", key)) is not None:
            return _from_cache(cached)
        results = self.backend.search(query)
        self.cache.put("search", key, [asdict(r) for r in results])
        return results


class OfflineBackend:
    def __init__(self, cache: DiskCache | None) -> None:
        self.cache = cache

    def search(self, query: PlannedQuery) -> list[SearchResult]:
        if self.cache and (cached := self.cache.get("search", cache_key(query))) is not None:
            return _from_cache(cached)
        raise SearchUnavailable("offline, and this search is not in the cache")



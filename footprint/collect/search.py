"""The search stage: plan the queries a stranger would type, send them, keep the answers.

Each query ends in one of three states, and the report keeps them apart:
- answered (results, or genuinely none),
- could not be checked (blocked, timed out, the engine failed) -- never shown as clean.

Backends (passed in, so tests never touch the network):
- DdgsBackend: live search through ddgs.
- ReplayBackend: recorded results from a JSON file (demo, tests, trainers' scenarios).
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit, urlunsplit

from footprint.cache import DiskCache
from footprint.datafiles import query_templates, sites
from footprint.model import Source, SourceKind, Status, Subject

log = logging.getLogger(__name__)

DEFAULT_MAX_QUERIES = 40


@dataclass(frozen=True)
class PlannedQuery:
    text: str
    type: str = "text"  # "text" or "image"


@dataclass(frozen=True)
class SearchResult:
    query: str
    type: str
    title: str
    href: str
    body: str = ""
    image: str = ""


class SearchUnavailable(Exception):
    """The query could not be checked (blocked, timed out, engine failure)."""


class SearchBackend(Protocol):
    def search(self, query: PlannedQuery) -> list[SearchResult]: ...


def name_variants(subject: Subject) -> list[str]:
    variants = []
    for name in subject.names:
        name = " ".join(name.split())
        if name and f'"{name}"' not in variants:
            variants.append(f'"{name}"')
    return variants


def plan_queries(subject: Subject, *, max_queries: int = DEFAULT_MAX_QUERIES) -> list[PlannedQuery]:
    """Every template filled with every name variant; a template whose field is empty is skipped."""
    fields: dict[str, list[str]] = {
        "town": list(subject.towns),
        "employer": [subject.employer] if subject.employer else [],
        "role": [subject.role] if subject.role else [],
    }
    templates = query_templates()
    plan: list[PlannedQuery] = []

    def add(text: str, query_type: str) -> None:
        query = PlannedQuery(" ".join(text.split()), query_type)
        if query not in plan:
            plan.append(query)

    for query_type in ("text", "image"):
        for template in templates[query_type]:
            for name in name_variants(subject):
                needed = [key for key in fields if "{" + key + "}" in template]
                if any(not fields[key] for key in needed):
                    continue
                if not needed:
                    add(template.format(name=name), query_type)
                    continue
                key = needed[0]
                for value in fields[key]:
                    add(template.format(name=name, **{key: value}), query_type)
    # The image search is cheap and telling: keep it inside any cap.
    images = [q for q in plan if q.type == "image"]
    texts = [q for q in plan if q.type == "text"]
    ordered = texts[:1] + images[:1] + texts[1:] + images[1:]
    return ordered[: max(max_queries, 0)]


def normalise_url(url: str) -> str:
    """Lower-case scheme and host, no 'www.', no fragment, no trailing slash: one profile, one key."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    path = parts.path.rstrip("/") or ""
    return urlunsplit(("https", host, path, parts.query, ""))


def classify_url(url: str) -> tuple[str, str]:
    """(platform, kind) for a link; kind is social, people_finder, register, press or other."""
    host = (urlsplit(url).hostname or "").lower()
    for site in sites():
        domain = site["domain"]
        if host == domain or host.endswith("." + domain):
            return site["platform"], site["kind"]
    return host.removeprefix("www."), "other"


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
            if raw.get("error"):
                self.errors[(query, query_type)] = str(raw["error"])
                continue
            key_query = query if query in planned else first
            result = SearchResult(
                query=key_query,
                type=query_type,
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
        return cls(raw, plan)

    def search(self, query: PlannedQuery) -> list[SearchResult]:
        if error := self.errors.get((query.text, query.type)):
            raise SearchUnavailable(error)
        return list(self.by_query.get((query.text, query.type), []))


class DdgsBackend:
    """Live search through ddgs.

    In ddgs 9.x a failed search raises DDGSException("No results found.") or
    TimeoutException; RatelimitException exists but is not raised. So an exception means
    "could not be checked", never "nothing out there".
    """

    # Engines that index people's pages; the "auto" default runs Wikipedia-like sources
    # first, which know nothing about a private person.
    TEXT_BACKENDS = "duckduckgo,bing,brave,mojeek"

    def __init__(self, *, retries: int = 2, base_delay: float = 2.0, sleep: Callable[[float], None] = time.sleep) -> None:
        self.retries = retries
        self.base_delay = base_delay
        self.sleep = sleep

    def search(self, query: PlannedQuery) -> list[SearchResult]:
        from ddgs import DDGS
        from ddgs.exceptions import DDGSException

        for attempt in range(self.retries + 1):
            try:
                with DDGS(timeout=10) as client:
                    if query.type == "image":
                        raw = client.images(query.text, region="uk-en", safesearch="moderate", max_results=20)
                    else:
                        raw = client.text(query.text, region="uk-en", safesearch="moderate", max_results=20,
                                          backend=self.TEXT_BACKENDS)
                return [_from_ddgs(query, item) for item in raw]
            except DDGSException as error:
                log.info("search failed (attempt %d): %r", attempt + 1, error)
                if attempt == self.retries:
                    raise SearchUnavailable(f"the search engines did not answer ({type(error).__name__})") from error
                self.sleep(self.base_delay * (2**attempt) * (1 + random.random()))
        raise SearchUnavailable("the search engines did not answer")


def _from_ddgs(query: PlannedQuery, item: dict[str, Any]) -> SearchResult:
    if query.type == "image":
        return SearchResult(query=query.text, type="image", title=str(item.get("title", "")),
                            href=str(item.get("url", "")), image=str(item.get("image", "")))
    return SearchResult(query=query.text, type="text", title=str(item.get("title", "")),
                        href=str(item.get("href", "")), body=str(item.get("body", "")))


class CachedBackend:
    """Answers a repeated query from the disk cache; failures are never cached."""

    def __init__(self, backend: SearchBackend, cache: DiskCache) -> None:
        self.backend = backend
        self.cache = cache

    def search(self, query: PlannedQuery) -> list[SearchResult]:
        key = f"{query.type}\0{query.text}"
        if (cached := self.cache.get("search", key)) is not None:
            return [SearchResult(**item) for item in cached]
        results = self.backend.search(query)
        self.cache.put("search", key, [asdict(r) for r in results])
        return results


class OfflineBackend:
    def __init__(self, cache: DiskCache | None) -> None:
        self.cache = cache

    def search(self, query: PlannedQuery) -> list[SearchResult]:
        if self.cache and (cached := self.cache.get("search", f"{query.type}\0{query.text}")) is not None:
            return [SearchResult(**item) for item in cached]
        raise SearchUnavailable("offline, and this search is not in the cache")


def run_search(
    plan: list[PlannedQuery],
    backend: SearchBackend,
    *,
    next_id: Callable[[], str],
    declared_urls: Iterable[str] = (),
    progress: Callable[[int, int], None] = lambda done, total: None,
) -> tuple[list[Source], list[tuple[Source, SearchResult]]]:
    """Sends every planned query. Returns the query sources and (result source, result) pairs,
    one per distinct URL: the same page found by several queries is one result."""
    declared = {normalise_url(u) for u in declared_urls}
    query_sources: list[Source] = []
    results: list[tuple[Source, SearchResult]] = []
    seen: dict[str, Source] = {}
    for done, query in enumerate(plan, start=1):
        source = Source(id=next_id(), kind=SourceKind.QUERY, location=query.text, title=f"{query.type} search")
        query_sources.append(source)
        try:
            answers = backend.search(query)
        except SearchUnavailable as error:
            source.status, source.reason = Status.FAILED, str(error)
            answers = []
        else:
            source.reason = "" if answers else "answered: no results"
        for answer in answers:
            link = answer.href or answer.image
            if not link:
                continue
            key = normalise_url(link)
            if key in seen:
                continue
            platform, kind = classify_url(link)
            result_source = Source(
                id=next_id(), kind=SourceKind.RESULT, location=link, title=answer.title[:300],
                platform=platform, site_kind=kind, declared=key in declared, parent=source.id,
            )
            seen[key] = result_source
            results.append((result_source, answer))
        progress(done, len(plan))
    return query_sources, results

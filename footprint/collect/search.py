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
from footprint.detect.text import fold
from footprint.names import name_variants
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


def name_sets(subject: Subject) -> dict[str, list[str]]:
    """The names each template is filled with, already quoted where a search needs them exact."""
    full = " ".join(subject.full_name.split())
    variants = [f'"{v}"' for v in name_variants(full, short_names=subject.short_names)]
    variants.append(full)  # unquoted: finds "Jane Example" written as "Example Jane" or split by a middle name
    others = []
    for other in subject.other_names:
        other = " ".join(other.split())
        if other and f'"{other}"' not in others and fold(other) != fold(full):
            others.append(f'"{other}"')
    return {"primary": [f'"{full}"'], "variants": variants, "others": others}


def plan_queries(subject: Subject, *, max_queries: int = DEFAULT_MAX_QUERIES) -> list[PlannedQuery]:
    """The plan in priority order (data/queries.json), cut at max_queries."""
    fields: dict[str, list[str]] = {
        "town": list(subject.towns),
        "employer": [subject.employer] if subject.employer else [],
        "role": [subject.role] if subject.role else [],
    }
    names = name_sets(subject)
    plan: list[PlannedQuery] = []
    for entry in query_templates():
        template = entry["template"]
        needed = [key for key in fields if "{" + key + "}" in template]
        for name in names[entry["names"]]:
            fillings: list[dict[str, str]] = [{}]
            for key in needed:
                fillings = [{**f, key: value} for f in fillings for value in fields[key]]
            for filling in fillings:
                query = PlannedQuery(" ".join(template.format(name=name, **filling).split()), entry["type"])
                if query not in plan:
                    plan.append(query)
    return plan[: max(max_queries, 0)]


def normalise_url(url: str) -> str:
    """Lower-case scheme and host, no 'www.', no fragment, no trailing slash: one profile, one key."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    path = parts.path.rstrip("/") or ""
    return urlunsplit(("https", host, path, parts.query, ""))


def classify_url(url: str) -> tuple[str, str]:
    """(platform, kind) for a link; kind is social, people_finder, register, press or other.

    Known sites come from data/platforms.json; beyond them, a news host or a /news/ path
    counts as press, because local papers are too many to list.
    """
    host = (urlsplit(url).hostname or "").lower()
    for site in sites():
        domain = site["domain"]
        if host == domain or host.endswith("." + domain):
            return site["platform"], site["kind"]
    parts = urlsplit(url)
    if host.startswith("news.") or "/news/" in parts.path.lower():
        return host.removeprefix("www."), "press"
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
    """Live search through ddgs (pinned to 9.16.x, whose behaviour this is written for).

    In ddgs 9.16 RatelimitException is defined but never raised: a failed search comes back
    as DDGSException("No results found.") or TimeoutException. "No results" therefore means
    *unknown*, never *clean*, and every exception here ends as SearchUnavailable.

    Engines: ddgs's "auto" puts Wikipedia-like sources first, which know nothing about a
    private person. We ask general web engines instead, and fall back across sets of
    engines from different providers, so one engine blocking us does not lose the query.
    Between full rounds we back off exponentially, with jitter so retries do not line up.
    """

    TEXT_ENGINE_SETS = ("duckduckgo,brave,mojeek", "bing,yahoo", "yandex,google")
    IMAGE_ENGINE_SETS = ("duckduckgo",)

    def __init__(self, *, rounds: int = 2, base_delay: float = 2.0, timeout: int = 10,
                 sleep: Callable[[float], None] = time.sleep, rng: Callable[[], float] = random.random) -> None:
        self.rounds = rounds
        self.base_delay = base_delay
        self.timeout = timeout
        self.sleep = sleep
        self.rng = rng

    def search(self, query: PlannedQuery) -> list[SearchResult]:
        from ddgs import DDGS
        from ddgs.exceptions import DDGSException

        engine_sets = self.IMAGE_ENGINE_SETS if query.type == "image" else self.TEXT_ENGINE_SETS
        last_error: Exception | None = None
        for round_number in range(self.rounds):
            if round_number:
                self.sleep(self.base_delay * (2 ** (round_number - 1)) * (1 + self.rng()))
            for engines in engine_sets:
                try:
                    with DDGS(timeout=self.timeout) as client:
                        search = client.images if query.type == "image" else client.text
                        raw = search(query.text, region="uk-en", safesearch="moderate", max_results=20, backend=engines)
                    return [_from_ddgs(query, item) for item in raw]
                except DDGSException as error:
                    log.info("search %r on %s failed: %r", query.text, engines, error)
                    last_error = error
        kind = type(last_error).__name__ if last_error else "no answer"
        raise SearchUnavailable(f"no search engine answered ({kind}); this is unknown, not clean")


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


@dataclass(frozen=True)
class SearchLimits:
    time_budget_seconds: float = 300.0
    # After this many queries in a row go unanswered the engines are blocking us, or the
    # network is down: stop asking and list the rest as not sent.
    max_consecutive_failures: int = 3


def run_search(
    plan: list[PlannedQuery],
    backend: SearchBackend,
    *,
    next_id: Callable[[], str],
    declared_urls: Iterable[str] = (),
    limits: SearchLimits = SearchLimits(),
    clock: Callable[[], float] = time.monotonic,
    progress: Callable[[int, int], None] = lambda done, total: None,
) -> tuple[list[Source], list[tuple[Source, SearchResult]]]:
    """Sends the planned queries. Returns the query sources and (result source, result) pairs,
    one per distinct URL: the same page found by several queries is one result."""
    declared = {normalise_url(u) for u in declared_urls}
    query_sources: list[Source] = []
    results: list[tuple[Source, SearchResult]] = []
    seen: set[str] = set()
    started = clock()
    failures_in_a_row = 0
    stop_reason = ""
    for done, query in enumerate(plan, start=1):
        source = Source(id=next_id(), kind=SourceKind.QUERY, location=query.text, title=f"{query.type} search")
        query_sources.append(source)
        if not stop_reason and clock() - started > limits.time_budget_seconds:
            stop_reason = f"not sent: the search time budget ({limits.time_budget_seconds:.0f} s) ran out"
        if not stop_reason and failures_in_a_row >= limits.max_consecutive_failures:
            stop_reason = f"not sent: the last {failures_in_a_row} searches went unanswered, so searching stopped"
        if stop_reason:
            source.status, source.reason = Status.SKIPPED, stop_reason
            progress(done, len(plan))
            continue
        try:
            answers = backend.search(query)
        except SearchUnavailable as error:
            source.status, source.reason = Status.FAILED, str(error)
            failures_in_a_row += 1
            answers = []
        else:
            failures_in_a_row = 0
            source.reason = "" if answers else "answered: no results"
        for answer in answers:
            link = answer.href or answer.image
            if not link or urlsplit(link).scheme not in ("http", "https"):
                continue
            key = normalise_url(link)
            if key in seen:
                continue
            seen.add(key)
            platform, kind = classify_url(link)
            if answer.type == "image" and kind == "other":
                kind = "image"
            results.append((Source(
                id=next_id(), kind=SourceKind.RESULT, location=link, title=answer.title[:300],
                platform=platform, site_kind=kind, declared=key in declared, parent=source.id,
            ), answer))
        progress(done, len(plan))
    return query_sources, results

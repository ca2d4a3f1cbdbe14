"""The search stage: send the planned queries and keep the answers.

Each query ends in one of three states, and the report keeps them apart:
- answered with results,
- answered with nothing (checked, and clean),
- could not be checked (blocked, timed out, the engine failed) -- never shown as clean.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from footprint.collect.backends import SearchBackend, SearchUnavailable
from footprint.model import PlannedQuery, QueryType, SearchResult, SiteKind, Source, SourceKind
from footprint.sites import classify_url, normalise_url

ANSWERED_EMPTY = "answered: no results"  # checked, and clean: the engines answered with nothing


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
        source = Source(id=next_id(), kind=SourceKind.QUERY, location=query.text, title=f"{query.type.value} search")
        query_sources.append(source)
        if not stop_reason and clock() - started > limits.time_budget_seconds:
            stop_reason = f"not sent: the search time budget ({limits.time_budget_seconds:.0f} s) ran out"
        if not stop_reason and failures_in_a_row >= limits.max_consecutive_failures:
            stop_reason = f"not sent: the last {failures_in_a_row} searches went unanswered, so searching stopped"
        if stop_reason:
            source.skip(stop_reason)
            progress(done, len(plan))
            continue
        try:
            answers = backend.search(query)
        except SearchUnavailable as error:
            source.fail(str(error))
            failures_in_a_row += 1
            answers = []
        else:
            failures_in_a_row = 0
            source.reason = "" if answers else ANSWERED_EMPTY
        for answer in answers:
            link = answer.href or answer.image
            if not link or urlsplit(link).scheme not in ("http", "https"):
                continue
            key = normalise_url(link)
            if key in seen:
                continue
            seen.add(key)
            platform, kind = classify_url(link)
            if answer.type == QueryType.IMAGE and kind == SiteKind.OTHER:
                kind = SiteKind.IMAGE
            results.append((Source(
                id=next_id(), kind=SourceKind.RESULT, location=link, title=answer.title[:300],
                platform=platform, site_kind=kind, declared=key in declared, parent=source.id,
            ), answer))
        progress(done, len(plan))
    return query_sources, results

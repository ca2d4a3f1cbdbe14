"""Live search engines: ddgs (no key, public engines), a SearXNG instance, the Brave Search API.

Every query ends in one of three states, and a live backend must never confuse them:
- results;
- answered with nothing: the engine was asked and really has nothing (checked, and clean);
- could not check (SearchUnavailable): blocked, rate-limited, timed out, unreachable.

Each backend paces itself (a pause with jitter between the requests it really sends; answers
from the cache cost nothing), so a plan of a few dozen queries stays under engines' limits.
"""

from __future__ import annotations

import json
import logging
import random
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

import requests

from footprint import __version__
from footprint.collect.backends import SearchUnavailable
from footprint.model import PlannedQuery, QueryType, SearchResult

log = logging.getLogger(__name__)

# Engine sets for ddgs, tried in order; each set is searched in parallel by ddgs. Chosen for
# privacy and independence from one another (text: DuckDuckGo, Brave and Mojeek have their own
# indexes or contracts; then Startpage and Yahoo). Never "auto": it sends the name to every engine,
# encyclopedias first. tests/test_search.py checks each name against the installed ddgs.
DDGS_ENGINES: Mapping[QueryType, tuple[str, ...]] = {
    QueryType.TEXT: ("duckduckgo,brave,mojeek", "startpage,yahoo"),
    QueryType.IMAGE: ("duckduckgo", "bing"),
}
# A query that always has results: when a search comes back empty, asking this through the same
# engines tells an honest "nothing" (it answers) from blocking (it does not). It names nobody.
CANARY_QUERY = "Wales"
CANARY_SECONDS = 300  # how long one canary's verdict on an engine set is trusted
USER_AGENT = f"footprint/{__version__} (personal privacy self-audit)"


class SearchSetupError(ValueError):
    """The search cannot be set up at all (a malformed proxy, a bad SearXNG address): a usage error."""


class Pacer:
    """At least `seconds` (with +/-50% jitter, so requests do not fall into a rhythm) between requests."""

    def __init__(self, seconds: float, *, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic, rng: Callable[[], float] = random.random) -> None:
        self.seconds = seconds
        self.sleep, self.clock, self.rng = sleep, clock, rng
        self._last: float | None = None
        self._lock = threading.Lock()

    def wait(self) -> None:
        with self._lock:
            if self._last is not None and self.seconds > 0:
                gap = self.seconds * (0.5 + self.rng())
                remaining = self._last + gap - self.clock()
                if remaining > 0:
                    self.sleep(remaining)
            self._last = self.clock()


class _DemoteToDebug(logging.Handler):
    """ddgs warns on the terminal about engines it skips; those lines belong in the debug log."""

    def emit(self, record: logging.LogRecord) -> None:
        log.debug("ddgs: %s", record.getMessage())


def _quiet_ddgs() -> None:
    ddgs_log = logging.getLogger("ddgs")
    if not any(isinstance(h, _DemoteToDebug) for h in ddgs_log.handlers):
        ddgs_log.addHandler(_DemoteToDebug())
    ddgs_log.propagate = False


class DdgsBackend:
    """Live search through ddgs (pinned to 9.16.x, whose behaviour this is written for).

    In ddgs 9.16 an engine that answers anything but 200 (a block, a rate limit) returns nothing,
    and when every engine returns nothing ddgs raises DDGSException("No results found."): the
    same as an honest empty page. So an empty answer is checked with a canary query through the
    same engines: if the canary answers, the engines work and the empty was genuine. Network
    errors and timeouts are retried on the next engine set, then after a pause (exponential,
    with jitter); what still fails is SearchUnavailable.
    """

    def __init__(self, *, rounds: int = 2, base_delay: float = 4.0, timeout: int = 10, pause_seconds: float = 2.0,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic,
                 rng: Callable[[], float] = random.random) -> None:
        self.rounds = rounds
        self.base_delay = base_delay
        self.timeout = timeout
        self.sleep, self.clock, self.rng = sleep, clock, rng
        self.pacer = Pacer(pause_seconds, sleep=sleep, clock=clock, rng=rng)
        self._canary: dict[str, tuple[float, bool]] = {}  # engine set -> (when, answered)
        _quiet_ddgs()
        self._check_proxy()

    def _check_proxy(self) -> None:
        import os

        if not os.environ.get("DDGS_PROXY"):
            return
        from ddgs.http_client import HttpClient

        try:
            HttpClient(proxy=os.environ["DDGS_PROXY"], timeout=self.timeout)
        except Exception as error:  # primp raises its own error types for a malformed proxy
            raise SearchSetupError(f"the proxy in DDGS_PROXY cannot be used ({error}); fix or unset it") from error

    def _ask(self, query: str, query_type: QueryType, engines: str) -> list[dict[str, Any]]:
        """One ddgs call. [] for "no results" (which may be a block); raises on other failures."""
        from ddgs import DDGS
        from ddgs.exceptions import DDGSException

        self.pacer.wait()
        try:
            with DDGS(timeout=self.timeout) as client:
                search = client.images if query_type == QueryType.IMAGE else client.text
                return list(search(query, region="uk-en", safesearch="moderate", max_results=20, backend=engines))
        except DDGSException as error:
            if str(error) == "No results found.":
                return []
            raise

    def _engines_answer(self, query_type: QueryType, engines: str) -> bool:
        """Whether these engines answer at all right now (the canary), remembered for a while."""
        cached = self._canary.get(engines)
        if cached and self.clock() - cached[0] < CANARY_SECONDS:
            return cached[1]
        try:
            answered = bool(self._ask(CANARY_QUERY, query_type, engines))
        except Exception:
            answered = False
        self._canary[engines] = (self.clock(), answered)
        return answered

    def search(self, query: PlannedQuery) -> list[SearchResult]:
        last_problem = "no answer"
        for round_number in range(self.rounds):
            if round_number:
                self.sleep(self.base_delay * (2 ** (round_number - 1)) * (1 + self.rng()))
            for engines in DDGS_ENGINES[query.type]:
                try:
                    raw = self._ask(query.text, query.type, engines)
                except Exception as error:  # timeouts, connection errors, engine bugs: try the next set
                    log.info("search %r on %s failed: %r", query.text, engines, error)
                    last_problem = type(error).__name__
                    continue
                if raw:
                    return [_to_result(query, item, DDGS_FIELDS) for item in raw]
                if self._engines_answer(query.type, engines):
                    return []  # answered, genuinely nothing
                last_problem = "the engines are not answering (blocked or rate-limited)"
        raise SearchUnavailable(f"no search engine answered ({last_problem}); this is unknown, not clean")


# Where each service puts a result's page address, snippet and image address, by query type.
DDGS_FIELDS = {QueryType.TEXT: ("href", "body", ""), QueryType.IMAGE: ("url", "", "image")}
SEARXNG_FIELDS = {QueryType.TEXT: ("url", "content", ""), QueryType.IMAGE: ("url", "", "img_src")}
BRAVE_FIELDS = {QueryType.TEXT: ("url", "description", ""), QueryType.IMAGE: ("url", "", "properties.url")}


def _field(item: dict[str, Any], path: str) -> str:
    value: Any = item
    for key in path.split(".") if path else ():
        value = value.get(key, "") if isinstance(value, dict) else ""
    return str(value) if path and value is not None else ""


def _to_result(query: PlannedQuery, item: dict[str, Any], fields: dict[QueryType, tuple[str, str, str]]) -> SearchResult:
    href, body, image = fields[query.type]
    return SearchResult(query=query.text, type=query.type, title=_field(item, "title"), href=_field(item, href),
                        body=_field(item, body), image=_field(item, image))


def _get_json(session: requests.Session, url: str, *, params: dict[str, str], headers: dict[str, str] | None = None,
              timeout: float, max_bytes: int = 5 * 1024 * 1024) -> Any:
    """GET a JSON answer, or SearchUnavailable saying why not (in words a person can act on)."""
    try:
        with session.get(url, params=params, headers=headers, timeout=timeout, stream=True, allow_redirects=False) as response:
            if response.status_code in (401, 403):
                raise SearchUnavailable(f"the search service refused the request ({response.status_code}): check its address or key")
            if response.status_code == 429:
                raise SearchUnavailable("the search service is rate-limiting requests (429): try again later")
            if response.status_code != 200:
                raise SearchUnavailable(f"the search service answered {response.status_code}")
            body = response.raw.read(max_bytes + 1, decode_content=True)
    except requests.Timeout as error:
        raise SearchUnavailable("the search service took too long to answer") from error
    except requests.RequestException as error:
        raise SearchUnavailable(f"could not reach the search service ({type(error).__name__})") from error
    if len(body) > max_bytes:
        raise SearchUnavailable("the search service's answer was too large")
    try:
        return json.loads(body)
    except ValueError as error:
        raise SearchUnavailable("the search service did not answer in JSON (is its JSON format switched on?)") from error


class SearxngBackend:
    """A SearXNG instance's JSON API (/search?q=...&format=json), the engine an organisation's IT
    can run for all its staff. The instance is trusted as the person's own choice: it may sit on the
    organisation's own network, so it is reached directly, not through the page fetcher's guard.

    An empty answer is genuine unless the instance lists every engine it asked as unresponsive.
    """

    def __init__(self, base_url: str, *, pause_seconds: float = 0.5, timeout: float = 20.0,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        from urllib.parse import urlsplit

        if urlsplit(base_url).scheme not in ("http", "https") or not urlsplit(base_url).hostname:
            raise SearchSetupError(f"{base_url!r} is not the address of a SearXNG instance (it should start with https://)")
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.pacer = Pacer(pause_seconds, sleep=sleep)
        self.session = requests.Session()
        self.session.headers["User-Agent"] = USER_AGENT
        self._engines: set[str] | None = None

    def _enabled_engines(self, category: str) -> set[str]:
        """The engines the instance uses for a category (its /config), or an empty set if it does not say."""
        if self._engines is None:
            try:
                config = _get_json(self.session, f"{self.base_url}/config", params={}, timeout=self.timeout)
                self._engines = {str(e.get("name")) for e in config.get("engines", [])
                                 if e.get("enabled", True) and category in e.get("categories", [])}
            except (SearchUnavailable, AttributeError, TypeError):
                self._engines = set()
        return self._engines

    def search(self, query: PlannedQuery) -> list[SearchResult]:
        category = "images" if query.type == QueryType.IMAGE else "general"
        self.pacer.wait()
        answer = _get_json(self.session, f"{self.base_url}/search", timeout=self.timeout,
                           params={"q": query.text, "format": "json", "categories": category,
                                   "language": "en-GB", "safesearch": "1"})
        if not isinstance(answer, dict):
            raise SearchUnavailable("the SearXNG instance gave an answer footprint cannot read")
        results = [item for item in answer.get("results", []) if isinstance(item, dict)]
        if results:
            return [_to_result(query, item, SEARXNG_FIELDS) for item in results]
        silent = {str(entry[0]) for entry in answer.get("unresponsive_engines", []) if entry}
        enabled = self._enabled_engines(category)
        if silent and (not enabled or enabled <= silent):
            reasons = ", ".join(sorted(silent))
            raise SearchUnavailable(f"every engine of the SearXNG instance was unresponsive ({reasons}); this is unknown, not clean")
        return []


class BraveBackend:
    """The Brave Search API with the person's own key (FOOTPRINT_BRAVE_API_KEY); free plans allow
    about one query a second, hence the pause."""

    API = "https://api.search.brave.com/res/v1"

    def __init__(self, api_key: str, *, base_url: str = API, pause_seconds: float = 1.1, timeout: float = 15.0,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if not api_key.strip():
            raise SearchSetupError("FOOTPRINT_BRAVE_API_KEY is empty")
        self.api_key = api_key.strip()
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.pacer = Pacer(pause_seconds, sleep=sleep)
        self.session = requests.Session()
        self.session.headers["User-Agent"] = USER_AGENT

    def search(self, query: PlannedQuery) -> list[SearchResult]:
        kind = "images" if query.type == QueryType.IMAGE else "web"
        self.pacer.wait()
        answer = _get_json(self.session, f"{self.base_url}/{kind}/search", timeout=self.timeout,
                           params={"q": query.text, "country": "GB", "search_lang": "en", "count": "20", "safesearch": "moderate"},
                           headers={"X-Subscription-Token": self.api_key, "Accept": "application/json"})
        if not isinstance(answer, dict):
            raise SearchUnavailable("the Brave Search API gave an answer footprint cannot read")
        items = answer.get("results", []) if query.type == QueryType.IMAGE else (answer.get("web") or {}).get("results", [])
        return [_to_result(query, item, BRAVE_FIELDS) for item in items if isinstance(item, dict)]

"""SearXNG and the Brave Search API, against local fake servers that answer in their documented
JSON formats; and the search stage's three states end to end."""

from __future__ import annotations

import json

import pytest
from werkzeug import Response

from footprint.collect.backends import SearchUnavailable
from footprint.collect.engines import BraveBackend, SearchSetupError, SearxngBackend
from footprint.collect.search import ANSWERED_EMPTY, run_search
from footprint.model import PlannedQuery, QueryType, Status
from footprint.services import BRAVE_KEY_ENV, SEARXNG_ENV, live_search_backend

CONFIG = {"engines": [{"name": "duckduckgo", "enabled": True, "categories": ["general"]},
                      {"name": "mojeek", "enabled": True, "categories": ["general", "web"]},
                      {"name": "bing images", "enabled": True, "categories": ["images"]},
                      {"name": "google", "enabled": False, "categories": ["general"]}]}


def searxng_answer(results=(), unresponsive=()):
    return json.dumps({"query": "q", "number_of_results": 0, "results": list(results), "answers": [], "corrections": [],
                       "infoboxes": [], "suggestions": [], "unresponsive_engines": [list(u) for u in unresponsive]})


@pytest.fixture
def searxng(httpserver):
    httpserver.expect_request("/config").respond_with_json(CONFIG)
    return httpserver


def counter():
    count = iter(range(1, 1000))
    return lambda: f"S{next(count)}"


def test_searxng_results_and_request(searxng):
    searxng.expect_request("/search", query_string={"q": '"Jane Example"', "format": "json", "categories": "general",
                                                     "language": "en-GB", "safesearch": "1"}).respond_with_data(
        searxng_answer([{"url": "https://www.facebook.com/jane.example", "title": "Jane Example | Facebook",
                         "content": "Jane Example is on Facebook.", "engine": "duckduckgo"}]), content_type="application/json")
    results = SearxngBackend(searxng.url_for("/"), pause_seconds=0).search(PlannedQuery('"Jane Example"'))
    assert [(r.href, r.title, r.body) for r in results] == [
        ("https://www.facebook.com/jane.example", "Jane Example | Facebook", "Jane Example is on Facebook.")]


def test_searxng_images(searxng):
    searxng.expect_request("/search", query_string={"q": "q", "format": "json", "categories": "images", "language": "en-GB",
                                                     "safesearch": "1"}).respond_with_data(
        searxng_answer([{"url": "https://page.example/p", "img_src": "https://page.example/i.jpg", "title": "Jane"}]),
        content_type="application/json")
    [result] = SearxngBackend(searxng.url_for("/"), pause_seconds=0).search(PlannedQuery("q", QueryType.IMAGE))
    assert (result.href, result.image) == ("https://page.example/p", "https://page.example/i.jpg")


@pytest.mark.parametrize(("answer", "status", "expect"), [
    (searxng_answer(), 200, []),  # nobody unresponsive: answered with nothing
    (searxng_answer(unresponsive=[("mojeek", "timeout")]), 200, []),  # duckduckgo answered: still nothing
    (searxng_answer(unresponsive=[("duckduckgo", "CAPTCHA"), ("mojeek", "timeout")]), 200, "every engine"),
    ("<html>not json</html>", 200, "did not answer in JSON"),
    (searxng_answer(), 429, "rate-limiting"),
    (searxng_answer(), 403, "refused"),
    (searxng_answer(), 502, "answered 502"),
])
def test_searxng_three_states(searxng, answer, status, expect):
    searxng.expect_request("/search").respond_with_data(answer, status=status, content_type="application/json")
    backend = SearxngBackend(searxng.url_for("/"), pause_seconds=0)
    if isinstance(expect, list):
        assert backend.search(PlannedQuery("q")) == expect
    else:
        with pytest.raises(SearchUnavailable, match=expect):
            backend.search(PlannedQuery("q"))


def test_with_searxng_answering_nothing_every_planned_query_is_sent_and_counts_as_checked(searxng):
    searxng.expect_request("/search").respond_with_data(searxng_answer(), content_type="application/json")
    plan = [PlannedQuery(f'"Jane Example" site:{site}') for site in ("facebook.com", "x.com", "tiktok.com", "strava.com", "192.com")]
    queries, results = run_search(plan, SearxngBackend(searxng.url_for("/"), pause_seconds=0), next_id=counter())
    assert [q.status for q in queries] == [Status.OK] * 5 and {q.reason for q in queries} == {ANSWERED_EMPTY}
    assert results == []
    assert sum(r.path == "/search" for r, _ in searxng.log) == 5


def test_searxng_address_is_checked_and_the_environment_chooses_it(monkeypatch, searxng):
    with pytest.raises(SearchSetupError):
        SearxngBackend("searx.internal")
    monkeypatch.setenv(SEARXNG_ENV, searxng.url_for("/"))
    assert isinstance(live_search_backend(), SearxngBackend)


def test_brave_web_and_images(httpserver, monkeypatch):
    httpserver.expect_request("/web/search", headers={"X-Subscription-Token": "k3y"}).respond_with_json(
        {"type": "search", "web": {"results": [{"title": "Jane Example - LinkedIn", "url": "https://www.linkedin.com/in/jane",
                                                "description": "Teacher in Cardiff"}]}})
    httpserver.expect_request("/images/search").respond_with_json(
        {"type": "images", "results": [{"title": "Jane", "url": "https://page.example/p",
                                        "properties": {"url": "https://page.example/i.jpg"}}]})
    backend = BraveBackend("k3y", base_url=httpserver.url_for("/"), pause_seconds=0)
    [web] = backend.search(PlannedQuery("q"))
    assert (web.href, web.body) == ("https://www.linkedin.com/in/jane", "Teacher in Cardiff")
    [image] = backend.search(PlannedQuery("q", QueryType.IMAGE))
    assert image.image == "https://page.example/i.jpg"
    monkeypatch.setenv(BRAVE_KEY_ENV, "k3y")
    monkeypatch.delenv(SEARXNG_ENV, raising=False)
    assert isinstance(live_search_backend(), BraveBackend)


def test_brave_empty_is_answered_and_a_rate_limit_is_unchecked(httpserver):
    httpserver.expect_ordered_request("/web/search").respond_with_json({"type": "search"})
    httpserver.expect_ordered_request("/web/search").respond_with_response(Response('{"type": "ErrorResponse"}', status=429))
    backend = BraveBackend("k3y", base_url=httpserver.url_for("/"), pause_seconds=0)
    assert backend.search(PlannedQuery("q")) == []
    with pytest.raises(SearchUnavailable, match="rate-limiting"):
        backend.search(PlannedQuery("q"))

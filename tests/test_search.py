from __future__ import annotations

import pytest

from footprint.cache import DiskCache
from footprint.collect import search
from footprint.collect.search import (
    CachedBackend, DdgsBackend, OfflineBackend, PlannedQuery, ReplayBackend, SearchResult, SearchUnavailable,
    classify_url, normalise_url, plan_queries, run_search,
)
from footprint.detect.results import about_subject
from footprint.model import Status, Subject

SUBJECT = Subject(full_name="Siân Gwenllïan ap Dafydd", other_names=("Siân Dafydd",), towns=("Aberdare", "Merthyr Tydfil"),
                  employer="Afon Taf Family Services", role="teacher")


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return f"S{self.n}"


def test_plan_uses_every_name_and_field_and_respects_the_cap():
    plan = plan_queries(SUBJECT)
    texts = [q.text for q in plan if q.type == "text"]
    assert '"Siân Gwenllïan ap Dafydd"' in texts
    assert '"Siân Dafydd" Merthyr Tydfil' in texts
    assert '"Siân Gwenllïan ap Dafydd" Afon Taf Family Services' in texts
    assert any(q.type == "image" for q in plan[:2])
    assert len(plan) == 34  # 2 names x (16 text templates) + 2 image searches
    many_names = Subject(full_name="Jane Example", other_names=("Jane Sample", "Jane Test", "J Example"), towns=("Cardiff",))
    assert len(plan_queries(many_names)) == 40  # the default cap
    assert len(set(plan)) == len(plan)
    assert plan_queries(SUBJECT, max_queries=3) == plan[:3]
    assert plan_queries(SUBJECT, max_queries=0) == []


def test_plan_skips_templates_whose_fields_are_empty():
    plan = plan_queries(Subject(full_name="Jane Example"), max_queries=100)
    assert all("{" not in q.text for q in plan)
    assert '"Jane Example"' in [q.text for q in plan]
    assert not any(q.text.startswith('"Jane Example" ') and "site:" not in q.text for q in plan)


def test_replay_answers_planned_queries_and_gives_unplanned_ones_to_the_first():
    plan = [PlannedQuery('"Jane Example"'), PlannedQuery('"Jane Example" Cardiff'), PlannedQuery('"Jane Example"', "image")]
    backend = ReplayBackend([
        {"query": '"Jane Example" Cardiff', "type": "text", "title": "A", "href": "https://a.example/1", "body": ""},
        {"query": "something a trainer typed", "type": "text", "title": "B", "href": "https://b.example/2", "body": ""},
        {"query": '"Jane Example"', "type": "image", "title": "C", "url": "https://c.example/p", "image": "https://c.example/i.jpg"},
        {"query": '"Jane Example" Cardiff', "type": "image", "error": "ignored: not planned as image"},
    ], plan)
    assert [r.title for r in backend.search(plan[0])] == ["B"]
    assert [r.title for r in backend.search(plan[1])] == ["A"]
    assert [r.href for r in backend.search(plan[2])] == ["https://c.example/p"]


def test_run_search_keeps_answered_empty_and_unchecked_apart():
    plan = [PlannedQuery("q1"), PlannedQuery("q2"), PlannedQuery("q3")]
    backend = ReplayBackend([
        {"query": "q1", "title": "Profile", "href": "https://www.facebook.com/jane.example/", "body": "Jane"},
        {"query": "q1", "title": "Same profile again", "href": "https://facebook.com/jane.example", "body": ""},
        {"query": "q3", "error": "timed out"},
    ], plan)
    queries, results = run_search(plan, backend, next_id=Counter(), declared_urls=["https://facebook.com/jane.example"])
    assert [q.status for q in queries] == [Status.OK, Status.OK, Status.FAILED]
    assert queries[1].reason == "answered: no results"
    assert queries[2].reason == "timed out"
    assert len(results) == 1  # the same URL found twice is one result
    source, _ = results[0]
    assert (source.platform, source.site_kind, source.declared, source.parent) == ("Facebook", "social", True, queries[0].id)


def test_url_normalisation_and_classification():
    assert normalise_url("HTTP://WWW.Facebook.com/jane/#top") == normalise_url("https://facebook.com/jane")
    assert classify_url("https://m.facebook.com/jane") == ("Facebook", "social")
    assert classify_url("https://www.192.com/people/jane") == ("192.com", "people_finder")
    assert classify_url("https://news.example.org/a") == ("news.example.org", "other")


def test_attribution_uses_name_and_context():
    def score(title, body=""):
        return about_subject(SUBJECT, SearchResult(query="q", type="text", title=title, href="https://x.example/", body=body))
    full = score("Sian Gwenllian ap Dafydd – profile")  # accents folded
    with_context = score("Siân Gwenllïan ap Dafydd, teacher in Aberdare")
    namesake = score("Dafydd Jones, plumber")
    assert full >= 0.6
    assert with_context > full
    assert namesake < 0.6
    assert score("Completely unrelated") == 0.0


class FakeDDGS:
    """Stands in for ddgs.DDGS at its boundary, with the result dicts it really returns."""
    calls: list = []
    failures = 0

    def __init__(self, timeout=None):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def text(self, query, **kwargs):
        from ddgs.exceptions import DDGSException
        FakeDDGS.calls.append((query, kwargs))
        if FakeDDGS.failures:
            FakeDDGS.failures -= 1
            raise DDGSException("No results found.")
        return [{"title": "Jane Example | LinkedIn", "href": "https://www.linkedin.com/in/jane-example", "body": "Teacher"}]

    def images(self, query, **kwargs):
        FakeDDGS.calls.append((query, kwargs))
        return [{"title": "Jane", "image": "https://img.example/j.jpg", "thumbnail": "", "url": "https://page.example/j", "height": 1, "width": 1, "source": "Bing"}]


@pytest.fixture
def fake_ddgs(monkeypatch):
    import ddgs
    FakeDDGS.calls, FakeDDGS.failures = [], 0
    monkeypatch.setattr(ddgs, "DDGS", FakeDDGS)
    return FakeDDGS


def test_ddgs_backend_searches_uk_region_with_chosen_engines(fake_ddgs):
    backend = DdgsBackend(sleep=lambda s: None)
    results = backend.search(PlannedQuery('"Jane Example"'))
    assert results == [SearchResult('"Jane Example"', "text", "Jane Example | LinkedIn", "https://www.linkedin.com/in/jane-example", "Teacher")]
    _, kwargs = fake_ddgs.calls[0]
    assert kwargs["region"] == "uk-en" and kwargs["safesearch"] == "moderate"
    assert "wikipedia" not in kwargs["backend"]
    image = backend.search(PlannedQuery('"Jane Example"', "image"))
    assert image[0].href == "https://page.example/j" and image[0].image == "https://img.example/j.jpg"


def test_ddgs_failure_is_retried_with_backoff_then_unchecked(fake_ddgs):
    sleeps: list[float] = []
    backend = DdgsBackend(retries=2, base_delay=1.0, sleep=sleeps.append)
    fake_ddgs.failures = 1
    assert backend.search(PlannedQuery("q"))  # second attempt answers
    assert len(sleeps) == 1 and 1.0 <= sleeps[0] <= 2.0
    fake_ddgs.failures = 5
    with pytest.raises(SearchUnavailable):
        backend.search(PlannedQuery("q"))
    assert len(sleeps) == 3 and 2.0 <= sleeps[2] <= 4.0  # exponential, with jitter


def test_cache_repeats_nothing_and_offline_reads_it(tmp_path, fake_ddgs):
    cache = DiskCache(tmp_path / "c")
    backend = CachedBackend(DdgsBackend(sleep=lambda s: None), cache)
    first = backend.search(PlannedQuery("q"))
    second = backend.search(PlannedQuery("q"))
    assert first == second and len(fake_ddgs.calls) == 1
    assert OfflineBackend(cache).search(PlannedQuery("q")) == first
    with pytest.raises(SearchUnavailable):
        OfflineBackend(cache).search(PlannedQuery("never asked"))


def test_cache_expires(tmp_path):
    now = [1000.0]
    cache = DiskCache(tmp_path, ttl_seconds=10, clock=lambda: now[0])
    cache.put("search", "k", [1])
    assert cache.get("search", "k") == [1]
    now[0] += 11
    assert cache.get("search", "k") is None
    assert (tmp_path.stat().st_mode & 0o777) == 0o700


def test_no_live_module_state_leaks():
    assert search.DEFAULT_MAX_QUERIES == 40

from __future__ import annotations

import pytest
from conftest import FakeDDGSClient

from footprint.attribute import score_result
from footprint.cache import DiskCache
from footprint.collect.backends import CachedBackend, DdgsBackend, OfflineBackend, ReplayBackend, SearchUnavailable
from footprint.collect.plan import plan_queries
from footprint.collect.search import SearchLimits, run_search
from footprint.model import PlannedQuery, QueryType, SearchResult, Status, Subject
from footprint.names import is_common_name, name_variants
from footprint.sites import classify_url, normalise_url

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
    assert plan[0] == PlannedQuery('"Siân Gwenllïan ap Dafydd"') and plan[1].type == "image"
    assert '"Siân Gwenllïan ap Dafydd" Merthyr Tydfil' in texts
    assert '"Siân Gwenllïan ap Dafydd" Afon Taf Family Services' in texts
    assert '"Siân Gwenllïan ap Dafydd" (site:x.com OR site:twitter.com)' in texts
    assert '"Siân Gwenllïan ap Dafydd" site:192.com' in texts
    assert '"Siân Dafydd"' in texts  # another name
    assert '"ap Dafydd, Siân"' in texts and '"Siân G. ap Dafydd"' in texts  # variants, the patronymic kept whole
    assert "Siân Gwenllïan ap Dafydd" in texts  # unquoted
    assert len(plan) == 40 and len(set(plan)) == 40
    assert plan_queries(SUBJECT, max_queries=3) == plan[:3]
    assert plan_queries(SUBJECT, max_queries=0) == []
    assert len(plan_queries(SUBJECT, max_queries=1000)) > 40


def test_plan_skips_templates_whose_fields_are_empty():
    plan = plan_queries(Subject(full_name="Jane Example"), max_queries=100)
    assert all("{" not in q.text for q in plan)
    assert [q.text for q in plan[:2]] == ['"Jane Example"', '"Jane Example"']
    assert not any("site:" not in q.text and q.text.startswith('"Jane Example" ') for q in plan)


def test_name_variants_and_common_names():
    assert name_variants("Jennifer Alice Doe", short_names=("Jen",)) == [
        "Jennifer Doe", "Jennifer A. Doe", "Doe, Jennifer", "Jen Doe"]
    assert name_variants("Rhys ap Dafydd") == ["ap Dafydd, Rhys"]
    assert is_common_name("Sarah Jones") and is_common_name("Dai Williams")
    assert not is_common_name("Catrin Hywel-Prosser") and not is_common_name("Tomasz Kowalczyk-Evans")


def test_replay_answers_planned_queries_and_gives_unplanned_ones_to_the_first():
    plan = [PlannedQuery('"Jane Example"'), PlannedQuery('"Jane Example" Cardiff'), PlannedQuery('"Jane Example"', QueryType.IMAGE)]
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
    assert classify_url("https://news.example.org/a") == ("news.example.org", "press")
    assert classify_url("https://www.localpaper.example/news/2026/story") == ("localpaper.example", "press")
    assert classify_url("https://shop.example.org/a") == ("shop.example.org", "other")
    assert classify_url("https://www.facebook.example/jane") == ("Facebook", "social")  # fictional scenarios
    assert classify_url("https://notfacebook.example/jane")[1] == "other"


def test_attribution_uses_name_and_context():
    def score(title, body=""):
        return score_result(SUBJECT, SearchResult(query="q", type=QueryType.TEXT, title=title, href="https://x.example/", body=body)).score
    full = score("Sian Gwenllian ap Dafydd – profile")  # accents folded
    with_context = score("Siân Gwenllïan ap Dafydd, teacher in Aberdare")
    namesake = score("Dafydd Jones, plumber")
    assert full >= 0.6
    assert with_context > full
    assert namesake < 0.6
    assert score("Completely unrelated") == 0.0


class FakeDDGS(FakeDDGSClient):
    """Stands in for ddgs.DDGS at its boundary, with the result dicts it really returns."""
    calls: list = []
    failures = 0

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
    assert results == [SearchResult('"Jane Example"', QueryType.TEXT, "Jane Example | LinkedIn", "https://www.linkedin.com/in/jane-example", "Teacher")]
    _, kwargs = fake_ddgs.calls[0]
    assert kwargs["region"] == "uk-en" and kwargs["safesearch"] == "moderate"
    assert "wikipedia" not in kwargs["backend"]
    image = backend.search(PlannedQuery('"Jane Example"', QueryType.IMAGE))
    assert image[0].href == "https://page.example/j" and image[0].image == "https://img.example/j.jpg"


def test_ddgs_falls_back_across_engines_before_backing_off(fake_ddgs):
    sleeps: list[float] = []
    backend = DdgsBackend(rounds=2, base_delay=1.0, sleep=sleeps.append, rng=lambda: 0.5)
    fake_ddgs.failures = 1
    assert backend.search(PlannedQuery("q"))  # the second engine set answers at once
    assert sleeps == []
    assert [c[1]["backend"] for c in fake_ddgs.calls] == list(DdgsBackend.TEXT_ENGINE_SETS[:2])


def test_ddgs_total_failure_backs_off_then_is_unchecked_not_clean(fake_ddgs):
    sleeps: list[float] = []
    backend = DdgsBackend(rounds=3, base_delay=1.0, sleep=sleeps.append, rng=lambda: 0.5)
    fake_ddgs.failures = 100
    with pytest.raises(SearchUnavailable, match="unknown, not clean"):
        backend.search(PlannedQuery("q"))
    assert sleeps == [1.5, 3.0]  # exponential, with jitter (here fixed at +50%)
    assert len(fake_ddgs.calls) == 3 * len(DdgsBackend.TEXT_ENGINE_SETS)


class FailingBackend:
    def __init__(self):
        self.asked = []

    def search(self, query):
        self.asked.append(query.text)
        raise SearchUnavailable("blocked")


def test_search_stops_after_repeated_failures_and_lists_the_rest():
    plan = [PlannedQuery(f"q{i}") for i in range(10)]
    backend = FailingBackend()
    queries, results = run_search(plan, backend, next_id=Counter(), limits=SearchLimits(max_consecutive_failures=3))
    assert backend.asked == ["q0", "q1", "q2"]
    assert [q.status for q in queries[:3]] == [Status.FAILED] * 3
    assert all(q.status == Status.SKIPPED and "went unanswered" in q.reason for q in queries[3:])
    assert results == []


def test_search_time_budget_with_a_fake_clock():
    now = [0.0]

    class SlowBackend:
        def search(self, query):
            now[0] += 40
            return []
    plan = [PlannedQuery(f"q{i}") for i in range(5)]
    queries, _ = run_search(plan, SlowBackend(), next_id=Counter(), limits=SearchLimits(time_budget_seconds=100),
                            clock=lambda: now[0])
    assert [q.status for q in queries] == [Status.OK, Status.OK, Status.OK, Status.SKIPPED, Status.SKIPPED]
    assert "time budget (100 s) ran out" in queries[3].reason


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

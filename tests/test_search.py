from __future__ import annotations

import pytest
from conftest import FakeDDGSClient

from footprint.attribute import score_result
from footprint.cache import DiskCache
from footprint.collect.backends import CachedBackend, OfflineBackend, ReplayBackend, SearchUnavailable
from footprint.collect.engines import CANARY_QUERY, DDGS_ENGINES, DdgsBackend, Pacer, SearchSetupError
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
    assert plan[0] == PlannedQuery('"Siân Gwenllïan ap Dafydd"')
    assert PlannedQuery('"Siân Gwenllïan ap Dafydd"', QueryType.IMAGE) in plan[:4]
    assert '"Siân Gwenllïan ap Dafydd" Merthyr Tydfil' in texts
    assert '"Siân Gwenllïan ap Dafydd" Afon Taf Family Services' in texts
    assert '"Siân Gwenllïan ap Dafydd" (site:x.com OR site:twitter.com)' in texts
    for site in ("192.com", "thephonebook.bt.com", "118118.com", "strava.com"):
        assert f'"Siân Gwenllïan ap Dafydd" site:{site}' in texts, site
    assert '"Siân Dafydd"' in texts  # another name
    assert '"ap Dafydd, Siân"' in texts and '"Siân G. ap Dafydd"' in texts  # variants, the patronymic kept whole
    assert "Siân Gwenllïan ap Dafydd" in texts  # unquoted
    assert len(plan) == 40 and len(set(plan)) == 40
    assert set(plan_queries(SUBJECT, max_queries=3)) <= set(plan[:6])
    assert plan_queries(SUBJECT, max_queries=0) == []
    assert len(plan_queries(SUBJECT, max_queries=1000)) > 40


def test_site_searches_are_spread_between_the_others():
    plan = plan_queries(SUBJECT)
    runs = [a for a, b in zip(plan, plan[1:], strict=False) if "site:" in a.text and "site:" in b.text]
    sites = sum("site:" in q.text for q in plan)
    assert len(runs) <= max(0, 2 * sites - len(plan))  # back to back only once the other queries run out


def test_plan_skips_templates_whose_fields_are_empty():
    plan = plan_queries(Subject(full_name="Jane Example"), max_queries=100)
    assert all("{" not in q.text for q in plan)
    assert plan[0].text == '"Jane Example"' and PlannedQuery('"Jane Example"', QueryType.IMAGE) in plan
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
    """Stands in for ddgs.DDGS at its boundary, with the result dicts and exceptions it really gives.

    `blocked` engine sets answer nothing to anything (as ddgs does when an engine gets a 403 or 429);
    `empty` queries have no results anywhere; `errors` raise like a dead network."""
    calls: list = []
    blocked: set = set()
    empty: set = set()
    errors = 0

    def _answer(self, query, kwargs, item):
        from ddgs.exceptions import DDGSException
        FakeDDGS.calls.append((query, kwargs))
        if FakeDDGS.errors:
            FakeDDGS.errors -= 1
            raise DDGSException("ConnectError('Connection refused')")
        if kwargs["backend"] in FakeDDGS.blocked or query in FakeDDGS.empty:
            raise DDGSException("No results found.")
        return [item]

    def text(self, query, **kwargs):
        return self._answer(query, kwargs, {"title": "Jane Example | LinkedIn", "href": "https://www.linkedin.com/in/jane-example", "body": "Teacher"})

    def images(self, query, **kwargs):
        return self._answer(query, kwargs, {"title": "Jane", "image": "https://img.example/j.jpg", "thumbnail": "", "url": "https://page.example/j",
                                            "height": 1, "width": 1, "source": "Bing"})


@pytest.fixture
def fake_ddgs(monkeypatch):
    import ddgs
    FakeDDGS.calls, FakeDDGS.blocked, FakeDDGS.empty, FakeDDGS.errors = [], set(), set(), 0
    monkeypatch.setattr(ddgs, "DDGS", FakeDDGS)
    return FakeDDGS


def quick_ddgs(**kwargs) -> DdgsBackend:
    return DdgsBackend(sleep=lambda seconds: None, pause_seconds=0, **kwargs)


def test_every_engine_named_is_enabled_in_the_installed_ddgs():
    """An upgrade that disables an engine must fail here, not silently send the name to 'auto'."""
    from ddgs.engines import ENGINES

    for query_type, sets in DDGS_ENGINES.items():
        category = "images" if query_type == QueryType.IMAGE else "text"
        for engine_set in sets:
            for name in engine_set.split(","):
                assert name in ENGINES[category] and not getattr(ENGINES[category][name], "disabled", False), (category, name)
            assert "auto" not in engine_set and "all" not in engine_set


def test_ddgs_backend_searches_uk_region_with_chosen_engines(fake_ddgs):
    backend = quick_ddgs()
    results = backend.search(PlannedQuery('"Jane Example"'))
    assert results == [SearchResult('"Jane Example"', QueryType.TEXT, "Jane Example | LinkedIn", "https://www.linkedin.com/in/jane-example", "Teacher")]
    _, kwargs = fake_ddgs.calls[0]
    assert kwargs["region"] == "uk-en" and kwargs["safesearch"] == "moderate"
    assert kwargs["backend"] == DDGS_ENGINES[QueryType.TEXT][0]
    image = backend.search(PlannedQuery('"Jane Example"', QueryType.IMAGE))
    assert image[0].href == "https://page.example/j" and image[0].image == "https://img.example/j.jpg"


def test_an_empty_answer_from_working_engines_is_answered_with_nothing(fake_ddgs):
    fake_ddgs.empty = {'"Nobody Atall"', '"Nobody Atall" site:x.com'}
    backend = quick_ddgs()
    assert backend.search(PlannedQuery('"Nobody Atall"')) == []  # the canary answered: genuinely nothing
    assert [q for q, _ in fake_ddgs.calls] == ['"Nobody Atall"', CANARY_QUERY]
    assert backend.search(PlannedQuery('"Nobody Atall" site:x.com')) == []
    assert [q for q, _ in fake_ddgs.calls][2:] == ['"Nobody Atall" site:x.com']  # one call: the canary is remembered


def test_blocking_engines_are_could_not_check_not_clean(fake_ddgs):
    fake_ddgs.blocked = set(DDGS_ENGINES[QueryType.TEXT])
    sleeps: list[float] = []
    backend = DdgsBackend(rounds=2, base_delay=1.0, pause_seconds=0, sleep=sleeps.append, rng=lambda: 0.5)
    with pytest.raises(SearchUnavailable, match="blocked or rate-limited"):
        backend.search(PlannedQuery('"Jane Example"'))
    assert sleeps == [1.5]  # one back-off between the two rounds, with jitter (here +50%)


def test_a_blocked_engine_set_falls_back_to_the_next(fake_ddgs):
    fake_ddgs.blocked = {DDGS_ENGINES[QueryType.TEXT][0]}
    assert quick_ddgs().search(PlannedQuery("q"))  # the second set answers


def test_network_errors_fall_back_then_back_off_then_are_unchecked(fake_ddgs):
    fake_ddgs.errors = 100
    sleeps: list[float] = []
    backend = DdgsBackend(rounds=3, base_delay=1.0, pause_seconds=0, sleep=sleeps.append, rng=lambda: 0.5)
    with pytest.raises(SearchUnavailable, match="unknown, not clean"):
        backend.search(PlannedQuery("q"))
    assert sleeps == [1.5, 3.0]
    assert len(fake_ddgs.calls) == 3 * len(DDGS_ENGINES[QueryType.TEXT])


def test_requests_are_paced_with_jitter():
    now = [0.0]
    sleeps: list[float] = []

    def sleep(seconds):
        sleeps.append(seconds)
        now[0] += seconds

    pacer = Pacer(2.0, sleep=sleep, clock=lambda: now[0], rng=lambda: 0.25)
    for _ in range(3):
        pacer.wait()
    assert sleeps == [1.5, 1.5]  # 2 s x (0.5 + 0.25); none before the first request


def test_ddgs_log_lines_stay_off_the_terminal(fake_ddgs, capsys):
    import logging

    quick_ddgs()
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("ddgs.ddgs").warning("backend is not set. Using 'auto'")
    captured = capsys.readouterr()
    assert "Using 'auto'" not in captured.err + captured.out


def test_a_malformed_proxy_is_a_clear_setup_error(monkeypatch):
    monkeypatch.setenv("DDGS_PROXY", "not a proxy::")
    with pytest.raises(SearchSetupError, match="DDGS_PROXY"):
        DdgsBackend()


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
    backend = CachedBackend(quick_ddgs(), cache)
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

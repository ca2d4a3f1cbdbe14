"""One real search through ddgs. Skipped unless FOOTPRINT_LIVE=1: tests never touch the internet by default."""

from __future__ import annotations

import os

import pytest

from footprint.collect.backends import SearchUnavailable
from footprint.collect.engines import DdgsBackend
from footprint.model import PlannedQuery

pytestmark = [
    pytest.mark.live,
    pytest.mark.skipif(os.environ.get("FOOTPRINT_LIVE") != "1", reason="live search: set FOOTPRINT_LIVE=1 to run"),
]


def test_live_search_answers_or_says_it_could_not():
    try:
        results = DdgsBackend().search(PlannedQuery('"Pontypridd" bridge'))
    except SearchUnavailable as error:
        pytest.skip(f"search engines did not answer: {error}")
    assert results and all(r.href.startswith("http") for r in results)

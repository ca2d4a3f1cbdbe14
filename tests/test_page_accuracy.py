"""Page detectors against labelled pages: the fictional sets in tests/data and, when present,
../shared/corpus/pages. Targets from issue 5; bench/page_accuracy.py prints the details."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from conftest import shared_path

DATA = Path(__file__).resolve().parent / "data"


def load_bench():
    path = Path(__file__).resolve().parent.parent / "bench" / "page_accuracy.py"
    spec = importlib.util.spec_from_file_location("page_accuracy", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def check_targets(pages_dir: Path) -> None:
    bench = load_bench()
    tallies = bench.evaluate(pages_dir)
    misses = []
    for kind in bench.KINDS:
        want_p, want_r = bench.TARGETS.get(kind, bench.DEFAULT_TARGET)
        tally = tallies[kind]
        if tally.precision < want_p or tally.recall < want_r:
            misses.append(f"{kind}: precision {tally.precision:.2f} recall {tally.recall:.2f}: {tally.errors}")
    assert not misses, "\n".join(misses)


@pytest.mark.parametrize("folder", ["pages", "pages-blind"])
def test_fictional_labelled_pages(folder):
    check_targets(DATA / folder)


def test_shared_labelled_pages():
    check_targets(shared_path("corpus", "pages"))

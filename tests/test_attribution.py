"""Is a search result about this person, or a namesake? Measured on labelled results."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from footprint.attribute import ATTRIBUTION_THRESHOLD, name_match, score_result
from footprint.model import QueryType, SearchResult, Subject

DATA = Path(__file__).resolve().parent / "data"


def load_bench():
    path = Path(__file__).resolve().parent.parent / "bench" / "attribution_accuracy.py"
    spec = importlib.util.spec_from_file_location("attribution_accuracy", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["attribution_labelled.json", "attribution_heldout.json"])
def test_precision_and_recall_meet_the_target(name):
    bench = load_bench()
    scored = bench.score_file(DATA / name)
    score = bench.precision_recall(scored)
    assert score.precision >= 0.90 and score.recall >= 0.80, score
    assert not bench.expectations(scored)


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("Catrin Hywel-Prosser", "Catrin HYWEL-PROSSER 27:41", "full"),
    ("Catrin Hywel-Prosser", "Catrin Hywel Prosser, Pontypridd", "full"),
    ("Catrin Hywel", "Catrin Hywel-Jones, solicitor", "surname"),  # not the same surname
    ("Catrin Hywel-Prosser", "Dr Catrin Prosser, dentist", "partial"),
    ("Rhys ap Dafydd", "Mr Rhys ap Dafydd, Head of Welsh", "full"),
    ("Siân Gwenllïan Evans", "EVANS, Sian Gwenllian 58:12", "full"),
    ("Siân Gwenllïan Evans", "your health visitor is Siân G. Evans", "full"),
    ("Jane Doe", "J. Doe and partners", "initial"),
    ("Jane Doe", "Doe family history", "surname"),
    ("Jane Doe", "nothing to see", ""),
])
def test_name_match(name, text, expected):
    assert name_match(name, text)[0] == expected


def test_declared_profile_is_certain_and_context_raises_confidence():
    subject = Subject(full_name="Sarah Jones", towns=("Merthyr Tydfil",), role="nurse",
                      profile_urls=("https://www.facebook.example/sarah.jones.merthyr",))
    def score(title, href="https://x.example/", body=""):
        return score_result(subject, SearchResult(query="", type=QueryType.TEXT, title=title, href=href, body=body)).score
    assert score("anything", href="https://facebook.example/sarah.jones.merthyr/") == 1.0
    bare = score("Sarah Jones")
    assert bare < ATTRIBUTION_THRESHOLD  # a common name alone is not enough
    assert score("Sarah Jones, nurse in Merthyr Tydfil") >= ATTRIBUTION_THRESHOLD

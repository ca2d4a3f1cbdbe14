"""The learned children model (detect/children_model.py): a name used the way a parent uses their
child's name is found with no kinship word beside it; adults named on the page are not; a name only in
other people's comments is theirs. Texts are made up for these tests, not taken from any labelled page."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from footprint.datafiles import load_json
from footprint.detect.children_model import candidates, children_model
from footprint.detect.family import children_by_cues, find_children
from footprint.model import Document, Subject

ROOT = Path(__file__).resolve().parent.parent
OWNER = Subject(full_name="Bethan Rees-Morgan")


def owned_children(text: str, posts: tuple[tuple[int, int, str], ...] = ()) -> set[str]:
    page = Document(source_id="S1", text=text, posts=posts)
    return {d.value for d in find_children(page, OWNER) if d.owner is not False}


def test_children_named_with_no_kinship_word_are_found_where_the_cues_find_nothing():
    text = ("Home just in time to drop Nel at swimming and then Gethin's footie at 6.\n"
            "Nel got her 25m badge and Gethin scored twice, so tea is on me tonight.")
    assert children_by_cues(Document(source_id="S1", text=text), OWNER) == {}
    assert owned_children(text) == {"Nel", "Gethin"}


@pytest.mark.parametrize("text", [
    "Thanks to Gareth Lloyd for the photos and to Mrs Jenkins for the teas.",
    "Councillor Dafydd Evans opened the new play area on Saturday.",
    "Great session tonight with Rhian, Sian and Catrin from the running club.",
    "Proud of our Year 6 netball team: Ella, Grace and Lili were brilliant.",
])
def test_adults_and_other_peoples_children_named_on_a_page_are_not_the_persons_children(text):
    assert owned_children(text) == set()


def test_a_possessor_named_before_makes_them_someone_elses():
    assert owned_children("A huge thank you to our young volunteers, including Sarah's own two, Elan and Gruff, who helped.") == set()


def test_names_only_in_someone_elses_comment_are_theirs():
    post = "Lovely walk up Pen y Fan today.\n"
    comment = ("Gareth Lloyd\nHome just in time to drop Nel at swimming and then Gethin's footie at 6.\n"
               "Nel got her 25m badge and Gethin scored twice, so tea is on me tonight.")
    text = post + comment
    page = Document(source_id="S1", text=text, posts=((len(post), len(text), "Gareth Lloyd"),))
    found = find_children(page, OWNER)
    assert {d.value for d in found} <= {"Nel", "Gethin"}
    assert all(d.owner is False for d in found)


def test_every_given_name_but_the_persons_own_is_a_candidate():
    page = Document(source_id="S1", text="Bethan and Gethin's mam Rhian met Nel at the gate.")
    assert {c.name for c in candidates(page, OWNER)} == {"Gethin", "Rhian", "Nel"}


def test_the_model_file_says_what_it_was_trained_on():
    data = load_json("children_model.json")
    assert 0 < data["threshold"] < 1 and children_model().threshold == data["threshold"]
    assert len(data["weights"]) > 100
    for folder in data["trained_on"]:
        assert (ROOT / "tests" / "data" / folder / "labels.json").exists(), folder


@pytest.mark.skipif(importlib.util.find_spec("sklearn") is None,
                    reason="scikit-learn is only needed to retrain: pip install -e '.[train]'")
def test_retraining_gives_the_shipped_weights(tmp_path):
    shipped = json.loads((ROOT / "footprint" / "data" / "children_model.json").read_text(encoding="utf-8"))
    subprocess.run([sys.executable, str(ROOT / "bench" / "train_children_model.py"), "--threshold", str(shipped["threshold"]),
                    "--output", str(tmp_path / "model.json"), *(str(ROOT / "tests" / "data" / f) for f in shipped["trained_on"])],
                   capture_output=True, text=True, timeout=300, check=True)
    retrained = json.loads((tmp_path / "model.json").read_text(encoding="utf-8"))
    assert retrained["bias"] == pytest.approx(shipped["bias"], abs=1e-3)
    assert retrained["weights"].keys() == shipped["weights"].keys()
    assert all(retrained["weights"][k] == pytest.approx(v, abs=1e-3) for k, v in shipped["weights"].items())

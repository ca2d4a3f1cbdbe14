"""The learned employer model (detect/employer_model.py): an employer named without an employment cue
is found; where the person studied or used to work, and others' employers, are not; a name only in
someone else's comment is theirs. Texts are made up for these tests, not taken from any labelled page."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from footprint.datafiles import load_json
from footprint.detect.employer_model import candidates, employer_model, find_employer
from footprint.detect.work import employers_by_cues
from footprint.model import Document, Subject

ROOT = Path(__file__).resolve().parent.parent
OWNER = Subject(full_name="Bethan Rees-Morgan")


def owned_employers(text: str, posts: tuple[tuple[int, int, str], ...] = ()) -> set[str]:
    return {d.value for d in find_employer(Document(source_id="S1", text=text, posts=posts), OWNER) if d.owner is not False}


@pytest.mark.parametrize(("text", "employer"), [
    ("I'm out on the district with Cwm Taf Morgannwg University Health Board these days and wouldn't swap it.",
     "Cwm Taf Morgannwg University Health Board"),
    ("Some of you know I'm on the labour ward at Ysbyty Gwynedd, so forgive the sleepy replies.", "Ysbyty Gwynedd"),
])
def test_an_employer_named_without_a_cue_is_found_where_the_cues_find_nothing(text, employer):
    assert employers_by_cues(Document(source_id="S1", text=text), OWNER) == {}
    assert owned_employers(text) == {employer}


@pytest.mark.parametrize("text", [
    "Bethan, who studied at Swansea University, says the course changed her life.",
    "Before that I spent six years at Bridgend County Borough Council.",
    "I used to work at Tesco Llansamlet before I retrained.",
    "The fun run starts at Bute Park at 10am sharp.",
])
def test_places_studied_former_employers_and_venues_are_not_employers(text):
    assert owned_employers(text) == set()


def test_an_employer_only_in_someone_elses_comment_is_theirs():
    post = "Lovely walk up Pen y Fan today.\n"
    comment = "Gareth Lloyd\nI'm out on the district with Cwm Taf Morgannwg University Health Board these days."
    text = post + comment
    assert owned_employers(text, posts=((len(post), len(text), "Gareth Lloyd"),)) == set()


def test_candidates_are_organisation_shaped_names_after_a_link_and_read_in_full():
    text = "Health Visitor | CTMUHB\nCwm Taf Morgannwg University Health Board\nOff to Cardiff with Sarah."
    names = {c.name for c in candidates(Document(source_id="S1", text=text), OWNER)}
    assert "Cwm Taf Morgannwg University Health Board" in names  # the acronym read as the name written out
    assert not names & {"Sarah", "Cardiff"}  # a person and a town are not organisations


def test_the_model_file_says_what_it_was_trained_on():
    data = load_json("employer_model.json")
    assert 0 < data["threshold"] < 1 and employer_model().threshold == data["threshold"]
    assert len(data["weights"]) > 100
    for folder in data["trained_on"]:
        assert (ROOT / "tests" / "data" / folder / "labels.json").exists(), folder


@pytest.mark.skipif(importlib.util.find_spec("sklearn") is None,
                    reason="scikit-learn is only needed to retrain: pip install -e '.[train]'")
def test_retraining_gives_the_shipped_weights(tmp_path):
    shipped = json.loads((ROOT / "footprint" / "data" / "employer_model.json").read_text(encoding="utf-8"))
    subprocess.run([sys.executable, str(ROOT / "bench" / "train_employer_model.py"), "--threshold", str(shipped["threshold"]),
                    "--output", str(tmp_path / "model.json"), *(str(ROOT / "tests" / "data" / f) for f in shipped["trained_on"])],
                   capture_output=True, text=True, timeout=300, check=True)
    retrained = json.loads((tmp_path / "model.json").read_text(encoding="utf-8"))
    assert retrained["bias"] == pytest.approx(shipped["bias"], abs=1e-3)
    assert retrained["weights"].keys() == shipped["weights"].keys()
    assert all(retrained["weights"][k] == pytest.approx(v, abs=1e-3) for k, v in shipped["weights"].items())

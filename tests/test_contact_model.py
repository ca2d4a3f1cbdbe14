"""The learned contact model (detect/contact_model.py): a number a place answers is not the person's
even when the rules could not tell; a detail offered as the writer's own stays theirs; the model only
ever takes a detail away from the person. Texts are made up for these tests."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from footprint.datafiles import load_json
from footprint.detect import detect_document
from footprint.detect.contact import find_phones
from footprint.detect.contact_model import KINDS, judge_contacts
from footprint.model import Detection, Document, Subject

ROOT = Path(__file__).resolve().parent.parent
OWNER = Subject(full_name="Bethan Rees-Morgan")


def owners(text: str) -> dict[str, bool | None]:
    return {d.value: d.owner for d in detect_document(Document(source_id="S1", text=text), OWNER) if d.kind in KINDS}


def test_a_number_a_place_answers_is_someone_elses_where_the_rules_could_not_tell():
    text = "The surgery has moved: call 01632 960333 for appointments."
    assert [d.owner for d in find_phones(Document(source_id="S1", text=text), OWNER)] == [None]
    assert owners(text) == {"+441632960333": False}


def test_details_offered_as_the_writers_own_stay_theirs():
    found = owners("Any questions, text me on 07700 900123 or email bethan.rees@example.com.")
    assert found.keys() == {"+447700900123", "bethan.rees@example.com"}
    assert False not in found.values()


def test_the_model_never_gives_a_detail_to_the_person():
    page = Document(source_id="S1", text="Text me on 07700 900123, it's my own mobile.")
    theirs = Detection(kind="phone", value="+447700900123", evidence="", source_id="S1", match="07700 900123", owner=False)
    assert judge_contacts(page, OWNER, [theirs]) == [theirs]


def test_the_model_file_has_a_threshold_for_each_kind_and_says_what_it_was_trained_on():
    data = load_json("contact_model.json")
    assert set(data["thresholds"]) == set(KINDS) and all(0 < p < 1 for p in data["thresholds"].values())
    for folder in data["trained_on"]:
        assert (ROOT / "tests" / "data" / folder / "labels.json").exists(), folder


@pytest.mark.skipif(importlib.util.find_spec("sklearn") is None,
                    reason="scikit-learn is only needed to retrain: pip install -e '.[train]'")
def test_retraining_gives_the_shipped_weights(tmp_path):
    shipped = json.loads((ROOT / "footprint" / "data" / "contact_model.json").read_text(encoding="utf-8"))
    subprocess.run([sys.executable, str(ROOT / "bench" / "train_contact_model.py"), "--threshold", str(shipped["threshold"]),
                    *(f"--kind-threshold={kind}={p}" for kind, p in shipped["thresholds"].items()),
                    "--output", str(tmp_path / "model.json"), *(str(ROOT / "tests" / "data" / f) for f in shipped["trained_on"])],
                   capture_output=True, text=True, timeout=300, check=True)
    retrained = json.loads((tmp_path / "model.json").read_text(encoding="utf-8"))
    assert retrained["thresholds"] == shipped["thresholds"]
    assert retrained["bias"] == pytest.approx(shipped["bias"], abs=1e-3)
    assert retrained["weights"].keys() == shipped["weights"].keys()
    assert all(retrained["weights"][k] == pytest.approx(v, abs=1e-3) for k, v in shipped["weights"].items())

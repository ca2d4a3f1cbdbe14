"""Train the employer model (footprint/detect/employer_model.py) on the labelled pages, and say how
well it does on pages it was not trained on.

    pip install -e '.[train]'
    python bench/train_employer_model.py [PAGES_DIR ...] [--write] [--threshold P]   (default tests/data/pages*)

Every organisation-shaped name the page links to someone is an example: an employer if the page's
labels name it as the person's current employer, not otherwise. First the folders take turns as the held-out set (the model is trained on the
others), and for each threshold it prints precision and recall, per page as bench/page_accuracy.py
counts them, of the rules alone, the model alone and the two together. --write then trains on every
folder and writes footprint/data/employer_model.json with the threshold given by --threshold.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from linear_model import fit, probability, write_model

from footprint.collect.pages import read_local_page
from footprint.detect.employer_model import candidates
from footprint.detect.work import employer_name, employers_by_cues, one_per_employer
from footprint.model import Subject
from footprint.text import fold

ROOT = Path(__file__).resolve().parent.parent
MODEL_FILE = ROOT / "footprint" / "data" / "employer_model.json"


@dataclass
class Example:
    folder: str
    page: str
    name: str  # folded
    features: frozenset[str]
    is_employer: bool
    by_rules: bool


def page_examples(folder: Path) -> tuple[list[Example], dict[tuple[str, str], set[str]]]:
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    examples: list[Example] = []
    wanted: dict[tuple[str, str], set[str]] = {}
    for page, expected in sorted(labels.items()):
        _, document = read_local_page(folder / page, "S1")
        if document is None:
            continue
        subject = Subject(full_name=" ".join(expected["owner"].split()))
        employers = {fold(" ".join(name.split())) for name in expected.get("employer", [])}
        wanted[(folder.name, page)] = employers
        rules = {fold(d.value) for d in one_per_employer(employers_by_cues(document, subject)) if d.owner is not False}
        for candidate in candidates(document, subject):
            name = fold(employer_name(candidate.name, document.text, subject) or candidate.name)
            examples.append(Example(folder.name, page, name, candidate.features, name in employers, name in rules))
        # a name the rules find that is not a candidate still counts for the rules
        for name in rules - {fold(employer_name(c.name, document.text, subject) or c.name) for c in candidates(document, subject)}:
            examples.append(Example(folder.name, page, name, frozenset(), name in employers, True))
    return examples, wanted


def score(chosen: list[Example], wanted: dict[tuple[str, str], set[str]]) -> tuple[int, int, int]:
    """(right, wrong, missed), each employer counted once per page however often it was written."""
    named = {(e.folder, e.page, e.name): e.is_employer for e in chosen}
    true = sum(named.values())
    false = len(named) - true
    return true, false, sum(len(names) for names in wanted.values()) - true


def line(name: str, counts: tuple[int, int, int]) -> str:
    true, false, missed = counts
    precision = true / (true + false) if true + false else 1.0
    recall = true / (true + missed) if true + missed else 1.0
    return f"{name:>18}  P {precision:.2f}  R {recall:.2f}  ({true} right, {false} wrong, {missed} missed)"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, default=sorted((ROOT / "tests" / "data").glob("pages*")))
    parser.add_argument("--write", action="store_true", help="train on every folder and write the model file")
    parser.add_argument("--threshold", type=float, default=0.8)
    parser.add_argument("--output", type=Path, default=MODEL_FILE, help="where --write writes the model")
    args = parser.parse_args(argv[1:])
    by_folder: dict[str, list[Example]] = {}
    wanted: dict[tuple[str, str], set[str]] = {}
    for folder in args.folders:
        examples, page_labels = page_examples(folder)
        by_folder[folder.name] = [e for e in examples if e.features]
        by_folder[folder.name + " (rules only)"] = [e for e in examples if not e.features]
        wanted.update(page_labels)
    every = [e for examples in by_folder.values() for e in examples if e.features]
    print(f"{len(every)} names, {sum(e.is_employer for e in every)} employers, {sum(len(n) for n in wanted.values())} labelled")

    held_out: list[tuple[Example, float]] = []
    for name, examples in by_folder.items():
        if name.endswith("(rules only)"):
            held_out += [(e, 0.0) for e in examples]
            continue
        training = [e for other, rest in by_folder.items() if other != name for e in rest if e.features]
        weights, bias = fit([e.features for e in training], [e.is_employer for e in training], [e.folder + e.page for e in training])
        held_out += [(e, probability(weights, bias, e.features)) for e in examples]
    print("each folder scored by a model trained on the others:")
    print(line("rules", score([e for e, _ in held_out if e.by_rules], wanted)))
    for threshold in (0.5, 0.7, 0.8, 0.9, 0.95, 0.98):
        print(line(f"model >= {threshold}", score([e for e, p in held_out if p >= threshold], wanted)))
        print(line(f"rules or >= {threshold}", score([e for e, p in held_out if p >= threshold or e.by_rules], wanted)))

    if args.write or args.output != MODEL_FILE:
        weights, bias = fit([e.features for e in every], [e.is_employer for e in every], [e.folder + e.page for e in every])
        write_model(args.output, sorted(n for n in by_folder if not n.endswith("(rules only)")), args.threshold, weights, bias,
                    "train_employer_model.py")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

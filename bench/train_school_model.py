"""Train the school model (footprint/detect/school_model.py) on the labelled pages, and say how well it
does on pages it was not trained on.

    pip install -e '.[train]'
    python bench/train_school_model.py [PAGES_DIR ...] [--write] [--threshold P]   (default tests/data/pages*)

Every school a page names is an example: right if the page's labels give it as the person's. First the
folders take turns as the held-out set (the model is trained on the others), and for each threshold it
prints precision and recall, per page as bench/page_accuracy.py counts them, of the rules alone, of the
rules with the model as a veto (what footprint does: a school the rules tie to the person counts when
the model rates it at the threshold or above), and of the model alone. --write then trains on every
folder and writes footprint/data/school_model.json with the threshold given by --threshold.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from linear_model import ROOT, arguments, fit, held_out, labelled_pages, line, write_model

from footprint.detect.school_model import candidates
from footprint.text import fold

MODEL_FILE = ROOT / "footprint" / "data" / "school_model.json"
Page = tuple[str, str]


@dataclass
class Example:
    folder: str
    page: str
    name: str  # folded, as a finding gives it
    features: frozenset[str]
    is_theirs: bool
    by_rules: bool


def page_examples(folder: Path) -> tuple[list[Example], dict[Page, set[str]]]:
    examples: list[Example] = []
    wanted: dict[Page, set[str]] = {}
    for page, expected, document, subject in labelled_pages(folder):
        schools = {fold(" ".join(name.split())) for name in expected.get("school", [])}
        wanted[(folder.name, page)] = schools
        examples += [Example(folder.name, page, fold(c.value), c.features, fold(c.value) in schools, c.by_rules)
                     for c in candidates(document, subject)]
    return examples, wanted


def score(chosen: list[Example], wanted: dict[Page, set[str]]) -> tuple[int, int, int]:
    true = sum(e.is_theirs for e in chosen)
    false = len(chosen) - true
    return true, false, sum(len(names) for names in wanted.values()) - true


def main(argv: list[str]) -> int:
    args = arguments(__doc__.split("\n")[0], MODEL_FILE, 0.5).parse_args(argv[1:])
    by_folder: dict[str, list[Example]] = {}
    wanted: dict[Page, set[str]] = {}
    for folder in args.folders:
        by_folder[folder.name], page_labels = page_examples(folder)
        wanted.update(page_labels)
    every = [e for examples in by_folder.values() for e in examples]
    print(f"{len(every)} schools named, {sum(e.is_theirs for e in every)} the person's, {len(by_folder)} folders")
    scored = held_out(by_folder, lambda e: e.features, lambda e: e.is_theirs, lambda e: e.page)
    print("each folder scored by a model trained on the others:")
    print(line("rules", score([e for e, _ in scored if e.by_rules], wanted)))
    for threshold in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7):
        print(line(f"rules, model >= {threshold}", score([e for e, p in scored if e.by_rules and p >= threshold], wanted)))
        print(line(f"model >= {threshold}", score([e for e, p in scored if p >= threshold], wanted)))
    if args.write or args.output != MODEL_FILE:
        weights, bias = fit([e.features for e in every], [e.is_theirs for e in every], [e.page for e in every])
        write_model(args.output, sorted(by_folder), args.threshold, weights, bias, "train_school_model.py")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

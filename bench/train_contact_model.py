"""Train the contact model (footprint/detect/contact_model.py) on the labelled pages, and say how well
it does on pages it was not trained on.

    pip install -e '.[train]'
    python bench/train_contact_model.py [PAGES_DIR ...] [--write] [--threshold P]   (default tests/data/pages*)

Every email address, phone number and postcode the contact detectors find is an example: the
person's if the page's labels give it, someone else's otherwise. The folders take turns as the
held-out set, and for each threshold it prints precision and recall per kind, as bench/page_accuracy.py
counts them, of the rules alone and of the rules with the model's veto. --write then trains on every
folder and writes footprint/data/contact_model.json with the thresholds given by --threshold and
--kind-threshold (a number's context tells more than a postcode's, so its veto can be stricter).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from linear_model import ROOT, arguments, fit, held_out, labelled_pages, line, write_model

from footprint.detect.contact import find_emails, find_phones, find_postcodes
from footprint.detect.contact_model import KINDS, contact_features, vetoed
from footprint.text import fold

MODEL_FILE = ROOT / "footprint" / "data" / "contact_model.json"


@dataclass
class Example:
    folder: str
    page: str
    kind: str
    value: str
    features: frozenset[str]
    is_persons: bool
    by_rules: bool  # the rules give it to the person (owner not False)


def comparable(value: str) -> str:
    return fold(" ".join(value.split()))


def page_examples(folder: Path) -> tuple[list[Example], dict[tuple[str, str, str], set[str]]]:
    examples: list[Example] = []
    wanted: dict[tuple[str, str, str], set[str]] = {}
    for page, expected, document, subject in labelled_pages(folder):
        for kind in KINDS:
            wanted[(folder.name, page, kind)] = {comparable(v) for v in expected.get(kind, [])}
        for finder in (find_emails, find_phones, find_postcodes):
            for detection in finder(document, subject):
                value = comparable(detection.value)
                examples.append(Example(folder.name, page, detection.kind, value, contact_features(document, subject, detection),
                                        value in wanted[(folder.name, page, detection.kind)], detection.owner is not False))
    return examples, wanted


def score(chosen: list[Example], wanted: dict[tuple[str, str, str], set[str]], kind: str) -> tuple[int, int, int]:
    named = {(e.folder, e.page, e.value): e.is_persons for e in chosen if e.kind == kind}
    true = sum(named.values())
    return true, len(named) - true, sum(len(v) for k, v in wanted.items() if k[2] == kind) - true


def main(argv: list[str]) -> int:
    parser = arguments(__doc__.split("\n")[0], MODEL_FILE, 0.5)
    parser.add_argument("--kind-threshold", action="append", default=[], metavar="KIND=P",
                        help="a threshold for one kind (e.g. phone=0.5; kinds without one take --threshold)")
    args = parser.parse_args(argv[1:])
    by_folder: dict[str, list[Example]] = {}
    wanted: dict[tuple[str, str, str], set[str]] = {}
    for folder in args.folders:
        by_folder[folder.name], page_labels = page_examples(folder)
        wanted.update(page_labels)
    every = [e for examples in by_folder.values() for e in examples]
    print(f"{len(every)} details, {sum(e.is_persons for e in every)} the person's")
    if not args.no_held_out:  # the per-folder report; retraining alone does not need it
        scored = held_out(by_folder, lambda e: e.features, lambda e: e.is_persons, lambda e: e.folder + e.page)
        print("each folder scored by a model trained on the others:")
        for kind in KINDS:
            print(kind)
            print(line("rules", score([e for e, _ in scored if e.by_rules], wanted, kind)))
            for threshold in (0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8):
                print(line(f"rules, model >= {threshold}", score([e for e, p in scored if e.by_rules and not vetoed(e.features, p, threshold)],
                                                                 wanted, kind)))
    if args.write or args.output != MODEL_FILE:
        weights, bias = fit([e.features for e in every], [e.is_persons for e in every], [e.folder + e.page for e in every])
        per_kind = {kind: args.threshold for kind in KINDS}
        per_kind.update({kind: float(p) for kind, p in (item.split("=") for item in args.kind_threshold)})
        write_model(args.output, sorted(by_folder), args.threshold, weights, bias, "train_contact_model.py", {"thresholds": per_kind})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

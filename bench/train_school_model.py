"""Train the school model (footprint/detect/school_model.py) on the labelled pages, and say how well it
does on pages it was not trained on.

    pip install -e '.[train]'
    python bench/train_school_model.py [PAGES_DIR ...] [--write] [--threshold P]   (default tests/data/pages*)

Every school a page names is an example: right if the page's labels give it as the person's. First the
folders take turns as the held-out set (the model is trained on the others), and for each threshold it
prints precision and recall, per page as bench/page_accuracy.py counts them, of the rules alone, of the
rules with the model as a veto (a school the rules tie to the person counts when the model rates it at the
threshold or above), of that with the model alone from a higher threshold (what footprint does: a school no
rule ties counts from --kind-threshold untied=P), and of the model alone. --write then trains on every
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
# Held out on the 126 folders of 2026-12-06, beside "rules, model >= 0.4" (1360 right, 184 wrong): the model alone
# from 0.8 added 7 right and 2 wrong; from 0.7, 9 and 5; from 0.6, 16 and 11. On the 147 folders of the evening of
# 2026-12-06 from 0.8 it added 9 right and 4 wrong, from 0.9 2 and 1; 0.85 since the model alone rated an untied
# "Lots of parents ask about Ysgol ... on here" at 0.81.
UNTIED = 0.85
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
    parser = arguments(__doc__.split("\n")[0], MODEL_FILE, 0.5)
    parser.add_argument("--kind-threshold", action="append", default=[], metavar="untied=P",
                        help="untied=P: from P the model alone makes a school the person's, with no rule tying it (default 0.85)")
    args = parser.parse_args(argv[1:])
    untied = float(dict(item.split("=") for item in args.kind_threshold).get("untied", UNTIED))
    by_folder: dict[str, list[Example]] = {}
    wanted: dict[Page, set[str]] = {}
    for folder in args.folders:
        by_folder[folder.name], page_labels = page_examples(folder)
        wanted.update(page_labels)
    every = [e for examples in by_folder.values() for e in examples]
    print(f"{len(every)} schools named, {sum(e.is_theirs for e in every)} the person's, {len(by_folder)} folders")
    if not args.no_held_out:  # the per-folder report; retraining alone does not need it
        scored = held_out(by_folder, lambda e: e.features, lambda e: e.is_theirs, lambda e: e.page)
        print("each folder scored by a model trained on the others:")
        print(line("rules", score([e for e, _ in scored if e.by_rules], wanted)))
        for threshold in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7):
            print(line(f"rules, model >= {threshold}", score([e for e, p in scored if e.by_rules and p >= threshold], wanted)))
            print(line(f"model >= {threshold}", score([e for e, p in scored if p >= threshold], wanted)))
        for alone in sorted({0.6, 0.7, 0.8, 0.9, untied}):  # and the one in use
            chosen = [e for e, p in scored if (e.by_rules and p >= args.threshold) or p >= alone]
            print(line(f"rules, model >= {args.threshold}, or model >= {alone}", score(chosen, wanted)))
    if args.write or args.output != MODEL_FILE:
        weights, bias = fit([e.features for e in every], [e.is_theirs for e in every], [e.page for e in every])
        write_model(args.output, sorted(by_folder), args.threshold, weights, bias, "train_school_model.py", {"thresholds": {"untied": untied}})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

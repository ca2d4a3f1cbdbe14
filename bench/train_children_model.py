"""Train the children model (footprint/detect/children_model.py) on the labelled pages, and say how
well it does on pages it was not trained on.

    pip install -e '.[train]'
    python bench/train_children_model.py [PAGES_DIR ...] [--write] [--threshold P]   (default tests/data/pages*)

Every given name on every page is an example: a child if the page's labels name it as the person's
child, not otherwise. First the folders take turns as the held-out set (the model is trained on the
others), and for each threshold it prints precision and recall, per page as bench/page_accuracy.py
counts them, of the rules alone, the model alone and the two together. --write then trains on every
folder and writes footprint/data/children_model.json with the threshold given by --threshold.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from linear_model import ROOT, arguments, fit, held_out, labelled_pages, line, write_model

from footprint.detect.children_model import candidates, judged_as_lists, listed_together, named_apart_from_lists
from footprint.detect.family import children_by_cues
from footprint.text import fold

MODEL_FILE = ROOT / "footprint" / "data" / "children_model.json"


@dataclass
class Example:
    folder: str
    page: str
    name: str  # folded
    features: frozenset[str]
    is_child: bool
    by_rules: bool


LISTS: dict[tuple[str, str], list[frozenset[str]]] = {}  # the names listed together on each page
APART: dict[tuple[str, str], frozenset[str]] = {}  # the names also written outside every list on each page


def page_examples(folder: Path) -> tuple[list[Example], dict[tuple[str, str], set[str]]]:
    examples: list[Example] = []
    wanted: dict[tuple[str, str], set[str]] = {}
    for page, expected, document, subject in labelled_pages(folder):
        LISTS[(folder.name, page)] = listed_together(document.text)
        children = {fold(name) for name in expected.get("child", [])}
        wanted[(folder.name, page)] = children
        rules = {fold(d.value) for d in children_by_cues(document, subject).values() if d.owner is not False}
        named = candidates(document, subject)
        APART[(folder.name, page)] = named_apart_from_lists(document.text, named)
        for candidate in named:
            name = fold(candidate.name)
            examples.append(Example(folder.name, page, name, candidate.features, name in children, name in rules))
        # a name the rules find that is not a candidate (not in the names list) still counts for the rules
        for name in rules - {fold(c.name) for c in named}:
            examples.append(Example(folder.name, page, name, frozenset(), name in children, True))
    return examples, wanted


def as_lists(scored: list[tuple[Example, float]]) -> list[tuple[Example, float]]:
    """The model's probabilities with names listed together sharing their mean, as find_children uses them."""
    by_page: dict[tuple[str, str], dict[str, float]] = {}
    for example, p in scored:
        by_page.setdefault((example.folder, example.page), {})[example.name] = p
    judged = {page: judged_as_lists(probabilities, LISTS[page], APART[page]) for page, probabilities in by_page.items()}
    return [(example, judged[(example.folder, example.page)][example.name]) for example, _ in scored]


def score(chosen: list[Example], wanted: dict[tuple[str, str], set[str]]) -> tuple[int, int, int]:
    true = sum(e.is_child for e in chosen)
    false = len(chosen) - true
    return true, false, sum(len(names) for names in wanted.values()) - true


def main(argv: list[str]) -> int:
    args = arguments(__doc__.split("\n")[0], MODEL_FILE, 0.8).parse_args(argv[1:])
    by_folder: dict[str, list[Example]] = {}
    rules_only: list[Example] = []  # names the cues find that are not candidates: they count for the rules
    wanted: dict[tuple[str, str], set[str]] = {}
    for folder in args.folders:
        examples, page_labels = page_examples(folder)
        by_folder[folder.name] = [e for e in examples if e.features]
        rules_only += [e for e in examples if not e.features]
        wanted.update(page_labels)
    every = [e for examples in by_folder.values() for e in examples]
    print(f"{len(every)} names, {sum(e.is_child for e in every)} children, {sum(len(n) for n in wanted.values())} labelled")
    if not args.no_held_out:  # the per-folder report; retraining alone does not need it
        scored = as_lists(held_out(by_folder, lambda e: e.features, lambda e: e.is_child, lambda e: e.folder + e.page))
        scored += [(e, 0.0) for e in rules_only]
        print("each folder scored by a model trained on the others:")
        print(line("rules", score([e for e, _ in scored if e.by_rules], wanted)))
        for threshold in sorted({0.5, 0.7, 0.8, 0.9, 0.95, 0.98, args.threshold}):  # and the one in use
            print(line(f"model >= {threshold}", score([e for e, p in scored if p >= threshold], wanted)))
            print(line(f"rules or >= {threshold}", score([e for e, p in scored if p >= threshold or e.by_rules], wanted)))
    if args.write or args.output != MODEL_FILE:
        weights, bias = fit([e.features for e in every], [e.is_child for e in every], [e.folder + e.page for e in every])
        write_model(args.output, sorted(by_folder), args.threshold, weights, bias, "train_children_model.py")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""Train the practice model (footprint/detect/practice_model.py) on the labelled pages, and say how
well it does on pages it was not trained on.

    pip install -e '.[train]'
    python bench/train_practice_model.py [PAGES_DIR ...] [--write]    (default tests/data/pages*)

Every sentence of every page is an example: practice if one of the page's practice labels stands in
it, not practice otherwise; sentences in someone else's post or comment are left out, since whose
words they are is decided by the owner rules, not by the model. First the folders take turns as the
held-out set (the model is trained on the others), and for each threshold it prints precision and
recall, per page as bench/page_accuracy.py counts them, of the rules alone, the model alone and the
two together. --write then trains on every folder and writes footprint/data/practice_model.json
with the threshold given by --threshold.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from linear_model import ROOT, arguments, fit, held_out, labelled_pages, line, write_model

from footprint.detect.owner import written_by_someone_else
from footprint.detect.practice_model import sentence_features
from footprint.detect.work import practice_by_cues
from footprint.text import fold, sentences

MODEL_FILE = ROOT / "footprint" / "data" / "practice_model.json"


@dataclass
class Example:
    folder: str
    page: str
    sentence: str
    features: frozenset[str]
    labels: tuple[str, ...]  # the page's practice labels this sentence holds
    by_rules: bool


def page_examples(folder: Path) -> tuple[list[Example], dict[tuple[str, str], list[str]]]:
    examples: list[Example] = []
    wanted: dict[tuple[str, str], list[str]] = {}
    for page, expected, document, subject in labelled_pages(folder):
        practice = [fold(" ".join(label.split())) for label in expected.get("practice", [])]
        wanted[(folder.name, page)] = practice
        rules = {" ".join(d.value.split()) for d in practice_by_cues(document, subject).values() if d.owner is not False}
        for offset, sentence in sentences(document.text):
            if len(sentence.split()) < 3 or written_by_someone_else(document, offset, subject):
                continue
            value = " ".join(sentence.split())[:300]
            held = tuple(label for label in practice if label in fold(value))
            features = sentence_features(sentence)
            if features is None:  # never read by the model: left out, and a practice label there stays missed
                continue
            examples.append(Example(folder.name, page, value, features, held, value in rules))
    return examples, wanted


def score(chosen: list[Example], wanted: dict[tuple[str, str], list[str]]) -> tuple[int, int, int]:
    """(true, false, missed) as bench/page_accuracy.py counts them: a label is found once, a second
    sentence holding a found label is neither right nor wrong."""
    true = false = 0
    found: set[tuple[str, str, str]] = set()
    for example in chosen:
        new = [label for label in example.labels if (example.folder, example.page, label) not in found]
        if new:
            true += 1
            found.add((example.folder, example.page, new[0]))
        elif not example.labels:
            false += 1
    missed = sum(len(labels) for labels in wanted.values()) - len(found)
    return true, false, missed


def main(argv: list[str]) -> int:
    args = arguments(__doc__.split("\n")[0], MODEL_FILE, 0.9).parse_args(argv[1:])
    by_folder: dict[str, list[Example]] = {}
    wanted: dict[tuple[str, str], list[str]] = {}
    for folder in args.folders:
        by_folder[folder.name], page_labels = page_examples(folder)
        wanted.update(page_labels)
    every = [e for examples in by_folder.values() for e in examples]
    print(f"{len(every)} sentences, {sum(bool(e.labels) for e in every)} practice, {len(by_folder)} folders")
    if not args.no_held_out:  # the per-folder report; retraining alone does not need it
        scored = held_out(by_folder, lambda e: e.features, lambda e: bool(e.labels), lambda e: e.page)
        print("each folder scored by a model trained on the others:")
        print(line("rules", score([e for e, _ in scored if e.by_rules], wanted)))
        for threshold in (0.5, 0.7, 0.8, 0.9, 0.95, 0.98):
            print(line(f"model >= {threshold}", score([e for e, p in scored if p >= threshold], wanted)))
            print(line(f"rules or >= {threshold}", score([e for e, p in scored if p >= threshold or e.by_rules], wanted)))
    if args.write or args.output != MODEL_FILE:
        weights, bias = fit([e.features for e in every], [bool(e.labels) for e in every], [e.page for e in every])
        write_model(args.output, sorted(by_folder), args.threshold, weights, bias, "train_practice_model.py")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""Train the birthday model (footprint/detect/birthday_model.py) on the labelled pages, and say how
well it does on pages it was not trained on.

    pip install -e '.[train]'
    python bench/train_birthday_model.py [PAGES_DIR ...] [--write] [--threshold P]   (default tests/data/pages*)

Every pairing of a birthday mention with a date it could give is an example: right if the page's
labels give that day as the person's birthday. A page's birthdays are the days whose best pairing
reaches the threshold. First the folders take turns as the held-out set (the model is trained on the
others), and for each threshold it prints precision and recall, per page as bench/page_accuracy.py
counts them, of the rules alone, the model alone and the two together. --write then trains on every
folder and writes footprint/data/birthday_model.json with the threshold given by --threshold.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from linear_model import ROOT, arguments, fit, held_out, labelled_pages, line, write_model

from footprint.detect.birthday_model import candidates
from footprint.detect.contact import find_birthdays_by_rules

MODEL_FILE = ROOT / "footprint" / "data" / "birthday_model.json"


@dataclass
class Example:
    folder: str
    page: str
    value: str  # "MM-DD"
    features: frozenset[str]
    is_birthday: bool


def page_examples(folder: Path) -> tuple[list[Example], dict[tuple[str, str], set[str]], dict[tuple[str, str], set[str]]]:
    examples: list[Example] = []
    wanted: dict[tuple[str, str], set[str]] = {}
    by_rules: dict[tuple[str, str], set[str]] = {}
    for page, expected, document, subject in labelled_pages(folder):
        days = {value[-5:] for value in expected.get("birthday", [])}
        wanted[(folder.name, page)] = days
        rules = {d.value: d.owner for d in find_birthdays_by_rules(document, subject)}
        by_rules[(folder.name, page)] = {value for value, owner in rules.items() if owner is not False}
        examples += [Example(folder.name, page, c.value, c.features, c.value in days) for c in candidates(document, subject, rules)]
    return examples, wanted, by_rules


def score(chosen: dict[tuple[str, str], set[str]], wanted: dict[tuple[str, str], set[str]]) -> tuple[int, int, int]:
    true = sum(len(days & wanted[page]) for page, days in chosen.items())
    false = sum(len(days - wanted[page]) for page, days in chosen.items())
    return true, false, sum(len(days) for days in wanted.values()) - true


def chosen_by_model(scored: list[tuple[Example, float]], threshold: float) -> dict[tuple[str, str], set[str]]:
    """The best day of each page, when its best pairing reaches the threshold: a person has one birthday."""
    best: dict[tuple[str, str], tuple[float, str]] = {}
    for example, p in scored:
        page = (example.folder, example.page)
        if p >= threshold and (page not in best or p > best[page][0]):
            best[page] = (p, example.value)
    return {page: {value} for page, (_, value) in best.items()}


def rules_else_model(rules: dict[tuple[str, str], set[str]], model: dict[tuple[str, str], set[str]]) -> dict[tuple[str, str], set[str]]:
    return {page: rules.get(page) or model.get(page, set()) for page in {*rules, *model}}


def union(*choices: dict[tuple[str, str], set[str]]) -> dict[tuple[str, str], set[str]]:
    together: dict[tuple[str, str], set[str]] = {}
    for choice in choices:
        for page, days in choice.items():
            together.setdefault(page, set()).update(days)
    return together


def main(argv: list[str]) -> int:
    args = arguments(__doc__.split("\n")[0], MODEL_FILE, 0.8).parse_args(argv[1:])
    by_folder: dict[str, list[Example]] = {}
    wanted: dict[tuple[str, str], set[str]] = {}
    by_rules: dict[tuple[str, str], set[str]] = {}
    for folder in args.folders:
        examples, page_labels, rules = page_examples(folder)
        by_folder[folder.name] = examples
        wanted.update(page_labels)
        by_rules.update(rules)
    every = [e for examples in by_folder.values() for e in examples]
    print(f"{len(every)} pairings, {sum(e.is_birthday for e in every)} right, {sum(len(d) for d in wanted.values())} labelled")
    if not args.no_held_out:  # the per-folder report; retraining alone does not need it
        scored = held_out(by_folder, lambda e: e.features, lambda e: e.is_birthday, lambda e: e.folder + e.page)
        print("each folder scored by a model trained on the others:")
        print(line("rules", score(by_rules, wanted)))
        for threshold in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
            model = chosen_by_model(scored, threshold)
            print(line(f"model >= {threshold}", score(model, wanted)))
            print(line(f"rules or >= {threshold}", score(union(by_rules, model), wanted)))
            print(line(f"rules else >= {threshold}", score(rules_else_model(by_rules, model), wanted)))
    if args.write or args.output != MODEL_FILE:
        weights, bias = fit([e.features for e in every], [e.is_birthday for e in every], [e.folder + e.page for e in every])
        write_model(args.output, sorted(by_folder), args.threshold, weights, bias, "train_birthday_model.py")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""Train the employer model (footprint/detect/employer_model.py) on the labelled pages, and say how
well it does on pages it was not trained on.

    pip install -e '.[train]'
    python bench/train_employer_model.py [PAGES_DIR ...] [--write] [--threshold P]   (default tests/data/pages*)

Every organisation-shaped name on every page is an example: right if the page's labels give it as the
person's current employer. First the folders take turns as the held-out set (the model is trained on
the others), and for each threshold it prints precision and recall, per page as
bench/page_accuracy.py counts them, of the cues alone, of the model's best name on each page where the
cues find none of the person's (what footprint does), and of every name the model rates above the
threshold added to the cues. --write then trains on every folder and writes
footprint/data/employer_model.json with the threshold given by --threshold.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from linear_model import ROOT, arguments, fit, held_out, labelled_pages, line, write_model

from footprint.detect.employer_model import candidates
from footprint.detect.work import employers_by_cues
from footprint.text import fold

MODEL_FILE = ROOT / "footprint" / "data" / "employer_model.json"
Page = tuple[str, str]


@dataclass
class Example:
    folder: str
    page: str
    name: str  # folded, as a finding gives it
    features: frozenset[str]
    is_employer: bool


def page_examples(folder: Path) -> tuple[list[Example], dict[Page, set[str]], dict[Page, dict[str, bool | None]]]:
    examples: list[Example] = []
    wanted: dict[Page, set[str]] = {}
    by_rules: dict[Page, dict[str, bool | None]] = {}
    for page, expected, document, subject in labelled_pages(folder):
        employers = {fold(" ".join(name.split())) for name in expected.get("employer", [])}
        wanted[(folder.name, page)] = employers
        by_rules[(folder.name, page)] = {fold(d.value): d.owner for d in employers_by_cues(document, subject) if d.owner is not False}
        examples += [Example(folder.name, page, fold(c.name), c.features, fold(c.name) in employers) for c in candidates(document, subject)]
    return examples, wanted, by_rules


def score(chosen: dict[Page, set[str]], wanted: dict[Page, set[str]]) -> tuple[int, int, int]:
    true = sum(len(names & wanted[page]) for page, names in chosen.items())
    false = sum(len(names - wanted[page]) for page, names in chosen.items())
    return true, false, sum(len(names) for names in wanted.values()) - true


def main(argv: list[str]) -> int:
    args = arguments(__doc__.split("\n")[0], MODEL_FILE, 0.7).parse_args(argv[1:])
    by_folder: dict[str, list[Example]] = {}
    wanted: dict[Page, set[str]] = {}
    by_rules: dict[Page, dict[str, bool | None]] = {}
    for folder in args.folders:
        examples, page_labels, rules = page_examples(folder)
        by_folder[folder.name] = examples
        wanted.update(page_labels)
        by_rules.update(rules)
    every = [e for examples in by_folder.values() for e in examples]
    reachable = sum(len(names & {e.name for e in every if (e.folder, e.page) == page}) for page, names in wanted.items())
    print(f"{len(every)} names, {sum(e.is_employer for e in every)} employers among them "
          f"({reachable} of {sum(len(n) for n in wanted.values())} labelled)")
    if not args.no_held_out:  # the per-folder report; retraining alone does not need it
        scored = held_out(by_folder, lambda e: e.features, lambda e: e.is_employer, lambda e: e.folder + e.page)
        best: dict[Page, tuple[float, str]] = {}
        rated: dict[tuple[str, str, str], float] = {}
        for example, p in scored:
            page = (example.folder, example.page)
            rated[(example.folder, example.page, example.name)] = p
            if page not in best or p > best[page][0]:
                best[page] = (p, example.name)
        print("each folder scored by a model trained on the others:")
        cue_names = {page: set(owners) for page, owners in by_rules.items()}
        print(line("cues", score(cue_names, wanted)))
        for threshold in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
            cues_else_best = {page: cue_names.get(page) or ({best[page][1]} if page in best and best[page][0] >= threshold else set())
                              for page in wanted}
            print(line(f"cues else best >= {threshold}", score(cues_else_best, wanted)))
            # What footprint does: beside a workplace the cues give as the person's, one they leave unattributed only
            # when the model rates it at least the threshold.
            weighed = {page: ({name for name, owner in owners.items() if owner is True or rated.get((*page, name), 0.0) >= threshold}
                              if True in owners.values() else set(owners)) for page, owners in by_rules.items()}
            weighed_else_best = {page: weighed.get(page) or ({best[page][1]} if page in best and best[page][0] >= threshold else set())
                                 for page in wanted}
            print(line(f"weighed cues else best >= {threshold}", score(weighed_else_best, wanted)))
            every_above = {page: set(cue_names.get(page, set())) for page in wanted}
            for example, p in scored:
                if p >= threshold:
                    every_above[(example.folder, example.page)].add(example.name)
            print(line(f"cues and all >= {threshold}", score(every_above, wanted)))
    if args.write or args.output != MODEL_FILE:
        weights, bias = fit([e.features for e in every], [e.is_employer for e in every], [e.folder + e.page for e in every])
        write_model(args.output, sorted(by_folder), args.threshold, weights, bias, "train_employer_model.py")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

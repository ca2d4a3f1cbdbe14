"""Per-kind precision and recall of the page detectors against labelled pages.

    python bench/page_accuracy.py [PAGES_DIR ...] [--misses]    (default ../shared/corpus/pages)

Each page is read as `footprint inspect FILE --json --name OWNER` reads it; findings whose
owner is not False are compared with labels.json (conventions in ../shared/corpus/pages/README.md
and tests/data/README.md). With several folders it prints each, then all of them together.
--misses prints every missed and every extra value with its page and the sentence it stands in.

Targets: precision >= 0.95 and recall >= 0.90 for email, phone and postcode; precision >= 0.85
and recall >= 0.80 for school, child, birthday, employer and practice.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from footprint.collect.fetch import OfflineFetcher
from footprint.collect.pages import read_local_page
from footprint.detect.contact import DAY_MONTH, MONTH_DAY, MONTHS, day_number
from footprint.model import Detection, Subject
from footprint.pipeline import inspect_pages
from footprint.text import fold, sentence_around

DEFAULT_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "pages"
KINDS = ("email", "phone", "postcode", "school", "child", "birthday", "employer", "practice")
TARGETS = {"email": (0.95, 0.90), "phone": (0.95, 0.90), "postcode": (0.95, 0.90)}
DEFAULT_TARGET = (0.85, 0.80)


def comparable(kind: str, value: str) -> str:
    value = " ".join(value.split())
    if kind == "birthday":
        return value[-5:]  # "YYYY-MM-DD" and "MM-DD" compare on the day
    return fold(value)


def matches(kind: str, predicted: str, label: str) -> bool:
    if kind == "practice":  # the label is a lower-case substring of the sentence
        return fold(" ".join(label.split())) in fold(" ".join(predicted.split()))
    return comparable(kind, predicted) == comparable(kind, label)


@dataclass
class Tally:
    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.true_pos / (self.true_pos + self.false_pos) if self.true_pos + self.false_pos else 1.0

    @property
    def recall(self) -> float:
        return self.true_pos / (self.true_pos + self.false_neg) if self.true_pos + self.false_neg else 1.0

    def add(self, other: Tally) -> None:
        self.true_pos += other.true_pos
        self.false_pos += other.false_pos
        self.false_neg += other.false_neg
        self.errors += other.errors


def page_findings(path: Path, owner: str) -> list[Detection]:
    """What `footprint inspect PATH --json --name OWNER` reports, keeping what is not someone else's."""
    inspection = inspect_pages([str(path)], Subject(full_name=" ".join(owner.split())), OfflineFetcher(None), read_images=False)
    return [d for d in inspection.detections if d.owner is not False]


DAY_FIRST, MONTH_FIRST = re.compile(DAY_MONTH, re.IGNORECASE), re.compile(MONTH_DAY, re.IGNORECASE)


def written_date(text: str, month_day: str) -> tuple[int, int] | None:
    """Where a birthday label ("06-19") is written as a day and month name ("19th June", "Mehefin 19")."""
    month, day = (int(part) for part in month_day.split("-"))
    for pattern, day_group, month_group in ((DAY_FIRST, 1, 2), (MONTH_FIRST, 2, 1)):
        for match in pattern.finditer(text):
            if day_number(match[day_group]) == day and MONTHS.get(match[month_group].lower()) == month:
                return match.start(), match.end()
    return None


def context_of(text: str, value: str) -> str:
    """The sentence a missed value stands in, to see at a glance why it was missed."""
    position = fold(text).find(fold(value))
    span = (position, position + len(value)) if position != -1 else None
    if span is None and re.fullmatch(r"\d\d-\d\d", value):
        span = written_date(text, value)
    if span is None:
        return "(not found as written in the page text)"
    _, sentence = sentence_around(text, *span)
    return " ".join(sentence.split())[:200]


def evaluate(pages_dir: Path) -> dict[str, Tally]:
    labels = json.loads((pages_dir / "labels.json").read_text(encoding="utf-8"))
    tallies: dict[str, Tally] = defaultdict(Tally)
    for page_name, expected in sorted(labels.items()):
        path = pages_dir / page_name
        found = page_findings(path, expected["owner"])
        _, document = read_local_page(path, "S1")
        text = document.text if document else ""
        for kind in KINDS:
            predicted = {comparable(kind, d.value): d for d in found if d.kind == kind}
            wanted = list(expected.get(kind, []))
            tally = tallies[kind]
            matched_labels: set[int] = set()
            for detection in predicted.values():
                hits = [i for i, label in enumerate(wanted) if matches(kind, detection.value, label)]
                new = [i for i in hits if i not in matched_labels]
                if new:
                    tally.true_pos += 1
                    matched_labels.add(new[0])
                elif not hits:
                    tally.false_pos += 1
                    tally.errors.append(f"{page_name}: extra {detection.value!r}  <- {detection.evidence[:160]!r}")
                # A second sentence matching an already-found label is neither right nor wrong.
            for index, label in enumerate(wanted):
                if index not in matched_labels:
                    tally.false_neg += 1
                    tally.errors.append(f"{page_name}: missed {label!r}  in {context_of(text, label)!r}")
    return tallies


def print_table(title: str, tallies: dict[str, Tally]) -> bool:
    print(title)
    print(f"  {'kind':10} {'precision':>9} {'recall':>7}  target   tp  fp  fn")
    all_met = True
    for kind in KINDS:
        tally = tallies[kind]
        want_p, want_r = TARGETS.get(kind, DEFAULT_TARGET)
        met = tally.precision >= want_p and tally.recall >= want_r
        all_met &= met
        print(f"  {kind:10} {tally.precision:9.2f} {tally.recall:7.2f}  {'met' if met else 'MISSED':7} "
              f"{tally.true_pos:3} {tally.false_pos:3} {tally.false_neg:3}")
    return all_met


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[DEFAULT_DIR])
    parser.add_argument("--misses", action="store_true", help="print every missed and extra value with its sentence")
    args = parser.parse_args(argv[1:])
    total: dict[str, Tally] = defaultdict(Tally)
    all_met = True
    for folder in args.folders:
        if not (folder / "labels.json").exists():
            print(f"no labels.json in {folder}")
            return 2
        tallies = evaluate(folder)
        pages = len(json.loads((folder / "labels.json").read_text(encoding="utf-8")))
        all_met &= print_table(f"{folder} ({pages} pages)", tallies)
        for kind, tally in tallies.items():
            total[kind].add(tally)
        if args.misses:
            for kind in KINDS:
                for error in tallies[kind].errors:
                    print(f"    {kind}: {error}")
    if len(args.folders) > 1:
        print_table("all folders together", total)
    print("all targets met in every folder" if all_met else "some targets missed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

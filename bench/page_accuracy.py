"""Per-kind precision and recall of the page detectors against labelled pages.

    python bench/page_accuracy.py [PAGES_DIR]     (default ../shared/corpus/pages)

Each page is read as `footprint inspect FILE --json --name OWNER` reads it; findings whose
`subject` is not false are compared with labels.json (conventions in that folder's README).
Targets: precision >= 0.95 and recall >= 0.90 for email, phone and postcode; precision >= 0.85
and recall >= 0.80 for school, child, birthday, employer and practice.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from footprint.collect.pages import read_local_page
from footprint.detect import detect_document
from footprint.detect.text import fold
from footprint.model import Subject

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
        return fold(label) in fold(predicted)
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


def evaluate(pages_dir: Path) -> dict[str, Tally]:
    labels = json.loads((pages_dir / "labels.json").read_text(encoding="utf-8"))
    tallies: dict[str, Tally] = defaultdict(Tally)
    for page_name, expected in sorted(labels.items()):
        _, document = read_local_page(pages_dir / page_name, "S1")
        subject = Subject(full_name=expected["owner"])
        found = [d for d in detect_document(document, subject) if d.subject is not False] if document else []
        for kind in KINDS:
            predicted = {comparable(kind, d.value): d.value for d in found if d.kind == kind}
            wanted = list(expected.get(kind, []))
            tally = tallies[kind]
            for value in predicted.values():
                if any(matches(kind, value, label) for label in wanted):
                    tally.true_pos += 1
                else:
                    tally.false_pos += 1
                    tally.errors.append(f"{page_name}: extra {value!r}")
            for label in wanted:
                if not any(matches(kind, value, label) for value in predicted.values()):
                    tally.false_neg += 1
                    tally.errors.append(f"{page_name}: missed {label!r}")
            # Several predictions can match one label (practice sentences); count the label once.
            tally.true_pos -= max(0, sum(any(matches(kind, v, l) for l in wanted) for v in predicted.values()) - len(wanted))
    return tallies


def main(argv: list[str]) -> int:
    pages_dir = Path(argv[1]) if len(argv) > 1 else DEFAULT_DIR
    if not (pages_dir / "labels.json").exists():
        print(f"no labels.json in {pages_dir}")
        return 2
    tallies = evaluate(pages_dir)
    print(f"{'kind':10} {'precision':>9} {'recall':>7}  target   tp  fp  fn")
    all_met = True
    for kind in KINDS:
        tally = tallies[kind]
        want_p, want_r = TARGETS.get(kind, DEFAULT_TARGET)
        met = tally.precision >= want_p and tally.recall >= want_r
        all_met &= met
        print(f"{kind:10} {tally.precision:9.2f} {tally.recall:7.2f}  {'met' if met else 'MISSED':7} {tally.true_pos:3} {tally.false_pos:3} {tally.false_neg:3}")
    print("all targets met" if all_met else "some targets missed")
    for kind in KINDS:
        for error in tallies[kind].errors:
            print(f"  {kind}: {error}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""How well footprint tells search results about the person from namesakes and noise.

    python bench/attribution_accuracy.py [LABELLED.json ...] [--misses]

Each file holds fictional subjects and hand-labelled results (format in tests/data/README.md).
Every subject's results go through the attribution stage together, as an audit sends them.
A result counts as the person's when its score reaches the attribution threshold.
Labels: subject (positive); namesake, unrelated and unsure (negatives: an undecidable result
must not be claimed as the person's; it belongs in "possibly you"); clone (left out of
precision and recall, and checked separately: it must be flagged as a possible clone).
`expect: people_finder` marks the person's own people-finder listing, which must be found.

Prints precision and recall per file and overall, and with --misses every wrong decision with
its reasons. Target: precision >= 0.90 at recall >= 0.80 on every file.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from footprint.attribute import ATTRIBUTION_THRESHOLD, attribute
from footprint.inputs import birth_year
from footprint.model import Attribution, QueryType, SearchResult, Source, SourceKind, Subject
from footprint.pipeline import detect_in_results
from footprint.sites import classify_url, normalise_url

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
DEFAULT_SETS = (DATA / "attribution_labelled.json", DATA / "attribution_heldout.json")
TARGET = (0.90, 0.80)


@dataclass(frozen=True)
class Scored:
    subject: str
    label: str
    expect: str
    attribution: Attribution
    detections: tuple[str, ...]
    title: str
    href: str

    @property
    def claimed(self) -> bool:
        return self.attribution.score >= ATTRIBUTION_THRESHOLD


def subject_from(raw: dict) -> Subject:
    employer = raw.get("employer", "")
    return Subject(
        full_name=raw["full_name"], other_names=tuple(raw.get("other_names", ())),
        short_names=tuple(raw.get("short_names", ())), towns=tuple(raw.get("towns", ())),
        employer=employer, employer_aliases=tuple(raw.get("employer_aliases", ())), role=raw.get("role", ""),
        profile_urls=tuple(raw.get("profile_urls", ())),
        born=birth_year(age=raw.get("age"), born=raw.get("born")),
    )


def score_file(path: Path) -> list[Scored]:
    data = json.loads(path.read_text(encoding="utf-8"))
    scored: list[Scored] = []
    for key, raw_subject in data["subjects"].items():
        subject = subject_from(raw_subject)
        declared = {normalise_url(u) for u in subject.profile_urls}
        items = [item for item in data["results"] if item["subject"] == key]
        results = []
        for number, item in enumerate(items, start=1):
            href = item.get("href") or item.get("url") or ""
            platform, site_kind = classify_url(href)
            source = Source(id=f"R{number}", kind=SourceKind.RESULT, location=href, title=item.get("title", ""),
                            platform=platform, site_kind=site_kind, declared=normalise_url(href) in declared)
            result = SearchResult(query=item.get("query", ""), type=QueryType(item.get("type", "text")),
                                  title=item.get("title", ""), href=href, body=item.get("body", ""),
                                  image=item.get("image", ""))
            results.append((source, result))
        attributions = attribute(subject, results)
        found = detect_in_results(subject, results, attributions)
        for (source, _), item in zip(results, items, strict=True):
            kinds = tuple(sorted({d.kind for d in found if d.source_id == source.id}))
            scored.append(Scored(key, item["label"], item.get("expect", ""), attributions[source.id], kinds,
                                 item.get("title", ""), source.location))
    return scored


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    true_pos: int
    false_pos: int
    false_neg: int


def precision_recall(scored: list[Scored]) -> Score:
    counted = [s for s in scored if s.label != "clone"]
    true_pos = sum(s.claimed and s.label == "subject" for s in counted)
    false_pos = sum(s.claimed and s.label != "subject" for s in counted)
    false_neg = sum(not s.claimed and s.label == "subject" for s in counted)
    precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 1.0
    recall = true_pos / (true_pos + false_neg) if true_pos + false_neg else 1.0
    return Score(precision, recall, true_pos, false_pos, false_neg)


def expectations(scored: list[Scored]) -> list[str]:
    """Clones and people-finder listings that were expected but not flagged, one line each."""
    missed = []
    for s in scored:
        if s.expect == "people_finder" and "people_finder" not in s.detections:
            missed.append(f"people-finder listing not found: {s.title}")
        if (s.expect == "clone" or s.label == "clone") and "possible_clone" not in s.detections:
            missed.append(f"clone not flagged: {s.title}")
    return missed


def describe(s: Scored) -> str:
    reasons = "; ".join([*("+ " + r for r in s.attribution.reasons_for), *("- " + r for r in s.attribution.reasons_against)])
    return f"{s.subject:10} {s.label:9} {s.attribution.score:.2f}  {s.title[:70]}\n{'':22}{reasons}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", type=Path, default=list(DEFAULT_SETS))
    parser.add_argument("--misses", action="store_true", help="print every wrong decision with its reasons")
    args = parser.parse_args(argv[1:])
    all_met = True
    everything: list[Scored] = []
    for path in args.files:
        scored = score_file(path)
        everything += scored
        score = precision_recall(scored)
        missed = expectations(scored)
        met = score.precision >= TARGET[0] and score.recall >= TARGET[1] and not missed
        all_met &= met
        positives = sum(s.label == "subject" for s in scored)
        print(f"{path.name}: {len(scored)} results ({positives} about the person)  precision {score.precision:.2f}  "
              f"recall {score.recall:.2f}  (tp {score.true_pos}, fp {score.false_pos}, fn {score.false_neg})  "
              f"{'met' if met else 'NOT met'}")
        for line in missed:
            print(f"  {line}")
        if args.misses:
            for s in scored:
                wrong = s.label != "clone" and s.claimed != (s.label == "subject")
                if wrong:
                    print("  " + describe(s))
    if len(args.files) > 1:
        total = precision_recall(everything)
        print(f"all: precision {total.precision:.2f}  recall {total.recall:.2f}")
    print(f"target: precision >= {TARGET[0]:.2f} at recall >= {TARGET[1]:.2f} on every set ->", "met" if all_met else "NOT met")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

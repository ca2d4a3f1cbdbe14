"""How well footprint tells search results about the person from namesakes and noise.

    python bench/attribution_accuracy.py [LABELLED.json]

Prints precision and recall of "about this person" (confidence >= the attribution
threshold) against hand-labelled results, a sweep over other thresholds, and every
mistake. Target: precision >= 0.90 at recall >= 0.80. The default set is the development
set under tests/data; pass a held-out file in the same format to measure generalisation.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from footprint.collect.search import SearchResult
from footprint.detect.results import ATTRIBUTION_THRESHOLD, about_subject
from footprint.model import Subject

DEFAULT_SET = Path(__file__).resolve().parent.parent / "tests" / "data" / "attribution_labelled.json"


@dataclass(frozen=True)
class Scored:
    subject: str
    label: str
    score: float
    title: str


def score_all(path: Path) -> list[Scored]:
    data = json.loads(path.read_text(encoding="utf-8"))
    subjects = {
        key: Subject(full_name=s["full_name"], other_names=tuple(s["other_names"]), towns=tuple(s["towns"]),
                     employer=s["employer"], role=s["role"], profile_urls=tuple(s["profile_urls"]))
        for key, s in data["subjects"].items()
    }
    scored = []
    for item in data["results"]:
        result = SearchResult(query="", type="text", title=item["title"], href=item["href"], body=item["body"])
        scored.append(Scored(item["subject"], item["label"], about_subject(subjects[item["subject"]], result), item["title"]))
    return scored


def precision_recall(scored: list[Scored], threshold: float) -> tuple[float, float, int, int, int]:
    true_pos = sum(s.score >= threshold and s.label == "subject" for s in scored)
    false_pos = sum(s.score >= threshold and s.label != "subject" for s in scored)
    false_neg = sum(s.score < threshold and s.label == "subject" for s in scored)
    precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 1.0
    recall = true_pos / (true_pos + false_neg) if true_pos + false_neg else 1.0
    return precision, recall, true_pos, false_pos, false_neg


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT_SET
    scored = score_all(path)
    precision, recall, tp, fp, fn = precision_recall(scored, ATTRIBUTION_THRESHOLD)
    print(f"labelled results: {len(scored)} ({sum(s.label == 'subject' for s in scored)} about the person) from {path.name}")
    print(f"threshold {ATTRIBUTION_THRESHOLD}: precision {precision:.2f}  recall {recall:.2f}  (tp {tp}, fp {fp}, fn {fn})")
    print("target: precision >= 0.90 at recall >= 0.80 ->", "met" if precision >= 0.9 and recall >= 0.8 else "NOT met")
    print("\nthreshold  precision  recall")
    for threshold in (0.4, 0.5, 0.6, 0.7, 0.8):
        p, r, *_ = precision_recall(scored, threshold)
        print(f"  {threshold:.1f}       {p:.2f}      {r:.2f}")
    mistakes = [s for s in scored if (s.score >= ATTRIBUTION_THRESHOLD) != (s.label == "subject")]
    if mistakes:
        print("\nmistakes:")
        for s in mistakes:
            print(f"  {s.subject:7} {s.label:9} score {s.score:.2f}  {s.title}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

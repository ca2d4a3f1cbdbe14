"""Fitting the linear models footprint ships (footprint/detect/learned.py), for the train_*_model.py
scripts: scikit-learn's logistic regression, used offline only (pip install -e '.[train]')."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from footprint.collect.pages import read_local_page
from footprint.detect.learned import LinearModel
from footprint.model import Document, Subject

ROOT = Path(__file__).resolve().parent.parent
Example = TypeVar("Example")

MIN_PAGES_PER_WORD = 2  # a word seen on one page only is that page's, not a kind of phrasing
REGULARISATION = 0.5  # inverse strength (scikit-learn's C): small, so no single word can carry a candidate


def fit(features: Sequence[frozenset[str]], labels: Sequence[bool], pages: Sequence[str]) -> tuple[dict[str, float], float]:
    """(weights, bias) of a class-balanced logistic regression. Lexical features (those with a ':' after
    a prefix of one or two letters and a digit, or "w:") seen on one page only are dropped."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    pages_per_feature: dict[str, set[str]] = {}
    for feature_set, page in zip(features, pages, strict=True):
        for feature in feature_set:
            pages_per_feature.setdefault(feature, set()).add(page)
    kept = {f for f, seen_on in pages_per_feature.items() if len(seen_on) >= MIN_PAGES_PER_WORD or not lexical(f)}
    vectoriser = DictVectorizer()
    matrix = vectoriser.fit_transform([{f: 1 for f in feature_set if f in kept} for feature_set in features])
    model = LogisticRegression(C=REGULARISATION, class_weight="balanced", max_iter=5000)
    model.fit(matrix, list(labels))
    weights = {name: round(float(w), 4) for name, w in zip(vectoriser.get_feature_names_out(), model.coef_[0], strict=True) if abs(w) >= 1e-3}
    return weights, round(float(model.intercept_[0]), 4)


def lexical(feature: str) -> bool:
    """A feature that is one word in one place ("w:bay", "l1:mam"), not a class or a shape ("c:person")."""
    prefix = feature.split(":", 1)[0]
    return prefix in ("w", "lw", "rw") or (len(prefix) == 2 and prefix[1].isdigit())


def probability(weights: dict[str, float], bias: float, features: Iterable[str]) -> float:
    """As the shipped model scores: one place for the sum (footprint/detect/learned.py)."""
    return LinearModel(weights=weights, bias=bias, threshold=0.0).probability(features)


def write_model(path: Path, trained_on: list[str], threshold: float, weights: dict[str, float], bias: float, script: str,
                extra: dict[str, object] | None = None) -> None:
    data = {"_comment": f"Written by bench/{script} from the labelled pages in tests/data; do not edit by hand.",
            "trained_on": trained_on, "threshold": threshold, **(extra or {}), "bias": bias, "weights": dict(sorted(weights.items()))}
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {path}: {len(weights)} weights")


def arguments(description: str, model_file: Path, threshold: float) -> argparse.ArgumentParser:
    """The command line every train_*_model.py script takes."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("folders", nargs="*", type=Path, default=sorted((ROOT / "tests" / "data").glob("pages*")))
    parser.add_argument("--write", action="store_true", help="train on every folder and write the model file")
    parser.add_argument("--threshold", type=float, default=threshold)
    parser.add_argument("--output", type=Path, default=model_file, help="where --write writes the model")
    parser.add_argument("--no-held-out", action="store_true",
                        help="skip scoring each folder with a model trained on the others; only fit on every folder")
    return parser


def held_out(by_folder: dict[str, list[Example]], features: Callable[[Example], frozenset[str]],
             label: Callable[[Example], bool], page: Callable[[Example], str]) -> list[tuple[Example, float]]:
    """Each folder's examples with the probability a model trained on the other folders gives them."""
    scored: list[tuple[Example, float]] = []
    for name, examples in by_folder.items():
        training = [e for other, rest in by_folder.items() if other != name for e in rest]
        weights, bias = fit([features(e) for e in training], [label(e) for e in training], [page(e) for e in training])
        scored += [(e, probability(weights, bias, features(e))) for e in examples]
    return scored


def line(name: str, counts: tuple[int, int, int]) -> str:
    """One row of precision and recall from (right, wrong, missed)."""
    true, false, missed = counts
    precision = true / (true + false) if true + false else 1.0
    recall = true / (true + missed) if true + missed else 1.0
    return f"{name:>22}  P {precision:.2f}  R {recall:.2f}  ({true} right, {false} wrong, {missed} missed)"


def labelled_pages(folder: Path) -> Iterator[tuple[str, dict[str, Any], Document, Subject]]:
    """(file name, its labels, the page as footprint reads it, its owner) for each page of a labelled folder."""
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    for page, expected in sorted(labels.items()):
        _, document = read_local_page(folder / page, "S1")
        if document is not None:
            yield page, expected, document, Subject(full_name=" ".join(expected["owner"].split()))

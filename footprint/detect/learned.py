"""Linear models learned offline from the labelled pages (bench/train_*_model.py) and shipped as data:
a weight per feature, a bias, and the probability from which a candidate counts. Nothing is
downloaded; scoring is a sum of weights."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from footprint.datafiles import load_json


@dataclass(frozen=True)
class LinearModel:
    weights: dict[str, float]
    bias: float
    threshold: float  # the probability from which a candidate counts
    thresholds: dict[str, float] = field(default_factory=dict)  # per kind, where one model judges several

    def probability(self, features: Iterable[str]) -> float:
        # fsum rounds once, so the total does not depend on the order a set of features iterates in (which
        # changes with Python's hash seed): a candidate right at the threshold is judged the same on every run.
        total = math.fsum([self.bias, *(self.weights.get(feature, 0.0) for feature in features)])
        return 1.0 / (1.0 + math.exp(-total))


@cache
def load_model(name: str) -> LinearModel:
    """A model file in footprint/data, e.g. load_model("practice_model.json")."""
    data = load_json(name)
    return LinearModel(weights=dict(data["weights"]), bias=float(data["bias"]), threshold=float(data["threshold"]),
                       thresholds={kind: float(p) for kind, p in data.get("thresholds", {}).items()})

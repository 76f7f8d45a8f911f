"""The line classifier: a small logistic model over features.py's named features.

Weights are data (data/clean_line_model.yaml), fitted by `python -m newsgraph.clean.train`
on the labelled lines of our own fixture pages (tests/clean/fixtures/train_*). Scoring is a
dot product, so it needs neither scikit-learn nor numpy at run time.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from newsgraph.clean.features import FEATURE_NAMES

MODEL_FILE = "clean_line_model.yaml"


@dataclass(frozen=True)
class LineModel:
    """Logistic weights per feature name plus an intercept; P(boilerplate) = sigmoid(w·x + b)."""

    weights: dict[str, float]
    intercept: float

    def logit(self, feats: dict[str, float]) -> float:
        return self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())

    def probability(self, feats: dict[str, float]) -> float:
        """P(the line is boilerplate)."""
        z = max(-30.0, min(30.0, self.logit(feats)))
        return 1.0 / (1.0 + math.exp(-z))

    def strongest(self, feats: dict[str, float], sign: int = 1) -> str:
        """The feature that pushed hardest towards boilerplate (sign=1) or body (sign=-1)."""
        pushes = {k: sign * self.weights.get(k, 0.0) * v for k, v in feats.items()}
        return max(pushes, key=lambda k: pushes[k])


def load_model(path: Path | None = None) -> LineModel:
    """Read fitted weights; the packaged ones when no path is given."""
    if path is None:
        text = resources.files("newsgraph").joinpath("data", MODEL_FILE).read_text("utf-8")
    else:
        text = path.read_text("utf-8")
    raw = yaml.safe_load(text)
    weights = {name: float(raw["weights"].get(name, 0.0)) for name in FEATURE_NAMES}
    return LineModel(weights=weights, intercept=float(raw["intercept"]))


@lru_cache(maxsize=1)
def default_model() -> LineModel:
    """The packaged model, loaded once."""
    return load_model()

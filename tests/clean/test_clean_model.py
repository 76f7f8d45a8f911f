"""The line model: its stored weights are what the fixtures fit, and they point the right way."""

from __future__ import annotations

from pathlib import Path

from newsgraph.clean.model import default_model
from newsgraph.clean.train import fit

FIXTURES = Path(__file__).parent / "fixtures"


def test_stored_weights_are_reproduced_by_fitting_the_fixtures() -> None:
    weights, intercept, lines = fit(FIXTURES)
    stored = default_model()
    assert lines > 200
    assert weights == stored.weights and intercept == stored.intercept


def test_weights_push_chrome_up_and_prose_down() -> None:
    w = default_model().weights
    for chrome in ("lex_exact", "lex_prefix", "lex_contains", "site_repeat", "date_only"):
        assert w[chrome] > 0, chrome
    for prose in ("terminal", "words"):
        assert w[prose] < 0, prose

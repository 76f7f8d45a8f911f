"""The evidence sentences kept beside facts-only gold (`eval/*/evidence.json`) line up with the
gold events and are found in their pages."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[2] / "eval"
SETS = sorted(path.parent for path in EVAL.glob("*/evidence.json"))


def _kit():
    spec = importlib.util.spec_from_file_location("evidencekit", EVAL / "evidencekit.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("set_dir", SETS, ids=[s.name for s in SETS])
def test_evidence_lines_up_with_gold_and_is_in_the_page(set_dir):
    assert _kit().check(set_dir) == []


def test_the_checker_finds_a_sentence_not_in_the_page(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "pages" / "a.html").write_text("<p>Chile &amp; Peru met on Monday.</p>")
    event = {"type": "CONSULT", "actors": ["Chile"], "targets": ["Peru"]}
    gold = {"articles": [{"events": [event, event]}]}
    (tmp_path / "gold" / "a.html.json").write_text(json.dumps(gold))
    evidence = {"a.html": [["Chile & Peru met on Monday.", "Peru attacked Chile."]]}
    (tmp_path / "evidence.json").write_text(json.dumps(evidence))
    problems = _kit().check(tmp_path)
    assert len(problems) == 1 and "event 1" in problems[0]


def test_sentence_coverage_tells_a_missed_trigger_from_wrong_sides(monkeypatch):
    monkeypatch.syspath_prepend(str(EVAL))  # as when run: the script imports evidencekit beside it
    spec = importlib.util.spec_from_file_location("cov", EVAL / "sentence_coverage.py")
    cov = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(cov)
    gold = {"type": "ACCUSE", "actors": ["Chile"], "targets": ["Peru"]}
    coded = [
        {
            "type": "ACCUSE",
            "actors": ["Chile"],
            "targets": ["Bolivia"],
            "evidence": "Chile blamed Bolivia.",
        }
    ]
    assert cov._kind(0, gold, {}, coded, "Chile blamed Bolivia.") == "same type, other sides"
    assert cov._kind(0, gold, {}, coded, "Chile criticised Peru.") == "nothing from the sentence"
    assert cov._kind(0, gold, {0: 0}, coded, "Chile blamed Bolivia.") == "matched"

"""Fit the line model's weights on labelled fixture pages and write them as data.

    python -m newsgraph.clean.train tests/clean/fixtures [--out src/newsgraph/data/clean_line_model.yaml]

A fixture is `train_<name>.txt` with `train_<name>.gold.json` beside it (the articles the
page holds, as tests/clean/fixtures/README.md describes). Each non-empty line is labelled
body (0) when it is a paragraph of a gold article's text and boilerplate (1) when it is in
no gold field at all; headlines, comments and separators are left out, since other passes
decide them. Each page is also seen a second time as if its boilerplate lines had appeared
on SIMULATED_SITE_PAGES other pages of its site, which is what teaches `site_repeat`.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from newsgraph.clean.features import FEATURE_NAMES, Line, page_features
from newsgraph.clean.lexicon import default_lexicon, normalize_line
from newsgraph.clean.textpass import SEPARATOR_RE, split_lines

SIMULATED_SITE_PAGES = 10
# Lexicon seeding: every lexicon phrase is also shown once as a boilerplate line sitting
# between two prose paragraphs (the hard case: a promo or credit in mid-article), so
# the lexicon features learn their weight from the whole list, not only the fixtures' hits.
_PROSE = (
    "The ministry said on Tuesday that the talks would continue next week in the capital, "
    "according to officials who spoke to reporters after the meeting."
)
# L2 strength: the fixtures hold a few hundred lines, so weights are kept small enough to
# generalise. With C=1.0 (scikit-learn's default) the fit classifies 244 of the 250
# fixture lines right on its own; the sequence pass (textpass.py) does the rest.
REGULARISATION_C = 1.0


def _gold_sets(gold: dict) -> tuple[set[str], set[str]]:
    """(normalized body paragraphs, normalized lines of any other gold field)."""
    body, other = set(), set()
    for art in gold.get("articles", []):
        body |= {normalize_line(p) for p in art.get("paragraphs", [])}
        other |= {normalize_line(art.get("title") or "")}
        for c in art.get("comments", []):
            other |= {normalize_line(t) for t in c["text"].split("\n")}
            other.add(normalize_line(c.get("author") or ""))
    other.discard("")
    return body, other


def page_examples(text: str, gold: dict) -> tuple[list[list[float]], list[int]]:
    """Feature rows and labels for one page, plain and with simulated site repetition."""
    lines = split_lines(text)
    body, other = _gold_sets(gold)
    labels: list[int | None] = []
    for line in lines:
        if SEPARATOR_RE.match(line.text) or (line.norm in other and line.norm not in body):
            labels.append(None)
        else:
            labels.append(0 if line.norm in body else 1)
    site = Counter(
        {ln.norm: SIMULATED_SITE_PAGES for ln, y in zip(lines, labels, strict=True) if y == 1}
    )
    rows, ys = [], []
    for counts in (None, site):
        for feats, y in zip(page_features(lines, counts), labels, strict=True):
            if y is not None:
                rows.append([feats[n] for n in FEATURE_NAMES])
                ys.append(y)
    return rows, ys


# The seeds are all positives; at full weight they would move the intercept and make
# every short line look like chrome. At 0.5 the lexicon weights still clear the body
# features on the fixtures' mid-article promos ("Sign up for our newsletter ...").
SEED_WEIGHT = 0.5
SEED_CONTEXT = 4  # prose lines on each side: a seed sits mid-page, away from the edges


def _seed_line(kind: str, phrase: str) -> str:
    if kind == "exact":
        return phrase.capitalize()
    if kind == "prefix":
        return f"{phrase.capitalize()} officials at the scene of the meeting on Tuesday."
    return f"{phrase.capitalize()} and more."


def lexicon_examples() -> tuple[list[list[float]], list[int]]:
    """One boilerplate row per lexicon phrase, placed between two prose lines."""
    lex = default_lexicon()
    seeds = [("exact", p) for p in lex.exact]
    seeds += [("prefix", p) for p, _ in lex.prefix] + [("contains", p) for p, _ in lex.contains]
    rows = []
    for kind, phrase in seeds:
        text = [f"{_PROSE} ({k})" for k in range(SEED_CONTEXT)] + [_seed_line(kind, phrase)]
        text += [f"{_PROSE} [{k}]" for k in range(SEED_CONTEXT)]
        feats = page_features([Line(t, k) for k, t in enumerate(text)])[SEED_CONTEXT]
        rows.append([feats[n] for n in FEATURE_NAMES])
    return rows, [1] * len(rows)


def fit(fixtures: Path) -> tuple[dict[str, float], float, int]:
    """(weights, intercept, number of labelled lines) fitted on fixtures/train_*."""
    from sklearn.linear_model import LogisticRegression  # training only; not a run-time need

    rows: list[list[float]] = []
    ys: list[int] = []
    for page in sorted(fixtures.glob("train_*.txt")):
        gold = json.loads(page.with_suffix(".gold.json").read_text("utf-8"))
        r, y = page_examples(page.read_text("utf-8"), gold)
        rows += r
        ys += y
    weights = [1.0] * len(ys)
    r, y = lexicon_examples()
    rows += r
    ys += y
    weights += [SEED_WEIGHT] * len(y)
    model = LogisticRegression(C=REGULARISATION_C, max_iter=2000).fit(
        rows, ys, sample_weight=weights
    )
    fitted = {n: round(float(w), 3) for n, w in zip(FEATURE_NAMES, model.coef_[0], strict=True)}
    return fitted, round(float(model.intercept_[0]), 3), len(ys)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("fixtures", type=Path)
    default_out = Path(__file__).resolve().parents[1] / "data" / "clean_line_model.yaml"
    parser.add_argument("--out", type=Path, default=default_out)
    args = parser.parse_args()
    weights, intercept, n = fit(args.fixtures)
    header = (
        "# Logistic weights of the clean stage's line classifier: P(boilerplate) = sigmoid(w·x + b).\n"
        f"# Fitted by `python -m newsgraph.clean.train` on {n} labelled lines of tests/clean/fixtures/train_*\n"
        "# (our own pages). Feature meanings: newsgraph/clean/features.py FEATURE_NAMES.\n"
        "# A positive weight pushes a line towards boilerplate, a negative one towards body text.\n"
    )
    body = f"intercept: {intercept}\nweights:\n" + "".join(
        f"  {name}: {weights[name]}\n" for name in FEATURE_NAMES
    )
    args.out.write_text(header + body, "utf-8")
    print(f"wrote {args.out} from {n} lines")


if __name__ == "__main__":
    main()

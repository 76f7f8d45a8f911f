"""How far a learned sentence classifier could take event recall beyond the rule book: for
every sentence of the tuning sets with evidence (`eval/*/evidence.json`), the event types gold
tells there; a bag-of-lemmas logistic classifier is trained leave-one-set-out and scored at
several thresholds, and set against what the extractor already codes from each sentence.

Prints, per threshold, the classifier's precision and recall over sentence types, how many of
the types the rules miss it would find, and how many types it would add that gold does not
have. A feasibility probe for the next step, not part of the pipeline.

    .venv/bin/python eval/trigger_probe.py eval/dev2 eval/dev3 ... eval/dev12
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from evidencekit import flat, same_sentence
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.preprocessing import MultiLabelBinarizer

from newsgraph.api import extract
from newsgraph.extract.nlp import load_nlp

THRESHOLDS = (0.5, 0.6, 0.7, 0.8)
Row = tuple[str, set[str], set[str]]  # lemmas, gold types, types the extractor coded


def sentence_rows(set_dir: Path, nlp) -> list[Row]:
    """One row per sentence of every extracted article of a set."""
    evidence = json.loads((set_dir / "evidence.json").read_text(encoding="utf-8"))
    rows: list[Row] = []
    for name, lists in evidence.items():
        gold = json.loads((set_dir / "gold" / f"{name}.json").read_text(encoding="utf-8"))
        told = [
            (flat(sentence), event["type"])
            for article, sentences in zip(gold["articles"], lists, strict=True)
            for event, sentence in zip(article["events"], sentences, strict=True)
        ]
        path = set_dir / "pages" / name
        for article in extract(path.read_bytes(), source=str(path))["articles"]:
            coded = [(flat(e.get("evidence")), e["type"]) for e in article.get("events") or []]
            for sent in nlp(article.get("text") or "").sents:
                text = flat(sent.text)
                if len(text) < 20:
                    continue
                lemmas = " ".join(t.lemma_.lower() for t in sent if not t.is_punct)
                gold_types = {t for s, t in told if same_sentence(text, s)}
                coded_types = {t for s, t in coded if same_sentence(text, s)}
                rows.append((lemmas, gold_types, coded_types))
    return rows


def probe(sets: list[Path]) -> dict[float, Counter]:
    nlp = load_nlp()
    data = {s: sentence_rows(s, nlp) for s in sets}
    labels = MultiLabelBinarizer().fit([r[1] for rows in data.values() for r in rows])
    out = {th: Counter() for th in THRESHOLDS}
    for held in sets:
        train = [r for s in sets if s != held for r in data[s]]
        vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        model = OneVsRestClassifier(
            LogisticRegression(C=4, max_iter=2000, class_weight="balanced")
        ).fit(vec.fit_transform([r[0] for r in train]), labels.transform([r[1] for r in train]))
        probs = model.predict_proba(vec.transform([r[0] for r in data[held]]))
        for th, tally in out.items():
            for (_, gold, coded), p in zip(data[held], probs, strict=True):
                for j, kind in enumerate(labels.classes_):
                    hit = p[j] >= th
                    tally["gold"] += kind in gold
                    tally["predicted"] += hit
                    tally["right"] += hit and kind in gold
                    if kind in gold and kind not in coded:
                        tally["missed_by_rules"] += 1
                        tally["found"] += hit
                    tally["added_wrong"] += hit and kind not in gold and kind not in coded
    return out


if __name__ == "__main__":
    for th, t in probe([Path(a) for a in sys.argv[1:]]).items():
        print(
            f"threshold {th}: P {t['right'] / max(t['predicted'], 1):.2f} "
            f"R {t['right'] / max(t['gold'], 1):.2f}; of {t['missed_by_rules']} sentence types "
            f"the rules miss it finds {t['found']}, and adds {t['added_wrong']} wrong ones"
        )

"""Could a learned event coder recover what the rule book misses? A measurement, not part of
the pipeline.

For every sentence of the given tuning sets, each verb or noun the parse gives a participant
becomes a candidate event: its doer from the subject (or the owner, the naming modifier, the
"by" agent of a noun), its target from the object or a prepositional complement, both mapped to
sides as the extractor maps them. A candidate is labelled with a gold event's type when that
event's evidence sentence (`eval/*/evidence.json`) is the candidate's and its actors and targets
agree with the candidate's as `eval extract` compares them; otherwise it is labelled NONE.

Two things are printed:

1. where the rule book's misses stand: whether some candidate of the event's sentence already
   carries the gold participants (only the type is missing), whether the participants are named
   in the sentence but in other roles, or whether gold names a participant the sentence does not
   name at all (told earlier, or inferred by the annotator);
2. a multinomial logistic classifier over the candidates' parse features, trained leave-one-set-out,
   whose confident predictions are added to the extractor's events for the held-out set: events
   F1 over all sets before and after, per threshold. This is the honest estimate of what such a
   learned fallback would give on pages it has not seen;
3. the other way round, a logistic filter of the rules' own events (their kind, modality, whether
   their sides are named in their sentence, their entity types), trained leave-one-set-out on
   whether gold has them: events F1 when the held-out set loses the events it rates unlikely.

    .venv/bin/python eval/learned_fallback.py eval/dev2 eval/dev3 ... eval/dev16

It reaches into the event coder (a subclass records candidates while the real coder runs), which
only an evaluation script may do.
"""

from __future__ import annotations

import copy
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evidencekit import flat, same_sentence
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from newsgraph.api import shared_extractor
from newsgraph.evaluate.extract import (
    _alias_map,
    _canon,
    _event_score,
    _greedy,
    _overlaps,
    align_articles,
    evaluate_extract,
    load_gold,
)
from newsgraph.extract import events as coding
from newsgraph.ingest import read_bytes
from newsgraph.model import page_to_contract
from newsgraph.pipeline import extract_page

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from newsgraph.extract.context import ArticleContext
    from newsgraph.extract.events import Frame
    from newsgraph.extract.patterns import Pattern
    from newsgraph.model import Event

THRESHOLDS = (0.4, 0.5, 0.6, 0.7, 0.8)
TARGET_PREPS = frozenset({"to", "with", "against", "on", "at", "into", "from", "for",
                          "over", "toward", "towards", "upon", "of", "between", "in",
                          "across"})  # fmt: skip
STANDINGS = ("matched", "participants on a candidate", "participants in other roles",
             "a participant not named in the sentence", "no evidence sentence")  # fmt: skip


class RecordingCoder(coding.EventCoder):
    """The extractor's event coder, which also records every candidate of every sentence."""

    def __init__(self, coder: coding.EventCoder) -> None:
        super().__init__(coder.book, coder.lex)
        self.rows: list[dict[str, Any]] = []
        self.coded: set[tuple[int, int]] = set()  # (article, token) pairs the rules coded

    def code(self, sent: Span, ctx: ArticleContext) -> list[Event]:
        found = super().code(sent, ctx)
        for row in self._candidates(sent, ctx):
            row["rule_types"] = sorted({e.type for e in found})
            self.rows.append(row)
        return found

    def _event(
        self, pattern: Pattern, tok: Token, sent: Span, frame: Frame, ctx: ArticleContext
    ) -> Event:
        self.coded.add((id(ctx.article), tok.i))
        return super()._event(pattern, tok, sent, frame, ctx)

    def _candidates(self, sent: Span, ctx: ArticleContext) -> Iterator[dict[str, Any]]:
        for tok in sent:
            pos = coding._pos(tok)
            if pos is None or ctx.table.at(tok.i) is not None:
                continue
            actors, actor_slot = self._doers(tok, pos, ctx)
            targets, target_slot = _receivers(tok, ctx)
            actors, targets = _sides(actors, ctx), _sides(targets, ctx)
            targets = [t for t in targets if t not in actors]
            if not actors:
                continue
            lemma = tok.lemma_.lower()
            feats = [f"l={lemma}", f"p={pos}", f"d={tok.dep_}", f"t={tok.tag_}",
                     f"l|d={lemma}|{tok.dep_}", f"h={tok.head.lemma_.lower()}",
                     f"hd={tok.head.dep_}|{tok.dep_}", f"aslot={actor_slot}",
                     f"tslot={target_slot}", f"l|tslot={lemma}|{target_slot}",
                     f"hasT={bool(targets)}"]  # fmt: skip
            for child in tok.children:
                if child.dep_ == "neg":
                    feats.append("neg")
                elif child.dep_ in ("aux", "auxpass"):
                    feats.append(f"aux={child.lemma_.lower()}")
                elif child.dep_ == "prep":
                    feats += [f"prep={child.lower_}", f"l|prep={lemma}|{child.lower_}"]
                elif child.dep_ in ("dobj", "prt", "xcomp", "ccomp", "acomp", "attr", "amod"):
                    feats.append(f"c={child.dep_}:{child.lemma_.lower()}")
            feats += [f"book={p.category}:{p.mode}" for p in self.book.get(lemma, pos)]
            feats.append(f"person={ctx.participants.is_person(actors[0])}")
            yield {
                "article": id(ctx.article),
                "sentence": flat(sent.text),
                "token": tok.i,
                "feats": feats,
                "actors": actors,
                "targets": targets,
                "modality": ctx.reader.read(tok, sent).modality,
            }

    def _doers(self, tok: Token, pos: str, ctx: ArticleContext) -> tuple[list[str], str | None]:
        if pos == "verb":
            return self._verb_subject(tok, ctx), "subject"
        for child in tok.children:
            if child.dep_ == "poss":
                return ctx.participants.names(child), "owner"
            if child.dep_ in ("amod", "compound") and ctx.table.at(child.i) is not None:
                return ctx.participants.names(child), "modifier"
            if child.dep_ == "prep" and child.lower_ == "by":
                return [n for g in child.children for n in ctx.participants.names(g)], "by"
        verb = coding._governing_verb(tok)
        return (self._verb_subject(verb, ctx), "governor") if verb is not None else ([], None)


def _receivers(tok: Token, ctx: ArticleContext) -> tuple[list[str], str | None]:
    for child in tok.children:
        if child.dep_ in ("dobj", "dative", "nsubjpass") and (
            names := ctx.participants.names(child)
        ):
            return names, child.dep_
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
            names = [
                n for g in child.children if g.dep_ == "pobj" for n in ctx.participants.names(g)
            ]
            if names:
                return names, f"prep:{child.lower_}"
    return [], None


def _sides(names: list[str], ctx: ArticleContext) -> list[str]:
    out: list[str] = []
    for name in names:
        if (side := ctx.participants.side_of(name)) not in out:
            out.append(side)
    return out


def collect(set_dir: Path) -> tuple[list[dict], dict[str, dict], dict[str, dict]]:
    """Labelled candidates, the extractor's output and gold for every page of a set."""
    extractor = shared_extractor()
    original = extractor.events
    recorder = RecordingCoder(original)
    extractor.events = recorder
    evidence = json.loads((set_dir / "evidence.json").read_text(encoding="utf-8"))
    gold = load_gold(set_dir / "gold")
    rows: list[dict] = []
    preds: dict[str, dict] = {}
    for name, page in gold.items():
        path = set_dir / "pages" / name
        recorder.rows.clear()
        _, articles = extract_page(read_bytes(str(path), path.read_bytes()), extractor)
        preds[name] = pred = page_to_contract(str(path), articles)
        index = {id(a): k for k, a in enumerate(articles)}
        for row in recorder.rows:
            row["page"], row["art"] = name, index[row["article"]]
            row["rule_token"] = (row["article"], row["token"]) in recorder.coded
            row["label"] = "NONE"
        for gi, pi in align_articles(page["articles"], pred["articles"]):
            aliases = _alias_map(pred["articles"][pi], page["articles"][gi])
            told = list(zip(page["articles"][gi]["events"], evidence[name][gi], strict=True))
            for row in (r for r in recorder.rows if r["art"] == pi):
                actors, targets = _canon(row["actors"], aliases), _canon(row["targets"], aliases)
                for event, sentence in told:
                    if (
                        same_sentence(flat(sentence), row["sentence"])
                        and _overlaps(_canon(event.get("actors"), aliases), actors)
                        and _overlaps(_canon(event.get("targets"), aliases), targets)
                    ):
                        row["label"] = event["type"]
                        break
        rows += recorder.rows
    extractor.events = original
    return rows, preds, gold


def standings(set_dir: Path, rows: list[dict], preds: dict, gold: dict) -> Counter:
    """Where each gold event stands against the rules' output and the candidates (STANDINGS)."""
    evidence = json.loads((set_dir / "evidence.json").read_text(encoding="utf-8"))
    out: Counter = Counter()
    for name, page in gold.items():
        for gi, pi in align_articles(page["articles"], preds[name]["articles"]):
            g, p = page["articles"][gi], preds[name]["articles"][pi]
            aliases = _alias_map(p, g)
            matched = dict(_greedy(g["events"], p["events"], _event_score(aliases)))
            here = [r for r in rows if r["page"] == name and r["art"] == pi]
            for i, (event, sentence) in enumerate(
                zip(g["events"], evidence[name][gi], strict=True)
            ):
                out[_standing(i in matched, event, flat(sentence), here, aliases)] += 1
    return out


def _standing(
    matched: bool, event: dict, sentence: str, rows: list[dict], aliases: dict[str, str]
) -> str:
    if matched:
        return STANDINGS[0]
    if not sentence:
        return STANDINGS[4]
    here = [r for r in rows if same_sentence(sentence, r["sentence"])]
    actors, targets = _canon(event.get("actors"), aliases), _canon(event.get("targets"), aliases)
    if any(
        _overlaps(actors, _canon(r["actors"], aliases))
        and _overlaps(targets, _canon(r["targets"], aliases))
        for r in here
    ):
        return STANDINGS[1]
    named = {n for r in here for n in _canon(r["actors"] + r["targets"], aliases)}
    return STANDINGS[2] if actors | targets <= named else STANDINGS[3]


def _features(row: dict) -> dict[str, float]:
    feats = dict.fromkeys(row["feats"], 1.0)
    feats.update({f"rule={t}": 1.0 for t in row["rule_types"]})
    feats["rule_token"] = float(row["rule_token"])
    return feats


def cross_validate(data: dict[Path, tuple[list[dict], dict, dict]]) -> dict[Any, Counter]:
    """Events tp/fp/fn over all sets: the rules alone, and with the held-out predictions added
    at each threshold (never on a token the rules coded, never twice in an article)."""
    out: dict[Any, Counter] = {key: Counter() for key in ("rules", *THRESHOLDS)}
    for held, (rows, preds, gold) in data.items():
        train = [r for s, (rs, _, _) in data.items() if s != held for r in rs]
        vectorizer = DictVectorizer()
        model = LogisticRegression(max_iter=3000).fit(
            vectorizer.fit_transform([_features(r) for r in train]), [r["label"] for r in train]
        )
        probs = model.predict_proba(vectorizer.transform([_features(r) for r in rows]))
        out["rules"].update(_score(preds, gold))
        for threshold in THRESHOLDS:
            added = copy.deepcopy(preds)
            for row, p in zip(rows, probs, strict=True):
                kind = model.classes_[p.argmax()]
                if kind == "NONE" or p.max() < threshold or row["rule_token"]:
                    continue
                events = added[row["page"]]["articles"][row["art"]]["events"]
                key = (kind, row["actors"], row["targets"])
                if all((e["type"], e["actors"], e["targets"]) != key for e in events):
                    events.append(
                        {"type": kind, "actors": row["actors"], "targets": row["targets"],
                         "evidence": row["sentence"], "modality": row["modality"]}
                    )  # fmt: skip
            out[threshold].update(_score(added, gold))
    return out


def _score(preds: dict[str, dict], gold: dict[str, dict]) -> Counter:
    pages = [preds[name] for name in gold]
    events = evaluate_extract(
        pages, [{**g, "source": p["source"]} for g, p in zip(gold.values(), pages, strict=True)]
    )["events"]
    return Counter({k: events[k] for k in ("tp", "fp", "fn")})


def _f1(t: Counter) -> float:
    return 2 * t["tp"] / max(2 * t["tp"] + t["fp"] + t["fn"], 1)


FILTER_THRESHOLDS = (0.1, 0.2, 0.3)


def _event_features(event: dict, article: dict) -> dict[str, float]:
    """What the contract tells of one coded event: its kind, modality, how many sides, whether
    its sides are named in its own sentence or were found in the context, their entity types."""
    entities = {e["name"]: e for e in article.get("entities") or []}
    sentence = flat(event.get("evidence")).lower()

    def told_here(name: str) -> bool:
        forms = [name, *((entities.get(name) or {}).get("aliases") or [])]
        return any(f and flat(f).lower() in sentence for f in forms)

    actors_here = bool(event["actors"]) and all(map(told_here, event["actors"]))
    targets_here = bool(event["targets"]) and all(map(told_here, event["targets"]))
    kind = event["type"]
    feats = {f"type={kind}": 1.0, f"mode={kind}|{event.get('mode')}": 1.0,
             f"modality={kind}|{event.get('modality')}": 1.0, f"targets_here={kind}|{targets_here}": 1.0,
             f"actors_here={kind}|{actors_here}": 1.0, "no_target": float(not event["targets"]),
             "sourced": float(bool(event.get("source"))), f"precision={event.get('date_precision')}": 1.0}  # fmt: skip
    for side, names in (("actor", event["actors"]), ("target", event["targets"])):
        feats[f"{side}_type={(entities.get(names[0]) or {}).get('type') if names else None}"] = 1.0
    return feats


def cross_validate_filter(data: dict[Path, tuple[list[dict], dict, dict]]) -> dict[Any, Counter]:
    """Events tp/fp/fn over all sets when a classifier of the rules' own events, trained
    leave-one-set-out on whether gold has them, drops those it rates below each threshold."""
    labelled: dict[Path, list[tuple[dict, int, str, int, int]]] = {}
    for set_dir, (_, preds, gold) in data.items():
        labelled[set_dir] = []
        for name, page in gold.items():
            articles = preds[name]["articles"]
            for gi, pi in align_articles(page["articles"], articles):
                aliases = _alias_map(articles[pi], page["articles"][gi])
                score = _event_score(aliases)
                right = {
                    p
                    for _, p in _greedy(
                        page["articles"][gi]["events"], articles[pi]["events"], score
                    )
                }
                for k, event in enumerate(articles[pi]["events"]):
                    feats = _event_features(event, articles[pi])
                    labelled[set_dir].append((feats, int(k in right), name, pi, k))
    out: dict[Any, Counter] = {key: Counter() for key in ("rules", *FILTER_THRESHOLDS)}
    for held, (_, preds, gold) in data.items():
        train = [r for s, rows in labelled.items() if s != held for r in rows]
        vectorizer = DictVectorizer()
        model = LogisticRegression(C=0.5, max_iter=3000).fit(
            vectorizer.fit_transform([r[0] for r in train]), [r[1] for r in train]
        )
        rows = labelled[held]
        probs = model.predict_proba(vectorizer.transform([r[0] for r in rows]))[:, 1]
        out["rules"].update(_score(preds, gold))
        for threshold in FILTER_THRESHOLDS:
            dropped = {r[2:] for r, p in zip(rows, probs, strict=True) if p < threshold}
            kept = copy.deepcopy(preds)
            for name, page in kept.items():
                for a, article in enumerate(page["articles"]):
                    article["events"] = [
                        e for k, e in enumerate(article["events"]) if (name, a, k) not in dropped
                    ]
            out[threshold].update(_score(kept, gold))
    return out


if __name__ == "__main__":
    sets = [Path(a) for a in sys.argv[1:]]
    data = {s: collect(s) for s in sets}
    where = sum((standings(s, *data[s]) for s in sets), Counter())
    print("gold events:", ", ".join(f"{k} {where[k]}" for k in STANDINGS))
    for key, t in cross_validate(data).items():
        label = "rules alone" if key == "rules" else f"+ learned at {key}"
        print(f"{label:>22}: tp {t['tp']} fp {t['fp']} fn {t['fn']}  F1 {_f1(t):.3f}")
    for key, t in cross_validate_filter(data).items():
        if key != "rules":
            label = f"filtered below {key}"
            print(f"{label:>22}: tp {t['tp']} fp {t['fp']} fn {t['fn']}  F1 {_f1(t):.3f}")

"""Score `newsgraph extract` output against hand-annotated gold pages.

Gold and predictions are both in the contract's shape (docs/output-format.md): one dict per
page, `{"source": ..., "articles": [...]}`. The scorer, per page:

1. aligns predicted articles with gold articles (by index when the counts agree, otherwise
   greedily by token overlap of their texts, then titles);
2. within each aligned pair, matches entities, events and claims one-to-one, greedily;
3. over the matched events and claims, checks attribution (`source` / `attributed_to`) and
   modality;
4. scores the article text by token F1 and the comments by count.

Unaligned gold articles count all their facts as misses; unaligned predicted articles count all
theirs as false positives. Gold files whose `text` or `evidence` is null (facts-only gold, e.g.
for pages we may not copy) are scored on facts alone.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from newsgraph.extract.lexicon import DATA_DIR, read_yaml

# A claim's value matches when within 1% of gold: "about 10,000" vs 10,000 exactly, but not 12,000.
VALUE_TOLERANCE = 0.01
# Articles on pages whose counts disagree are paired only above this token F1 (texts or titles):
# below it two articles share little more than function words. Set by eye on the demo gold.
ALIGN_MIN_OVERLAP = 0.2

Page = dict[str, Any]
ArticleDict = dict[str, Any]


@dataclass
class Tally:
    """True positives, false positives and false negatives of one kind of fact."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def scores(self) -> dict[str, float | int]:
        """Precision, recall and F1; an empty side is vacuously perfect (nothing to get wrong)."""
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Ratio:
    """Correct out of n; accuracy is None when there was nothing to judge."""

    correct: int = 0
    n: int = 0

    def add(self, ok: bool) -> None:
        self.correct += int(ok)
        self.n += 1

    def merge(self, other: Ratio) -> None:
        self.correct += other.correct
        self.n += other.n

    def scores(self) -> dict[str, float | int | None]:
        return {"accuracy": self.correct / self.n if self.n else None, "n": self.n}


@dataclass
class PageScore:
    """Everything counted on one page; pages add up into the corpus result."""

    articles: Tally
    entities: Tally
    events: Tally
    claims: Tally
    typed: Ratio  # gold entities found with the right type
    attribution: Ratio
    modality: Ratio
    titles: Ratio
    comments: Ratio
    count: Ratio  # pages whose article count is right
    text_f1: list[float]

    @classmethod
    def empty(cls) -> PageScore:
        return cls(
            Tally(),
            Tally(),
            Tally(),
            Tally(),
            Ratio(),
            Ratio(),
            Ratio(),
            Ratio(),
            Ratio(),
            Ratio(),
            [],
        )

    def merge(self, other: PageScore) -> None:
        for name in ("articles", "entities", "events", "claims"):
            getattr(self, name).add(getattr(other, name))
        for name in ("typed", "attribution", "modality", "titles", "comments", "count"):
            getattr(self, name).merge(getattr(other, name))
        self.text_f1.extend(other.text_f1)

    def to_dict(self) -> dict[str, Any]:
        entities = self.entities.scores()
        gold_entities = self.entities.tp + self.entities.fn
        entities["typed_recall"] = self.typed.correct / gold_entities if gold_entities else 1.0
        articles = self.articles.scores()
        articles["count_accuracy"] = self.count.scores()["accuracy"]
        articles["title_accuracy"] = self.titles.scores()["accuracy"]
        text = sum(self.text_f1) / len(self.text_f1) if self.text_f1 else None
        return {
            "articles": articles,
            "entities": entities,
            "events": self.events.scores(),
            "claims": self.claims.scores(),
            "attribution": self.attribution.scores(),
            "modality": self.modality.scores(),
            "text": {"f1": text, "n": len(self.text_f1)},
            "comments": {
                "count_accuracy": self.comments.scores()["accuracy"],
                "n": self.comments.n,
            },
        }


# --------------------------------------------------------------------------- normalising


def _fold(value: str | None) -> str:
    return re.sub(r"\s+", " ", (value or "").casefold()).strip()


def _tokens(text: str | None) -> list[str]:
    return re.findall(r"\w+", (text or "").casefold())


def token_f1(pred: str | None, gold: str | None) -> float:
    """Bag-of-words F1 between two texts (1.0 when both are empty)."""
    p, g = Counter(_tokens(pred)), Counter(_tokens(gold))
    if not p and not g:
        return 1.0
    overlap = sum((p & g).values())
    return 2 * overlap / (sum(p.values()) + sum(g.values()))


# Units naming kinds of people compare as one class. Whether an annotator writes "300 people",
# "300 refugees" or "300 residents" for the same count is a matter of convention (the extractor
# keeps the noun the text uses, which says more); the value and the evidence already fix which
# claim it is, so a unit that only names a different kind of person is no error. Soldiers are a
# class of their own ("troops"): a count of troops is a different claim from a count of people.
PEOPLE_UNITS = frozenset({
    "people", "person", "persons", "individual", "civilian", "refugee", "migrant", "asylum seeker",
    "displaced", "evacuee", "hostage", "captive", "detainee", "prisoner", "inmate", "diplomat",
    "official", "officer", "police", "police officer", "policeman", "policemen", "voter", "resident",
    "citizen", "inhabitant", "protester", "protestor", "demonstrator", "activist", "member",
    "worker", "employee", "staff", "child", "children", "adult", "man", "men", "woman", "women",
    "student", "journalist", "doctor", "patient", "passenger", "pilgrim", "victim", "casualty",
    "casualties", "death", "dead", "wounded", "injured", "missing", "national", "delegate",
    "lawmaker", "leader", "minister", "deminer", "volunteer", "family", "families", "tourist",
    "servant", "fisherman", "fishermen", "crew", "seafarer", "miner", "farmer", "settler",
})  # fmt: skip
TROOP_UNITS = frozenset({
    "troop", "troops", "soldier", "serviceman", "servicemen", "service member", "personnel",
    "fighter", "combatant", "marine", "sailor", "airman", "airmen", "reservist", "conscript",
    "recruit", "mercenary", "mercenaries", "paratrooper",
})  # fmt: skip


# Spellings of one unit of measure: a tonne is a metric ton, and news text writes "tons" for both.
SAME_UNITS = {"metric ton": "ton", "metric tons": "ton", "tonne": "ton", "tonnes": "ton",
              "metric tonne": "ton", "metric tonnes": "ton"}  # fmt: skip


@cache
def _nationalities() -> frozenset[str]:
    """Plural demonyms ("Afghans", "North Koreans", "Beninese") and the peoples the actor
    dictionary lists: a count of them is a count of people, written as the text names them."""
    countries = read_yaml(DATA_DIR / "extract_countries.yaml")["countries"].values()
    actors = read_yaml(DATA_DIR / "actors.yaml")["actors"]
    words = {d for c in countries for d in c.get("demonyms") or []}
    peoples = [a for a in actors if a.get("type") == "NORP"]
    words |= {w for a in peoples for w in [a["name"], *(a.get("aliases") or [])]}
    return frozenset(_fold(w) for w in words)


def _unit(unit: str | None) -> str:
    """Units compare casefolded and without a plural s ("troops" == "troop", "USD" == "usd"),
    with the units for kinds of people folded into "people" and those for soldiers into
    "troops" (see PEOPLE_UNITS), and the spellings of a ton into "ton" (SAME_UNITS). A kind of
    person or soldier named by a compound ("crew members", "aid workers") folds by its head."""
    folded = _fold(unit)
    folded = SAME_UNITS.get(folded, folded)
    if folded in _nationalities():
        return "people"  # "165,000 Afghans" counts people
    for form in (folded, folded.rsplit(" ", 1)[-1]):
        single = form[:-1] if len(form) > 3 and form.endswith("s") else form
        if form in PEOPLE_UNITS or single in PEOPLE_UNITS:
            return "people"
        if form in TROOP_UNITS or single in TROOP_UNITS:
            return "troops"
    return folded[:-1] if len(folded) > 3 and folded.endswith("s") else folded


def _same_unit(gold: str | None, pred: str | None) -> bool:
    """Same unit, or the same head noun: whether a count of "pickup trucks" is written with
    its compound or as "trucks" is convention; the value and evidence fix the claim."""
    g, p = _unit(gold), _unit(pred)
    return g == p or _unit_head(g) == _unit_head(p)


def _unit_head(unit: str) -> str:
    # "rounds of talks" -> "round", "barrels per day" -> "barrel"
    head = unit.split(" of ", 1)[0].split(" per ", 1)[0].rsplit(" ", 1)[-1]
    return head[:-1] if len(head) > 3 and head.endswith("s") else head


def _alias_map(*articles: ArticleDict | None) -> dict[str, str]:
    """Every surface form of an entity (casefolded) -> its casefolded canonical name.

    Gold articles come last so that their canonical names win.
    """
    table: dict[str, str] = {}
    for article in articles:
        for ent in (article or {}).get("entities") or []:
            canonical = _fold(ent.get("name"))
            for form in [ent.get("name"), *(ent.get("aliases") or [])]:
                if form:
                    table[_fold(form)] = canonical
    # One referent under two canonical names ("G7" with the alias "Group of Seven" against a
    # gold "Group of Seven"): every form of the earlier entity follows the gold name it shares.
    last = (
        {_fold(e.get("name")) for e in (articles[-1] or {}).get("entities") or []}
        if articles
        else set()
    )
    for article in articles[:-1]:
        for ent in (article or {}).get("entities") or []:
            forms = [_fold(f) for f in [ent.get("name"), *(ent.get("aliases") or [])] if f]
            shared = next((table[f] for f in forms if table.get(f) in last), None)
            if shared is not None:
                table.update({f: shared for f in forms if table.get(f) not in last - {shared}})
    return table


def _canon(names: Iterable[str] | None, aliases: dict[str, str]) -> set[str]:
    return {aliases.get(_fold(n), _fold(n)) for n in names or [] if n}


def _same_source(pred: str | None, gold: str | None, aliases: dict[str, str]) -> bool:
    """Attribution agrees: both null, same canonical name, or one contains the other."""
    if not pred and not gold:
        return True
    if not pred or not gold:
        return False
    p, g = (re.sub(r"^the ", "", aliases.get(_fold(x), _fold(x))) for x in (pred, gold))
    return p == g or p in g or g in p


# --------------------------------------------------------------------------- matching


def _greedy(
    gold: list[Any], pred: list[Any], score: Callable[[Any, Any], float]
) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, pred index) with score > 0, best pairs first."""
    candidates = sorted(
        (
            (s, gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(pred)
            if (s := score(g, p)) > 0
        ),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def _overlaps(a: set[str], b: set[str]) -> bool:
    return bool(a & b) or (not a and not b)


def _event_score(aliases: dict[str, str]) -> Callable[[dict, dict], float]:
    def score(gold: dict, pred: dict) -> float:
        if _fold(gold.get("type")) != _fold(pred.get("type")):
            return 0.0
        ga, pa = _canon(gold.get("actors"), aliases), _canon(pred.get("actors"), aliases)
        gt, pt = _canon(gold.get("targets"), aliases), _canon(pred.get("targets"), aliases)
        if not (_overlaps(ga, pa) and _overlaps(gt, pt)):
            return 0.0
        # Among matching candidates prefer the same evidence sentence, then the closest sets.
        jaccard = (len(ga & pa) + len(gt & pt) + 1) / (len(ga | pa) + len(gt | pt) + 1)
        return 1.0 + jaccard + token_f1(pred.get("evidence"), gold.get("evidence") or "")

    return score


def _claim_value_ok(pred: Any, gold: Any) -> bool:
    try:
        p, g = float(pred), float(gold)
    except (TypeError, ValueError):
        return False
    return abs(p - g) <= VALUE_TOLERANCE * abs(g) if g else p == 0


def _claim_score(gold: dict, pred: dict) -> float:
    if not _same_unit(gold.get("unit"), pred.get("unit")):
        return 0.0
    if not _claim_value_ok(pred.get("value"), gold.get("value")):
        return 0.0
    return 1.0 + token_f1(pred.get("evidence"), gold.get("evidence") or "")


def _entity_score(aliases_gold: dict[str, str]) -> Callable[[dict, dict], float]:
    def forms(ent: dict) -> set[str]:
        return {_fold(f) for f in [ent.get("name"), *(ent.get("aliases") or [])] if f}

    def score(gold: dict, pred: dict) -> float:
        if _fold(pred.get("name")) == _fold(gold.get("name")):
            return 3.0
        if aliases_gold.get(_fold(pred.get("name"))) == _fold(gold.get("name")):
            return 2.0
        return 1.0 if forms(gold) & forms(pred) else 0.0

    return score


def align_articles(gold: list[ArticleDict], pred: list[ArticleDict]) -> list[tuple[int, int]]:
    """Pairs (gold index, pred index): by index when counts agree, else by text/title overlap."""
    if len(gold) == len(pred):
        return [(i, i) for i in range(len(gold))]

    def score(g: ArticleDict, p: ArticleDict) -> float:
        if g.get("text") is not None:
            s = token_f1(p.get("text"), g["text"])
        elif g.get("title") and p.get("title"):
            s = token_f1(p["title"], g["title"])
        else:
            return 0.0
        return s if s >= ALIGN_MIN_OVERLAP else 0.0

    pairs = _greedy(gold, pred, score)
    if not pairs and not any(g.get("text") for g in gold):
        return [(i, i) for i in range(min(len(gold), len(pred)))]  # facts-only gold: by position
    return pairs


# --------------------------------------------------------------------------- scoring


def _score_facts(gold: ArticleDict, pred: ArticleDict, out: PageScore) -> None:
    aliases = _alias_map(pred, gold)
    gold_aliases = _alias_map(gold)
    g_ent, p_ent = gold.get("entities") or [], pred.get("entities") or []
    pairs = _greedy(g_ent, p_ent, _entity_score(gold_aliases))
    out.entities.add(Tally(len(pairs), len(p_ent) - len(pairs), len(g_ent) - len(pairs)))
    for gi, pi in pairs:
        out.typed.add(_fold(g_ent[gi].get("type")) == _fold(p_ent[pi].get("type")))
    out.typed.n += len(g_ent) - len(pairs)

    for kind, score, source_key in (
        ("events", _event_score(aliases), "source"),
        ("claims", _claim_score, "attributed_to"),
    ):
        g_items, p_items = gold.get(kind) or [], pred.get(kind) or []
        matched = _greedy(g_items, p_items, score)
        getattr(out, kind).add(
            Tally(len(matched), len(p_items) - len(matched), len(g_items) - len(matched))
        )
        for gi, pi in matched:
            g, p = g_items[gi], p_items[pi]
            out.attribution.add(_same_source(p.get(source_key), g.get(source_key), aliases))
            out.modality.add(_fold(p.get("modality")) == _fold(g.get("modality")))


def _score_unaligned(article: ArticleDict, out: PageScore, *, is_gold: bool) -> None:
    for kind in ("entities", "events", "claims"):
        n = len(article.get(kind) or [])
        getattr(out, kind).add(Tally(0, 0, n) if is_gold else Tally(0, n, 0))
        if kind == "entities" and is_gold:
            out.typed.n += n
    if is_gold:
        out.articles.add(Tally(0, 0, 1))
        if article.get("text") is not None:
            out.text_f1.append(0.0)
    else:
        out.articles.add(Tally(0, 1, 0))


def score_page(pred: Page, gold: Page) -> PageScore:
    """All counts for one page."""
    out = PageScore.empty()
    g_arts, p_arts = gold.get("articles") or [], pred.get("articles") or []
    out.count.add(len(g_arts) == len(p_arts))
    pairs = align_articles(g_arts, p_arts)
    for gi, pi in pairs:
        g, p = g_arts[gi], p_arts[pi]
        out.articles.add(Tally(1, 0, 0))
        out.titles.add(_fold(g.get("title")) == _fold(p.get("title")))
        if g.get("text") is not None or g.get("comments"):
            # facts-only gold (no text) leaves comments unannotated unless it lists some
            out.comments.add(len(g.get("comments") or []) == len(p.get("comments") or []))
        if g.get("text") is not None:
            out.text_f1.append(token_f1(p.get("text"), g["text"]))
        _score_facts(g, p, out)
    for gi in sorted(set(range(len(g_arts))) - {gi for gi, _ in pairs}):
        _score_unaligned(g_arts[gi], out, is_gold=True)
    for pi in sorted(set(range(len(p_arts))) - {pi for _, pi in pairs}):
        _score_unaligned(p_arts[pi], out, is_gold=False)
    return out


def _page_name(page: Page, fallback: str) -> str:
    source = str(page.get("source") or "")
    return Path(source).name if source else fallback


def _pair_pages(pred_pages: list[Page], gold_pages: list[Page]) -> list[tuple[str, Page, Page]]:
    """(name, pred, gold) by the file name of `source`; pages without a match pair by position."""
    by_name = {_page_name(p, ""): p for p in pred_pages if p.get("source")}
    out = []
    for i, gold in enumerate(gold_pages):
        name = _page_name(gold, f"page-{i}")
        pred = by_name.get(name)
        if pred is None:
            pred = (
                pred_pages[i]
                if i < len(pred_pages) and not pred_pages[i].get("source")
                else {"articles": []}
            )
        out.append((name, pred, gold))
    return out


def evaluate_extract(pred_pages: list[Page], gold_pages: list[Page]) -> dict[str, Any]:
    """Precision/recall/F1 of extract output against gold, overall and per page."""
    total = PageScore.empty()
    per_page: dict[str, Any] = {}
    for name, pred, gold in _pair_pages(pred_pages, gold_pages):
        score = score_page(pred, gold)
        total.merge(score)
        per_page[name] = score.to_dict()
        per_page[name]["articles"].update(
            gold=len(gold.get("articles") or []), pred=len(pred.get("articles") or [])
        )
    result = total.to_dict()
    result["pages"] = len(gold_pages)
    result["per_page"] = per_page
    return result


def load_gold(gold_dir: Path) -> dict[str, dict]:
    """Gold pages keyed by page file name (`x.txt.json` -> `x.txt`); `_*.json` files are skipped."""
    gold = {}
    for path in sorted(Path(gold_dir).glob("*.json")):
        if path.name.startswith("_"):
            continue
        page = json.loads(path.read_text(encoding="utf-8"))
        name = path.name[: -len(".json")]
        page["source"] = name
        gold[name] = page
    return gold


def run_eval_extract(
    gold_dir: Path, pages_dir: Path, extract_fn: Callable[[Path], Page]
) -> dict[str, Any]:
    """Run `extract_fn` on every page that has gold and score it.

    A page that is missing or whose extraction raises is scored as an empty prediction and
    listed under "errors" (shown by `format_report`), never skipped silently.
    """
    gold = load_gold(gold_dir)
    preds, errors = [], {}
    for name in gold:
        path = Path(pages_dir) / name
        try:
            if not path.exists():
                raise FileNotFoundError(f"no page {path}")
            pred = dict(extract_fn(path))
        except Exception as exc:  # one broken page must not hide the scores of the others
            errors[name] = f"{type(exc).__name__}: {exc}"
            pred = {"articles": []}
        pred["source"] = name
        preds.append(pred)
    result = evaluate_extract(preds, list(gold.values()))
    result["errors"] = errors
    return result


# --------------------------------------------------------------------------- report


def _fmt(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:5.3f}"


def format_report(result: dict[str, Any]) -> str:
    """A plain-text table (no markup, so any console prints it as is)."""
    lines = [
        f"extract evaluation: {result['pages']} pages",
        "",
        f"{'':14}{'prec':>7}{'recall':>8}{'f1':>7}   notes",
    ]
    arts = result["articles"]
    notes = {
        "articles": f"count right {_fmt(arts['count_accuracy']).strip()}, titles {_fmt(arts['title_accuracy']).strip()}",
        "entities": f"typed recall {_fmt(result['entities']['typed_recall']).strip()}",
        "events": "type + actor + target",
        "claims": f"value within {VALUE_TOLERANCE:.0%} + unit",
    }
    for name in ("articles", "entities", "events", "claims"):
        s = result[name]
        lines.append(
            f"{name:14}{_fmt(s['precision']):>7}{_fmt(s['recall']):>8}{_fmt(s['f1']):>7}"
            f"   tp {s['tp']} fp {s['fp']} fn {s['fn']}; {notes[name]}"
        )
    lines.append("")
    for name, key in (("attribution", "accuracy"), ("modality", "accuracy")):
        lines.append(
            f"{name:14}{_fmt(result[name][key]):>7}   accuracy over {result[name]['n']} matched events+claims"
        )
    lines.append(
        f"{'text':14}{_fmt(result['text']['f1']):>7}   token F1 over {result['text']['n']} articles"
    )
    lines.append(
        f"{'comments':14}{_fmt(result['comments']['count_accuracy']):>7}   count right on {result['comments']['n']} articles"
    )
    per_page = result.get("per_page") or {}
    if per_page:
        width = max(len(n) for n in per_page) + 2
        lines += [
            "",
            f"{'page':{width}}{'arts':>7}{'ent f1':>8}{'evt f1':>8}{'clm f1':>8}{'text':>7}",
        ]
        for name, s in per_page.items():
            arts = f"{s['articles']['pred']}/{s['articles']['gold']}"
            lines.append(
                f"{name:{width}}{arts:>7}{_fmt(s['entities']['f1']):>8}{_fmt(s['events']['f1']):>8}"
                f"{_fmt(s['claims']['f1']):>8}{_fmt(s['text']['f1']):>7}"
            )
    for name, message in (result.get("errors") or {}).items():
        lines.append(f"error: {name}: {message}")
    return "\n".join(lines)

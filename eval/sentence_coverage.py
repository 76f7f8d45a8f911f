"""Where the extractor stands on each gold event, read through the evidence sentences
(`eval/*/evidence.json`): matched; nothing coded from the event's sentence (a missed trigger);
only events of other types from it (a wrong trigger or category); or one of the same type with
other sides (wrong arguments). The split says whether a miss is the trigger's or the roles'.

    .venv/bin/python eval/sentence_coverage.py eval/dev9 eval/dev10 ...
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from evidencekit import flat, same_sentence

from newsgraph.api import extract
from newsgraph.evaluate.extract import (
    _alias_map,
    _event_score,
    _greedy,
    align_articles,
    load_gold,
)

KINDS = ("matched", "same type, other sides", "other types only", "nothing from the sentence")


def coverage(set_dir: Path) -> dict[str, Counter]:
    """Per event type, how many gold events fall in each of KINDS."""
    evidence = json.loads((set_dir / "evidence.json").read_text(encoding="utf-8"))
    out: dict[str, Counter] = defaultdict(Counter)
    for name, page in load_gold(set_dir / "gold").items():
        path = set_dir / "pages" / name
        pred = extract(path.read_bytes(), source=str(path))
        for gi, pi in align_articles(page["articles"], pred["articles"]):
            gold, mine = page["articles"][gi], pred["articles"][pi]
            events, coded = gold["events"], mine.get("events") or []
            matched = dict(_greedy(events, coded, _event_score(_alias_map(mine, gold))))
            for i, event in enumerate(events):
                out[event["type"]][_kind(i, event, matched, coded, evidence[name][gi][i])] += 1
    return out


def _kind(i: int, event: dict, matched: dict, coded: list[dict], sentence: str | None) -> str:
    if i in matched:
        return KINDS[0]
    sentence = flat(sentence)
    here = [e for e in coded if same_sentence(sentence, flat(e.get("evidence")))]
    if not here:
        return KINDS[3]
    return KINDS[1] if any(e["type"] == event["type"] for e in here) else KINDS[2]


if __name__ == "__main__":
    total: dict[str, Counter] = defaultdict(Counter)
    for arg in sys.argv[1:]:
        for kind, counts in coverage(Path(arg)).items():
            total[kind].update(counts)
    overall = sum(total.values(), Counter())
    n = sum(overall.values())
    print(
        f"{n} gold events: " + ", ".join(f"{k} {overall[k]} ({overall[k] / n:.0%})" for k in KINDS)
    )
    for kind, counts in sorted(total.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {kind:10s} " + ", ".join(f"{k} {counts[k]}" for k in KINDS))

"""Evidence sentences for facts-only gold (`eval/*/evidence.json`): for every gold event, the
sentence of the page that tells it, so that trigger and argument models can be trained and
errors read without hunting through pages. The gold files themselves stay facts-only (their
`evidence` is null), so scores do not change.

`evidence.json` maps a page name to one list per gold article, each with one entry per gold
event in gold order: the sentence as the page's visible text has it (tags dropped, entities
unescaped, runs of whitespace as one space), or null when no single sentence tells the event.

    .venv/bin/python eval/evidencekit.py eval/dev12      # checks a set's evidence.json
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path


def page_text(path: Path) -> str:
    """The visible text of a page, flattened: tags dropped, entities unescaped, whitespace
    collapsed (scripts and styles removed first)."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix in (".html", ".htm"):
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return flat(raw)


def flat(text: str | None) -> str:
    """Text with runs of whitespace (no-break spaces too) as one space; "" for None."""
    return " ".join((text or "").replace("\u00a0", " ").split())


def same_sentence(a: str, b: str) -> bool:
    """Whether two flattened sentences are one: both given, and one holds the other (a parser
    may cut a page's sentence where the annotator did not)."""
    return bool(a and b) and (a in b or b in a)


def check(set_dir: Path) -> list[str]:
    """Problems with a set's evidence.json: missing pages or events, or sentences not found."""
    problems: list[str] = []
    evidence = json.loads((set_dir / "evidence.json").read_text(encoding="utf-8"))
    for gold_path in sorted((set_dir / "gold").glob("*.json")):
        name = gold_path.name[: -len(".json")]
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        entries = evidence.get(name)
        if entries is None:
            problems.append(f"{name}: no entry")
            continue
        articles = gold["articles"]
        if len(entries) != len(articles):
            problems.append(f"{name}: {len(entries)} lists for {len(articles)} articles")
            continue
        text = page_text(set_dir / "pages" / name)
        for a, (article, sentences) in enumerate(zip(articles, entries, strict=True)):
            if len(sentences) != len(article["events"]):
                problems.append(
                    f"{name}[{a}]: {len(sentences)} sentences for {len(article['events'])} events"
                )
                continue
            for e, sentence in enumerate(sentences):
                if sentence is not None and flat(sentence) not in text:
                    problems.append(f"{name}[{a}] event {e}: not in the page: {sentence[:80]}")
    return problems


if __name__ == "__main__":
    found = check(Path(sys.argv[1]))
    print("\n".join(found) or "ok")
    sys.exit(1 if found else 0)

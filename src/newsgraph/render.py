"""Human-readable terminal output for the CLI (Rich tables). `--json` bypasses all of this."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from newsgraph.model import CleanedPage

MAX_CELL = 110


def _short(text: str | None, width: int = MAX_CELL) -> str:
    text = " ".join((text or "").split())
    return escape(text if len(text) <= width else text[: width - 1] + "…")


def number(value: float | None) -> str:
    """Figures as people write them: 12,000 not 1.2e+04; shares as percentages."""
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.3f}".rstrip("0").rstrip(".")


def _source_name(source: str | None) -> str:
    """Where an outlet is unknown, the page's file name (not its whole path) says where it came from."""
    return source.rstrip("/").rsplit("/", 1)[-1] if source else "—"


def _names(names: list[str]) -> str:
    return escape(", ".join(names)) if names else "—"


def ingest_report(console: Console, data: dict[str, Any]) -> None:
    console.print(
        f"[bold]{data['files']}[/] files, [bold]{data['pages']}[/] pages -> [bold green]{data['articles']}[/]"
        f" new articles, {data['duplicates']} duplicates, {data['discarded']} discarded,"
        f" {len(data['failed'])} failed  ({data['words']:,} words in {data['seconds']:.1f}s)"
    )
    res = data.get("resolve") or {}
    if res:
        console.print(
            "  linked: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in res.items())
        )
    for d in data["discards"]:
        console.print(f"  [yellow]discarded[/] {escape(d['path'])}: {escape(d['reason'])}")
    for f in data["failed"]:
        console.print(f"  [red]failed[/] {escape(f['path'])}: {escape(f['error'])}")


def contract(console: Console, data: dict[str, Any]) -> None:
    console.print(f"[bold]{escape(data['source'])}[/]: {len(data['articles'])} article(s)")
    for a in data["articles"]:
        console.rule(escape(a["title"] or "(untitled)"))
        console.print(
            f"outlet {escape(str(a['outlet']))} · published {a['published']} ({a['published_basis']})"
            f" · {len(a['text'].split())} words · {len(a['comments'])} comments"
        )
        for ev in a["events"]:
            console.print(
                f"  [cyan]{ev['type']}[/]/{ev['mode']} {_names(ev['actors'])} -> {_names(ev['targets'])}"
                f" {ev['date'] or ''} [dim]{ev['modality']}[/]"
            )
        for c in a["claims"]:
            console.print(
                f"  [magenta]{number(c['value'])}[/] {escape(str(c['unit']))} — {_short(c['subject'], 60)}"
                f" [dim]{c['modality']}{', per ' + escape(c['attributed_to']) if c['attributed_to'] else ''}[/]"
            )


def clean_trace(console: Console, cleaned: CleanedPage, *, show_kept: bool) -> None:
    styles = {
        "keep": "green",
        "drop": "red",
        "split": "yellow",
        "title": "bold cyan",
        "comment": "magenta",
        "meta": "blue",
    }
    for decision in cleaned.trace:
        if decision.action == "keep" and not show_kept:
            continue
        style = styles.get(decision.action, "white")
        console.print(
            f"[{style}]{decision.action:>7}[/] [dim]{escape(decision.reason):<22}[/] {_short(decision.line, 90)}"
        )
    console.rule()
    console.print(
        f"{len(cleaned.articles)} article(s); "
        + "; ".join(
            f"#{a.index} {escape(a.title or '(untitled)')} ({len(a.comments)} comments)"
            for a in cleaned.articles
        )
    )
    for d in cleaned.discards:
        console.print(f"[yellow]discarded[/] ({d.stage}): {escape(d.reason)}")


def search(console: Console, data: dict[str, Any]) -> None:
    console.print(f"{data['total']} article(s) match [bold]{escape(data['query'])}[/]")
    for item in data["items"]:
        snippet = escape(item["snippet"] or "").replace("[[", "[bold yellow]").replace("]]", "[/]")
        console.print(
            f"[bold]{escape(item['title'] or '(untitled)')}[/] [dim]{escape(str(item['outlet']))}"
            f" {item['published'] or ''} {item['id']}[/]\n  {snippet}"
        )


def entities(console: Console, data: dict[str, Any]) -> None:
    table = Table(
        "name", "type", "mentions", "articles", "aliases", title=f"{data['total']} entities"
    )
    for e in data["items"]:
        aliases = [a for a in e["aliases"] if a != e["name"]]
        table.add_row(
            escape(e["name"]),
            e["type"],
            str(e["mentions"]),
            str(e["articles"]),
            _short(", ".join(aliases), 60),
        )
    console.print(table)


def events(console: Console, data: dict[str, Any]) -> None:
    table = Table(
        "id",
        "date",
        "type",
        "actors",
        "targets",
        "reports",
        "sources",
        "modality",
        title=f"{data['total']} events",
    )
    for ev in data["items"]:
        modality = ", ".join(f"{k} {v}" for k, v in ev["modalities"].items())
        table.add_row(
            str(ev["id"]),
            ev["date"] or "—",
            f"{ev['type']}/{ev['mode'] or ''}",
            _names(ev["actors"]),
            _names(ev["targets"]),
            str(ev["n_mentions"]),
            str(ev["independent_sources"]),
            modality,
        )
    console.print(table)


def timeline(console: Console, data: dict[str, Any]) -> None:
    console.print(f"[bold]{data['total']}[/] dated events")
    for ev in data["items"]:
        console.print(
            f"{ev['date']:<10} [dim]{ev['date_precision'] or '':<5}[/] [cyan]{ev['type']:<9}[/]"
            f" {_names(ev['actors'])} -> {_names(ev['targets'])}  [dim]{ev['independent_sources']} source(s)[/]"
        )
        console.print(f"           [dim]{_short(ev['evidence'], 100)}[/]")


def graph(console: Console, data: dict[str, Any]) -> None:
    table = Table(
        "actor",
        "target",
        "cooperative",
        "conflictual",
        "types",
        title=f"{len(data['edges'])} edges",
    )
    for e in data["edges"][:40]:
        table.add_row(
            escape(e["source"]),
            escape(e["target"]),
            str(e["cooperative"]),
            str(e["conflictual"]),
            ", ".join(f"{k} {v}" for k, v in e["types"].items()),
        )
    console.print(table)


def stories(console: Console, data: dict[str, Any]) -> None:
    table = Table(
        "id", "label", "articles", "outlets", "from", "to", title=f"{data['total']} stories"
    )
    for s in data["items"]:
        outlets = f"{s['outlets']} ({s.get('independent_outlets', s['outlets'])} indep.)"
        table.add_row(
            str(s["id"]),
            _short(s["label"], 70),
            str(s["n_articles"]),
            outlets,
            s["first_date"] or "—",
            s["last_date"] or "—",
        )
    console.print(table)


def story(console: Console, data: dict[str, Any]) -> None:
    console.rule(f"story {data['id']}: {escape(data['label'])}")
    console.print(
        f"{data['n_articles']} articles from {len(data['outlets'])} outlets, "
        f"{data['first_date']} – {data['last_date']}"
    )
    for a in data["articles"]:
        dup = " [dim](duplicate)[/]" if a["duplicate_of"] else ""
        console.print(
            f"  {a['published'] or '—':<10} {escape(str(a['outlet']))}: {_short(a['title'], 80)}{dup}"
        )
    timeline(console, {"total": len(data["timeline"]), "items": data["timeline"]})
    if data["claims"]:
        claims(console, {"total": len(data["claims"]), "items": data["claims"]})


def claims(console: Console, data: dict[str, Any]) -> None:
    console.print(f"[bold]{data['total']}[/] claim group(s)")
    for g in data["items"]:
        colour = {"contested": "red", "corroborated": "green"}.get(g["status"], "white")
        console.print(
            f"[{colour}]{g['status']:<12}[/] {_short(g['subject'], 70)} [dim]({g['unit']})[/]"
        )
        for c in g["claims"]:
            value = number(c["value"]) + (f"–{number(c['upper'])}" if c["upper"] else "")
            who = c["attributed_to"] or "unattributed"
            console.print(
                f"     {'~' if c['approximate'] else ' '}{value:>16}  {escape(who)} · "
                f"{escape(c['outlet'] or _source_name(c.get('source')))} {c['published'] or ''} [dim]{c['modality']}[/]"
            )


def stats(console: Console, data: dict[str, Any]) -> None:
    table = Table("what", "count", title="knowledge base")
    for key, value in data.items():
        table.add_row(key.replace("_", " "), str(value))
    console.print(table)


def report(console: Console, data: dict[str, Any]) -> None:
    s = data["stats"]
    console.rule("[bold]newsgraph report")
    console.print(
        f"{s['articles']} articles ({s['duplicates']} duplicates) from {s['outlets']} outlets, "
        f"{s['comments']} reader comments, {s['discards']} discarded; "
        f"{s['entities']} entities, {s['events']} events ({s['event_mentions']} reports), "
        f"{s['claims']} claims ({s['contested_claims']} contested), {s['stories']} stories"
    )
    console.rule("top actors")
    entities(console, {"total": len(data["actors"]), "items": data["actors"]})
    console.rule("stories")
    stories(console, {"total": len(data["stories"]), "items": data["stories"]})
    console.rule("timeline")
    timeline(console, {"total": len(data["timeline"]), "items": data["timeline"]})
    console.rule("claims and their sources")
    claims(console, {"total": len(data["claims"]), "items": data["claims"]})


def bench(console: Console, data: dict[str, Any]) -> None:
    table = Table("measure", "value", title="newsgraph bench (ratio = ours / plain spaCy)")
    for key, value in _flatten(data):
        table.add_row(key, _fmt(value))
    console.print(table)


def _flatten(data: Any, prefix: str = "") -> list[tuple[str, Any]]:
    """Nested bench results as dotted rows: serve.endpoints.search.p95_ms, incremental.rows.0..."""
    if isinstance(data, dict):
        items = list(data.items())
    elif isinstance(data, list):
        items = [(str(i), v) for i, v in enumerate(data)]
    else:
        return [(prefix, data)]
    rows: list[tuple[str, Any]] = []
    for key, value in items:
        rows += _flatten(value, f"{prefix}.{key}" if prefix else str(key))
    return rows


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.3f}"
    return escape(str(value))


def eval_clean(console: Console, data: dict[str, Any]) -> None:
    if "skipped" in data:
        console.print(f"skipped: {escape(data['skipped'])}")
        return
    for section, systems in data.items():
        table = Table(
            "system", *next(iter(systems.values())).keys(), title=section.replace("_", " ")
        )
        for name, scores in systems.items():
            table.add_row(name, *(_fmt(v) for v in scores.values()))
        console.print(table)


def eval_stories(console: Console, data: dict[str, Any]) -> None:
    table = Table("task", "precision", "recall", "f1", "pairs (gold)")
    for task, scores in data.items():
        if isinstance(scores, dict):
            table.add_row(
                task,
                _fmt(scores.get("precision")),
                _fmt(scores.get("recall")),
                _fmt(scores.get("f1")),
                str(scores.get("gold_pairs", "")),
            )
    console.print(table)

"""The `newsgraph` command line: Typer for commands, Rich for tables and progress.

Every command that prints something a script may read takes `--json`. Errors are one line
on stderr with a non-zero exit code (see errors.py), never a traceback.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from newsgraph import render
from newsgraph.errors import NewsgraphError

app = typer.Typer(
    help="newsgraph: scraped news pages in, a sourced, deduplicated knowledge base out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
entities_app = typer.Typer(help="List entities, or merge and split them by hand.")
eval_app = typer.Typer(help="Measure quality against gold data.", no_args_is_help=True)
app.add_typer(entities_app, name="entities")
app.add_typer(eval_app, name="eval")

out = Console()
err = Console(stderr=True)

DEFAULT_DB = "newsgraph.sqlite"
DbOpt = typer.Option(
    DEFAULT_DB, "--db", help="Knowledge base file (SQLite).", envvar="NEWSGRAPH_DB"
)
JsonOpt = typer.Option(False, "--json", help="Print JSON for scripts.")
LimitOpt = typer.Option(20, "--limit", "-n", min=1, max=500, help="How many rows.")
OffsetOpt = typer.Option(0, "--offset", min=0, help="Skip this many rows (pagination).")
SinceOpt = typer.Option(
    None, "--since", help="Only from this date on (YYYY, YYYY-MM or YYYY-MM-DD)."
)
UntilOpt = typer.Option(None, "--until", help="Only up to this date.")
ActorOpt = typer.Option(
    None, "--actor", help="Only events or articles involving this actor (any alias)."
)


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def _kb(db: str, *, must_exist: bool = True) -> Any:
    from newsgraph.api import KnowledgeBase
    from newsgraph.errors import StoreError

    if must_exist and not Path(db).exists():
        raise StoreError(
            f"{db}: no such knowledge base (run `newsgraph ingest PATH --db {db}` first)"
        )
    return KnowledgeBase(db)


# -- ingest and extract -------------------------------------------------------------------


@app.command()
def ingest(
    paths: list[str] = typer.Argument(
        ..., help="Files, folders (recursive), globs, .gz, WARC, feeds or URLs."
    ),
    db: str = DbOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Read pages into the knowledge base: clean, extract, deduplicate, link."""
    from newsgraph.ingest import expand_paths

    kb = _kb(db, must_exist=False)
    files = list(expand_paths(paths))
    with _progress(as_json) as progress:
        task = progress.add_task("ingest", total=len(files))
        report = kb.pipeline.ingest(files, on_file=lambda _source: progress.advance(task))
    kb.store.record_run(
        {"command": "ingest", "paths": paths}, report.files, report.articles, len(report.failed)
    )
    if as_json:
        _print_json(report.to_json())
    else:
        render.ingest_report(out, report.to_json())
    raise typer.Exit(1 if report.failed else 0)


def _progress(quiet: bool) -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        disable=quiet or not err.is_terminal,
        transient=True,
    )


@app.command()
def extract(
    file: str = typer.Argument(..., help="One page: .txt, .html or .gz of either (or a URL)."),
    as_json: bool = JsonOpt,
) -> None:
    """Clean and extract one page into the JSON contract (no database needed)."""
    from newsgraph.api import shared_extractor
    from newsgraph.ingest import read_one
    from newsgraph.model import page_to_contract
    from newsgraph.pipeline import extract_page

    pages = list(read_one(file))
    articles = []
    for page in pages:
        articles += extract_page(page, shared_extractor())[1]
    contract = page_to_contract(file, articles)
    if as_json:
        _print_json(contract)
    else:
        render.contract(out, contract)


@app.command()
def clean(
    file: str = typer.Argument(..., help="One page to clean."),
    as_json: bool = JsonOpt,
    show_kept: bool = typer.Option(True, "--kept/--no-kept", help="Show kept lines too."),
) -> None:
    """Show what the cleaner kept, dropped (and why) and split on one page."""
    from dataclasses import asdict

    from newsgraph.clean import clean_page
    from newsgraph.ingest import read_one

    for page in read_one(file):
        cleaned = clean_page(page)
        if as_json:
            _print_json(
                {
                    "source": page.source,
                    "articles": [
                        {
                            "title": a.title,
                            "published": a.published,
                            "comments": len(a.comments),
                            "text": a.text,
                        }
                        for a in cleaned.articles
                    ],
                    "discards": [asdict(d) for d in cleaned.discards],
                    "trace": [asdict(t) for t in cleaned.trace],
                }
            )
        else:
            render.clean_trace(out, cleaned, show_kept=show_kept)


# -- queries ------------------------------------------------------------------------------


@app.command()
def search(
    query: str = typer.Argument(..., help="Words to find (all must match)."),
    db: str = DbOpt,
    since: str | None = SinceOpt,
    until: str | None = UntilOpt,
    outlet: str | None = typer.Option(None, "--outlet", help="Only this outlet."),
    actor: str | None = ActorOpt,
    event_type: str | None = typer.Option(
        None, "--type", help="Only articles with this PLOVER event type."
    ),
    limit: int = LimitOpt,
    offset: int = OffsetOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Full-text search over articles."""
    result = _kb(db).search(
        query,
        since=since,
        until=until,
        outlet=outlet,
        actor=actor,
        event_type=event_type,
        limit=limit,
        offset=offset,
    )
    _print_json(result) if as_json else render.search(out, result)


@entities_app.callback(invoke_without_command=True)
def entities(
    ctx: typer.Context,
    db: str = DbOpt,
    q: str | None = typer.Option(None, "--q", help="Only names or aliases containing this."),
    type_: str | None = typer.Option(None, "--type", help="PERSON, ORG, GPE, LOC, NORP, ..."),
    limit: int = LimitOpt,
    offset: int = OffsetOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Canonical entities with their aliases, most mentioned first."""
    if ctx.invoked_subcommand:
        return
    result = _kb(db).entities(q=q, type_=type_, limit=limit, offset=offset)
    _print_json(result) if as_json else render.entities(out, result)


@entities_app.command("merge")
def entities_merge(
    keep: str = typer.Argument(..., help="The entity to keep (name or alias)."),
    other: str = typer.Argument(..., help="The entity folded into it."),
    db: str = DbOpt,
) -> None:
    """Merge OTHER into KEEP; the decision survives re-ingest."""
    _kb(db).merge_entities(keep, other)
    out.print(f"merged [bold]{other}[/] into [bold]{keep}[/]")


@entities_app.command("split")
def entities_split(
    keep: str = typer.Argument(..., help="The entity that stays."),
    other: str = typer.Argument(..., help="The alias that is a different referent."),
    db: str = DbOpt,
) -> None:
    """Split OTHER off KEEP as its own entity; the decision survives re-ingest."""
    _kb(db).split_entity(keep, other)
    out.print(f"split [bold]{other}[/] off [bold]{keep}[/]")


@app.command()
def events(
    db: str = DbOpt,
    actor: str | None = ActorOpt,
    type_: str | None = typer.Option(None, "--type", help="PLOVER category, e.g. CONSULT."),
    since: str | None = SinceOpt,
    until: str | None = UntilOpt,
    story: int | None = typer.Option(None, "--story", help="Only events of this story."),
    limit: int = LimitOpt,
    offset: int = OffsetOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Events (one per real-world interaction) with mentions and independent sources."""
    result = _kb(db).events(
        actor=actor, type_=type_, since=since, until=until, story=story, limit=limit, offset=offset
    )
    _print_json(result) if as_json else render.events(out, result)


@app.command()
def timeline(
    db: str = DbOpt,
    actor: str | None = ActorOpt,
    story: int | None = typer.Option(None, "--story", help="Only events of this story."),
    since: str | None = SinceOpt,
    until: str | None = UntilOpt,
    limit: int = typer.Option(200, "--limit", "-n", min=1, max=500),
    as_json: bool = JsonOpt,
) -> None:
    """Dated events in date order, with their date precision."""
    result = _kb(db).timeline(actor=actor, story=story, since=since, until=until, limit=limit)
    _print_json(result) if as_json else render.timeline(out, result)


@app.command()
def graph(
    db: str = DbOpt,
    since: str | None = SinceOpt,
    until: str | None = UntilOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Actor-to-actor edges weighted by event counts, cooperative vs conflictual."""
    result = _kb(db).graph(since=since, until=until)
    _print_json(result) if as_json else render.graph(out, result)


@app.command()
def stories(
    db: str = DbOpt, limit: int = LimitOpt, offset: int = OffsetOpt, as_json: bool = JsonOpt
) -> None:
    """Stories: clusters of articles about the same developing news."""
    result = _kb(db).stories(limit=limit, offset=offset)
    _print_json(result) if as_json else render.stories(out, result)


@app.command()
def story(
    story_id: int = typer.Argument(..., help="Story id."), db: str = DbOpt, as_json: bool = JsonOpt
) -> None:
    """One story: articles, outlets, timeline, contested claims."""
    result = _kb(db).story(story_id)
    _print_json(result) if as_json else render.story(out, result)


@app.command()
def claims(
    db: str = DbOpt,
    contested: bool = typer.Option(False, "--contested", help="Only figures that sources dispute."),
    limit: int = LimitOpt,
    offset: int = OffsetOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Claimed numbers grouped by what they count, corroborated or contested."""
    result = _kb(db).claims(contested=contested, limit=limit, offset=offset)
    _print_json(result) if as_json else render.claims(out, result)


@app.command()
def stats(db: str = DbOpt, as_json: bool = JsonOpt) -> None:
    """Counts of everything in the knowledge base."""
    result = _kb(db).stats()
    _print_json(result) if as_json else render.stats(out, result)


@app.command()
def report(db: str = DbOpt, as_json: bool = JsonOpt) -> None:
    """A readable digest: articles, top actors, dated timeline, claims with sources."""
    kb = _kb(db)
    data = {
        "stats": kb.stats(),
        "actors": kb.entities(limit=10)["items"],
        "timeline": kb.timeline(limit=25)["items"],
        "claims": kb.claims(limit=12)["items"],
        "stories": kb.stories(limit=8)["items"],
    }
    _print_json(data) if as_json else render.report(out, data)


# -- serve, bench, eval -------------------------------------------------------------------


@app.command()
def serve(
    db: str = DbOpt,
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to bind."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
) -> None:
    """Serve the web UI and the HTTP API (ingest needs NEWSGRAPH_TOKEN set)."""
    import uvicorn

    from newsgraph.serve.app import create_app

    _kb(db).close()
    out.print(f"newsgraph on [bold]http://{host}:{port}/[/] (API docs at /docs)")
    uvicorn.run(
        create_app(db, token=os.environ.get("NEWSGRAPH_TOKEN")),
        host=host,
        port=port,
        log_level="warning",
    )


@app.command()
def bench(
    docs: int = typer.Option(
        200, "--docs", help="Documents to ingest (the demo corpus replicated)."
    ),
    serve_articles: int = typer.Option(
        0, "--serve-articles", help="Also measure API latency on a KB this big (0: skip)."
    ),
    scale: bool = typer.Option(
        False, "--scale", help="Also time incremental adds at 1k/10k/100k articles."
    ),
    as_json: bool = JsonOpt,
) -> None:
    """Pipeline throughput beside plain spaCy on the same texts; ratio = ours / spaCy."""
    from newsgraph.bench import run_bench

    result = run_bench(docs=docs, serve_articles=serve_articles, scale=scale, progress=not as_json)
    _print_json(result) if as_json else render.bench(out, result)


@eval_app.command("extract")
def eval_extract(
    gold: str = typer.Option("demo/gold", "--gold", help="Folder of gold files (<page>.json)."),
    pages: str = typer.Option(
        "demo/pages", "--pages", help="Folder of the pages the gold describes."
    ),
    as_json: bool = JsonOpt,
) -> None:
    """Precision/recall/F1 of extract output against gold files in the contract's format."""
    from newsgraph.api import extract as extract_fn
    from newsgraph.evaluate.extract import format_report, run_eval_extract

    def run(path: Path) -> dict[str, Any]:
        return extract_fn(
            path.read_bytes() if path.suffix != ".gz" else _gunzip(path), source=str(path)
        )

    result = run_eval_extract(Path(gold), Path(pages), run)
    _print_json(result) if as_json else out.print(format_report(result))


def _gunzip(path: Path) -> bytes:
    import gzip

    return gzip.decompress(path.read_bytes())


@eval_app.command("clean")
def eval_clean(
    bench_dir: str = typer.Option(
        "../shared/bench", "--bench", help="The shared benchmark folder."
    ),
    limit: int | None = typer.Option(None, "--limit", help="Only the first N pages of each set."),
    as_json: bool = JsonOpt,
) -> None:
    """Article text F1 vs trafilatura and date accuracy vs htmldate, side by side."""
    from newsgraph.evaluate.clean import evaluate_clean

    result = evaluate_clean(Path(bench_dir), limit=limit)
    _print_json(result) if as_json else render.eval_clean(out, result)


@eval_app.command("coref")
def eval_coref(
    bench_dir: str = typer.Option(
        "../shared/bench", "--bench", help="The shared benchmark folder."
    ),
    topics: int | None = typer.Option(None, "--topics", help="Only the first N topics."),
    as_json: bool = JsonOpt,
) -> None:
    """Cross-document event coreference on ECB+: MUC, B3, CEAF-e, CoNLL vs the lemma baseline."""
    from newsgraph.evaluate.coref import evaluate_coref, format_coref_report

    bench = Path(bench_dir)
    result = evaluate_coref(
        bench / "ecbplus" if (bench / "ecbplus").exists() else bench, limit_topics=topics
    )
    _print_json(result) if as_json else out.print(format_coref_report(result))


@eval_app.command("stories")
def eval_stories(
    gold: str = typer.Option(
        "demo/gold", "--gold", help="Folder with _stories.json and _duplicates.json."
    ),
    pages: str = typer.Option("demo/pages", "--pages", help="The demo pages."),
    as_json: bool = JsonOpt,
) -> None:
    """Pairwise precision/recall of story clustering and duplicate detection on the demo corpus."""
    from newsgraph.evaluate.stories import evaluate_stories

    result = evaluate_stories(Path(gold), Path(pages))
    _print_json(result) if as_json else render.eval_stories(out, result)


def main() -> None:
    """Entry point: run the app, turning our errors into one line and an exit code."""
    try:
        app()
    except NewsgraphError as error:
        err.print(f"[red]error:[/] {error}", highlight=False, soft_wrap=True)
        sys.exit(error.exit_code)
    except KeyboardInterrupt:
        err.print("interrupted: what was already ingested is kept")
        sys.exit(130)


if __name__ == "__main__":
    main()

"""The whole spine on our own small pages: ingest -> clean -> extract -> store -> resolve."""

from __future__ import annotations

from pathlib import Path

import newsgraph
from newsgraph.store import queries


def test_ingest_reports_failures_and_keeps_the_rest(tmp_path: Path, pages_dir: Path) -> None:
    kb = newsgraph.open(tmp_path / "kb.sqlite")
    report = kb.ingest([str(pages_dir)])
    assert report.files == 4
    assert report.articles == 2
    failed = {Path(f["path"]).name: f["error"] for f in report.failed}
    assert set(failed) == {"empty.txt", "broken.html.gz"}
    assert "empty" in failed["empty.txt"] and "gzip" in failed["broken.html.gz"]
    assert kb.stats()["articles"] == 2


def test_reingesting_the_same_content_adds_nothing(tmp_path: Path, pages_dir: Path) -> None:
    kb = newsgraph.open(tmp_path / "kb.sqlite")
    kb.ingest([str(pages_dir / "treaty.txt")])
    again = kb.ingest([str(pages_dir / "treaty.txt")])
    assert again.articles == 0
    assert again.duplicates == 1
    assert kb.stats()["articles"] == 1


def test_ingested_facts_are_queryable(tmp_path: Path, pages_dir: Path) -> None:
    kb = newsgraph.open(tmp_path / "kb.sqlite")
    kb.ingest([str(pages_dir)])
    assert kb.search("treaty")["total"] == 1
    names = {e["name"] for e in kb.entities(limit=100)["items"]}
    assert {"Vladimir Putin", "Kim Jong Un", "North Korea"} <= names
    events = kb.events(limit=100)["items"]
    assert any(ev["type"] == "AGREE" for ev in events)
    assert all(ev["n_mentions"] >= 1 for ev in events)
    claims = kb.claims(limit=100)["items"]
    values = {c["value"] for g in claims for c in g["claims"]}
    assert 1500 in values


def test_actor_filter_accepts_aliases(tmp_path: Path, pages_dir: Path) -> None:
    kb = newsgraph.open(tmp_path / "kb.sqlite")
    kb.ingest([str(pages_dir)])
    by_name = kb.events(actor="Vladimir Putin")["total"]
    assert by_name >= 1
    assert kb.events(actor="vladimir putin")["total"] == by_name


def test_extract_function_returns_the_contract(pages_dir: Path) -> None:
    result = newsgraph.extract((pages_dir / "treaty.txt").read_text())
    assert set(result) == {"source", "articles"}
    article = result["articles"][0]
    for key in (
        "id",
        "title",
        "outlet",
        "author",
        "published",
        "published_basis",
        "language",
        "text",
        "comments",
        "entities",
        "events",
        "claims",
    ):
        assert key in article
    assert article["published"] == "2024-06-19"
    assert "Kim Jong Un" in {e["name"] for e in article["entities"]}


def test_queries_module_and_api_agree(tmp_path: Path, pages_dir: Path) -> None:
    kb = newsgraph.open(tmp_path / "kb.sqlite")
    kb.ingest([str(pages_dir)])
    assert kb.stats() == queries.stats(kb.store)


def test_site_chrome_is_counted_across_a_sites_pages(tmp_path: Path, extractor) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.model import RawPage, content_hash
    from newsgraph.pipeline import Pipeline
    from newsgraph.store import Store

    store = Store(tmp_path / "kb.sqlite")
    pipeline = Pipeline(store, extractor=extractor)
    for i, topic in enumerate(["grain exports rose", "the bridge reopened", "clinics opened"]):
        text = (
            f"Riverside Ledger | Home | Sport | Weather\n\nHeadline {i}\n\nOfficials said {topic} "
            "this week after months of delay, and residents welcomed the news.\n\n© Riverside Ledger\n"
        )
        url = f"https://www.ledger.example/{i}"
        pipeline.ingest_pages([RawPage(url, text, "text", content_hash(text), url)])
    lines = store.site_lines("ledger.example")
    assert lines["riverside ledger | home | sport | weather"] == 3
    assert lines["© riverside ledger"] == 3

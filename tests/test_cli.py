"""The CLI as a user runs it: real processes, JSON output, one-line errors, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

CLI = [sys.executable, "-m", "newsgraph.cli"]
COMMANDS = [
    "ingest",
    "extract",
    "clean",
    "search",
    "entities",
    "events",
    "timeline",
    "graph",
    "stories",
    "story",
    "claims",
    "stats",
    "report",
    "serve",
    "bench",
    "eval",
]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, cwd=cwd, timeout=300)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = run(command, "--help")
    assert result.returncode == 0, result.stderr
    assert "Usage" in result.stdout


@pytest.mark.slow
def test_ingest_json_summary_and_exit_code(tmp_path: Path, pages_dir: Path) -> None:
    db = tmp_path / "kb.sqlite"
    result = run("ingest", str(pages_dir), "--db", str(db), "--json")
    assert result.returncode == 1  # two inputs failed
    data = json.loads(result.stdout)
    assert data["files"] == 4 and data["articles"] == 2 and data["duplicates"] == 0
    assert sorted(Path(f["path"]).name for f in data["failed"]) == ["broken.html.gz", "empty.txt"]
    assert "Traceback" not in result.stderr
    again = run("ingest", str(pages_dir / "treaty.txt"), "--db", str(db), "--json")
    assert again.returncode == 0
    assert json.loads(again.stdout)["duplicates"] == 1
    events = json.loads(run("events", "--db", str(db), "--json").stdout)
    assert events["total"] >= 1
    assert {"mentions", "independent_sources"} <= set(events["items"][0])


@pytest.mark.slow
def test_extract_json_follows_the_contract(pages_dir: Path) -> None:
    result = run("extract", str(pages_dir / "troops.txt"), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["source"] == str(pages_dir / "troops.txt")
    assert len(data["articles"]) == 1


def test_missing_database_is_a_one_line_error(tmp_path: Path) -> None:
    result = run("stats", "--db", str(tmp_path / "nothing.sqlite"))
    assert result.returncode == 2
    assert "nothing.sqlite" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_bad_file_for_extract_is_a_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "photo.html"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\x00binary")
    result = run("extract", str(bad), "--json")
    assert result.returncode == 1
    assert "photo.html" in result.stderr and "binary" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_story_is_not_found(tmp_path: Path) -> None:
    db = tmp_path / "kb.sqlite"
    from newsgraph.store import Store

    Store(db).close()
    result = run("story", "99", "--db", str(db))
    assert result.returncode == 3
    assert "no story 99" in result.stderr

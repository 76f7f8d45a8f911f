"""Readers: every input shape becomes RawPages, every bad input one clear InputError."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.ingest import expand_paths, read_inputs, read_one
from newsgraph.model import RawPage

ARTICLE = "Seoul said on Monday that a cargo ship left the port of Rajin for Vostochny.\n"


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_text_file_is_a_text_page(tmp_path: Path) -> None:
    page = next(read_one(str(_write(tmp_path / "a.txt", ARTICLE))))
    assert page.kind == "text"
    assert page.text == ARTICLE
    assert len(page.content_hash) == 64


def test_html_file_and_gzip_of_html(tmp_path: Path) -> None:
    html = f"<html><body><article><p>{ARTICLE}</p></article></body></html>"
    plain = next(read_one(str(_write(tmp_path / "b.html", html))))
    zipped = next(read_one(str(_write(tmp_path / "c.html.gz", gzip.compress(html.encode())))))
    assert plain.kind == zipped.kind == "html"
    assert zipped.text == html


def test_directories_recurse_and_globs_expand(tmp_path: Path) -> None:
    _write(tmp_path / "x" / "one.txt", ARTICLE)
    _write(tmp_path / "x" / "deep" / "two.htm", "<p>" + ARTICLE + "</p>")
    _write(tmp_path / "x" / "notes.pdf", b"%PDF-1.4")
    found = list(expand_paths([str(tmp_path / "x")]))
    assert [Path(p).name for p in found] == ["two.htm", "one.txt"]
    assert len(list(expand_paths([str(tmp_path / "x" / "**" / "*.txt")]))) == 1


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"   \n\n", "empty file"),
        ("broken.txt.gz", b"\x1f\x8b\x08\x00garbage", "broken gzip"),
        ("image.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
)
def test_bad_inputs_are_one_line_errors(
    tmp_path: Path, name: str, data: bytes, problem: str
) -> None:
    path = _write(tmp_path / name, data)
    with pytest.raises(InputError) as info:
        list(read_one(str(path)))
    message = str(info.value)
    assert message.startswith(str(path))
    assert problem in message
    assert "\n" not in message


def test_missing_file_does_not_stop_the_others(tmp_path: Path) -> None:
    good = _write(tmp_path / "good.txt", ARTICLE)
    items = list(read_inputs([str(tmp_path / "nope.txt"), str(good)]))
    assert isinstance(items[0], InputError) and "no such file" in str(items[0])
    assert isinstance(items[1], RawPage)


def test_legacy_encoding_is_decoded_like_a_browser(tmp_path: Path) -> None:
    text = "Le ministre a déclaré à Séoul que la coopération militaire était préoccupante. " * 5
    page = next(read_one(str(_write(tmp_path / "latin.txt", text.encode("cp1252")))))
    assert "déclaré" in page.text


def test_declared_charset_wins_over_guessing(tmp_path: Path) -> None:
    html = (
        '<html><head><meta charset="windows-1251"></head><body><p>Москва заявила</p></body></html>'
    )
    page = next(read_one(str(_write(tmp_path / "ru.html", html.encode("cp1251")))))
    assert "Москва" in page.text


def test_feed_items_become_pages(tmp_path: Path) -> None:
    feed = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire Desk</title>
    <item><title>Talks resume</title><link>https://wire.example/1</link>
    <pubDate>Tue, 18 Jun 2024 10:00:00 GMT</pubDate>
    <description>&lt;p&gt;Delegations met in Vladivostok to resume talks.&lt;/p&gt;</description></item>
    </channel></rss>"""
    pages = list(read_one(str(_write(tmp_path / "wire.rss", feed))))
    assert len(pages) == 1
    assert pages[0].source == "https://wire.example/1"
    assert "Vladivostok" in pages[0].text and 'content="Wire Desk"' in pages[0].text


def _warc_record(url: str, body: bytes) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:0a1b2c3d-0000-4000-8000-000000000001>\r\n"
        f"WARC-Target-URI: {url}\r\nWARC-Date: 2024-06-20T10:00:00Z\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    )
    return head.encode() + http + b"\r\n\r\n"


def test_warc_responses_become_pages(tmp_path: Path) -> None:
    body = f"<html><body><p>{ARTICLE}</p></body></html>".encode()
    path = _write(
        tmp_path / "crawl.warc.gz", gzip.compress(_warc_record("https://news.example/a", body))
    )
    pages = list(read_one(str(path)))
    assert [p.source for p in pages] == ["https://news.example/a"]
    assert pages[0].kind == "html"


def test_truncated_warc_is_an_input_error(tmp_path: Path) -> None:
    path = _write(tmp_path / "bad.warc", b"WARC/1.0\r\nWARC-Type: resp")
    items = list(read_inputs([str(path)]))
    assert all(isinstance(i, InputError) for i in items) or items == []

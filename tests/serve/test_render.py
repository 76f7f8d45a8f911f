"""Highlighting untrusted text by offsets: every piece escaped, markup well formed."""

from __future__ import annotations

from newsgraph.serve.render import (
    Span,
    excerpt,
    figure,
    highlight,
    month_histogram,
    safe_url,
    snippet,
)


def test_text_is_escaped_between_and_inside_marks() -> None:
    text = "<b>x</b> said <script>y</script>"
    out = highlight(text, [Span(14, len(text), "evidence")])
    assert (
        out
        == '&lt;b&gt;x&lt;/b&gt; said <mark class="evidence">&lt;script&gt;y&lt;/script&gt;</mark>'
    )


def test_links_inside_and_across_marks_are_clipped_to_stay_well_formed() -> None:
    text = "Kim met Putin in Pyongyang."
    out = str(highlight(text, [Span(0, 13, "evidence")], [Span(8, 26, "ent", href="/entities/p")]))
    assert out == (
        '<mark class="evidence">Kim met <a class="ent" href="/entities/p">Putin</a></mark>'
        '<a class="ent" href="/entities/p"> in Pyongyang</a>.'
    )


def test_overlapping_and_out_of_range_spans_are_dropped() -> None:
    text = "abcdef"
    out = str(highlight(text, [Span(0, 4), Span(2, 5), Span(4, 99), Span(5, 6)]))
    assert out == "<mark>abcd</mark>e<mark>f</mark>"


def test_attributes_are_escaped() -> None:
    out = str(highlight("ab", links=[Span(0, 1, href='/e/"x"><script>', title="<t>")]))
    assert "<script>" not in out and "&#34;x&#34;" in out


def test_snippet_marks_hits_only() -> None:
    assert snippet("a [[hit]] <img onerror=x>") == "a <mark>hit</mark> &lt;img onerror=x&gt;"


def test_figures_read_like_a_newsroom_writes_them() -> None:
    assert (
        figure({"value": 1_000_000.0, "unit": "shells", "approximate": True}) == "~1,000,000 shells"
    )
    assert figure({"value": 3.5, "upper": 5.0, "unit": "%"}) == "3.5–5 %"
    assert figure({"value": 2.0, "currency": "$", "unit": None}) == "$2"


def test_only_http_urls_become_links() -> None:
    assert safe_url("https://example.org/a") == "https://example.org/a"
    assert safe_url("javascript:alert(1)") is None
    assert safe_url(None) is None


def test_month_histogram_splits_tone() -> None:
    rows = month_histogram(
        [
            {"date": "2024-03-01", "type": "AGREE"},
            {"date": "2024-03-09", "type": "ACCUSE"},
            {"date": None, "first_reported": "2024-05-02", "type": "ACCUSE"},
            {"date": None, "type": "AID"},
        ]
    )
    assert [(r["month"], r["coop"], r["conf"]) for r in rows] == [
        ("2024-03", 1, 1),
        ("2024-05", 0, 1),
    ]


def test_excerpt_keeps_the_evidence_paragraph() -> None:
    text = (
        "First paragraph here.\n\nThe pact <b>was</b> signed on Friday. More words follow.\n\nLast."
    )
    start = text.index("The pact")
    out = str(excerpt(text, start, start + 37))
    assert out == (
        '<mark class="evidence">The pact &lt;b&gt;was&lt;/b&gt; signed on Friday.</mark>'
        " More words follow."
    )
    assert (
        str(excerpt("a b c d e f g", 6, 7, context=2)) == '… c <mark class="evidence">d</mark> e …'
    )

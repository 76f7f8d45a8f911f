"""Incremental cost: resolving new articles must not read the stored corpus.

SQLite's progress handler counts virtual-machine steps, so it sees every row a query
touches, scans included. Resolving the same new articles into a knowledge base ten times
larger must cost about the same; a scan of all stored articles, stories or entities would
make it grow tenfold.
"""

from __future__ import annotations

import random

from resolve_helpers import KB, SUMMIT_A, SUMMIT_B, claim, entity, event

GROWTH_ALLOWED = 1.5


def filler_article(kb: KB, n: int, rng: random.Random) -> str:
    """An unrelated article on its own made-up topic (its own words, names and numbers)."""
    vocab = [f"w{n}x{i}" for i in range(40)]
    text = " ".join(rng.choice(vocab) for _ in range(120)) + f" Zq{n}x Lastname{n}."
    ents = [entity(f"Zq{n}x Lastname{n}", "PERSON", text), entity(f"Place{n}", "GPE", text)]
    evs = [
        event(
            "CONSULT", [f"Place{n}"], [f"Other{n}"], text, "send", date=f"2022-01-{n % 28 + 1:02d}"
        )
    ]
    return kb.add(
        f"old{n}.txt",
        text,
        published=f"2022-01-{n % 28 + 1:02d}",
        entities=ents,
        events=evs,
        claims=[claim(f"widgets{n} made", n + 1, f"widgets{n}")],
    )


def steps_to_resolve_new(kb: KB, n_old: int) -> int:
    rng = random.Random(n_old)
    for n in range(n_old):
        kb.resolver.resolve([filler_article(kb, n, rng)])
    new = [
        kb.add(
            "new1.txt",
            SUMMIT_A,
            entities=[entity("Kim Jong Un", "PERSON", SUMMIT_A)],
            events=[event("CONSULT", ["North Korea"], ["Russia"], SUMMIT_A, "meet")],
            claims=[claim("shells", 1e6, "shells")],
        ),
        kb.add("new2.txt", SUMMIT_B, entities=[entity("Kim Jong-un", "PERSON", SUMMIT_B)]),
    ]
    kb.resolver.merge_entities("Zq1x Lastname1", "Zq2x Lastname2")
    steps = 0

    def count() -> int:
        nonlocal steps
        steps += 1
        return 0

    kb.store.conn.set_progress_handler(count, 100)
    kb.resolver.resolve(new)
    kb.store.conn.set_progress_handler(None, 100)
    return steps


def test_resolving_new_articles_does_not_grow_with_the_knowledge_base(tmp_path) -> None:
    (tmp_path / "small").mkdir()
    (tmp_path / "large").mkdir()
    small = steps_to_resolve_new(KB(tmp_path / "small"), 20)
    large = steps_to_resolve_new(KB(tmp_path / "large"), 200)
    assert large <= small * GROWTH_ALLOWED, (small, large)


def test_resolve_bench_reports_flat_costs(tmp_path) -> None:
    from newsgraph.resolve.bench import incremental_costs

    result = incremental_costs((40, 200), n_new=20, workdir=tmp_path)
    assert [r["kb_articles"] for r in result["rows"]] == [40, 200]
    assert result["step_growth"] <= GROWTH_ALLOWED

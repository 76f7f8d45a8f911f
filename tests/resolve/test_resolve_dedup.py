"""Exact and near-duplicate detection, and the calibration of its thresholds."""

from __future__ import annotations

import random

from resolve_helpers import FLOOD_A, SUMMIT_A, SUMMIT_A_COPY, SUMMIT_B

from newsgraph.resolve import dedup

FILLER = ("agency", "officials", "market", "region", "council", "village", "statement", "budget")


def edited_copy(text: str, share: float, seed: int) -> str:
    """Our own light edit: replace `share` of the words, wrap in a different site's chrome."""
    rng = random.Random(seed)
    toks = text.split()
    for i in rng.sample(range(len(toks)), int(len(toks) * share)):
        toks[i] = rng.choice(FILLER)
    return "Advertisement. Sign in to read more.\n" + " ".join(toks) + "\nShare on social media."


def long_text(seed: int) -> str:
    return " ".join([SUMMIT_A, FLOOD_A][seed % 2].split()[seed:] + SUMMIT_B.split())


def test_lightly_edited_copies_pass_verification_and_lsh() -> None:
    # Calibration behind MIN_JACCARD/MIN_CONTAINMENT and the LSH banding: 5-10% edits.
    for seed in range(12):
        text = long_text(seed)
        copy = edited_copy(text, 0.05 + 0.005 * seed, seed)
        a, b = dedup.shingles(text), dedup.shingles(copy)
        assert dedup.is_near_duplicate(a, b) is not None, seed
        buckets_a = set(dedup.band_buckets(dedup.signature(a)))
        assert buckets_a & set(dedup.band_buckets(dedup.signature(b))), seed


def test_different_reports_of_one_event_are_not_duplicates() -> None:
    a, b = dedup.shingles(SUMMIT_A), dedup.shingles(SUMMIT_B)
    jaccard, containment = dedup.overlap(a, b)
    assert jaccard < 0.1 and containment < 0.2
    assert dedup.is_near_duplicate(a, b) is None


def test_exact_duplicate_links_to_earliest(kb) -> None:
    first = kb.add("a.txt", SUMMIT_A, outlet="Northern Wire")
    kb.resolver.resolve([first])
    second = kb.add("b.txt", "  " + SUMMIT_A.replace(". ", ".  "), outlet="Harbour Times")
    report = kb.resolver.resolve([second])
    assert report.duplicates == 1
    row = kb.row("SELECT duplicate_of, similarity, story_id FROM articles WHERE id = ?", (second,))
    assert row["duplicate_of"] == first and row["similarity"] == 1.0
    assert row["story_id"] == kb.row("SELECT story_id FROM articles WHERE id = ?", (first,))[0]


def test_syndicated_copy_with_other_boilerplate_is_a_near_duplicate(kb) -> None:
    first = kb.add("a.txt", SUMMIT_A, outlet="Northern Wire")
    other = kb.add("c.txt", SUMMIT_B, outlet="Eastern Post")
    copy = kb.add("b.txt", SUMMIT_A_COPY, outlet="Daily Courier")
    report = kb.resolver.resolve([first, other, copy])  # one batch: later ones see earlier ones
    assert report.duplicates == 1
    row = kb.row("SELECT duplicate_of, similarity FROM articles WHERE id = ?", (copy,))
    assert row["duplicate_of"] == first and 0.5 <= row["similarity"] < 1.0
    assert kb.row("SELECT duplicate_of FROM articles WHERE id = ?", (other,))[0] is None


def test_copy_of_a_copy_links_to_the_original(kb) -> None:
    first = kb.add("a.txt", SUMMIT_A)
    copy = kb.add("b.txt", SUMMIT_A_COPY)
    again = kb.add("c.txt", SUMMIT_A_COPY + " Updated.")
    kb.resolver.resolve([first, copy, again])
    assert kb.row("SELECT duplicate_of FROM articles WHERE id = ?", (again,))[0] == first


def test_short_texts_are_left_to_the_exact_hash(kb) -> None:
    a = kb.add("a.txt", "Talks resumed in Geneva on Monday.")
    b = kb.add("b.txt", "Talks resumed in Geneva on Tuesday.")
    assert kb.resolver.resolve([a, b]).duplicates == 0

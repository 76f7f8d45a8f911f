"""Exact and near-duplicate articles: content hash, then MinHash LSH over word shingles.

datasketch's MinHashLSH persists only to Redis or Cassandra, and an in-memory index would
have to be rebuilt from every stored article at start-up, which is exactly the full re-read
issue #5 forbids. So the LSH bands are written by hand into SQLite (`minhash_bands`, one
row per band bucket, indexed): a new article looks up its own buckets and reads only the
few articles that share one, then confirms them on the real shingles.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

from newsgraph.resolve.text import stable_hash64, words

SHINGLE_WORDS = 3  # 5-word shingles turn a 5% edit into a Jaccard of ~0.66 (FACTS.md); 3 keep ~0.75
NUM_PERM = 128
LSH_BANDS = 32  # 32 bands x 4 rows: the S-curve's midpoint sits at Jaccard (1/32)^(1/4) ~ 0.42,
LSH_ROWS = 4  # so copies at J >= 0.5 are found with p >= 0.87 and at J >= 0.6 with p >= 0.99
MINHASH_SEED = 7
MINHASH_SCHEME = "affine32"  # pinned: stored signatures are only comparable within one scheme
# Verification on the real shingles, calibrated in tests/resolve/test_resolve_dedup.py on our
# own copies wrapped in other chrome: 5% of words edited gives J 0.72 (containment 0.86),
# 10% J 0.55 (0.72), 15% J 0.44 (0.62, no longer caught); two outlets' own reports of one
# event stay under J 0.05.
MIN_JACCARD = 0.5
MIN_CONTAINMENT = 0.8  # a copy cut short or padded with a site's chrome
MIN_SHINGLES = 12  # shorter texts are left to the exact hash: too few shingles to judge
MAX_CANDIDATES = 20  # the band hits to verify, most-shared first


@dataclass
class DuplicateMatch:
    """The article a new one copies, and how closely (1.0 for an exact copy)."""

    original: str
    similarity: float


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """The set of word n-grams of a text (casefolded, punctuation ignored)."""
    toks = words(text)
    if len(toks) < size:
        return {" ".join(toks)} if toks else set()
    return {" ".join(toks[i : i + size]) for i in range(len(toks) - size + 1)}


_PERMUTATIONS = MinHash(
    num_perm=NUM_PERM, seed=MINHASH_SEED, scheme=MINHASH_SCHEME
).permutations  # drawn once, reused


def signature(shingle_set: set[str]) -> np.ndarray:
    """The MinHash signature of a shingle set (uint64, NUM_PERM values)."""
    mh = MinHash(
        num_perm=NUM_PERM, seed=MINHASH_SEED, scheme=MINHASH_SCHEME, permutations=_PERMUTATIONS
    )
    mh.update_batch([s.encode("utf-8") for s in shingle_set])
    return np.asarray(mh.hashvalues, dtype=np.uint64)


def band_buckets(sig: np.ndarray) -> list[tuple[int, int]]:
    """(band, bucket) pairs: each band's rows hashed to one signed 64-bit bucket."""
    out = []
    for band in range(LSH_BANDS):
        chunk = sig[band * LSH_ROWS : (band + 1) * LSH_ROWS].astype("<u8").tobytes()
        out.append((band, stable_hash64(chunk.hex())))
    return out


def overlap(a: set[str], b: set[str]) -> tuple[float, float]:
    """(Jaccard, containment of the smaller set in the larger) of two shingle sets."""
    if not a or not b:
        return 0.0, 0.0
    inter = len(a & b)
    return inter / len(a | b), inter / min(len(a), len(b))


def is_near_duplicate(a: set[str], b: set[str]) -> float | None:
    """The Jaccard similarity if the two shingle sets are copies of one text, else None."""
    jac, cont = overlap(a, b)
    return jac if jac >= MIN_JACCARD or cont >= MIN_CONTAINMENT else None


def _root(conn: sqlite3.Connection, article_id: str) -> str:
    row = conn.execute("SELECT duplicate_of FROM articles WHERE id = ?", (article_id,)).fetchone()
    return row[0] if row and row[0] else article_id


def exact_duplicate(
    conn: sqlite3.Connection, article_id: str, text_hash: str, pending: Collection[str]
) -> DuplicateMatch | None:
    """The earliest stored article with the same normalised text, outside this batch's queue."""
    rows = conn.execute(
        "SELECT id, duplicate_of FROM articles WHERE text_hash = ? AND id != ?"
        " ORDER BY published IS NULL, published, rowid",
        (text_hash, article_id),
    ).fetchall()
    for row in rows:
        if row["id"] not in pending:
            return DuplicateMatch(row["duplicate_of"] or row["id"], 1.0)
    return None


def near_duplicate(
    conn: sqlite3.Connection,
    article_id: str,
    shingle_set: set[str],
    sig: np.ndarray,
    pending: Collection[str],
) -> DuplicateMatch | None:
    """The best verified near-copy among the articles sharing an LSH bucket with this one."""
    hits: Counter[str] = Counter()
    for band, bucket in band_buckets(sig):
        for (other,) in conn.execute(
            "SELECT article_id FROM minhash_bands WHERE band = ? AND bucket = ?", (band, bucket)
        ):
            if other != article_id and other not in pending:
                hits[other] += 1
    best: DuplicateMatch | None = None
    for other, _ in hits.most_common(MAX_CANDIDATES):
        row = conn.execute("SELECT text FROM articles WHERE id = ?", (other,)).fetchone()
        sim = is_near_duplicate(shingle_set, shingles(row["text"])) if row else None
        if sim is not None and (best is None or sim > best.similarity):
            best = DuplicateMatch(_root(conn, other), round(sim, 4))
    return best


def index_signature(conn: sqlite3.Connection, article_id: str, sig: np.ndarray) -> None:
    """Persist an article's signature and LSH buckets so later articles can find it."""
    conn.execute(
        "INSERT OR REPLACE INTO minhashes (article_id, signature) VALUES (?, ?)",
        (article_id, sig.astype("<u8").tobytes()),
    )
    conn.executemany(
        "INSERT INTO minhash_bands (band, bucket, article_id) VALUES (?, ?, ?)",
        [(band, bucket, article_id) for band, bucket in band_buckets(sig)],
    )


def find_duplicate(
    conn: sqlite3.Connection, article: sqlite3.Row, pending: Collection[str]
) -> DuplicateMatch | None:
    """Check one new article against the stored ones (exact first), and index it."""
    match = exact_duplicate(conn, article["id"], article["text_hash"], pending)
    shingle_set = shingles(article["text"])
    if len(shingle_set) < MIN_SHINGLES:
        return match
    sig = signature(shingle_set)
    if match is None:
        match = near_duplicate(conn, article["id"], shingle_set, sig, pending)
    index_signature(conn, article["id"], sig)
    return match

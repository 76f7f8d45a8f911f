"""Online story clustering: each new article joins the closest story or starts one.

An article is a sparse TF-IDF vector over hashed content words (document frequencies are
kept in `term_df`, updated as articles arrive) plus its set of entities and its date. A
story keeps a centroid (the sum of its articles' vectors, pruned to its strongest terms),
entity and event-type counts, and its time span. Candidate stories come from an inverted
index (`story_keys`: entity and top-term keys), so the cost of one article does not grow
with the number of stored articles or stories.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from newsgraph.resolve.text import content_words, stable_hash64

TERM_SPACE = 1 << 24  # hashed term ids; collisions at this size are negligible for news vocabularies
N_DOCS_KEY = -1  # the term_df row that holds the number of documents seen
CENTROID_TERMS = 300  # a story's centroid keeps its strongest terms only (bounded size)
KEY_TERMS = 8  # top terms per article/story written to and looked up in story_keys
MAX_CANDIDATES = 50
# Similarity = cosine(article, centroid) + ENTITY_WEIGHT * share of the article's entities
# already in the story. Calibrated on ECB+ sub-topics (documents.jsonl, text only: pairwise
# F1 peaks for cosine thresholds 0.2-0.3) and on our own fixtures with entities.
ENTITY_WEIGHT = 0.25
JOIN_THRESHOLD = 0.25
TIME_WINDOW_DAYS = 30  # an article more than this outside a story's span starts a new one


@dataclass
class StoryState:
    """What one story remembers about its articles (enough to score and label it)."""

    id: int | None
    centroid: dict[int, float] = field(default_factory=dict)
    entities: Counter[str] = field(default_factory=Counter)
    actors: Counter[str] = field(default_factory=Counter)
    types: Counter[str] = field(default_factory=Counter)
    terms: Counter[str] = field(default_factory=Counter)
    first_date: str | None = None
    last_date: str | None = None
    n_articles: int = 0


@dataclass
class ArticleFeatures:
    """The features of one article that story assignment looks at."""

    vector: dict[int, float]
    words: Counter[str]
    entities: set[str]
    actors: list[str]
    types: list[str]
    published: str | None


def term_id(word: str) -> int:
    return stable_hash64(word) % TERM_SPACE


def tfidf(counts: Counter[str], df: dict[int, int], n_docs: int) -> dict[int, float]:
    """A sublinear-TF, smoothed-IDF vector, L2-normalised, keyed by hashed term id."""
    vec: dict[int, float] = {}
    for word, tf in counts.items():
        tid = term_id(word)
        idf = math.log((1 + n_docs) / (1 + df.get(tid, 0))) + 1.0
        vec[tid] = vec.get(tid, 0.0) + (1.0 + math.log(tf)) * idf
    return normalise(vec)


def normalise(vec: dict[int, float]) -> dict[int, float]:
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {k: v / norm for k, v in vec.items()} if norm else {}


def cosine(a: dict[int, float], b: dict[int, float]) -> float:
    """Cosine of two sparse vectors (the first is assumed normalised)."""
    if len(b) < len(a):
        a, b = b, a
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    norm_b = math.sqrt(sum(v * v for v in b.values())) if b else 0.0
    norm_a = math.sqrt(sum(v * v for v in a.values())) if a else 0.0
    return dot / (norm_a * norm_b) if norm_a and norm_b else 0.0


def parse_date(value: str | None) -> date | None:
    """A date from YYYY-MM-DD, YYYY-MM or YYYY (the coarse ones at their first day)."""
    if not value:
        return None
    parts = value.split("-")
    try:
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1,
                    int(parts[2][:2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def within_window(published: str | None, story: StoryState) -> bool:
    """Whether an article's date lies within TIME_WINDOW_DAYS of the story's span."""
    day = parse_date(published)
    first, last = parse_date(story.first_date), parse_date(story.last_date)
    if day is None or first is None or last is None:
        return True
    return (first - day).days <= TIME_WINDOW_DAYS and (day - last).days <= TIME_WINDOW_DAYS


def story_score(feat: ArticleFeatures, story: StoryState) -> float:
    """How well an article fits a story: text cosine plus shared entities; -1 out of window."""
    if not within_window(feat.published, story):
        return -1.0
    score = cosine(feat.vector, story.centroid)
    if feat.entities:
        shared = sum(1 for e in feat.entities if story.entities.get(e))
        score += ENTITY_WEIGHT * shared / len(feat.entities)
    return score


def best_story(feat: ArticleFeatures, stories: Iterable[StoryState]) -> StoryState | None:
    """The best-scoring story at or above JOIN_THRESHOLD, or None (start a new story)."""
    best, best_score = None, JOIN_THRESHOLD
    for story in stories:
        score = story_score(feat, story)
        if score >= best_score:
            best, best_score = story, score
    return best


def add_to_story(story: StoryState, feat: ArticleFeatures) -> None:
    """Fold an article into a story's centroid, counts and time span."""
    for tid, val in feat.vector.items():
        story.centroid[tid] = story.centroid.get(tid, 0.0) + val
    if len(story.centroid) > CENTROID_TERMS:
        top = sorted(story.centroid.items(), key=lambda kv: -kv[1])[:CENTROID_TERMS]
        story.centroid = dict(top)
    story.entities.update(feat.entities)
    story.actors.update(feat.actors)
    story.types.update(feat.types)
    story.terms.update(dict(feat.words.most_common(KEY_TERMS)))
    story.terms = Counter(dict(story.terms.most_common(CENTROID_TERMS // 10)))
    story.n_articles += 1
    if feat.published:
        story.first_date = min(filter(None, [story.first_date, feat.published]))
        story.last_date = max(filter(None, [story.last_date, feat.published]))


def story_label(story: StoryState) -> str:
    """'Russia, North Korea — CONSULT, AID': dominant actors, then dominant event types."""
    actors = [a for a, _ in (story.actors or story.entities).most_common(3)]
    types = [t for t, _ in story.types.most_common(2)]
    if not actors:
        actors = [t for t, _ in story.terms.most_common(3)]
    label = ", ".join(actors)
    return f"{label} — {', '.join(types)}" if types else label


def article_keys(feat: ArticleFeatures) -> set[str]:
    """The inverted-index keys an article is looked up (and a story indexed) by."""
    keys = {f"e:{e}" for e in feat.entities}
    keys.update(f"t:{w}" for w, _ in feat.words.most_common(KEY_TERMS))
    return keys


# -- persistence ----------------------------------------------------------------------------


def load_df(conn: sqlite3.Connection, counts: Counter[str]) -> tuple[dict[int, int], int]:
    """Document frequencies of just these words, and the number of documents seen."""
    ids = list({term_id(w) for w in counts} | {N_DOCS_KEY})
    df: dict[int, int] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"SELECT term, df FROM term_df WHERE term IN ({marks})", chunk):
            df[row[0]] = row[1]
    return df, df.pop(N_DOCS_KEY, 0)


def bump_df(conn: sqlite3.Connection, counts: Counter[str]) -> None:
    """Count one more document for each of its distinct words (and for the total)."""
    ids = {term_id(w) for w in counts} | {N_DOCS_KEY}
    conn.executemany(
        "INSERT INTO term_df (term, df) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET df = df + 1",
        [(i,) for i in ids],
    )


def _pack(centroid: dict[int, float]) -> bytes:
    keys = np.fromiter(centroid.keys(), dtype="<i8", count=len(centroid))
    vals = np.fromiter(centroid.values(), dtype="<f4", count=len(centroid))
    return len(centroid).to_bytes(4, "little") + keys.tobytes() + vals.tobytes()


def _unpack(blob: bytes | None) -> dict[int, float]:
    if not blob:
        return {}
    n = int.from_bytes(blob[:4], "little")
    keys = np.frombuffer(blob[4 : 4 + 8 * n], dtype="<i8")
    vals = np.frombuffer(blob[4 + 8 * n :], dtype="<f4")
    return dict(zip(keys.tolist(), vals.tolist(), strict=True))


def load_story(conn: sqlite3.Connection, story_id: int) -> StoryState:
    row = conn.execute("SELECT * FROM stories WHERE id = ?", (story_id,)).fetchone()
    terms = json.loads(row["terms"] or "{}")
    return StoryState(
        id=row["id"], centroid=_unpack(row["centroid"]),
        entities=Counter(terms.get("entities", {})), actors=Counter(terms.get("actors", {})),
        types=Counter(terms.get("types", {})), terms=Counter(terms.get("terms", {})),
        first_date=row["first_date"], last_date=row["last_date"], n_articles=row["n_articles"],
    )


def save_story(conn: sqlite3.Connection, story: StoryState, keys: set[str]) -> int:
    """Write a story (inserting it if new) and add its lookup keys; returns its id."""
    terms = json.dumps({"entities": dict(story.entities.most_common(50)),
                        "actors": dict(story.actors.most_common(20)),
                        "types": dict(story.types), "terms": dict(story.terms)})
    values = (story_label(story), story.first_date, story.last_date, story.n_articles,
              _pack(story.centroid), terms)
    if story.id is None:
        cur = conn.execute(
            "INSERT INTO stories (label, first_date, last_date, n_articles, centroid, terms)"
            " VALUES (?, ?, ?, ?, ?, ?)", values)
        story.id = int(cur.lastrowid or 0)
    else:
        conn.execute(
            "UPDATE stories SET label = ?, first_date = ?, last_date = ?, n_articles = ?,"
            " centroid = ?, terms = ? WHERE id = ?", (*values, story.id))
    conn.executemany("INSERT OR IGNORE INTO story_keys (key, story_id) VALUES (?, ?)",
                     [(k, story.id) for k in keys])
    return story.id


def candidate_stories(conn: sqlite3.Connection, keys: set[str]) -> list[int]:
    """Stories sharing the most lookup keys with an article (at most MAX_CANDIDATES)."""
    hits: Counter[int] = Counter()
    key_list = sorted(keys)
    for start in range(0, len(key_list), 500):
        chunk = key_list[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for (sid,) in conn.execute(f"SELECT story_id FROM story_keys WHERE key IN ({marks})", chunk):
            hits[sid] += 1
    return [sid for sid, _ in hits.most_common(MAX_CANDIDATES)]


def features_for(text: str, entities: set[str], actors: list[str], types: list[str],
                 published: str | None, df: dict[int, int], n_docs: int) -> ArticleFeatures:
    """Build an article's features from its text and facts."""
    counts = Counter(content_words(text))
    return ArticleFeatures(tfidf(counts, df, n_docs), counts, entities, actors, types, published)


def assign_story(conn: sqlite3.Connection, text: str, entities: set[str], actors: list[str],
                 types: list[str], published: str | None) -> int:
    """Put one article into its best story (or a new one) and update the indexes."""
    counts = Counter(content_words(text))
    df, n_docs = load_df(conn, counts)
    bump_df(conn, counts)
    feat = ArticleFeatures(tfidf(counts, df, n_docs), counts, entities, actors, types, published)
    keys = article_keys(feat)
    stories = [load_story(conn, sid) for sid in candidate_stories(conn, keys)]
    story = best_story(feat, stories) or StoryState(id=None)
    add_to_story(story, feat)
    return save_story(conn, story, keys)


def join_story(conn: sqlite3.Connection, story_id: int, entities: set[str], actors: list[str],
               types: list[str], published: str | None) -> None:
    """A duplicate joins its original's story: counts and span move, the centroid does not."""
    story = load_story(conn, story_id)
    feat = ArticleFeatures({}, Counter(), entities, actors, types, published)
    add_to_story(story, feat)
    save_story(conn, story, set())

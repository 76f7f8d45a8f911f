"""The resolve stage: link newly stored articles to the rest of the knowledge base.

Order, per call (one transaction):
    1. entities   merge new entities into existing referents, then re-apply user decisions
    2. duplicates exact hash, then MinHash LSH (a duplicate joins its original's story)
    3. stories    online clustering of the non-duplicates
    4. events     event coreference of the new event mentions
    5. claims     grouping and comparison of the new claims
Only the new articles are read, plus what the persistent indexes point at (LSH buckets,
story keys, event participants, claim group keys): never the whole stored corpus.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass

from newsgraph.resolve import claims, dedup, entities, events, stories
from newsgraph.resolve.entities import Canonical
from newsgraph.store.sqlite import Store


@dataclass
class ResolveReport:
    """What one resolve() call linked."""

    duplicates: int = 0
    new_stories: int = 0
    events_new: int = 0
    events_merged: int = 0
    claim_groups_contested: int = 0


class Resolver:
    """Cross-article linking over a Store; `canonical` maps a name to the actor dictionary's."""

    def __init__(self, store: Store, canonical: Canonical | None = None) -> None:
        self.store = store
        self.canonical = canonical
        self._names: dict[str, str] = {}

    # -- public API -----------------------------------------------------------------------

    def resolve(self, article_ids: list[str]) -> ResolveReport:
        """Resolve these (new) articles against the knowledge base; returns what changed."""
        report = ResolveReport()
        self._names = {}
        with self.store.transaction() as conn:
            todo = self._unresolved(conn, article_ids)
            if not todo:
                return report
            self._resolve_entities(conn, todo)
            self._link_articles(conn, todo, report)
            report.events_new, report.events_merged = events.assign_events(
                conn, todo, self._canon(conn)
            )
            touched = claims.group_claims(conn, todo)
            report.claim_groups_contested = sum(
                1
                for g in touched
                if conn.execute("SELECT status FROM claim_groups WHERE id = ?", (g,)).fetchone()[0]
                == "contested"
            )
        return report

    def merge_entities(self, keep_name: str, other_name: str) -> None:
        """Record and apply "other_name is the same referent as keep_name"."""
        self._decide("merge", keep_name, other_name)

    def split_entity(self, keep_name: str, other_name: str) -> None:
        """Record and apply "other_name is NOT the same referent as keep_name"."""
        self._decide("split", keep_name, other_name)

    def reapply_decisions(self) -> None:
        """Apply every recorded user decision again (they survive re-ingest)."""
        with self.store.transaction() as conn:
            entities.reapply_decisions(conn)

    # -- steps ----------------------------------------------------------------------------

    def _decide(self, action: str, keep_name: str, other_name: str) -> None:
        with self.store.transaction() as conn:
            apply = entities.apply_merge if action == "merge" else entities.apply_split
            apply(conn, keep_name, other_name)  # raises NotFound before anything is recorded
            entities.record_decision(conn, action, keep_name, other_name)
            self._names = {}
            self._refresh_events_naming(conn, [keep_name, other_name])

    def _refresh_events_naming(self, conn: sqlite3.Connection, names: list[str]) -> None:
        marks = ",".join("?" * len(names))
        ids = [
            r[0]
            for r in conn.execute(
                f"SELECT DISTINCT event_id FROM event_participants WHERE entity_name IN ({marks})"
                " COLLATE NOCASE",
                names,
            )
        ]
        for event_id in ids:
            events.refresh_event(conn, event_id, self._canon(conn))

    def _unresolved(self, conn: sqlite3.Connection, article_ids: list[str]) -> list[str]:
        """The given articles that exist and have not been resolved yet, in the given order."""
        out = []
        for article_id in dict.fromkeys(article_ids):
            row = conn.execute(
                "SELECT story_id FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            if row is not None and row[0] is None:
                out.append(article_id)
        return out

    def _resolve_entities(self, conn: sqlite3.Connection, article_ids: list[str]) -> None:
        ids: set[str] = set()
        for article_id in article_ids:
            ids.update(
                r[0]
                for r in conn.execute(
                    "SELECT DISTINCT entity_id FROM mentions WHERE article_id = ?", (article_id,)
                )
            )
        entities.resolve_entities(conn, ids)
        entities.reapply_decisions(conn)

    def _canon(self, conn: sqlite3.Connection) -> events.Canon:
        def canon(name: str) -> str:
            if name not in self._names:
                self._names[name] = entities.canonical_name(conn, name, self.canonical)
            return self._names[name]

        return canon

    def _link_articles(
        self, conn: sqlite3.Connection, article_ids: list[str], report: ResolveReport
    ) -> None:
        """Duplicates, then stories, one article at a time (later ones see earlier ones)."""
        pending = set(article_ids)
        for article_id in article_ids:
            pending.discard(article_id)
            article = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
            match = dedup.find_duplicate(conn, article, pending)
            ents, actors, types = self._article_facts(conn, article_id)
            if match is not None:
                report.duplicates += 1
                story_id = self._story_of(conn, match.original)
                conn.execute(
                    "UPDATE articles SET duplicate_of = ?, similarity = ? WHERE id = ?",
                    (match.original, match.similarity, article_id),
                )
            else:
                story_id = None
            if story_id is not None:
                stories.join_story(conn, story_id, ents, actors, types, article["published"])
            else:
                before = conn.execute("SELECT max(id) FROM stories").fetchone()[0] or 0
                text = f"{article['title'] or ''}\n{article['text']}"
                story_id = stories.assign_story(
                    conn, text, ents, actors, types, article["published"]
                )
                report.new_stories += int(story_id > before)
            conn.execute("UPDATE articles SET story_id = ? WHERE id = ?", (story_id, article_id))

    @staticmethod
    def _story_of(conn: sqlite3.Connection, article_id: str) -> int | None:
        row = conn.execute("SELECT story_id FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def _article_facts(
        self, conn: sqlite3.Connection, article_id: str
    ) -> tuple[set[str], list[str], list[str]]:
        """An article's canonical entity names, event participants and event types."""
        ents = set()
        for (entity_id,) in conn.execute(
            "SELECT DISTINCT entity_id FROM mentions WHERE article_id = ?", (article_id,)
        ).fetchall():
            canon = entities.canonical_id(conn, entity_id)
            row = conn.execute("SELECT name FROM entities WHERE id = ?", (canon,)).fetchone()
            if row:
                ents.add(row[0])
        canon_name = self._canon(conn)
        actors: Counter[str] = Counter()
        types: list[str] = []
        for row in conn.execute(
            "SELECT type, actors, targets FROM event_mentions WHERE article_id = ?", (article_id,)
        ):
            types.append(row["type"])
            actors.update(
                canon_name(n) for n in json.loads(row["actors"]) + json.loads(row["targets"]) if n
            )
        return ents, list(actors.elements()), types

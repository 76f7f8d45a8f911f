"""The knowledge base schema, as an ordered list of migrations.

A database records the number of migrations applied in `PRAGMA user_version`; opening it
applies the missing ones in order, inside a transaction each. Never edit a released
migration: append a new one.
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: the spine: pages, articles (FTS5), comments, entities, mentions, events, claims.
    """
    CREATE TABLE pages (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        url TEXT,
        site TEXT,
        n_articles INTEGER NOT NULL DEFAULT 0,
        ingested_at TEXT NOT NULL
    );
    CREATE TABLE discards (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        stage TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        label TEXT NOT NULL DEFAULT '',
        first_date TEXT,
        last_date TEXT,
        n_articles INTEGER NOT NULL DEFAULT 0,
        centroid BLOB,
        terms TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        source TEXT NOT NULL,
        url TEXT,
        title TEXT,
        outlet TEXT,
        author TEXT,
        published TEXT,
        published_basis TEXT,
        language TEXT NOT NULL DEFAULT 'en',
        text TEXT NOT NULL,
        text_hash TEXT NOT NULL,
        word_count INTEGER NOT NULL,
        notes TEXT NOT NULL DEFAULT '[]',
        duplicate_of TEXT REFERENCES articles(id) ON DELETE SET NULL,
        similarity REAL,
        story_id INTEGER REFERENCES stories(id) ON DELETE SET NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_text_hash ON articles(text_hash);
    CREATE INDEX articles_story ON articles(story_id);
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='rowid', tokenize='porter unicode61'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TABLE comments (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        posted TEXT,
        author TEXT,
        text TEXT NOT NULL
    );
    CREATE INDEX comments_article ON comments(article_id);

    CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        merged_into TEXT REFERENCES entities(id),
        n_mentions INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
    CREATE TABLE entity_aliases (
        entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        alias_key TEXT NOT NULL,
        PRIMARY KEY (entity_id, alias_key)
    );
    CREATE INDEX entity_aliases_key ON entity_aliases(alias_key);
    CREATE TABLE mentions (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        entity_id TEXT NOT NULL REFERENCES entities(id),
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        surface TEXT NOT NULL
    );
    CREATE INDEX mentions_article ON mentions(article_id);
    CREATE INDEX mentions_entity ON mentions(entity_id);

    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        type TEXT NOT NULL,
        mode TEXT,
        actors TEXT NOT NULL DEFAULT '[]',
        targets TEXT NOT NULL DEFAULT '[]',
        location TEXT,
        date TEXT,
        date_precision TEXT,
        first_article_id TEXT REFERENCES articles(id) ON DELETE SET NULL,
        first_reported TEXT,
        n_mentions INTEGER NOT NULL DEFAULT 0,
        independent_sources INTEGER NOT NULL DEFAULT 0,
        modalities TEXT NOT NULL DEFAULT '{}',
        trigger TEXT
    );
    CREATE INDEX events_type ON events(type);
    CREATE INDEX events_date ON events(date);
    CREATE TABLE event_mentions (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
        type TEXT NOT NULL,
        mode TEXT,
        actors TEXT NOT NULL,
        targets TEXT NOT NULL,
        location TEXT,
        date TEXT,
        date_precision TEXT,
        date_text TEXT,
        modality TEXT NOT NULL,
        source TEXT,
        evidence TEXT NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        trigger TEXT
    );
    CREATE INDEX event_mentions_article ON event_mentions(article_id);
    CREATE INDEX event_mentions_event ON event_mentions(event_id);
    CREATE TABLE event_participants (
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        entity_name TEXT NOT NULL,
        role TEXT NOT NULL,
        PRIMARY KEY (event_id, entity_name, role)
    );
    CREATE INDEX event_participants_name ON event_participants(entity_name COLLATE NOCASE);

    CREATE TABLE claim_groups (
        id INTEGER PRIMARY KEY,
        subject TEXT NOT NULL,
        unit TEXT,
        key TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'single',
        n_claims INTEGER NOT NULL DEFAULT 0,
        n_sources INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX claim_groups_key ON claim_groups(key);
    CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        group_id INTEGER REFERENCES claim_groups(id) ON DELETE SET NULL,
        subject TEXT NOT NULL,
        value REAL NOT NULL,
        upper REAL,
        unit TEXT,
        currency TEXT,
        approximate INTEGER NOT NULL DEFAULT 0,
        attributed_to TEXT,
        modality TEXT NOT NULL,
        evidence TEXT NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL
    );
    CREATE INDEX claims_article ON claims(article_id);
    CREATE INDEX claims_group ON claims(group_id);

    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        config TEXT NOT NULL,
        files INTEGER NOT NULL DEFAULT 0,
        articles INTEGER NOT NULL DEFAULT 0,
        failed INTEGER NOT NULL DEFAULT 0
    );
    """,
    # 2: persistent near-duplicate index (MinHash LSH bands) and user entity decisions.
    """
    CREATE TABLE minhash_bands (
        band INTEGER NOT NULL,
        bucket INTEGER NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
    );
    CREATE INDEX minhash_bands_lookup ON minhash_bands(band, bucket);
    CREATE TABLE minhashes (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        signature BLOB NOT NULL
    );
    CREATE TABLE entity_decisions (
        id INTEGER PRIMARY KEY,
        action TEXT NOT NULL CHECK (action IN ('merge', 'split')),
        keep_name TEXT NOT NULL,
        other_name TEXT NOT NULL,
        at TEXT NOT NULL
    );
    """,
    # 3: resolve's persistent indexes: document frequencies for story vectors, an inverted
    # index from story keys (entities, top terms) to stories, so an article finds candidate
    # stories without scanning them all, and merged_into lookups for entity merges.
    """
    CREATE TABLE term_df (
        term INTEGER PRIMARY KEY,
        df INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE story_keys (
        key TEXT NOT NULL,
        story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        PRIMARY KEY (key, story_id)
    );
    CREATE INDEX story_keys_story ON story_keys(story_id);
    CREATE INDEX entities_merged ON entities(merged_into);
    """,
    # 4: read paths of the HTTP API at 100k+ articles: date windows on events (the queries
    # filter on coalesce(date, first_reported)), actor lookups by exact name (the NOCASE
    # index cannot serve `entity_name IN (...)`), mentions by entity with the article,
    # articles by event type (search's event_type filter) and an article's near-duplicates
    # (partial: a full index on duplicate_of would lure `duplicate_of IS NULL` filters,
    # e.g. in queries.stories, away from articles_story; measured 11 ms -> 5 s at 100k).
    """
    CREATE INDEX events_when ON events(coalesce(date, first_reported));
    CREATE INDEX event_participants_exact ON event_participants(entity_name, role, event_id);
    CREATE INDEX mentions_entity_article ON mentions(entity_id, article_id);
    CREATE INDEX event_mentions_type ON event_mentions(type, article_id);
    CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;
    """,
    # 5: the raw lines at the top and bottom of each site's pages (where chrome sits), counted
    # per site before cleaning, so the cleaner sees repetition even of lines it always drops.
    """
    CREATE TABLE site_lines (
        site TEXT NOT NULL,
        line TEXT NOT NULL,
        pages INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (site, line)
    ) WITHOUT ROWID;
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)

"""Store: the SQLite knowledge base (schema, writes) and the read queries every interface shares."""

from newsgraph.store import queries
from newsgraph.store.sqlite import Store, alias_key

__all__ = ["Store", "alias_key", "queries"]

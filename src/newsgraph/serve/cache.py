"""A small LRU for read queries, keyed by the knowledge base's on-disk version.

Aggregates (the actor graph, stats, timelines) cost tens of milliseconds on a big knowledge
base and are asked for again and again with the same parameters. A cached answer stays valid
while the database files are unchanged: every commit in WAL mode touches the `-wal` file and
every checkpoint the main file, so their (mtime, size) is a cheap cross-process version.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

# Entries kept: one graph or timeline answer is at most a few hundred KB of Python objects.
CACHE_ENTRIES = 256


def data_version(db_path: str) -> tuple[int, ...]:
    """A value that changes whenever the database's content may have changed."""
    parts: list[int] = []
    for suffix in ("", "-wal"):
        try:
            st = os.stat(db_path + suffix)
        except OSError:
            parts += [0, 0]
        else:
            parts += [st.st_mtime_ns, st.st_size]
    return tuple(parts)


class QueryCache:
    """Thread-safe LRU of query answers; `bump()` drops everything (after an ingest)."""

    def __init__(self, db_path: str, entries: int = CACHE_ENTRIES) -> None:
        self.db_path = db_path
        self.entries = entries
        self._data: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()
        self._generation = 0
        self._flights: dict[Hashable, threading.Lock] = {}
        self.hits = 0
        self.misses = 0

    def bump(self) -> None:
        with self._lock:
            self._generation += 1
            self._data.clear()

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """The cached answer, computing it once even when many threads ask at the same time."""
        if not self.entries:
            return compute()
        full = (key, self._generation, data_version(self.db_path))
        with self._lock:
            if full in self._data:
                self._data.move_to_end(full)
                self.hits += 1
                return self._data[full]
            flight = self._flights.setdefault(full, threading.Lock())
        with flight:  # the first caller computes; the others wait here, then read its answer
            with self._lock:
                if full in self._data:
                    self.hits += 1
                    return self._data[full]
            try:
                value = compute()
            finally:
                with self._lock:
                    self._flights.pop(full, None)
            with self._lock:
                self.misses += 1
                self._data[full] = value
                while len(self._data) > self.entries:
                    self._data.popitem(last=False)
        return value

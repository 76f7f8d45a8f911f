"""The PLOVER pattern book: verb and noun lemmas per category, from YAML (user-extendable)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from newsgraph.extract.lexicon import DATA_DIR, read_yaml
from newsgraph.model import PLOVER_TYPES

# Prepositions whose objects are an event's targets unless a pattern says otherwise.
DEFAULT_TARGET_PREPS = (
    "to",
    "with",
    "on",
    "against",
    "at",
    "into",
    "toward",
    "towards",
    "upon",
    "for",
    "around",
)


@dataclass(frozen=True)
class Pattern:
    """One trigger: lemma and part of speech, PLOVER category and mode, optional constraints."""

    category: str
    lemma: str
    pos: str
    mode: str | None
    prep: str | None = None
    particle: str | None = None
    object: str | None = None
    targets: tuple[str, ...] = DEFAULT_TARGET_PREPS

    @property
    def specificity(self) -> int:
        """Constrained patterns are tried before bare ones for the same lemma."""
        return sum(x is not None for x in (self.prep, self.particle, self.object))


class PatternBook:
    """All patterns, indexed by (lemma, pos); later files add to (or override) earlier ones."""

    def __init__(self, extra_files: Iterable[Path] = ()) -> None:
        self.modes: dict[str, list[str]] = {}
        self._index: dict[tuple[str, str], list[Pattern]] = {}
        for path in [DATA_DIR / "plover.yaml", *extra_files]:
            self._load(read_yaml(Path(path)), str(path))

    def _load(self, raw: dict, where: str) -> None:
        for category, modes in (raw.get("modes") or {}).items():
            self.modes.setdefault(category, [])
            self.modes[category] += [m for m in modes if m not in self.modes[category]]
        for category, items in (raw.get("patterns") or {}).items():
            if category not in PLOVER_TYPES:
                raise ValueError(f"{where}: unknown PLOVER category {category!r}")
            for item in items or []:
                for key in ("lemma", "prep", "particle", "object", "mode"):
                    if key in item and not isinstance(item[key], str):
                        # YAML reads a bare `on`, `off`, `yes` or `no` as a boolean
                        raise ValueError(
                            f"{where}: {category} pattern {item!r}: {key} must be a word;"
                            f' quote it ({key}: "{str(item[key]).lower()}")'
                        )
                self._add(_pattern(category, item))

    def _add(self, pattern: Pattern) -> None:
        bucket = self._index.setdefault((pattern.lemma, pattern.pos), [])
        bucket[:] = [
            p
            for p in bucket
            if (p.category, p.prep, p.particle, p.object)
            != (pattern.category, pattern.prep, pattern.particle, pattern.object)
        ]
        bucket.append(pattern)
        bucket.sort(key=lambda p: -p.specificity)

    def get(self, lemma: str, pos: str) -> list[Pattern]:
        return self._index.get((lemma, pos), [])

    def lemmas(self) -> set[str]:
        return {lemma for lemma, _ in self._index}


def _pattern(category: str, item: dict) -> Pattern:
    targets = item.get("targets")
    return Pattern(
        category=category,
        lemma=str(item["lemma"]).lower(),
        pos=str(item.get("pos", "verb")).lower(),
        mode=item.get("mode"),
        prep=item.get("prep"),
        particle=item.get("particle"),
        object=item.get("object"),
        targets=tuple(targets) if targets else DEFAULT_TARGET_PREPS,
    )

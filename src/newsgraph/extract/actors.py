"""The actor dictionary: countries, capitals, demonyms, institutions and office holders.

Built from pycountry (every country, under its common name), `extract_countries.yaml`
(capitals, demonyms, metonyms for the countries most present in the news), `actors.yaml`
(curated institutions and office holders with roles and date ranges), the broader lists of
`actors_world_*.yaml` (international bodies, NGOs, armed groups, state institutions, treaties,
regions, office holders of 2023-2025) and any user files
of the same shape. One lookup maps a surface form to its canonical actor, whatever the
spelling ("Kim Jong-un", "Sergei Lavrov", "Korea, Democratic People's Republic of").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pycountry

from newsgraph.extract.lexicon import DATA_DIR, read_yaml

# Demonyms shorter than this are not matched to a country by their stem.
MIN_DEMONYM_LEN = 5
# Surnames shorter than this are too ambiguous to resolve without a full name in the article.
MIN_SURNAME_LEN = 4
# East Asian family names are short ("Xi", "Li"); one a single curated person bears is theirs.
MIN_FAMILY_NAME_LEN = 2
# States whose people put the family name first ("Kim" in "Kim Jong Un", "Xi" in "Xi Jinping").
FAMILY_NAME_FIRST = frozenset({"North Korea", "South Korea", "China", "Vietnam", "Taiwan"})
# Words that make the name after them a father's name ("Mohammed bin Salman"), no surname.
PATRONYMIC_MARKS = frozenset({"bin", "bint", "ibn"})
_DASHES = re.compile(r"[\u2010-\u2015\-_/]+")
_DROP = re.compile(r"[.'’`\"“”,()]")
_SPACES = re.compile(r"\s+")
_DOUBLE = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """A spelling-insensitive key: no accents, case, dots, apostrophes, hyphens or leading 'the'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _DASHES.sub(" ", _DROP.sub("", text))
    text = _SPACES.sub(" ", text).strip()
    return text[4:] if text.startswith("the ") else text


@lru_cache(maxsize=65536)
def phonetic_key(text: str) -> str:
    """A transliteration-insensitive key: Sergey/Sergei, Zelensky/Zelenskyy, Dmitry/Dmitri agree."""
    key = name_key(text).replace("kh", "h").replace("y", "i").replace("j", "i")
    return _DOUBLE.sub(r"\1", key)


@dataclass(frozen=True)
class Role:
    """An office an actor held: title ("foreign minister"), country, ISO date range."""

    title: str
    country: str | None
    start: str | None = None
    end: str | None = None

    def held_on(self, day: str | None) -> bool:
        """Whether the office was held on `day` (YYYY[-MM[-DD]]); unknown day: held now."""
        if day is None:
            return self.end is None
        return (self.start is None or self.start[: len(day)] <= day) and (
            self.end is None or day <= self.end[: len(day)]
        )


@dataclass
class Actor:
    """One canonical actor with its type, the state it acts for and its offices."""

    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    state: str | None = None
    roles: list[Role] = field(default_factory=list)
    metonym: bool = False  # a capital or building that stands for its state ("the Kremlin")
    town: bool = False  # a town inside `state`: where things happen, not a side of its own
    media: bool = False  # a state's news outlet ("KCNA"): it reports, it does not act for it
    # from the broad world lists: its bare surname names it only where NER saw a person
    # ("Turk", "Shah" and "Bondi" are words before they are Volker Turk, Amit Shah, Pam Bondi)
    world: bool = False

    @property
    def acts_for(self) -> str:
        """The name an event uses for this actor: the state for metonyms and demonyms."""
        if (self.metonym or self.type == "NORP") and self.state:
            return self.state
        return self.name

    @property
    def is_country(self) -> bool:
        """A sovereign state itself (not its capital, a town or an institution)."""
        return self.type == "GPE" and self.state == self.name

    @property
    def institution_of(self) -> str | None:
        """The state an organ of state acts for ("the Revolutionary Guards": Iran), else None:
        event coders code a state's agencies as the state, but its news outlets report."""
        if self.type == "ORG" and self.state and not self.metonym and not self.media:
            return self.state
        return None


def _country_name(country: Any) -> str:
    """pycountry's common name, or its name with ", Republic of" turned around."""
    name = getattr(country, "common_name", None) or country.name
    if ", " in name:
        head, tail = name.split(", ", 1)
        name = f"{tail} {head}"
    return name


class ActorDictionary:
    """Canonical actors by spelling-insensitive key, extendable with user YAML files."""

    def __init__(self, extra_files: Iterable[Path] = ()) -> None:
        self._by_key: dict[str, list[Actor]] = {}
        self._by_phonetic: dict[str, list[Actor]] = {}
        self._by_surname: dict[str, list[Actor]] = {}
        self.actors: list[Actor] = []
        self.ambiguous: set[str] = set()
        self._demonym_cache: dict[str, Actor | None] = {}
        self._load_countries(read_yaml(DATA_DIR / "extract_countries.yaml"))
        # the broad world lists first, so that the hand-tuned actors.yaml wins on a shared key
        for path in [*sorted(DATA_DIR.glob("actors_world_*.yaml")), DATA_DIR / "actors.yaml"]:
            raw = read_yaml(path)
            self._load_ambiguous(raw)
            self._load_actors(raw, world=path.name.startswith("actors_world_"))
        for path in extra_files:
            raw = read_yaml(Path(path))
            self._load_countries(raw)
            self._load_actors(raw)

    # --- building ---------------------------------------------------------------------------
    def add(self, actor: Actor) -> None:
        """Register an actor under its name and aliases (later files win on the same key)."""
        self.actors.append(actor)
        for form in [actor.name, *actor.aliases]:
            key = name_key(form)
            if not key:
                continue
            bucket = self._by_key.setdefault(key, [])
            bucket[:] = [a for a in bucket if a.type != actor.type]
            bucket.insert(0, actor)
            if actor.type == "PERSON":
                self._by_phonetic.setdefault(phonetic_key(form), []).insert(0, actor)
        if actor.type == "PERSON":
            self._index_surname(actor)

    def _index_surname(self, actor: Actor) -> None:
        parts = name_key(actor.name).split()
        if len(parts) < 2:
            return
        if parts[-2] in PATRONYMIC_MARKS:
            return  # "Mohammed bin Salman": Salman is his father (the king), not a surname
        family_first = actor.state in FAMILY_NAME_FIRST
        surname = parts[0] if family_first else parts[-1]
        if len(surname) >= (MIN_FAMILY_NAME_LEN if family_first else MIN_SURNAME_LEN):
            self._by_surname.setdefault(surname, []).append(actor)

    def _load_ambiguous(self, raw: dict[str, Any]) -> None:
        """Forms that are also plain words: matched in text only when capitalised."""
        self.ambiguous |= {str(w).casefold() for w in raw.get("ambiguous_aliases", []) or []}

    def _load_countries(self, raw: dict[str, Any]) -> None:
        table = raw.get("countries") or {}
        self._load_ambiguous(raw)
        if not self.actors:  # the built-in file: start from every country pycountry knows
            for country in pycountry.countries:
                if country.alpha_3 not in table:
                    self._add_country(country.alpha_3, {}, country)
        for code, info in table.items():
            self._add_country(str(code), info or {}, pycountry.countries.get(alpha_3=str(code)))

    def _add_country(self, code: str, info: dict[str, Any], country: Any) -> None:
        name = info.get("name") or (_country_name(country) if country else code)
        aliases = [str(a) for a in info.get("aliases", []) or []]
        if country is not None:
            aliases += [
                country.name,
                getattr(country, "official_name", ""),
                getattr(country, "common_name", ""),
            ]
        ceded = {str(a) for a in info.get("ceded_aliases", []) or []}
        aliases = [a for a in aliases if a not in ceded]  # "Congo" alone is the DRC
        self.add(Actor(name, "GPE", [a for a in aliases if a and a != name], state=name))
        if info.get("capital") and info["capital"] != name:
            self.add(Actor(str(info["capital"]), "GPE", state=name, metonym=True))
        demonyms = [str(d) for d in info.get("demonyms", []) or []]
        if demonyms:
            self.add(Actor(demonyms[0], "NORP", demonyms[1:], state=name))
        for metonym in info.get("metonyms", []) or []:
            self.add(Actor(str(metonym).removeprefix("the "), "ORG", state=name, metonym=True))

    def _load_actors(self, raw: dict[str, Any], *, world: bool = False) -> None:
        for item in raw.get("actors", []) or []:
            roles = [
                Role(
                    str(r.get("title", "")).lower(),
                    r.get("country"),
                    _iso(r.get("start")),
                    _iso(r.get("end")),
                )
                for r in item.get("roles", []) or []
            ]
            self.add(
                Actor(
                    str(item["name"]),
                    str(item.get("type", "ORG")).upper(),
                    [str(a) for a in item.get("aliases", []) or []],
                    state=item.get("state"),
                    roles=roles,
                    metonym=bool(item.get("metonym", False)),
                    media=bool(item.get("media", False)),
                    world=world,
                )
            )

    # --- lookups ------------------------------------------------------------------------------
    def lookup(self, surface: str, type_: str | None = None) -> Actor | None:
        """The actor a surface form names, preferring one of `type_`; None when unknown."""
        found = self._by_key.get(name_key(surface))
        if not found and (type_ in (None, "PERSON")):
            found = self._by_phonetic.get(phonetic_key(surface))
        if not found:
            return None
        for actor in found:
            if actor.type == type_:
                return actor
        return min(found, key=lambda a: a.type == "NORP")  # a name before a demonym

    def demonym_of(self, state: str) -> str | None:
        """The adjective the dictionary lists for a country ("Paraguay" -> "Paraguayan")."""
        return next((a.name for a in self.actors if a.type == "NORP" and a.state == state), None)

    def demonym_state(self, word: str) -> Actor | None:
        """A country for an unlisted demonym by its stem ("Croatian" -> Croatia), if unique."""
        key = name_key(word)
        if len(key) < MIN_DEMONYM_LEN or " " in key:
            return None
        if key not in self._demonym_cache:
            found = None
            for cut in (1, 2, 3):
                stem = key[:-cut]
                hits = {
                    a.name
                    for a in self.actors
                    if a.type == "GPE"
                    and a.state == a.name
                    and " " not in a.name
                    and name_key(a.name).startswith(stem)
                    and len(stem) >= max(MIN_DEMONYM_LEN - 1, len(a.name) - 2)
                }
                if len(hits) == 1:
                    found = self.lookup(hits.pop(), "GPE")
                    break
            self._demonym_cache[key] = found
        return self._demonym_cache[key]

    def by_surname(self, surname: str, *, seen_as_person: bool = True) -> Actor | None:
        """The one curated person with this surname, or None when none or several. A word NER
        did not tag a person names only someone of the hand-tuned list, not of the world lists."""
        found = self._by_surname.get(name_key(surname), [])
        if len(found) != 1 or (found[0].world and not seen_as_person):
            return None
        return found[0]

    def office_holder(self, title: str, country: str | None, day: str | None) -> Actor | None:
        """Who held `title` ("foreign minister") for `country` on `day`, if the dictionary knows."""
        title = title.lower().replace("defence", "defense")
        matches = [
            actor
            for actor in self.actors
            for role in actor.roles
            if role.title.replace("defence", "defense") == title
            and (country is None or role.country == country)
            and role.held_on(day)
        ]
        unique = {a.name: a for a in matches}
        return next(iter(unique.values())) if len(unique) == 1 else None

    def aliases(self) -> Iterable[tuple[str, Actor]]:
        """Every (surface form, actor) pair, for phrase matching."""
        for actor in self.actors:
            for form in [actor.name, *actor.aliases]:
                yield form, actor


def _iso(value: Any) -> str | None:
    return None if value is None else str(value)

"""Entities: spaCy NER plus the actor dictionary, resolved to one entity per referent.

Per article: NER spans and dictionary phrase matches (which catch lower-case "ukraine"
and what NER misses) are cleaned (leading "the", titles, possessive "'s"), junk is dropped
(all-caps tag words, bare punctuation), each span is looked up in the actor dictionary
(spelling and transliteration variants), and person back-references ("Lavrov", "Kim")
join the full name mentioned in the same article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from rapidfuzz import fuzz
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from newsgraph.extract.actors import (
    PATRONYMIC_MARKS,
    Actor,
    ActorDictionary,
    name_key,
    phonetic_key,
)
from newsgraph.extract.lexicon import Lexicon
from newsgraph.extract.places import Gazetteer
from newsgraph.model import Entity

# spaCy labels kept as entities and the contract type they become; the rest (DATE,
# CARDINAL, MONEY, PERCENT, ...) are values, not entities.
LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "NORP": "NORP",
          "EVENT": "EVENT", "FAC": "FAC", "PRODUCT": "PRODUCT", "LAW": "LAW",
          "WORK_OF_ART": "OTHER", "LANGUAGE": "OTHER"}  # fmt: skip
# Two person names this similar (rapidfuzz ratio on transliteration keys) are one person.
PERSON_MERGE_RATIO = 90
# All-caps words longer than this, unknown to the dictionary, are tag-line junk ("MILITARY").
MAX_ACRONYM_LEN = 5
# A sentence with more upper-case than this share of its letters is a shouted tag line.
CAPS_SENTENCE_SHARE = 0.6
# Dictionary forms shorter than this are not phrase-matched (too many false hits: "IS", "AU").
MIN_MATCH_LEN = 4
# Shorter dictionary forms match only when they are capitalised acronyms of this length or more.
MIN_ACRONYM_LEN = 3
# Lower-case words inside Arabic, Dutch, German, Spanish ... names ("bin", "van der").
_NAME_PARTICLES = frozenset({"bin", "bint", "ibn", "al", "el", "van", "von", "der", "de", "da",
                             "di", "del", "la", "le", "du", "dos", "das"})  # fmt: skip
# Towns NER missed are looked for in runs of at most this many tokens ("Komsomolsk - on - Amur").
MAX_TOWN_TOKENS = 5
# A one-word town NER missed counts only if at least this populous ("Dubai", not "Reading").
MIN_LONE_TOWN_POPULATION = 100_000
# A surname NER missed is looked up only from this length ("Modi", not "Li").
MIN_BARE_SURNAME_LEN = 4
# NER labels a town's name may wrongly carry ("Kursk" the submarine's town as PRODUCT).
_TOWN_LABELS = frozenset({"GPE", "PERSON", "ORG", "PRODUCT", "LOC", "NORP", "OTHER"})
# Words NER sometimes swallows between two names ("the European Union on Belarus").
_NAME_JOINTS = frozenset({"and", "on", "in", "to", "against", "with", "from"})
_OPENING_BRACKETS = frozenset({"(", "["})
_CLOSING_BRACKETS = frozenset({")", "]"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
# Day names NER runs into a name after a sentence-opening date ("On Tuesday Adorni called").
_DAY_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                        "sunday"})  # fmt: skip
# Time zones a live blog stamps its entries with ("18:10 GMT — Algeria warns"): never names.
_TIME_ZONES = frozenset({"GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "EST", "EDT", "CST",
                         "CDT", "PST", "PDT", "MSK", "IST", "JST", "KST", "WAT", "EAT", "CAT",
                         "AEST", "AEDT", "SGT", "HKT"})  # fmt: skip
# Words that open a sentence capitalised in front of a force ("Riot police used water cannon",
# "Border guards fired"), which NER takes for a name.
_FORCE_MODIFIERS = frozenset({"riot", "border", "security", "special", "paramilitary", "traffic",
                              "coast", "military", "naval", "armed"})  # fmt: skip
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


@dataclass
class Mention:
    """One entity mention: offsets into the article text, its type and canonical referent."""

    start: int
    end: int
    tok_start: int
    tok_end: int
    surface: str
    type: str
    name: str
    actor: Actor | None = None
    qualified: bool = False  # after a stance prefix ("pro-Russian", "non-NATO"): no side acts

    @property
    def acts_for(self) -> str:
        """The actor an event names for this mention (the state for "Russian", "the Kremlin")."""
        return self.actor.acts_for if self.actor else self.name

    @property
    def state(self) -> str | None:
        """The country this mention belongs to, when known."""
        if self.actor is not None:
            return self.actor.state
        return self.name if self.type == "GPE" else None


@dataclass
class EntityTable:
    """The entities of one article and the index from token to mention."""

    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[int, Mention] = field(default_factory=dict)

    def at(self, token_i: int) -> Mention | None:
        return self.by_token.get(token_i)

    def ensure(self, name: str, type_: str = "GPE") -> None:
        """Add an entity an event refers to that the text only named indirectly ("Russian")."""
        if not any(e.name == name for e in self.entities):
            self.entities.append(Entity(name=name, type=type_))


class EntityResolver:
    """Builds the EntityTable of a parsed article."""

    def __init__(self, dictionary: ActorDictionary, lexicon: Lexicon, nlp: Language) -> None:
        self.dictionary = dictionary
        self.lexicon = lexicon
        # role, source, crowd and organisation words: never part of a person's name
        self._not_name_words = (
            lexicon.titles
            | lexicon.source_nouns
            | lexicon.state_agent_nouns
            | lexicon.crowd_nouns
            | _ORG_NOUNS
        )
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        forms: dict[str, str] = {}
        # Short acronyms ("RSF", "IDF", "PLA") match only as written, in capitals.
        self.acronyms: set[str] = set()
        for form, _actor in dictionary.aliases():
            if len(form) >= MIN_MATCH_LEN:
                forms.setdefault(form.casefold(), form)
            elif (
                form.isupper()
                and form.isalnum()
                and (len(form) >= MIN_ACRONYM_LEN or any(c.isdigit() for c in form))
            ):
                self.acronyms.add(form)
                forms.setdefault(form.casefold(), form)
        self.matcher.add("ACTOR", list(nlp.tokenizer.pipe(forms.values())))
        self._gazetteer: Gazetteer | None = None

    def resolve(self, doc: Doc, text: str) -> EntityTable:
        """All entities of `doc` (whose characters line up with `text`)."""
        mentions = [m for span in self._spans(doc) if (m := self._mention(span, text)) is not None]
        mentions += _defined_acronyms(doc, text, mentions)
        mentions.sort(key=lambda m: m.start)
        _retype_unknown_names(doc, mentions)
        self._place_towns(mentions)
        _retype_instruments(mentions)
        _home_bodies(mentions)
        self._join_back_references(mentions)
        table = EntityTable(mentions=mentions)
        for mention in mentions:
            for i in range(mention.tok_start, mention.tok_end):
                table.by_token[i] = mention
        table.entities = _group(mentions)
        return table

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer(self.dictionary)  # a second to build: only when needed
        return self._gazetteer

    def _place_towns(self, mentions: list[Mention]) -> None:
        """Names the dictionary does not know but GeoNames does ("Grozny", often tagged a
        person; "Kharkiv", often an organisation) are towns of their state, unless the article
        uses the word as part of a person's name ("Andrew Jackson")."""
        persons = {m.name for m in mentions if m.type == "PERSON" and " " in m.name}
        for m in mentions:
            if m.actor is not None or m.type not in _TOWN_LABELS:
                continue
            words = set(phonetic_key(m.name).split())
            if any(words & set(phonetic_key(p).split()) for p in persons - {m.name}):
                continue
            town = self.gazetteer.town(m.name)
            if town is not None:
                m.type = "GPE"
                m.actor = Actor(m.name, "GPE", state=town.state, town=True)

    # --- spans ------------------------------------------------------------------------------------
    def _spans(self, doc: Doc) -> list[Span]:
        ents = [
            self._whole_person(self._titled_person(self._appositive_person(e)))
            for e in _rejoin_cut_names(list(doc.ents), self._listed)
        ]
        named = [part for ent in ents if ent.label_ in LABELS for part in self._split(ent)]
        spans = list(named)
        for _, start, end in self.matcher(doc):
            span = doc[start:end]
            actor = self.dictionary.lookup(span.text)
            if actor is None or not self._acceptable_match(span):
                continue
            spans.append(Span(doc, start, end, label=actor.type))
        ner = set(doc.ents) | set(named)
        kept = filter_spans([s for s in spans if s in ner or self._may_replace(s, doc.ents)])
        kept = filter_spans([self._whole_town(span) for span in kept])
        kept += self._town_spans(doc, kept)
        kept = filter_spans([self._with_site_noun(span) for span in kept])
        kept += _unnamed_sites(doc, kept)
        kept += self._curated_surnames(doc, kept)
        kept += _designations(doc, kept)  # single tokens no kept span covers
        kept = _with_party_names(doc, kept)
        return kept + _name_parts(doc, kept)

    def _with_site_noun(self, span: Span) -> Span:
        """ "the Kakhovka dam", "Zaporizhzhia nuclear plant", "Wadi Sayidna air base": a name
        the small model tagged without the site noun after it is the site's name (FAC), as
        annotators name it; a country's or a people's word before a site stays what it is
        ("a US base", "a Russian air base")."""
        last = span[-1]
        site = last.head
        if (
            span.label_ not in ("GPE", "LOC", "FAC", "PERSON")
            or last.dep_ not in ("compound", "nmod")
            or not span.end <= site.i <= span.end + MAX_SITE_MODIFIERS
            or not _is_site_noun(site)
        ):
            return span
        between = span.doc[span.end : site.i]
        if any(not t.text.islower() or t.head.i != site.i for t in between):
            return span
        actor = self.dictionary.lookup(span.text)
        if actor is not None and (actor.is_country or actor.type == "NORP"):
            return span
        return Span(span.doc, span.start, site.i + 1, label="FAC")

    def _appositive_person(self, ent: Span) -> Span:
        """ "a Commission spokeswoman, Ana Pisonero,": a name set beside a person's role is a
        person's, with the first names the small model left out of it (it tags "Pisonero" an
        organisation)."""
        root = ent.root
        if (
            ent.label_ == "PERSON"
            or root.dep_ != "appos"
            or root.head.lemma_.lower() not in _ROLE_NOUNS
            or self.dictionary.lookup(ent.text) is not None
            or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent)
            or any(t.lower_ in _ORG_NOUNS or t.lower_ in _ORG_NAME_WORDS for t in ent)
        ):
            return ent
        start = ent.start
        while (
            start > 0
            and ent.doc[start - 1].pos_ == "PROPN"
            and ent.doc[start - 1].text[:1].isupper()
            and ent.doc[start - 1].head.i == root.i
        ):
            start -= 1
        return Span(ent.doc, start, ent.end, label="PERSON")

    def _titled_person(self, ent: Span) -> Span:
        """ "ombudsman Alejandro Cordova" (the small model tags "Cordova" a place), "Samantha
        Power, head of USAID" (an organisation): a name of two words or more, after a role
        noun or with a role as its apposition, is a person's."""
        if ent.label_ == "PERSON" or not all(t.pos_ == "PROPN" and t.is_title for t in ent):
            return ent
        doc, start = ent.doc, ent.start
        while start > 0 and ent.end - start < MAX_NAME_WORDS and self._name_word(doc[start - 1]):
            start -= 1
        words = doc[start : ent.end]
        if (
            len(words) < 2
            or any(t.lower_ in _ORG_NOUNS or t.lower_ in _ORG_NAME_WORDS for t in words)
            or self.dictionary.lookup(words.text) is not None
        ):
            return ent
        before = doc[start - 1] if start > 0 else None
        titled = before is not None and before.is_lower and before.lower_ in _PERSON_ROLES
        described = any(
            c.dep_ == "appos" and c.lower_ in _PERSON_ROLES and c.i > ent.end
            for c in ent.root.children
        )
        return Span(doc, start, ent.end, label="PERSON") if titled or described else ent

    def _whole_person(self, ent: Span) -> Span:
        """A person's name with the name words the small model left off it: "Min Aung" +
        "Hlaing", "Min" + "Aung Hlaing" (Burmese, Thai and Indonesian names have no surname
        for the model to end on)."""
        if ent.label_ != "PERSON":
            return ent
        doc, start, end = ent.doc, ent.start, ent.end
        while end < len(doc) and end - start < MAX_NAME_WORDS and self._name_word(doc[end]):
            end += 1
        while start > 0 and end - start < MAX_NAME_WORDS and self._name_word(doc[start - 1]):
            start -= 1
        return ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, "PERSON")

    def _name_word(self, tok: Token) -> bool:
        """A capitalised word outside any entity that can only be part of a name."""
        return (
            tok.pos_ == "PROPN"
            and tok.is_title
            and tok.ent_iob_ == "O"
            and tok.is_alpha
            and not {tok.lower_, tok.lemma_.lower()} & self._not_name_words  # "Analyst"
            and not tok.is_stop
            and self.dictionary.lookup(tok.text) is None
        )

    def _curated_surnames(self, doc: Doc, kept: list[Span]) -> list[Span]:
        """ "Modi visited Russia": a lone surname NER missed, of the one curated person who
        bears it (as "Lavrov said" is found when NER does tag it)."""
        taken = {i for span in kept for i in range(span.start, span.end)}
        return [
            Span(doc, tok.i, tok.i + 1, label="PERSON")
            for tok in doc
            if tok.i not in taken
            and tok.pos_ == "PROPN"
            and tok.is_title
            and len(tok.text) >= MIN_BARE_SURNAME_LEN
            and self.dictionary.by_surname(tok.text, seen_as_person=False) is not None
        ]

    def _town_spans(self, doc: Doc, kept: list[Span]) -> list[Span]:
        """Towns NER missed ("flew to Port Sudan", "near Komsomolsk-on-Amur"): a run of proper
        nouns GeoNames knows. A lone word at a sentence's start or of a small town is left
        alone, as it is too often an ordinary word ("Reading", "Union")."""
        taken = {i for span in kept for i in range(span.start, span.end)}
        found: list[Span] = []
        i = 0
        while i < len(doc):
            end = _proper_run_end(doc, i) if i not in taken else i
            span = next(
                (
                    doc[i:j]
                    for j in range(min(end, i + MAX_TOWN_TOKENS), i, -1)
                    if not taken & set(range(i, j)) and self._lone_town(doc[i:j])
                ),
                None,
            )
            if span is None:
                i += 1
                continue
            found.append(Span(doc, span.start, span.end, label="GPE"))
            i = span.end
        return found

    def _whole_town(self, span: Span) -> Span:
        """ "Komsomolsk-on-Amur", which NER cuts after "Komsomolsk"."""
        end = _proper_run_end(doc := span.doc, span.start)
        if end > span.end and end - span.start <= MAX_TOWN_TOKENS:
            whole = doc[span.start : end]
            if self.gazetteer.town(whole.text) is not None:
                return Span(doc, whole.start, whole.end, label="GPE")
        return span

    def _lone_town(self, span: Span) -> bool:
        town = self.gazetteer.town(span.text)
        if town is None or span[-1].text[:1].islower():
            return False
        if len(span) == 1:
            return not span[0].is_sent_start and town.population >= MIN_LONE_TOWN_POPULATION
        return True

    def _split(self, ent: Span) -> list[Span]:
        """ "Niger and Burkina Faso" or "the European Union on Belarus" tagged as one name: two,
        when each side is a known actor ("Bosnia and Herzegovina" is one)."""
        owner = self._country_before_model(ent)
        if owner is not None:  # "US B-2": the United States and the bomber
            return [owner, Span(ent.doc, owner.end, ent.end, label="PRODUCT")]
        verbs = [t.i for t in ent if t.tag_ in _FINITE_VERB_TAGS and t.pos_ == "VERB"]
        if verbs and self.dictionary.lookup(ent.text) is None:
            # "Kiir accused Machar" tagged as one organisation: the names either side of the verb
            cuts = [ent.start - 1, *verbs, ent.end]
            return [
                Span(ent.doc, a + 1, b, label=ent.label_)
                for a, b in pairwise(cuts)
                if b > a + 1 and any(t.pos_ == "PROPN" for t in ent.doc[a + 1 : b])
            ]
        joints = [t.i for t in ent if t.lower_ in _NAME_JOINTS]
        if len(joints) != 1:
            return [ent]
        left, right = ent.doc[ent.start : joints[0]], ent.doc[joints[0] + 1 : ent.end]
        if not (len(left) and len(right)):
            return [ent]
        actors = [self.dictionary.lookup(part.text) for part in (left, right)]
        if None in actors and right[0].lower_ == "the" and len(right) > 1:
            # "Fordow and the Natanz complex": a second name, with its own article
            return [
                Span(ent.doc, left.start, left.end, label=ent.label_),
                Span(ent.doc, right.start + 1, right.end, label=ent.label_),
            ]
        named = {w for e in ent.doc.ents if e.label_ == "PERSON" for w in e.text.split()}
        if None in actors and {left.text, right.text} & named:
            # "with Saied and Commission President Ursula von der Leyen": a person the article
            # names elsewhere is one side of the two names NER ran together
            return [
                Span(ent.doc, p.start, p.end, label="PERSON" if p.text in named else ent.label_)
                for p in (left, right)
            ]
        if None in actors:
            return [ent]  # "Bosnia and Herzegovina", "Trinidad and Tobago": one name
        return [
            Span(ent.doc, p.start, p.end, label=a.type)
            for p, a in zip((left, right), actors, strict=True)
        ]

    def _country_before_model(self, ent: Span) -> Span | None:
        """ "US B-2", "Russian Su-34": a country and a weapon's model tagged as one name; the
        country's part of it."""
        if not any(c.isdigit() for c in ent[-1].text):
            return None
        for end in range(ent.end - 1, ent.start, -1):
            actor = self.dictionary.lookup(ent.doc[ent.start : end].text)
            if actor is not None and actor.is_country:
                return Span(ent.doc, ent.start, end, label="GPE")
        return None

    def _may_replace(self, span: Span, ents) -> bool:
        """A dictionary match overrides NER only when it swallows a whole, non-place NER span
        ("Kim Jong-un" over a cut "Kim Jong"); "South Korea's" stays the country it names."""
        for ent in ents:
            if ent.start >= span.end or ent.end <= span.start or ent.label_ not in LABELS:
                continue  # value spans (DATE, CARDINAL) never block a dictionary name
            if span.start == ent.start and span.end == ent.end and span.label == ent.label:
                return True
            if span.start < ent.end and ent.start < span.end:
                inside = span.start <= ent.start and ent.end <= span.end
                place = ent.label_ in ("GPE", "NORP", "LOC") and span.label_ != "PERSON"
                if place and inside and ent.label_ == "NORP" and len(span) > len(ent):
                    # "the Islamic State": a group's adjective no country owns is part of its name
                    demonym = self.dictionary.lookup(ent.text, "NORP")
                    place = (demonym is not None and demonym.type == "NORP") or (
                        self.dictionary.demonym_state(ent.text) is not None
                    )
                if place and inside and ent.label_ == "NORP" and self._listed_org(span):
                    place = False  # "the Pakistani Taliban": a group listed under that name
                if place and inside and span.label_ == "GPE" and ent.label_ in ("GPE", "LOC"):
                    # "Trinidad and Tobago", "Port of Spain": a place the dictionary names whole
                    # over the places NER cut out of it
                    place = False
                if (
                    place
                    and inside
                    and ent.label_ == "NORP"
                    and span.label_ == "NORP"
                    and getattr(self.dictionary.lookup(span.text, "NORP"), "state", None)
                ):  # "South Sudanese" over the "Sudanese" NER cut out of it after a dateline
                    place = False
                if not inside or place:  # a person's name swallows a stray "Hui" NORP
                    return False
        return True

    def _listed_org(self, span: Span) -> bool:
        """Whether the dictionary lists this very phrase as the name or alias of a group no
        state owns ("the Pakistani Taliban"; a ministry keeps its demonym as the state)."""
        actor = self.dictionary.lookup(span.text)
        forms = {f.lower() for f in [actor.name, *actor.aliases]} if actor is not None else set()
        return (
            actor is not None
            and actor.type == "ORG"
            and actor.state is None
            and span.text.lower() in forms
        )

    def _acceptable_match(self, span: Span) -> bool:
        """Lower-case matches only for unambiguous names ("ukraine", not "turkey" or "chad")."""
        if len(span.text) < MIN_MATCH_LEN:
            return span.text in self.acronyms
        if span.text[:1].isupper():
            return True
        return (
            name_key(span.text) not in self.dictionary.ambiguous and len(span.text) > MIN_MATCH_LEN
        )

    # --- one mention --------------------------------------------------------------------------------
    def _mention(self, span: Span, text: str) -> Mention | None:
        label = LABELS.get(span.label_, span.label_)
        if _DESIGNATION.fullmatch(span.text):
            label = "PRODUCT"  # "MiG-29", which NER may tag a person
        if label == "ORG" and _titled_person(span):
            label = "PERSON"  # "Bishop Rolando Alvarez", tagged ORG: a title before a name
        start, end = self._trim(span, label)
        if start >= end:
            return None
        doc = span.doc
        qualified = (
            start - span.start >= 2
            and doc[start - 2].lower_ in _STANCE_PREFIXES
            and doc[start - 1].text == "-"
        ) or (  # "the Iran-backed group", "Moscow-aligned separatists": not Iran's, not Russia's
            end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in _BACKED
        )
        surface_doc = doc[start:end].text
        if self._is_junk(doc[start:end], surface_doc):
            return None
        char_start, char_end = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
        surface = text[char_start:char_end]
        actor = self.dictionary.lookup(surface_doc, label)
        if actor is None and label == "PERSON" and end - start > 1:
            actor = self._fuzzy_person(surface_doc)
        if actor is None and end - start == 1 and label in ("PERSON", "ORG", "GPE", "NORP"):
            # "Lavrov said", often tagged ORG; "met Albanese", tagged a nationality
            actor = self.dictionary.by_surname(surface_doc, seen_as_person=label == "PERSON")
        if actor is None and label == "NORP":
            country = self.dictionary.demonym_state(surface_doc)
            if country is not None:
                actor = Actor(surface_doc, "NORP", state=country.name)
        if actor is None and label == "ORG" and end - start >= 3:
            actor = self._owned_institution(doc[start:end])
        if actor is None and label == "ORG" and end - start >= 2:
            actor = self._state_body(doc[start:end])
        if actor is None and surface_doc in _HALVES:
            actor = self._half_named(surface_doc, text)
        if actor is not None:
            return Mention(
                char_start, char_end, start, end, surface, actor.type, actor.name, actor, qualified
            )
        name = (
            surface_doc.title()
            if surface_doc.isupper()
            and len(surface_doc) > MAX_ACRONYM_LEN
            and not _DESIGNATION.fullmatch(surface_doc)
            else surface_doc
        )
        return Mention(
            char_start, char_end, start, end, surface, label, _tidy(name), qualified=qualified
        )

    def _half_named(self, half: str, text: str) -> Actor | None:
        """ "the North" in a story that names North Korea (and no other "North ..." state):
        that state, as Korean, Sudanese and Cypriot news write it."""
        states = {
            actor.name
            for match in re.finditer(rf"\b{half} [A-Z][a-z]+", text)
            if (actor := self.dictionary.lookup(match.group())) is not None and actor.is_country
        }
        return self.dictionary.lookup(states.pop()) if len(states) == 1 else None

    def _listed(self, span: Span) -> bool:
        """Whether the dictionary knows a name (its keys drop a leading "the" already)."""
        return self.dictionary.lookup(span.text) is not None

    def _owned_institution(self, span: Span) -> Actor | None:
        """ "US State Department", "UK Foreign Office": a listed institution with its state's
        name or demonym before it is that institution (the dictionary lists the bare name)."""
        actor = self.dictionary.lookup(span[1:].text, "ORG")
        if actor is None or actor.state is None:
            return None
        return actor if self._state_named(span[0].text) == actor.state else None

    def _state_body(self, span: Span) -> Actor | None:
        """ "Philippine navy", "Chinese coast guard", "Border Guard Bangladesh", "India's Border
        Security Force": an unlisted body named by an institution noun and a state (a demonym
        or a country in its name, or a country owning it) acts for that state (a metonym, like
        "the Kremlin")."""
        words = [w.lower_ for w in span]
        if words[-1] not in self.lexicon.state_agent_nouns and not (
            len(words) > 2 and words[-2] in _BODY_HEADS
        ):
            return None
        doc = span.doc
        owner = (  # "China's Taiwan Affairs Office" is China's, whatever its name says
            self._state_named(doc[span.start - 2].text, countries_only=True)
            if span.start >= 2 and doc[span.start - 1].lower_ == "'s"
            else None
        )
        state = (
            owner
            or self._state_named(span[0].text)
            or (self._state_named(span[-1].text) if words[-2] in _BODY_HEADS else None)
        )
        if state is None:
            return None
        return Actor(span.text, "ORG", state=state, metonym=True)

    def _state_named(self, word: str, *, countries_only: bool = False) -> str | None:
        """The state a country name or (unless `countries_only`) a demonym stands for."""
        actor = self.dictionary.lookup(word)
        if actor is not None and actor.is_country:
            return actor.name
        if countries_only:
            return None
        if actor is not None and actor.type == "NORP" and actor.state:
            return actor.state
        country = self.dictionary.demonym_state(word)
        return country.name if country is not None else None

    def _trim(self, span: Span, label: str) -> tuple[int, int]:
        """Token bounds without determiners, titles and demonyms before a name, or "'s" after."""
        doc, start, end = span.doc, span.start, span.end
        while label == "PERSON" and start > 0:  # "No Kwang Chol": NER left a name part out
            prev = doc[start - 1]
            if prev.lower_ in _NAME_PARTICLES and start > 1 and doc[start - 2].pos_ == "PROPN":
                prev = doc[start - 2]  # "Mohammed bin Abdulrahman Al Thani"
            if prev.is_sent_start or not (
                prev.pos_ == "PROPN"
                and prev.dep_ == "compound"
                and prev.i < prev.head.i < end
                and prev.text[:1].isupper()
                and not self._is_title(prev.lower_)
            ):
                break
            start = prev.i
        for k in range(start + 1, end - 1):  # "NIAMEY - Niger": a dateline NER ran into the name
            if (
                doc[k].text in ("-", "--", "–", "—")
                and doc[k - 1].whitespace_
                and all(t.text.isupper() for t in doc[start:k] if t.is_alpha)
            ):
                start = k + 1
        while start < end and doc[start].lower_ in _DETERMINERS and doc[start].pos_ != "PROPN":
            start += 1  # but "No Kwang Chol": a name that starts like a determiner
        if (
            end - start > 2
            and doc[start].lower_ in _STANCE_PREFIXES
            and doc[start + 1].text == "-"
            and self.dictionary.lookup(doc[start + 2 : end].text) is not None
        ):  # "the first major non-NATO ally", "anti-EU parties": a mention of NATO, of the EU
            start += 2
        if label == "PERSON" and end - start > 1 and doc[start].lower_ in _DAY_NAMES:
            start += 1  # "On Tuesday Adorni called": the day is no part of the name
        while (
            label == "PERSON"
            and end - start > 1
            and (
                self._is_title(doc[start].lower_)
                or (doc[start].lower_ == "high" and self._is_title(doc[start + 1].lower_))
            )
        ):  # "High Commissioner Sanjay Kumar Verma"
            start += 1
        for k in range(start + 1, end):  # "All People's Congress (APC": the name ends at "("
            if doc[k].text in _OPENING_BRACKETS and not any(
                t.text in _CLOSING_BRACKETS for t in doc[k + 1 : end]
            ):
                end = k
                break
        while end > start and (doc[end - 1].lower_ in _POSSESSIVE or doc[end - 1].is_punct):
            end -= 1
        if label == "ORG" and end - start > 1 and doc[end - 1].text in _GENERIC_TAILS:
            end -= 1  # "the Smer party": the party's name is Smer
        while start < end and doc[start].is_punct:
            start += 1
        return start, end

    def _is_title(self, word: str) -> bool:
        if word in self.lexicon.titles:
            return True
        actor = self.dictionary.lookup(word, "NORP")
        return actor is not None and actor.type == "NORP"

    def _is_junk(self, span: Span, surface: str) -> bool:
        if surface in _TIME_ZONES:
            return True
        if _DESIGNATION.fullmatch(surface) or (len(span) == 1 and _platform_x(span[0])):
            return False  # "F-35", "on X": one letter, and digits NER may have called a person's
        if len(span) == 1 and span[0].is_sent_start and surface.lower() in _FORCE_MODIFIERS:
            return True  # "Riot police used water cannon"
        letters = [c for c in surface if c.isalpha()]
        if (
            (len(letters) < 2 and self.dictionary.lookup(surface) is None)  # but "M23", "G7"
            or "\n" in surface
            or (any(c.isdigit() for c in surface) and span.label_ == "PERSON")
        ):
            return True
        if not any(c.isupper() for c in surface):  # "navy", "the government": a common noun
            return self.dictionary.lookup(surface) is None
        if not surface.isupper() or self.dictionary.lookup(surface) is not None:
            return False
        if len(letters) > MAX_ACRONYM_LEN or " " in surface:
            return True
        sent_letters = [c for c in span.sent.text if c.isalpha()]
        upper = sum(c.isupper() for c in sent_letters)
        return upper > CAPS_SENTENCE_SHARE * max(len(sent_letters), 1)

    def _fuzzy_person(self, surface: str) -> Actor | None:
        """A curated person whose name is a near spelling of `surface` (same surname)."""
        parts = name_key(surface).split()
        for candidate in filter(
            None, (self.dictionary.by_surname(parts[-1]), self.dictionary.by_surname(parts[0]))
        ):
            if (
                fuzz.ratio(phonetic_key(candidate.name), phonetic_key(surface))
                >= PERSON_MERGE_RATIO
            ):
                return candidate
        return None

    # --- back references -----------------------------------------------------------------------------
    def _join_back_references(self, mentions: list[Mention]) -> None:
        """Give one-word person mentions and spelling variants the article's full name."""
        _join_short_org_names(mentions)
        persons = [m for m in mentions if m.type == "PERSON"]
        full = [m for m in persons if len(m.name.split()) > 1]
        keys = {part for m in full for part in phonetic_key(m.name).split()}
        self._join_particle_surnames(mentions, full)
        for mention in mentions:  # NER calls a bare surname ORG or GPE now and then ("Lavrov said")
            if (
                mention.type != "PERSON"
                and mention.actor is None
                and " " not in mention.name
                and phonetic_key(mention.name) in keys
            ):
                mention.type = "PERSON"
                persons.append(mention)
        for mention in full:
            for other in full:
                if (
                    other is not mention
                    and _same_person(mention.name, other.name)
                    and _better(other, mention)
                ):
                    mention.name, mention.actor = other.name, other.actor
        for mention in persons:
            if len(mention.name.split()) == 1:
                self._join_single(mention, full, mentions)
            elif " " not in mention.surface and mention.actor is not None:
                _prefer_the_articles_name(mention, full)

    @staticmethod
    def _join_particle_surnames(mentions: list[Mention], full: list[Mention]) -> None:
        """ "Von der Leyen", "Lula da Silva": a surname of several words, which NER often types
        an organisation, is the person the article named in full."""
        tails: dict[str, Mention] = {}
        for person in full:
            words = phonetic_key(person.name).split()
            for k in range(1, len(words) - 1):
                if words[k] in _NAME_PARTICLES or words[k - 1] in _NAME_PARTICLES:
                    tails.setdefault(" ".join(words[k:]), person)
        for mention in mentions:
            person = tails.get(phonetic_key(mention.name))
            if person is not None and mention.actor is None and " " in mention.name:
                mention.type, mention.name, mention.actor = "PERSON", person.name, person.actor

    def _join_single(self, mention: Mention, full: list[Mention], mentions: list[Mention]) -> None:
        key = phonetic_key(mention.name)
        candidates = [m for m in full if key in _own_name_parts(m.name)]
        if candidates:
            # the most mentioned full name wins ("Kim" is Kim Jong Un, not his father named once)
            counts = Counter(m.name for m in candidates)
            top = max(counts.values())
            salient = [m for m in candidates if counts[m.name] == top]
            names = {m.name for m in salient}
            if len(names) > 1:  # a tie: the one the article introduced first is its protagonist
                first = min(
                    salient, key=lambda m: m.start
                )  # ("Kim Jong Un ... Kim's father, Kim Jong Il")
                salient = [m for m in salient if m.name == first.name]
            chosen = _last_before(salient, mention)
            mention.name, mention.actor = chosen.name, chosen.actor
            return
        actor = self.dictionary.by_surname(mention.name)
        if actor is not None:
            mention.name, mention.actor, mention.type = actor.name, actor, actor.type


def _prefer_the_articles_name(mention: Mention, full: list[Mention]) -> None:
    """ "RSF envoy Omar Hamdan ... Hamdan accused": a bare surname the dictionary gave to one of
    its people (Osama Hamdan) is the article's own full name with that surname, when the
    article never names the dictionary's person in full."""
    written = [m for m in full if " " in m.surface]  # names the article writes in full
    if any(m.name == mention.name for m in written):
        return
    key = phonetic_key(mention.surface)
    local = [m for m in written if key in _own_name_parts(m.name)]
    if local:
        chosen = _last_before(local, mention)
        mention.name, mention.actor = chosen.name, chosen.actor


_STANCE_PREFIXES = frozenset({"non", "anti", "pro"})
# Words after "Iran-": a sponsor or an ally, who is not the one named acting.
_BACKED = frozenset({"backed", "aligned", "allied", "supported", "funded", "sponsored",
                     "affiliated", "friendly", "leaning", "linked", "inspired"})  # fmt: skip
# Plural nouns that, after a capitalised qualifier, name a party: "Christian Democrats".
_PARTY_MEMBERS = frozenset({"democrats", "republicans", "socialists", "conservatives", "liberals",
                            "greens", "nationalists", "progressives", "unionists"})  # fmt: skip


def _with_party_names(doc: Doc, kept: list[Span]) -> list[Span]:
    """Spans with party names made whole organisations: NER calls "Social Democrats" a
    nationality and cuts "Christian Democrats" or "Sweden Democrats" in two. Not "Senate
    Republicans" or "South Korean Democrats": a body's or a longer name's members."""
    covering = {i: span for span in kept for i in range(span.start, span.end)}

    def qualifies(word: Token, party: Token) -> bool:
        span = covering.get(word.i)
        return (
            span is None
            or (span.start, span.end) == (word.i, party.i + 1)
            or ((span.start, span.end) == (word.i, word.i + 1) and span.label_ != "ORG")
        )

    parties = [
        Span(doc, tok.i - 1, tok.i + 1, label="ORG")
        for tok in doc[1:]
        if tok.lower_ in _PARTY_MEMBERS
        and tok.text[:1].isupper()
        and doc[tok.i - 1].text[:1].isupper()
        and doc[tok.i - 1].pos_ in ("PROPN", "ADJ")
        and qualifies(doc[tok.i - 1], tok)
    ]
    if not parties:
        return kept
    taken = {i for party in parties for i in range(party.start, party.end)}
    return sorted(
        [s for s in kept if not taken & set(range(s.start, s.end))] + parties,
        key=lambda s: s.start,
    )


def _last_before(candidates: list[Mention], mention: Mention) -> Mention:
    """The candidate named last before `mention`, else the first one named after it."""
    before = [m for m in candidates if m.start < mention.start]
    return before[-1] if before else candidates[0]


def _join_short_org_names(mentions: list[Mention]) -> None:
    """ "the Commission" after "the European Commission", "the Security Council" after "the UN
    Security Council": an organisation's short form, the last words of one longer name the
    article gave before, is that organisation (two such names leave it alone)."""
    longer: list[Mention] = []
    for mention in mentions:
        if mention.type == "ORG" and mention.actor is None and mention.name[:1].isupper():
            key = name_key(mention.name)
            owners = {m.name for m in longer if name_key(m.name).endswith(" " + key)}
            if len(owners) == 1:
                owner = next(m for m in longer if m.name in owners)
                mention.name, mention.actor = owner.name, owner.actor
                continue
        if mention.type == "ORG" and " " in mention.name and " and " not in mention.name:
            longer.append(mention)  # not "Saied and Commission", two names NER ran together


def _is_site_noun(tok: Token) -> bool:
    """A lower-case common noun for a site ("dam", "prison"), not part of a capitalised name."""
    return tok.pos_ == "NOUN" and tok.text.islower() and tok.lemma_.lower() in _SITE_NOUNS


def _unnamed_sites(doc: Doc, kept: list[Span]) -> list[Span]:
    """ "held in Evin prison", "seized the Kakhovka dam": a proper noun NER left untagged,
    right before a site noun, names that site (FAC)."""
    covered = {i for span in kept for i in range(span.start, span.end)}
    found = []
    for tok in doc:
        site = tok.head
        if (
            tok.pos_ != "PROPN"
            or not tok.text[:1].isupper()
            or tok.dep_ not in ("compound", "nmod")
            or site.i != tok.i + 1
            or not _is_site_noun(site)
            or tok.i in covered
            or (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN")
        ):
            continue
        found.append(Span(doc, tok.i, site.i + 1, label="FAC"))
    return found


def _proper_run_end(doc: Doc, i: int) -> int:
    """End of the run of proper nouns starting at `i`, hyphenated joins included
    ("Komsomolsk-on-Amur"); `i` itself when the token is not a capitalised proper noun."""
    j = i
    while j < len(doc):
        tok = doc[j]
        joined = j > i and not doc[j - 1].whitespace_
        if (tok.pos_ == "PROPN" and tok.text[:1].isupper()) or (
            joined and (tok.text == "-" or tok.lower_ in _NAME_PARTICLES | {"on", "upon", "sur"})
        ):
            j += 1
            continue
        break
    return j


def _name_parts(doc: Doc, spans: list[Span]) -> list[Span]:
    """Bare family names NER missed, of people the article names in full ("Choe Son Hui ...
    Choe said"): a capitalised proper noun equal to the first or last word of a person's name."""
    parts: set[str] = set()
    by_first: dict[str, set[tuple[str, ...]]] = {}  # full names by their first word
    for span in spans:
        if span.label_ == "PERSON" and len(span) > 1:
            parts |= {span[0].text, span[-1].text}
            by_first.setdefault(span[0].text, set()).add(tuple(t.text for t in span))
    covered = {i for span in spans for i in range(span.start, span.end)}
    found = []
    for tok in doc:  # "Zaw Min Tun denied": a full name NER caught once and missed here
        for name in by_first.get(tok.text, ()):
            end = tok.i + len(name)
            if (
                end <= len(doc)
                and tuple(t.text for t in doc[tok.i : end]) == name
                and not any(i in covered for i in range(tok.i, end))
            ):
                found.append(Span(doc, tok.i, end, label="PERSON"))
                covered |= set(range(tok.i, end))
    for tok in doc:
        if (
            tok.text in parts
            and tok.i not in covered
            and tok.pos_ == "PROPN"
            and tok.is_title
            and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN")
            and not (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN")
        ):
            found.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
    return found


def _own_name_parts(name: str) -> list[str]:
    """A full name's parts a one-word mention may stand for: not a father's name after "bin"
    ("King Salman" is not Mohammed bin Salman)."""
    parts = phonetic_key(name).split()
    return [p for k, p in enumerate(parts) if k == 0 or parts[k - 1] not in PATRONYMIC_MARKS]


def _same_person(a: str, b: str) -> bool:
    ka, kb = phonetic_key(a), phonetic_key(b)
    return ka == kb or (
        ka.split()[-1] == kb.split()[-1] and fuzz.ratio(ka, kb) >= PERSON_MERGE_RATIO
    )


def _better(candidate: Mention, current: Mention) -> bool:
    """Whether `candidate`'s name should win: dictionary names first, then longer, then earlier."""
    if (candidate.actor is None) != (current.actor is None):
        return candidate.actor is not None
    if len(candidate.name) != len(current.name):
        return len(candidate.name.split()) > len(current.name.split())
    return candidate.start < current.start


def _group(mentions: list[Mention]) -> list[Entity]:
    """One Entity per canonical name, with every surface form and offset."""
    groups: dict[str, list[Mention]] = {}
    for mention in mentions:
        groups.setdefault(name_key(mention.name), []).append(mention)
    entities = []
    for group in groups.values():
        name = group[0].name
        known = [m.type for m in group if m.actor is not None]
        type_ = known[0] if known else Counter(m.type for m in group).most_common(1)[0][0]
        for m in group:
            m.type, m.name = type_, name
        aliases = list(dict.fromkeys(m.surface for m in group if m.surface != name))
        entities.append(
            Entity(
                name=name, type=type_, aliases=aliases, mentions=[(m.start, m.end) for m in group]
            )
        )
    return entities


def _tidy(name: str) -> str:
    return " ".join(name.replace("\u2011", "-").split())


def _defined_acronyms(doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions of an acronym the article defines ("the Central African Republic (CAR)", "the
    Sudan People's Liberation Movement-in-Opposition (SPLM-IO)"): every later "CAR" or
    "SPLM-IO" is that entity, though alone the dictionary would not dare to say so."""
    defined: dict[str, Mention] = {}
    for mention in mentions:
        end = mention.tok_end
        if end + 2 >= len(doc) or doc[end].text != "(":
            continue
        close = next(
            (
                j
                for j in range(end + 2, min(end + MAX_ACRONYM_TOKENS + 2, len(doc)))
                if doc[j].text == ")"
            ),
            None,
        )
        short = doc[end + 1 : close].text if close is not None else ""
        if short and " " not in short and _abbreviates(short, mention.name):
            defined[short] = mention
    if not defined:
        return []
    for mention in mentions:  # NER found "CAR" itself: it is still the republic
        first = defined.get(mention.surface)
        if first is not None and mention is not first and mention.actor is None:
            mention.name, mention.type, mention.actor = first.name, first.type, first.actor
    taken = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    found = []
    for short, first in defined.items():
        for hit in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", doc.text):
            span = doc.char_span(hit.start(), hit.end())
            if span is None:
                continue
            inside = [m for m in mentions if span.start <= m.tok_start and m.tok_end <= span.end]
            if inside and inside[0] is not first:  # NER kept only "MD" of "MD-E": all of it
                fragment = inside[0]
                fragment.start, fragment.end = span.start_char, span.end_char
                fragment.tok_start, fragment.tok_end = span.start, span.end
                fragment.surface = text[span.start_char : span.end_char]
                fragment.name, fragment.type, fragment.actor = first.name, first.type, first.actor
                continue
            if any(i in taken for i in range(span.start, span.end)):
                continue
            found.append(
                Mention(span.start_char, span.end_char, span.start, span.end,
                        text[span.start_char : span.end_char], first.type, first.name, first.actor)
            )  # fmt: skip
    return found


MAX_ACRONYM_TOKENS = 4  # "SPLM-IO" is three tokens


def _abbreviates(short: str, name: str) -> bool:
    """Whether `short` is built from the initials of `name`'s words, in order ("CAR", "SPLM-IO"
    for "Sudan People's Liberation Movement-in-Opposition")."""
    letters = [c.lower() for c in short if c.isalpha()]
    if len(letters) < 2 or sum(c.isupper() for c in short) < 2:
        return False
    initials = [w[0].lower() for w in re.split(r"[\s-]+", name) if w[:1].isalpha()]
    if not initials or letters[0] != initials[0]:
        return False
    rest = iter(initials)
    return all(any(c == i for i in rest) for c in letters)


# Words that show a name is a place: "in Taiz", "the city of El Fasher", "the Adre crossing".
_PLACE_PREPS = frozenset({"in", "near", "into", "outside", "around", "inside", "across"})
_PLACE_NOUNS = frozenset({"city", "town", "village", "region", "province", "district", "area",
                          "port", "valley", "crossing", "border", "camp", "state", "county",
                          "capital", "enclave", "island", "airport", "base", "plant",
                          "facility", "site", "reactor", "shoal", "strait", "post",
                          "checkpoint", "outpost", "bridge", "dam", "corridor", "pass"})  # fmt: skip


def _rejoin_cut_names(ents: list[Span], listed: Callable[[Span], bool]) -> list[Span]:
    """ "The Islamic Resistance in" + "Iraq", "the Law Society" + "of" + "Kenya": an
    organisation's name NER cut before the place that ends it is one name again (the cut part
    ends on a preposition, or on a word that names a body the dictionary does not list and the
    place follows "of": "the Federation Council of Russia" stays the listed chamber)."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label_ == "ORG"
            and ent.label_ in ("GPE", "LOC")
            and (
                (prev[-1].lower_ in ("in", "of", "for") and prev.end == ent.start)
                or (
                    prev[-1].text in _BODY_NAME_ENDS
                    and not listed(prev)
                    and prev.end + 1 == ent.start
                    and ent.doc[prev.end].lower_ == "of"
                )
            )
        ):
            out[-1] = Span(ent.doc, prev.start, ent.end, label="ORG")
            continue
        out.append(ent)
    return out


# Last words of a body's name that a place after "of" completes ("the Law Society of Kenya",
# "the Bar Association of India"); not "Ministry" or "President" ("President of Kenya").
_BODY_NAME_ENDS = frozenset({"Society", "Association", "Federation", "Confederation", "Union",
                             "Council", "Chamber", "Academy", "University", "Church", "League",
                             "Institute", "Conference"})  # fmt: skip


def written_as_place(doc: Doc, mentions: list[Mention]) -> bool:
    """Whether the article writes a name like a place somewhere ("in Taiz", "near Zubin
    Potok", "the city of El Fasher", "the Adre crossing"), whatever label NER gave it."""
    for m in mentions:
        root = doc[m.tok_end - 1]
        head = root.head
        if m.tok_start <= head.i < m.tok_end:
            continue  # "the Islamic Resistance in Iraq": the "in" is inside the name
        if root.dep_ == "pobj" and head.lower_ in _PLACE_PREPS:
            return True
        if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _PLACE_NOUNS:
            return True
        if root.dep_ in ("compound", "amod") and head.lemma_.lower() in _PLACE_NOUNS:
            return True
    return False


_FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})  # a name holds no verb that is said or done
MAX_NAME_WORDS = 4  # "Mahn Winn Khaing Thann"
# Nouns that say the name beside them is an organisation ("the Tasnim news agency", "the
# rights group Plataforma Decide", "the ruling Frelimo party").
_ORG_NOUNS = frozenset({"group", "agency", "party", "alliance", "movement", "company", "bank",
                        "organisation", "organization", "network", "coalition", "militia",
                        "gang", "union", "council", "committee", "institute", "foundation",
                        "firm", "corporation", "broadcaster", "newspaper", "pollster",
                        "consortium", "operator", "airline", "insurer"})  # fmt: skip


def _retype_unknown_names(doc: Doc, mentions: list[Mention]) -> None:
    """Labels the small model gets wrong for names the dictionary does not know: one written
    like a place ("near Zubin Potok", "in Grozny") is a place (GPE); one NER called a person
    but the article calls a group, agency or party ("the rights group Plataforma Decide", "the
    Tasnim news agency") is an organisation."""
    by_name: dict[str, list[Mention]] = {}
    for m in mentions:
        by_name.setdefault(m.name, []).append(m)
    for same in by_name.values():
        if any(m.actor is not None for m in same):
            continue
        types = {m.type for m in same}
        if _natural_place(same[0].name):
            label = "LOC"  # "Lake Peipus", "the Gulf of Finland", "West Africa": no state's
        elif types <= {"PERSON", "ORG"} and any(_named_as_facility(doc, m) for m in same):
            label = "FAC"
        elif (
            types != {"PERSON"}  # "Linda Park", "Sarah Bridge": surnames
            and len(same[0].name.split()) > 1
            and same[0].name.split()[-1].lower() in _BUILT_PLACES
        ):
            label = "FAC"  # "Pan-American Highway", "Malacanang Palace", "Pionirski Park"
        elif types <= {"PERSON", "ORG"} and written_as_place(doc, same):
            label = "GPE"
        elif types == {"PERSON"} and any(_named_as_organisation(doc[m.tok_end - 1]) for m in same):
            label = "ORG"
        elif types == {"ORG"} and any(_after_a_role(doc, m) for m in same):
            label = "PERSON"  # "deputy U.N. envoy Dmitry Polyanskiy", tagged ORG
        else:
            continue
        for m in same:
            m.type = label


def _after_a_role(doc: Doc, mention: Mention) -> bool:
    """A name of two to four capitalised words right after a person's role ("envoy Dmitry
    Polyanskiy", "chairman Moussa Faki Mahamat"), none of them a word organisations use."""
    words = mention.name.split()
    if not 2 <= len(words) <= 4 or mention.tok_start == 0:
        return False
    if any(w.lower() in _ORG_NOUNS or w.lower() in _ORG_NAME_WORDS for w in words):
        return False
    return doc[mention.tok_start - 1].lower_ in _ROLE_WORDS


_ROLE_NOUNS = frozenset({"envoy", "ambassador", "chairman", "chairwoman", "chairperson",
                         "spokesman", "spokeswoman", "spokesperson", "minister", "secretary",
                         "adviser", "advisor", "commander", "chief", "director", "governor",
                         "mayor", "premier", "counterpart", "deputy", "negotiator"})  # fmt: skip
# Lowercase common nouns NER runs into an organisation's name ("the Semilla party").
_GENERIC_TAILS = frozenset({"party"})
# Roles only a person holds: a name next to one is a person's.
_PERSON_ROLES = _ROLE_NOUNS | frozenset({"head", "president", "ombudsman", "ombudswoman",
                                         "ombudsperson", "prosecutor", "judge", "senator",
                                         "lawmaker", "leader", "administrator", "founder",
                                         "activist", "journalist", "lawyer"})  # fmt: skip
_ORG_NAME_WORDS = frozenset({"commission", "ministry", "office", "department", "service",
                             "forces", "force", "army", "court", "assembly", "parliament"})  # fmt: skip


def _natural_place(name: str) -> bool:
    """A name of a body of water, a landform or a region of a continent: "Lake Peipus", "the
    Gulf of Finland", "Dnipro River", "Korean Peninsula", "West Africa", "Central Asia"."""
    words = name.split()
    if len(words) < 2:
        return False
    if words[0] in _FEATURE_FIRST or words[-1] in _FEATURE_LAST:
        return True
    return words[0] in _COMPASS and words[-1] in _CONTINENTS


_FEATURE_FIRST = frozenset({"Lake", "Gulf", "Mount", "Cape", "Bay", "Strait", "Sea"})
_FEATURE_LAST = frozenset({"Lake", "River", "Sea", "Ocean", "Strait", "Island", "Islands",
                           "Peninsula", "Mountains", "Desert", "Valley", "Plateau", "Gulf",
                           "Bay", "Basin", "Delta", "Shoal", "Reef", "Atoll", "Gap",
                           "Pass"})  # fmt: skip
_COMPASS = frozenset({"West", "East", "North", "South", "Central", "Southeast", "Southern",
                      "Northern", "Eastern", "Western", "Northeast", "Northwest", "Southwest"})  # fmt: skip
_CONTINENTS = frozenset({"Africa", "Asia", "Europe", "America", "Pacific", "Atlantic"})


# Words that make a name a site: "Al Udeid air base", "Pituffik Space Base", "Evin prison".
_FACILITY_NOUNS = frozenset({"base", "airbase", "airport", "airfield", "prison", "port",
                             "plant", "facility", "complex", "refinery", "dam", "camp"})  # fmt: skip
# Site nouns after a name that make the two one facility's name ("Kakhovka dam"): the facility
# nouns less the generic ones (port, facility, complex), plus sites only ever named this way; not
# a crossing, which annotators name by its town ("Rafah").
_SITE_NOUNS = (_FACILITY_NOUNS - {"port", "facility", "complex"}) | {
    "checkpoint", "mine", "stadium", "barracks", "reactor"}  # fmt: skip
# Last words that make a name a built place, whatever label NER gave it ("Pan-American
# Highway", "Malacanang Palace", "Gorky Park", "Tahrir Square"): all facilities to annotators.
# Not "road" ("Belt and Road") nor "corridor" (an economic corridor is a programme).
_BUILT_PLACES = frozenset({"highway", "palace", "bridge", "pipeline", "street", "avenue", "park",
                           "plaza", "square", "barracks", "stadium", "airport", "prison",
                           "refinery", "dam"})  # fmt: skip
MAX_SITE_MODIFIERS = 2  # lower-case words between a name and its site noun ("nuclear", "air")


def _named_as_facility(doc: Doc, mention: Mention) -> bool:
    """A name NER called a person or organisation that the text calls a site."""
    root = doc[mention.tok_end - 1]
    if root.lower_ in _FACILITY_NOUNS:
        return True  # "Pituffik Space Base"
    if root.dep_ == "pobj" and root.head.lower_ == "at":  # "the enrichment plant at Fordow"
        return root.head.head.lemma_.lower() in _FACILITY_NOUNS
    return root.dep_ == "compound" and root.head.lemma_.lower() in _FACILITY_NOUNS


def _named_as_organisation(root: Token) -> bool:
    if root.dep_ in ("compound", "appos") and root.head.lemma_.lower() in _ORG_NOUNS:
        return True  # "the Tasnim news agency", "the rights group, Plataforma Decide"
    return any(
        c.dep_ in ("appos", "compound") and c.lemma_.lower() in _ORG_NOUNS for c in root.children
    )  # "Plataforma Decide, a rights group"; "rights group Plataforma Decide"


# Words that make a name a legal instrument, whatever label NER gave it.
_INSTRUMENTS = frozenset({"convention", "treaty", "charter", "protocol", "accord", "accords",
                          "agreement", "resolution", "covenant"})  # fmt: skip


def _designations(doc: Doc, kept: list[Span]) -> list[Span]:
    """Aircraft and weapon designations ("F-35", "B-52", "Su-35", "MiG-29", "S-400", "AIM-9X"),
    which NER mostly misses or takes for a person: products. A pattern, not a list, because
    new designations come with every arms story."""
    taken = {i for span in kept for i in range(span.start, span.end)}
    return [
        Span(doc, tok.i, tok.i + 1, label="PRODUCT")
        for tok in doc
        if tok.i not in taken and (_DESIGNATION.fullmatch(tok.text) or _platform_x(tok))
    ]


def _platform_x(tok: Token) -> bool:
    """ "wrote on X", "the social media platform X": the platform, not a letter."""
    return (
        tok.text == "X"
        and tok.i > 0
        and tok.doc[tok.i - 1].lower_ in ("on", "platform", "via")
        and not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text in ("-", "."))
    )


# Designator prefixes of military aircraft, drones and missiles; not "G-20" or "COVID-19".
_DESIGNATION = re.compile(
    r"(?:[ABCEFP]|KC|MQ|RQ|AH|UH|CH|MV|AIM|Su|MiG|Tu|Il|Mi|Ka|Yak|J|H|S|KN|Hwasong)-\d{1,3}[A-Z]?"
)


def _retype_instruments(mentions: list[Mention]) -> None:
    """ "the Vienna Convention on Diplomatic Relations", tagged ORG, is a law: never a side;
    "the Treaty of Sugauli", tagged an event, is a law too; "the Battle of Khalkhin Gol",
    tagged a work of art, is an event; "Parliament House", tagged ORG, is a building."""
    for m in mentions:
        if m.actor is not None:
            continue
        words = m.name.split()
        if m.type in ("ORG", "PERSON", "EVENT") and {w.lower() for w in words} & _INSTRUMENTS:
            m.type = "LAW"
        elif m.type in ("OTHER", "ORG", "PERSON") and words[0] in _EVENT_HEADS and "of" in words:
            m.type = "EVENT"
        elif m.type in ("ORG", "PERSON") and len(words) > 1 and words[-1] in _BUILDING_HEADS:
            m.type = "FAC"


# First words of names of battles and wars ("the Battle of Khalkhin Gol", "Siege of Leningrad").
_EVENT_HEADS = frozenset({"Battle", "Siege", "Massacre", "Uprising", "Revolution"})
# Last words of names of buildings ("Parliament House", "State House", "Elysee Palace"); a body
# that bears such a name ("Chatham House") is in the dictionary first.
_BUILDING_HEADS = frozenset({"House", "Palace", "Hall", "Square", "Stadium", "Tower", "Bridge"})


# Institution nouns a state's name may follow ("Border Guard Bangladesh").
_BODY_HEADS = frozenset({"guard", "guards", "force", "forces", "police", "army", "navy"})
# "the North", "the South": the half of a divided country the story names in full.
_HALVES = frozenset({"North", "South"})
MIN_HOME_MENTIONS = 2
# Bodies most states have, which the dictionary lists under one state's bare name ("Congress",
# "the Senate": the American ones).
_GENERIC_BODIES = frozenset({"congress", "senate", "parliament", "national assembly",
                             "supreme court", "constitutional court", "house of representatives"})  # fmt: skip


def _home_bodies(mentions: list[Mention]) -> None:
    """A bare "Congress" or "Senate" in a story that never names the state the dictionary
    lists it under is the legislature of the story's own state: Peru's Congress in a Lima
    story, not the United States Congress."""
    bare = [
        m
        for m in mentions
        if m.actor is not None
        and m.actor.state is not None
        and name_key(m.surface) in _GENERIC_BODIES
    ]
    if not bare:
        return
    states = Counter(m.state for m in mentions if m not in bare and m.state is not None)
    home, count = states.most_common(1)[0] if states else (None, 0)
    for m in bare:
        if states[m.actor.state] or count < MIN_HOME_MENTIONS:
            continue  # a story named twice as some state's, at least
        name = re.sub(r"^the\s+", "", m.surface, flags=re.IGNORECASE)
        m.name, m.type, m.actor = name, "ORG", Actor(name, "ORG", state=home)


# Titles only a person bears: a span NER tagged ORG that opens with one is a person's name.
_PERSON_TITLES = frozenset({"bishop", "archbishop", "cardinal", "father", "imam", "rabbi",
                            "president", "senator", "judge", "mr", "mr.", "mrs", "mrs.", "ms",
                            "ms.", "dr", "dr.", "sheikh", "general", "gen.", "colonel"})  # fmt: skip
# Words right before a person's name ("envoy Dmitry Polyanskiy", "Bishop Rolando Alvarez").
_ROLE_WORDS = _ROLE_NOUNS | _PERSON_TITLES


def _titled_person(span: Span) -> bool:
    """ "Bishop Rolando Alvarez": a person's title, then at least two capitalised name words."""
    words = list(span)
    return (
        len(words) >= 3
        and words[0].lower_ in _PERSON_TITLES
        and all(w.pos_ == "PROPN" and w.text[:1].isupper() for w in words[1:])
    )

"""Who a token stands for: entity mentions, demonyms and metonyms, possessors, pronouns.

Maps a syntactic argument (a subject, object or prepositional object) to canonical actor
names: "Russian forces" and "the Kremlin" act for Russia, "South Korea's defense ministry"
for South Korea, "the Russian foreign minister" for the office holder on the publication
date, "he" for the last person in the paragraph, "the two leaders" for its last two people.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsgraph.extract.actors import Actor, ActorDictionary
from newsgraph.extract.entities import EntityTable, Mention, written_as_place
from newsgraph.extract.lexicon import Lexicon

# Modifier dependencies that name who a noun belongs to ("Russian forces", "Seoul's ministry").
OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
# Words that make a plural noun point back to two actors ("the two leaders", "both countries").
_PAIR_MARKERS = frozenset({"two", "both"})
_PERSON_PAIRS = frozenset({"leaders", "presidents", "ministers", "men", "women", "heads"})
_PLURAL_ME = frozenset({"we", "us", "our", "i", "me", "my", "you", "your"})
_OWNER_PREPS = frozenset({"of", "from", "by"})
_MISSION_WORDS = frozenset({"embassy", "consulate", "mission"})
# Agents that act at home: bare "police" act for the country the article is about.
_DOMESTIC_AGENTS = frozenset({"police", "riot police", "officer", "gendarme", "gendarmerie",
                              "prosecutor", "investigator"})  # fmt: skip
# Named things that never own or do anything: models, laws, events.
_THINGS = frozenset({"PRODUCT", "LAW", "EVENT", "WORK_OF_ART"})
# Institution nouns that are sources, yet act when they are a verb's subject ("the ministry
# summoned"): they may refer back; the other source nouns ("officials", "analysts") do not.
_ACTING_SOURCES = frozenset({"ministry", "military", "government", "police", "authorities",
                             "spokesperson", "spokesman", "spokeswoman", "intelligence"})  # fmt: skip
# State agent nouns that never point back to a named actor by themselves.
_NOT_ANAPHORS = frozenset({"drones", "missiles", "jets", "warplanes", "ships", "vessels", "aircraft",
                           "planes", "artillery", "gunboats", "defences", "defenses", "state",
                           "media", "side", "counterpart", "service", "office", "units", "unit",
                           "warships", "boats", "fighters", "police", "officers", "officer",
                           "gendarmes"})  # fmt: skip
# Titles of a government's own officials: with no country named, the story's country.
_GOVERNMENT_TITLES = frozenset({"minister", "president", "premier", "chancellor", "secretary",
                                "spokesperson", "spokesman", "spokeswoman"})  # fmt: skip
# Nouns that count what follows them ("a number of soldiers", "dozens of UN staff").
_AMOUNT_NOUNS = frozenset({"number", "group", "dozens", "hundreds", "thousands", "handful",
                           "batch", "total", "scores", "some", "many", "most", "all"})  # fmt: skip
# People who belong to a body a pronoun stands for ("accusing its members of interfering").
_MEMBER_NOUNS = frozenset({"member", "staff", "personnel", "employee", "representative"})
# Nouns for one's own country ("his country would give its full support").
_HOMELAND_NOUNS = frozenset({"country", "nation", "government", "homeland"})
# A state described by its region ("the Gulf state", "the Baltic nation") refers back.
_STATE_NOUNS = frozenset({"state", "country", "nation", "kingdom", "emirate", "republic"})
_COMMAND_NOUNS = frozenset({"command", "control", "orders", "leadership"})
_REGIME_NOUNS = frozenset({"government", "administration", "regime", "cabinet", "office"})
# A state's ground and posts: struck, fired on or crossed, they make their owner the target.
_TERRITORY_NOUNS = frozenset({"territory", "soil", "airspace", "waters", "post", "outpost",
                              "position", "village", "town", "border", "base", "side"})  # fmt: skip
# How many paragraphs back "the two nations" may look for its two actors, and for an
# "A and B" that names them together.
PAIR_PARAGRAPHS = 2
CONJ_PAIR_PARAGRAPHS = 4
TRIO_PARAGRAPHS = 8  # "the three countries" is rarer, and named once at the top
# How far up from a name to look for the apposition it sits in ("the sister of leader X").
MAX_APPOSITION_DEPTH = 4


# A wire dateline opening a paragraph: "NIAMEY —", "KYIV (Reuters) -".
DATELINE_RE = re.compile(
    r"^[A-Z][A-Z.'-]{2,}(?:\s+[A-Z][A-Z.'-]+)*(?:\s*\([^)]*\))?\s*(?:[—–-]{1,2}(?:\s|$)|$)"
)
# Nouns for a country's rulers that a story uses for its own country's, whoever was named last
# ("France went first. The junta ordered out the French ambassador": Niger's junta).
_RULERS = frozenset({"junta", "regime"})
# Last words of an organisation's organs ("the AU's Peace and Security Council").
_ORGANS = frozenset({"council", "commission", "committee", "secretariat", "assembly"})
# Head nouns of a title that, with "the", refer back to the one person named with it.
_OFFICE_HEADS = frozenset({"president", "minister", "secretary", "chancellor", "premier", "king",
                           "queen", "prince", "emir", "governor", "mayor", "ambassador", "envoy",
                           "spokesman", "spokeswoman", "spokesperson", "commissioner"})  # fmt: skip


# The offices "the Russian leader" may mean, the likelier first.
_HEADS = ("leader", "supreme leader", "president", "prime minister", "chancellor", "king", "emir")


# Nouns for a person's relation to another, whose own name may follow in apposition ("Yoon's
# predecessor, Moon Jae-in", "Navalny's widow, Yulia Navalnaya").
RELATIONS = frozenset({"predecessor", "successor", "son", "daughter", "father", "mother",
                       "wife", "husband", "widow", "widower", "sister", "brother", "deputy",
                       "envoy", "aide"})  # fmt: skip
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# Bodies of a state that speak through a spokesman or minister of their own.
_ORGAN_NOUNS = frozenset({"ministry", "office", "government", "presidency", "embassy",
                          "department", "army", "military", "administration"})  # fmt: skip
# Rulers named by their seat: "the government in Port of Spain", "the authorities in Kabul".
_SEATED = frozenset({"government", "authorities", "regime", "junta", "leadership",
                     "administration", "rulers", "ministry"})  # fmt: skip


HOME_DOMINANCE_MIN = 4  # mentions a country needs to outweigh the lead sentence's subject


@dataclass
class Participants:
    """Resolves tokens of one article to actor names (canonical entity names)."""

    table: EntityTable
    dictionary: ActorDictionary
    lexicon: Lexicon
    published: str | None
    paragraph_starts: list[int]
    doc: Doc | None = None
    recent_actors: dict[int, list[str]] = field(default_factory=dict)
    dyads: Counter[frozenset[str]] = field(default_factory=Counter)  # who acted on whom, so far
    _home: list[str] | None = None
    _dateline_state: list[str] | None = None
    _pairs: list[tuple[int, str, str]] | None = None

    def paragraph(self, char: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, char) - 1

    def names(self, token: Token) -> list[str]:
        """Actor names for `token` and its conjuncts ("Russia and North Korea"), in order."""
        found: list[str] = []
        for tok in (
            *_misparsed_conjuncts(token),
            token,
            *token.conjuncts,
            *self._conjuncts_inside_name(token),
            *self._coordinated_owners(token),
        ):
            for name in self.one(tok):
                if name not in found:
                    found.append(name)
        return found

    def _coordinated_owners(self, token: Token) -> list[Token]:
        """The second owner in "American and British warplanes", "Russian and Chinese
        officials": the parser hangs it on the first owner, so only that one reaches the noun."""
        if self.table.at(token.i) is not None:
            return []
        return [
            conj
            for mod in token.children
            if mod.dep_ in ("amod", "compound") and self.table.at(mod.i) is not None
            for conj in mod.conjuncts
            if conj.i < token.i and self.table.at(conj.i) is not None
        ]

    def _conjuncts_inside_name(self, token: Token) -> list[Token]:
        """ "The Democratic Republic of the Congo and Rwanda": the parser joins Rwanda to the
        name's last word, not to its head."""
        mention = self.table.at(token.i)
        if mention is None or mention.tok_end - mention.tok_start < 2:
            return []
        last = self.doc[mention.tok_end - 1]
        return [c for c in last.conjuncts if c.i >= mention.tok_end] if last is not token else []

    def as_sides(self, names: list[str]) -> list[str]:
        """Event sides for actor names: an organ of state is its state ("Iran's Revolutionary
        Guards seized a tanker": Iran), as event coders code a state's agencies. Sources keep
        the organ's own name ("the NIS said")."""
        sides: list[str] = []
        for name in names:
            side = self.side_of(name)
            if side != name:  # the state (or the union) stands in the article's entities
                listed = self.dictionary.lookup(side)
                self.table.ensure(side, listed.type if listed is not None else "GPE")
            if side not in sides:
                sides.append(side)
        return sides

    def side_of(self, name: str) -> str:
        """The side one actor name stands for (the state of an organ of state or of a mission),
        without recording it: for checks such as "does this source speak for that actor"."""
        actor = self.dictionary.lookup(name)
        state = actor.institution_of if actor is not None and actor.name == name else None
        return state or self._mission_state(name) or name

    def _mission_state(self, name: str) -> str | None:
        """The state a diplomatic mission belongs to: "the Indian High Commission", "Embassy of
        France" (marching on an embassy targets its state)."""
        words = name.removeprefix("the ").split()
        lower = [w.lower() for w in words]
        if "of" in lower and lower[0] in _MISSION_WORDS:  # "Embassy of France"
            owner = " ".join(words[lower.index("of") + 1 :])
        elif len(words) > 1 and lower[-1] in _MISSION_WORDS:  # "the French embassy"
            owner = " ".join(words[:-1])
        elif len(words) > 2 and lower[-2:] == ["high", "commission"]:
            owner = " ".join(words[:-2])  # "the Indian High Commission"
        else:
            return None
        actor = self.dictionary.lookup(owner)
        return actor.state if actor is not None and actor.type in ("NORP", "GPE") else None

    def one(self, tok: Token, *, anaphora: bool = True) -> list[str]:
        """Actor names for one token (no conjuncts). With `anaphora`, a bare institution noun
        ("the army", "the bloc", "a ministry spokesperson") stands for the actor it refers back to."""
        mention = self.table.at(tok.i)
        if mention is not None:
            if mention.type == "NORP" and mention.state is None:
                return []  # "Western", "Muslim": a group word, not an actor
            if mention.qualified:
                return []  # "pro-Russian separatists", "non-EU migrants": not Russia, not the EU
            return [self._as_actor(mention)]
        lower = tok.lower_
        if tok.pos_ == "PRON" or lower in self.lexicon.person_pronouns:
            return self._pronoun(tok)
        if tok.pos_ not in ("NOUN", "PROPN"):
            return []
        named = self._named_relation(tok)
        if named is not None:
            return [named]
        following = self.table.at(tok.i + 1) if tok.i + 1 < len(tok.doc) else None
        if (
            following is not None
            and following.type == "PERSON"
            and (tok.lower_ in self.lexicon.titles or tok.lemma_.lower() == "counterpart")
        ):  # "Erdogan and Prime Minister Benjamin Netanyahu", parsed with "Minister" as the
            # conjunct and the name as an apposition; "met her Rwandan counterpart Olivier
            # Nduhungirehe", parsed with the name apart
            return [self._as_actor(following)]
        for child in tok.children:
            if child.dep_ == "appos" and self.table.at(child.i) is not None:
                return self.one(child)
            if child.dep_ == "prep" and child.lower_ in ("from", "of"):  # "envoys of both sides"
                for pobj in child.children:
                    if pobj.lower_ in self.lexicon.pair_nouns and self._is_pair(pobj):
                        return self._pair(pobj)
                    if lower in _AMOUNT_NOUNS and pobj.dep_ == "pobj":
                        return self.names(pobj)  # "an equal number of government soldiers"
                    if (
                        pobj.dep_ == "pobj"  # not "accused the authorities of criminalising
                        # protest and called for ...", whose verb has a conjunct
                        and (pobj.conjuncts or _misparsed_conjuncts(pobj))
                    ) and (
                        tok.lemma_.lower() in self.lexicon.state_agent_nouns
                        or lower in self.lexicon.pair_nouns
                    ):  # "the leaders of South Korea, Japan and the United States"
                        return self.names(pobj)
        if lower in self.lexicon.pair_nouns and self._is_pair(tok):
            return self._pair(tok)
        if lower in self.lexicon.pair_nouns and _counted(tok) == 3:
            return self._trio(tok)  # "the three leaders", "the three countries"
        owned = self._owned(tok)
        if owned or not anaphora:
            return owned
        if _indefinite(tok) and self._anaphor_kind(tok) == "group":
            # "after a court in Tehran sentenced him": Iran's court; "an anti-corruption agency":
            # a body first told here, not one named before
            return self._seat_of_a_new_body(tok)
        named = self._named_by_head(tok) or self._titled_person(tok)
        if named is not None:
            return [named]
        return self._antecedent(tok)

    def _seat_of_a_new_body(self, tok: Token) -> list[str]:
        """The state where a body sits ("a court in Tehran", "a militia from
        Darfur"): a body first told here, so the state of its place, not an actor named before."""
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "from"):
                continue
            for pobj in prep.children:
                mention = self.table.at(pobj.i)
                if mention is not None and mention.type == "GPE" and mention.state:
                    return [mention.state]
        return []

    def _titled_person(self, tok: Token) -> str | None:
        """ "the prime minister" after "Prime Minister Anthony Albanese": the last person the
        article named with that very title."""
        if tok.lemma_.lower() not in _OFFICE_HEADS or tok.tag_ != "NN":
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        if any(c.dep_ in ("poss", "compound", "amod") and self.table.at(c.i) for c in tok.lefts):
            return None  # "the Russian president": whose is named
        title = [c.lower_ for c in tok.lefts if c.dep_ in ("compound", "amod")] + [tok.lower_]
        for mention in reversed(self.table.mentions):
            if mention.end > tok.idx or mention.type != "PERSON" or mention.tok_start < 1:
                continue
            before = self.doc[max(mention.tok_start - len(title), 0) : mention.tok_start]
            if [t.lower_ for t in before] == title:
                return self._as_actor(mention)
        return None

    # --- pieces ------------------------------------------------------------------------------------
    def _named_relation(self, tok: Token) -> str | None:
        """ "Navalny's widow, Yulia Navalnaya": the person named right after a relation noun,
        whatever the parser hung the name on."""
        if tok.lemma_.lower() not in RELATIONS or tok.i + 2 >= len(self.doc):
            return None
        mention = self.table.at(tok.i + 2)
        if self.doc[tok.i + 1].text == "," and mention is not None and mention.type == "PERSON":
            return mention.acts_for if mention.tok_start == tok.i + 2 else None
        return None

    def _as_actor(self, mention: Mention) -> str:
        owner = self._owning_body(mention)
        if owner is not None:
            return owner  # "the AU's Peace and Security Council" speaks for the AU
        name = mention.acts_for
        if mention.name == "Brussels" and any(
            m.name == "European Union" for m in self.table.mentions
        ):
            name = "European Union"  # in a story about the EU, "Brussels" is the EU
        if name != mention.name:
            self.table.ensure(name, "GPE")
        return name

    def _owning_body(self, mention: Mention) -> str | None:
        """The organisation that owns an organ named right after it ("the AU's Peace and
        Security Council", "NATO's North Atlantic Council"): the organ acts for it, as a
        ministry acts for its state."""
        if self.doc is None or mention.type != "ORG" or mention.tok_start < 2:
            return None
        if self.doc[mention.tok_end - 1].lower_ not in _ORGANS:
            return None
        if self.doc[mention.tok_start - 1].lower_ not in ("'s", "’s"):
            return None
        owner = self.table.at(mention.tok_start - 2)
        if owner is None:  # "The AU's ...", the acronym left untagged at a paragraph's start
            actor = self.dictionary.lookup(self.doc[mention.tok_start - 2].text)
            return actor.name if actor is not None and actor.type == "ORG" else None
        if owner is mention or owner.type != "ORG" or owner.state:
            return None
        return owner.acts_for

    def place_owner(self, tok: Token) -> list[str]:
        """ "targets in Ukraine", "positions near Kharkiv": the state of the place named."""
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "near", "across", "inside"):
                for pobj in child.children:
                    mention = self.table.at(pobj.i) if pobj.dep_ == "pobj" else None
                    if mention is not None and mention.type in ("GPE", "LOC"):
                        return [self._as_actor(mention)]
        return []

    def mention_of(self, tok: Token) -> Mention | None:
        return self.table.at(tok.i)

    def _owned(self, tok: Token) -> list[str]:
        """The owner of a noun: "Russian forces", "South Korea's ministry", "the government of Japan"."""
        owner = self.owner_mention(tok)
        if owner is None:
            for child in tok.lefts:  # "the junta's accusation": whoever the junta is
                if child.dep_ == "poss" and child.pos_ == "NOUN":
                    names = self.one(child)
                    if names:
                        return names
            return self._commander_of(tok) or self._pronoun_owned(tok)
        if owner.type == "NORP" and owner.state is None:
            return []  # "Western sanctions": a group word, not an actor
        if owner.type == "LOC" and tok.lemma_.lower() in _STATE_NOUNS:
            return self._antecedent(tok, "state")  # "the Gulf state": the state named before
        if tok.lemma_.lower() in self.lexicon.titles or tok.lower_ in self.lexicon.titles:
            holder = self._office_holder(tok, owner)
            if holder:
                return [holder]
        if owner.actor is not None and owner.actor.town and tok.lemma_.lower() in _SEATED:
            return [owner.actor.state]  # "the foreign ministry in Port Sudan": Sudan's
        if owner.type == "PERSON" and tok.lemma_.lower() in _REGIME_NOUNS:
            state = self.person_state(owner)  # "the government of President Maduro": Venezuela
            if state:
                return [state]
        return [self._as_actor(owner)]

    def _commander_of(self, tok: Token) -> list[str]:
        """ "troops under his command", "fighters under the control of the RSF": whoever
        commands them."""
        if tok.lemma_.lower() not in self.lexicon.state_agent_nouns:
            return []
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ != "under":
                continue
            for command in prep.children:
                if command.dep_ != "pobj" or command.lemma_.lower() not in _COMMAND_NOUNS:
                    continue
                for owner in command.children:
                    if owner.dep_ == "poss":
                        return self.one(owner)
                    if owner.dep_ == "prep" and owner.lower_ == "of":
                        return [
                            n for g in owner.children if g.dep_ == "pobj" for n in self.names(g)
                        ]
        return []

    def _pronoun_owned(self, tok: Token) -> list[str]:
        """ "its missiles", "their forces": a state's agents owned by a pronoun act for the
        group the pronoun stands for."""
        if tok.lemma_.lower() in _HOMELAND_NOUNS:  # "his country" -> the state he serves
            for child in tok.lefts:
                if child.dep_ == "poss" and child.lower_ in ("his", "her"):
                    return self._served_state(child)
        territory = tok.lemma_.lower() in _TERRITORY_NOUNS  # "opened fire on its border post"
        agents = self.lexicon.state_agent_nouns
        if (
            not territory
            and tok.lower_ not in agents
            and tok.lemma_.lower() not in agents
            and tok.lemma_.lower() not in _MEMBER_NOUNS
        ):
            return []
        for child in tok.lefts:
            if child.dep_ == "poss" and child.lower_ in ("its", "their"):
                return self._pronoun(child)  # "its missiles", "accusing its members"
            if child.dep_ == "poss" and child.lower_ in ("his", "her") and not territory:
                # "Foreign Minister Billstrom said ... His ministry summoned": his state's; "UN
                # chief Guterres was concerned, his spokesman said": a person serving no state
                # speaks through his own
                return self._served_state(child) or self._pronoun(child)
        if territory:
            return []
        if tok.lemma_.lower() in _DOMESTIC_AGENTS and not any(
            c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and self.table.at(c.i) is not None)
            for c in tok.lefts
        ):  # "Riot police", but not "Russian police" (whose owner is named)
            # "In Russia, thousands laid flowers, and police detained hundreds": Russia's police
            return self.clause_place(tok.head, frozenset({"in"})) or self.home_state()
        return []

    def _served_state(self, pronoun: Token) -> list[str]:
        """The state of the person "his" or "her" refers to, if the article gives one."""
        names = self._pronoun(pronoun)  # resolved once, not once per mention
        person = next((m for m in self.table.mentions if names == [m.name]), None)
        state = self.person_state(person) if person is not None else None
        return [state] if state else []

    def clause_place(self, verb: Token, preps: frozenset[str]) -> list[str]:
        """The state a clause says it happens in ("detained in Minsk"), also when a place
        opens the sentence its clause is a later conjunct of ("In Russia, thousands laid
        flowers, and police detained hundreds")."""
        heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
        for head in heads:
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in preps):
                if head is not verb and prep.i > head.i:
                    continue  # only a place that opens the sentence covers its later clauses
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    mention = self.table.at(pobj.i)
                    if mention is not None and mention.actor is not None and mention.actor.state:
                        return [mention.actor.state]
        return []

    def home_state(self) -> list[str]:
        """The country an article is about: the one its lead sentence's subject names ("MUSCAT —
        Yemen's Houthi movement released ..." is about Yemen, not Oman) unless another is named
        at least HOME_DOMINANCE_MIN times and twice as often; else the one named clearly more
        often than any other."""
        if self._home is not None:
            return self._home
        counts: dict[str, int] = {}
        for m in self.table.mentions:
            if m.type in ("GPE", "NORP") and m.actor is not None and m.actor.state:
                counts[m.actor.state] = counts.get(m.actor.state, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        lead = self._lead_state()  # a Doha-datelined story on Sudan's truce is Sudan's
        if lead and not (
            ranked
            and ranked[0][0] not in lead
            and ranked[0][1] >= HOME_DOMINANCE_MIN
            and ranked[0][1] >= 2 * counts.get(lead[0], 0)
        ):  # but a Malaysian leader's talks on Myanmar, with Myanmar named throughout, are
            self._home = lead  # Myanmar's story
            return self._home
        self._home = []
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            self._home = [ranked[0][0]]
        return self._home

    def _lead_state(self) -> list[str]:
        if self.doc is None or not len(self.doc):
            return []
        verb = None
        sents = list(self.doc.sents)
        dated, _ = self._dateline()  # past a standfirst: the lead opens with its dateline
        for sent in sents[dated : dated + 3]:  # past a dateline parsed as its own sentence
            verb = next(
                (
                    t
                    for t in sent
                    if t.pos_ in ("VERB", "AUX")
                    and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
                ),
                None,
            )
            if verb is not None:
                break
        if verb is None:
            return []
        subject = {
            t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree
        }  # the lead's own subject: "Yemen's Houthi movement released ...", "Paraguay recalled"
        for m in self.table.mentions:
            if m.tok_start not in subject:
                continue
            if m.type in ("GPE", "NORP", "ORG") and m.actor is not None and m.actor.state:
                if m.actor.town:
                    continue  # "NATO leaders meeting in The Hague pledged": where, not who
                return [m.actor.state]
        return []

    def _first_mention(self, tok: Token) -> Mention | None:
        return next(filter(None, (self.table.at(t.i) for t in tok.subtree)), None)

    def owner_mention(self, tok: Token) -> Mention | None:
        # nearest modifier first: "Yemen's Houthi movement" belongs to the Houthis; but a
        # branch named by a demonym is its organisation's ("Amnesty International's Finnish
        # section")
        owners = [
            (child.dep_, mention)
            for child in reversed(list(tok.lefts))
            if child.dep_ in OWNER_DEPS
            and (mention := self._first_mention(child)) is not None
            and mention.type not in _THINGS  # "Israeli F-35 warplanes": Israel's, not the model's
            and not mention.qualified  # "pro-Russian separatists": not Russia's
        ]
        if owners:
            if owners[0][1].type == "NORP":
                for dep, mention in owners[1:]:
                    if dep == "poss" and mention.type == "ORG" and _stateless(mention):
                        return mention
            return owners[0][1]
        crowd = (
            tok.lemma_.lower() in self.lexicon.crowd_nouns or tok.lemma_.lower() in _SEATED
        )  # "protesters in Belgrade" act for Serbia, "the government in Port of Spain" rules it
        for child in tok.rights:
            if child.dep_ == "prep" and (
                child.lower_ in _OWNER_PREPS or (crowd and child.lower_ == "in")
            ):
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and self.table.at(pobj.i) is not None:
                        return self.table.at(pobj.i)
        return None

    def _office_holder(self, tok: Token, owner: Mention) -> str | None:
        """ "the Russian foreign minister" -> who held that office on the publication date."""
        words = [
            c.lower_
            for c in tok.lefts
            if c.dep_ in ("compound", "amod") and self.table.at(c.i) is None
        ]
        title = " ".join([*words, tok.lower_])
        country = owner.state or owner.acts_for
        actor = self.dictionary.office_holder(title, country, self.published)
        if actor is None and title == "leader":  # "the Russian leader": its head, if named here
            leaders = (self.dictionary.office_holder(t, country, self.published) for t in _HEADS)
            actor = next((a for a in leaders if a is not None and self._named_here(a)), None)
        if actor is None:  # "the Russian minister": a person of that office named in the article
            holders = {
                m.actor.name: m.actor
                for m in self.table.mentions
                if m.actor is not None
                and m.type == "PERSON"
                and any(
                    r.country == country
                    and r.title.endswith(tok.lower_)
                    and r.held_on(self.published)
                    for r in m.actor.roles
                )
            }
            actor = next(iter(holders.values())) if len(holders) == 1 else None
        if actor is None or not self._named_here(actor):
            return None  # "the US Treasury Secretary" in a story that never names him: the state
        self.table.ensure(actor.name, actor.type)
        return actor.name

    def _named_here(self, actor: Actor) -> bool:
        """Whether the article names this person anywhere (the dictionary knows who held an
        office, but a title alone tells the reader only the state)."""
        return any(m.actor is not None and m.actor.name == actor.name for m in self.table.mentions)

    def _pronoun(self, tok: Token) -> list[str]:
        lower = tok.lower_
        if lower in ("who", "which", "that") and tok.head.dep_ == "relcl":
            noun = tok.head.head  # "UN workers, who had been detained": the workers
            named = self.table.at(noun.head.i) if noun.dep_ == "appos" else None
            if named is not None and named.type == "PERSON":
                noun = noun.head  # "Alexander Kozlov, Russia's minister, who arrived": Kozlov
            return self.names(noun)
        if lower in ("which", "whom") and tok.dep_ == "pobj":
            clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
            if clause is not None:  # "Armenia, to which France agreed to supply radars"
                return self.names(clause.head)
        if (
            lower in _PLURAL_ME
            or lower not in self.lexicon.person_pronouns | self.lexicon.group_pronouns
        ):
            return []  # "this", "which", "who", "we": not resolved
        own = self._clause_owner(tok)
        if own:  # "as Seoul and Washington began their annual exercises": Seoul and Washington
            return own
        speaker = self._reporting_subject(tok)
        if speaker:
            return speaker
        para = self.paragraph(tok.idx)
        before = [
            m for m in self.table.mentions if m.end <= tok.idx and self.paragraph(m.start) == para
        ]
        if not before:  # a paragraph that opens with a pronoun points into the previous one
            before = [
                m
                for m in self.table.mentions
                if m.end <= tok.idx and self.paragraph(m.start) == para - 1
            ]
        if lower in self.lexicon.person_pronouns:
            persons = [m for m in before if m.type == "PERSON" and not self._in_apposition(m)]
            if lower in ("him", "her") and tok.dep_ in ("dobj", "dative"):
                # "Trump called him a drug leader": not the clause's own subject
                subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
                own = set(self.one(subject)) if subject is not None else set()
                persons = [m for m in persons if m.name not in own]
            subjects = [
                m for m in persons if self._is_subject(m)
            ]  # "he" continues the last subject
            chosen = subjects or persons
            return [chosen[-1].name] if chosen else []
        if lower == "them" and tok.dep_ == "dobj" and tok.head.dep_ == "conj":
            # "addressed EU foreign ministers in Brussels and urged them": the ones addressed
            first = tok.head.head
            addressed = [n for c in first.children if c.dep_ == "dobj" for n in self.names(c)]
            if addressed:
                return addressed
        if lower in ("they", "them", "their", "theirs"):
            group = self._coordinated_before(tok) if lower in ("they", "them") else []
            if group:  # "Kenya hosted the RSF and its allies as they signed": the RSF's side
                return group
            if self.recent_actors.get(para):
                return list(self.recent_actors[para])
            group = self._previous_group_subject(tok) if lower == "they" else []
            if group:  # "The governments of Mali and Burkina Faso said ... On Thursday they sent"
                return group
            pairs = [t for t in tok.sent if t.i < tok.i and t.lower_ in self.lexicon.pair_nouns]
            if pairs and self._is_pair(pairs[-1]):  # "Brazil, which borders both, urged them"
                return self._pair(pairs[-1])
            named = [p for p in self.conj_pairs() if tok.sent.start_char <= p[0] < tok.idx]
            if named:  # "Brazil, which borders both Venezuela and Guyana, urged them"
                return [named[-1][1], named[-1][2]]
            main = self.main_dyad()
            if main:
                return main
        doer = set(self._doer_of(tok.head)) if _pronoun_is_a_party(tok) else set()
        actors = [
            m
            for m in before
            if (
                m.type in ("GPE", "ORG")
                or (m.type == "NORP" and (m.state is not None or lower != "it"))
            )
            and self._as_actor(m) not in doer
        ]  # "South Africa's case accusing it": "it" is not South Africa (that would be "itself");
        # nor is "it" a group word no state owns ("Korean", "Western")
        if doer or (lower == "it" and tok.dep_ in ("nsubj", "nsubjpass")):
            # "it" continues the last subject: "Israel asked the court to throw out ... accusing
            # it", "Nicaragua released the bishops and sent them to Rome. It thanked ..."
            subjects = [m for m in actors if self._is_subject(m)]
            actors = subjects or actors
            previous = self._previous_subject(tok)
            opens = tok.i == tok.sent.start  # "It urged ...": the last sentence's own subject,
            # not a subject of what that sentence reported ("said Honduras's ties were ...")
            if previous is not None and (opens or not subjects or subjects[-1].end <= previous.idx):
                named = self.one(previous)  # "The government accused the Church ... It expelled"
                if named and not set(named) & doer:
                    return named
        return [self._as_actor(actors[-1])] if actors else []

    def _coordinated_before(self, tok: Token) -> list[str]:
        """The last coordinated noun phrase naming an actor earlier in the pronoun's sentence
        ("the RSF and its allies"), which a plural pronoun refers back to."""
        for word in reversed(tok.doc[tok.sent.start : tok.i]):
            if word.dep_ in ("dobj", "pobj", "nsubj") and any(
                c.dep_ == "conj" for c in word.children
            ):
                return self.names(word)
        return []

    def _clause_owner(self, tok: Token) -> list[str]:
        """A possessive "its"/"their" on its clause's object is the clause's own subject."""
        if tok.lower_ not in ("its", "their") or tok.dep_ != "poss" or tok.head.dep_ != "dobj":
            return []
        verb = tok.head.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        return self.names(subject) if subject is not None else []

    def _previous_group_subject(self, tok: Token) -> list[str]:
        """The actors the sentence before names as its subject, when they are several: what a
        sentence-opening "they" continues."""
        if tok.dep_ != "nsubj" or tok.sent.start == 0:
            return []
        before = self.doc[tok.sent.start - 1].sent
        if self.paragraph(before.start_char) != self.paragraph(tok.idx):
            return []
        subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
        names = self.names(subject) if subject is not None else []
        return names if len(names) > 1 else []

    def _previous_subject(self, tok: Token) -> Token | None:
        """The subject of the sentence before `tok`'s, when it is an institution noun that refers
        back to an actor ("The government accused the Church of ... It expelled ...")."""
        sent = tok.sent
        if sent.start == 0:
            return None
        before = self.doc[sent.start - 1].sent
        root = before.root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if (
            subject is None
            or subject.pos_ not in ("NOUN", "PROPN")  # "the foreign ministry" is often PROPN
            or self._anaphor_kind(subject) is None
        ):
            return None
        return subject

    def _doer_of(self, verb: Token) -> list[str]:
        """Who does what a verb says: its subject, or the owner of the noun a participle hangs
        on ("South Africa's case accusing ...")."""
        if verb.dep_ == "acl":
            owners = [c for c in verb.head.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            return self.names(owners[0]) if owners else []
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        return self.names(subjects[0]) if subjects else []

    def _in_apposition(self, mention: Mention) -> bool:
        """A person named only to describe another ("Kim Yo Jong, the sister of leader Kim Jong
        Un, warned ... what she called"): "she" is not the one described by."""
        tok = self.doc[mention.tok_end - 1]
        for _ in range(MAX_APPOSITION_DEPTH):
            if tok.head.i == tok.i:
                return False
            if tok.dep_ == "appos":
                owner = self.table.at(tok.head.i)
                return owner is not None and owner.type == "PERSON" and owner is not mention
            tok = tok.head
        return False

    def _reporting_subject(self, tok: Token) -> list[str]:
        """ "The United States said it would continue ...": "it" is the sayer, not the last
        country named (a group pronoun that subjects a clause reported by a group)."""
        if tok.lower_ in ("its", "their") and tok.dep_ == "poss":
            return self._reporting_owner(tok)
        if tok.lower_ not in ("it", "they") or tok.dep_ not in ("nsubj", "nsubjpass"):
            return []
        clause = tok.head
        if clause.dep_ not in ("ccomp", "xcomp") or clause.head.lemma_.lower() not in (
            self.lexicon.speech_verbs | {"warn", "vow", "pledge", "promise", "threaten"}
        ):
            return []
        sayer = clause.head
        if sayer.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in sayer.children):
            sayer = sayer.head  # "criticised X and said it would ...": the first verb's subject
        for child in sayer.children:
            if child.dep_ == "nsubj" and child.i < tok.i:
                mention = self.table.at(child.i)
                if mention is not None and mention.type == "PERSON":
                    return []  # "Kallas said it was ...": "it" is not Kallas
                return self.one(child)
        return []

    def _reporting_owner(self, tok: Token) -> list[str]:
        """ "Cambodia said Thai soldiers opened fire on its border post": "its" in what a state
        reports, on a place or thing the clause acts upon, is the reporter's, not the doer's
        ("Russia said Ukraine moved its troops" keeps the doer: forces belong to who moves them)."""
        owned = tok.head
        if owned.dep_ != "pobj" or owned.lemma_.lower() in self.lexicon.objects.get("troops", {}):
            return []
        cur = owned
        for _ in range(4):
            if cur.dep_ in ("nsubj", "nsubjpass") or cur.head.i == cur.i:
                return []  # part of the clause's subject: "its forces opened fire"
            if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in self.lexicon.speech_verbs:
                break
            cur = cur.head
        else:
            return []
        if cur.dep_ != "ccomp":
            return []
        sayers = [c for c in cur.head.children if c.dep_ == "nsubj"]
        mention = self.table.at(sayers[0].i) if sayers else None
        if mention is None or mention.type == "PERSON" or self._is_source(mention):
            return []  # "..., RTB reported": a broadcaster owns nothing in the story
        return self.one(sayers[0])

    def _root(self, mention: Mention) -> Token:
        """The syntactic head of a mention: "Community" in "Economic Community of West African
        States", whose last word hangs on "of"."""
        span = self.doc[mention.tok_start : mention.tok_end]
        return span.root if len(span) else self.doc[mention.tok_end - 1]

    def _is_subject(self, mention: Mention) -> bool:
        root = self._root(mention)
        return root.dep_ in ("nsubj", "nsubjpass") or (
            root.dep_ == "conj" and root.head.dep_ in ("nsubj", "nsubjpass")
        )

    def _heads_subject(self, mention: Mention, *, agents_only: bool = False) -> bool:
        """A subject, or the owner of one ("China's commerce ministry condemned ..."); with
        `agents_only`, only of one that acts for it ("EU leaders", not "UN workers")."""
        if self._is_subject(mention):
            return True
        root = self._root(mention)
        if root.dep_ not in OWNER_DEPS or root.head.dep_ not in ("nsubj", "nsubjpass"):
            return False
        owned = root.head.lemma_.lower()
        return not agents_only or owned in self.lexicon.state_agent_nouns or owned == "leader"

    def _speaker_tokens(self, tok: Token) -> set[int]:
        """The words naming the speaker of `tok`'s clause, where a name among them is whom the
        speaker speaks for ("A NATO official said the alliance ...": NATO)."""
        clause = tok.head
        if tok.dep_ != "nsubj" or clause.dep_ != "ccomp":
            return set()
        say = clause.head
        if say.lemma_.lower() not in self.lexicon.speech_verbs:
            return set()
        speaker = next((c for c in say.children if c.dep_ == "nsubj"), None)
        return {t.i for t in speaker.subtree} if speaker is not None else set()

    def _reports_on(self, tok: Token, mention: Mention) -> bool:
        """Whether `tok` speaks of what the clause `mention` is the subject of: "Finland will
        close the crossing, the government said"."""
        say = tok.head
        if tok.dep_ != "nsubj" or say.lemma_.lower() not in self.lexicon.speech_verbs:
            return False
        clause = self.doc[mention.tok_end - 1].head
        return clause.dep_ == "ccomp" and clause.head.i == say.i

    def _antecedent(self, tok: Token, kind: str | None = None) -> list[str]:
        """The actor a bare institution noun refers back to: "Sudan's army accused the RSF ...
        The army agreed ..." (Sudan); "the RSF ... accused the group" (the RSF); "EU leaders
        met ... The 27 leaders signed" (the EU). States for state institutions, organisations
        for group words, either for leaders; the last one that headed a clause wins, else the
        last one named in the sentence. Looks back over this paragraph and the one before."""
        kind = kind or self._anaphor_kind(tok)
        armed = tok.lemma_.lower() in self.lexicon.objects.get("troops", {})
        for child in tok.children if kind is not None or armed else ():
            if child.dep_ == "compound" and self._anaphor_kind(child) == "state":
                return self._antecedent(child)  # "government forces", "army units": the state's
        if kind is None:
            return []
        acted_on = self._object_owners(tok) if kind == "state" else set()
        named = self._same_noun_owner(tok)
        if named is not None and named not in acted_on:
            return [named]  # "Beijing's foreign ministry ... the foreign ministry summoned
            # China's ambassador" is not China's ministry any more
        if kind == "state":
            home = self._sentence_home(tok)
            if home is not None:
                return [home]
        if tok.lemma_.lower() in _RULERS and self.home_state():
            return self.home_state()  # "the junta": the rulers of the story's country
        para = self.paragraph(tok.idx)
        sent_start = tok.sent.start_char
        fallback: str | None = None
        reach = 2 if kind == "group" else 1  # a group is named once and referred to for long
        speaker = self._speaker_tokens(tok)
        for mention in reversed(self.table.mentions):
            if mention.end > tok.idx:
                continue
            if self.paragraph(mention.start) < para - reach:
                break
            if kind == "state" and mention.actor is not None and mention.actor.town:
                continue  # "Santa Rosa belonged to Colombia ... The ministry": towns have none
            name = self._of_kind(mention, kind)
            if name is None or name in acted_on:
                continue  # "the foreign ministry summoned Russia's envoy": not Russia's ministry
            if mention.tok_start in speaker:
                return [name]  # "A NATO official said the alliance stood with Estonia": NATO
            heads = self._heads_subject(mention, agents_only=kind == "group")
            if heads and (mention.start < sent_start or self._reports_on(tok, mention)):
                # "the group": a group that acted itself; "Finland will close the crossing with
                # Russia, the government said": the state whose act it reports
                return [name]
            if fallback is None and mention.start >= sent_start:
                fallback = name
        if fallback:
            return [fallback]
        return self.home_state() if kind == "state" else []  # "the government": of the story

    def _object_owners(self, tok: Token) -> set[str]:
        """The states whose people or things the clause of a subject acts on ("the ministry
        summoned Russia's charge d'affaires": Russia): a state does not act on its own envoy."""
        if tok.dep_ != "nsubj":
            return set()
        owners: set[str] = set()
        verb = tok.head
        for obj in (  # "summoned China's ambassador, Wu, to protest" parses the envoy nsubj
            c for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "nsubj" and c.i > verb.i)
        ):
            for child in obj.children:
                if child.dep_ in OWNER_DEPS:
                    mention = self._first_mention(child)
                    if mention is not None and mention.type in ("GPE", "NORP") and mention.state:
                        owners.add(mention.state)
        return owners

    def _named_by_head(self, tok: Token) -> str | None:
        """ "the tribunal" after "the Superior Electoral Tribunal", "the agency" after "the
        International Atomic Energy Agency": a definite common noun that repeats a word of an
        organisation's name stands for that organisation (the last one named)."""
        if tok.pos_ != "NOUN" or tok.tag_ not in ("NN", "NNS") or tok.lower_ in _NOT_ANAPHORS:
            return None
        determiners = {c.lower_ for c in tok.children if c.dep_ == "det"}
        if not determiners & {"the", "this", "that"}:
            return None
        words = {tok.lower_, tok.lemma_.lower()}
        for mention in reversed(self.table.mentions):
            if mention.end > tok.idx or mention.type != "ORG":
                continue
            if words & _head_words(mention.name):
                return self._as_actor(mention)
        return None

    def _sentence_home(self, tok: Token) -> str | None:
        """ "In Seoul, the foreign ministry said ...": the state a sentence opens in."""
        sent = tok.sent
        opener = sent[0] if sent[0].lower_ in ("in", "from") else None
        if opener is None or opener.i >= tok.i:
            return None
        for pobj in (c for c in opener.children if c.dep_ == "pobj"):
            mention = self.table.at(pobj.i)
            if mention is not None and mention.actor is not None and mention.actor.state:
                return mention.actor.state
        return None

    def _organ_just_before(self, tok: Token) -> str | None:
        """ "Ethiopia's foreign ministry rejected the statement. Spokesman Meles Alem said ...":
        the state whose ministry, office or government was the subject of the sentence before,
        for whom a bare spokesman most likely speaks (a bare minister may be answering it)."""
        start = tok.sent.start
        if start == 0:
            return None
        before = tok.doc[start - 1].sent
        for subject in (
            t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
        ):
            if subject.lemma_.lower() not in _ORGAN_NOUNS:
                continue
            owner = self.owner_mention(subject)
            if owner is not None and owner.state and owner.type in ("GPE", "NORP"):
                return owner.state
        return None

    def _same_noun_owner(self, tok: Token) -> str | None:
        """The owner the article gave the same noun before: "Sudan's army ... the army"."""
        lemma = tok.lemma_.lower()
        for prior in reversed(tok.doc[: tok.i]):
            if prior.lemma_.lower() != lemma:
                continue
            if prior.pos_ == tok.pos_ or (prior.pos_ == "PROPN" and prior.text.islower()):
                owner = self.owner_mention(prior)  # "foreign ministry" mis-tagged a proper noun
            elif prior.pos_ == "ADJ" and prior.dep_ == "amod":
                # "Myanmar's military leader ... the military": the owner of the phrase
                owner = self.owner_mention(prior) or self.owner_mention(prior.head)
            else:
                continue
            if owner is not None and owner.type != "PERSON":
                return self._as_actor(owner)
        return None

    def _anaphor_kind(self, tok: Token) -> str | None:
        """ "state", "group" or "any" for a noun that can refer back to an actor, else None."""
        lemma, lower = tok.lemma_.lower(), tok.lower_
        if lemma in self.lexicon.source_nouns - _ACTING_SOURCES or lower in _NOT_ANAPHORS:
            return None  # "officials said", "analysts": sources, not a referent
        determiners = {c.lower_ for c in tok.children if c.dep_ in ("det", "predet")}
        if determiners & {"another", "other", "some", "any", "each", "every", "no"}:
            return None
        if lemma in self.lexicon.group_nouns or lower in self.lexicon.group_nouns:
            if tok.tag_ in ("NNS", "NNPS") and not determiners & {"the", "these", "those"}:
                return None  # "aid groups say": groups in general, not one named before
            return "group"
        if lemma in ("leader", "leadership") or lower == "leaders":
            return "any"
        if lemma in self.lexicon.state_agent_nouns or lower in self.lexicon.state_agent_nouns:
            return "state"
        return None

    def _of_kind(self, mention: Mention, kind: str) -> str | None:
        """The actor a mention offers a back-reference of this kind: a state, or an organisation."""
        if mention.type not in ("GPE", "NORP", "ORG"):
            return None
        state = mention.actor.state if mention.actor is not None else None
        if mention.type == "ORG" and kind in ("group", "any"):
            return self._as_actor(mention)
        return state if kind in ("state", "any") else None

    def in_title(self, mention: Mention) -> bool:
        """ "US Treasury Secretary Scott Bessent", "Chinese Foreign Minister Liang": a non-person
        mention that is part of the title in front of a person's name."""
        if mention.type == "PERSON":
            return False
        cur = self.doc[mention.tok_end - 1]
        for _ in range(4):
            if cur.dep_ not in ("compound", "amod", "nmod") or cur.head.i == cur.i:
                return False
            cur = cur.head
            owner = self.table.at(cur.i)
            if owner is not None and owner is not mention and owner.type == "PERSON":
                return True
        return False

    def is_place(self, mention: Mention) -> bool:
        """Whether a name the dictionary does not know is a town or region: typed as a place, or
        written like one somewhere in the article ("the city of El Fasher", "in Taiz", "the
        Adre crossing"), whatever label NER gave it."""
        if self._is_vessel(mention):
            return False  # "the Vela Marin, a Cook Islands-flagged vessel": a ship, not a place
        if mention.type in ("GPE", "LOC", "FAC"):
            return True
        same = [m for m in self.table.mentions if m.name == mention.name]
        return self.doc is not None and written_as_place(self.doc, same)

    def _is_vessel(self, mention: Mention) -> bool:
        """Whether the article presents a name as a ship: "the tanker Sea Caravel", "the Vela
        Marin, a Cook Islands-flagged vessel"."""
        if self.doc is None or mention.type in ("PERSON", "GPE"):
            return False
        vessels = self.lexicon.objects.get("vessel", {})
        for m in self.table.mentions:
            if m.name != mention.name:
                continue
            root = self.doc[m.tok_end - 1]
            near = [root.head, *(c for c in root.children if c.dep_ == "appos")]
            if any(t.lemma_.lower() in vessels and t.i != root.i for t in near):
                return True
        return False

    def person_state(self, person: Mention) -> str | None:
        """A person's country: from the dictionary, else from the title the article first gives
        them ("Iranian Foreign Minister Abbas Araghchi" -> Iran)."""
        if person.actor is not None:
            # a listed person who acts for no state (an opposition politician) is still of the
            # country his title names ("Russian opposition politician Ilya Yashin")
            return person.actor.state or self.titled_state(person)
        titled = self.titled_state(person)
        if titled is not None:
            return titled
        first = next((m for m in self.table.mentions if m.name == person.name), person)
        if self.doc is not None:  # "Alexander Kozlov, Russia's natural resources minister"
            root = self.doc[first.tok_end - 1]
            for appos in (c for c in root.children if c.dep_ == "appos"):
                owner = self.owner_mention(appos)
                if owner is not None and owner.type in ("GPE", "NORP") and owner.state:
                    return owner.state
        before = self.doc[first.tok_start - 1] if self.doc is not None and first.tok_start else None
        if before is not None and before.lower_ in _GOVERNMENT_TITLES:
            opened = self._sentence_home(before)
            if opened is None and before.lower_ in _SPOKESPEOPLE:
                opened = self._organ_just_before(before)
            if opened is not None:  # "In Stockholm, Foreign Minister Tobias Billstrom said"
                return opened
            # "Foreign Minister Margus Tsahkna" in a story datelined Tallinn is Estonia's, even
            # when Russia acts in the lead; with no dateline, the story's country
            home = self.dateline_state() or self.home_state()
            return home[0] if home else None
        return None

    def titled_state(self, person: Mention) -> str | None:
        """The country the title before a person's first mention names ("Iranian Foreign
        Minister Abbas Araghchi" -> Iran), if it names one."""
        first = next((m for m in self.table.mentions if m.name == person.name), person)
        for i in range(first.tok_start - 1, max(first.tok_start - 6, -1), -1):
            if self.doc is not None and self.doc[i].is_quote:
                break  # '"... with China," Foreign Minister Joseph Wu told': not China's
            mention = self.table.at(i)
            if mention is not None and mention.type == "PERSON" and mention is not first:
                break  # "army chief al-Burhan and RSF leader Dagalo": al-Burhan's title
            if mention is not None and mention.type in ("NORP", "GPE"):
                return mention.state
            if mention is not None and mention.actor is not None and mention.actor.state:
                return mention.actor.state  # "State Department spokesman Matthew Miller"
            demonym = self.dictionary.lookup(self.doc[i].text, "NORP") if self.doc else None
            if demonym is not None and demonym.state:  # "Indian National Security Adviser"
                return demonym.state
        return None

    def dateline_state(self) -> list[str]:
        """The state of the city a wire dateline names ("TALLINN - Russian border guards ...")."""
        if self._dateline_state is None:
            _, match = self._dateline()
            city = re.sub(r"\(.*?\)|[—–-]+\s*$", "", match.group()).strip() if match else ""
            actor = self.dictionary.lookup(city.title()) if city else None  # "TALLINN": Estonia
            self._dateline_state = [actor.state] if actor is not None and actor.state else []
        return self._dateline_state

    def _dateline(self) -> tuple[int, re.Match[str] | None]:
        """The sentence, among the first six, that opens with a wire dateline, and the match."""
        sents = list(self.doc.sents)[:6] if self.doc is not None else []
        for k, sent in enumerate(sents):
            match = DATELINE_RE.match(sent.text)
            if match is not None:
                return k, match
        return 0, None

    def conj_pairs(self) -> list[tuple[int, str, str]]:
        """(position, A, B) for every "A and B" / "between A and B" of two actors, in order."""
        if self._pairs is None:
            self._pairs = []
            for mention in self.table.mentions:
                root = self.doc[mention.tok_end - 1]
                if root.dep_ != "conj" or mention.type == "PERSON" or self._is_source(mention):
                    continue
                head = self.table.at(root.head.i)
                if head is not None and head is not mention:
                    if head.type == "PERSON" or None in (mention.state, head.state):
                        continue
                    a = self._as_actor(head)
                elif head is None and mention.type in ("ORG", "GPE"):
                    # "Sudan's army and the RSF": an owned institution and a named group
                    owned = self._owned(root.head)
                    if not owned:
                        continue
                    a = owned[0]
                else:
                    continue
                b = self._as_actor(mention)
                if a != b:
                    self._pairs.append((mention.start, a, b))
        return self._pairs

    def record(self, actors: list[str], targets: list[str]) -> None:
        """Counts an event's sides, so "the two countries" can find the story's main pair."""
        for actor in map(self.side, actors):
            for target in map(self.side, targets):
                # a side still named as a person acts for no state: a voice, not a side
                if actor != target and not self.is_person(actor) and not self.is_person(target):
                    self.dyads[frozenset((actor, target))] += 1

    def stateless_person(self, name: str) -> bool:
        """A person acting for no state (a UN official, a rights chief): a voice in the story,
        never one of the two sides in it."""
        return self.is_person(self.side(name))

    def is_person(self, name: str) -> bool:
        """Whether the article names this actor as a person."""
        return any(m.name == name and m.type == "PERSON" for m in self.table.mentions)

    def side(self, name: str) -> str:
        """The state a person acts for ("Vucic" -> Serbia), else the name itself."""
        person = next((m for m in self.table.mentions if m.name == name), None)
        if person is not None and person.type == "PERSON":
            return self.person_state(person) or name
        return self.side_of(name)

    def main_dyad(self) -> list[str]:
        """The two sides that acted on each other most often so far (at least twice)."""
        if not self.dyads:
            return []
        pair, count = self.dyads.most_common(1)[0]
        return sorted(pair) if count >= 2 else []

    def other_side(self, sides: list[str]) -> list[str]:
        """The other side of the story's main pair, when `sides` are on it ("Mali denied ...")."""
        main = self.main_dyad()
        return [side for side in main if side not in sides] if set(sides) & set(main) else []

    def _unless_main(self, pair: list[str]) -> list[str]:
        """`pair`, unless it acted on each other less often than the story's main pair did."""
        main = self.main_dyad()
        if main and self.dyads[frozenset(pair)] < self.dyads[frozenset(main)]:
            return main
        return pair

    def _is_source(self, mention: Mention) -> bool:
        """A mention the text cites ("Reuters reported", "according to KCNA"): not a party."""
        root = self.doc[mention.tok_end - 1]
        head = root.head
        if root.dep_ == "nsubj" and head.lemma_.lower() in self.lexicon.speech_verbs:
            return mention.type == "ORG"
        if root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
            return True
        return root.dep_ in ("dobj", "pobj") and head.lemma_.lower() == "cite"

    def _trio(self, tok: Token) -> list[str]:
        """The last three actors the article named together before `tok` ("Yoon, Ishiba and
        Biden met ... the three leaders"), persons for "leaders" when there are any."""
        want_person = tok.lower_ in _PERSON_PAIRS
        para = self.paragraph(tok.idx)
        fallback: list[str] = []
        for prior in reversed(tok.doc[: tok.sent.start]):
            if self.paragraph(prior.idx) < para - TRIO_PARAGRAPHS or len(prior.conjuncts) < 2:
                continue
            if prior.i > min(c.i for c in prior.conjuncts):
                continue  # count each coordination once, from its first member
            names = self.names(prior)
            if len(names) != 3:
                continue
            persons = all(
                (m := self.table.at(t.i)) is not None and m.type == "PERSON"
                for t in (prior, *prior.conjuncts)
            )
            if persons == want_person:
                return names
            fallback = fallback or names
        return fallback

    def _is_pair(self, tok: Token) -> bool:
        """ "the two sides", "both countries", "all relevant parties" (a mediator's call to the
        story's two sides); not "two men" (a count of people unnamed)."""
        lefts = {c.lower_ for c in tok.lefts}
        if tok.lower_ == "parties" and "all" in lefts:
            return True
        return "both" in lefts or (
            "two" in lefts and bool(lefts & {"the", "these", "those", "their", "its"})
        )

    def _pair(self, tok: Token) -> list[str]:
        """The last two distinct actors of the right kind before `tok` in its paragraph."""
        if tok.lower_ == "koreas":
            return ["North Korea", "South Korea"]
        para = self.paragraph(tok.idx)
        want_person = tok.lower_ in _PERSON_PAIRS
        if not want_person:
            pairs = [
                p
                for p in self.conj_pairs()
                if p[0] < tok.idx and self.paragraph(p[0]) >= para - CONJ_PAIR_PARAGRAPHS
            ]
            if pairs:
                # "envoys from the US and China also took part. The two sides": the story's pair
                return self._unless_main([self.side(pairs[-1][1]), self.side(pairs[-1][2])])
        names: list[str] = []
        for mention in reversed(self.table.mentions):
            if mention.start >= tok.idx or self.paragraph(mention.start) < para - PAIR_PARAGRAPHS:
                continue
            if mention.type == "NORP" and mention.state is None:
                continue
            if mention.type in ("LOC", "FAC", "OTHER", "EVENT") or (
                mention.type == "GPE" and mention.actor is None  # a city, not a side
            ):
                continue
            if mention.type == "ORG" and (self.in_title(mention) or self._is_source(mention)):
                continue  # "US Treasury Secretary Scott Bessent": his office; "Reuters said"
            root = self.doc[mention.tok_end - 1]
            if root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "near"):
                continue  # "met ... in Montevideo": where, not who
            if want_person and mention.type != "PERSON":
                continue
            if mention.type == "PERSON" and not want_person:
                state = self.person_state(mention)  # "He ... met Bessent. The two sides ..."
                if state is None:
                    continue
                name = state
            else:
                name = mention.name if want_person else self._as_actor(mention)
            if name not in names:
                names.append(name)
            if len(names) == 2:
                pair = list(reversed(names))
                # "Saudi Arabia welcomed the truce, while the UN urged both sides"
                return pair if want_person else self._unless_main(pair)
        return self.main_dyad() if not want_person else []


def _pronoun_is_a_party(tok: Token) -> bool:
    """An object pronoun that stands for a party, not a thing said or signed: "accusing it of",
    "blamed it for", "urged it to" (but "deny it", "backed it")."""
    return tok.dep_ == "dobj" and any(
        (c.dep_ == "prep" and c.lower_ in ("of", "for")) or c.dep_ == "xcomp"
        for c in tok.head.children
        if c.i > tok.i
    )


def _stateless(mention: Mention) -> bool:
    """An organisation that acts for no state (Amnesty International, the UN)."""
    return mention.actor is None or not mention.actor.state


def _head_words(name: str) -> set[str]:
    """The words a name is headed by: its last, and the one before "of" or "for" ("Tribunal" of
    "Superior Tribunal of Electoral Justice"); never a leading modifier ("Atomic")."""
    words = name.lower().split()
    heads = {words[-1]} if len(words) > 1 else set()
    heads |= {words[i - 1] for i, w in enumerate(words) if w in ("of", "for") and i > 1}
    return heads


def _counted(tok: Token) -> int | None:
    """The number a definite group noun is counted with: "the three leaders" -> 3."""
    words = {c.lower_ for c in tok.lefts}
    if not words & {"the", "all", "their", "these", "those"}:
        return None
    return 3 if "three" in words else None


def _indefinite(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def _misparsed_conjuncts(tok: Token) -> list[Token]:
    """ "of Mali and Burkina Faso", parsed with Mali as a modifier of "Faso" and the "and"
    under it: the first conjunct hangs on the second's last word."""
    return [
        c
        for c in tok.children
        if c.dep_ in ("nmod", "compound")
        and c.i < tok.i
        and any(g.dep_ == "cc" for g in c.children)
    ]

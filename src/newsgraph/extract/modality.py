"""How sure the text is of a fact, and who it says the fact comes from.

Walks from the fact's word (an event trigger or a number) up its clause to the first
attribution verb ("said", "reported", "suggest") and reads the cues on the way: questions
and conditionals, negation and denial verbs, hedges and modals, future and plan words,
estimates, opinion verbs, attribution ("according to X", "as reported by X", "X reports,
citing Y": the cited Y is the closest provenance and wins), "reportedly".
A number its subject forecasts ("the bank expects growth of 3 percent") is estimated, by them.
Priority when several cues meet: speculated (question, conditional) > denied >
speculated (hedge) > planned > estimated > opinion > reported > asserted.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Span, Token

from newsgraph.extract.entities import Mention
from newsgraph.extract.lexicon import Lexicon
from newsgraph.extract.nlp import outer_coordinate
from newsgraph.extract.participants import Participants

# Dependencies along which a word's clause is governed by the word above it.
_CLIMB = frozenset({"ccomp", "xcomp", "advcl", "conj", "relcl", "acl", "dobj", "pobj", "prep",
                    "nsubj", "nsubjpass", "attr", "appos", "npadvmod", "pcomp", "amod",
                    "compound", "acomp", "oprd", "dep", "nmod", "poss", "advmod", "quantmod",
                    "nummod"})  # fmt: skip
# Longest chain of heads followed from a fact to its governing attribution verb.
MAX_CLIMB = 12
# Entity labels of names: a relative clause on a name sets the scene ("Kaldor, which hosts ..."),
# one on a value does not ("the 15th it had mediated").
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT"})
_CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
# Denial verbs that refuse an act rather than deny a fact ("Quito refused a request").
_REFUSALS = frozenset({"refuse", "decline", "fail"})
_QUOTES = " \"'”’)»"


@dataclass(frozen=True)
class Stance:
    """A fact's modality and source."""

    modality: str
    source: str | None


@dataclass
class Chain:
    """The words from a fact up to its governing attribution verb (if any)."""

    nodes: list[Token]
    speech: Token | None


class ModalityReader:
    """Reads modality and attribution for facts within one article."""

    def __init__(self, lexicon: Lexicon, participants: Participants) -> None:
        self.lex = lexicon
        self.parts = participants

    def read(self, word: Token, sent: Span, *, claim: bool = False) -> Stance:
        """The stance of the fact at `word`; for a claim a plain "not" in its clause does not
        deny the number ("half still do not have enough food")."""
        chain = self._chain(word)
        background = _in_background(chain)
        source = self._source(chain, sent, background=background)
        forecast = _forecast(chain) if claim and chain.speech is None else None
        if forecast is not None and not (_is_question(sent) or self._conditional(chain.nodes)):
            # "the central bank expects growth of 2 to 3 percent": the bank's estimate
            return Stance("estimated", source or self._speaker(forecast))
        modality = self._modality(
            word, chain, sent, source is not None, claim=claim, background=background
        )
        if modality == "planned" and chain.speech is not None:
            outer = self._outer_source(chain.speech, sent)
            if outer is not None and outer != source:
                # "Choe said Pyongyang would support Moscow, according to KCNA": what an outlet
                # reports someone promised is reported, not yet a plan the text asserts
                return Stance("reported", outer)
        return Stance(modality, source)

    def _outer_source(self, speech: Token, sent: Span) -> str | None:
        """An attribution wrapped around a speech verb: "according to X", "..., X reported"."""
        head = speech.head
        if (
            speech.dep_ in ("ccomp", "parataxis")
            and head.i != speech.i
            and head.lemma_.lower() in self.lex.speech_verbs
        ):
            return self._speaker(head)
        return self._according_to(sent)

    def speaker(self, word: Token) -> Mention | None:
        """The person whose words carry `word` ("Choe said Pyongyang would ..."), if named."""
        chain = self._chain(word)
        if chain.speech is None:
            return None
        for child in chain.speech.children:
            if child.dep_ == "nsubj":
                mention = self.parts.mention_of(child)
                return mention if mention is not None and mention.type == "PERSON" else None
        return None

    # --- the clause chain ---------------------------------------------------------------------------
    def _chain(self, word: Token) -> Chain:
        nodes, cur = [word], word
        for _ in range(MAX_CLIMB):
            outer = outer_coordinate(cur)
            if outer is not None:
                # 'said the region "needs no blocs" and accused Manila', "denied that its
                # personnel had used force and blamed Manila": a sibling of the reporting verb
                cur = outer
                continue
            if cur.head.i == cur.i or cur.dep_ not in _CLIMB or _is_backdrop(cur):
                break  # "..., the ministry said, a week after Tokyo blacklisted 12 firms"
            cur = cur.head
            nodes.append(cur)
            if self._reports(cur):
                if cur.lemma_.lower() in _PERFORMATIVE and nodes[-2].dep_ == "dobj":
                    return Chain(nodes, None)  # "announced 5 million euros in aid": an act
                return Chain(nodes, cur)
        speaks = cur.lemma_.lower() in self.lex.speech_verbs
        for child in cur.children:  # "Russia attacked Kyiv, officials said." parsed the other way
            if speaks and child.dep_ == "ccomp":
                continue  # "Aliyev said Russia must admit ...": what is said, not who says it
            if (
                child.dep_ in ("parataxis", "ccomp", "advcl")
                and child.lemma_.lower() in self.lex.speech_verbs
                and child not in nodes
                and not any(g.dep_ == "mark" for g in child.children)  # ", while X accused Y"
            ):
                return Chain(nodes, child)
        return Chain(nodes, None)

    # --- modality ------------------------------------------------------------------------------------------
    def _modality(
        self,
        word: Token,
        chain: Chain,
        sent: Span,
        attributed: bool,
        *,
        claim: bool = False,
        background: bool = False,
    ) -> str:
        inner = chain.nodes[:-1] if chain.speech is not None else chain.nodes
        inner, conj_heads = _coordinated(inner)
        cues = {c.lower_ for n in inner for c in n.children} | {n.lower_ for n in inner[1:]}
        lemmas = {n.lemma_.lower() for n in inner[1:]} | {
            c.lemma_.lower() for n in inner for c in n.children
        }
        speech = chain.speech.lemma_.lower() if chain.speech is not None else ""
        if _is_question(sent) or self._conditional(inner):
            return "speculated"
        if word.lemma_.lower() in self.lex.denial_verbs - _REFUSALS | {"dismiss"} and (
            word.pos_ == "VERB"
        ):  # the denial itself ("Moscow denied the reports"); a refusal is an act, asserted
            return "denied"
        governors = {n.lemma_.lower() for n in inner[1:] if n not in conj_heads}
        if (
            (self._negated(inner) and not claim)
            or speech in self.lex.denial_verbs
            or governors & self.lex.denial_verbs - {word.lemma_.lower()}
            or any(_rules_out(n) for n in inner[1:] if n not in conj_heads)
        ):
            return "denied"  # "denied that it had sent troops"; not "... after guards refused"
        if cues & {"reportedly", "allegedly"}:
            return "reported"  # "is reportedly considering a visit": hearsay before intention
        hedges = cues & self.lex.hedge_words
        if hedges == {"would"} and chain.speech is not None:
            return "planned"  # "Pyongyang said it would strengthen ties": future in the past
        if hedges or speech in self.lex.speculation_verbs:
            return "speculated"
        if self._planned(word, inner, cues, lemmas):
            return "planned"
        if (cues | lemmas) & self.lex.estimate_words or speech in self.lex.estimate_words:
            return "estimated"
        if speech in self.lex.opinion_verbs or cues & self.lex.opinion_words:
            return "opinion"
        if (
            attributed
            or (claim and _said_by_someone(chain))  # "the army claimed it had killed 40"
            or cues & self.lex.reported_words
            or (self._reported_sentence(sent) and not background)
        ):
            return "reported"
        return "asserted"

    def _conditional(self, inner: list[Token]) -> bool:
        return any(
            c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for n in inner for c in n.children
        )

    def _negated(self, inner: list[Token]) -> bool:
        for node in inner:
            for child in node.children:
                if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
                    return True
        return False

    def _planned(self, word: Token, inner: list[Token], cues: set[str], lemmas: set[str]) -> bool:
        if cues & self.lex.future_aux or ("going" in cues and "to" in cues):
            return True
        if any(
            c.lower_ in self.lex.plan_nouns for c in word.children if c.dep_ in ("amod", "compound")
        ):
            return True
        governors = {n.lemma_.lower() for n in inner[1:]} | {n.lower_ for n in inner[1:]}
        # "is due in Vilnius for talks": the plan word sits beside the talks, on their verb
        governors |= {c.lower_ for n in inner[1:] for c in n.children if c.dep_ == "acomp"}
        return bool(governors & self.lex.plan_words)

    def _reported_sentence(self, sent: Span) -> bool:
        return any(t.lower_ in ("reportedly", "allegedly") for t in sent)

    # --- source --------------------------------------------------------------------------------------------
    def _source(self, chain: Chain, sent: Span, *, background: bool = False) -> str | None:
        if background and chain.speech is None:
            return None  # a scene-setting clause is the writer's, whoever the sentence cites
        cited = self._cited(sent)
        if cited:
            return cited
        if chain.speech is not None:
            found = self._speaker(chain.speech) or self._outer_source(chain.speech, sent)
            if found:
                return found  # "said in a report that 1,200 tally sheets showed ...": the sayer
        return self._according_to(sent) or self._report_by(sent)

    def _report_by(self, sent: Span) -> str | None:
        """ "Reports from Der Spiegel ...", "a report by the IAEA ...": the report's author."""
        for tok in sent:
            if tok.lemma_.lower() == "report" and tok.pos_ == "NOUN":
                found = self._source_name(tok)
                if found:
                    return found
        return None

    def _reports(self, verb: Token) -> bool:
        """A verb that attributes what it governs: a speech verb, or a study's finding ("a
        survey by Pulse Asia found that 72 percent ...")."""
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        lemma = verb.lemma_.lower()
        if lemma in self.lex.speech_verbs or _puts_a_figure(verb):
            return True
        return lemma in _FINDING_VERBS and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _STUDIES for c in verb.children
        )

    def _speaker(self, verb: Token) -> str | None:
        if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "agent") for c in verb.children):
            verb = verb.head  # "the agency confirmed the capture and said that ...": the agency
        elif (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and verb.lemma_.lower() == "say"
            and not any(c.dep_ == "nsubj" for c in verb.children)
        ):
            verb = self._saying_for(verb)
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) > 1:  # "the state news agency Xinhua reported", parsed as two
            named = [c for c in subjects if self.parts.mention_of(c) is not None]
            if named:
                return self._source_name(named[-1])
        for child in verb.children:
            target = (
                child
                if child.dep_ == "nsubj"
                else _agent_object(child)
                if child.dep_ == "agent"
                else None
            )
            if target is not None:
                return self._source_name(target)
        return None

    def _saying_for(self, participle: Token) -> Token:
        """The statement a subjectless "saying ..." continues: its head, or the speech verb
        above a clause it was parsed under ("denied that the drone had crossed the border,
        saying the wreckage was found ...")."""
        head = participle.head
        while (
            head.lemma_.lower() not in self.lex.speech_verbs
            and head.dep_ in ("ccomp", "advcl", "conj")
            and head.head.i != head.i
        ):
            head = head.head
        return head if head.lemma_.lower() in self.lex.speech_verbs else participle.head

    def _author(self, document: Token) -> str | None:
        """Who a report or study is by ("reports from Der Spiegel", "a survey by Pulse Asia")."""
        for child in document.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "by", "in", "of"):
                obj = _agent_object(child)
                if obj is not None:
                    return self._source_name(obj)
        return None

    def _cited(self, sent: Span) -> str | None:
        for tok in sent:
            if tok.lemma_.lower() == "cite":
                for child in tok.children:
                    if child.dep_ in ("dobj", "pobj"):
                        return self._source_name(child)
        return None

    def _according_to(self, sent: Span) -> str | None:
        for tok in sent:
            if tok.lower_ == "according":
                for to in tok.children:
                    for pobj in to.children:
                        if pobj.dep_ == "pobj":
                            return self._source_name(pobj) or self._described_source(pobj)
            if tok.lemma_.lower() in ("report", "say", "state") and any(
                c.lower_ == "as" for c in tok.children
            ):
                for child in tok.children:
                    if child.dep_ == "agent" and (obj := _agent_object(child)) is not None:
                        return self._source_name(obj)
        return None

    def _described_source(self, tok: Token) -> str | None:
        """Whatever "according to" names is a source: "video released by the foreign
        ministry" is the ministry's; "a regional administrator who asked not to be named" is
        written as the text describes him."""
        for child in tok.subtree:  # "a copy of the text seen by Reuters"
            if child.dep_ == "acl":
                for agent in (c for c in child.children if c.dep_ == "agent"):
                    obj = _agent_object(agent)
                    if obj is not None and (found := self._source_name(obj)):
                        return found
        return _as_written(tok) if tok.pos_ == "NOUN" else None

    def _dictionary_phrase(self, tok: Token) -> str | None:
        """The actor a whole noun phrase names in the dictionary, if any."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return None
        words = [t for t in tok.subtree if t.i <= tok.i]
        if len(words) < 2:
            return None
        start = words[0].i + (1 if words[0].lower_ == "the" else 0)
        actor = self.parts.dictionary.lookup(tok.doc[start : tok.i + 1].text)
        return actor.name if actor is not None and actor.type == "ORG" else None

    def _appositive_person(self, tok: Token) -> str | None:
        """The person an appositive names for a described source: "the army's spokesman,
        Lieutenant General Ahmed Sharif Chaudhry," is Chaudhry, who speaks as himself."""
        for child in (c for c in tok.children if c.dep_ == "appos"):
            mention = self.parts.mention_of(child)
            if mention is not None and mention.type == "PERSON":
                return mention.name
        return None

    def _source_name(self, tok: Token) -> str | None:
        """An entity name for a source token; a short noun phrase for "analysts", "officials"."""
        if tok.lemma_.lower() in ("report", "reports") or tok.lower_ in ("reports", "report"):
            return self._author(tok)
        named_person = self._appositive_person(tok)  # "Its spokesman, Basim al-Awadi, said"
        if named_person is not None:
            return named_person
        if tok.lemma_.lower() in _STUDIES and (author := self._author(tok)):
            return author  # "a survey by Pulse Asia": Pulse Asia
        named = self._dictionary_phrase(tok)  # "South Korea's spy agency" is the NIS
        if named is not None:
            return named
        mention = self.parts.mention_of(tok)
        if (
            mention is not None
            and mention.actor is None
            and mention.type == "ORG"
            and tok.lemma_.lower() in self.lex.state_agent_nouns | self.lex.source_nouns
        ):  # "South Korea's defense ministry" (but "Ethiopian state broadcaster EBC" is EBC)
            owner = self.parts.owner_mention(tok)
            if owner is not None and owner is not mention:
                return owner.acts_for
        if mention is not None:  # "Pyongyang said": North Korea; "the Pentagon said": itself
            metonym = mention.actor is not None and mention.actor.metonym
            if metonym and mention.type == "GPE":
                return self.parts.one(tok, anaphora=False)[0]  # "Brussels said": the EU, in EU news
            return mention.name
        if tok.lemma_.lower() in self.lex.source_nouns or tok.lower_ in self.lex.source_nouns:
            if tok.lemma_.lower() in _INSTITUTIONS:  # "Taiwan's defence ministry": Taiwan speaks
                names = self.parts.one(tok, anaphora=False)
                if not names and _definite(tok) and not _kind_named(tok):
                    names = self.parts.one(tok)  # "the ministry said": the one named before
                if names:
                    return names[0]
                home = self.parts.home_state()
                if home and _definite(tok) and _kind_named(tok) and tok.lemma_.lower() != "media":
                    # "citing the defence ministry": the story's country's, named as such
                    words = [
                        t.text
                        for t in tok.subtree
                        if t.i <= tok.i and t.dep_ not in ("det", "punct")
                    ]
                    owner = self.parts.dictionary.demonym_of(home[0]) or f"{home[0]}'s"
                    return f"{owner} {' '.join(words)}"
            employer = _employer(tok, self.parts)
            if employer is not None:  # "economists at the Asian Development Bank": the bank
                return employer
            # "US officials", "an EU official", "Indian military analysts": people, as written
            words = [
                t
                for t in tok.subtree
                if t.i <= tok.i and t.dep_ not in ("det", "punct", "nummod") and not t.like_num
            ]
            return " ".join(t.text for t in words[-4:])
        names = self.parts.one(tok)  # "the agency said": the agency named before
        if names:
            return names[0]
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _DOCUMENT_SOURCES:
            # "according to a ministry statement", "customs data show": the document
            return _as_written(tok)
        return None


def _puts_a_figure(verb: Token) -> bool:
    """ "The Red Crescent put the death toll at 11,300": a figure told by whoever put it, as
    "said the toll was 11,300" would be."""
    return (
        verb.lemma_.lower() in ("put", "place")
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _FIGURE_NOUNS for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children)
    )


_FIGURE_NOUNS = frozenset({"toll", "number", "figure", "cost", "count", "total", "tally",
                           "loss", "losses", "value", "price", "damage", "bill"})  # fmt: skip


def _employer(noun: Token, parts: Participants) -> str | None:
    """The named body people speak for: "economists at the Asian Development Bank",
    "researchers from Amnesty International"."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("at", "from")):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            mention = parts.mention_of(pobj)
            if mention is not None and mention.type == "ORG":
                return mention.name
    return None


def _as_written(noun: Token) -> str:
    """A noun phrase as the text writes it, without articles or owners, at most four words:
    "a regional administrator" -> "regional administrator"."""
    words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ not in ("det", "punct", "poss")]
    return " ".join(t.text for t in words[-4:])


def _definite(tok: Token) -> bool:
    """ "the interior ministry", not "an interior ministry official"."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _kind_named(tok: Token) -> bool:
    """ "the defence ministry" names which body it is; "the ministry" refers back."""
    return any(c.dep_ in ("compound", "amod") for c in tok.children) and not any(
        c.dep_ == "poss" for c in tok.children
    )


# Source nouns that are institutions: they speak for the state that owns them.
_INSTITUTIONS = frozenset({"ministry", "government", "military", "police", "authorities",
                           "authority", "media", "army", "navy", "embassy", "office",
                           "department", "agency", "intelligence"})  # fmt: skip
# A study's finding is attributed to the study's author ("a survey by X found that ...").
_FINDING_VERBS = frozenset({"find", "conclude"})
_STUDIES = frozenset({"survey", "poll", "study", "analysis", "review", "investigation", "audit",
                      "census", "report", "assessment"})  # fmt: skip
# Speech verbs whose direct object is what the speaker does, not what they report.
_PERFORMATIVE = frozenset({"announce", "unveil", "pledge", "promise"})
# Documents a text cites as its source ("according to a ministry statement", "data show").
_DOCUMENT_SOURCES = frozenset({"statement", "readout", "data", "figures", "record", "records",
                               "document", "documents", "report", "survey", "statistics",
                               "filing", "assessment", "estimate", "release", "communique"})  # fmt: skip
# Things that show rather than say: what "the data indicates" is the writer's reading of it.
_EVIDENCE = frozenset({"datum", "figure", "image", "picture", "photo", "footage", "video",
                       "number", "analysis", "evidence", "result", "poll", "study"})  # fmt: skip
# Subordinators of clauses that set the scene rather than report ("a week after Tokyo ...").
_BACKDROP_MARKS = frozenset({"after", "before", "since", "when", "while", "until", "once", "as"})


# Verbs whose subject puts a number forward as its forecast ("the bank expects growth of 3
# percent", "the IMF projects a deficit of $2 billion").
_FORECAST_VERBS = frozenset({"expect", "forecast", "project", "anticipate"})


def _rules_out(verb: Token) -> bool:
    """ "Serbia ruled out recognising Kosovo": what is ruled out is denied, not done."""
    return (
        verb.lemma_.lower() == "rule"
        and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
        and not any(c.dep_ == "neg" for c in verb.children)  # "does not rule out": possible
    )


def _said_by_someone(chain: Chain) -> bool:
    """A number inside what a subject says is theirs, even when the text leaves the subject
    unnamed ("the army claimed it had killed 40 militants")."""
    return chain.speech is not None and any(
        c.dep_ == "nsubj"
        and c.pos_ in ("NOUN", "PROPN")
        and c.lemma_.lower() not in _DOCUMENT_SOURCES | _EVIDENCE  # "the data indicates"
        for c in chain.speech.children
    )


def _forecast(chain: Chain) -> Token | None:
    """The active forecast verb whose object or clause holds the number, if any; not a plan
    ("expects to spend $5 billion")."""
    for below, node in pairwise(chain.nodes):
        if below.dep_ == "xcomp":
            return None
        if (
            node.lemma_.lower() in _FORECAST_VERBS
            and node.pos_ == "VERB"
            and below.dep_ in ("dobj", "ccomp")
            and any(c.dep_ == "nsubj" for c in node.children)
        ):
            return node
    return None


def _is_backdrop(tok: Token) -> bool:
    """A clause that sets the scene of the sentence: its facts are not the speaker's report."""
    if tok.dep_ == "relcl":  # "Kaldor, which hosts 2 million refugees, said": about Kaldor
        return (
            tok.head.pos_ == "PROPN"
            or tok.head.ent_type_ in _NAME_LABELS  # not "the 15th"
            or _set_off(tok)
        )  # "France, the former colonial power, which keeps 350 troops": about France
    if tok.dep_ in ("advcl", "conj"):  # "conj": a parse of "..., a week after Iran launched"
        return any(c.dep_ == "mark" and c.lower_ in _BACKDROP_MARKS for c in tok.children)
    return tok.dep_ == "pcomp" and tok.head.lower_ in ("after", "before", "since")


def _set_off(relcl: Token) -> bool:
    """A relative clause set off by a comma ("..., which keeps 350 troops there,"): an aside
    about its noun, not the restrictive kind that picks one out ("the troops that were sent")."""
    pronoun = next(
        (c for c in relcl.children if c.lower_ in ("which", "who") and c.i < relcl.i), None
    )
    return pronoun is not None and pronoun.i > 0 and relcl.doc[pronoun.i - 1].text == ","


def _in_background(chain: Chain) -> bool:
    return chain.speech is None and _is_backdrop(chain.nodes[-1]) if chain.nodes else False


def _agent_object(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _is_question(sent: Span) -> bool:
    return sent.text.rstrip().rstrip(_QUOTES).endswith("?")


def _coordinated(nodes: list[Token]) -> tuple[list[Token], set[Token]]:
    """The chain, and the heads it reached as a conjunct: their own word is not the
    conjunct's ("seized the boat and denied wrongdoing": the seizure is not denied)."""
    heads: set[Token] = set()
    own_clause: set[Token] = set()  # "would take the case ... and that X had been injured"
    for prev, node in pairwise(nodes):
        if prev.dep_ == "conj" and prev.head.i == node.i:
            heads.add(node)
            if any(c.dep_ in _OWN_CLAUSE for c in prev.children):
                own_clause.add(node)  # the conjunct has its own tense or subject
    return [n for n in nodes if n not in own_clause], heads


_OWN_CLAUSE = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "mark"})

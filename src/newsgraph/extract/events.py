"""Events: sentences reporting an interaction, coded in PLOVER from the dependency parse.

A trigger (a verb or noun lemma in the pattern book) becomes an event when its
participants resolve to entities: subject -> actor, object and prepositional objects
("to", "with", "on", "against" ...) -> targets, "in"/"at" places -> location. Passives
swap roles ("was attacked by X"), controlled verbs inherit their subject ("is slated to
visit"), nominal events take their actor from a possessor, a modifier, "by"/"between"
phrases or the light verb that governs them ("undertook a visit to", "signed an agreement").
One event per (sentence, category, actors, targets); no actor, no event.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from itertools import pairwise

from spacy.tokens import Span, Token

from newsgraph.extract.context import ArticleContext
from newsgraph.extract.lexicon import Lexicon
from newsgraph.extract.modality import Stance
from newsgraph.extract.nlp import outer_coordinate
from newsgraph.extract.participants import OWNER_DEPS, RELATIONS
from newsgraph.extract.patterns import DEFAULT_TARGET_PREPS, Pattern, PatternBook
from newsgraph.model import Entity, Event

# Categories where what is sent belongs to the sender ("North Korean troops were sent").
SENDING = frozenset({"AID", "MOBILIZE"})
# Categories that are speech acts: a state's spokesperson saying it is the state doing it.
VERBAL = frozenset({"SUPPORT", "THREATEN", "PROTEST", "REJECT", "REQUEST", "ACCUSE"})
# Categories where "A and B did it" means A did it with B (actor A, target B).
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# Categories whose object's own complement names the target ("signed a pact with X").
OBJECT_TARGETS = frozenset({"AID", "AGREE", "SANCTION", "CONCEDE", "COOPERATE"})
# Categories that happen at a place: a capital named as their target is also their location.
PHYSICAL = frozenset({"CONSULT", "ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "PROTEST", "AID"})
# Categories that may have no target: a denial answers an accusation left unnamed; a weapons
# test, a seizure, a release, a withdrawal or a deployment happens whoever it concerns. The
# others are interactions: with nobody on the other side there is no event ("the Council
# backed it", "promised a response").
UNDIRECTED = frozenset({"REJECT", "ASSAULT", "COERCE", "CONCEDE", "RETREAT", "MOBILIZE"})
# Coercive acts that, announced for the future, are threats (PLOVER THREATEN), with that mode.
THREATENABLE = {"SANCTION": "sanctions", "ASSAULT": "military"}
LOCATION_PREPS = frozenset({"in", "at", "near", "inside", "outside"})
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# Categories where "the X of Y" makes Y the target ("invasion of Ukraine").
OF_TARGET = frozenset({"ASSAULT", "COERCE", "SANCTION", "PROTEST", "ACCUSE", "SUPPORT"})
# Dependencies along which a verb takes its subject from the verb above it.
_INHERIT = frozenset({"xcomp", "conj", "advcl", "pcomp", "prep", "acomp"})
MAX_INHERIT = 4
# A word this harsh in the VADER lexicon (mean rating, -4 to 4) is a verdict when a speaker
# calls something by it. At -1.5 the tuning sets gained no more and the demo lost one event.
HARSH_VALENCE = -2.0


@dataclass
class Frame:
    """The roles found around one trigger."""

    actors: list[str]
    targets: list[str]
    location: str | None
    mode: str | None
    used: set[int]
    recoded: Pattern | None = None  # the pattern the roles showed it to be ("protest" by a state)


class EventCoder:
    """Codes the events of one sentence."""

    def __init__(self, book: PatternBook, lexicon: Lexicon) -> None:
        self.book = book
        self.lex = lexicon
        self._sentence_events: list[Event] = []
        self._referring_noun: str | None = None
        self._doer_unknown = False  # the event a reaction answers has no named doer

    def code(self, sent: Span, ctx: ArticleContext) -> list[Event]:
        events: list[Event] = []
        self._sentence_events = events  # earlier events of this sentence can be referred back to
        verbless = not any(t.pos_ in ("VERB", "AUX") for t in sent)  # "2. US support for Kyiv:"
        seen: set[tuple] = set()
        consumed: set[int] = set()
        kinds: dict[tuple[str, int], Event | None] = {}  # the event each trigger gave
        for tok in sent:
            pos = _pos(tok)
            if pos is None or ctx.table.at(tok.i) is not None:
                continue
            if pos == "noun" and verbless:
                continue  # a heading or list label names a topic; it reports nothing
            if pos == "noun" and tok.i in consumed:
                continue  # "signed the agreement": the verb's event already covers its object
            if pos == "verb" and any(
                c.lower_ in ("can", "ca") and c.dep_ == "aux" for c in tok.children
            ):
                continue  # "shells that Russian guns can fire": what can happen, not what did
            if pos == "verb" and tok.dep_ in ("amod", "compound"):
                continue  # "eight detained UN employees": a state they are in, not a new act
            if pos == "verb" and _describes_a_subject(tok):
                continue  # "three others detained with them were released": the same state
            if pos == "verb" and _backdrop(tok):
                continue  # "while the leaders met, ...": a setting
            if pos == "verb" and _purpose_of_a_summons(tok):
                continue  # "summoned the envoy to protest": the summons is the protest
            if pos == "verb" and _condition_of_a_threat(tok):
                continue  # "warned Venezuela would face consequences if it attacked Guyana"
            if pos == "verb" and _open_question(tok):
                continue  # "has not said whether it will receive the envoy": nothing reported
            if pos == "verb" and _left_undone(tok):
                continue  # "left without meeting the coup leader": what did not happen
            if pos == "verb" and _a_right_to(tok):
                continue  # "exercising their right to protest": a right, not a protest
            if pos == "verb" and _won_a_vote(tok):
                continue  # "beat Korcok with 53 percent in the runoff": no blow was struck
            if pos == "noun" and self._background(tok):
                continue  # "the visit came days after", "during Putin's visit": a reference
            if pos == "noun" and any(
                c.lower_ in ("any", "no") for c in tok.children if c.dep_ == "det"
            ):
                continue  # "any formal pact between them", "no agreement": none that happened
            if (
                _is_content_of(tok, self.lex.request_verbs | _ACCUSING | _WARNING | _REFUSING)
                and not _left_open(tok)
            ) or (pos == "noun" and _demanded(tok, self.lex.request_verbs)):
                continue  # "urged NATO to supply", "demanded a pullout": one event, the request
            if any(_left_open(c) for c in tok.children if c.dep_ == "xcomp"):
                continue  # "refused to rule out force": no refusal, the threat left open
            for pattern in self.book.get(tok.lemma_.lower(), pos):
                frame = self._frame(pattern, tok, ctx)
                if frame is None:
                    continue
                pattern = frame.recoded or pattern
                if pattern.lemma in _FUTURE_ONLY and ctx.reader.read(tok, sent).modality not in (
                    "planned",
                    "speculated",
                ):
                    break  # "responded by ...": only an announced response is a threat
                distinct = _kept_apart_by(pattern.category, frame.mode, pattern.lemma)
                key = (pattern.category, tuple(frame.actors), tuple(frame.targets), distinct)
                if (
                    tok.dep_ == "advcl"
                    and (pattern.category, tok.head.i) in kinds
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
                ):  # "struck Kyiv, killing 12": one attack; but "their first meeting since
                    # Putin visited Pyongyang" is two. "marched, chanting slogans against the
                    # government": the march is against whom the chant names
                    first = kinds[(pattern.category, tok.head.i)]
                    if (
                        first is not None
                        and frame.targets
                        and (not first.targets or pattern.object == "chants" or pattern.prep)
                    ):  # "rallied in Baghdad, chanting against Sweden": at Sweden, not Iraq
                        first.targets = list(frame.targets)
                    break
                kinds[(pattern.category, tok.i)] = None
                consumed |= frame.used
                repeated = pos == "noun" and self._repeats(pattern, frame, ctx)
                if key not in seen and (
                    not repeated or self._new_day(pattern, tok, sent, frame, ctx)
                ):  # "greeted Lavrov at the airport ... On Thursday the two ministers held
                    # talks": a nominal act told again with a day of its own is a new act
                    seen.add(key)
                    events.append(self._event(pattern, tok, sent, frame, ctx))
                    kinds[(pattern.category, tok.i)] = events[-1]
                if pattern.category == "AID" and pattern.lemma in _PROMISES:
                    # "pledged $4.5 billion in aid to Ukraine": the promise (AGREE) is coded too,
                    # and the aid it promises is yet to come
                    if events and events[-1].modality == "asserted":
                        events[-1].modality = "planned"
                    continue
                break
        # "agreed to send troops": PLOVER codes the promise (AGREE) and a reader wants the act
        # (AID, planned) too; both are kept.
        events += self._verdicts(sent, ctx, events)
        events += self._offers(sent, ctx, events)
        events += self._demands(sent, ctx, events)
        return _merge(events)

    def _offers(self, sent: Span, ctx: ArticleContext, found: list[Event]) -> list[Event]:
        """ "said it was ready to help the two sides", "willing to work with New Delhi": PLOVER
        codes a stated willingness to cooperate as AGREE."""
        out: list[Event] = []
        for tok in sent:
            if tok.lemma_.lower() not in _WILLING or tok.pos_ != "ADJ":
                continue
            act = next((c for c in tok.children if c.dep_ == "xcomp"), None)
            if act is None or act.lemma_.lower() not in _COOPERATIVE_ACTS:
                continue
            subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            actors = ctx.participants.names(subject) if subject is not None else []
            targets: list[str] = []
            for child in act.children:
                if child.dep_ in ("dobj", "dative"):
                    targets += ctx.participants.names(child)
                    targets += [  # "restore normal relations with Niamey"
                        n
                        for prep in child.children
                        if prep.dep_ == "prep" and prep.lower_ in ("with", "to")
                        for n in _object_names(prep, ctx)
                    ]
                elif child.dep_ == "prep" and child.lower_ in ("with", "to"):
                    targets += [n for g in child.children for n in ctx.participants.names(g)]
                elif child.dep_ in ("ccomp", "xcomp"):  # "help Armenia and Azerbaijan mark ..."
                    targets += [
                        n for g in child.children if g.dep_ == "nsubj"
                        for n in ctx.participants.names(g)
                    ]  # fmt: skip
            if not targets:  # "ready to host talks between the army and the RSF", "ready to
                # discuss with Washington": whom the act it is ready for was coded with
                targets = [t for e in found if set(e.actors) & set(actors) for t in e.targets]
            if not targets and act.lemma_.lower() in _HELPING:
                # "said Washington stood ready to help": the story's country, by a foreign helper
                targets = [s for s in ctx.participants.home_state() if s not in _sides(actors, ctx)]
            targets = [t for t in _dedupe(targets) if t not in actors]
            if not actors or not targets or any(e.type == "AGREE" for e in found):
                continue
            pattern = Pattern("AGREE", tok.lemma_.lower(), "verb", "pledge")
            out.append(
                self._event(pattern, act, sent, Frame(actors, targets, None, "pledge", set()), ctx)
            )
        return out

    def _demands(self, sent: Span, ctx: ArticleContext, found: list[Event]) -> list[Event]:
        """ "Aliyev said Russia must admit its guilt": telling another actor what it must or
        should do is a demand (REQUEST), however the saying verb is worded; so is a quoted
        sentence that goes on with the last speaker's words ('"Iran must release the crew."')."""
        out: list[Event] = []
        for say in sent:
            if say.lemma_.lower() not in self.lex.speech_verbs or say.pos_ != "VERB":
                continue
            speaker = next((c for c in say.children if c.dep_ == "nsubj"), None)
            content = next((c for c in say.children if c.dep_ == "ccomp"), None)
            event = self._demand(say, speaker, content, sent, ctx, [*found, *out])
            if event is not None:
                out.append(event)
        speaker = self._quote_goes_on(sent, ctx)
        if speaker is not None:
            event = self._demand(sent.root, speaker, sent.root, sent, ctx, [*found, *out])
            if event is not None:
                event.modality, event.source = "asserted", None  # the speaker's own demand
                out.append(event)
        return out

    def _demand(
        self,
        say: Token,
        speaker: Token | None,
        content: Token | None,
        sent: Span,
        ctx: ArticleContext,
        found: list[Event],
    ) -> Event | None:
        """The REQUEST a speaker makes by saying what an addressee must or should do."""
        if (
            speaker is None
            or content is None
            or not any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in content.children)
        ):
            return None
        if any(c.dep_ == "neg" for c in content.children):
            return None  # "must not": a warning more than a demand; left to the hedges
        addressee = next((c for c in content.children if c.dep_ == "nsubj"), None)
        mention = ctx.table.at(addressee.i) if addressee is not None else None
        if mention is not None and mention.type in ("LOC", "NORP") and mention.state is None:
            return None  # "Europe must keep supporting Ukraine": a call to a region, not an actor
        actors = ctx.participants.names(speaker)
        targets = ctx.participants.names(addressee) if addressee is not None else []
        own = _own_states(actors, ctx)
        targets = [t for t in targets if t not in actors and t not in own]
        if not actors or not targets or any(e.type == "REQUEST" for e in found):
            return None
        pattern = Pattern("REQUEST", "must", "verb", "policy")
        frame = Frame(actors, targets, None, "policy", set())
        return self._event(pattern, say, sent, frame, ctx)

    def _quote_goes_on(self, sent: Span, ctx: ArticleContext) -> Token | None:
        """The speaker of the sentence before, when this one is a quote with no saying verb of
        its own in the same paragraph: '"This is piracy," a spokesperson said. "Iran must ..."'."""
        text = sent.text.lstrip()
        if not text or text[0] not in _OPENING_QUOTES or sent.start == 0:
            return None
        speech = self.lex.speech_verbs
        if any(t.lemma_.lower() in speech and t.pos_ == "VERB" for t in sent):
            return None
        before = sent.doc[sent.start - 1].sent
        para = ctx.participants.paragraph
        if para(before.start_char) != para(sent.start_char):
            return None
        for tok in before:
            if tok.lemma_.lower() in speech and tok.pos_ == "VERB":
                speaker = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                if speaker is not None:
                    return speaker
        return None

    # --- speech acts ---------------------------------------------------------------------------------
    def _verdicts(self, sent: Span, ctx: ArticleContext, found: list[Event]) -> list[Event]:
        """Speech acts carried by what is said, not by the saying verb: "X said the launches were
        a clear violation" (ACCUSE), "called the deployment a serious threat" (ACCUSE), "said it
        was concerned" (ACCUSE), "called the claims lies" (REJECT). Actor: the speaker; target:
        who the judged thing belongs to, else the actors of the paragraph's last event."""
        out: list[Event] = []
        for tok in sent:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in _VERDICT_VERBS:
                continue
            speaker = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if speaker is None and (
                tok.dep_ == "conj"  # "rejected the charge and said ..."
                or (  # "postponed the trip, telling reporters it was a violation"; not
                    tok.dep_ == "advcl"  # "Kirby said ..., calling it": one statement
                    and tok.tag_ == "VBG"
                    and tok.head.lemma_.lower() not in self.lex.speech_verbs | _VERDICT_VERBS
                )
            ):
                speaker = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            actors = ctx.participants.names(speaker) if speaker is not None else []
            if not actors:
                continue
            known = {e.type for e in found + out}
            if "REJECT" not in known:
                disowned = self._disowning(tok, actors, sent, ctx)
                if disowned is not None:  # "said the United States had not been involved"
                    out.append(disowned)
                    known.add("REJECT")
            for _ in range(2):  # "said the charges were baseless and that the drone violated"
                verdict = self._verdict(tok, known)
                if verdict is None:
                    break
                known.add(verdict[0][0])
                event = self._verdict_event(tok, speaker, actors, verdict, sent, ctx, found + out)
                if event is not None:
                    out.append(event)
        return out

    def _orders_own_staff(self, tok: Token, actors: list[str], ctx: ArticleContext) -> bool:
        """An order or request to the actor's own subordinates ("ordered his ministry to find
        alternatives", "asked her foreign minister to raise it", "ordered the Pentagon to"):
        the government at work, not a request to another side."""
        if tok.lemma_.lower() not in ("order", "ask", "instruct", "direct", "task"):
            return False
        side = set(_sides(actors, ctx)) | set(_own_states(actors, ctx))
        for obj in (c for c in tok.children if c.dep_ == "dobj"):
            owner = next((c for c in obj.children if c.dep_ == "poss"), None)
            if owner is not None and owner.lower_ in ("his", "her", "its", "their", "my", "our"):
                return True
            named = ctx.participants.names(obj)
            if named and {ctx.participants.side_of(n) for n in named} <= side:
                return True
        return False

    def _disowning(
        self, say: Token, actors: list[str], sent: Span, ctx: ArticleContext
    ) -> Event | None:
        """A denial of one's own part in an act: "Miller said the United States had not been
        involved", "Iran said it had played no role", "the Kremlin said Russia had nothing to do
        with the explosions". Aimed at whoever the article told accusing the speaker's side."""
        side = [*actors, *_own_states(actors, ctx)]
        clauses = [c for c in say.children if c.dep_ == "ccomp"]
        for clause in clauses:
            if not _disclaims_involvement(clause):
                continue
            subj = next((g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            named = ctx.participants.names(subj) if subj is not None else []
            if not named or not set(named) & set(side):
                continue  # "said Russia had not been involved": not the speaker's own part
            pattern = Pattern("REJECT", say.lemma_.lower(), "verb", "deny")
            accusers = self._accuser_of(side, ctx) or [  # else the story's other side
                n for n in ctx.participants.other_side(_sides(actors, ctx)) if n not in side
            ]
            frame = Frame(actors, accusers, None, "deny", set())
            event = self._event(pattern, say, sent, frame, ctx)
            event.modality = "denied"
            if event.source in actors:
                event.source = None
            return event
        return None

    def _verdict_event(
        self,
        tok: Token,
        speaker: Token,
        actors: list[str],
        verdict: tuple[tuple[str, str], Token | None],
        sent: Span,
        ctx: ArticleContext,
        found: list[Event],
    ) -> Event | None:
        """The speech act one verdict of a saying verb makes, aimed at who the judged thing is
        of, else at whom the paragraph last named."""
        (category, mode), judged = verdict
        if category == "ACCUSE" and judged is not None and judged.lemma_.lower() in _CHARGES:
            category, mode = "REJECT", "deny"  # "called the charges politically motivated"
        if any(e.type == category for e in found):
            return None
        mention = ctx.table.at(speaker.i)
        own = {mention.actor.state} if mention is not None and mention.actor is not None else set()
        own |= set(actors) | set(_own_states(actors, ctx))  # not India itself
        if judged is not None and judged.lower_ in _ACT_PRONOUNS:
            judged = self._act_named(tok, judged) or judged  # "called it a vile attack"
        targets = [n for n in self._judged_owners(judged, ctx) if n not in own]
        if not targets and judged is not None and ctx.table.at(judged.i) is not None:
            # "Lin Jian said the Philippines bears full responsibility": the side named is the
            # side judged, whatever state a bare title was taken to serve (but "Australian
            # minister Wong said Australia was concerned" judges nobody in Australia)
            stated = ctx.participants.titled_state(mention) if mention is not None else None
            targets = [n for n in ctx.participants.names(judged) if n not in actors and n != stated]
        if not targets and judged is not None and tok.lemma_.lower() in _NAMING_VERBS:
            # "called the airspace violation a deliberate provocation by Russia"
            targets = [n for n in _agents_after(tok, judged, ctx) if n not in own]
        self._doer_unknown = False
        if not targets and judged is not None:  # "said the launches were a violation"
            targets = self._antecedent_targets(judged, list(own), ctx, itself=True)
        # "called the shooting a crime": a gunman nobody named, so no target; not whoever the
        # paragraph named last (the man he shot)
        unknown = not targets and self._doer_unknown
        if (
            not targets
            and not unknown
            and category == "REJECT"
            and tok.dep_ in ("ccomp", "conj")
            and tok.head.lemma_.lower() in self.lex.speech_verbs
        ):
            # "India said Pakistan had flown 300 drones; Pakistan called the account baseless"
            targets = [n for n in self._verb_subject(tok.head, ctx) if n not in own]
        if not targets and not unknown and category != "REJECT":
            para = ctx.participants.paragraph(sent.start_char)
            recent = ctx.participants.recent_actors.get(para) or []
            targets = [  # not a UN official who spoke last: a voice, not a side
                n for n in recent if n not in own and not ctx.participants.stateless_person(n)
            ][:2]
        if not targets and not unknown and category == "REJECT":  # "called the charges
            targets = self._storys_country(actors, ctx)  # baseless": as a denial coded from
            # its verb would be
        if not targets and not unknown and category != "REJECT":
            return None
        pattern = Pattern(category, tok.lemma_.lower(), "verb", mode)
        frame = Frame(actors, targets, None, mode, set())
        event = self._event(pattern, tok, sent, frame, ctx)
        if event.source in actors or event.source is None:
            event.modality = "denied" if category == "REJECT" else "asserted"
            event.source = None
        return event

    def _verdict(
        self, say: Token, known: set[str] = frozenset()
    ) -> tuple[tuple[str, str], Token | None] | None:
        """(category, mode) and the judged phrase of a saying verb, when its content is a verdict
        of a kind not `known` yet: 'said the charges were baseless and that the drone had
        violated its airspace' holds a denial and an accusation."""
        if say.lemma_.lower() in _NAMING_VERBS:  # "called the veto a cynical act"
            judged = next(
                (c for c in say.children if c.dep_ in ("dobj", "nsubj") and c.i > say.i), None
            )
            complements = [c for c in say.children if c.dep_ in ("oprd", "attr", "xcomp", "ccomp")]
            complements += [  # "called the move a provocation", parsed as two objects
                c
                for c in say.children
                if c.dep_ == "dobj" and judged is not None and c.i > judged.i
            ]
            complements += [  # "described the decision as a violation"
                g for c in say.children if c.dep_ == "prep" and c.lower_ == "as"
                for g in c.children if g.dep_ == "pobj"
            ]  # fmt: skip
            if judged is None:  # "called the suspension 'unconscionable'", parsed as the
                judged = next(  # verdict's modifier
                    (
                        g
                        for c in complements
                        for g in c.lefts
                        if g.dep_ in ("nmod", "npadvmod", "nsubj")
                        and g.pos_ in ("NOUN", "PROPN", "PRON")
                    ),
                    None,
                )
            if judged is not None:  # "called the charges politically motivated" (parsed acl);
                # "called Kenya's role 'a hostile act'" (the quoted verdict parsed appos)
                complements += [c for c in judged.children if c.dep_ in ("acl", "amod", "appos")]
            for c in complements:
                if c.i > say.i:
                    label = _verdict_word(c) or self._harsh_word(c, judged)
                    if label is not None:
                        subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
                        return label, judged or subj or c  # "what she called hostile moves by X"
            return None
        clauses = [c for c in say.children if c.dep_ == "ccomp"]
        clauses += [g for c in clauses for g in c.children if g.dep_ == "conj" and g.pos_ == "VERB"]
        for clause in clauses:
            if any(c.dep_ == "neg" for c in clause.children):
                subj = next((g for g in clause.children if g.dep_ == "nsubj"), None)
                if "ACCUSE" not in known and any(
                    c.dep_ == "acomp" and c.lemma_.lower() in _UNFIT_WHEN_DENIED
                    for c in clause.children
                ):  # "said the remarks were not acceptable"
                    return ("ACCUSE", "disapprove"), subj
                continue  # "said it was not a violation"
            subj = next((g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            blamed = _held_responsible(clause)
            if blamed is not None and "ACCUSE" not in known:
                return ("ACCUSE", "allege"), blamed  # "said Manila bears full responsibility"
            if clause.lemma_.lower() in _NAMING_VERBS and subj is not None:
                continue  # "India said ...; Pakistan's military called the account baseless"
            label = _verdict_word(clause)
            if label is not None and clause.lemma_.lower() in _CONCERN_WORDS:
                subj = _concern_about(clause) or subj  # "said Japan was concerned that Russia"
            if label is not None and label[0] not in known:
                return label, subj
            if "ACCUSE" not in known and self._behind_an_act(clause):
                return ("ACCUSE", "allege"), subj  # "said Iran was behind the attack"
            for c in clause.children:
                if c.dep_ in ("attr", "acomp", "oprd"):
                    label = _verdict_word(c) or self._harsh_word(c, subj)  # "was unfair"
                    if (
                        label is not None and c.lemma_.lower() in _CONCERN_WORDS
                    ):  # "concerned that Russia ..."
                        return label, _concern_about(c)
                    if label is not None and label[0] not in known:
                        return label, subj
        return None

    def _harsh_word(self, tok: Token, judged: Token | None) -> tuple[str, str] | None:
        """Disapproval in a word the verdict list does not hold, by its valence in the VADER
        lexicon: "called the decision 'a cruel betrayal'", "said the move was unfair". Only of
        an actor or an act ("the weather was terrible" judges nobody); words that name acts
        ("an act of war") are the pattern book's to code."""
        if judged is None or not (
            judged.ent_type_
            or judged.pos_ == "PRON"
            or judged.lemma_.lower() in _ANAPHORIC_NOUNS | _KIN_NOUNS.keys()
            or self.book.get(judged.lemma_.lower(), "noun")
        ):
            return None
        words = [tok, *(c for c in tok.children if c.dep_ in ("amod", "acomp", "advmod", "conj"))]
        for word in words:
            if any(c.dep_ == "neg" for c in word.children):
                return None
            lemma = word.lemma_.lower()
            if word.pos_ not in ("ADJ", "NOUN") or self.book.get(lemma, "noun"):
                continue
            valence = _valence()
            if valence.get(lemma, valence.get(word.lower_, 0.0)) <= HARSH_VALENCE:
                return ("ACCUSE", "disapprove")
        return None

    def _act_named(self, say: Token, pronoun: Token) -> Token | None:
        """The act a naming verb calls its pronoun object: "called it a vile attack" names an
        attack, which "it" refers to; an actor would be named ("called it a rogue state")."""
        for c in say.children:
            if c.i > pronoun.i and c.dep_ in ("oprd", "attr", "xcomp", "dobj") and c.pos_ == "NOUN":
                lemma = c.lemma_.lower()
                if self.book.get(lemma, "noun") or lemma in _KIN_NOUNS:
                    return c
        return None

    def _behind_an_act(self, clause: Token) -> bool:
        """ "X was behind the attack": a copula with "behind" an act the pattern book knows."""
        return clause.lemma_.lower() == "be" and any(
            prep.dep_ == "prep"
            and prep.lower_ == "behind"
            and any(
                g.dep_ == "pobj" and self.book.get(g.lemma_.lower(), "noun") for g in prep.children
            )
            for prep in clause.children
        )

    def _judged_owners(self, judged: Token | None, ctx: ArticleContext) -> list[str]:
        if judged is None:
            return []
        names = ctx.participants.names(judged)
        if names:
            return names
        for tok in judged.subtree:
            mention = ctx.table.at(tok.i)
            if tok.i != judged.i and (
                (mention is not None and not (mention.type == "NORP" and mention.state is None))
                or tok.lower_ in self.lex.pair_nouns  # "cooperation between the two countries"
            ):
                names = [n for n in ctx.participants.one(tok) if n not in names]
                if names:
                    return names
        return []

    def _background(self, tok: Token) -> bool:
        """Whether a nominal trigger refers to an event instead of reporting it: the subject of
        its clause that names no participant of its own ("their cooperation is not aimed at ...",
        but not "Lavrov's visit lasted two days"), the object of a temporal or causal
        preposition ("signed during Putin's visit", "amid growing cooperation"), a noun's
        complement ("the start of the invasion") or the object of a verb that neither performs
        nor plans it ("would deepen military cooperation")."""
        if tok.dep_ in ("nsubj", "nsubjpass", "csubj"):  # unless it names its own participants
            return _between_of(tok) is None and not any(
                (c.dep_ == "poss" and c.pos_ != "PRON") or (c.dep_ == "prep" and c.lower_ == "by")
                for c in tok.children
            )
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            prep = tok.head
            if prep.lower_ == "during" and any(
                c.dep_ == "prep" and c.lower_ in ("between", "with") for c in tok.children
            ):
                return False  # "during talks in Beijing between A and B": the talks, reported
            if self._led_to_agreement(tok):
                return False  # "agreed after four days of talks between A and B": reported too
            if prep.lower_ in _BACKGROUND_PREPS or prep.head.pos_ in ("NOUN", "PROPN"):
                return True
            if prep.lower_ == "at" and tok.lemma_.lower() in _VENUES:
                return True  # "will meet Erdogan at the NATO summit": where, not a second event
        if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            verb = tok.head.lemma_.lower()
            return verb not in self.lex.light_verbs | self.lex.plan_words and verb not in _PERFORM
        return False

    def _led_to_agreement(self, tok: Token) -> bool:
        """Talks that name their parties and ended in the agreement the clause reports: "the
        truce was agreed after four days of talks between A and B"."""
        if _between_of(tok) is None:
            return False
        cur = tok
        if cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in _SPANS:
            cur = cur.head.head  # "four days of talks"
        prep = cur.head
        if cur.dep_ != "pobj" or prep.lower_ not in ("after", "following", "during"):
            return False
        verb = prep.head
        return verb.pos_ == "VERB" and any(
            p.category == "AGREE" for p in self.book.get(verb.lemma_.lower(), "verb")
        )

    def _new_day(
        self, pattern: Pattern, tok: Token, sent: Span, frame: Frame, ctx: ArticleContext
    ) -> bool:
        """Whether an act the article already coded is told again on another day: its sentence
        names a day, and every earlier act of its type and actors bears a different one."""
        date, precision, date_text = ctx.date_for(tok, sent, _tense(tok))
        if not date or precision != "day" or not date_text:
            return False
        actors = _dedupe([ctx.participants.side_of(a) for a in frame.actors])
        same = [e for e in ctx.article.events if e.type == pattern.category and e.actors == actors]
        return bool(same) and all(e.date and e.date != date for e in same)

    def _repeats(self, pattern: Pattern, frame: Frame, ctx: ArticleContext) -> bool:
        """A nominal mention of an event the article already coded ("Putin's visit", again)."""
        for event in ctx.article.events:
            if (
                event.type == pattern.category
                and event.actors == frame.actors
                and (not frame.targets or event.targets == frame.targets)
            ):
                return True
        return False

    # --- event --------------------------------------------------------------------------------------------
    def _event(
        self, pattern: Pattern, tok: Token, sent: Span, frame: Frame, ctx: ArticleContext
    ) -> Event:
        frame.actors = ctx.participants.as_sides(frame.actors)
        frame.targets = [  # "the Commission barred a Parliament delegation": both the EU's
            t for t in ctx.participants.as_sides(frame.targets) if t not in frame.actors
        ]
        stance = ctx.reader.read(tok, sent)
        if stance.modality == "denied" and pattern.category == "ACCUSE" and _disagrees(tok):
            stance = Stance("asserted", None)  # "did not agree with the strikes": said, not denied
        if stance.modality == "denied" and _left_open(tok):
            stance = Stance("planned", None)  # "would not rule out force": a threat kept open
        tense = "future" if stance.modality == "planned" else _tense(tok)
        date, precision, date_text = ctx.date_for(tok, sent, tense)
        if stance.modality == "asserted" and _dated_ahead(date, date_text, ctx.article.published):
            # "until Mitsotakis meets Erdogan next week": dated after publication, so planned
            stance = Stance("planned", stance.source)
        evidence, span = ctx.evidence(sent)
        para = ctx.participants.paragraph(sent.start_char)
        ctx.participants.record(frame.actors, frame.targets)
        ctx.participants.recent_actors[para] = (
            frame.actors + frame.targets if len(frame.actors) < 2 else frame.actors
        )
        category, mode = pattern.category, frame.mode
        if (
            category == "REJECT"
            and mode == "deny"
            and (
                stance.source is None
                or stance.source in frame.targets
                or _speaks_for(stance.source, frame.actors, ctx)
            )
        ):  # "a charge Delhi rejected": the accuser does not vouch for the denial; "rejects the
            # accusations," the ministry said: the denier's own voice denies
            stance = Stance("denied", None)
        if (
            (category in SPEECH_ACTS or frame.mode == "pledge")
            and stance.modality == "reported"
            and _speaks_for(stance.source, frame.actors, ctx)
        ):  # "the ministry said ... and urged Russia to": the urging is the ministry's own act
            stance = Stance("asserted", None)
        if category in _REFUSABLE and stance.modality == "denied" and _refused_ahead(tok):
            # "Russia would not extend the grain deal", "will not meet him": a refusal announced
            category, mode, stance = (
                "REJECT",
                _REFUSABLE[category],
                Stance("asserted", stance.source),
            )
        if category in THREATENABLE and stance.modality == "planned" and _announced(tok):
            # "said the United States would impose further sanctions": announced, not done
            category, mode = "THREATEN", THREATENABLE[category]
        return Event(
            type=category, mode=mode, actors=frame.actors, targets=frame.targets,
            evidence=evidence, span=span, location=frame.location, date=date,
            date_precision=precision, date_text=date_text, modality=stance.modality,
            source=None if stance.modality != "reported" and _speaks_for(stance.source, frame.actors, ctx) else stance.source,
            trigger=pattern.lemma,
        )  # fmt: skip

    # --- frame ---------------------------------------------------------------------------------------------
    def _frame(self, pattern: Pattern, tok: Token, ctx: ArticleContext) -> Frame | None:
        if pattern.prep and not _governs(tok, pattern.prep):
            return None
        if pattern.particle and not any(
            c.dep_ == "prt" and c.lower_ == pattern.particle for c in tok.children
        ):
            return None
        if pattern.pos == "noun" and pattern.lemma in _REPRISALS and not _reprisal_foretold(tok):
            return None  # "in response to the strike", "the response was muted"
        if pattern.lemma in _PROMISES and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _BACKING_NOUNS for c in tok.children
        ):
            return None  # "pledged his full support": backing (SUPPORT), told by its noun
        if pattern.lemma == "seize" and (_governs(tok, "on") or _governs(tok, "upon")):
            return None  # "was quick to seize on the affair": to exploit it
        if pattern.category == "CONSULT" and _hosts_forces(tok, self.lex):
            return None  # "a base which hosts 10,000 American personnel": no meeting
        if pattern.category == "SANCTION" and pattern.lemma in _ENACTING and tok.dep_ == "relcl":
            return None  # "the sanctions on North Korea that it had approved": told of the past
        if pattern.lemma == "meet" and _meets_a_standard(tok):
            return None  # "to meet the targets of its loan programme": no meeting
        if pattern.category == "COERCE" and _held_where(tok):
            return None  # "Evin prison, where political detainees are held": a place described
        if pattern.mode == "phone" and pattern.pos == "verb" and self._verdict(tok) is not None:
            return None  # "called Maduro a dictator": a verdict, not a phone call
        if pattern.lemma == "call" and pattern.pos == "verb":
            if pattern.mode == "phone" and _calls_on(tok):
                return None  # "called on Tebboune to free the writer": a request, not a call
            if pattern.prep in ("on", "upon") and not _calls_on(tok):
                return None  # "called Tebboune on Tuesday": a call, not a request
        if (
            pattern.lemma == "phone"
            and pattern.pos == "noun"
            and tok.head.lower_ not in ("by", "over")
        ):
            return None  # "told members to get rid of their mobile phones": a device, no call
        if pattern.category in ("COOPERATE", "CONSULT", "AID") and _ended(tok):
            return None  # "decided to end military cooperation": the ending is the event
        if pattern.lemma == "designate" and not any(
            t.lower_ in ("terrorist", "terror", "terrorists") for t in tok.subtree
        ):
            return None  # "designated a successor": only a terrorist listing punishes
        if pattern.object == "operations" and not _military_operation(tok):
            return None  # "launched a rescue operation", "an investigation"
        if pattern.object == "truces" and tok.dep_ == "acl":
            return None  # "several earlier truces announced by the two sides": told as past
        if pattern.category == "REQUEST" and _orders_out(tok):
            return None  # "ordered the mission to leave": an expulsion, coded as SANCTION
        if pattern.category == "SANCTION" and pattern.lemma == "order" and not _orders_out(tok):
            return None  # "ordered officials to investigate", "ordered troops to the border"
        if pattern.particle == "out" and pattern.category == "THREATEN":
            if not _left_open(tok):
                return None  # "ruled out force", "has never ruled out force": no threat today
        elif pattern.particle == "out" and (
            _left_open(tok) or any(c.dep_ == "neg" for c in tok.children)
        ):
            return None  # "does not rule out cooperation": a door left open, no refusal
        matched, object_mode, used = self._object(pattern, tok, ctx)
        if not matched:
            return None
        if any(
            c.dep_ == "det" and c.lower_ == "no" for i in used for c in tok.doc[i].children
        ):  # "took no action", "reached no deal": what the sentence says did not happen
            return None
        if pattern.pos == "verb":
            actors, targets, location = self._verb_roles(pattern, tok, ctx, used)
        else:
            actors, targets, location = self._noun_roles(pattern, tok, ctx)
        if pattern.category == "CONSULT" and pattern.pos == "noun" and _bloc(actors, ctx):
            topic = _discussed(tok)  # "the OAS will hold an emergency meeting of its Permanent
            if topic is not None:  # Council to discuss the election": about Venezuela, not
                # with its own council or with the host of the venue
                owners = [n for w in topic.subtree for n in ctx.participants.one(w)]
                targets = [n for n in _dedupe(owners) if n not in actors] or [
                    s for s in ctx.participants.home_state() if s not in actors
                ]
        if pattern.object == "aid_arrivals":  # "teams from Egypt, Turkey and the UAE arrived"
            actors = _dedupe([*_senders_of_arrivals(tok, ctx), *actors])
        if pattern.category == "ASSAULT" and _subject_in(tok, _MEASURES):
            return None  # "the Treasury measures hit Russia's card system": sanctions, told
        if pattern.category == "MOBILIZE" and self._civilians_posted(tok):
            return None  # "the agency, whose experts are stationed at the plant": no deployment
        if pattern.category == "PROTEST" and pattern.lemma == "rally" and _rallies_others(tok):
            return None  # "to rally voters", "rallied support": gathering others, no protest
        if pattern.lemma == "chant" and not targets:
            return None  # "chanting slogans and waving flags": only "against X" says at whom
        if pattern.category == "PROTEST" and _subject_in(tok, self.lex.objects.get("troops", {})):
            return None  # "thousands of troops marched into Ukraine": soldiers, no protest
        if pattern.category == "RETREAT" and pattern.mode == "military" and pattern.pos == "verb":
            taken = [c for c in tok.children if c.dep_ == "dobj" and c.pos_ != "PRON"]
            troops = self.lex.objects.get("troops", {})
            if taken and not any(c.lemma_.lower() in {*troops, *_WITHDRAWN} for c in taken):
                return None  # "withdrew its signature", "withdrew the complaint": no pullback
        if pattern.category == "CONSULT" and _private_visitors(tok):
            return None  # "8.8 million South Koreans visited Japan": tourism, not diplomacy
        if (
            pattern.category == "CONSULT"
            and pattern.lemma in _PLAIN_MOVES
            and not any(ctx.participants.is_person(a) for a in actors)
        ):
            return None  # "Milei returned to Madrid" is a visit; "refugees went to Poland" is not
        if pattern.category == "REQUEST" and self._orders_own_staff(tok, actors, ctx):
            return None  # "ordered the Pentagon to bring the balloon down": a command at home
        # "protesters set vehicles alight", "students stormed the parliament": a riot
        riot = pattern.category == "ASSAULT" and _crowd_subject(tok, self.lex)
        unnamed_attackers = pattern.category == "ASSAULT" and _unknown_attacker(tok)
        if unnamed_attackers:
            actors = []  # "gunmen opened fire on a patrol": nobody named them
            targets = targets or ctx.participants.home_state()
        if pattern.mode == "coup":
            if _attempted(tok):
                return None  # "accused the protesters of trying to overthrow the government"
            # "soldiers overthrew President Bazoum": a coup is the act of the leader's own state;
            # "Niger, where soldiers ousted President Bazoum": of the state the clause is about
            actors = (
                _where_clause_state(tok, ctx)
                or _leaders_states(targets, ctx)
                or actors
                or ctx.participants.home_state()
            )
        if (
            not actors
            and _agentless_passive(tok)
            and tok.dep_ == "ccomp"
            and tok.head.lemma_.lower() in ("announce", "declare", "decree")
        ):  # ("said 20 people were killed" names no doer: only announcing one's measure does)
            # "Caracas announced that flights would be suspended": the announcer's own measure
            actors = self._verb_subject(tok.head, ctx)
        if not actors and pattern.category == "RETREAT" and _agentless_passive(tok):
            actors = self._captors(ctx)  # "three others detained with them were released"
        if not actors and pattern.category == "RETREAT" and pattern.mode == "ceasefire":
            actors, targets = self._truce_parties(tok, ctx)  # "a truce that took effect"
        crowd = (
            unnamed_attackers
            or riot
            or (pattern.category == "PROTEST" and _crowd_subject(tok, self.lex))
        )  # "thousands marched", "gunmen opened fire": a doer nobody names
        recoded = Pattern("PROTEST", pattern.lemma, pattern.pos, "riot") if riot else None
        if pattern.category == "ASSAULT" and pattern.pos == "verb" and _attacks_words(tok):
            # "attacked Ecuador's decision", "assailed the plan": a verbal attack
            recoded = Pattern("ACCUSE", pattern.lemma, pattern.pos, "disapprove")
        if (
            pattern.mode == "obstruct"
            and not crowd
            and actors
            and all(_is_state(a, ctx) for a in actors)
        ):  # "Azerbaijan had blocked the Lachin corridor": a state's blockade, not a protest
            recoded = Pattern("COERCE", pattern.lemma, pattern.pos, "blockade")
        if riot or (crowd and pattern.category == "PROTEST"):
            actors = []  # "police fired tear gas to disperse thousands ... to protest": the crowd
        # "Kherson shelled during evacuation" (a headline parsed active): a town does not act
        actors = [a for a in actors if not _gazetteer_town(a, ctx)]
        if not actors and not crowd:
            return None  # no actor, no event; but "thousands of students marched": a protest
        if pattern.mode == "summon" or pattern.object == "diplomats":
            # "summoned the British ambassador, Nigel Casey": the envoy stands for his state
            targets = _dedupe([ctx.participants.side(t) for t in targets])
        if pattern.category == "SANCTION" and pattern.object == "ties" and _own_part(tok, used):
            # "Russia was suspending its participation": quitting a deal, not punishing anyone
            recoded = Pattern("REJECT", pattern.lemma, pattern.pos, "agreement")
        if pattern.lemma == "oppose" and self._opposes_an_act(tok):
            # "strongly opposes military seizures of power": disapproval of acts, not a refusal
            recoded = Pattern("ACCUSE", pattern.lemma, pattern.pos, "disapprove")
        if pattern.category == "AGREE" and _disagrees(tok):
            # "said she did not agree with the strikes": disapproval of an act, no refusal
            recoded = Pattern("ACCUSE", pattern.lemma, pattern.pos, "disapprove")
            used = used | {t.i for c in tok.children if c.lower_ == "with" for t in c.subtree}
        if pattern.category == "PROTEST" and pattern.lemma == "protest" and not crowd:
            # "summoned the envoy to protest against the treaty": a government's verbal protest,
            # aimed like any accusation
            recoded = Pattern("ACCUSE", pattern.lemma, pattern.pos, "disapprove")
            if pattern.pos == "noun":  # "expressed dissatisfaction and protest": at whom
                pattern = Pattern(
                    "ACCUSE", pattern.lemma, "noun", "disapprove", targets=pattern.targets
                )
        if pattern.object == "crossings" and not any(_is_state(t, ctx) for t in targets):
            # "will close Raja-Jooseppi, the last crossing on its border with Russia": Russia
            across = _across_border(tok, actors, ctx)
            location = location or next(iter(targets), None)
            targets = across
        if pattern.object == "territory":
            # "seized the town of Kalemba from Malian forces": the town is where, Mali whom
            targets, location = _towns_to_location(targets, location, ctx)
        if pattern.category == "THREATEN" and not targets:  # "warned of a response if Israel"
            targets = [n for n in _conditioned_on(tok, ctx) if n not in actors]
        if pattern.category == "THREATEN" and not targets:
            # "warned of countermeasures if the meeting goes ahead": whoever is to meet
            condition = _condition_subject(tok)
            if condition is not None and condition.pos_ == "NOUN":
                targets = self._antecedent_targets(condition, actors, ctx, itself=True)
        if (
            pattern.category == "CONSULT"
            and pattern.mode == "multilateral"
            and pattern.pos == "verb"
        ):
            parties = _mediated_parties(tok, ctx)  # "brokered a deal between Russia and Ukraine"
            if parties:
                targets = [p for p in parties if p not in actors]
        own = _own_states(actors, ctx)
        targets, location = _places_to_states(targets, location, actors, ctx)
        targets = [
            t for t in targets if t not in actors and t not in own and _can_be_acted_on(t, ctx)
        ]
        if (
            len(actors) > 1
            and not targets
            and (
                (
                    (pattern.category in SYMMETRIC or pattern.lemma in _MUTUAL)
                    and pattern.mode != "pledge"  # "Jamaica, Belize and the Bahamas promised"
                )
                or (
                    pattern.category == "ASSAULT"
                    and (
                        pattern.object in _FOUGHT or not any(c.dep_ == "dobj" for c in tok.children)
                    )
                )
                # "the two armies clashed", "fought a war": each other; but "American and
                # British warplanes struck Houthi targets" is one side's strike on its targets
                or (pattern.category != "REJECT" and _each_other(tok))
                # "both sides pledged to respect each other's sovereignty"; not "denied doing
                # arms business with each other", a denial of what they did to each other
            )
        ):
            actors, targets = actors[:1], actors[1:]  # "Kim and Putin met": one meets the other
        if not targets and pattern.category == "REJECT":  # "dismissed claims by Baku officials"
            targets = [n for n in _charge_makers(tok, ctx) if n not in actors]
        rebuts = pattern.category == "REJECT" and _rebuts_a_charge(tok)  # "rejected the claims"
        if not targets and (pattern.mode == "deny" or rebuts):
            # "Kigali denies that it backs the M23": whoever the article says accused it
            targets = self._accuser_of([*actors, *own], ctx)
        if not targets and pattern.mode == "deny":  # "denied that Russia had retaken Kursk"
            targets = [n for n in _clause_subject_names(tok, ctx) if n not in actors]
        if (
            not targets
            and (pattern.mode == "deny" or rebuts)
            and any(c.dep_ == "ccomp" for c in tok.children)
        ):  # "The government denied that any territory had been ceded": the accuser
            targets = self._last_accuser(tok, actors, ctx)
        if (
            not targets
            and (pattern.mode == "deny" or pattern.object == "truces")
            and len(actors) == 1
        ):
            # "Mali denied that the drone had crossed", "the military declared a ceasefire": the
            # other side of the story's main pair
            targets = ctx.participants.other_side(_sides(actors, ctx))
        self._doer_unknown = False
        if not targets and (
            pattern.lemma in _FUTURE_ONLY  # "would respond": whom it answers
            or (pattern.category in REACTIONS and _refers_back_directly(tok))
        ):  # "backed the expulsion": whoever expelled, before any name nearby
            targets = self._antecedent_targets(tok, [*actors, *own], ctx)
        if (
            not targets
            and (
                pattern.lemma in _FUTURE_ONLY | _REPRISALS
                or pattern.object in ("reprisals", "rights")
            )
            and not _at_anyone(tok)  # "would respond strongly to any country that tried"
        ):
            # "Iran blamed Israel for the strike ... vowed revenge": whom its side blamed
            targets = self._blamed_by([*actors, *own], ctx)
        if not targets and pattern.category in REACTIONS and _rejects_what_was_named(tok):
            # "in a ruling the government quickly rejected": whoever made the ruling
            verb = _governing_verb(tok.head) if tok.dep_ == "relcl" else tok.head
            if verb is not None:
                targets = [n for n in self._verb_subject(verb, ctx) if n not in actors]
        if not targets and pattern.category in REACTIONS:
            # "supported all measures adopted by ECOWAS": whoever adopted them
            targets = [n for n in _doers_of_objects(tok, ctx) if n not in actors]
        if not targets and pattern.category in REACTIONS and _about_a_coup(tok):
            # "France condemned the coup": the country whose government was seized
            targets = [s for s in ctx.participants.home_state() if s not in actors]
        if (
            not targets
            and pattern.category in REACTIONS
            and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)
        ):  # "Guterres regrets the decision; the EU and the US have condemned it": the same
            for event in reversed(self._sentence_events):  # act, so whom it is aimed at
                if event.type in REACTIONS and event.targets:
                    targets = [t for t in event.targets if t not in actors]
                    break
        if not targets and pattern.category in ("COERCE", "ASSAULT"):
            targets = [t for t in self._attack_victims(tok) if t not in actors]
        groups = _nationals_taken(tok) if pattern.category == "COERCE" else []
        if groups:  # "detained hundreds of Afghans", "arrested four Indian nationals": people
            # nobody names, taken as people, not an act against their country
            named = {
                n for group in groups for w in group.subtree for n in ctx.participants.names(w)
            }
            targets = [t for t in targets if t not in named]
            self._doer_unknown = self._doer_unknown or not targets
        if not targets and _unnamed_object(tok, ctx):
            self._doer_unknown = True  # "detained two men": whoever they are, nobody named
        if not targets and pattern.mode == "pledge":  # "pledged to send air defences to Ukraine"
            targets = [n for n in _pledged_recipients(tok, ctx) if n not in actors]
        if not targets and pattern.mode == "pledge":  # "offered to send forces to help Ecuador"
            helped = [n for act in tok.children if act.dep_ == "xcomp" for n in _helped(act, ctx)]
            targets = [n for n in helped if n not in actors]
        if not targets and (pattern.mode == "pledge" or pattern.object == "outcomes"):
            # "Kenya has pledged 1,000 officers": to the story's country, not the next name;
            # "questioned the result of Sunday's election": the story's country's election
            targets = [s for s in ctx.participants.home_state() if s not in _sides(actors, ctx)]
        if pattern.category == "REQUEST" and _asks_for_a_release(tok):
            freed = _freed_names(tok, ctx)  # "called for Bazoum to be freed": not whom it asks
            targets = [t for t in targets if t not in freed]
            if not targets:  # "demanded their release": of whoever holds them
                targets = [n for n in self._captors(ctx) if n not in actors]
        if pattern.category == "REQUEST" and _asks_the_unnamed(tok):
            self._doer_unknown = True  # "asked activists to refrain": nobody else is asked
            targets = [
                n
                for a in _addressees(tok)
                if not _of_members(a)  # "the rebels" may name a group told before
                for n in (
                    ctx.participants.one(a, anaphora=False)  # "Arab states": none named
                    if a.lemma_.lower() in _UNNAMED_STATES
                    else ctx.participants.names(a)
                )
            ]
        if not targets and pattern.category == "CONCEDE":
            targets = [t for t in self._lifted_from(tok, ctx) if t not in actors]
        if not targets and pattern.category == "REQUEST" and pattern.pos == "verb":
            # "requested an emergency meeting of the Security Council": asked of the council
            targets = [n for n in _convened_bodies(tok, ctx) if n not in actors]
        if not targets and pattern.mode != "deny" and not self._doer_unknown:
            targets = _nearest_named(tok, actors, ctx, sent_away=pattern.category == "MOBILIZE")
            if pattern.mode == "withdraw" and pattern.object == "diplomats":
                # "recalling its ambassador, Jorge Carvajal": the envoy recalled is one's own
                targets = [t for t in targets if not ctx.participants.is_person(t)]
        if not targets and pattern.mode != "deny" and not self._doer_unknown:
            targets = self._context_targets(pattern, tok, actors, location, ctx)
        targets, location = _places_to_states(targets, location, actors, ctx)
        acting = {ctx.participants.side_of(a) for a in actors}
        targets = [
            t
            for t in targets
            if t not in own
            and t not in actors
            and _can_be_acted_on(t, ctx)
            and ctx.participants.side_of(t) not in acting
        ]  # nor a body of the actor's own ("the Commission warned the European Parliament")
        if pattern.category == "ASSAULT":
            # "killed 12 civilians in Poonch district", "fired missiles at Nur Khan air base": a
            # town or a base the dictionary cannot place is where it happened, not whom it hit
            targets, location = _towns_to_location(targets, location, ctx)
        if not targets and pattern.category in REACTIONS and not self._doer_unknown:
            targets = self._antecedent_targets(tok, [*actors, *own], ctx)
        if not targets and actors and pattern.category in ("MOBILIZE", "ASSAULT", "THREATEN"):
            # "army units were placed on alert": facing the border's other side, or the
            # other side of the story's main pair
            # a threat left open by a leader ("Trump refused to rule out force") is his state's
            sides = _sides(actors, ctx) if _left_open(tok) else actors
            targets = _across_the_border(tok, actors, ctx) or ctx.participants.other_side(sides)
        if not targets and pattern.mode == "multilateral":
            guests = [c for c in tok.conjuncts if _shares_passive_subject(c)]
            targets = [  # "were hosted by X and attended by Y and Z": the guests
                n
                for verb in guests
                for agent in verb.children
                if agent.dep_ == "agent"
                for n in _object_names(agent, ctx)
                if n not in actors
            ]
        if not targets and pattern.mode == "multilateral":
            # "signed a treaty in a ceremony hosted by Tokayev": the host's guests are the signers
            for event in reversed([*self._sentence_events, *ctx.article.events[-1:]]):
                parties = [n for n in [*event.actors, *event.targets] if n not in actors]
                if parties:
                    targets = _dedupe(parties)
                    break
        if not targets and pattern.category == "REJECT" and not self._doer_unknown:
            targets = self._storys_country(actors, ctx)
        if not targets and pattern.category == "SUPPORT" and pattern.pos == "noun":
            # "spoke by phone with Noboa and expressed his solidarity": with Noboa
            targets = [n for n in _partners_of_coordinated(tok, ctx) if n not in actors]
        if (
            not targets
            and not self._doer_unknown
            and pattern.mode not in ("deny", "demonstrate")
            and pattern.category not in UNDIRECTED
            and not (recoded is not None and recoded.mode == "blockade")  # a state's blockade
            and not (pattern.category == "REQUEST" and _asks_the_unnamed(tok))
        ):
            return None  # an interaction with nobody named, nor any in context: no event
        if pattern.category in VERBAL and len(actors) == 1:
            speaker = _state_speaker(tok, actors[0], ctx)  # "Choe said Pyongyang would support"
            if speaker is not None:
                actors = [speaker]
        if pattern.category == "REJECT" and _rebuts_a_charge(tok):
            object_mode = "deny"  # "a charge New Delhi rejected": a denial, not a refusal
        if object_mode == "object":  # "hit nine sites": the object says nothing of the mode
            object_mode = None
        mode = pattern.mode if pattern.mode != "object" else object_mode or self._derived_mode(tok)
        if object_mode == "deny":
            mode = "deny"
        if mode is not None and mode not in self.book.modes.get(pattern.category, [mode]):
            mode = None
        if recoded is not None:
            mode = recoded.mode
        return Frame(actors, targets, location, mode, used, recoded)

    def _storys_country(self, actors: list[str], ctx: ArticleContext) -> list[str]:
        """Whom a denial that names nobody, and answers no accusation the article coded,
        answers: the story's country ("Moscow denied any interference", in a story on Romania's
        annulled election), unless the denier speaks for it."""
        return [s for s in ctx.participants.home_state() if s not in _sides(actors, ctx)]

    def _captors(self, ctx: ArticleContext) -> list[str]:
        """Who held the people a release with no agent frees: the doer of the article's last
        arrest or detention."""
        for event in reversed([*ctx.article.events, *self._sentence_events]):
            if event.type == "COERCE" and event.mode == "arrest" and event.actors:
                return list(event.actors)
        return []

    def _lifted_from(self, tok: Token, ctx: ArticleContext) -> list[str]:
        """Whom the sanctions, ban or block a concession lifts were aimed at: "The bloc lifted
        most of the sanctions" eases them for whoever the article said they hit."""
        objects = _object_tokens(tok)
        objects += [  # "most of the sanctions"
            g for o in objects for p in o.children if p.lower_ == "of" for g in p.children
        ]
        for obj in objects:
            kin = _KIN_NOUNS.get(obj.lemma_.lower())
            if kin is None or any(c.dep_ == "poss" for c in obj.children):
                continue
            for event in reversed([*ctx.article.events, *self._sentence_events]):
                kind = event.type == "SANCTION" and "sanction" in kin  # "imposed sanctions"
                if (kind or event.trigger in kin or event.mode in kin) and event.targets:
                    return event.targets
        return []

    def _attack_victims(self, tok: Token) -> list[str]:
        """The targets of the attack a clause continues: "attacked southern Israel, killing
        1,200 people and taking 240 hostages" (the hostages are Israel's)."""
        cur = tok
        for _ in range(3):
            if cur.dep_ not in ("advcl", "conj") or cur.head.pos_ != "VERB":
                return []
            cur = cur.head
            attack = next(
                (
                    e
                    for e in self._sentence_events
                    if e.type == "ASSAULT" and e.trigger == cur.lemma_.lower() and e.targets
                ),
                None,
            )
            if attack is not None:
                return attack.targets
        return []

    def _truce_parties(self, tok: Token, ctx: ArticleContext) -> tuple[list[str], list[str]]:
        """The sides of a truce that takes effect: named on the truce ("the truce between A and
        B"), else "the two countries" of the sentence, else the story's main pair of sides."""
        truce = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if truce is not None and truce.lower_ in ("that", "which") and tok.dep_ == "relcl":
            truce = tok.head
        truces = self.lex.objects.get("agreement", {})
        if truce is None or truces.get(truce.lemma_.lower()) != "ceasefire":
            return [], []  # "the duties would take effect": not a truce
        between = _between_of(truce)
        parties = _all_named(between, ctx) if between is not None else []
        parties = parties or ctx.participants.names(truce)
        if len(parties) < 2:
            pairs = (t for t in tok.sent if t.lower_ in self.lex.pair_nouns)
            parties = next((found for t in pairs if len(found := ctx.participants.one(t)) == 2), [])
        if len(parties) < 2:
            parties = ctx.participants.main_dyad()
        return (parties[:1], parties[1:]) if len(parties) >= 2 else ([], [])

    def _context_targets(
        self,
        pattern: Pattern,
        tok: Token,
        actors: list[str],
        location: str | None,
        ctx: ArticleContext,
    ) -> list[str]:
        """A target the sentence leaves to its context: the state of the place a visit lands in
        ("landed in the North Korean capital"), else the target of the article's last event of the
        same kind by the same actors ("Pyongyang had sent 3,000 more troops": to Russia again)."""
        hosts = [tok]
        if tok.pos_ == "NOUN" and tok.dep_ == "pobj":  # "landed in X for his first visit"
            hosts.append(tok.head.head)
        elif tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "attr"):
            hosts.append(tok.head)
        if pattern.category in PHYSICAL:
            for prep in (p for host in hosts for p in host.children):
                if prep.dep_ != "prep" or prep.lower_ not in LOCATION_PREPS:
                    continue
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    mention = ctx.table.at(pobj.i)
                    if mention is not None and (
                        mention.type not in PLACE_TYPES or mention.actor is None
                    ):
                        continue  # "in the Kursk region": a place, not who was visited
                    found = [n for n in ctx.participants.names(pobj) if n not in actors]
                    if found:
                        return found
        for event in reversed(ctx.article.events):
            if event.type == pattern.category and event.actors == actors and event.targets:
                return list(event.targets)
        if _also(tok):  # "Borrell condemned the execution. The State Department also
            # condemned it": the same act aimed where the last one of its kind was
            para = ctx.participants.paragraph(tok.idx)
            for event in reversed([*ctx.article.events, *self._sentence_events]):
                if ctx.participants.paragraph(event.span[0]) < para - 1:
                    break
                if event.type == pattern.category and not set(event.actors) & set(actors):
                    return [t for t in event.targets if t not in actors]
        return []

    def _blamed_by(self, side: list[str], ctx: ArticleContext) -> list[str]:
        """Whom the article last told this side accusing: a vow to respond answers them."""
        return self._other_party(side, ctx, accusing=True)

    def _accuser_of(self, accused: list[str], ctx: ArticleContext) -> list[str]:
        """Who the article last told accusing one of these: a denial answers its accuser."""
        return self._other_party(accused, ctx, accusing=False)

    def _other_party(self, side: list[str], ctx: ArticleContext, *, accusing: bool) -> list[str]:
        """The other party of the last accusation the article told this side making (or, not
        `accusing`, receiving)."""
        for event in reversed([*ctx.article.events, *self._sentence_events]):
            ours, theirs = (
                (event.actors, event.targets) if accusing else (event.targets, event.actors)
            )
            if event.type == "ACCUSE" and set(ours) & set(side):
                return [n for n in theirs if n not in side]
        return []

    def _last_accuser(self, tok: Token, actors: list[str], ctx: ArticleContext) -> list[str]:
        """Who made the accusation a bare denial answers: the last ACCUSE in this paragraph or
        the one before, by someone else."""
        para = ctx.participants.paragraph(tok.idx)
        for event in reversed([*ctx.article.events, *self._sentence_events]):
            if ctx.participants.paragraph(event.span[0]) < para - 1:
                break
            if event.type == "ACCUSE" and not set(event.actors) & set(actors):
                return list(event.actors)
            if (  # "seized rifles, according to the Philippine military. Beijing denied ..."
                event.modality == "reported"
                and set(event.actors) & set(actors)
                and event.source not in (None, *actors)
                and any(e.name == event.source for e in ctx.table.entities)
            ):
                return [event.source]
        return []

    def _antecedent_targets(
        self, tok: Token, own: list[str], ctx: ArticleContext, *, itself: bool = False
    ) -> list[str]:
        """Whom a reaction answers when its sentence names nobody: the doers of the earlier event
        its object refers back to ("condemned the move", "rejected the charge", "would respond
        to any new attack": the last attack) or that it answers ("scrambled jets in response")."""
        wanted = self._referred_event(tok, itself=itself)
        if wanted is None:
            return []
        noun = self._referring_noun
        earlier = [*ctx.article.events, *self._sentence_events]
        if wanted == {_BY_STEM}:
            told = [
                e
                for e in earlier
                if e.trigger
                and _stem(noun or "").startswith(_stem(e.trigger))
                and not set(e.actors) & set(own)
            ]
            if told:  # "called the shooting a crime" after "a gunman shot": nobody named
                self._doer_unknown = not told[-1].actors
            return [a for a in told[-1].actors if a not in own] if told else []
        if noun is not None:
            kin = _KIN_NOUNS.get(noun, {noun})
            named = [
                e
                for e in earlier
                if (e.trigger in kin or e.mode in kin) and not set(e.actors) & set(own)
            ]
            para = ctx.participants.paragraph(tok.idx)
            near = [
                e
                for e in named
                if ctx.participants.paragraph(e.span[0]) >= para - ANTECEDENT_PARAGRAPHS
            ]
            if "ASSAULT" in wanted:  # an attack is one incident: "condemned the attack" is the
                named = near or named  # one just told; a closure or a policy is told throughout
            # "the strikes" after "warplanes struck" and "the Houthis attacked ships": the
            # act told in the same word, before its kin
            named = [e for e in named if e.trigger == noun] or named
            if named:  # "the exercises": the drills, not Taipei's scramble in response
                # the doer who did it most often, the latest on a tie: "criticised the closure"
                # is Finland's (told three times), not Estonia's planned one told last
                counts = Counter(tuple(e.actors) for e in named)
                doers = max(reversed(named), key=lambda e: counts[tuple(e.actors)]).actors
                self._doer_unknown = not doers  # "the attack" by unnamed gunmen
                return [a for a in doers if a not in own]
            if not wanted and _mentioned_before(noun, tok):
                return []  # "the plan" was named before, by a clause we did not code: unknown
        para = ctx.participants.paragraph(tok.idx)
        for event in reversed(earlier):
            if (
                not wanted
                and ctx.participants.paragraph(event.span[0]) < para - ANTECEDENT_PARAGRAPHS
            ):
                break  # "the move" looks back two paragraphs; "the drills" finds the drills anywhere
            if (wanted and event.type not in wanted) or set(event.actors) & set(own):
                continue
            if wanted and not event.actors:
                self._doer_unknown = True  # "condemned the attack": gunmen nobody named
                return []
            doers = [a for a in event.actors if a not in own]
            if doers:
                return doers
        return []

    def _referred_event(self, tok: Token, *, itself: bool = False) -> set[str] | None:
        """The categories of the earlier event a reaction refers back to (empty: any), or None
        when nothing in it does. Only unowned nouns refer back: "condemned the drills", not
        "condemned Russia's drills" (that names its own doer)."""
        self._referring_noun = None
        words = [tok] if itself else _reaction_objects(tok)
        if tok.dep_ == "relcl" and not itself:  # "a charge New Delhi rejected"
            words.insert(0, tok.head)
        if not itself and _answers(tok):
            return set()  # "deployed missiles in response", "In response, Seoul resumed ..."
        for said in words:
            word = _act_of(said)  # "condemned this act of violence": the violence
            lemma = word.lemma_.lower()
            if word.pos_ == "NOUN":
                self._referring_noun = lemma
            if word.pos_ != "NOUN" or any(
                c.dep_ in ("poss", "compound", "amod") and c.ent_type_ for c in word.children
            ):
                continue
            if word.dep_ == "dobj" and word.head.lemma_.lower() in self.lex.light_verbs:
                continue  # "could impose sanctions": a new act, not the sanctions told before
            categories = {p.category for p in self.book.get(lemma, "noun")}
            if categories:
                return categories
            if (lemma in _ANAPHORIC_NOUNS or lemma in _KIN_NOUNS) and any(
                c.dep_ == "det" and c.lower_ in {*_DEFINITE_DETS, "such"} for c in said.children
            ):
                if lemma in _KIN_NOUNS["attack"]:  # "condemned the shooting": an attack
                    return {"ASSAULT"}
                return set()  # "condemned the launch": found by its kin ("missile") below
            if lemma in _ANAPHORIC_NOUNS and tok.dep_ == "relcl" and word.i == tok.head.i:
                return {"ACCUSE"} if lemma in _CHARGES else set()
            if itself and _definite(word) and _stem(lemma) != lemma:
                return {_BY_STEM}  # "called the suspension unacceptable": "suspended" before
        return None

    def _object(
        self, pattern: Pattern, tok: Token, ctx: ArticleContext
    ) -> tuple[bool, str | None, set[int]]:
        """Whether the object constraint holds; the mode the object implies; the object tokens."""
        candidates = _object_tokens(tok)
        cls = pattern.object
        if cls is None:  # the mode may come from the subject or agent too ("drones attacked")
            candidates += [
                g for c in tok.children if c.dep_ in ("nsubj", "agent") for g in (c, *c.children)
            ]
        if cls == "named":  # "hosted the Sudanese delegations", not "hosts Syrian refugees"
            for cand in candidates:
                mention = ctx.table.at(cand.i)
                if (mention is not None and mention.type in ("PERSON", "ORG", "GPE")) or (
                    cand.lemma_.lower() in self.lex.objects.get("people", {})
                    and cand.lemma_.lower() not in self.lex.crowd_nouns
                ):
                    return True, None, set()
            return False, None, set()
        if cls == "help":  # "offered to send troops", "offered help"; not "offered no evidence"
            for child in tok.children:
                if child.dep_ == "xcomp" and child.pos_ == "VERB":
                    return True, None, set()
                if child.dep_ == "dobj" and child.lemma_.lower() in _HELP_NOUNS:
                    return True, None, {child.i}
            return False, None, set()
        if cls == "meetings":  # "declined to meet the senators", not "declined to comment"
            for verb in (c for c in tok.children if c.dep_ == "xcomp"):
                if verb.lemma_.lower() in _MEETING_VERBS:
                    return True, None, {c.i for c in verb.children if c.dep_ == "dobj"}
            return False, None, set()
        if cls == "expectee":  # "Azerbaijan expected Russia to pay": a demand, not a forecast
            found = _expected_to_act(tok)
            if found is not None and ctx.participants.names(found):
                return True, None, set()
            return False, None, set()
        if cls == "member":  # "the bloc suspended Sudan": a state or body named as the object
            for cand in (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
                mention = ctx.table.at(cand.i)
                if mention is not None and mention.type in ("GPE", "ORG"):
                    return True, None, set()
            return False, None, set()
        if cls == "territory":  # "seized the town of Sake", "captured Goma": ground taken
            for cand in candidates:
                mention = ctx.table.at(cand.i)
                if cand.lemma_.lower() in self.lex.objects.get("territory", {}) or (
                    mention is not None
                    and mention.type in PLACE_TYPES
                    and (cand.dep_ == "dobj" or (cand.dep_ == "conj" and cand.head.dep_ == "dobj"))
                ):
                    return True, None, set()
            return False, None, set()
        if cls in ("person", "actor"):
            if cls == "person" and _names_someone_something(tok):
                return False, None, set()  # "called Modi a clown": a naming, not a phone call
            for cand in candidates:
                if cand.dep_ == "pobj" and cand.head.lower_ == "for":
                    continue  # "called for Bazoum to be freed": whom it is for, not whom it calls
                mention = ctx.table.at(cand.i)
                if (cls == "actor" and ctx.participants.names(cand)) or (
                    mention is not None and mention.type == "PERSON"
                ):
                    return True, None, set()
                if cls == "person" and (
                    cand.lemma_.lower() in self.lex.objects.get("people", {})
                    or cand.lemma_.lower() in self.lex.titles  # "the president was welcomed"
                    or (mention is not None and mention.type == "NORP" and cand.dep_ != "amod")
                ):  # "three Beninese were released": people named by their nationality
                    return True, None, set()
            return False, None, set()
        classes = [cls] if cls else []
        if cls == "deadlines":  # "gave the soldiers 15 days to return": parsed as an adverb
            candidates += [c for c in tok.children if c.dep_ == "npadvmod"]
        if cls == "aid_arrivals":  # "rescue teams from Greece arrived": the arrivals are aid
            arrivals = [c for c in tok.children if c.dep_ == "nsubj"]
            arrivals += [g for c in arrivals for g in (*c.conjuncts, *c.children)
                         if g.dep_ in ("compound", "nmod", "amod", "conj")]  # fmt: skip
            for cand in arrivals:
                if self.lex.objects["aid_goods"].get(cand.lemma_.lower()) == "humanitarian":
                    return True, "humanitarian", set()
            return False, None, set()
        if cls == "aid_goods":  # "sent a search and rescue team": what kind of team
            candidates += [
                g
                for c in candidates
                for m in c.children
                if m.dep_ in ("compound", "nmod")
                for g in m.conjuncts
            ]
        if cls == "aid_goods":  # "send eight planes carrying food and tents": what they carry
            candidates += [
                g
                for c in candidates
                for a in c.children
                if a.dep_ == "acl" and a.lemma_.lower() in ("carry", "bring", "deliver")
                for d in a.children
                if d.dep_ == "dobj"
                for g in (d, *d.conjuncts)
            ]
        if cls == "custody":  # "placed Bongo under house arrest"
            candidates = [
                g for c in tok.children if c.lower_ == "under" for g in c.children
                if g.dep_ == "pobj"
            ]  # fmt: skip
        for cand in candidates:
            for name in classes:
                mode = self.lex.objects.get(name, {}).get(cand.lemma_.lower())
                if mode is not None and cls:
                    return True, mode, {cand.i}
        if cls == "aid_goods":  # "military support", "economic aid"
            mode = self._modifier_mode(tok)
            return mode in ("military", "economic", "humanitarian", "personnel"), mode, set()
        return cls is None, None, set()

    def _derived_mode(self, tok: Token) -> str | None:
        """A mode from the words around the trigger: "missiles struck", "threatened nuclear retaliation"."""
        mode = self._modifier_mode(tok)
        if mode is not None:
            return mode
        around = _object_tokens(tok) + [
            g for c in tok.children if c.dep_ in ("nsubj", "agent") for g in c.subtree
        ]
        for cand in around:
            lemma = cand.lemma_.lower()
            for name in ("weapons", "aid_goods"):
                if lemma in self.lex.objects.get(name, {}):
                    return self.lex.objects[name][lemma] if name == "weapons" else None
            if lemma in self.lex.mode_modifiers:
                return self.lex.mode_modifiers[lemma]
        return None

    def _modifier_mode(self, tok: Token) -> str | None:
        for child in tok.children:
            if (
                child.dep_ in ("amod", "compound", "nmod")
                and child.lemma_.lower() in self.lex.mode_modifiers
            ):
                return self.lex.mode_modifiers[child.lemma_.lower()]
        return None

    def _verb_roles(self, pattern: Pattern, tok: Token, ctx: ArticleContext, used: set[int]):
        parts = ctx.participants
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or (
            tok.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "aux", "dobj") for c in tok.children)
        )  # "if attacked"; but "condemned it and summoned the envoy" (tagged VBN) is active
        actors: list[str] = []
        targets: list[str] = []
        location: str | None = None
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        for child in tok.children:
            if (
                child.dep_ == "nsubj"
                and not passive
                and child.i > tok.i
                and child is not subjects[0]
            ):
                # "the ministry summoned China's ambassador, Wu, to protest", parsed with the
                # envoy as a second subject: what comes after the verb is its object
                targets += parts.names(child)
            elif child.dep_ == "nsubj" and not passive:
                actors += parts.names(child)
            elif child.dep_ == "agent" and passive:
                actors += _object_names(child, ctx)
            elif child.dep_ == "nsubjpass" or (
                child.dep_ in ("dobj", "dative") and child.i not in used
            ):
                if child.dep_ == "dobj" and pattern.category == "MOBILIZE":
                    continue  # "deployed troops and members of the militia": what was sent
                targets += parts.names(child)
                if (
                    pattern.category in PHYSICAL
                ):  # "struck Kyiv": Ukraine is the target, Kyiv the place
                    location = location or _capital(child, ctx)
        if not actors and not passive and not subjects:
            misread = _dated_subject(tok) or _subject_past_a_span(tok)
            # "In April Somalia expelled", "Islamabad has for years accused": misparsed
            actors = parts.names(misread) if misread is not None else []
        if not actors and not passive and not subjects:
            # "charged a man a day after he fired at Fico": a "he" nobody named is not the
            # prosecutors of the clause above
            actors = self._inherited(tok, ctx)
        if pattern.object == "expectee" and not targets:
            expected = _expected_to_act(tok)
            targets += parts.names(expected) if expected is not None else []
        if passive and not any(c.dep_ == "nsubjpass" for c in tok.children) and tok.dep_ == "conj":
            targets += self._inherited(tok, ctx)  # "Putin landed ... and was met by Kim"
        if passive and not actors and pattern.object == "refuge":
            # "has been granted political asylum in France": the state where he found it
            actors = ctx.participants.clause_place(tok, LOCATION_PREPS)
            targets = [t for t in targets if t not in actors]
        if (
            passive
            and not actors
            and (
                pattern.category in SENDING
                or (pattern.category == "MOBILIZE" and pattern.object == "troops")
            )
        ):  # "15,000 North Korean soldiers have been sent (moved) to Russia": their owner sent them
            actors = [
                n for c in tok.children if c.dep_ == "nsubjpass" for n in ctx.participants.names(c)
            ]
            targets = [t for t in targets if t not in actors]
        if tok.dep_ == "acl" and pattern.category in SENDING and not targets:
            targets += _user_of(tok, ctx)  # "fired missiles supplied by North Korea": the firer
        if pattern.category == "AID" and not targets:
            targets += _helped(tok, ctx)  # "sent troops to help the government": its state
        location = self._preps(pattern, tok, ctx, targets) or location
        for obj in (tok.doc[i] for i in sorted(used) if not targets):
            # "opened fire on its post", "closed the border with Mozambique", "share data from
            # the recorders with Baku" (the parser hangs "with" on the nearest noun)
            inner = [
                p for c in obj.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
            ]
            for word in (obj, *inner):
                location = self._preps(pattern, word, ctx, targets) or location
            if not targets and pattern.object == "airspace":  # "entered US airspace": the US
                targets += [
                    n
                    for c in obj.children
                    if c.dep_ in ("compound", "amod", "poss")
                    for n in ctx.participants.names(c)
                ]
            if not targets:  # "expelled the diplomatic missions of Argentina, Chile and Peru"
                targets += [
                    n
                    for c in obj.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for n in _object_names(c, ctx)
                ]
        if passive and not actors and pattern.category in ("AGREE", "CONSULT"):
            # "the truce was agreed after talks between A and B": A and B agreed it
            for prep in (t for t in tok.sent if t.lower_ == "between" and t.dep_ == "prep"):
                parties = _all_named(prep, ctx)
                if len(parties) >= 2:
                    actors, targets = parties[:1], [*parties[1:], *targets]
                    break
        if (
            (passive or _unowned_authority(tok))
            and not actors
            and (pattern.category in ("COERCE", "MOBILIZE") or pattern.lemma == "summon")
        ):
            # "three journalists were detained in Minsk", "police arrested 30 activists in
            # Tbilisi" (in a story that names no country more): the authorities where it happened
            actors = _place_state(tok, location, targets, ctx)
            targets = [t for t in targets if t not in actors]
        for obj in _object_tokens(tok):  # "scrapped its pact with X", "pledged aid for Sudan"
            if targets or pattern.category not in OBJECT_TARGETS:
                break
            if obj.pos_ == "NOUN":
                location = self._preps(pattern, obj, ctx, targets) or location
        if pattern.category == "ASSAULT" and actors and not passive:
            targets = self._unowned_victims(tok, actors, targets, ctx)
        return _dedupe(actors), _dedupe(targets), location

    def _unowned_victims(
        self, tok: Token, actors: list[str], targets: list[str], ctx: ArticleContext
    ) -> list[str]:
        """ "ELN fighters killed nine soldiers": soldiers nobody owns are the other side's,
        not those of the last state that headed a clause."""
        parts = ctx.participants
        victims = [
            c
            for c in tok.children
            if c.dep_ == "dobj"
            and c.lemma_.lower() in self.lex.state_agent_nouns
            and parts.owner_mention(c) is None
            and not any(g.dep_ == "poss" for g in c.children)
        ]
        if not victims:
            return targets
        sides = _sides(actors, ctx)
        opposite = parts.other_side(sides) or [s for s in parts.home_state() if s not in sides]
        if not opposite:
            return targets
        guessed = {n for v in victims for n in parts.names(v)}
        return [t for t in targets if t not in guessed] + opposite

    def _inherited(self, tok: Token, ctx: ArticleContext) -> list[str]:
        """The subject of a controlled or coordinated verb ("is slated to visit", "met and signed")."""
        cur = tok
        for _ in range(MAX_INHERIT):
            if cur.dep_ == "relcl":
                return ctx.participants.names(cur.head)
            if cur.dep_ == "acl" and cur.tag_ == "VB" and cur.head.pos_ == "NOUN":
                # "Ukraine's decision to halt the transit": whose decision
                owners = [c for c in cur.head.children if c.dep_ == "poss"]
                return ctx.participants.names(owners[0]) if owners else []
            if cur.dep_ == "acl" and cur.tag_ == "VBG":  # "signed a decree approving the treaty"
                owners = [c for c in cur.head.children if c.dep_ == "poss" and c.pos_ != "PRON"]
                if owners:  # "to throw out South Africa's case accusing it of genocide"
                    return ctx.participants.names(owners[0])
                verb = _governing_verb(cur.head)
                return self._verb_subject(verb, ctx) if verb is not None else []
            climbing_past = cur is not tok and cur.dep_ == "ccomp" and tok.dep_ == "conj"
            if (cur.dep_ not in _INHERIT and not climbing_past) or cur.head.i == cur.i:
                return []
            if (
                cur.dep_ == "xcomp" and cur.head.lemma_.lower() in _OBJECT_CONTROL
            ):  # "urged NATO to supply"
                controller = next(
                    (c for c in cur.head.children if c.dep_ in ("dobj", "dative")), None
                )
                if controller is not None:
                    return ctx.participants.names(controller)
            outer = outer_coordinate(cur)
            if outer is not None:  # "said X ... and accused Mexico": the sayer accused
                subject = next((c for c in outer.children if c.dep_ == "nsubj"), None)
                return ctx.participants.names(subject) if subject is not None else []
            cur = cur.head
            subject = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                names = ctx.participants.names(subject)
                if (names and not self._owned_thing(subject, ctx)) or tok.dep_ != "conj":
                    return names
                # "said the launch violated ... and urged Pyongyang", "said Milei's remarks were
                # wrong but accused Sanchez": a conjunct parsed under the wrong verb; the launch
                # or the remarks urge nobody, so look further up for who did
        return []

    def _opposes_an_act(self, verb: Token) -> bool:
        """Whether what a verb opposes is an act of force ("opposes military seizures", "the
        coup"), not a plan or a proposal."""
        return any(
            p.category in ("ASSAULT", "COERCE", "MOBILIZE") or p.mode == "coup"
            for c in verb.children
            if c.dep_ == "dobj"
            for p in self.book.get(c.lemma_.lower(), "noun")
        ) or any(c.dep_ == "dobj" and c.lemma_.lower() in _COUPS for c in verb.children)

    def _civilians_posted(self, verb: Token) -> bool:
        """A passive whose subject is civilians or observers, not forces ("experts are
        stationed at the plant", "monitors were deployed")."""
        troops = self.lex.objects.get("troops", {})
        return any(
            c.dep_ == "nsubjpass"
            and c.lemma_.lower() in self.lex.source_nouns
            and c.lemma_.lower() not in troops
            and c.lemma_.lower() not in self.lex.state_agent_nouns
            for c in verb.children
        )

    def _owned_thing(self, word: Token, ctx: ArticleContext) -> bool:
        """A common noun that names a thing, not an actor, and stands for one only through its
        owner ("Milei's remarks"; not "Russia's army", nor "the ministry")."""
        lemma = word.lemma_.lower()
        return (
            word.pos_ == "NOUN"
            and ctx.table.at(word.i) is None
            and lemma not in self.lex.state_agent_nouns
            and lemma not in self.lex.group_nouns
            and lemma not in self.lex.titles  # "the EU's foreign policy chief, Kaja Kallas"
            and lemma not in self.lex.objects.get("people", {})
            and any(c.dep_ == "poss" for c in word.children)
        )

    def _preps(
        self, pattern: Pattern, tok: Token, ctx: ArticleContext, targets: list[str]
    ) -> str | None:
        """Add prepositional targets to `targets`; return the location, if any."""
        location = None
        for prep in _verb_children(tok) if pattern.pos == "verb" else tok.children:
            if prep.dep_ not in ("prep", "dative", "prt"):  # "called on X" is parsed both ways
                continue
            word = prep.lower_
            if word in pattern.targets and pattern.category in PHYSICAL:
                # "strikes on what it called militant hideouts in Iran's province": Iran
                targets += [n for n in _owners_in_what_clause(prep, ctx) if n not in targets]
            # "flights to and from Panama": the object hangs on the last of coordinated preps
            for pobj in (
                c for p in (prep, *prep.conjuncts) for c in p.children if c.dep_ == "pobj"
            ):
                mention = ctx.table.at(pobj.i)
                if pobj.lower_ in ("sidelines", "margins", "sideline", "margin"):
                    continue  # "met on the sidelines of the UN General Assembly": where, not whom
                if (
                    word == "at"
                    and pattern.category in _AT_IS_A_PLACE
                    and "at" not in _pattern_own_targets(pattern)
                ):
                    if mention is not None and mention.type in PLACE_TYPES:
                        location = location or mention.name  # "signed at the Lyon fair"
                    continue
                if word in pattern.targets or (
                    word == "of" and pattern.category in OF_TARGET and pattern.pos == "noun"
                ):
                    found = ctx.participants.names(pobj)
                    if not found and pattern.category in PHYSICAL - {
                        "CONSULT"
                    }:  # "at targets in Ukraine"
                        found = ctx.participants.place_owner(pobj)
                    targets += [n for n in found if n not in targets]
                    if pattern.category in PHYSICAL:
                        location = location or _capital(pobj, ctx)
                elif word in LOCATION_PREPS and mention is not None and mention.type in PLACE_TYPES:
                    location = location or mention.name
        return location

    def _noun_roles(self, pattern: Pattern, tok: Token, ctx: ArticleContext):
        parts = ctx.participants
        actors: list[str] = []
        targets: list[str] = []
        for child in tok.children:
            if child.dep_ == "poss" and (pattern.category == "COERCE" or pattern.mode == "release"):
                # "his arrest", "Bazoum's release": a person owns what was done to him
                for name in parts.names(child):
                    (targets if parts.is_person(name) else actors).append(name)
            elif child.dep_ == "poss" or (
                child.dep_ in ("compound", "amod", "nmod")
                and (mention := ctx.table.at(child.i)) is not None
                and mention.type not in ("LOC", "FAC")  # "the Black Sea grain deal": where
            ):
                actors += parts.names(child)
            elif child.dep_ == "prep" and child.lower_ in ("by", "from"):
                actors += _object_names(child, ctx)
            elif (
                child.dep_ == "prep" and child.lower_ == "of" and pattern.category not in OF_TARGET
            ):
                actors += [
                    n
                    for pobj in child.children
                    if pobj.dep_ == "pobj"
                    for n in _person_names(pobj, ctx)
                ]
        between = _between_of(tok)
        if between is not None:
            actors += _all_named(between, ctx)
        location = self._preps(pattern, tok, ctx, targets)
        for by in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"):
            for agent in (g for g in by.children if g.dep_ == "pobj" and not targets):
                # "the visit by the prime minister to Seoul": "to" hung on the visitor
                location = self._preps(pattern, agent, ctx, targets) or location
        verb = _governing_verb(tok)
        if verb is not None and verb.lemma_.lower() in self.lex.topic_verbs and tok.dep_ != "pobj":
            return [], [], None  # "discussed military assistance": a topic, not an occurrence;
            # but "discussed the plot with Sisi in a phone call" tells of a call
        in_talks = verb is not None and verb.lemma_.lower() == "be" and tok.dep_ == "pobj"
        if (
            verb is not None
            and actors
            and tok.dep_ == "dobj"
            and tok.head.i == verb.i
            and verb.lemma_.lower() in self.lex.light_verbs
            and not any(parts.is_person(n) for n in actors)
        ):  # "Whitlam made the first visit by an Australian leader", "he is due to hold the
            # leaders' meeting with Li": who made or holds it, not the state the phrase names
            doers = [n for n in self._verb_subject(verb, ctx) if parts.is_person(n)]
            actors = doers or actors
        if (
            verb is not None
            and not actors
            and (
                verb.lemma_.lower() in self.lex.light_verbs | self.lex.plan_words | _ASSURING
                or in_talks
            )
        ):  # "held talks", "is in talks with Norway"
            actors = self._verb_subject(verb, ctx)
            if not actors and pattern.category == "MOBILIZE":  # "units were placed on alert"
                actors = [n for c in verb.children if c.dep_ == "nsubjpass" for n in parts.names(c)]
            if not targets:
                location = location or self._preps(pattern, verb, ctx, targets)
                targets += [n for c in verb.children if c.dep_ == "dative" for n in parts.names(c)]
        if (
            not actors
            and tok.dep_ == "pobj"
            and (
                tok.head.lower_ in ("during", "in", "by", "over")
                or (tok.head.lower_ == "after" and pattern.category == "CONSULT")
            )
            and tok.head.head.pos_ == "VERB"
            and (
                targets
                or pattern.mode == "phone"
                # "after talks at the palace, Putin and Khurelsukh signed": the signers talked
                or (
                    pattern.category == "CONSULT"
                    and len(self._verb_subject(tok.head.head, ctx)) > 1
                )
            )
        ):
            # "urged Israel to hold back during a call with Netanyahu": the urger made the call;
            # "apologised to Aliyev in a phone call": with whom the verb was done
            verb = tok.head.head
            actors = self._verb_subject(verb, ctx)
            if not targets:
                self._preps(pattern, verb, ctx, targets)
                targets += [n for c in verb.children if c.dep_ in ("dobj", "dative")
                            for n in parts.names(c)]  # fmt: skip
                targets += [  # "discussed the plot with Sisi in a phone call": "with" hung
                    n  # on the topic
                    for c in verb.children
                    if c.dep_ == "dobj"
                    for prep in c.children
                    if prep.dep_ == "prep" and prep.lower_ == "with"
                    for n in _object_names(prep, ctx)
                ]
        return _dedupe(actors), _dedupe(targets), location

    def _verb_subject(self, verb: Token, ctx: ArticleContext) -> list[str]:
        for child in verb.children:
            if child.dep_ == "nsubj":
                return ctx.participants.names(child)
            if child.dep_ == "agent":
                return _object_names(child, ctx)
        return self._inherited(verb, ctx)


def drop_untargeted_twins(events: list[Event]) -> list[Event]:
    """One act told twice ("Putin apologised ..." in the lead, "Putin had apologised to Aliyev"
    later) is one event: an event with no target yields to one of the same type, actors and
    word that names a target, anywhere in the article. Another word is another act: "police
    dispersed the crowd" stays beside "police arrested party members" told of last year."""
    targeted = {(e.type, tuple(e.actors), e.trigger) for e in events if e.targets and e.actors}
    return [
        e
        for e in events
        if e.targets or not e.actors or (e.type, tuple(e.actors), e.trigger) not in targeted
        or e.modality == "denied"
    ]  # fmt: skip


# Headings of the summary box a live blog opens with; its bullets restate entries below.
_SUMMARY_HEADINGS = frozenset({"key points", "key events", "key developments", "summary",
                               "highlights", "at a glance", "what we know", "the latest",
                               "catch up", "in brief"})  # fmt: skip
_SUMMARY_BULLET = re.compile(r"\s*[-•*·–]\s")


def summary_blocks(text: str) -> list[tuple[int, int]]:
    """Character ranges of "Key points" boxes: a summary heading line and the bullet lines
    under it ("KEY POINTS / - The deadline has expired; ...")."""
    blocks: list[tuple[int, int]] = []
    lines = text.splitlines(keepends=True)
    pos = 0
    in_block: int | None = None
    for line in lines:
        bare = line.strip().rstrip(":").lower()
        if in_block is not None and not _SUMMARY_BULLET.match(line) and bare:
            blocks.append((in_block, pos))
            in_block = None
        if bare in _SUMMARY_HEADINGS:
            in_block = pos
        pos += len(line)
    if in_block is not None:
        blocks.append((in_block, pos))
    return blocks


def drop_summary_repeats(events: list[Event], text: str) -> list[Event]:
    """A live blog's "Key points" bullet restates an entry told below: one act, told twice,
    is one event (the entry's, which carries the detail)."""
    blocks = summary_blocks(text)
    if not blocks:
        return events

    def in_summary(event: Event) -> bool:
        return any(start <= event.span[0] < end for start, end in blocks)

    told = {(e.type, tuple(e.actors), tuple(e.targets)) for e in events if not in_summary(e)}
    return [
        e
        for e in events
        if not in_summary(e) or (e.type, tuple(e.actors), tuple(e.targets)) not in told
    ]


# Verbs that promise what their object names ("pledged $4.5 billion in aid").
_PROMISES = frozenset({"pledge", "promise"})
# Acts two sides do to each other whatever their category ("exchanged prisoners").
_MUTUAL = frozenset({"exchange", "swap", "trade"})
_FOUGHT = frozenset({"wars", "gunfire"})  # object classes that name the fighting itself
_OPENING_QUOTES = frozenset({'"', "\u201c", "'", "\u2018"})


# Acts that stay apart from words of the same category in one sentence: "condemned the attack
# and summoned the charge d'affaires" is a statement and a summons.
_DISTINCT_MODES = frozenset({"summon", "withdraw"})


def _kept_apart_by(category: str, mode: str | None, word: str | None) -> tuple:
    """What tells two acts of one category and side in one sentence apart: a distinct mode,
    or, for coercion, the word ("dispersed the crowd and detained 12": two acts)."""
    return (mode if mode in _DISTINCT_MODES else None, word if category == "COERCE" else None)


def _merge(events: list[Event]) -> list[Event]:
    """One event per sentence for the same type and actors: the one naming most targets. Two
    coercive acts told in two words ("dispersed the crowd and detained 12") stay two."""
    kept: list[Event] = []
    for event in events:
        apart = _kept_apart_by(event.type, event.mode, event.trigger)
        twin = next((k for k in kept if k.type == event.type and k.actors == event.actors
                     and _kept_apart_by(k.type, k.mode, k.trigger) == apart
                     and (set(k.targets) <= set(event.targets) or set(event.targets) <= set(k.targets))), None)  # fmt: skip
        if twin is None:
            kept.append(event)
        elif len(event.targets) > len(twin.targets):
            kept[kept.index(twin)] = event
    return kept


def _pos(tok: Token) -> str | None:
    if tok.pos_ == "VERB":
        return "verb"
    if tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_title and not tok.ent_type_):
        return "noun"
    return None


_LEAVING = frozenset({"withdraw", "exit", "retreat"})


def _object_tokens(tok: Token) -> list[Token]:
    """Words that fill the object slot of a verb or the complement of a noun."""
    found: list[Token] = (
        [tok.head]
        if tok.dep_ in ("relcl", "acl")
        and not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "which", "that")
            for c in tok.children
        )
        else []
    )  # "the treaty Moscow signed"; not "the minister, who arrived"
    if _shares_passive_subject(tok):  # "the talks were hosted by X and attended by Y and Z"
        found += [c for c in tok.head.children if c.dep_ in ("nsubjpass", "nsubj")]
    for child in tok.children:
        if child.dep_ == "ccomp" and any(g.lower_ == "what" for g in child.children):
            found += [
                t for t in child.subtree if t.pos_ == "NOUN"
            ]  # "fired what appeared to be a missile"
        if child.dep_ in ("dobj", "nsubjpass", "attr", "compound", "amod", "nmod", "dative"):
            found += [child, *child.conjuncts]
        elif child.dep_ == "prep" and (
            child.lower_ in ("with", "of", "for", "to", "on", "in")
            or (child.lower_ == "from" and tok.lemma_.lower() in _LEAVING)  # "withdrew from"
        ):
            found += [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ == "xcomp" and child.tag_ == "VBG" and _left_open(tok):
            found += [g for g in child.children if g.dep_ == "dobj"]  # "rule out using nukes"
    queue = list(found)
    for _ in range(3):  # "added the minister, X, and officers to its sanctions list"
        grown: list[Token] = []
        for obj in queue:
            for child in obj.children:
                if child.dep_ in ("compound", "amod"):
                    found.append(child)
                elif child.dep_ in ("appos", "conj") and child.pos_ in ("NOUN", "PROPN"):
                    grown.append(child)
                elif child.dep_ == "prep" and child.lower_ in ("of", "in", "to"):
                    grown += [g for g in child.children if g.dep_ == "pobj"]
        found += grown
        queue = grown
    return found


def _object_names(prep: Token, ctx: ArticleContext) -> list[str]:
    """The actors a preposition or passive agent names: "by Kim", "from Seoul"."""
    return [n for p in prep.children if p.dep_ == "pobj" for n in ctx.participants.names(p)]


def _shares_passive_subject(verb: Token) -> bool:
    """A passive verb conjoined to another that carries their shared subject."""
    own = {c.dep_ for c in verb.children}
    return (
        verb.dep_ == "conj"
        and "agent" in own
        and not own & {"nsubj", "nsubjpass", "dobj"}
        and any(c.dep_ in ("nsubjpass", "nsubj") for c in verb.head.children)
    )  # "Putin arrived and was welcomed by Kim": Putin, welcomed


# Nouns of verbal backing: pledged or expressed, they are SUPPORT, not a promise of aid.
_BACKING_NOUNS = frozenset({"support", "solidarity", "backing"})


def _convened_bodies(verb: Token, ctx: ArticleContext) -> list[str]:
    """The body whose session a verb's object names ("a meeting of the council")."""
    return [
        n
        for obj in verb.children
        if obj.dep_ == "dobj" and obj.lemma_.lower() in ("meeting", "session")
        for prep in obj.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for n in _object_names(prep, ctx)
    ]


def _partners_of_coordinated(tok: Token, ctx: ArticleContext) -> list[str]:
    """Whom the verb before a coordinated one acted with ("phoned Vucic ... and pledged his
    support", "spoke with Noboa and expressed his solidarity"): the backing is for them."""
    verb = _governing_verb(tok)
    if verb is None or verb.dep_ != "conj":
        return []
    first = verb.head
    found: list[str] = []
    for child in first.children:
        if child.dep_ == "dobj":
            found += ctx.participants.names(child)
        elif child.dep_ == "prep" and child.lower_ in ("with", "to"):
            found += _object_names(child, ctx)
    return _dedupe(found)


def _governing_verb(tok: Token) -> Token | None:
    """The verb a nominal trigger is the object of ("held talks", "undertook a visit", "engaged in talks")."""
    cur = tok
    while cur.dep_ == "conj" and cur.head.pos_ == "NOUN" and cur.head.i < cur.i:
        cur = cur.head  # "expressed strong dissatisfaction and protest"
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in _ASSURING:
        return cur.head.head  # "assured Touadera of continued humanitarian assistance"
    if cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.lower_ in ("in", "into", "on"):
        cur = cur.head  # "engaged in talks", "placed on alert"
    elif cur.dep_ == "pobj" and cur.head.lower_ == "for" and cur.head.head.lemma_ == "be":
        cur = cur.head  # "is due in Vilnius on Thursday for talks with Simonyte"
    if cur.dep_ in ("dobj", "prep", "attr", "oprd") and cur.head.pos_ in ("VERB", "AUX"):
        return cur.head
    return None


# Verbs that promise what their "of" object names ("assured him of continued support").
_ASSURING = frozenset({"assure", "reassure", "promise", "pledge", "guarantee"})
# Prepositions whose object is the background of a sentence, not what it reports.
# ("after Putin's visit" is kept: articles date other events by it, and gold counts it.)
_SPANS = frozenset({"hour", "day", "week", "month", "round", "year", "session"})
# Gatherings that, after "at", are where something happened ("met at the NATO summit").
_VENUES = frozenset({"summit", "conference", "forum", "gathering", "ceremony", "meeting"})
_BACKGROUND_PREPS = frozenset({"during", "amid", "despite", "about", "over", "regarding",
                               "concerning"})  # fmt: skip
# Verbs besides the light verbs whose object noun is the event itself ("received aid").
_PERFORM = frozenset({"receive", "accept", "get", "obtain", "supply", "ship", "transfer", "agree",
                      "sign", "seek", "request", "demand"})  # fmt: skip
# Verbs that report a verdict in their complement ("said the launches were a violation").
_VERDICT_VERBS = frozenset({"say", "call", "describe", "term", "brand", "label", "declare",
                            "tell", "write", "insist", "claim", "state", "add", "charge",
                            "complain", "argue", "maintain", "hold"})  # fmt: skip
_CONCERN_WORDS = frozenset({"concerned", "worried", "alarmed", "concern"})
# Verbs that name their object as something ("called the veto a cynical act", "described the
# decision as a violation", "held India responsible").
_NAMING_VERBS = frozenset({"call", "describe", "term", "brand", "label", "hold"})
# Words that make what is said a speech act: lemma -> (category, mode).
_VERDICT_WORDS = {
    "violation": ("ACCUSE", "allege"), "breach": ("ACCUSE", "allege"),
    "violate": ("ACCUSE", "allege"), "breach_v": ("ACCUSE", "allege"),
    "crime": ("ACCUSE", "allege"), "illegal": ("ACCUSE", "allege"),
    "unlawful": ("ACCUSE", "allege"), "escalation": ("ACCUSE", "allege"),
    "threat": ("ACCUSE", "disapprove"), "provocation": ("ACCUSE", "disapprove"),
    "hostile": ("ACCUSE", "disapprove"), "cynical": ("ACCUSE", "disapprove"),
    "undermine": ("ACCUSE", "disapprove"), "mistake": ("ACCUSE", "disapprove"),
    "unacceptable": ("ACCUSE", "disapprove"), "shameful": ("ACCUSE", "disapprove"),
    "concerned": ("ACCUSE", "disapprove"), "worried": ("ACCUSE", "disapprove"),
    "alarmed": ("ACCUSE", "disapprove"), "concern": ("ACCUSE", "disapprove"),
    "lie": ("REJECT", "deny"), "fake": ("REJECT", "deny"), "groundless": ("REJECT", "deny"),
    "baseless": ("REJECT", "deny"), "fabrication": ("REJECT", "deny"),
    "illegally": ("ACCUSE", "allege"), "unlawfully": ("ACCUSE", "allege"),
    "provoke": ("ACCUSE", "allege"), "instigate": ("ACCUSE", "allege"),
    "aggression": ("ACCUSE", "allege"), "sabotage": ("ACCUSE", "allege"),
    "illegitimate": ("ACCUSE", "allege"), "incompatible": ("ACCUSE", "allege"),
    "incompatibly": ("ACCUSE", "allege"), "politically": ("ACCUSE", "disapprove"),
    "unfounded": ("REJECT", "deny"), "false": ("REJECT", "deny"), "slander": ("REJECT", "deny"),
    "exploit": ("ACCUSE", "allege"), "interfere": ("ACCUSE", "allege"), "piracy": ("ACCUSE", "allege"),
    "meddle": ("ACCUSE", "allege"), "destabilise": ("ACCUSE", "allege"),
    "destabilize": ("ACCUSE", "allege"), "fabricate": ("ACCUSE", "allege"),
    "responsible": ("ACCUSE", "allege"), "genocide": ("ACCUSE", "allege"),
    "terrorism": ("ACCUSE", "allege"), "atrocity": ("ACCUSE", "allege"),
    "terrorist": ("ACCUSE", "allege"), "criminal": ("ACCUSE", "allege"),
    "dangerously": ("ACCUSE", "disapprove"), "recklessly": ("ACCUSE", "disapprove"),
    "aggressively": ("ACCUSE", "disapprove"), "provocatively": ("ACCUSE", "disapprove"),
    "unprofessionally": ("ACCUSE", "disapprove"), "irresponsibly": ("ACCUSE", "disapprove"),
    "excessive": ("ACCUSE", "disapprove"), "disproportionate": ("ACCUSE", "disapprove"),
    "unjustified": ("ACCUSE", "disapprove"), "unjustifiable": ("ACCUSE", "disapprove"),
    "reckless": ("ACCUSE", "disapprove"), "irresponsible": ("ACCUSE", "disapprove"),
    "provocative": ("ACCUSE", "disapprove"), "outrageous": ("ACCUSE", "disapprove"),
    "deplorable": ("ACCUSE", "disapprove"), "regrettable": ("ACCUSE", "disapprove"),
    "arbitrary": ("ACCUSE", "disapprove"), "unfriendly": ("ACCUSE", "disapprove"),
    "discriminatory": ("ACCUSE", "disapprove"), "inhumane": ("ACCUSE", "disapprove"),
    "absurd": ("REJECT", "deny"), "ridiculous": ("REJECT", "deny"),
    "dictator": ("ACCUSE", "disapprove"), "fraud": ("ACCUSE", "allege"),
    "interventionist": ("ACCUSE", "disapprove"), "aggressor": ("ACCUSE", "allege"),
    "puppet": ("ACCUSE", "disapprove"), "fraudulent": ("ACCUSE", "allege"),
    "baffling": ("ACCUSE", "disapprove"), "disappointing": ("ACCUSE", "disapprove"),
    "troubling": ("ACCUSE", "disapprove"), "shocking": ("ACCUSE", "disapprove"),
    "clown": ("ACCUSE", "disapprove"), "liar": ("ACCUSE", "disapprove"),
    "thug": ("ACCUSE", "disapprove"), "tyrant": ("ACCUSE", "disapprove"),
    "unconscionable": ("ACCUSE", "disapprove"), "untenable": ("ACCUSE", "disapprove"),
    "biased": ("ACCUSE", "disapprove"), "unwarranted": ("ACCUSE", "disapprove"),
    "hypocritical": ("ACCUSE", "disapprove"), "hypocrisy": ("ACCUSE", "disapprove"),
    "disgraceful": ("ACCUSE", "disapprove"), "appalling": ("ACCUSE", "disapprove"),
    "barbaric": ("ACCUSE", "disapprove"), "heinous": ("ACCUSE", "disapprove"),
    "cowardly": ("ACCUSE", "disapprove"), "stunt": ("ACCUSE", "disapprove"),
    "unhelpful": ("ACCUSE", "disapprove"), "counterproductive": ("ACCUSE", "disapprove"),
    "blackmail": ("ACCUSE", "allege"),
    "warmonger": ("ACCUSE", "disapprove"), "traitor": ("ACCUSE", "disapprove"),
    "corrupt": ("ACCUSE", "allege"), "murderer": ("ACCUSE", "allege"),
    "butcher": ("ACCUSE", "allege"), "fascist": ("ACCUSE", "disapprove"),
}  # fmt: skip
# Verbs whose object, not themselves, carries the verdict ("the strikes amounted to genocide",
# "constitute a violation"), and commitments whose breaking is one ("had broken the truce").
_VERDICT_LINKS = frozenset({"amount", "constitute", "represent"})
_COMMITMENTS = frozenset({"truce", "ceasefire", "agreement", "deal", "accord", "promise", "pledge",
                          "commitment", "treaty", "law", "rule", "resolution"})  # fmt: skip


def _state_speaker(tok: Token, state: str, ctx: ArticleContext) -> str | None:
    """The person who speaks for `state` in the clauses above `tok` ("Choe said Pyongyang would
    support Moscow", "KCNA said Kim had reaffirmed that North Korea would support ..."): the
    nearest governing verb whose subject is a person of that state."""
    cur = tok
    for _ in range(MAX_INHERIT):
        if cur.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or cur.head.i == cur.i:
            return None
        cur = cur.head
        for child in cur.children:
            if child.dep_ != "nsubj":
                continue
            mention = ctx.table.at(child.i)
            if (
                mention is not None
                and mention.type == "PERSON"
                and ctx.participants.person_state(mention) == state
            ):
                return mention.name
    return None


def _announced(tok: Token) -> bool:
    """Whether a future act is announced by its actor's words ("said it would impose"), as
    against a plan merely reported ("is set to impose")."""
    cur = tok
    for _ in range(MAX_INHERIT):
        if cur.dep_ not in ("ccomp", "xcomp", "conj") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() in _ANNOUNCING:
            return True
    return False


_ANNOUNCING = frozenset({"say", "warn", "vow", "pledge", "promise", "threaten", "declare",
                         "announce", "insist", "tell", "add", "state"})  # fmt: skip


def _senders_of_arrivals(verb: Token, ctx: ArticleContext) -> list[str]:
    """Every country the arrivals came from: "rescue teams from Egypt, Turkey and the UAE"."""
    return [
        n
        for subj in verb.children
        if subj.dep_ == "nsubj"
        for prep in subj.subtree
        if prep.dep_ == "prep" and prep.lower_ == "from"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for word in (pobj, *pobj.conjuncts)
        for n in ctx.participants.names(word)
    ]


def _disclaims_involvement(clause: Token) -> bool:
    """ "had not been involved", "played no role (part)", "had nothing to do with", "had no
    involvement (hand, part)", "was not behind the attack"."""
    lemma = clause.lemma_.lower()
    negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in clause.children)
    if lemma in ("involve", "participate") and negated:
        return True
    if (
        lemma == "be"
        and negated
        and any(c.dep_ == "prep" and c.lower_ == "behind" for c in clause.children)
    ):
        return True
    for obj in (c for c in clause.children if c.dep_ == "dobj"):
        if lemma == "have" and obj.lower_ == "nothing":
            return any(g.lemma_.lower() == "do" for g in obj.children)
        declined = any(d.lower_ == "no" for d in obj.children) or negated
        if declined and lemma in ("have", "play", "take") and obj.lemma_.lower() in _PARTS:
            return True
    return False


_PARTS = frozenset({"role", "part", "involvement", "hand", "link", "connection"})


def _reprisal_foretold(noun: Token) -> bool:
    """A reprisal told as coming: the subject of a future clause ("Tehran's response would be
    harsh", "retaliation will come")."""
    verb = noun.head
    return noun.dep_ == "nsubj" and any(
        c.dep_ == "aux" and c.lower_ in ("would", "will", "shall", "'ll") for c in verb.children
    )


def _at_anyone(verb: Token) -> bool:
    """A warning to whoever it may be: "would respond to any country that attacked it"."""
    return any(
        g.dep_ == "pobj"
        and g.lemma_.lower() in ("country", "state", "nation", "one", "aggressor", "enemy")
        and any(d.lower_ in ("any", "anyone", "whoever") for d in g.children)
        for c in verb.children
        if c.dep_ == "prep"
        for g in c.children
    )


_REPRISALS = frozenset({"response", "retaliation", "revenge", "reprisal"})


def _nationals_taken(verb: Token) -> list[Token]:
    """The objects of a detention that are counted people of a nationality: "hundreds of
    Afghans", "four Indian nationals", "two French citizens", "2,000 Afghan refugees"."""
    found = []
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        if obj.lower_ in ("hundreds", "thousands", "dozens", "scores", "millions"):
            obj = next((g for c in obj.children if c.lower_ == "of" for g in c.children), obj)
        if obj.tag_ not in ("NNS", "NNPS"):
            continue
        national = obj.ent_type_ == "NORP" or (
            obj.lemma_.lower() in _PEOPLE_NOUNS
            and any(c.ent_type_ == "NORP" for c in obj.children if c.dep_ in ("amod", "compound"))
        )
        counted = (
            obj.head.lower_ == "of"
            or any(
                c.dep_ in ("nummod", "quantmod") or c.lower_ in ("some", "several", "many")
                for c in obj.children
            )
            or any(c.dep_ == "advmod" for g in obj.children for c in g.children)
        )
        if national and counted:
            found.append(obj)
    return found


_PEOPLE_NOUNS = frozenset({"national", "citizen", "refugee", "migrant", "people", "man",
                           "woman", "civilian", "resident", "tourist"})  # fmt: skip
# (not "fishermen", "journalists" or "sailors": "seized 12 Vietnamese fishermen" is told as an
# act against Vietnam)


def _clause_subject_names(verb: Token, ctx: ArticleContext) -> list[str]:
    """Who the clause a verb reports is about: "denied that Russia had ..." -> Russia."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        for subj in (g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")):
            return ctx.participants.names(subj)
    return []


def _backdrop(tok: Token) -> bool:
    """Whether a verb only sets the scene: a "while" clause before its main clause ("While the
    leaders met, ..."). A past act in a "when" clause off a date ("since July 2000, when he met
    Kim's father") is coded: a reader tracking the story wants that earlier act too."""
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "while" for c in tok.children):
        # ", while Zelensky accused Moscow" after the main clause sets a second actor against
        # the first: news of its own ("while talks were continuing" is VBG: an ongoing state)
        return tok.i < tok.head.i or tok.tag_ == "VBG"
    return False


def _concern_about(word: Token) -> Token | None:
    """What a concern is about: "concerned that Russia had ...", "concerned about the drills"."""
    return next((g for g in word.children if g.dep_ in ("ccomp", "prep")), None)


def _conditioned_on(verb: Token, ctx: ArticleContext) -> list[str]:
    """Who a warning's condition names: "warned of a crushing response if Israel attacked";
    but "warned that Russia would face consequences if Putin ..." names who would face them."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if clause.lemma_.lower() != "face" or subject is None:
            continue
        facing = ctx.participants.names(subject)
        if facing:
            return facing
    subject = _condition_subject(verb)
    return ctx.participants.names(subject) if subject is not None else []


def _condition_subject(verb: Token) -> Token | None:
    """The subject of the "if" clause of a warning or of what it says would happen."""
    for clause in (verb, *(c for c in verb.children if c.dep_ in ("ccomp", "xcomp"))):
        for cond in (c for c in clause.children if c.dep_ == "advcl" and _is_condition(c)):
            subject = next((c for c in cond.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
    return None


def _is_condition(clause: Token) -> bool:
    """An "if" or "unless" clause."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children)


def _mediated_parties(verb: Token, ctx: ArticleContext) -> list[str]:
    """The sides of what a host or mediator brokered: "brokered a deal between Russia and
    Ukraine", "talks between Israel and Hamas, mediated by Qatar"."""
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ in ("acl", "relcl"):
        nouns.append(verb.head)
    for noun in nouns:
        between = _between_of(noun)
        if between is not None:
            parties = _all_named(between, ctx)
            if len(parties) >= 2:
                return parties
    return []


def _pledged_recipients(pledge: Token, ctx: ArticleContext) -> list[str]:
    """Whom the promised act goes to: "pledged to send air defence systems to Ukraine"."""
    return _dedupe([
        n
        for act in pledge.children if act.dep_ == "xcomp"
        for word in (act, *(c for c in act.children if c.dep_ == "dobj"))
        for prep in word.children if prep.dep_ in ("prep", "dative") and prep.lower_ in ("to", "for")
        for n in _object_names(prep, ctx)
    ])  # fmt: skip


def _agents_after(verb: Token, judged: Token, ctx: ArticleContext) -> list[str]:
    """Who a naming verb's complement says did the judged thing: "a provocation by Russia"."""
    return _dedupe([
        n
        for prep in verb.subtree if prep.i > judged.i and prep.dep_ == "prep" and prep.lower_ == "by"
        for n in _object_names(prep, ctx)
    ])  # fmt: skip


def _verdict_word(tok: Token) -> tuple[str, str] | None:
    """The verdict a complement word carries, or one of its modifiers ("a hostile act")."""
    if any(c.dep_ == "neg" for c in tok.children):
        # "said it was not a violation"; but "said his words were 'not worthy' of a president"
        return ("ACCUSE", "disapprove") if tok.lemma_.lower() in _UNFIT_WHEN_DENIED else None
    modifiers = ("amod", "compound", "acomp", "advmod")  # "a hostile act", "illegally entered"
    words = [tok, *(c for c in tok.children if c.dep_ in modifiers)]
    if tok.pos_ == "NOUN":  # "a campaign of sabotage", "an act of piracy"
        words += [
            g for c in tok.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
        ]
    if tok.lemma_.lower() in _VERDICT_LINKS:  # "amounted to genocide", "constitutes a breach"
        objects = [c for c in tok.children if c.dep_ in ("dobj", "attr")]
        objects += [
            g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
        ]
        return next((label for o in objects if (label := _verdict_word(o)) is not None), None)
    if tok.lemma_.lower() in ("break", "breach") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _COMMITMENTS for c in tok.children
    ):
        return ("ACCUSE", "allege")  # "Israel said Hamas had broken the truce"
    for word in words:
        label = _VERDICT_WORDS.get(word.lemma_.lower())
        if label is not None and not (word.lemma_.lower() == "lie" and word.pos_ == "VERB"):
            return label  # "a lie" judges; "the waters lie on its shelf" does not
    return None


# Approval words that judge harshly once denied ("not acceptable", "not worthy of a president").
_UNFIT_WHEN_DENIED = frozenset({"acceptable", "worthy", "appropriate", "helpful", "constructive",
                                "proper", "justified", "legitimate", "welcome"})  # fmt: skip
_ACCUSING = frozenset({"accuse", "charge", "blame", "suspect"})
# Verbs whose complement is what is threatened ("warned Iran against attacking US bases").
_WARNING = frozenset({"warn", "threaten"})
# Verbs whose object, not subject, does what their infinitive says ("urged NATO to supply").
_OBJECT_CONTROL = frozenset({"urge", "ask", "force", "order", "tell", "allow", "persuade", "help",
                             "invite", "encourage", "press", "pressure", "call", "permit", "authorize"})  # fmt: skip


def _demanded(tok: Token, request_verbs: frozenset[str]) -> bool:
    """A noun that is what a request asks for ("demanded a full pullout", "urged them to end
    their cooperation"), not an event that happened."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if tok.dep_ not in ("dobj", "pobj") or head.pos_ != "VERB":
        return False
    if head.lemma_.lower() in request_verbs:
        return True
    return head.dep_ == "xcomp" and head.head.lemma_.lower() in request_verbs


def _is_content_of(tok: Token, governors: frozenset[str], depth: int = 0) -> bool:
    """Whether `tok` is what a request or accusation is about ("urged X to supply", "of supplying",
    "urged X to halt the strikes and to investigate them", "accused X of continuing to kill")."""
    if depth > 3:
        return False
    if (
        tok.dep_ == "conj"
        and tok.tag_ == "VB"  # "and to investigate them"; "and accused Russia" is the asker's own
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    ):
        return _is_content_of(tok.head, governors, depth + 1)
    head = tok.head
    if tok.dep_ == "xcomp" and head.dep_ in ("xcomp", "pcomp", "conj"):
        return _is_content_of(head, governors, depth + 1) or head.lemma_.lower() in governors
    if tok.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head
    elif (
        tok.dep_ == "ccomp"
        and tok.tag_ in ("VB", "VBP")
        and not any(c.dep_ == "aux" for c in tok.children)
    ):
        pass  # "demanded that those governments withdraw their envoys": a subjunctive demand
    elif (
        tok.dep_ == "advcl"
        and tok.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    ):
        pass  # "called on Pretoria to expel American diplomats", parsed as a purpose clause
    elif tok.dep_ != "xcomp":
        return False
    return head.lemma_.lower() in governors


# Categories where "at X" is where it happened, never whom it was done to.
_AT_IS_A_PLACE = frozenset({"AID", "AGREE", "CONSULT", "COOPERATE", "SUPPORT", "CONCEDE"})


def _pattern_own_targets(pattern: Pattern) -> tuple[str, ...]:
    """The target prepositions a pattern names itself (not the defaults)."""
    return () if pattern.targets == DEFAULT_TARGET_PREPS else pattern.targets


# Categories that are acts of speech: said by their actor, they are asserted, not hearsay.
SPEECH_ACTS = frozenset({"REQUEST", "ACCUSE", "SUPPORT", "REJECT"})


def _speaks_for(source: str | None, actors: list[str], ctx: ArticleContext) -> bool:
    """Whether the source of a speech act is its actor (or the actor's state, or an agency of
    it: "the foreign ministry" for South Korea)."""
    if source is None:
        return False
    if source in actors or source in _own_states(actors, ctx):
        return True
    if ctx.participants.side_of(source) in actors:
        return True  # "the Revolutionary Guards said they seized ...": Iran's own organ
    words = source.casefold().split()
    return bool(words) and words[-1] in ("ministry", "office", "government", "spokesperson",
                                         "spokesman", "spokeswoman", "department")  # fmt: skip


# Words of willingness and the cooperative acts they offer ("ready to help", "willing to work").
_WILLING = frozenset({"ready", "willing", "prepared", "eager", "open"})
_COOPERATIVE_ACTS = frozenset({"help", "work", "cooperate", "assist", "support", "host", "mediate",
                               "provide", "supply", "resume", "join", "talk", "negotiate",
                               "discuss", "extend", "meet", "send", "deliver", "restore",
                               "normalise", "normalize", "reopen", "engage"})  # fmt: skip
_HELPING = frozenset({"help", "assist", "support"})
# Addressees a request may have without naming anyone ("asked donors for $50m").
_UNNAMED_STATES = frozenset({"state", "country", "nation"})  # "called on Arab states to"
_UNNAMED_ADDRESSEES = frozenset({"donor", "ally", "partner", "community", "lender", "investor",
                                 "neighbour", "neighbor", "world", "gang", "militia", "rebel",
                                 "insurgent", "protester", "demonstrator", "fighter", "activist",
                                 "campaigner", "defector", "citizen", "resident", "civilian",
                                 *_UNNAMED_STATES})  # fmt: skip


def _held_responsible(clause: Token) -> Token | None:
    """Whom a clause lays the responsibility on: "X bears full responsibility", "responsibility
    lies (rests) with X"."""
    if not any(
        c.lemma_.lower() == "responsibility" and c.dep_ in ("dobj", "nsubj", "nsubjpass")
        for c in clause.children
    ):
        return None
    lemma = clause.lemma_.lower()
    if lemma in ("bear", "carry", "shoulder"):
        return next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if lemma in ("lie", "rest", "remain", "fall"):
        return next(
            (
                g
                for c in clause.children
                if c.dep_ == "prep" and c.lower_ in ("with", "on", "upon")
                for g in c.children
                if g.dep_ == "pobj"
            ),
            None,
        )
    return None


@cache
def _valence() -> dict[str, float]:
    """Word -> mean valence (-4 to 4) from the lexicon vaderSentiment ships, read once, on the
    first verdict that needs it. Only its data is read: the module itself imports `requests`
    and scores whole texts, which we do not need."""
    text = files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip())
    return {row[0]: float(row[1]) for row in rows}


# Verbs of a purpose clause that name whom aid is for ("sent troops to help the government").
_HELPING = frozenset({"help", "support", "assist", "aid", "bolster", "back"})


def _helped(verb: Token, ctx: ArticleContext) -> list[str]:
    """Whom aid was sent for, read from its purpose clause: "sent troops to help the government
    defeat the rebels", "shipped weapons to help Ukraine"."""
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "xcomp") or clause.lemma_.lower() not in _HELPING:
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            continue
        for word in clause.children:
            if word.dep_ == "dobj":
                return ctx.participants.names(word)
            if word.dep_ == "ccomp":  # "help the government defeat": the helped is its subject
                subjects = [c for c in word.children if c.dep_ == "nsubj"]
                if subjects:
                    return ctx.participants.names(subjects[0])
    return []


def _calls_on(verb: Token) -> bool:
    """ "called on X to", "called upon", "called for restraint" (not "called him on Tuesday")."""
    return any(
        prep.dep_ in ("prep", "prt")
        and prep.lower_ in ("on", "upon", "for")
        and any(not _is_time_word(g) for g in prep.children if g.dep_ == "pobj")
        for prep in verb.children
    )


_TIME_NOUNS = frozenset({*(d.lower() for d in calendar.day_name),
                         *(m.lower() for m in calendar.month_name if m),
                         "day", "week", "weekend", "month", "year", "morning", "afternoon",
                         "evening", "night", "occasion", "anniversary"})  # fmt: skip


def _is_time_word(tok: Token) -> bool:
    """A day or a time ("on Tuesday", "on 3 May"), told by the word, not by NER's label
    (which the small model also gives names: "Tebboune" tagged DATE)."""
    return tok.lower_ in _TIME_NOUNS or tok.like_num


def _asks_the_unnamed(tok: Token) -> bool:
    """ "urged donors to fund", "called on the gangs to disarm", "appealed to its allies":
    addressees nobody names."""
    addressees = _addressees(tok)
    if not addressees and _asks_for_money(tok):
        return True  # "appealed for $6 billion": to donors at large
    return any(_is_unnamed_addressee(a) for a in addressees)


def _is_unnamed_addressee(word: Token) -> bool:
    """ "donors", "the gangs", "its 55 member states": addressees nobody names."""
    return word.lemma_.lower() in _UNNAMED_ADDRESSEES or _of_members(word)


def _of_members(word: Token) -> bool:
    """ "its 55 member states": the members of the body speaking, none named."""
    return any(c.lower_ == "member" for c in word.children if c.dep_ == "compound")


def _addressees(tok: Token) -> list[Token]:
    """Whom a request is made of: its object, or the object of "on", "upon" or "to"."""
    found = [c for c in tok.children if c.dep_ in ("dobj", "dative") and c.ent_type_ != "MONEY"]
    return found + [
        p
        for c in tok.children
        if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon", "to")
        for p in c.children
        if p.dep_ == "pobj"
    ]


def _asks_for_money(tok: Token) -> bool:
    """An appeal for a sum: "appealed for $6 billion", "called for 2 billion euros"."""
    return any(
        pobj.ent_type_ == "MONEY" or pobj.lower_ in ("funds", "funding", "money", "donations")
        for prep in tok.children
        if prep.dep_ == "prep" and prep.lower_ == "for"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    )


# Subjects that are the authorities of wherever they act, when nothing says whose they are.
_AUTHORITIES = frozenset({"police", "authority", "authorities", "officer", "gendarme",
                          "gendarmerie"})  # fmt: skip


def _unowned_authority(verb: Token) -> bool:
    """ "Police arrested ...": a subject that is some state's authorities, owner unsaid."""
    return any(
        c.dep_ == "nsubj"
        and c.lemma_.lower() in _AUTHORITIES
        and not any(g.dep_ in ("amod", "compound", "poss") for g in c.lefts)
        for c in verb.children
    )


def _place_state(
    tok: Token, location: str | None, targets: list[str], ctx: ArticleContext
) -> list[str]:
    """The state of the place a domestic act happened in ("detained in Minsk"), else the
    state of the person it was done to ("the Russian opposition leader was arrested": a state
    detains its own people), else the country the article is about."""
    place = ctx.participants.clause_place(tok, LOCATION_PREPS)
    if place:
        return place
    if location is not None:
        return []
    for mention in ctx.table.mentions:
        if mention.type == "PERSON" and mention.name in targets:
            state = ctx.participants.person_state(mention)
            if state:
                return [state]
    return ctx.participants.home_state()


# What refusing each kind of act is ("will not extend the deal" refuses an agreement).
_REFUSABLE = {"AGREE": "agreement", "COOPERATE": "agreement", "CONSULT": "proposal"}


def _refused_ahead(tok: Token) -> bool:
    """A negated act announced for the future ("would not extend", "will not attend",
    "won't meet"), not one that did not happen ("did not meet")."""
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else tok  # "not extend the deal"
    children = list(verb.children)
    return any(c.dep_ == "neg" for c in children) and any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "shall") for c in children
    )


# Words for a seizure of power, which happens inside the story's country.
_COUPS = frozenset({"coup", "takeover", "putsch", "mutiny"})
# What "hits" a country without force ("the new tariffs hit Chinese exporters").
_MEASURES = frozenset({"measure", "sanction", "tariff", "embargo", "ban", "restriction",
                       "penalty", "duty", "levy", "curb", "package"})  # fmt: skip


def _about_a_coup(tok: Token) -> bool:
    """Whether a reaction's object is a seizure of power ("condemned the coup", "what he called
    the attempted coup")."""
    return any(
        w.lemma_.lower() in _COUPS or (w.lemma_.lower() == "seizure" and _governs(w, "power"))
        for o in _reaction_objects(tok)
        for w in (o, *(c for c in o.children if c.dep_ in ("oprd", "attr", "dobj")))
    )


def _where_clause_state(tok: Token, ctx: ArticleContext) -> list[str]:
    """The state a "where" clause hangs on ("Niger, where soldiers ousted Bazoum")."""
    where = next((c for c in tok.children if c.lower_ == "where"), None)
    if tok.dep_ != "relcl" or where is None:
        return []
    for word in reversed(tok.doc[tok.head.i : where.i]):  # "Mali and Niger, where": Niger,
        mention = ctx.table.at(word.i)  # whichever conjunct the parser hung the clause on
        if mention is not None and mention.actor is not None and mention.actor.state:
            return [mention.actor.state]
    return []


def _own_part(tok: Token, used: set[int]) -> bool:
    """Whether the object a verb acts on is the subject's own share ("suspending its
    participation", "ending their membership")."""
    return any(
        c.dep_ == "poss" and c.lower_ in ("its", "their")
        for i in used
        if tok.doc[i].lemma_.lower() in ("participation", "membership")
        for c in tok.doc[i].children
    )


def _rallies_others(tok: Token) -> bool:
    """ "to rally voters", "rallied support behind the plan": gathering backers, not a protest
    ("rallied outside parliament", with the place parsed as an object, is one)."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _RALLIED for c in tok.children)


_RALLIED = frozenset({"voter", "supporter", "support", "ally", "base", "member", "troop",
                      "public", "opinion", "nation", "country", "party", "backing"})  # fmt: skip


def _left_undone(tok: Token) -> bool:
    """A gerund under "without" ("left without meeting Tiani", "without naming them"): the
    sentence says it did not happen."""
    return tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ == "without"


def _open_question(tok: Token) -> bool:
    """A clause under "whether" ("has not said whether it will attend", "unclear whether")."""
    return any(c.dep_ == "mark" and c.lower_ == "whether" for c in tok.children)


def _refers_back_directly(tok: Token) -> bool:
    """Whether a verb's direct object is a definite event noun ("backed the expulsion")."""
    return any(
        c.dep_ == "dobj"
        and c.pos_ == "NOUN"
        and (c.lemma_.lower() in _KIN_NOUNS or c.lemma_.lower() in _ANAPHORIC_NOUNS)
        and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in c.children)
        for c in tok.children
    )


def _answers(tok: Token) -> bool:
    """Whether a trigger, or a clause above it, is said to answer something ("in response",
    "in retaliation")."""
    governors = {tok.i, *(a.i for a in tok.ancestors)}
    for word in tok.sent:
        if (word.lower_ in ("response", "retaliation", "reply")) and (
            word.head.lower_ == "in" and word.head.head.i in governors
        ):
            return True
    return False


def _mentioned_before(lemma: str, tok: Token) -> bool:
    return any(t.lemma_.lower() == lemma for t in tok.doc[: tok.i] if t.pos_ == "NOUN")


# Nouns that name the same kind of act: "the exercises" refers back to "drills".
_KIN_GROUPS = (
    {"drill", "exercise", "manoeuvre", "maneuver", "wargame"},
    {
        "attack",
        "strike",
        "assault",
        "raid",
        "bombardment",
        "shelling",
        "barrage",
        "offensive",
        "fire",
        "bomb",
        "shell",
        "hit",
        "violence",
        "shoot",
        "shooting",
        "kill",
        "killing",
    },
    {"sanction", "measure", "restriction", "curb", "control", "ban", "tariff", "blacklist"},
    {"deployment", "dispatch", "troop", "soldier"},
    {"expulsion", "expel", "order"},
    {"closure", "close", "shut", "seal", "shutdown"},
    {"launch", "test", "missile"},
    {
        "deal",
        "agreement",
        "pact",
        "treaty",
        "accord",
        "truce",
        "ceasefire",
        "armistice",
        "sign",
        "signing",
    },
    {"charge", "accusation", "allegation", "claim"},
    {"vote", "veto", "ballot", "resolution"},
    {"visit", "trip", "tour"},
    {"talk", "meeting", "summit", "negotiation"},
)
_KIN_NOUNS = {word: group for group in _KIN_GROUPS for word in group}


_BY_STEM = "by stem"  # a reference found by the verb a noun was made from
# Endings that make a noun of a verb: "suspension" of suspend, "removal" of remove, "storming"
_NOMINAL_ENDINGS = ("sion", "tion", "ion", "al", "ment", "ing", "ure")
MIN_STEM = 4


def _stem(word: str) -> str:
    """A word without the ending that made it a noun, and without the e's and d's it then
    ends in (unless too little would be left): "suspension" and "suspend" share "suspen",
    "removal" and "remove" share "remov". Written by hand: the spaCy pipeline has no
    derivational morphology."""
    for ending in _NOMINAL_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            word = word[: -len(ending)]
            break
    return word.rstrip("ed") if len(word.rstrip("ed")) >= MIN_STEM else word


_MONTHS_AND_DAYS = frozenset({"january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday"})  # fmt: skip


def _dated_subject(verb: Token) -> Token | None:
    """The subject the parser took into an opening date phrase: "In April Somalia expelled"
    and "On Tuesday Russia said", read as "in April-Somalia" with no subject left."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i or prep.lower_ not in ("in", "on", "since"):
            continue
        for name in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
            if any(
                c.dep_ == "compound" and c.lower_ in _MONTHS_AND_DAYS and c.i == prep.i + 1
                for c in name.children
            ):
                return name
    return None


def _subject_past_a_span(verb: Token) -> Token | None:
    """The subject of "Islamabad has for years accused Tehran", which the parser reads as
    "has [for years accused ...]", the participle hung on "years"."""
    span = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or span.lemma_.lower() not in _SPANS:
        return None
    prep = span.head
    have = prep.head
    if span.dep_ != "pobj" or prep.dep_ != "prep" or have.lemma_.lower() != "have":
        return None
    return next((c for c in have.children if c.dep_ == "nsubj"), None)


_SPEAKING_PRONOUNS = frozenset({"he", "she", "it", "we"})


def _expected_to_act(verb: Token) -> Token | None:
    """Whom a subject expects to do something ("expected Moscow to return the buoys"): the
    subject of the infinitive the verb governs; None for "is expected to visit", a forecast."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or (not _is_name(subject) and subject.lower_ not in _SPEAKING_PRONOUNS):
        return None  # "analysts expect Copenhagen to offer": a forecast
    for clause in verb.children:
        if clause.dep_ in ("ccomp", "xcomp") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
        ):
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is None:  # "expected Moscow to return", parsed with Moscow as object
                subject = next((c for c in verb.children if c.dep_ == "dobj"), None)
            # a state or a person, not "Turkish goods" or "the talks"
            return subject if subject is not None and _is_name(subject) else None
    return None


def _is_name(tok: Token) -> bool:
    """A proper name or a token NER put in a named actor ("Azerbaijan", "Moscow")."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("GPE", "PERSON", "ORG", "NORP")


_DEFINITE_DETS = frozenset({"the", "this", "that", "these", "those"})
_ACT_PRONOUNS = frozenset({"it", "this", "that"})


def _definite(word: Token) -> bool:
    """A noun with a definite determiner ("the suspension", "this move"), which the parser
    may hang on the verdict the noun is parsed to modify ("the suspension 'unacceptable'")."""
    dets = list(word.children)
    if word.dep_ in ("nmod", "npadvmod"):
        dets += [c for c in word.head.children if c.i < word.i]
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE_DETS for c in dets)


def _act_of(word: Token) -> Token:
    """The act an "act of" phrase names ("this act of violence", "an act of aggression"), else
    the word itself."""
    if word.lemma_.lower() != "act":
        return word
    for prep in word.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            named = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if named is not None and named.pos_ == "NOUN":
                return named
    return word


_RIGHTS = frozenset({"right", "freedom", "liberty"})


def _a_right_to(verb: Token) -> bool:
    """Whether a verb names what a right allows ("the right to protest", "freedom to
    assemble"), not an act."""
    return verb.dep_ == "acl" and verb.head.lemma_.lower() in _RIGHTS


_CONTESTS = frozenset({"election", "runoff", "run-off", "vote", "poll", "race", "primary",
                       "ballot", "referendum", "contest", "percent", "%", "seat", "point"})  # fmt: skip


def _won_a_vote(verb: Token) -> bool:
    """Whether "beat" or "defeat" tells an election won: a share of the vote or a contest in
    the clause ("beat him with 53 percent", "defeated the incumbent in the runoff")."""
    if verb.lemma_.lower() not in ("beat", "defeat", "trounce", "edge"):
        return False
    return any(
        w.lemma_.lower() in _CONTESTS
        for c in verb.children
        if c.dep_ in ("prep", "npadvmod")
        for w in c.subtree
    )


# Verbs that enact measures a body has drawn up ("adopted a package of sanctions").
_ENACTING = frozenset({"adopt", "approve", "unveil"})
_STANDARDS = frozenset({"target", "goal", "demand", "condition", "requirement", "criterion",
    "criteria", "deadline", "need", "obligation", "expectation", "standard", "cost", "threshold",
    "commitment", "quota", "benchmark", "payment", "shortfall", "term", "challenge", "end"})  # fmt: skip


def _meets_a_standard(verb: Token) -> bool:
    """ "meet the targets", "met its obligations": a standard met, not people meeting."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _STANDARDS for c in verb.children)


_DISCUSSING = frozenset({"discuss", "address", "consider", "examine", "review"})


def _bloc(actors: list[str], ctx: ArticleContext) -> bool:
    """Whether the actors are one organisation of states (a bloc, the UN), not a state."""
    if len(actors) != 1:
        return False
    entity = _entity_named(actors[0], ctx)
    return entity is not None and entity.type == "ORG" and not _is_state(actors[0], ctx)


def _discussed(gathering: Token) -> Token | None:
    """What a gathering is held to discuss: the object of "to discuss" on the gathering or on
    the verb that holds it ("will hold a summit in Harare to discuss the crisis")."""
    for host in (gathering, gathering.head):
        for c in host.children:
            if c.dep_ in ("xcomp", "advcl", "acl", "relcl") and c.lemma_.lower() in _DISCUSSING:
                return next((g for g in c.children if g.dep_ == "dobj"), None)
    return None


def _reaction_objects(tok: Token) -> list[Token]:
    """What a reaction is about: its objects and the objects of its prepositions, and those of
    a clause it governs ("warned that Tehran would respond to any new attack"); not what those
    objects' own clauses mention ("a proposal to fund the aid")."""
    found: list[Token] = []
    for verb in (tok, *(c for c in tok.children if c.dep_ in ("ccomp", "xcomp"))):
        for child in verb.children:
            if child.dep_ in ("dobj", "nsubjpass", "attr", "oprd") or (
                child.dep_ == "nsubj" and verb is not tok
            ):
                found.append(child)
            elif child.dep_ == "prep" and child.lower_ in _REACTION_PREPS:
                found += [g for g in child.children if g.dep_ == "pobj"]
    return found


def _doers_of_objects(tok: Token, ctx: ArticleContext) -> list[str]:
    """The doers a reaction's object names in its own passive clause: "supported all measures
    adopted by ECOWAS", "condemned the strikes carried out by Israel"."""
    return [
        name
        for obj in _reaction_objects(tok)
        for verb in obj.children
        if verb.dep_ == "acl" and verb.tag_ == "VBN"
        for agent in verb.children
        if agent.dep_ == "agent"
        for name in _object_names(agent, ctx)
    ]


_REACTION_PREPS = frozenset({"to", "over", "about", "on", "against", "at", "with", "of", "in",
                             "as"})  # fmt: skip


# Triggers that are events only as announced future acts ("Moscow would respond").
_FUTURE_ONLY = frozenset({"respond", "retaliate"})


def _places_to_states(
    targets: list[str], location: str | None, actors: list[str], ctx: ArticleContext
) -> tuple[list[str], str | None]:
    """A town or region ("besieged El Fasher", "food to Tigray") is where it happened; whom it
    was done to is the state the town lies in, else the country the story is about."""
    places: dict[str, list[str]] = {}
    waters: set[str] = set()  # "fired into the Yellow Sea": where, and nobody's
    for m in ctx.table.mentions:
        if m.name not in targets:
            continue
        if m.actor is not None and m.actor.town and m.actor.state:
            places[m.name] = [m.actor.state]
        elif m.actor is None and _WATERS.search(m.name):
            waters.add(m.name)
        elif m.actor is None and ctx.participants.is_place(m):
            places.setdefault(m.name, [])
    if not places and not waters:
        return targets, location
    story = ctx.participants.home_state()
    out: list[str] = []
    for name in targets:
        if name in waters:
            location = location or name
            continue
        states = (places[name] or story) if name in places else []
        if not states:
            if name not in out:
                out.append(name)  # not a place, or whose town it is stays unknown: keep it
            continue
        location = location or name
        out += [s for s in states if s not in actors and s not in out]
    return out, location


# Names of open water: a sea, a gulf or a strait belongs to no one side.
_WATERS = re.compile(r"\b(?:Sea|Ocean|Gulf|Strait|Straits|Bay|Channel)\b")


def _also(tok: Token) -> bool:
    """An act told as one more of the same ("also condemned", "condemned it too")."""
    return any(c.dep_ == "advmod" and c.lower_ in ("also", "too", "likewise") for c in tok.children)


def _own_states(actors: list[str], ctx: ArticleContext) -> list[str]:
    """The states the person actors serve: "Khamenei warned ... any attack on its territory"
    is not a threat against Iran."""
    states = []
    for mention in ctx.table.mentions:
        if mention.name not in actors:
            continue
        if mention.type == "PERSON":
            state = ctx.participants.person_state(mention)
        elif mention.type == "ORG" and mention.actor is not None:
            state = mention.actor.state  # "the State Department" speaks for the United States
        else:
            continue
        if state and state not in actors and state not in states:
            states.append(state)
    return states


def _rebuts_a_charge(tok: Token) -> bool:
    """ "rejected the accusation", "a charge Delhi rejected": a denial."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ == "relcl":
        objects.append(tok.head)
    objects += _named_as(tok)  # "rejected what it called unfounded claims"
    return any(o.lemma_.lower() in _CHARGES for o in objects)


def _named_as(tok: Token) -> list[Token]:
    """What a free relative names its object: "rejected what it called 'unfounded claims'"."""
    return [
        g
        for c in tok.children
        if c.dep_ == "ccomp" and any(w.lower_ == "what" for w in c.children)
        for g in c.children
        if g.dep_ in ("oprd", "attr", "dobj") and g.lower_ != "what"
    ]


_CHARGES = frozenset({"charge", "accusation", "allegation", "claim", "report", "assertion",
                      "account", "suggestion", "insinuation", "speculation"})  # fmt: skip
# Nouns that, definite and unowned, refer back to an event the article already reported.
_ANAPHORIC_NOUNS = _CHARGES | frozenset({"move", "decision", "plan", "step", "action", "measure",
    "deal", "announcement", "remark", "comment", "statement", "policy", "proposal", "vote",
    "law", "bill", "rule", "offer", "operation", "incident", "development", "pact", "decree",
    "ruling", "order", "verdict", "act", "activity", "behaviour", "behavior", "provocation",
})  # fmt: skip
ANTECEDENT_PARAGRAPHS = 2
# Categories that answer an earlier event and may take its doer as their target.
REACTIONS = frozenset({"ACCUSE", "PROTEST", "REJECT", "THREATEN", "SANCTION", "SUPPORT",
                       "REQUEST", "MOBILIZE", "COERCE"})  # fmt: skip


# Prepositions that say where something sent went ("warships near Taiwan").
_TOWARD = frozenset({"to", "near", "toward", "towards", "into", "at", "against", "around", "off"})


def _nearest_named(
    tok: Token, actors: list[str], ctx: ArticleContext, *, sent_away: bool = False
) -> list[str]:
    """Fallback target: the actor named closest to the trigger inside its own phrase, away from
    its subject ("condemned the deployment of North Korean troops" -> North Korea). With
    `sent_away`, not inside the object: "deployed troops and members of the militia" sends them."""
    side = [
        c
        for c in tok.children
        if c.dep_ in _SUBJECT_SIDE
        or (c.dep_ == "advcl" and (any(g.dep_ == "mark" for g in c.children) or c.tag_ == "VBG"))
    ]
    side += [
        c
        for c in tok.subtree
        if (c.lower_ == "according" and c.dep_ == "prep")
        or (c.dep_ in ("parataxis", "advcl") and c.lemma_.lower() in _ANNOUNCING)
        or c.dep_ == "agent"
    ]  # "..., according to South Korea's military": the source; "supplied by X": the supplier
    side += [  # "Kenya has pledged 1,000 officers, and Jamaica has also promised": another doer
        g
        for c in tok.children
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
        for g in c.children
        if g.dep_ in ("nsubj", "nsubjpass")
    ]
    skip = {
        t.i for c in side for t in c.subtree
    }  # not the subject, "while they met", "speaking in X"
    if sent_away:  # but "deployed warships near Taiwan": where they were sent to
        for obj in (c for c in tok.children if c.dep_ == "dobj"):
            toward = {
                t.i
                for p in obj.subtree
                if p.dep_ == "prep" and p.lower_ in _TOWARD
                for t in p.subtree
            }
            skip |= {t.i for t in obj.subtree} - toward
    candidates = sorted(
        (t for t in tok.subtree if t.i not in skip and t.i != tok.i), key=lambda t: abs(t.i - tok.i)
    )
    unknown_places: list[str] = []
    for cand in candidates:
        mention = ctx.table.at(cand.i)
        if mention is None or mention.type not in ("GPE", "ORG", "NORP", "PERSON"):
            continue
        names = [n for n in ctx.participants.one(cand) if n not in actors]
        if names and mention.type == "GPE" and mention.actor is None:
            unknown_places += names  # "the Adre crossing with Chad": Chad before Adre
        elif names:
            return names[:1]
    return unknown_places[:1]


_SUBJECT_SIDE = frozenset({"nsubj", "nsubjpass", "agent", "poss", "csubj", "mark"})


def _crowd_subject(tok: Token, lex: Lexicon) -> bool:
    """Whether a verb's subject is an unnamed crowd ("students", "thousands of protesters"),
    also through a relative pronoun ("thousands of people who marched") and in a purpose clause
    the parser hung on the verb acting on the crowd ("fired tear gas to disperse thousands ...
    to protest")."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subjects and tok.dep_ == "conj":  # "protesters stormed and set fire to the embassy"
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
    if tok.dep_ == "relcl" and all(c.tag_ in ("WP", "WDT") for c in subjects):
        subjects = [tok.head]
    elif not subjects and tok.dep_ in ("advcl", "xcomp"):
        # the crowd dispersed, or the crowd that gathered ("200 people gathered to protest");
        # "thousands filled the stadium, chanting slogans ..., some of them waving flags" hangs
        # the chant on the second participle
        heads = [tok.head, *([tok.head.head] if tok.head.dep_ == "advcl" else [])]
        subjects = [c for head in heads for c in head.children if c.dep_ in ("dobj", "nsubj")]
    return any(_is_crowd(subject, lex) for subject in subjects)


def _names_someone_something(tok: Token) -> bool:
    """ "called Modi a 'clown'", "called the minister corrupt": a complement after the object
    (or a second object, as the parser often has it) makes the verb a naming."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    return (
        (len(objects) > 1 and _verdict_word(objects[-1]) is not None)
        or any(c.dep_ == "oprd" and c.i > tok.i for c in tok.children)
        or any(_unmarked_description(obj) for obj in objects)
    )


def _unmarked_description(obj: Token) -> bool:
    """Whether an object is followed, with no comma, by a description the parser took for its
    apposition: "calls Castillo the legitimate leader" (but "called Castillo, the former
    president," names whom was called)."""
    return any(
        c.dep_ == "appos"
        and c.pos_ == "NOUN"
        and c.i > obj.i
        and not any(t.is_punct for t in obj.doc[obj.i + 1 : c.left_edge.i])
        for c in obj.children
    )


def _each_other(tok: Token) -> bool:
    """Whether the clause says its doers act on each other ("each other", "one another")."""
    words = [t.lower_ for t in tok.subtree]
    return any(pair in (("each", "other"), ("one", "another")) for pair in pairwise(words))


# People who travel for themselves: their visits are no state's contact.
_TRAVELLERS = frozenset({"tourist", "visitor", "traveller", "traveler", "holidaymaker",
                         "pilgrim", "student", "fan", "passenger"})  # fmt: skip


# What an offer of help offers ("offered help", "offered its assistance").
_HELP_NOUNS = frozenset({"help", "assistance", "support", "mediation", "services"})
# What a pullback takes back besides the troops class: fighters, kit, ships and missions.
_WITHDRAWN = frozenset({"fighter", "militant", "personnel", "peacekeeper", "contingent",
                        "police", "officer", "mission", "weapon", "equipment", "artillery",
                        "ship", "warship", "vessel", "jet", "aircraft", "presence"})  # fmt: skip
# Verbs of plain movement that make a visit only when a named person makes them.
_PLAIN_MOVES = frozenset({"go", "return", "leave"})


def _private_visitors(tok: Token) -> bool:
    """ "1,500 Russian tourists visited North Korea", "a record 8.8 million South Koreans
    visited Japan": a counted crowd or travellers, not an envoy."""
    for subject in (c for c in tok.children if c.dep_ == "nsubj"):
        if subject.lemma_.lower() in _TRAVELLERS:
            return True
        counted = any(c.dep_ == "nummod" for c in subject.children)
        if counted and subject.ent_type_ == "NORP":  # "8.8 million South Koreans"
            return True
    return False


def _subject_in(tok: Token, nouns: Collection[str]) -> bool:
    """Whether the verb's subject, or what it counts ("thousands of troops"), is one of these."""
    for subject in (c for c in tok.children if c.dep_ == "nsubj"):
        if any(w.lemma_.lower() in nouns for w in (subject, *_of_phrase(subject))):
            return True
    return False


def _of_phrase(word: Token) -> list[Token]:
    """What a noun counts or holds: "troops" in "thousands of troops"."""
    return [g for p in word.children if p.lower_ == "of" for g in p.children]


# Counts that name a crowd on their own: "thousands rallied", "tens of thousands marched"
_CROWD_COUNTS = {"thousand", "hundred", "dozen", "ten", "million", "score"}


def _is_crowd(word: Token, lex: Lexicon) -> bool:
    """ "Protesters", "thousands of students", or a bare count ("thousands", "tens of
    thousands"); "thousands of troops" is no crowd."""
    if word.lemma_.lower() in lex.crowd_nouns:
        return True
    of_phrase = _of_phrase(word)
    if word.lemma_.lower() in _CROWD_COUNTS and word.tag_ == "NNS":
        return all(_is_crowd(g, lex) for g in of_phrase)
    return any(g.lemma_.lower() in lex.crowd_nouns for g in of_phrase)


def _user_of(tok: Token, ctx: ArticleContext) -> list[str]:
    """Who uses the thing a participle describes: "Russia fired missiles supplied by X" -> Russia."""
    verb = _governing_verb(tok.head)
    if verb is None:
        return []
    return [n for c in verb.children if c.dep_ == "nsubj" for n in ctx.participants.names(c)]


def _capital(tok: Token, ctx: ArticleContext) -> str | None:
    """The place name when `tok` is a capital standing for its state."""
    mention = ctx.table.at(tok.i)
    if (
        mention is not None
        and mention.actor is not None
        and mention.actor.metonym
        and mention.type == "GPE"
    ):
        return mention.name
    return None


def _all_named(prep: Token, ctx: ArticleContext) -> list[str]:
    """Every actor named under "between ..." (the parse of "between A and B's C" is often broken),
    and for a party named by no entity, what it refers to ("representatives of the government")."""
    names: list[str] = []
    for tok in prep.subtree:
        mention = ctx.table.at(tok.i)
        if mention is None or tok.i != mention.tok_end - 1:
            continue
        if ctx.participants.in_title(mention):
            continue  # "Chinese Foreign Minister Liang", "Indian National Security Adviser Menon"
        if _owns_a_named_relation(tok, ctx):
            continue  # "Yoon's predecessor, Moon Jae-in": Moon, not Yoon
        names.append(mention.acts_for)
    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
        for party in (pobj, *pobj.conjuncts):
            if any(ctx.table.at(t.i) is not None for t in party.subtree):
                continue
            of = [
                p
                for c in party.children
                if c.lower_ == "of"
                for p in c.children
                if p.dep_ == "pobj"
            ]
            names += ctx.participants.one(of[0] if of else party)
    return _dedupe(names)


def _owns_a_named_relation(tok: Token, ctx: ArticleContext) -> bool:
    """A possessor of a relation noun that has its own name in apposition ("Yoon's predecessor,
    Moon Jae-in"): the named one takes part, not the possessor."""
    head = tok.head
    if tok.dep_ != "poss" or head.lemma_.lower() not in RELATIONS:
        return False
    if any(c.dep_ == "appos" for c in head.children):
        return True
    doc = tok.doc  # the parser often loses the apposition: look for ", <person>" after it
    if head.i + 2 >= len(doc) or doc[head.i + 1].lower_ != ",":
        return False
    following = ctx.table.at(head.i + 2)
    return following is not None and following.type == "PERSON"


_TALKS_HELD = frozenset({"hold", "take", "begin", "open", "resume", "start", "continue", "end"})


def _between_of(tok: Token) -> Token | None:
    """The "between A and B" of a nominal event, also where the parser hangs it on a place
    ("talks in the capital between A and B") or on the verb ("talks were held between A and B")."""
    heads = [tok]
    heads += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
              for p in c.children if p.dep_ == "pobj"]  # fmt: skip
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in _TALKS_HELD:
        heads.append(tok.head)
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("between", "among"):
                return child
    return None


def _person_names(tok: Token, ctx: ArticleContext) -> list[str]:
    mention = ctx.table.at(tok.i)
    return [mention.name] if mention is not None and mention.type == "PERSON" else []


def _tense(tok: Token) -> str:
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    words = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if words & {"will", "shall", "'ll", "wo"}:
        return "future"
    if verb.tag_ in ("VBP", "VBZ") or (words & {"is", "are", "am"} and verb.tag_ == "VBG"):
        return "present"
    return "past"


def _dedupe(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))


def _governs(tok: Token, word: str) -> bool:
    """The verb takes this preposition or particle ("call for"), or a clause it opens
    ("charged that Belarus was pushing migrants")."""
    return any(
        (c.dep_ in ("prep", "dative", "prt") and c.lower_ == word)
        or (c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == word for m in c.children))
        for c in _verb_children(tok)
    )


_MEANS = frozenset({"phone", "telephone", "video", "videoconference", "link", "call", "line"})


def _verb_children(tok: Token) -> list[Token]:
    """The verb's children, with the prepositions the parser hung on a means phrase lifted to
    the verb: in "spoke by telephone with Lavrov" the "with" hangs on "telephone"."""
    lifted = [
        c
        for means in tok.children
        if means.dep_ in ("prep", "agent") and means.lower_ in ("by", "via", "over")
        for pobj in means.children
        if pobj.dep_ == "pobj" and pobj.lemma_.lower() in _MEANS
        for c in pobj.children
        if c.dep_ == "prep"
    ]
    return [*tok.children, *lifted]


def _orders_out(tok: Token) -> bool:
    """ "ordered the mission to leave", "ordered the diplomats out": sending someone away."""
    if tok.lemma_.lower() != "order":
        return False
    near = [g for c in tok.children for g in (c, *c.children)]
    return any(
        t.lemma_.lower() in ("leave", "depart", "exit", "quit")
        or (t.dep_ in ("prt", "advmod", "prep") and t.lower_ == "out")  # "out of Peru"
        for t in near
    )


def _hosts_forces(tok: Token, lex: Lexicon) -> bool:
    """ "hosts about 10,000 American personnel": a country or base housing troops."""
    troops = lex.objects.get("troops", {})
    return tok.lemma_.lower() == "host" and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in troops or c.lemma_.lower() in _ARMED_GUESTS)
        for c in tok.children
    )


_ARMED_GUESTS = frozenset({"personnel", "fighter", "mercenary", "militant", "base", "missile"})


def _held_where(tok: Token) -> bool:
    """A passive with no doer in a "where" clause describing a place ("the prison, where
    detainees are held"): what the place is for, not an act."""
    return (
        tok.dep_ == "relcl"
        and any(c.dep_ == "advmod" and c.lower_ == "where" for c in tok.children)
        and _agentless_passive(tok)
    )


def _left_open(tok: Token) -> bool:
    """ "would not rule out", "refused to rule out", "declined to rule out": an option kept."""
    if tok.lemma_.lower() != "rule" or not any(
        c.dep_ == "prt" and c.lower_ == "out" for c in tok.children
    ):
        return False
    # "has never ruled out force" is a standing position, told as background
    negated = any(c.dep_ == "neg" and c.lower_ != "never" for c in tok.children)
    refused = tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _REFUSING
    return negated or refused


def _disagrees(tok: Token) -> bool:
    """ "did not agree with the strikes", "disagreed with the decision": disapproval of an act
    (not of a person, whom one may simply fail to reach a deal with)."""
    negated = any(c.dep_ == "neg" for c in tok.children)
    if tok.lemma_.lower() != "disagree" and not (tok.lemma_.lower() == "agree" and negated):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(g.dep_ == "pobj" and g.pos_ == "NOUN" and g.ent_type_ == "" for g in c.children)
        for c in tok.children
    )


def _purpose_of_a_summons(tok: Token) -> bool:
    """ "summoned Russia's ambassador to protest against the treaty": the purpose clause names
    what the summons was for, not a second act."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    if tok.dep_ in ("relcl", "acl"):  # "summoned China's ambassador, Wu, to protest", the
        return tok.head.head.lemma_.lower() == "summon"  # clause hung on the envoy
    return tok.dep_ in ("xcomp", "advcl") and tok.head.lemma_.lower() == "summon"


def _condition_of_a_threat(tok: Token) -> bool:
    """The "if" clause of a warning or an offer is part of it, not an event of its own ("warned
    that Venezuela would face consequences if it attacked Guyana")."""
    if not _is_condition(tok):
        return False
    words = _WARNING | _THREAT_VERBS
    return any(
        a.lemma_.lower() in words
        or any(c.dep_ == "acomp" and c.lemma_.lower() in words for c in a.children)
        for a in tok.ancestors
    )


_THREAT_VERBS = frozenset(
    {"threaten", "vow", "pledge", "promise", "offer", "ready", "willing", "prepared"}
)  # and offers: "ready to resume trade if ..."


# Doers the text leaves unnamed: their attack is still news, with no actor.
_UNKNOWN_ATTACKERS = frozenset({"gunman", "gunmen", "attacker", "assailant", "sniper", "bomber"})


def _unknown_attacker(tok: Token) -> bool:
    """ "gunmen opened fire on a patrol", "unidentified attackers struck": nobody named (but
    "US B-2 bombers struck" names their owner)."""
    for child in tok.children:
        if child.dep_ == "nsubj" and (
            child.lemma_.lower() in _UNKNOWN_ATTACKERS or child.lower_ in _UNKNOWN_ATTACKERS
        ):
            return not any(
                g.ent_type_ for c in child.lefts if c.dep_ in OWNER_DEPS for g in c.subtree
            )
    return False


def _unnamed_object(tok: Token, ctx: ArticleContext) -> bool:
    """A coercive act on people the text does not name ("detained two men", "arrested dozens of
    protesters"): the target is unknown, not the nearest name in the paragraph."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _DETAINING:
        return False
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objects) and not any(ctx.participants.names(o) for o in objects)


_DETAINING = frozenset({"detain", "arrest", "hold", "seize", "jail", "imprison", "kidnap",
                        "abduct", "disperse", "deport"})  # fmt: skip


def _across_the_border(tok: Token, actors: list[str], ctx: ArticleContext) -> list[str]:
    """ "units near the boundary with Kosovo were placed on alert": the state across it."""
    for word in tok.sent:
        if word.lemma_.lower() not in ("border", "boundary", "frontier"):
            continue
        # "near the Ukrainian border", then "the boundary with Kosovo"
        sides = [c for c in word.children if c.dep_ in ("amod", "compound", "poss")]
        sides += [p for c in word.children if c.dep_ == "prep" and c.lower_ == "with"
                  for p in c.children if p.dep_ == "pobj"]  # fmt: skip
        for side in sides:
            found = [n for n in ctx.participants.names(side) if n not in actors]
            if found:
                return found
    return []


def _rejects_what_was_named(tok: Token) -> bool:
    """A reaction in a relative clause on the act it answers: "a ruling Caracas rejected", also
    as the small parser often reads it, with "in a ruling" hung on the reaction verb."""
    if tok.dep_ == "relcl":
        return True
    if tok.dep_ != "ccomp" or any(c.dep_ == "dobj" for c in tok.children):
        return False
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(
        c.dep_ == "prep"
        and c.i < subject.i
        and any(p.lemma_.lower() in _ANAPHORIC_NOUNS for p in c.children if p.dep_ == "pobj")
        for c in tok.children
    )


def _charge_makers(tok: Token, ctx: ArticleContext) -> list[str]:
    """Who made the charge a denial rejects: "dismissed claims by Azerbaijani officials",
    "rejected Kyiv's accusation", "denied the allegations from Seoul"."""
    for obj in (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
        if obj.lemma_.lower() not in _CHARGES:
            continue
        for child in obj.children:
            if child.dep_ == "poss":
                return ctx.participants.names(child)
            if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                return _object_names(child, ctx)
    if tok.dep_ == "relcl" and tok.head.lemma_.lower() in _CHARGES:
        # "Washington accuses Maduro of leading a cartel, a charge he denies": the accuser
        verb = tok.head
        for _ in range(2 * MAX_INHERIT):  # "X shut the border after accusing Moscow of steering
            verb = verb.head  # migrants to its frontier, a charge the Kremlin denied": X
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if verb.pos_ == "VERB" and subjects:
                return ctx.participants.names(subjects[0])
            if verb.dep_ == "ROOT":
                break
        return []
    return []


def _can_be_acted_on(name: str, ctx: ArticleContext) -> bool:
    """A law, an event or a sea is not a side: "condemns any violation of the Vienna Convention"
    targets whoever violated it, not the convention; "a ship in the Red Sea" is somewhere, not
    someone."""
    entity = _entity_named(name, ctx)
    if entity is None:
        return True
    if entity.type == "LOC" and ctx.participants.dictionary.lookup(name) is None:
        return False  # a sea, a strait or a region no state owns in the dictionary
    # instruments are typed LAW by the resolver; "shot down three Rafales": a weapon, no side
    return entity.type not in ("LAW", "EVENT", "PRODUCT")


def _is_state(name: str, ctx: ArticleContext) -> bool:
    """Whether a name is a country (not a town, a crossing or an organisation)."""
    actor = ctx.participants.dictionary.lookup(name)
    return actor is not None and actor.is_country


def _owners_in_what_clause(prep: Token, ctx: ArticleContext) -> list[str]:
    """The states a "what it called ..." object places itself in: "on what it called
    militant hideouts in Iran's Sistan-Baluchestan province" -> Iran."""
    found: list[str] = []
    for clause in (c for c in prep.children if c.dep_ == "pcomp"):
        if not any(t.lower_ == "what" for t in clause.subtree):
            continue
        for tok in clause.subtree:
            mention = ctx.table.at(tok.i)
            if (
                mention is not None
                and tok.dep_ in ("poss", "pobj")
                and _is_state(mention.name, ctx)
            ):
                found.append(mention.name)
    return found


def _towns_to_location(
    targets: list[str], location: str | None, ctx: ArticleContext
) -> tuple[list[str], str | None]:
    """Targets that are places but not states move to the location (the first one)."""
    towns = [t for t in targets if _is_town(t, ctx)]
    return [t for t in targets if t not in towns], location or next(iter(towns), None)


def _military_operation(verb: Token) -> bool:
    """Whether what was launched is an armed operation: an offensive by name, or an operation
    called military or aimed "against" someone."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() != "operation":
            return True
        words = {t.lower_ for t in obj.subtree} | {t.lower_ for t in verb.children}
        if words & {"military", "against", "ground", "air", "anti-terrorist", "army"}:
            return True
    return any(c.lower_ == "against" for c in verb.children)


def _gazetteer_town(name: str, ctx: ArticleContext) -> bool:
    """Whether a name is a town GeoNames placed (not a capital, which stands for its state)."""
    return any(m.name == name and m.actor is not None and m.actor.town for m in ctx.table.mentions)


def _is_town(name: str, ctx: ArticleContext) -> bool:
    """Whether a name is a place that is not a state: a town, a region, an airport."""
    entity = _entity_named(name, ctx)
    return entity is not None and entity.type in PLACE_TYPES and not _is_state(name, ctx)


def _entity_named(name: str, ctx: ArticleContext) -> Entity | None:
    """The article's canonical entity of that name, if any."""
    return next((e for e in ctx.table.entities if e.name == name), None)


def _across_border(tok: Token, actors: list[str], ctx: ArticleContext) -> list[str]:
    """The state on the far side of a border or crossing a state closed: "its border with
    Russia", "the Russian border", else the other side of the story's main pair ("shut four of
    the eight crossings")."""
    for word in (w for c in tok.children if c.dep_ == "dobj" for w in c.subtree):
        if word.lemma_.lower() not in ("border", "frontier", "crossing", "boundary"):
            continue
        for child in word.children:
            if child.dep_ == "prep" and child.lower_ in ("with", "to", "into"):
                names = [n for g in child.children for n in ctx.participants.names(g)]
            elif child.dep_ in ("amod", "compound", "poss") and child.pos_ != "PRON":
                names = ctx.participants.one(child)
            else:
                continue
            found = [n for n in names if n not in actors and _is_state(n, ctx)]
            if found:
                return found
    return ctx.participants.other_side(_sides(actors, ctx))


def _describes_a_subject(verb: Token) -> bool:
    """A past participle with no doer of its own that describes the subject of another clause
    ("Three other Beninese detained with them were released")."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.dep_ in ("nsubj", "nsubjpass")
        and not any(c.dep_ == "agent" for c in verb.children)
    )


_RELEASES = frozenset({"release", "free", "freedom", "return"})


def _asks_for_a_release(tok: Token) -> bool:
    """A request whose content is freeing someone: "demanded their release", "urged it to free
    the crew", "demanded that the men be freed"."""
    return any(
        (c.dep_ == "dobj" and c.lemma_.lower() in _RELEASES)
        or (c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in _RELEASES)
        for c in tok.children
    )


# Verbs whose infinitive is what did not happen: "declined to meet", "refused to sign".
_REFUSING = frozenset({"decline", "refuse"})
# What one declines to do that snubs someone: "declined to meet the senators".
_MEETING_VERBS = frozenset({"meet", "receive", "attend", "host", "join", "sign", "see"})
# Verbs that stop what their object names: "end cooperation", "halt talks".
_STOPPING_VERBS = frozenset({"end", "halt", "stop", "suspend", "cut", "sever", "freeze",
                             "terminate", "abandon", "scrap", "cancel", "break"})  # fmt: skip


def _ended(tok: Token) -> bool:
    """A relation or meeting named as what a verb stops: "end military cooperation"."""
    return tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _STOPPING_VERBS


def _attempted(tok: Token) -> bool:
    """An act only tried or plotted: "trying to overthrow", "a plot to oust"."""
    head = tok.head if tok.dep_ in ("xcomp", "acl", "pcomp") else None
    return head is not None and head.lemma_.lower() in ("try", "attempt", "plot", "seek", "plan")


def _leaders_states(names: list[str], ctx: ArticleContext) -> list[str]:
    """The states of the people named: "President Bazoum" -> Niger."""
    states = []
    for name in names:
        mention = next((m for m in ctx.table.mentions if m.name == name), None)
        state = ctx.participants.person_state(mention) if mention is not None else None
        if mention is not None and mention.type == "PERSON" and state and state not in states:
            states.append(state)
    return states


def _freed_names(tok: Token, ctx: ArticleContext) -> set[str]:
    """Whom a call for a release wants freed: "called for Bazoum to be freed"."""
    return {
        name
        for prep in tok.children
        if prep.dep_ == "prep" and prep.lower_ == "for"
        for name in _object_names(prep, ctx)
    }


# What one can attack only with words: "attacked Ecuador's decision".
_VERBAL_TARGETS = frozenset({"decision", "policy", "plan", "remark", "comment", "statement",
                             "law", "bill", "proposal", "move", "ruling", "stance",
                             "speech", "report", "idea", "claim", "approach", "record"})  # fmt: skip


def _attacks_words(verb: Token) -> bool:
    """An attack on a decision, a policy or a remark: criticism, not violence."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _VERBAL_TARGETS for c in verb.children)


def _agentless_passive(verb: Token) -> bool:
    """ "were released last week": a passive that names no doer."""
    return any(c.dep_ == "nsubjpass" for c in verb.children) and not any(
        c.dep_ == "agent" for c in verb.children
    )


def _sides(actors: list[str], ctx: ArticleContext) -> list[str]:
    """The states the actors act for, persons included ("Attaf" -> Algeria)."""
    return [ctx.participants.side(a) for a in actors]


def _dated_ahead(date: str | None, date_text: str | None, published: str | None) -> bool:
    """Whether an event's date lies after the article's ("next week", "on 20 November")."""
    if not date or not published:
        return False
    if date > published[: len(date)]:
        return True
    text = (date_text or "").lower()
    return date == published[: len(date)] and any(w in text for w in ("next", "coming", "later"))

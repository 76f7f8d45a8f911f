"""Writes eval/dev8/gold/*.json for part A of set 8 (facts-only gold, hand-written from the page
text without running the extractor).

Each page: title, published, entities (name, type, aliases), events and claims in the contract's
shape; `text` and `evidence` are null (scored on facts alone). Conventions follow
docs/annotation.md; where it is silent, the choices of eval/dev7 (README_a.md, README_b.md) and,
behind them, eval/dev6, dev5 and dev4. The choices made for this half are listed in
eval/dev8/README_a.md. Part B (make_gold_b.py) writes its own pages into the same gold folder.

The Alaska page holds two stories (the summit, then a short unrelated brief from the same
outlet). As in the contract ("each story is its own article") and the multi-story gold in
demo/gold (the forum "What's new" page) and eval/gold/seeds, its gold holds two articles, each
with its own facts; it is written by `write_multi` below in write_gold's shape.
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent


sys.path.insert(0, str(HERE.parent))
from goldkit import cl, ent, ev, write_gold  # noqa: E402

# (1) Mali / Ukraine
ML = "Mali"
UA = "Ukraine"
NE = "Niger"
SN = "Senegal"
BF = "Burkina Faso"
RU = "Russia"
ECOWAS = "Economic Community of West African States"
WAGNER = "Wagner Group"
CSP = "Strategic Framework for the Defence of the People of Azawad"
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin"
MAIGA = "Abdoulaye Maiga"
YUSOV = "Andriy Yusov"
PYVO = "Yurii Pyvovarov"
ABDRAMANE = "Amadou Abdramane"
UNSC = "United Nations Security Council"
ZAKHAROVA = "Maria Zakharova"
DIOP = "Abdoulaye Diop"
GROMYKO = "Igor Gromyko"
KULEBA = "Dmytro Kuleba"
AES3 = [ML, NE, BF]
# (2) Canada / India
CA = "Canada"
IN = "India"
US = "United States"
VERMA = "Sanjay Kumar Verma"
WHEELER = "Stewart Wheeler"
DUHEME = "Mike Duheme"
JOLY = "Melanie Joly"
TRUDEAU = "Justin Trudeau"
MODI = "Narendra Modi"
NIJJAR = "Hardeep Singh Nijjar"
MILLER = "Matthew Miller"
WSO = "World Sikh Organization of Canada"
# (3) Colombia / US
CO = "Colombia"
PETRO = "Gustavo Petro"
TRUMP = "Donald Trump"
LEAVITT = "Karoline Leavitt"
MURILLO = "Luis Gilberto Murillo"
GPENA = "Daniel Garcia-Pena"
ANDI = "National Business Association of Colombia"
BR = "Brazil"
MX = "Mexico"
CASTRO = "Xiomara Castro"
CELAC = "Community of Latin American and Caribbean States"
# (4) Alaska summit (+ Peru brief)
PUTIN = "Vladimir Putin"
ZEL = "Volodymyr Zelensky"
USHAKOV = "Yuri Ushakov"
WITKOFF = "Steve Witkoff"
MERZ = "Friedrich Merz"
EU = "European Union"
DE = "Germany"
PE = "Peru"

PAGES = {
    # ------------------------------------------------------------- (1) wire, attributions
    "2024-08-05-mali-cuts-ties-ukraine.txt": {
        "title": (
            "Mali cuts diplomatic ties with Ukraine over remarks on Tinzaouaten ambush; "
            "Niger follows"
        ),
        "published": "2024-08-05",
        "entities": [
            ent(ML, "GPE", "Bamako"),
            ent(UA, "GPE", "Kyiv"),
            ent(NE, "GPE", "Niamey"),
            ent(SN, "GPE", "Dakar"),
            ent(BF, "GPE"),
            ent(RU, "GPE", "Moscow"),
            ent(ECOWAS, "ORG", "ECOWAS"),
            ent(WAGNER, "ORG", "Wagner"),
            ent(CSP, "ORG", "CSP-DPA"),
            ent(JNIM, "ORG", "JNIM"),
            ent("al Qaeda", "ORG"),
            ent("Alliance of Sahel States", "ORG"),
            ent(UNSC, "ORG"),
            ent("ORTM", "ORG"),
            ent(MAIGA, "PERSON", "Maiga"),
            ent(YUSOV, "PERSON", "Yusov"),
            ent(PYVO, "PERSON", "Pyvovarov"),
            ent(ABDRAMANE, "PERSON"),
            ent(ZAKHAROVA, "PERSON"),
            ent(DIOP, "PERSON"),
            ent(GROMYKO, "PERSON"),
            ent(KULEBA, "PERSON"),
            ent("Tinzaouaten", "GPE"),
            ent("Kidal", "GPE"),
            ent("Sahel", "LOC"),
            ent("Africa", "LOC"),
            ent("Malian", "NORP"),
            ent("Ukrainian", "NORP"),
            ent("Russian", "NORP"),
            ent("Nigerien", "NORP"),
            ent("Algerian", "NORP"),
            ent("Tuareg", "NORP"),
            ent("Western", "NORP"),
        ],
        "events": [
            # Mali's military junta has broken off diplomatic relations with Ukraine with
            # immediate effect (the statement read on ORTM late on Sunday is the same act)
            ev("SANCTION", "break relations", [ML], [UA], date="2024-08-04"),
            # ... accusing Kyiv of supporting the separatist rebels and jihadists (Maiga's quote,
            # "an admission of Ukraine's support for international terrorism" and "Kyiv had
            # violated Mali's sovereignty", tells the same accusation: one statement)
            ev("ACCUSE", "allege", [ML], [UA], date="2024-08-04"),
            # ... the separatist rebels and jihadists who killed dozens of Malian soldiers and
            # Russian Wagner fighters in an ambush (lead); the fighting around Tinzaouaten began
            # on July 25; the CSP-DPA's and JNIM's own accounts tell the same act (two sides'
            # fighters: one ASSAULT, both doers as actors; Tinzaouaten is no GeoNames town of
            # 15,000, so the target state is the story's country)
            ev(
                "ASSAULT",
                "attack",
                [CSP, JNIM],
                [ML, WAGNER],
                date="2024-07-25",
                location="Tinzaouaten",
            ),
            # ... a video ... in which the ambassador, Yurii Pyvovarov, voiced his backing for
            # the attack (verbal backing of the attack: its doers are the targets)
            ev("SUPPORT", "diplomatic", [PYVO], [CSP, JNIM]),
            # ... and released photographs of what it said were eight captured soldiers (the
            # rebels' own act told by themselves: reported, the doer as source)
            ev("COERCE", "detain", [CSP], [ML], "reported", CSP, location="Tinzaouaten"),
            # The Malian army ... said its aircraft had since struck rebel positions in the area
            ev("ASSAULT", "air", [ML], [CSP], "reported", ML, location="Tinzaouaten"),
            # Niger's military government followed suit on Monday ... severing relations
            ev("SANCTION", "break relations", [NE], [UA], date="2024-08-05"),
            # ... "in total solidarity with the government and people of Mali"
            ev("SUPPORT", "diplomatic", [NE], [ML], date="2024-08-05"),
            # He called Yusov's remarks an "aggression" against the Sahel (characterising an act
            # as aggression; the named speaker acts, the remarks' author is the target)
            ev("ACCUSE", "disapprove", [ABDRAMANE], [YUSOV], date="2024-08-05"),
            # ... and said Niger would ask the United Nations Security Council to take up the
            # matter (own announced plan: planned, no source)
            ev("REQUEST", "action", [NE], [UNSC], "planned"),
            # Ukraine's foreign ministry said on Monday it regretted Bamako's decision, which it
            # called "short-sighted and hasty" ... no evidence ... accused Bamako of turning a
            # blind eye to abuses by Russian mercenaries (one statement, one ACCUSE)
            ev("ACCUSE", "disapprove", [UA], [ML], date="2024-08-05"),
            # "... and categorically rejects the accusations" (denial, target the accuser; "taken
            # out of context" is the same denial)
            ev("REJECT", "deny", [UA], [ML], "denied", date="2024-08-05"),
            # The foreign ministry in Dakar summoned Pyvovarov on Wednesday (summon to protest:
            # ACCUSE, the envoy's state as target)
            ev("ACCUSE", "summon", [SN], [UA], date="2024-07-31", location="Dakar"),
            # ECOWAS ... "firmly rejects and condemns any foreign interference in the region",
            # without naming Ukraine (a reaction that names nobody targets the doer of the act it
            # refers to: the interference Mali alleges)
            ev("ACCUSE", "disapprove", [ECOWAS], [UA], date="2024-08-05"),
            # The bloc urged the international community to refrain ... (unnamed addressees)
            ev("REQUEST", "restraint", [ECOWAS], [], date="2024-08-05"),
            # Mali, Niger and Burkina Faso ... announced in January that they were leaving
            # ECOWAS (walking away from an agreement)
            ev("REJECT", "agreement", AES3, [ECOWAS], date="2024-01"),
            # ... their Alliance of Sahel States, a mutual defence pact signed last September
            ev("AGREE", "treaty", AES3, AES3, date="2023-09"),
            # Last month they turned their Alliance of Sahel States ... into a confederation
            ev("AGREE", "treaty", AES3, AES3, date="2024-07"),
            # Defence ministers of the three countries are due to meet in Niamey next week, a
            # Nigerien official said
            ev(
                "CONSULT",
                "meet",
                AES3,
                AES3,
                "planned",
                "a Nigerien official",
                "2024-08",
                "Niamey",
            ),
            # Zakharova said on Monday that Kyiv had "opened a second front in Africa" by backing
            # terrorist groups
            ev("ACCUSE", "allege", [ZAKHAROVA], [UA], date="2024-08-05"),
            # Diop received Russia's ambassador, Igor Gromyko, in Bamako on Monday, his ministry
            # said (a contact told by the doer's side: reported, source the state)
            ev(
                "CONSULT",
                "meet",
                [DIOP, GROMYKO],
                [GROMYKO, DIOP],
                "reported",
                ML,
                "2024-08-05",
                "Bamako",
            ),
            # ... since Russia's full-scale invasion in February 2022 (nominal background act)
            ev("ASSAULT", "invasion", [RU], [UA], date="2022-02"),
            # ... Kuleba made several tours of the continent, including a visit to Dakar in
            # October 2022 (the tours are generic; the dated visit is coded)
            ev("CONSULT", "visit", [KULEBA], [SN], date="2022-10", location="Dakar"),
        ],
        "claims": [
            cl(47, "soldiers", "Malian soldiers killed at Tinzaouaten", "reported", CSP),
            cl(84, "fighters", "Wagner fighters killed at Tinzaouaten", "reported", CSP),
            cl(8, "soldiers", "soldiers captured by the rebels at Tinzaouaten", "reported", CSP),
            cl(
                50,
                "mercenaries",
                "Russian mercenaries JNIM said it killed",
                "reported",
                JNIM,
                approximate=True,
            ),
            cl(
                80,
                "people",
                "dead on the government side at Tinzaouaten",
                "estimated",
                "Western diplomats",
                upper=120,
            ),
            cl(1500, "fighters", "Wagner fighters in Mali", "estimated", approximate=True),
            cl(10, "embassies", "new Ukrainian embassies in Africa since February 2022"),
            cl(
                11000000,
                "USD",
                "value of Ukraine's exports to Mali last year",
                "reported",
                UA,
                approximate=True,
            ),
            cl(
                0.667, "share", "northern Mali's share of the country's territory", approximate=True
            ),
            cl(22000000, "people", "Mali's population", approximate=True),
        ],
    },
    # ------------------------------------------------------------- (2) scraped mess, comments
    "2024-10-14-canada-india-expel-diplomats.txt": {
        "title": (
            "Canada and India expel each other's top diplomats in widening row over Sikh "
            "activist's killing"
        ),
        "published": "2024-10-14",
        "entities": [
            ent(CA, "GPE", "Ottawa"),
            ent(IN, "GPE", "New Delhi"),
            ent(US, "GPE", "Washington", "US"),
            ent(VERMA, "PERSON"),
            ent(WHEELER, "PERSON", "Wheeler"),
            ent("Royal Canadian Mounted Police", "ORG", "RCMP"),
            ent(DUHEME, "PERSON"),
            ent("Lawrence Bishnoi", "PERSON"),
            ent(JOLY, "PERSON", "Joly"),
            ent(NIJJAR, "PERSON", "Nijjar"),
            ent("Khalistan", "LOC"),
            ent("Surrey", "GPE"),
            ent("British Columbia", "GPE"),
            ent("Singapore", "GPE"),
            ent(TRUDEAU, "PERSON", "Trudeau"),
            ent(MODI, "PERSON"),
            ent("Vientiane", "GPE"),
            ent("Laos", "GPE"),
            ent("Ministry of External Affairs", "ORG"),
            ent("Parliament", "ORG"),
            ent("State Department", "ORG"),
            ent(MILLER, "PERSON"),
            ent("New York", "GPE"),
            ent(WSO, "ORG"),
            ent("Vancouver", "GPE"),
            ent("Sikh", "NORP", "Sikhs"),
            ent("Indian", "NORP"),
            ent("Canadian", "NORP", "Canadians"),
            ent("Southeast Asian", "NORP"),
        ],
        "events": [
            # Canada on Monday expelled six Indian diplomats, among them High Commissioner
            # Sanjay Kumar Verma (Joly's "We have asked them to leave" is the same act)
            ev("SANCTION", "expel", [CA], [IN], date="2024-10-14"),
            # ... after police said India's government was behind a campaign of violence; Duheme
            # said ... agents of the Indian government had been involved in homicides, extortion
            # ... (the lead's "police" is the RCMP: one accusation, the named speaker acts)
            ev("ACCUSE", "allege", [DUHEME], [IN], date="2024-10-14", location="Ottawa"),
            # Joly said the six diplomats were "persons of interest" in the investigation
            ev("ACCUSE", "allege", [JOLY], [IN], date="2024-10-14"),
            # Nijjar was shot dead by masked gunmen outside a Sikh temple in Surrey (doers
            # nobody names: no actor)
            ev("ASSAULT", "shooting", [], [NIJJAR], date="2023-06", location="Surrey"),
            # Joly said Canadian officials had met their Indian counterparts in Singapore on
            # Saturday (a contact told by the doer's side: reported)
            ev(
                "CONSULT",
                "meet",
                [CA, IN],
                [IN, CA],
                "reported",
                JOLY,
                "2024-10-12",
                "Singapore",
            ),
            # ... and asked India to waive the diplomats' immunity (a speech act told by its own
            # side: asserted)
            ev("REQUEST", "waive immunity", [CA], [IN], date="2024-10-12", location="Singapore"),
            # New Delhi refused, she said (the other side's refusal in her account; refusing is
            # not denying)
            ev("REJECT", "refuse", [IN], [CA], "reported", JOLY, "2024-10-12"),
            # Trudeau said India had made "a fundamental error" by supporting criminal activity
            ev("ACCUSE", "disapprove", [TRUDEAU], [IN], date="2024-10-14"),
            # Trudeau said he had raised the matter briefly with Modi at a summit ... in
            # Vientiane, Laos, last week (own contact told by the doer: reported)
            ev(
                "CONSULT",
                "meet",
                [TRUDEAU, MODI],
                [MODI, TRUDEAU],
                "reported",
                TRUDEAU,
                "2024-10",
                "Vientiane",
            ),
            # India's Ministry of External Affairs ... had summoned Canada's charge d'affaires
            ev("ACCUSE", "summon", [IN], [CA], date="2024-10-14"),
            # ... it "strongly rejects these preposterous imputations"
            ev("REJECT", "deny", [IN], [CA], "denied", date="2024-10-14"),
            # The ministry accused the Trudeau government of pursuing a "political agenda" ...
            # and said it had no faith in Ottawa's commitment (one statement, one ACCUSE)
            ev("ACCUSE", "allege", [IN], [CA], date="2024-10-14"),
            # ... it had decided to withdraw its high commissioner and other "targeted" officials
            ev("SANCTION", "recall", [IN], [CA], date="2024-10-14"),
            # Late on Monday the ministry said it was expelling six Canadian diplomats
            ev("SANCTION", "expel", [IN], [CA], date="2024-10-14"),
            # It said there had been no substantive discussion between the two prime ministers
            # in Vientiane (contradicts Trudeau's account: a denial, target the one it answers)
            ev("REJECT", "deny", [IN], [TRUDEAU], "denied", date="2024-10-14"),
            # ... and that India reserved the right to take further steps (own warning: planned)
            ev("THREATEN", "respond", [IN], [CA], "planned", date="2024-10-14"),
            # The row began in September last year, when Trudeau told Parliament that there were
            # "credible allegations" linking agents of the Indian government to Nijjar's killing
            ev("ACCUSE", "allege", [TRUDEAU], [IN], date="2023-09"),
            # India called the claim absurd
            ev("REJECT", "deny", [IN], [TRUDEAU], "denied", date="2023-09"),
            # ... suspended visa services for Canadians
            ev("SANCTION", "suspend visas", [IN], [CA], date="2023"),
            # ... and forced Canada to withdraw 41 of its diplomats from the country in October
            ev("SANCTION", "expel", [IN], [CA], date="2023-10"),
            # Ottawa had already paused talks on a trade agreement with India a few weeks before
            # Trudeau spoke (suspending talks stays a SANCTION)
            ev("SANCTION", "suspend", [CA], [IN], date="2023"),
            # In May, the RCMP arrested four Indian nationals (unnamed: no target)
            ev("COERCE", "arrest", [CA], [], date="2024-05"),
            # Miller said ... and urged India to cooperate with Canada's investigation
            ev("REQUEST", "cooperate", [MILLER], [IN], date="2024-10-14"),
            # US prosecutors have accused an Indian government employee of directing a foiled
            # plot (the unnamed employee is India's; the plot is the content of the charge)
            ev("ACCUSE", "allege", [US], [IN]),
            # The World Sikh Organization of Canada welcomed the expulsions
            ev("SUPPORT", "praise", [WSO], [CA], date="2024-10-14"),
            # ... and called on Ottawa to go further and ban Indian intelligence officers
            ev("REQUEST", "policy", [WSO], [CA], date="2024-10-14"),
            # dozens of Sikh demonstrators gathered outside the Indian consulate in Vancouver
            # (a crowd with no name: no actor)
            ev("PROTEST", "demonstrate", [], [IN], date="2024-10-14", location="Vancouver"),
        ],
        "claims": [
            cl(6, "diplomats", "Indian diplomats expelled by Canada"),
            cl(6, "diplomats", "Canadian diplomats expelled by India"),
            cl(
                12,
                "threats",
                "credible threats to the lives of members of the Sikh community",
                "reported",
                DUHEME,
                approximate=True,
            ),
            cl(41, "diplomats", "Canadian diplomats India forced Canada to withdraw in 2023"),
            cl(4, "nationals", "Indian nationals arrested and charged with Nijjar's murder"),
            cl(770000, "Sikhs", "Sikhs in Canada", approximate=True),
            cl(0.02, "share", "Sikhs' share of Canada's population", approximate=True),
            cl(1400000, "people", "people of Indian origin in Canada", "estimated", upper=1900000),
            cl(
                0.4,
                "share",
                "Indian students' share of Canada's international students",
                approximate=True,
            ),
            cl(13e9, "CAD", "Canada-India two-way trade in goods last year", approximate=True),
            cl(9.4e9, "USD", "Canada-India two-way trade in goods last year", approximate=True),
        ],
    },
    # ------------------------------------------------------------- (3) HTML, analysis, hedges
    "2025-01-26-colombia-us-deportation-flights-standoff.html": {
        "title": (
            "Analysis: Petro blinked first. What Colombia's deportation standoff with Trump "
            "tells the region"
        ),
        "published": "2025-01-26",
        "entities": [
            ent(CO, "GPE", "Bogota"),
            ent(US, "GPE", "Washington", "US"),
            ent(PETRO, "PERSON", "Petro"),
            ent(TRUMP, "PERSON", "Trump"),
            ent("White House", "ORG"),
            ent("Truth Social", "PRODUCT"),
            ent("X", "PRODUCT"),
            ent("Marco Rubio", "PERSON"),
            ent("State Department", "ORG"),
            ent(LEAVITT, "PERSON"),
            ent(MURILLO, "PERSON"),
            ent(GPENA, "PERSON"),
            ent("California", "GPE"),
            ent(ANDI, "ORG", "ANDI"),
            ent("Witness at the Border", "ORG"),
            ent(BR, "GPE"),
            ent("Manaus", "GPE"),
            ent(MX, "GPE"),
            ent("NBC News", "ORG"),
            ent("Claudia Sheinbaum", "PERSON"),
            ent("Honduras", "GPE"),
            ent(CASTRO, "PERSON"),
            ent(CELAC, "ORG", "CELAC"),
            ent("Plan Colombia", "OTHER"),
            ent("Latin America", "LOC"),
            ent("Venezuela", "GPE"),
            ent("C-17", "PRODUCT"),
            ent("Colombian", "NORP", "Colombians"),
            ent("Brazilian", "NORP", "Brazilians"),
        ],
        "events": [
            # On Sunday, Colombia turned back two US military aircraft carrying deported
            # Colombians ... were refused permission to land (a refusal: REJECT, asserted)
            ev("REJECT", "refuse", [CO], [US], date="2025-01-26"),
            # ... the two C-17 transport planes, which had taken off from California with about
            # 160 deportees on board (the deportation itself; unnamed people: no target)
            ev("COERCE", "deport", [US], [], date="2025-01-26"),
            # Petro said on X that the United States "cannot treat Colombian migrants as
            # criminals"
            ev("ACCUSE", "disapprove", [PETRO], [US], date="2025-01-26"),
            # ... and demanded a protocol that would guarantee their dignity
            ev("REQUEST", "protocol", [PETRO], [US], date="2025-01-26"),
            # Trump said Petro's refusal had "jeopardized the National Security and Public Safety
            # of the United States"
            ev("ACCUSE", "allege", [TRUMP], [PETRO], date="2025-01-26"),
            # He said he would impose emergency tariffs of 25 percent ..., rising to 50 percent
            # in one week, along with banking and financial sanctions (announced for the future
            # by the actor itself: THREATEN)
            ev("THREATEN", "tariffs", [TRUMP], [CO], "planned", date="2025-01-26"),
            # Trump also ordered an immediate travel ban and visa revocations for Colombian
            # government officials and their allies (in force at once: SANCTION)
            ev("SANCTION", "visa ban", [TRUMP], [CO], date="2025-01-26"),
            # Rubio said the State Department had suspended the issuing of visas at the US
            # embassy in Bogota (own formal measure announced by its side: asserted)
            ev("SANCTION", "suspend visas", [US], [CO], date="2025-01-26", location="Bogota"),
            # Petro ... said he had ordered his trade minister to raise tariffs on imports from
            # the United States by 25 percent (announced, not yet in force: THREATEN)
            ev("THREATEN", "tariffs", [PETRO], [US], "planned", date="2025-01-26"),
            # Leavitt said late on Sunday that Colombia had agreed to all of Trump's terms
            # (the other side's agreement in her words: reported; Murillo's "overcome the
            # impasse" is the same agreement)
            ev("AGREE", "deal", [CO], [US], "reported", LEAVITT, "2025-01-26"),
            # ... including "the unrestricted acceptance of all illegal aliens from Colombia
            # returned ... including on military aircraft" (the agreed act: planned)
            ev("COOPERATE", "migration", [CO], [US], "planned", LEAVITT),
            # The tariff orders would be "held in reserve" and would not be signed unless
            # Colombia failed to honour the agreement (the condition is part of it)
            ev("CONCEDE", "ease sanctions", [US], [CO], date="2025-01-26"),
            # He and ... Garcia-Pena would travel to Washington in the coming days for
            # high-level meetings, he said (own plan: planned, no source)
            ev(
                "CONSULT",
                "visit",
                [MURILLO, GPENA],
                [US],
                "planned",
                location="Washington",
            ),
            # ANDI urged both governments on Sunday afternoon to settle the dispute through
            # dialogue
            ev("REQUEST", "dialogue", [ANDI], [CO, US], date="2025-01-26"),
            # On Saturday, Brazil's foreign ministry called the treatment of 88 Brazilians ... a
            # "flagrant disregard" of their rights
            ev("ACCUSE", "disapprove", [BR], [US], date="2025-01-25"),
            # ... and said it would ask Washington for an explanation (own plan)
            ev("REQUEST", "explanation", [BR], [US], "planned"),
            # ... 88 Brazilians who arrived handcuffed on a US deportation flight in Manaus on
            # Friday (writer's clause: asserted; unnamed people: no target)
            ev("COERCE", "deport", [US], [], date="2025-01-24", location="Manaus"),
            # Mexico, too, had turned down a request to land a US military deportation plane
            # last week, NBC News reported, citing two US officials (X citing Y -> Y;
            # "Sheinbaum did so quietly" is the same act)
            ev("REJECT", "refuse", [MX], [US], "reported", "US officials", "2025-01"),
            # Castro ... called on Sunday for an emergency meeting of the bloc's leaders
            ev("REQUEST", "meeting", [CASTRO], [CELAC], date="2025-01-26"),
            # Plan Colombia, launched in 2000, channelled more than $10 billion in US security
            # and development aid to Bogota over two decades
            ev("AID", "military", [US], [CO]),
            # Some diplomats in Bogota believe Petro could travel to Washington to meet Trump
            # before the summer (speculation keeps the hedger as source)
            ev(
                "CONSULT",
                "visit",
                [PETRO],
                [US],
                "speculated",
                "diplomats in Bogota",
                location="Washington",
            ),
        ],
        "claims": [
            cl(2, "aircraft", "US military aircraft Colombia turned back"),
            cl(160, "deportees", "deportees on board the two C-17s", approximate=True),
            cl(0.25, "share", "Trump's emergency tariff on Colombian goods", "planned"),
            cl(0.5, "share", "Trump's tariff on Colombian goods after one week", "planned"),
            cl(
                0.25,
                "share",
                "Petro's tariff increase on imports from the United States",
                "planned",
            ),
            cl(
                0.27,
                "share",
                "share of Colombia's exports bought by the United States",
                approximate=True,
            ),
            cl(
                0.6,
                "share",
                "Colombian share of the cut flowers imported by the United States",
                approximate=True,
            ),
            cl(
                34e9,
                "USD",
                "trade between Colombia and the United States in 2023",
                approximate=True,
            ),
            cl(
                6e9,
                "USD",
                "annual cost of a 50 percent tariff to Colombian exporters",
                "estimated",
                "analysts",
                upper=8e9,
            ),
            cl(
                124,
                "flights",
                "US deportation flights to Colombia last year",
                "reported",
                "Witness at the Border",
            ),
            cl(88, "Brazilians", "Brazilians who arrived handcuffed in Manaus"),
            cl(10e9, "USD", "US aid channelled through Plan Colombia", approximate=True),
        ],
    },
}

# ------------------------------------------------------------- (4) two stories on one page
ALASKA = "2025-08-15-trump-putin-alaska-summit.txt"
MULTI = {
    ALASKA: [
        {
            "title": "Trump and Putin meet in Alaska but leave without a ceasefire deal",
            "published": "2025-08-15",
            "entities": [
                ent(TRUMP, "PERSON", "Trump"),
                ent(PUTIN, "PERSON", "Putin"),
                ent(US, "GPE", "Washington"),
                ent(RU, "GPE", "Moscow"),
                ent(UA, "GPE", "Kyiv"),
                ent("Anchorage", "GPE"),
                ent("Alaska", "GPE"),
                ent("Joint Base Elmendorf-Richardson", "FAC"),
                ent(ZEL, "PERSON", "Zelensky"),
                ent("NATO", "ORG"),
                ent("G20", "ORG"),
                ent("Osaka", "GPE"),
                ent("Japan", "GPE"),
                ent("Marco Rubio", "PERSON"),
                ent(WITKOFF, "PERSON", "Witkoff"),
                ent("Sergei Lavrov", "PERSON"),
                ent(USHAKOV, "PERSON", "Ushakov"),
                ent("Kremlin", "ORG"),
                ent("Sumy", "GPE"),
                ent("Syzran", "GPE"),
                ent("Dobropillia", "GPE"),
                ent("Donetsk", "GPE"),
                ent(DE, "GPE", "Berlin"),
                ent(MERZ, "PERSON"),
                ent(EU, "ORG"),
                ent("Hungary", "GPE"),
                ent(IN, "GPE", "New Delhi"),
                ent("Fox News", "ORG"),
                ent("Russian", "NORP"),
                ent("Ukrainian", "NORP", "Ukrainians"),
                ent("European", "NORP"),
                ent("American", "NORP"),
                ent("German", "NORP"),
                ent("Western", "NORP"),
            ],
            "events": [
                # Trump and Putin met for nearly three hours at a military base in Anchorage on
                # Friday (the three-on-three talks are the same meeting)
                ev(
                    "CONSULT",
                    "meet",
                    [TRUMP, PUTIN],
                    [PUTIN, TRUMP],
                    date="2025-08-15",
                    location="Anchorage",
                ),
                # It was Putin's first visit to the United States in a decade (the visit, apart
                # from the meeting, as dev7 codes Kim's arrival)
                ev("CONSULT", "visit", [PUTIN], [US], date="2025-08-15", location="Anchorage"),
                # He said he would call Zelensky and NATO leaders to brief them (own plan)
                ev("CONSULT", "phone", [TRUMP], [ZEL, "NATO"], "planned"),
                # He urged Kyiv and European governments not to "throw a wrench in the works"
                # (the unnamed European governments are not targets)
                ev("REQUEST", "restraint", [PUTIN], [UA], date="2025-08-15"),
                # "Next time in Moscow." (an invitation; Ushakov's "the next meeting could be held
                # in Moscow" restates it)
                ev("REQUEST", "invite", [PUTIN], [TRUMP], date="2025-08-15"),
                # Trump replied that he could see it happening (speculation, the hedger as
                # source)
                ev(
                    "CONSULT",
                    "visit",
                    [TRUMP],
                    [RU],
                    "speculated",
                    TRUMP,
                    location="Moscow",
                ),
                # ... first face-to-face meeting since a G20 summit in Osaka, Japan, in June 2019
                ev(
                    "CONSULT",
                    "meet",
                    [TRUMP, PUTIN],
                    [PUTIN, TRUMP],
                    date="2019-06",
                    location="Osaka",
                ),
                # Zelensky ... urged Washington to push Moscow towards "a real peace"
                ev("REQUEST", "pressure", [ZEL], [US], date="2025-08-15"),
                # He accused Russia of continuing to kill Ukrainians (the quote "must end this
                # war it started" belongs to the same address)
                ev("ACCUSE", "allege", [ZEL], [RU], date="2025-08-15"),
                # Russia launched 97 drones and four ballistic missiles at Ukraine overnight, the
                # Ukrainian air force said (air force -> its state); the drone that hit Sumy is
                # part of the same raid ("overnight" before a Friday page is that Friday)
                ev(
                    "ASSAULT",
                    "drone",
                    [RU],
                    [UA],
                    "reported",
                    UA,
                    "2025-08-15",
                    "Sumy",
                ),
                # ... adding that 60 of the drones had been shot down or jammed (dev7b codes a
                # shoot-down as ASSAULT, told by the doer: reported)
                ev("ASSAULT", "air defence", [UA], [RU], "reported", UA, "2025-08-15"),
                # Ukraine, for its part, said its drones had struck an oil refinery in ... Syzran
                ev("ASSAULT", "drone", [UA], [RU], "reported", UA, location="Syzran"),
                # Russian forces pushed forward this week near the town of Dobropillia ...,
                # Ukrainian officials said
                ev(
                    "ASSAULT",
                    "ground",
                    [RU],
                    [UA],
                    "reported",
                    "Ukrainian officials",
                    "2025-08",
                    "Dobropillia",
                ),
                # Putin demanded that Ukraine withdraw from the rest of the Donetsk region ...,
                # according to European officials briefed on Witkoff's visit
                ev(
                    "REQUEST",
                    "withdraw",
                    [PUTIN],
                    [UA],
                    "reported",
                    "European officials",
                    "2025-08-06",
                    "Moscow",
                ),
                # ... Witkoff's visit to Moscow on Aug. 6, where he met the Russian leader (talks
                # during a visit are the visit)
                ev("CONSULT", "visit", [WITKOFF], [RU], date="2025-08-06", location="Moscow"),
                # Zelensky has repeatedly ruled out giving up territory, telling reporters on
                # Tuesday ... (a refusal of Putin's demand, not a denial)
                ev("REJECT", "refuse", [ZEL], [PUTIN], date="2025-08-12"),
                # On Wednesday, Zelensky flew to Berlin
                ev("CONSULT", "visit", [ZEL], [DE], date="2025-08-13", location="Berlin"),
                # ... where he and German Chancellor Friedrich Merz joined a video call with Trump
                # (the other European leaders are unnamed)
                ev("CONSULT", "phone", [ZEL, MERZ], [TRUMP], date="2025-08-13"),
                # A day earlier, the leaders of 26 of the European Union's 27 members ... said in
                # a joint statement that Ukraine had the right to decide its own future (the
                # unnamed member states act as the bloc)
                ev("SUPPORT", "diplomatic", [EU], [UA], date="2025-08-12"),
                # Trump had warned on Wednesday that Russia would face "very severe consequences"
                # if Putin did not agree to stop the war (own warning: planned; the condition is
                # part of it)
                ev("THREATEN", "consequences", [TRUMP], [RU], "planned", date="2025-08-13"),
                # Earlier this month he doubled tariffs on Indian goods to 50 percent
                ev("SANCTION", "tariffs", [TRUMP], [IN], date="2025-08"),
                # Trump told Fox News that it was now "up to President Zelensky to get it done"
                ev("REQUEST", "urge", [TRUMP], [ZEL], date="2025-08-15"),
                # ... and said a three-way meeting with Putin and Zelensky could take place soon
                ev(
                    "CONSULT",
                    "multilateral",
                    [TRUMP, PUTIN, ZEL],
                    [TRUMP, PUTIN, ZEL],
                    "speculated",
                    TRUMP,
                ),
                # But Ushakov told Russian reporters that a trilateral meeting had not been
                # discussed in Anchorage (contradicts Trump: denial, target the one it answers)
                ev("REJECT", "deny", [USHAKOV], [TRUMP], "denied", date="2025-08-15"),
                # The war, now in its fourth year (Zelensky's "this war it started" names its
                # doer; nominal, coded once)
                ev("ASSAULT", "war", [RU], [UA]),
            ],
            "claims": [
                cl(97, "drones", "drones Russia launched at Ukraine overnight", "reported", UA),
                cl(4, "missiles", "ballistic missiles Russia launched overnight", "reported", UA),
                cl(60, "drones", "drones shot down or jammed", "reported", UA),
                cl(
                    3,
                    "people",
                    "people killed when a drone hit an apartment building in Sumy",
                    "reported",
                    "regional officials",
                    approximate=True,
                ),
                cl(11, "people", "people injured in Sumy", "reported", "regional officials"),
                cl(
                    2,
                    "children",
                    "children among the injured in Sumy",
                    "reported",
                    "regional officials",
                ),
                cl(0.7, "share", "share of the Donetsk region Moscow controls", approximate=True),
                cl(0.19, "share", "share of Ukraine's territory Moscow controls", upper=0.2),
                cl(26, "members", "EU members whose leaders signed the joint statement"),
                cl(27, "members", "members of the European Union"),
                cl(0.5, "share", "US tariff on Indian goods after doubling"),
                cl(50e9, "USD", "Russian crude India bought last year", approximate=True),
                cl(
                    1000000,
                    "people",
                    "people killed or wounded in the war on both sides",
                    "estimated",
                    "Western estimates",
                    approximate=True,
                ),
            ],
        },
        {
            "title": "Peru sends protest note to Colombia over Amazon island",
            "published": "2025-08-14",
            "entities": [
                ent(PE, "GPE", "Lima"),
                ent(CO, "GPE"),
                ent(PETRO, "PERSON", "Petro"),
                ent("Santa Rosa", "GPE"),
                ent("Amazon", "LOC"),
                ent("Leticia", "GPE"),
                ent("Colombian", "NORP"),
            ],
            "events": [
                # Peru's foreign ministry said on Thursday it had sent a protest note to Colombia
                ev("ACCUSE", "protest note", [PE], [CO], date="2025-08-14"),
                # ... after Petro again claimed that Santa Rosa ... belonged to Colombia; Petro
                # has accused Lima of annexing the island (one accusation)
                ev("ACCUSE", "allege", [PETRO], [PE]),
                # The ministry ... rejected what it called "unfounded claims" (target the accuser)
                ev("REJECT", "deny", [PE], [PETRO], "denied", date="2025-08-14"),
                # The two governments are expected to discuss the matter at a meeting of their
                # joint border commission next month, officials in Lima said
                ev(
                    "CONSULT",
                    "meet",
                    [PE, CO],
                    [CO, PE],
                    "planned",
                    "officials in Lima",
                    "2025-09",
                ),
            ],
            "claims": [
                cl(3000, "residents", "residents of Santa Rosa island", approximate=True),
            ],
        },
    ],
}

# ------------------------------------------------------------------ checks
TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip
MODALITIES = {"asserted", "reported", "estimated", "speculated", "planned", "denied", "opinion"}
ENTITY_TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "FAC", "PRODUCT", "LAW", "OTHER"}
MONEY = {"USD", "CAD", "EUR"}


def check(name, page, main=True):
    names = {e["name"] for e in page["entities"]}
    surface = names | {a for e in page["entities"] for a in e["aliases"]}
    assert len(names) == len(page["entities"]), f"{name}: duplicate entity"
    assert len(surface) == len(names) + sum(len(e["aliases"]) for e in page["entities"]), (
        f"{name}: an alias repeats a name or another alias"
    )
    for e in page["entities"]:
        assert e["type"] in ENTITY_TYPES, (name, e)
    for e in page["events"]:
        assert e["type"] in TYPES, (name, e)
        assert e["modality"] in MODALITIES, (name, e)
        assert e["mode"], (name, e)
        for who in e["actors"] + e["targets"]:
            assert who in names, f"{name}: {who} is not an entity"
        if e["modality"] == "denied":
            assert e["type"] == "REJECT", (name, e)
        if e["modality"] == "reported":
            assert e["source"], f"{name}: reported event without a source {e}"
        if e["location"]:
            assert e["location"] in surface, f"{name}: location {e['location']}"
    for c in page["claims"]:
        assert c["modality"] in MODALITIES, (name, c)
        assert c["upper"] is None or c["upper"] > c["value"], (name, c)
        if c["modality"] == "reported":
            assert c["attributed_to"], f"{name}: reported claim without a source {c}"
        if c["unit"] == "share":
            assert 0 < c["value"] <= 1, (name, c)
        # units: "share", an ISO currency code, or the counted noun as written
        assert c["unit"] in MONEY or c["unit"] == "share" or not c["unit"].isupper(), (name, c)
        assert c["unit"] and not c["unit"][0].isdigit(), (name, c)
    if main:
        assert 20 <= len(page["events"]) <= 30, (name, len(page["events"]))
        assert 8 <= len(page["claims"]) <= 15, (name, len(page["claims"]))
        assert 25 <= len(page["entities"]) <= 36, (name, len(page["entities"]))


for _name, _page in PAGES.items():
    check(_name, _page)
for _name, _articles in MULTI.items():
    check(_name, _articles[0])
    for _extra in _articles[1:]:
        check(_name, _extra, main=False)


write_gold(HERE, PAGES)
write_gold(HERE, MULTI)  # one article per story

for _name, _page in PAGES.items():
    print(f"{_name}: {len(_page['events'])} events, {len(_page['claims'])} claims, "
          f"{len(_page['entities'])} entities")  # fmt: skip
for _name, _articles in MULTI.items():
    for _i, _page in enumerate(_articles):
        print(f"{_name} [article {_i}]: {len(_page['events'])} events, "
              f"{len(_page['claims'])} claims, {len(_page['entities'])} entities")  # fmt: skip

"""Writes eval/dev6/gold/*.json for part B of set 6 (facts-only gold, hand-written from the page
text without running the extractor).

Each page: title, published, entities (name, type, aliases), events and claims in the contract's
shape; `text` and `evidence` are null (scored on facts alone). Conventions follow
docs/annotation.md and, where it is silent, the choices of eval/dev5, eval/dev4 and eval/dev3;
the choices made for this half are listed in eval/dev6/README_b.md. Part A of the set is written
separately (make_gold_a.py); this script writes only the four part-B pages.
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent


sys.path.insert(0, str(HERE.parent))
from goldkit import cl, ent, ev, write_gold  # noqa: E402

US = "United States"
EU = "European Union"
FI = "Finland"
RU = "Russia"
DRC = "Democratic Republic of the Congo"
RW = "Rwanda"
KW = "Therese Kayikwamba Wagner"
ND = "Olivier Nduhungirehe"
UNGE = "UN Group of Experts"
NI = "Nicaragua"
HS = "Holy See"
RCC = "Roman Catholic Church"
ALV = "Rolando Alvarez"
MORA = "Isidoro Mora"
OHCHR = "Office of the United Nations High Commissioner for Human Rights"
AZ = "Azerbaijan"
FR = "France"
NC = "New Caledonia"
DARM = "Gerald Darmanin"
CUSTOMS = "Azerbaijani customs data"

PAGES = {
    # ------------------------------------------------------------------ (1) plain wire, quotes
    "2023-11-28-finland-closes-last-russia-crossing.txt": {
        "title": (
            "Finland to shut its last border crossing with Russia as asylum seekers keep arriving"
        ),
        "published": "2023-11-28",
        "entities": [
            ent(FI, "GPE", "Helsinki"),
            ent(RU, "GPE", "Moscow"),
            ent("Kremlin", "ORG"),
            ent("Raja-Jooseppi", "FAC"),
            ent("Petteri Orpo", "PERSON", "Orpo"),
            ent("Yemen", "GPE"),
            ent("Somalia", "GPE"),
            ent("Syria", "GPE"),
            ent("Finnish Border Guard", "ORG"),
            ent("Mari Rantanen", "PERSON"),
            ent("Lapland", "GPE"),
            ent("Arctic Circle", "LOC"),
            ent("Dmitry Peskov", "PERSON", "Peskov"),
            ent("Maria Zakharova", "PERSON"),
            ent(EU, "ORG", "EU"),
            ent("Frontex", "ORG"),
            ent("Hans Leijtens", "PERSON"),
            ent("European Commission", "ORG"),
            ent("Ursula von der Leyen", "PERSON"),
            ent("Estonia", "GPE"),
            ent("NATO", "ORG"),
            ent("Amnesty International", "ORG"),
            ent("Finnish", "NORP"),
            ent("Russian", "NORP"),
        ],
        "events": [
            # Finland will close Raja-Jooseppi ... from Thursday, the government said on Tuesday
            # (Orpo's "We will close the last crossing" and "will run until Dec. 13" are the same
            # plan; an own announced plan: planned, no source)
            ev(
                "COERCE",
                "restrict movement",
                [FI],
                [RU],
                "planned",
                date="2023-11-30",
                location="Raja-Jooseppi",
            ),
            # ... accusing Moscow of deliberately funnelling asylum seekers to the frontier
            ev("ACCUSE", "allege", [FI], [RU], date="2023-11-28"),
            # "... escorted to the border by Russian border guards," Rantanen said (the content
            # of an accusation is not an event: only her ACCUSE)
            ev("ACCUSE", "allege", ["Mari Rantanen"], [RU]),
            # Helsinki shut four of the eight crossings on Nov. 18
            ev("COERCE", "restrict movement", [FI], [RU], date="2023-11-18"),
            # ... and three more on Nov. 24
            ev("COERCE", "restrict movement", [FI], [RU], date="2023-11-24"),
            # The Kremlin denied the accusation (the accuser: Finland; Peskov's quotes are the
            # same denial)
            ev("REJECT", "deny", [RU], [FI], "denied"),
            # He called the closures "excessive"
            ev("ACCUSE", "disapprove", ["Dmitry Peskov"], [FI]),
            # Russia's foreign ministry summoned Finland's ambassador last week
            ev("ACCUSE", "summon", [RU], [FI], date="2023-11"),
            # Zakharova said Helsinki's decision reflected "Russophobic" policies
            ev("ACCUSE", "disapprove", ["Maria Zakharova"], [FI]),
            # After a request from Helsinki (nominal event) ...
            ev("REQUEST", "aid", [FI], ["Frontex"]),
            # ... Frontex said it would send 50 officers and equipment (the pledge)
            ev("AGREE", "assist", ["Frontex"], [FI]),
            # The first group arrived on Friday (the pledged act, under way: no second, planned
            # AID, as dev5 codes Kenya's officers)
            ev("AID", "personnel", ["Frontex"], [FI], date="2023-11-24"),
            # "Finland is not alone," Leijtens said
            ev("SUPPORT", "diplomatic", ["Hans Leijtens"], [FI]),
            # von der Leyen last week accused Russia of "instrumentalising" migrants
            ev("ACCUSE", "allege", ["Ursula von der Leyen"], [RU], date="2023-11"),
            # Estonia has said it is preparing to close its own crossings with Russia if a
            # similar flow begins (own plan; the condition is part of it)
            ev("COERCE", "restrict movement", ["Estonia"], [RU], "planned"),
            # Moscow warned at the time (April) that it would take "counter-measures"
            ev("THREATEN", "warn", [RU], [FI], "planned", date="2023-04"),
            # Amnesty International's Finnish section criticised the closure
            ev("ACCUSE", "disapprove", ["Amnesty International"], [FI]),
            # ... urging the government to guarantee access to asylum
            ev("REQUEST", "policy", ["Amnesty International"], [FI]),
            # Some 200 people gathered outside parliament in Helsinki on Sunday to protest
            ev("PROTEST", "demonstrate", [], [FI], date="2023-11-26", location="Helsinki"),
        ],
        "claims": [
            cl(
                900,
                "asylum seekers",
                "asylum seekers who arrived at the eastern border since the start of November",
                "reported",
                "Finnish Border Guard",
                approximate=True,
            ),
            cl(8, "crossings", "crossings on the Finnish-Russian border"),
            cl(4, "crossings", "crossings Finland shut on Nov. 18"),
            cl(3, "crossings", "crossings Finland shut on Nov. 24"),
            cl(
                250,
                "kilometres",
                "distance of Raja-Jooseppi north of the Arctic Circle",
                approximate=True,
            ),
            cl(50, "officers", "Frontex officers to be sent to Finland", "planned", "Frontex"),
            cl(1340, "kilometres", "length of Finland's border with Russia", approximate=True),
            cl(
                200,
                "people",
                "people protesting outside parliament in Helsinki",
                approximate=True,
            ),
        ],
    },
    # ------------------------------------------------------------------ (2) through agencies
    "2024-07-31-congo-rwanda-luanda-ceasefire.txt": {
        "title": "DR Congo and Rwanda agree ceasefire at Angola-brokered talks in Luanda",
        "published": "2024-07-31",
        "entities": [
            ent(DRC, "GPE", "DR Congo", "Congo", "Kinshasa"),
            ent(RW, "GPE", "Kigali"),
            ent("Angola", "GPE"),
            ent("Luanda", "GPE"),
            ent(KW, "PERSON"),
            ent(ND, "PERSON", "Nduhungirehe"),
            ent("Joao Lourenco", "PERSON"),
            ent("African Union", "ORG"),
            ent("TPA", "ORG"),
            ent("Patrick Muyaya", "PERSON"),
            ent("M23", "ORG"),
            ent("AFP", "ORG"),
            ent("Reuters", "ORG"),
            ent("Kanyabayonga", "GPE"),
            ent("Radio Okapi", "ORG"),
            ent("Butembo", "GPE"),
            ent("Beni", "GPE"),
            ent(UNGE, "ORG", "UN Group of Experts on Congo"),
            ent("United Nations", "ORG", "UN"),
            ent("RBA", "ORG"),
            ent("FDLR", "ORG"),
            ent("State Department", "ORG"),
            ent(US, "GPE", "Washington"),
            ent("North Kivu", "GPE"),
            ent("Uganda", "GPE"),
            ent("OCHA", "ORG"),
            ent("Congolese", "NORP"),
            ent("Rwandan", "NORP"),
            ent("Angolan", "NORP"),
            ent("Hutu", "NORP"),
        ],
        "events": [
            # DR Congo and Rwanda have agreed to a ceasefire ..., Angola's presidency said on
            # Tuesday (the presidency speaks for Angola)
            ev(
                "AGREE",
                "ceasefire",
                [DRC, RW],
                [RW, DRC],
                "reported",
                "Angola",
                "2024-07-30",
                "Luanda",
            ),
            # ... that will take effect at midnight on Sunday, Aug. 4 (the agreed truce)
            ev("RETREAT", "ceasefire", [DRC, RW], [RW, DRC], "planned", "Angola", "2024-08-04"),
            # a meeting of Kayikwamba Wagner and Nduhungirehe, TPA reported, citing the
            # presidency (source: the one cited)
            ev("CONSULT", "meet", [KW, ND], [ND, KW], "reported", "Angola", "2024-07-30", "Luanda"),
            # ... hosted by Angolan President Joao Lourenco (host: the parties as targets)
            ev(
                "CONSULT",
                "mediate",
                ["Joao Lourenco"],
                [KW, ND],
                "reported",
                "Angola",
                "2024-07-30",
                "Luanda",
            ),
            # Muyaya called the M23 rebels "a terrorist group" that serves as a front for the
            # Rwandan army, AFP reported
            ev("ACCUSE", "disapprove", ["Patrick Muyaya"], ["M23", RW], "reported", "AFP"),
            # The M23 rejected the deal on Wednesday ..., Reuters reported (targets the deal's
            # parties)
            ev("REJECT", "reject", ["M23"], [DRC, RW], "reported", "Reuters", "2024-07-31"),
            # M23 fighters shelled army positions near Kanyabayonga on Monday, Radio Okapi
            # reported, citing local civil society leaders
            ev(
                "ASSAULT",
                "shelling",
                ["M23"],
                [DRC],
                "reported",
                "local civil society leaders",
                "2024-07-29",
                "Kanyabayonga",
            ),
            # The rebels seized Kanyabayonga ... in late June
            ev("ASSAULT", "occupy", ["M23"], [DRC], date="2024-06", location="Kanyabayonga"),
            # Rwanda has between 3,000 and 4,000 troops deployed in eastern Congo ..., Reuters
            # reported, citing a report by the UN Group of Experts (source: the experts)
            ev("MOBILIZE", "deploy", [RW], [DRC], "reported", UNGE),
            # ... which is the experts' charge against Rwanda, carried by Reuters
            ev("ACCUSE", "allege", [UNGE], [RW], "reported", "Reuters"),
            # Nduhungirehe on Wednesday denied that Rwandan troops were in Congo (the accuser:
            # the experts; said to RBA directly: no source)
            ev("REJECT", "deny", [ND], [UNGE], "denied", date="2024-07-31"),
            # ... telling RBA that the experts' report was "biased"
            ev("ACCUSE", "disapprove", [ND], [UNGE], date="2024-07-31"),
            # the FDLR ..., which Kigali accuses Kinshasa of arming
            ev("ACCUSE", "allege", [RW], [DRC]),
            # the State Department welcomed the ceasefire (targets its doers)
            ev("SUPPORT", "diplomatic", [US], [DRC, RW]),
            # ... and called on Rwanda to withdraw its troops
            ev("REQUEST", "withdraw", [US], [RW]),
            # ... and on Congo to end all cooperation with the FDLR
            ev("REQUEST", "policy", [US], [DRC]),
            # The two ministers are due to meet again in Luanda next month, according to the
            # Angolan statement
            ev(
                "CONSULT",
                "meet",
                [KW, ND],
                [ND, KW],
                "planned",
                "Angola",
                "2024-08",
                "Luanda",
            ),
        ],
        "claims": [
            cl(
                12,
                "civilians",
                "civilians killed around Kanyabayonga since the start of July",
                "reported",
                "a hospital official",
                approximate=True,
            ),
            cl(60000, "people", "population of Kanyabayonga", approximate=True),
            cl(
                3000,
                "troops",
                "Rwandan troops deployed in eastern Congo",
                "reported",
                UNGE,
                upper=4000,
            ),
            cl(
                1700000,
                "people",
                "people driven from their homes in North Kivu",
                "reported",
                "OCHA",
                approximate=True,
            ),
        ],
    },
    # ------------------------------------------------------------------ (3) analysis, hedges
    "2024-01-15-nicaragua-expels-bishops-vatican.txt": {
        "title": (
            "Analysis: Bishops' exile may ease pressure on Ortega, but few expect the Church "
            "crackdown to end"
        ),
        "published": "2024-01-15",
        "entities": [
            ent(NI, "GPE", "Managua"),
            ent("Daniel Ortega", "PERSON", "Ortega"),
            ent(RCC, "ORG", "Church"),
            ent("Rome", "GPE"),
            ent(ALV, "PERSON", "Alvarez"),
            ent(MORA, "PERSON", "Mora"),
            ent(HS, "GPE", "Vatican"),
            ent("Pope Francis", "PERSON"),
            ent("Matagalpa", "GPE"),
            ent(US, "GPE", "Washington"),
            ent(OHCHR, "ORG", "UN human rights office"),
            ent("State Department", "ORG"),
            ent("Matthew Miller", "PERSON"),
            ent(EU, "ORG"),
            ent("Brussels", "GPE"),
            ent("Central America", "LOC"),
            ent("Manuel Orozco", "PERSON"),
            ent("Inter-American Dialogue", "ORG"),
            ent("Waldemar Sommertag", "PERSON"),
            ent("Central American University", "ORG"),
            ent("Martha Patricia Molina", "PERSON"),
            ent("Rosario Murillo", "PERSON"),
            ent("Nicaraguan", "NORP"),
            ent("Jesuit", "NORP"),
        ],
        "events": [
            # Nicaragua's decision to free two bishops, 15 priests and two seminarians (para 2,
            # "it had released Bishop Rolando Alvarez, Bishop Isidoro Mora", is the same act,
            # dated Sunday)
            ev("RETREAT", "release", [NI], [ALV, MORA], date="2024-01-14"),
            # ... and fly them to Rome / "sent them to the Vatican" (forced exile: COERCE)
            ev("COERCE", "deport", [NI], [ALV, MORA], date="2024-01-14"),
            # "in response to the kind request" of the Holy See (nominal; in the government's
            # statement)
            ev("REQUEST", "release", [HS], [NI], "reported", NI),
            # It thanked Pope Francis ...
            ev("SUPPORT", "praise", [NI], ["Pope Francis"], date="2024-01-14"),
            # ... for what it called a "respectful and discreet" negotiation
            ev("CONSULT", "negotiate", [NI, HS], [HS, NI], "reported", NI),
            # "the deal" / "The agreement with the Vatican" (nominal)
            ev("AGREE", "agreement", [NI, HS], [HS, NI]),
            # Alvarez ... was arrested in August 2022
            ev("COERCE", "arrest", [NI], [ALV], date="2022-08"),
            # ... he refused to board a flight (February 2023)
            ev("REJECT", "refuse", [ALV], [NI], date="2023-02"),
            # ... a flight that took 222 political prisoners into exile in the United States
            ev("COERCE", "deport", [NI], [], date="2023-02"),
            # Mora was detained in December
            ev("COERCE", "arrest", [NI], [MORA], date="2023-12"),
            # Alvarez was also stripped of his Nicaraguan citizenship
            ev("COERCE", "revoke citizenship", [NI], [ALV], date="2023-02"),
            # ... as were the 222 exiles and 94 other critics days later (unnamed: one event)
            ev("COERCE", "revoke citizenship", [NI], [], date="2023-02"),
            # a measure the UN human rights office said violated international law
            ev("ACCUSE", "violation", [OHCHR], [NI]),
            # Washington condemned ... the "unjust detention and forced exile" of the clergy
            # (Miller's quote is the same condemnation)
            ev("ACCUSE", "disapprove", [US], [NI]),
            # Miller ..., urging Managua to free the more than 100 political prisoners
            ev("REQUEST", "release", ["Matthew Miller"], [NI]),
            # The European Union said it "deplores" the expulsions
            ev("ACCUSE", "disapprove", [EU], [NI]),
            # ... and called on Nicaragua to restore the exiles' citizenship
            ev("REQUEST", "policy", [EU], [NI]),
            # Some diplomats in Brussels suggested the bloc could review the trade preferences
            ev(
                "SANCTION",
                "trade",
                [EU],
                [NI],
                "speculated",
                "some diplomats in Brussels",
            ),
            # The agreement could also open the way for the release of other jailed priests,
            # he (Orozco) said (unnamed priests: empty target)
            ev("RETREAT", "release", [NI], [], "speculated", "Manuel Orozco"),
            # 2018, when mass protests against Ortega ...
            ev("PROTEST", "demonstrate", [], [NI, "Daniel Ortega"], date="2018"),
            # ... were put down by force (no agent: the state where it happened)
            ev("COERCE", "repression", [NI], [], date="2018"),
            # The government accused the Church of backing what it called a coup attempt
            ev("ACCUSE", "allege", [NI], [RCC]),
            # It expelled the papal nuncio, Archbishop Waldemar Sommertag, in March 2022
            ev("SANCTION", "expel", [NI], [HS, "Waldemar Sommertag"], date="2022-03"),
            # ... suspended diplomatic relations with the Vatican a year later
            ev("SANCTION", "break relations", [NI], [HS], date="2023-03"),
            # ... and in August seized the Jesuit-run Central American University in Managua
            ev(
                "COERCE",
                "seize",
                [NI],
                ["Central American University"],
                date="2023-08",
                location="Managua",
            ),
            # Some Church officials fear that more priests could be arrested
            ev("COERCE", "arrest", [NI], [], "speculated", "some Church officials"),
        ],
        "claims": [
            cl(2, "bishops", "bishops freed and flown to Rome"),
            cl(15, "priests", "priests freed and flown to Rome"),
            cl(2, "seminarians", "seminarians freed and flown to Rome"),
            cl(222, "political prisoners", "political prisoners flown into exile in the US"),
            cl(94, "critics", "other critics stripped of their citizenship"),
            cl(
                100,
                "political prisoners",
                "political prisoners still held in Nicaragua",
                "estimated",
                US,
                approximate=True,
            ),
            cl(300, "people", "people killed in the 2018 protests", approximate=True),
            cl(
                176,
                "priests and nuns",
                "priests and nuns expelled or barred from returning since 2018",
                "reported",
                "Martha Patricia Molina",
                approximate=True,
            ),
            cl(
                0.333,
                "share",
                "share of foreigners among the expelled or barred priests and nuns",
                "reported",
                "Martha Patricia Molina",
                approximate=True,
            ),
        ],
    },
    # ------------------------------------------------------------------ (4) many numbers
    "2024-10-22-azerbaijan-france-diplomats-expelled.txt": {
        "title": "Azerbaijan expels two French diplomats as row over New Caledonia deepens",
        "published": "2024-10-22",
        "entities": [
            ent(AZ, "GPE", "Baku"),
            ent(FR, "GPE", "Paris"),
            ent(NC, "GPE"),
            ent(DARM, "PERSON"),
            ent("Kanak", "NORP", "Kanaks"),
            ent("FLNKS", "ORG"),
            ent("Armenia", "GPE"),
            ent("Ground Master 200", "PRODUCT"),
            ent("Ilham Aliyev", "PERSON"),
            ent("TotalEnergies", "ORG"),
            ent("Absheron gas field", "FAC", "Absheron"),
            ent("Caspian Sea", "LOC"),
            ent(EU, "ORG"),
            ent("COP29", "EVENT"),
            ent("French", "NORP"),
            ent("Azerbaijani", "NORP"),
        ],
        "events": [
            # Azerbaijan on Tuesday ordered two French diplomats to leave the country
            ev("SANCTION", "expel", [AZ], [FR], date="2024-10-22"),
            # ... accusing them of "activities incompatible with their diplomatic status"
            # (unnamed diplomats: their state)
            ev("ACCUSE", "allege", [AZ], [FR], date="2024-10-22"),
            # France responded hours later by expelling two Azerbaijani diplomats (para 3's
            # "declaring two members of Azerbaijan's embassy staff persona non grata" is the same)
            ev("SANCTION", "expel", [FR], [AZ], date="2024-10-22", location="Paris"),
            # Azerbaijan's foreign ministry said it had summoned France's ambassador
            ev("ACCUSE", "summon", [AZ], [FR]),
            # France's foreign ministry called the expulsions "unjustified"
            ev("ACCUSE", "disapprove", [FR], [AZ]),
            # in May, Darmanin accused Baku of stoking the deadly unrest in New Caledonia
            ev("ACCUSE", "allege", [DARM], [AZ], date="2024-05"),
            # ... a charge Baku rejected (the accuser: Darmanin)
            ev("REJECT", "deny", [AZ], [DARM], "denied"),
            # Riots in the French Pacific territory, sparked by protests against a change to
            # voting rules ("the deadly unrest": one act)
            ev("PROTEST", "riot", [], [FR], date="2024-05", location=NC),
            # Paris sent more than 3,000 police and gendarmes to restore order
            ev("MOBILIZE", "deploy", [FR], [], location=NC),
            # Azerbaijan hosted delegates from the FLNKS at a conference in Baku in April
            ev("CONSULT", "host", [AZ], ["FLNKS"], date="2024-04", location="Baku"),
            # Baku also accuses Paris of arming Armenia
            ev("ACCUSE", "allege", [AZ], [FR]),
            # ... to which France agreed last year to supply three radars (the promise ...)
            ev("AGREE", "assist", [FR], ["Armenia"], date="2023"),
            # ... and the promised act
            ev("AID", "military", [FR], ["Armenia"], "planned"),
            # Aliyev last month called France's rule over its overseas territories
            # "neo-colonial"
            ev("ACCUSE", "disapprove", ["Ilham Aliyev"], [FR], date="2024-09"),
            # Azerbaijan is holding at least two French citizens (unnamed: empty target)
            ev("COERCE", "detain", [AZ], []),
            # Paris calls their detention "arbitrary"
            ev("ACCUSE", "disapprove", [FR], [AZ]),
            # ... and has demanded their release
            ev("REQUEST", "release", [FR], [AZ]),
            # The EU signed a deal with Azerbaijan in July 2022 ...
            ev("AGREE", "agreement", [EU, AZ], [AZ, EU], date="2022-07"),
            # ... to double imports of Azerbaijani gas (the pledged act)
            ev("COOPERATE", "economic", [EU, AZ], [AZ, EU], "planned"),
            # Baku is due to host the COP29 climate summit from Nov. 11 (participants unnamed)
            ev(
                "CONSULT",
                "multilateral",
                [AZ],
                [],
                "planned",
                date="2024-11-11",
                location="Baku",
            ),
        ],
        "claims": [
            cl(2, "diplomats", "French diplomats ordered to leave Azerbaijan"),
            cl(2, "diplomats", "Azerbaijani diplomats expelled by France"),
            cl(13, "people", "people killed in the New Caledonia unrest"),
            cl(2200000000, "EUR", "damage caused by the New Caledonia riots", "estimated"),
            cl(
                3000,
                "police and gendarmes",
                "police and gendarmes France sent to New Caledonia",
                approximate=True,
            ),
            cl(270000, "people", "population of New Caledonia", approximate=True),
            cl(0.41, "share", "share of indigenous Kanaks in New Caledonia", approximate=True),
            cl(3, "radars", "air-defence radars France agreed to supply to Armenia", "planned"),
            cl(2, "citizens", "French citizens held in Azerbaijan", approximate=True),
            cl(
                2100000000,
                "EUR",
                "French-Azerbaijani trade last year",
                "reported",
                CUSTOMS,
                approximate=True,
            ),
            cl(
                2300000000,
                "USD",
                "French-Azerbaijani trade last year (dollar value)",
                "reported",
                CUSTOMS,
                approximate=True,
            ),
            cl(
                0.9,
                "share",
                "share of crude oil in French-Azerbaijani trade",
                "reported",
                CUSTOMS,
                approximate=True,
            ),
            cl(0.35, "share", "TotalEnergies' stake in the Absheron gas field"),
            cl(
                4000000,
                "cubic metres",
                "daily gas output of the Absheron field",
                approximate=True,
            ),
            cl(
                20000000000,
                "cubic metres",
                "yearly Azerbaijani gas imports the EU aims for by 2027",
                "planned",
                approximate=True,
            ),
            cl(11800000000, "cubic metres", "Azerbaijani gas the EU bought last year"),
            cl(8100000000, "cubic metres", "Azerbaijani gas the EU bought in 2021"),
            cl(
                0.04,
                "share",
                "Azerbaijan's share of EU gas imports last year",
                approximate=True,
            ),
            cl(
                12,
                "companies",
                "French companies operating in Azerbaijan",
                "reported",
                FR,
                approximate=True,
            ),
            cl(
                150,
                "nationals",
                "French nationals living in Azerbaijan",
                "reported",
                FR,
                upper=200,
            ),
        ],
    },
}

write_gold(HERE, PAGES)

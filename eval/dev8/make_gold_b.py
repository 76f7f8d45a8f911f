"""Writes eval/dev8/gold/*.json for part B of set 8 (facts-only gold, hand-written from the page
text without running the extractor).

Each page: title, published, entities (name, type, aliases), events and claims in the contract's
shape; `text` and `evidence` are null (scored on facts alone). Conventions follow
docs/annotation.md and, where it is silent, the choices of eval/dev7 (README_a.md, README_b.md)
and, behind them, eval/dev6, eval/dev5 and eval/dev4; the choices made for this half are listed
in eval/dev8/README_b.md. Part A of the set is written separately (make_gold_a.py); this script
writes only the four part-B pages.
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent


sys.path.insert(0, str(HERE.parent))
from goldkit import cl, ent, ev, write_gold  # noqa: E402

US = "United States"
IR = "Iran"
IL = "Israel"
QA = "Qatar"
RU = "Russia"
TRUMP = "Donald Trump"
ARAGHCHI = "Abbas Araghchi"
GROSSI = "Rafael Grossi"
IAEA = "IAEA"
DK = "Denmark"
GL = "Greenland"
FREDERIKSEN = "Mette Frederiksen"
EGEDE = "Mute Egede"
TRUMP_JR = "Donald Trump Jr."
UK = "United Kingdom"
DE = "Germany"
EU = "European Union"
PUTIN = "Vladimir Putin"
YULIA = "Yulia Navalnaya"
NAVALNY = "Alexei Navalny"
VE = "Venezuela"
TT = "Trinidad and Tobago"
CO = "Colombia"
MADURO = "Nicolas Maduro"
PETRO = "Gustavo Petro"
HEGSETH = "Pete Hegseth"

PAGES = {
    # ------------------------------------------------------------------ (1) HTML, wire
    "2025-06-23-us-strikes-iran-nuclear-sites.html": {
        "title": (
            "Trump announces Israel-Iran ceasefire hours after Iranian missiles target US base "
            "in Qatar"
        ),
        "published": "2025-06-23",
        "entities": [
            ent(TRUMP, "PERSON", "Trump"),
            ent(US, "GPE", "US", "Washington"),
            ent(IR, "GPE", "Tehran"),
            ent(IL, "GPE"),
            ent(QA, "GPE", "Doha"),
            ent("Reuters", "ORG"),
            ent(ARAGHCHI, "PERSON", "Araghchi"),
            ent("Fordow", "FAC"),
            ent("Natanz", "FAC"),
            ent("Isfahan", "GPE"),
            ent("B-2", "PRODUCT"),
            ent("Tomahawk", "PRODUCT"),
            ent("Pentagon", "ORG"),
            ent(HEGSETH, "PERSON"),
            ent("Dan Caine", "PERSON"),
            ent("Maxar Technologies", "ORG"),
            ent("IRNA", "ORG"),
            ent(IAEA, "ORG", "International Atomic Energy Agency"),
            ent(GROSSI, "PERSON", "Grossi"),
            ent("Revolutionary Guards", "ORG"),
            ent("Al Udeid", "FAC"),
            ent("Axios", "ORG"),
            ent("Majed al-Ansari", "PERSON"),
            ent("Saudi Arabia", "GPE"),
            ent("United Arab Emirates", "GPE"),
            ent("Kuwait", "GPE"),
            ent("Evin prison", "FAC"),
            ent("Human Rights Activists News Agency", "ORG", "HRANA"),
            ent(RU, "GPE", "Moscow"),
            ent(PUTIN, "PERSON"),
            ent("Antonio Guterres", "PERSON"),
            ent("Benjamin Netanyahu", "PERSON"),
            ent("Steve Witkoff", "PERSON"),
            ent("Iranian", "NORP"),
            ent("Israeli", "NORP"),
        ],
        "events": [
            # Trump said late on Monday that Israel and Iran had agreed to a "complete and total
            # ceasefire" (a third party's announcement: reported, source Trump)
            ev("AGREE", "ceasefire", [IL, IR], [IR, IL], "reported", TRUMP, "2025-06-23"),
            # Qatar had helped broker the arrangement, an Iranian official told Reuters (X
            # reported, citing Y: the source is Y)
            ev(
                "CONSULT",
                "mediate",
                [QA],
                [IL, IR],
                "reported",
                "an Iranian official",
                "2025-06-23",
            ),
            # ... the truce would take effect in stages ... over after 24 hours (the agreed act,
            # planned; Araghchi's "by 4 a.m. ... on Tuesday" dates it)
            ev("RETREAT", "ceasefire", [IL, IR], [IR, IL], "planned", TRUMP, "2025-06-24"),
            # Araghchi wrote on X ... that there was "no agreement" on any ceasefire "as of now"
            # (denies Trump's announcement: target the one who made it)
            ev("REJECT", "deny", [ARAGHCHI], [TRUMP], "denied", date="2025-06-23"),
            # ... but Tehran had no intention of continuing its response if Israel stopped (a
            # conditional offer: AGREE of willingness; the planned truce is not repeated)
            ev("AGREE", "willingness", [ARAGHCHI], [IL], date="2025-06-23"),
            # Iran fired a barrage of missiles at a US air base in Qatar (the Guards' and
            # Qatar's accounts tell the same act; the base is American: target the US)
            ev("ASSAULT", "missile", [IR], [US], date="2025-06-23", location="Al Udeid"),
            # Early on Sunday, US B-2 stealth bombers struck ... Fordow and the Natanz complex,
            # while a US submarine fired Tomahawk cruise missiles at Isfahan (one operation on
            # three sites: one event, no single location)
            ev("ASSAULT", "air", [US], [IR], date="2025-06-22"),
            # Israel's war against Iran ... began with Israeli strikes on June 13
            ev("ASSAULT", "war", [IL], [IR], date="2025-06-13"),
            # He warned that Iran would face attacks "far greater" than those if it did not make
            # peace (own side's next act: planned; the condition is part of it)
            ev("THREATEN", "warn", [TRUMP], [IR], "planned", date="2025-06-21"),
            # Grossi ... urged Tehran to let the agency's inspectors return to the sites
            ev("REQUEST", "access", [GROSSI], [IR], date="2025-06-23"),
            # Several Iranian lawmakers have accused Grossi of paving the way for the attacks
            ev("ACCUSE", "allege", [IR], [GROSSI]),
            # ... the board's finding on June 12 that Iran was in breach of its
            # non-proliferation obligations
            ev("ACCUSE", "violation", [IAEA], [IR], date="2025-06-12"),
            # Trump ... thanked Iran for giving "early notice"
            ev("SUPPORT", "praise", [TRUMP], [IR], date="2025-06-23"),
            # Tehran had given Washington advance notice of the attack through diplomatic
            # channels, Axios reported, citing two US officials
            ev("CONSULT", "inform", [IR], [US], "reported", "US officials", "2025-06-23"),
            # Qatar condemned the attack as a "flagrant violation" of its sovereignty
            ev("ACCUSE", "disapprove", [QA], [IR], date="2025-06-23"),
            # ... al-Ansari said the state reserved the right to respond "directly" (own side's
            # act: planned)
            ev("THREATEN", "respond", ["Majed al-Ansari"], [IR], "planned", date="2025-06-23"),
            # Saudi Arabia, the United Arab Emirates and Kuwait also condemned the attack
            ev(
                "ACCUSE",
                "disapprove",
                ["Saudi Arabia", "United Arab Emirates", "Kuwait"],
                [IR],
                date="2025-06-23",
            ),
            # Its military said it had struck targets in Tehran, including the entrance to Evin
            # prison (own military act told by the doer: reported)
            ev("ASSAULT", "air", [IL], [IR], "reported", IL, "2025-06-23", "Tehran"),
            # Iranian missiles have kept hitting Israeli cities (since June 13)
            ev("ASSAULT", "missile", [IR], [IL], date="2025-06"),
            # Araghchi, speaking in Istanbul on Sunday, said the United States had "crossed a
            # very big red line"
            ev("ACCUSE", "disapprove", [ARAGHCHI], [US], date="2025-06-22"),
            # ... and that Iran reserved "all options" to defend its sovereignty (planned)
            ev("THREATEN", "warn", [ARAGHCHI], [US], "planned", date="2025-06-22"),
            # He flew to Moscow on Monday
            ev("CONSULT", "visit", [ARAGHCHI], [RU], date="2025-06-23", location="Moscow"),
            # ... where Putin called the strikes "absolutely unprovoked aggression"
            ev("ACCUSE", "disapprove", [PUTIN], [US], date="2025-06-23"),
            # Guterres said on Sunday he was "gravely alarmed" by the use of force
            ev("ACCUSE", "disapprove", ["Antonio Guterres"], [US], date="2025-06-22"),
            # ... while Netanyahu congratulated Trump on a "bold decision" (the "while" clause shares
            # Guterres's Sunday)
            ev("SUPPORT", "praise", ["Benjamin Netanyahu"], [TRUMP], date="2025-06-22"),
            # The White House said ... Witkoff was expected to meet Araghchi in the coming days
            # (own side's plan: planned, no source)
            ev("CONSULT", "meet", ["Steve Witkoff"], [ARAGHCHI], "planned"),
        ],
        "claims": [
            cl(7, "bombers", "B-2 bombers used in the strikes", "reported", US),
            cl(14, "bombs", "bunker-buster bombs dropped", "reported", US),
            cl(
                24,
                "missiles",
                "Tomahawk missiles launched at Isfahan",
                "reported",
                US,
                approximate=True,
            ),
            cl(
                6,
                "craters",
                "new craters above the Fordow site",
                "reported",
                "Maxar Technologies",
                approximate=True,
            ),
            cl(
                400,
                "kilograms",
                "uranium enriched close to weapons grade held by Iran before the war",
                "estimated",
                IAEA,
                approximate=True,
            ),
            cl(10000, "personnel", "American personnel at Al Udeid", approximate=True),
            cl(19, "missiles", "missiles Iran fired at Al Udeid", "reported", QA),
            cl(18, "missiles", "missiles intercepted by Qatar's air defences", "reported", QA),
            cl(
                14, "missiles", "missiles Iran fired at Al Udeid (Trump's count)", "reported", TRUMP
            ),
            cl(
                24,
                "people",
                "people killed in Israel since June 13",
                "reported",
                IL,
                approximate=True,
            ),
            cl(
                400,
                "people",
                "people killed by Israeli strikes in Iran",
                "reported",
                IR,
                approximate=True,
            ),
            cl(
                950,
                "people",
                "people killed in Iran (HRANA's count)",
                "reported",
                "Human Rights Activists News Agency",
                upper=1050,
            ),
            cl(
                380,
                "civilians",
                "civilians among those killed in Iran",
                "reported",
                "Human Rights Activists News Agency",
            ),
            cl(0.07, "share", "fall in the Brent crude price on Monday", approximate=True),
            cl(71, "USD", "Brent crude price per barrel on Monday", approximate=True),
        ],
    },
    # ------------------------------------------------------------------ (2) analysis, hedges
    "2025-01-09-denmark-greenland-trump-pressure.txt": {
        "title": "Would Trump really take Greenland by force?",
        "published": "2025-01-09",
        "entities": [
            ent(TRUMP, "PERSON", "Trump"),
            ent(DK, "GPE", "Copenhagen"),
            ent(GL, "GPE", "Nuuk"),
            ent(US, "GPE", "Washington"),
            ent("Mar-a-Lago", "FAC"),
            ent("Florida", "GPE"),
            ent("Panama Canal", "FAC"),
            ent("Panama", "GPE"),
            ent("Canada", "GPE"),
            ent(FREDERIKSEN, "PERSON", "Frederiksen"),
            ent("Truman administration", "ORG"),
            ent("TV2", "ORG"),
            ent("Lars Lokke Rasmussen", "PERSON"),
            ent("Arctic", "LOC"),
            ent(EGEDE, "PERSON", "Egede"),
            ent("Facebook", "ORG"),
            ent(TRUMP_JR, "PERSON"),
            ent("Aaja Chemnitz", "PERSON"),
            ent("Danish parliament", "ORG"),
            ent("Pituffik Space Base", "FAC"),
            ent("Troels Lund Poulsen", "PERSON"),
            ent("European Commission", "ORG"),
            ent("France", "GPE"),
            ent("Jean-Noel Barrot", "PERSON"),
            ent("France Inter", "ORG"),
            ent(EU, "ORG"),
            ent(DE, "GPE", "Berlin"),
            ent("Olaf Scholz", "PERSON"),
            ent("NATO", "ORG"),
            ent("Danish", "NORP"),
            ent("Greenlanders", "NORP", "Greenlandic"),
            ent("American", "NORP"),
            ent("European", "NORP"),
        ],
        "events": [
            # Trump refused to rule out military force to acquire the island (Tuesday, at
            # Mar-a-Lago; own side's possible act: THREATEN, planned)
            ev("THREATEN", "military", [TRUMP], [DK], "planned", date="2025-01-07"),
            # ... threatened to hit Denmark with tariffs "at a very high level" if it stood in
            # the way (announced for the future by the actor: THREATEN)
            ev("THREATEN", "tariffs", [TRUMP], [DK], "planned", date="2025-01-07"),
            # ... and said Copenhagen should give up the territory
            ev("REQUEST", "cede", [TRUMP], [DK], date="2025-01-07"),
            # he declined to rule out force to take back the Panama Canal (the canal lies in
            # Panama: the state is the target)
            ev("THREATEN", "military", [TRUMP], ["Panama"], "planned", date="2025-01-07"),
            # ... and said he would use "economic force" to turn Canada into the 51st state
            ev("THREATEN", "economic", [TRUMP], ["Canada"], "planned", date="2025-01-07"),
            # Trump first floated buying Greenland in 2019
            ev("REQUEST", "purchase", [TRUMP], [DK], date="2019"),
            # ... an idea Frederiksen called "absurd" at the time
            ev("REJECT", "proposal", [FREDERIKSEN], [TRUMP], date="2019"),
            # the Truman administration offered Denmark $100 million in gold for the island in
            # 1946
            ev("REQUEST", "purchase", [US], [DK], date="1946"),
            # ... and was turned down (Denmark refused)
            ev("REJECT", "proposal", [DK], [US], date="1946"),
            # "Greenland is not for sale," she told the broadcaster TV2 on Tuesday evening
            # (the "closest ally" line is goodwill: not coded)
            ev("REJECT", "proposal", [FREDERIKSEN], [TRUMP], date="2025-01-07"),
            # Rasmussen ... on Wednesday: Denmark was ready to discuss with Washington how to
            # meet American security concerns (stated willingness: AGREE ...)
            ev("AGREE", "willingness", ["Lars Lokke Rasmussen"], [US], date="2025-01-08"),
            # ... plus the offered act (planned)
            ev("CONSULT", "negotiate", [DK], [US], "planned"),
            # Egede wrote on Facebook on Wednesday that ... the island "is not for sale"
            ev("REJECT", "proposal", [EGEDE], [TRUMP], date="2025-01-08"),
            # In his New Year address a week earlier, Egede had called for Greenland to take
            # the next steps towards independence from Denmark
            ev("REQUEST", "independence", [EGEDE], [DK], date="2025-01-01"),
            # Frederiksen and Egede are due to meet in Copenhagen on Friday (writer's plan)
            ev(
                "CONSULT",
                "meet",
                [FREDERIKSEN, EGEDE],
                [EGEDE, FREDERIKSEN],
                "planned",
                date="2025-01-10",
                location="Copenhagen",
            ),
            # Donald Trump Jr. flew into Nuuk on Tuesday (Nuuk is in GeoNames: Greenland)
            ev("CONSULT", "visit", [TRUMP_JR], [GL], date="2025-01-07", location="Nuuk"),
            # Greenland's government said no members of the cabinet would meet him (a refusal:
            # asserted)
            ev("REJECT", "refuse meeting", [GL], [TRUMP_JR], date="2025-01-07"),
            # Chemnitz called the visit "a publicity stunt" (undated)
            ev("ACCUSE", "disapprove", ["Aaja Chemnitz"], [TRUMP_JR]),
            # Pituffik Space Base ... under a defence agreement the two countries signed in 1951
            ev("AGREE", "defence", [US, DK], [DK, US], date="1951"),
            # Last month the Danish government announced a package for Arctic defence ... two
            # new Arctic inspection ships, long-range drones and more dog-sled patrols (own
            # build-up: MOBILIZE, empty target, planned)
            ev("MOBILIZE", "military", [DK], [], "planned", date="2024-12"),
            # The European Commission said on Wednesday that it stood by Denmark
            ev("SUPPORT", "diplomatic", ["European Commission"], [DK], date="2025-01-08"),
            # Barrot ... the European Union would not let "other nations of the world, whoever
            # they may be, attack its sovereign borders" (a warning in reaction to Trump's
            # remarks: targets their doer; own side's act: planned)
            ev("THREATEN", "warn", ["Jean-Noel Barrot"], [TRUMP], "planned", date="2025-01-08"),
            # Scholz ... spoke of "incomprehension" ... at Trump's remarks
            ev("ACCUSE", "disapprove", ["Olaf Scholz"], [TRUMP], date="2025-01-08"),
            # Several Danish defence analysts expect Copenhagen to offer Washington a larger
            # military footprint on the island (speculation keeps the hedger as source)
            ev("AGREE", "offer", [DK], [US], "speculated", "Danish defence analysts"),
        ],
        "claims": [
            cl(100000000, "USD", "Truman administration's offer for Greenland in 1946"),
            cl(56000, "people", "population of Greenland", approximate=True),
            cl(0.8, "share", "share of Greenland under ice", approximate=True),
            cl(150, "personnel", "US personnel stationed at Pituffik Space Base", upper=200),
            cl(
                15000000000,
                "DKK",
                "Denmark's Arctic defence package",
                "planned",
                approximate=True,
            ),
            cl(
                2100000000,
                "USD",
                "Denmark's Arctic defence package (dollar value)",
                "planned",
                approximate=True,
            ),
            cl(2, "ships", "new Arctic inspection ships in the package", "planned"),
            cl(
                4300000000,
                "DKK",
                "Denmark's annual block grant to Greenland",
                approximate=True,
            ),
            cl(
                600000000,
                "USD",
                "Denmark's annual block grant to Greenland (dollar value)",
                approximate=True,
            ),
            cl(
                0.5,
                "share",
                "share of Greenland's public budget covered by the block grant",
                approximate=True,
            ),
            cl(2, "members", "Greenland's members of the Danish parliament"),
        ],
    },
    # ------------------------------------------------------------------ (3) wire, boilerplate
    "2024-02-23-navalny-death-sanctions.txt": {
        "title": "US, EU and Britain hit Russia with new sanctions a week after Navalny's death",
        "published": "2024-02-23",
        "entities": [
            ent(US, "GPE", "Washington"),
            ent(RU, "GPE", "Moscow", "Kremlin"),
            ent(NAVALNY, "PERSON", "Navalny"),
            ent("Ukraine", "GPE"),
            ent(PUTIN, "PERSON", "Putin"),
            ent("Joe Biden", "PERSON", "Biden"),
            ent("IK-3", "FAC"),
            ent("Kharp", "GPE"),
            ent(YULIA, "PERSON", "Navalnaya"),
            ent("Dasha Navalnaya", "PERSON", "Dasha"),
            ent("San Francisco", "GPE"),
            ent(EU, "ORG", "EU"),
            ent("China", "GPE"),
            ent("India", "GPE"),
            ent("Turkey", "GPE"),
            ent("Josep Borrell", "PERSON"),
            ent(UK, "GPE", "Britain", "UK"),
            ent("Vadim Konstantinov", "PERSON"),
            ent("David Cameron", "PERSON"),
            ent("Maria Zakharova", "PERSON"),
            ent("Nigel Casey", "PERSON"),
            ent(DE, "GPE"),
            ent("Alexander Graf Lambsdorff", "PERSON"),
            ent("France", "GPE"),
            ent("Netherlands", "GPE"),
            ent("Dmitry Peskov", "PERSON", "Peskov"),
            ent("Brussels", "GPE"),
            ent("Lyudmila Navalnaya", "PERSON"),
            ent("Salekhard", "GPE"),
            ent("OVD-Info", "ORG"),
            ent("St Petersburg", "GPE"),
            ent("Group of Seven", "ORG"),
            ent("Volodymyr Zelensky", "PERSON"),
            ent("Russian", "NORP"),
        ],
        "events": [
            # The United States on Friday imposed sanctions on more than 500 targets (the
            # Treasury and State Department measures, Mir, the three officials: one package)
            ev("SANCTION", "sanctions", [US], [RU], date="2024-02-23"),
            # The Commerce Department separately added 93 entities ... to its export blacklist
            ev("SANCTION", "export", [US], [RU], date="2024-02-23"),
            # "Putin is responsible for Navalny's death," Biden said last Friday
            ev("ACCUSE", "allege", ["Joe Biden"], [PUTIN], date="2024-02-16"),
            # On Thursday Biden met Navalny's widow ... and their daughter ... in San Francisco
            ev(
                "CONSULT",
                "meet",
                ["Joe Biden"],
                [YULIA, "Dasha Navalnaya"],
                date="2024-02-22",
                location="San Francisco",
            ),
            # the European Union on Friday formally adopted its 13th package of sanctions
            ev("SANCTION", "sanctions", [EU], [RU], date="2024-02-23"),
            # Borrell said the bloc would also impose further sanctions on those responsible
            # (announced for the future by the actor: THREATEN)
            ev("THREATEN", "sanctions", ["Josep Borrell"], [RU], "planned"),
            # On Wednesday, the Foreign Office froze the assets of six officials ..., including
            # its head, Vadim Konstantinov, and banned them from travelling (one measure; the
            # one named person is the target)
            ev("SANCTION", "sanctions", [UK], ["Vadim Konstantinov"], date="2024-02-21"),
            # Zakharova called the EU package "illegitimate"
            ev("ACCUSE", "disapprove", ["Maria Zakharova"], [EU]),
            # ... and said Russia would respond (own side's act: planned)
            ev("THREATEN", "retaliate", ["Maria Zakharova"], [EU], "planned"),
            # On Tuesday the ministry summoned the British ambassador ... and the German
            # ambassador ... over what it called interference (envoys act for their states)
            ev("ACCUSE", "summon", [RU], [UK, DE], date="2024-02-20"),
            # Britain, Germany, France and the Netherlands had summoned Russia's envoys last
            # week to protest against Navalny's death
            ev("ACCUSE", "summon", [UK, DE, "France", "Netherlands"], [RU], date="2024-02"),
            # In a video on Monday she accused President Vladimir Putin of killing him
            ev("ACCUSE", "allege", [YULIA], [PUTIN], date="2024-02-19"),
            # The Kremlin rejected her accusations ..., Peskov told reporters on Tuesday (named
            # speaker; target the accuser)
            ev("REJECT", "deny", ["Dmitry Peskov"], [YULIA], "denied", date="2024-02-20"),
            # On Monday, Navalnaya also addressed European Union foreign ministers at a meeting
            # in Brussels
            ev("CONSULT", "meet", [YULIA], [EU], date="2024-02-19", location="Brussels"),
            # ... and urged them not to recognise the result of next month's election
            ev("REQUEST", "policy", [YULIA], [EU], date="2024-02-19"),
            # In a video addressed to Putin on Tuesday, she demanded that her son's body be
            # handed over
            ev("REQUEST", "release", ["Lyudmila Navalnaya"], [PUTIN], date="2024-02-20"),
            # Investigators have refused ..., Navalny's team said (the story's country's
            # investigators)
            ev("REJECT", "request", [RU], ["Lyudmila Navalnaya"], "reported", "Navalny's team"),
            # thousands of people have laid flowers in Navalny's memory at monuments to the
            # victims of Soviet repression (unnamed crowd: no actor)
            ev("PROTEST", "demonstrate", [], [RU], date="2024-02"),
            # ... and police have detained hundreds of them (OVD-Info's, the local media's and
            # the interior ministry's counts are claims of this one act)
            ev("COERCE", "arrest", [RU], [], date="2024-02"),
            # Navalny had been in prison since January 2021, when he was arrested on his return
            # from Germany
            ev("COERCE", "arrest", [RU], [NAVALNY], date="2021-01"),
            # ... a nerve-agent poisoning that he blamed on the Kremlin (the poisoning is only
            # the content of the accusation)
            ev("ACCUSE", "allege", [NAVALNY], [RU]),
            # Russia's full-scale invasion of Ukraine two years ago
            ev("ASSAULT", "invasion", [RU], ["Ukraine"], date="2022-02"),
            # Group of Seven leaders will hold a video call with Zelensky on Saturday
            ev(
                "CONSULT",
                "multilateral",
                ["Group of Seven"],
                ["Volodymyr Zelensky"],
                "planned",
                date="2024-02-24",
            ),
        ],
        "claims": [
            cl(500, "targets", "targets of the new US sanctions", approximate=True),
            cl(
                3,
                "officials",
                "officials held responsible for Navalny's treatment sanctioned by the US",
            ),
            cl(93, "entities", "entities added to the US export blacklist"),
            cl(1900, "kilometres", "distance from Kharp to Moscow", approximate=True),
            cl(
                200,
                "entities",
                "individuals and entities added to the EU sanctions list",
                approximate=True,
            ),
            cl(6, "officials", "penal colony officials sanctioned by Britain"),
            cl(
                400,
                "people",
                "people detained since last Friday",
                "reported",
                "OVD-Info",
                approximate=True,
            ),
            cl(39, "cities", "cities where people were detained", "reported", "OVD-Info"),
            cl(
                150,
                "people",
                "people detained in St Petersburg",
                "reported",
                "local media",
                upper=200,
            ),
            cl(35, "people", "people detained nationwide (official count)", "reported", RU),
            cl(
                300000000000,
                "USD",
                "Russian central bank assets frozen by Western governments",
                approximate=True,
            ),
            cl(
                0.333,
                "share",
                "share of Russia's federal budget revenue from oil and gas",
                approximate=True,
            ),
        ],
    },
    # ------------------------------------------------------------------ (4) live blog
    "2025-10-28-us-strikes-caribbean-boats-venezuela.txt": {
        "title": (
            "US strikes on alleged drug boats: 14 killed in eastern Pacific as Venezuela "
            "mobilises militia"
        ),
        "published": "2025-10-28",
        "entities": [
            ent(US, "GPE", "US", "Washington"),
            ent(HEGSETH, "PERSON", "Hegseth"),
            ent("eastern Pacific", "LOC"),
            ent("Caribbean", "LOC"),
            ent("Reuters", "ORG"),
            ent("USS Gerald R. Ford", "PRODUCT"),
            ent(VE, "GPE", "Caracas"),
            ent(MADURO, "PERSON", "Maduro"),
            ent(TT, "GPE", "Trinidad", "Port of Spain"),
            ent("Volker Turk", "PERSON"),
            ent("United Nations", "ORG", "UN"),
            ent(PETRO, "PERSON", "Petro"),
            ent(CO, "GPE"),
            ent(TRUMP, "PERSON", "Trump"),
            ent("Delcy Rodriguez", "PERSON"),
            ent("Dragon", "FAC"),
            ent("Geneva", "GPE"),
            ent("White House", "ORG"),
            ent("Mexico", "GPE"),
            ent("Claudia Sheinbaum", "PERSON"),
            ent("Tren de Aragua", "ORG"),
            ent("US Navy", "ORG"),
            ent("Mediterranean", "LOC"),
            ent("Pentagon", "ORG"),
            ent("F-35", "PRODUCT"),
            ent("B-1", "PRODUCT"),
            ent("Bolivarian Militia", "ORG"),
            ent("CIA", "ORG"),
            ent("Cartel de los Soles", "ORG"),
            ent("UN Security Council", "ORG"),
            ent("Kamla Persad-Bissessar", "PERSON"),
            ent("USS Gravely", "PRODUCT"),
            ent("Colombian", "NORP"),
            ent("Venezuelan", "NORP"),
        ],
        "events": [
            # (Key points and the 14:32 entry) US forces struck four boats in the eastern
            # Pacific on Monday, killing 14 people, Hegseth said (own military act told by the
            # doer's side: reported; the crews are unnamed: no target)
            ev(
                "ASSAULT",
                "air",
                [US],
                [],
                "reported",
                HEGSETH,
                "2025-10-27",
                "eastern Pacific",
            ),
            # The first, on September 2, killed 11 people on a boat in the Caribbean that Trump
            # said belonged to the Tren de Aragua gang ("that Trump said": not a target)
            ev("ASSAULT", "air", [US], [], date="2025-09-02", location="Caribbean"),
            # ... which his administration designated a foreign terrorist organisation in
            # February (blacklisting: SANCTION)
            ev("SANCTION", "blacklist", [US], ["Tren de Aragua"], date="2025-02"),
            # (Key points and 17:05) Petro has condemned the latest strikes, calling them
            # "murder" and accusing the United States of killing a Colombian fisherman (one
            # statement, one ACCUSE)
            ev("ACCUSE", "disapprove", [PETRO], [US], date="2025-10-28"),
            # Washington imposed sanctions on Petro, his wife and his son on Friday
            ev("SANCTION", "sanctions", [US], [PETRO], date="2025-10-24"),
            # ... after Trump called him an "illegal drug leader"
            ev("ACCUSE", "allege", [TRUMP], [PETRO], date="2025-10"),
            # ... and said he would cut off all US aid to Colombia (announced for the future:
            # THREATEN)
            ev("THREATEN", "cut aid", [TRUMP], [CO], "planned", date="2025-10"),
            # (Key points and 16:20) Venezuela has suspended the Dragon gas agreement with
            # Trinidad and Tobago (walking away from an agreement: REJECT; own measure
            # announced by itself: asserted)
            ev("REJECT", "agreement", [VE], [TT], date="2025-10-28"),
            # She accused the government in Port of Spain of turning its territory into "an
            # aircraft carrier" ... and of hosting a "provocation"
            ev("ACCUSE", "allege", ["Delcy Rodriguez"], [TT], date="2025-10-28"),
            # (Key points and 15:10) Turk said the US strikes violated international law and
            # amounted to extrajudicial killings
            ev("ACCUSE", "violation", ["Volker Turk"], [US], date="2025-10-28"),
            # He urged Washington to halt the strikes and to investigate them
            ev("REQUEST", "halt", ["Volker Turk"], [US], date="2025-10-28"),
            # Sheinbaum said on Tuesday she did not agree with the strikes
            ev("ACCUSE", "disapprove", ["Claudia Sheinbaum"], [US], date="2025-10-28"),
            # ... and had asked her foreign minister to raise the matter with the US
            # ambassador (own side's plan)
            ev("CONSULT", "meet", ["Mexico"], [US], "planned"),
            # (Key points and 11:48) The USS Gerald R. Ford ... heading for the Caribbean after
            # Hegseth ordered them there ... on Friday, the Pentagon said (own deployment told
            # by the doer's side: reported; no target named)
            ev("MOBILIZE", "deploy", [US], [], "reported", US, "2025-10-24", "Caribbean"),
            # US B-1 bombers flew off Venezuela's coast on Thursday, according to
            # flight-tracking data
            ev(
                "MOBILIZE",
                "show of force",
                [US],
                [VE],
                "reported",
                "flight-tracking data",
                "2025-10-23",
            ),
            # (Key points and 10:30) Venezuela has deployed troops and members of the Bolivarian
            # Militia along its Caribbean coast (own territory: empty target)
            ev("MOBILIZE", "troops", [VE], []),
            # Maduro accused Washington of "fabricating a new eternal war" and of plotting with
            # the CIA to stage a "false-flag" attack (one statement, one ACCUSE)
            ev("ACCUSE", "allege", [MADURO], [US]),
            # Washington accuses Maduro of leading a drug-trafficking network
            ev("ACCUSE", "allege", [US], [MADURO]),
            # ... a charge he denies
            ev("REJECT", "deny", [MADURO], [US], "denied"),
            # Trump said last week that targets "on land" in Venezuela could be next (own
            # side's next act: planned)
            ev("THREATEN", "military", [TRUMP], [VE], "planned", date="2025-10"),
            # Caracas has asked for an emergency session of the UN Security Council
            ev("REQUEST", "meeting", [VE], ["UN Security Council"]),
            # (Key points and 09:15) Persad-Bissessar said on Monday that her government
            # supported the US strikes
            ev("SUPPORT", "diplomatic", ["Kamla Persad-Bissessar"], [US], date="2025-10-27"),
            # The US destroyer USS Gravely docked in Port of Spain on Sunday for several days of
            # joint exercises with Trinidad's defence force
            ev(
                "COOPERATE",
                "military",
                [US, TT],
                [TT, US],
                date="2025-10-26",
                location="Port of Spain",
            ),
        ],
        "claims": [
            cl(4, "vessels", "boats struck in the eastern Pacific on Monday", "reported", HEGSETH),
            cl(3, "strikes", "US strikes in the eastern Pacific on Monday", "reported", HEGSETH),
            cl(14, "people", "people killed in Monday's strikes", "reported", HEGSETH),
            cl(1, "people", "survivors of Monday's strikes", "reported", HEGSETH),
            cl(
                57,
                "people",
                "people killed in US strikes on boats since early September",
                "reported",
                "Reuters",
                approximate=True,
            ),
            cl(
                14,
                "strikes",
                "US strikes on boats since early September",
                "reported",
                "Reuters",
                approximate=True,
            ),
            cl(11, "people", "people killed in the first strike on September 2"),
            cl(
                0.667,
                "share",
                "Colombia's share of world cocaine production",
                "estimated",
                "United Nations",
                approximate=True,
            ),
            cl(
                0.05,
                "share",
                "share of US-bound cocaine passing through Venezuela",
                "estimated",
                "US officials",
                upper=0.08,
            ),
            cl(4000, "sailors", "sailors aboard the USS Gerald R. Ford", approximate=True),
            cl(8, "warships", "US warships already in the region"),
            cl(10000, "troops", "US troops deployed in the region", approximate=True),
            cl(
                8000000,
                "people",
                "people enlisted in the Bolivarian Militia",
                "reported",
                MADURO,
                approximate=True,
            ),
            cl(50000000, "USD", "US reward for information leading to Maduro's arrest"),
        ],
    },
}

# ------------------------------------------------------------------ checks
TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip
MODALITIES = {"asserted", "reported", "estimated", "speculated", "planned", "denied", "opinion"}
ENTITY_TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "FAC", "PRODUCT", "LAW", "OTHER"}


def _check(pages):
    """Sanity checks: four part-B pages; every actor, target and location is a listed entity,
    types, modalities and entity types come from the contract; the pages hold what the gold
    says (every alias, and every name that has none, occurs in the page)."""
    assert len(pages) == 4, len(pages)
    for name, page in pages.items():
        raw = (HERE / "pages" / name).read_text(encoding="utf-8")
        names = {e["name"] for e in page["entities"]}
        surface = names | {a for e in page["entities"] for a in e["aliases"]}
        assert len(names) == len(page["entities"]), (name, "duplicate entity")
        for e in page["entities"]:
            assert e["type"] in ENTITY_TYPES, (name, e)
            for form in e["aliases"]:
                assert form in raw, (name, "alias not in page", form)
            assert e["name"] in raw or e["aliases"], (name, "not in page", e["name"])
        assert 20 <= len(page["events"]) <= 30, (name, len(page["events"]))
        assert 8 <= len(page["claims"]) <= 15, (name, len(page["claims"]))
        assert 25 <= len(page["entities"]) <= 36, (name, len(page["entities"]))
        for e in page["events"]:
            assert e["type"] in TYPES, (name, e)
            assert e["modality"] in MODALITIES, (name, e)
            assert isinstance(e["mode"], str) and e["mode"], (name, e)
            for who in e["actors"] + e["targets"]:
                assert who in names, (name, e["type"], who)
            assert e["actors"] or e["type"] in {"ASSAULT", "PROTEST"}, (name, e)
            assert e["modality"] != "reported" or e["source"], (name, e)
            if e["modality"] == "denied":
                assert e["type"] == "REJECT", (name, e)
            if e["location"]:
                assert e["location"] in surface, (name, "location", e["location"])
            if e["date"]:
                assert e["date"] <= page["published"] or e["modality"] == "planned", (name, e)
        for c in page["claims"]:
            assert c["modality"] in MODALITIES, (name, c)
            assert c["modality"] not in {"reported", "estimated"} or c["attributed_to"], (name, c)
            assert c["upper"] is None or c["upper"] > c["value"], (name, c)
            assert c["unit"] != "share" or 0 < c["value"] <= 1, (name, c)


_check(PAGES)
write_gold(HERE, PAGES)

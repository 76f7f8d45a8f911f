"""Writes eval/dev7/gold/*.json for part B of set 7 (facts-only gold, hand-written from the page
text without running the extractor).

Each page: title, published, entities (name, type, aliases), events and claims in the contract's
shape; `text` and `evidence` are null (scored on facts alone). Conventions follow
docs/annotation.md and, where it is silent, the choices of eval/dev6 (README_a.md, README_b.md)
and, behind them, eval/dev5, eval/dev4 and eval/dev3; the choices made for this half are listed
in eval/dev7/README_b.md. Part A of the set is written separately (make_gold_a.py); this script
writes only the four part-B pages.
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent


sys.path.insert(0, str(HERE.parent))
from goldkit import cl, ent, ev, write_gold  # noqa: E402

US = "United States"
IN = "India"
PK = "Pakistan"
TRUMP = "Donald Trump"
RUBIO = "Marco Rubio"
MISRI = "Vikram Misri"
CHAUDHRY = "Ahmed Sharif Chaudhry"
NE = "Niger"
RU = "Russia"
FR = "France"
ABDR = "Amadou Abdramane"
ZEINE = "Ali Mahaman Lamine Zeine"
SD = "Sudan"
KE = "Kenya"
RSF = "Rapid Support Forces"
SPLMN = "Sudan People's Liberation Movement-North"
AU = "African Union"
UN = "United Nations"
RUTO = "William Ruto"
DAGALO = "Mohamed Hamdan Dagalo"
SE = "Sweden"
HU = "Hungary"
FI = "Finland"
TR = "Turkey"
UA = "Ukraine"
NATO = "NATO"
UK_ = "Ulf Kristersson"
ORBAN = "Viktor Orban"
BLINKEN = "Antony Blinken"
BIDEN = "Joe Biden"

PAGES = {
    # ------------------------------------------------------------------ (1) wire, agencies
    "2025-05-10-india-pakistan-strikes-ceasefire.txt": {
        "title": "India and Pakistan agree to ceasefire after four days of strikes, Trump says",
        "published": "2025-05-10",
        "entities": [
            ent(IN, "GPE", "New Delhi"),
            ent(PK, "GPE", "Islamabad"),
            ent(US, "GPE", "U.S.", "Washington"),
            ent(TRUMP, "PERSON", "Trump"),
            ent(RUBIO, "PERSON"),
            ent("JD Vance", "PERSON"),
            ent("Narendra Modi", "PERSON"),
            ent("Shehbaz Sharif", "PERSON", "Sharif"),
            ent("Asim Munir", "PERSON"),
            ent(MISRI, "PERSON", "Misri"),
            ent("Ishaq Dar", "PERSON"),
            ent("Kashmir", "LOC"),
            ent("Line of Control", "LOC"),
            ent("Srinagar", "GPE"),
            ent("Press Trust of India", "ORG"),
            ent("Pahalgam", "GPE"),
            ent("Indus Waters Treaty", "LAW"),
            ent("Attari", "GPE"),
            ent(CHAUDHRY, "PERSON"),
            ent("Rafale", "PRODUCT", "Rafales"),
            ent("Masood Azhar", "PERSON"),
            ent("Jaish-e-Mohammed", "ORG"),
            ent("Hindustan Times", "ORG"),
            ent("Poonch", "GPE"),
            ent("Nur Khan", "FAC"),
            ent("PTV", "ORG"),
            ent("Inter-Services Public Relations", "ORG", "ISPR"),
            ent("China", "GPE"),
            ent("Saudi Arabia", "GPE"),
            ent("Adel al-Jubeir", "PERSON"),
            ent("Saudi Press Agency", "ORG"),
            ent("Indian", "NORP"),
            ent("Pakistani", "NORP"),
            ent("Hindu", "NORP"),
            ent("French", "NORP"),
        ],
        "events": [
            # India and Pakistan agreed on Saturday to stop all firing ..., Trump announced
            # (Misri's "the two had agreed to halt firing" and Dar's confirmation are the same
            # agreement)
            ev("AGREE", "ceasefire", [IN, PK], [PK, IN], "reported", TRUMP, "2025-05-10"),
            # Trump wrote that the agreement followed "a long night of talks" mediated by
            # Washington (his own side's act, told by him: reported, dev4's Trump phone call)
            ev("CONSULT", "mediate", [US], [IN, PK], "reported", TRUMP, "2025-05"),
            # Rubio said he and Vance had spent the previous 48 hours on the phone with Modi,
            # Sharif and Munir
            ev(
                "CONSULT",
                "phone",
                [RUBIO, "JD Vance"],
                ["Narendra Modi", "Shehbaz Sharif", "Asim Munir"],
                "reported",
                RUBIO,
                "2025-05",
            ),
            # Misri said Pakistan's DGMO had telephoned his Indian counterpart at 3:35 p.m.
            # (the DGMOs act for their states; a call told by one of its sides: reported)
            ev("CONSULT", "phone", [PK], [IN], "reported", MISRI, "2025-05-10"),
            # "The two officers will speak again on May 12," Misri said (own side's plan)
            ev("CONSULT", "phone", [IN, PK], [PK, IN], "planned", date="2025-05-12"),
            # Dar ... thanked the United States for its role
            ev("SUPPORT", "praise", ["Ishaq Dar"], [US], date="2025-05-10"),
            # The truce took effect on schedule (observed by both its sides)
            ev("RETREAT", "ceasefire", [IN, PK], [PK, IN], date="2025-05-10"),
            # Misri went back in front of the cameras to accuse Pakistan of "repeated
            # violations"
            ev("ACCUSE", "allege", [MISRI], [PK], date="2025-05-10"),
            # ... and said the armed forces had been told to respond "strongly" to any further
            # breach (his own side's future act: planned)
            ev("THREATEN", "warn", [MISRI], [PK], "planned", date="2025-05-10"),
            # In Islamabad, the foreign ministry rejected the charge (target: the accuser)
            ev("REJECT", "deny", [PK], [MISRI], "denied", date="2025-05-10"),
            # ... and accused Indian troops of breaching the truce first
            ev("ACCUSE", "allege", [PK], [IN], date="2025-05-10"),
            # before dawn on Wednesday, India fired missiles at what it said were nine
            # "terrorist" sites in Pakistan and Pakistani-administered Kashmir
            ev("ASSAULT", "missile", [IN], [PK], date="2025-05-07"),
            # the April 22 attack near Pahalgam, where gunmen killed 26 people (unnamed doers:
            # no actor; Pahalgam is too small for GeoNames' 15,000: the state, India)
            ev("ASSAULT", "attack", [], [IN], date="2025-04-22", location="Pahalgam"),
            # India accused Pakistan of backing the attackers
            ev("ACCUSE", "allege", [IN], [PK]),
            # ... a charge Islamabad denied
            ev("REJECT", "deny", [PK], [IN], "denied"),
            # New Delhi put its part of the 1960 Indus Waters Treaty on hold (suspending a
            # treaty: REJECT agreement, as the seed gold codes the 2018 pact)
            ev("REJECT", "agreement", [IN], [PK], date="2025-04"),
            # ... and closed the main land crossing at Attari
            ev("COERCE", "restrict movement", [IN], [PK], date="2025-04", location="Attari"),
            # ... and Pakistan shut its airspace to Indian airlines (closed to a country's
            # carriers: SANCTION)
            ev("SANCTION", "close airspace", [PK], [IN], date="2025-04"),
            # Chaudhry said the air force had shot down five Indian fighter jets during
            # Wednesday's strikes (India has not confirmed: not a denial)
            ev("ASSAULT", "shoot down", [PK], [IN], "reported", CHAUDHRY, "2025-05-07"),
            # India said Pakistan had flown between 300 and 400 drones over 36 locations on
            # Thursday night
            ev("ASSAULT", "drone", [PK], [IN], "reported", IN, "2025-05-08"),
            # ... Pakistan's military called the account "baseless"
            ev("REJECT", "deny", [PK], [IN], "denied"),
            # Heavy Pakistani shelling killed at least 12 civilians in Poonch district ...,
            # Indian officials said
            ev(
                "ASSAULT",
                "shelling",
                [PK],
                [IN],
                "reported",
                "Indian officials",
                "2025-05",
                "Poonch",
            ),
            # Pakistan said India had fired missiles at three of its air bases, including Nur
            # Khan
            ev("ASSAULT", "missile", [IN], [PK], "reported", PK, "2025-05-10", "Nur Khan"),
            # Its forces hit back within hours ..., PTV reported, citing ISPR (source: the one
            # cited; ISPR speaks for Pakistan). The Indian officials' "targeted more than two
            # dozen sites" tells the same act.
            ev("ASSAULT", "strike", [PK], [IN], "reported", PK, "2025-05-10"),
            # China, Pakistan's closest ally, welcomed the truce (targets its doers)
            ev("SUPPORT", "diplomatic", ["China"], [IN, PK], date="2025-05-10"),
            # al-Jubeir had visited both capitals this week ..., the Saudi Press Agency
            # reported
            ev(
                "CONSULT",
                "visit",
                ["Adel al-Jubeir"],
                [IN, PK],
                "reported",
                "Saudi Press Agency",
                "2025-05",
            ),
        ],
        "claims": [
            cl(26, "people", "people killed by gunmen near Pahalgam on April 22"),
            cl(9, "sites", "sites India fired missiles at on Wednesday", "reported", IN),
            cl(5, "jets", "Indian fighter jets Pakistan says it shot down", "reported", CHAUDHRY),
            cl(3, "Rafales", "French-made Rafales among the jets shot down", "reported", CHAUDHRY),
            cl(31, "civilians", "civilians killed in Wednesday's strikes", "reported", PK),
            cl(
                100,
                "militants",
                "militants killed in Wednesday's strikes",
                "reported",
                "senior Indian defence officials",
                approximate=True,
            ),
            cl(
                300,
                "drones",
                "drones Pakistan flew over Indian locations on Thursday night",
                "reported",
                IN,
                upper=400,
            ),
            cl(36, "locations", "locations the Pakistani drones flew over", "reported", IN),
            cl(
                12,
                "civilians",
                "civilians killed by Pakistani shelling in Poonch district",
                "reported",
                "Indian officials",
                approximate=True,
            ),
            cl(
                3,
                "air bases",
                "Pakistani air bases India fired missiles at on Saturday",
                "reported",
                PK,
            ),
            cl(
                24,
                "sites",
                "sites targeted by Pakistani drones and missiles on Saturday",
                "reported",
                "Indian officials",
                approximate=True,
            ),
            cl(40, "civilians", "civilians killed in Pakistan since Wednesday", "reported", PK),
            cl(11, "soldiers", "Pakistani soldiers killed since Wednesday", "reported", PK),
            cl(
                21, "deaths", "civilian deaths India has reported", "reported", IN, approximate=True
            ),
            cl(5, "soldiers", "Indian soldiers lost", "reported", IN),
        ],
    },
    # ------------------------------------------------------------------ (2) analysis, hedges
    "2024-03-16-niger-revokes-us-military-accord.txt": {
        "title": "Niger's break with Washington may open the door wider to Moscow",
        "published": "2024-03-16",
        "entities": [
            ent(NE, "GPE", "Niamey"),
            ent(US, "GPE", "Washington", "US"),
            ent(RU, "GPE", "Moscow"),
            ent("Iran", "GPE", "Tehran"),
            ent(FR, "GPE"),
            ent("Sahel", "LOC"),
            ent(ABDR, "PERSON", "Abdramane"),
            ent("Molly Phee", "PERSON"),
            ent("State Department", "ORG"),
            ent("Michael Langley", "PERSON"),
            ent("US Africa Command", "ORG"),
            ent(ZEINE, "PERSON", "Zeine"),
            ent("Abdourahamane Tiani", "PERSON"),
            ent("Sabrina Singh", "PERSON"),
            ent("Pentagon", "ORG"),
            ent("Air Base 201", "FAC"),
            ent("Agadez", "GPE"),
            ent("al Qaeda", "ORG"),
            ent("Islamic State", "ORG"),
            ent("Mohamed Bazoum", "PERSON", "Bazoum"),
            ent("Yunus-Bek Yevkurov", "PERSON"),
            ent("Africa Corps", "ORG"),
            ent("Wagner group", "ORG"),
            ent("European Union", "ORG"),
            ent("West Africa", "LOC"),
            ent("Benin", "GPE"),
            ent("Ghana", "GPE"),
            ent("Ivory Coast", "GPE"),
            ent("American", "NORP", "Americans"),
            ent("Nigerien", "NORP", "Nigeriens"),
            ent("Western", "NORP"),
            ent("Russian", "NORP"),
        ],
        "events": [
            # Niger's military rulers on Saturday scrapped the accord (Abdramane's "ending the
            # agreement 'with immediate effect'" is the same act; revoking a military pact is
            # REJECT agreement, as the seed gold and dev6 code suspending one)
            ev("REJECT", "agreement", [NE], [US], date="2024-03-16"),
            # Abdramane argued ... the presence of American soldiers was therefore illegal, and
            # accused Washington of a "condescending attitude" and of trying to dictate which
            # partners Nigeriens could choose (one statement, one speaker, one target: one
            # ACCUSE)
            ev("ACCUSE", "disapprove", [ABDR], [US], date="2024-03-16"),
            # US officials, he said, had threatened Niger with reprisals (an account that
            # blames: the reported act; his ACCUSE is the one above)
            ev("THREATEN", "warn", [US], [NE], "reported", ABDR, "2024-03"),
            # Phee ... led a delegation to Niamey on Tuesday, which also included Langley, for
            # talks with Zeine and other ministers (talks during a visit are the visit: dev6's
            # Misri in Dhaka). "without being received by Tiani" is negated: not coded.
            ev(
                "CONSULT",
                "visit",
                ["Molly Phee", "Michael Langley"],
                [NE],
                date="2024-03-12",
                location="Niamey",
            ),
            # People briefed on the talks said the Americans had raised concerns about
            # Russia's role and the Iran uranium reports
            ev(
                "ACCUSE",
                "disapprove",
                [US],
                [NE],
                "reported",
                "people briefed on the talks",
                "2024-03",
            ),
            # Nigerien officials have dismissed the Iran reports as a fabrication (the
            # accuser: the United States)
            ev("REJECT", "deny", [NE], [US], "denied"),
            # Singh said ... the United States was seeking clarity from Niamey
            ev("REQUEST", "clarify", ["Sabrina Singh"], [NE], date="2024-03-16"),
            # The State Department said US officials remained in contact with the transitional
            # authorities (own act told by its doer: reported; the department speaks for its
            # state)
            ev("CONSULT", "contact", [US], [NE], "reported", US, "2024-03-16"),
            # ... and planned to send another team to Niamey (own plan: planned, no source)
            ev("CONSULT", "visit", [US], [NE], "planned", location="Niamey"),
            # Some analysts expect Niamey to demand a timetable for their withdrawal
            ev("REQUEST", "withdraw", [NE], [US], "speculated", "analysts"),
            # soldiers overthrew President Mohamed Bazoum ... in July last year (the state's
            # soldiers; "who remains in detention" is part of the same act, dev6)
            ev("COERCE", "coup", [NE], ["Mohamed Bazoum"], date="2023-07"),
            # In October, Washington formally designated the takeover a coup, cutting off some
            # $500 million in assistance
            ev("SANCTION", "cut aid", [US], [NE], date="2023-10"),
            # ... and it has repeatedly called for Bazoum ... to be freed (asks the junta)
            ev("REQUEST", "release", [US], [NE]),
            # The junta ordered out the French ambassador
            ev("SANCTION", "expel", [NE], [FR]),
            # ... and demanded the withdrawal of some 1,500 French soldiers
            ev("REQUEST", "withdraw", [NE], [FR]),
            # ... the last of whom left in December
            ev("RETREAT", "withdraw", [FR], [NE], date="2023-12"),
            # Yevkurov visited Niamey in December
            ev(
                "CONSULT",
                "visit",
                ["Yunus-Bek Yevkurov"],
                [NE],
                date="2023-12",
                location="Niamey",
            ),
            # ... when the two governments signed a military cooperation agreement
            ev(
                "AGREE",
                "military cooperation",
                [NE, RU],
                [RU, NE],
                date="2023-12",
                location="Niamey",
            ),
            # Zeine travelled to Moscow in January
            ev("CONSULT", "visit", [ZEINE], [RU], date="2024-01", location="Moscow"),
            # ... before going on to Tehran
            ev("CONSULT", "visit", [ZEINE], ["Iran"], date="2024-01", location="Tehran"),
            # Some diplomats in Niamey believe Russian military instructors ... could arrive
            # within weeks
            ev("AID", "military", [RU], [NE], "speculated", "diplomats in Niamey"),
        ],
        "claims": [
            cl(110000000, "USD", "cost of Air Base 201 outside Agadez", approximate=True),
            cl(
                1000,
                "personnel",
                "US military personnel in Niger",
                "reported",
                US,
                approximate=True,
            ),
            cl(
                500000000,
                "USD",
                "US assistance cut off after the coup designation",
                approximate=True,
            ),
            cl(
                1500,
                "soldiers",
                "French soldiers whose withdrawal the junta demanded",
                approximate=True,
            ),
            cl(26000000, "people", "population of Niger", approximate=True),
            cl(
                0.25,
                "share",
                "share of the European Union's uranium imports supplied by Niger",
                approximate=True,
            ),
        ],
    },
    # ------------------------------------------------------------------ (3) HTML, numbers
    "2025-03-09-sudan-recalls-ambassador-kenya.html": {
        "title": "Sudan recalls ambassador to Kenya over RSF 'parallel government' charter",
        "published": "2025-03-09",
        "entities": [
            ent(SD, "GPE"),
            ent(KE, "GPE", "Nairobi"),
            ent("Kamal Jubara", "PERSON"),
            ent(RSF, "ORG", "RSF"),
            ent(SPLMN, "ORG", "SPLM-N"),
            ent("Abdelaziz al-Hilu", "PERSON"),
            ent("Port Sudan", "GPE"),
            ent("Korir Sing'oei", "PERSON"),
            ent("Somalia", "GPE"),
            ent("South Sudan", "GPE"),
            ent(RUTO, "PERSON"),
            ent(AU, "ORG"),
            ent("Abdalla Hamdok", "PERSON"),
            ent("Stephane Dujarric", "PERSON"),
            ent(UN, "ORG", "UN"),
            ent("Antonio Guterres", "PERSON"),
            ent(US, "GPE"),
            ent(DAGALO, "PERSON", "Dagalo"),
            ent("Egypt", "GPE"),
            ent("Abdel Fattah al-Burhan", "PERSON"),
            ent("UNHCR", "ORG", "UN refugee agency"),
            ent("Chad", "GPE"),
            ent("North Darfur", "GPE"),
            ent("El Fasher", "GPE"),
            ent("Zamzam camp", "FAC"),
            ent("OCHA", "ORG", "UN humanitarian office"),
            ent("Sudanese", "NORP"),
            ent("Kenyan", "NORP"),
        ],
        "events": [
            # Sudan's army-backed government said on Saturday it had recalled its ambassador to
            # Kenya (a government's own diplomatic measure, announced by itself: asserted, as
            # dev6 codes Azerbaijan's summons)
            ev("SANCTION", "recall", [SD], [KE], date="2025-03-08"),
            # ... days after Nairobi hosted the RSF and their allies as they signed a
            # constitution (host: the parties of the hosted event as targets)
            ev("CONSULT", "host", [KE], [RSF, SPLMN], date="2025-03-04", location="Nairobi"),
            # The document, signed late on Tuesday at a ceremony in Nairobi
            ev(
                "AGREE",
                "charter",
                [RSF, SPLMN],
                [SPLMN, RSF],
                date="2025-03-04",
                location="Nairobi",
            ),
            # ... a founding charter that the RSF, the SPLM-N faction ... and some two dozen
            # groups signed in the Kenyan capital on Feb. 22 (no host named: no CONSULT)
            ev(
                "AGREE",
                "charter",
                [RSF, SPLMN],
                [SPLMN, RSF],
                date="2025-02-22",
                location="Nairobi",
            ),
            # the foreign ministry in Port Sudan called Kenya's role "a hostile act" that
            # amounted to "complicity" (statement undated)
            ev("ACCUSE", "disapprove", [SD], [KE]),
            # It said Sudan would stop imports of all Kenyan goods ... from March 15
            # (announced sanction by the actor itself: THREATEN, planned)
            ev("THREATEN", "sanction", [SD], [KE], "planned"),
            # Kenya rejected the accusations (Sing'oei's "no hidden agenda" is the same
            # rejection; "offering a neutral space" defends its own act: not coded)
            ev("REJECT", "deny", [KE], [SD], "denied"),
            # Ruto has said he is ready to host direct talks between the army and the RSF
            # (stated willingness: AGREE ...)
            ev("AGREE", "willingness", [RUTO], [SD, RSF]),
            # ... and the offered act
            ev("CONSULT", "mediate", [RUTO], [SD, RSF], "planned"),
            # The African Union said on Thursday it would not recognise any parallel government
            # (refusal; targets the doers of the charter)
            ev("REJECT", "recognition", [AU], [RSF, SPLMN], date="2025-03-06"),
            # ... and urged its 55 member states to do the same (unnamed: empty target)
            ev("REQUEST", "policy", [AU], [], date="2025-03-06"),
            # The bloc suspended Sudan in October 2021
            ev("SANCTION", "suspend", [AU], [SD], date="2021-10"),
            # ... after the army ... removed the civilian-led government of Abdalla Hamdok
            ev("COERCE", "coup", [SD], ["Abdalla Hamdok"], date="2021-10"),
            # Dujarric said the RSF's moves risked deepening the fragmentation of Sudan
            ev("ACCUSE", "disapprove", ["Stephane Dujarric"], [RSF]),
            # The United States, which determined in January that RSF fighters had committed
            # genocide (writer's clause)
            ev("ACCUSE", "allege", [US], [RSF], date="2025-01"),
            # ... and imposed sanctions on the group's leader, Dagalo
            ev("SANCTION", "sanctions", [US], [DAGALO], date="2025-01"),
            # ... said on Wednesday the signing would not contribute to peace (targets the
            # signing's doers)
            ev("ACCUSE", "disapprove", [US], [RSF, SPLMN], date="2025-03-05"),
            # Egypt ... condemned the charter as a threat to Sudan's unity
            ev("ACCUSE", "disapprove", ["Egypt"], [RSF, SPLMN]),
            # Burhan vowed on Friday to keep fighting "until the last rebel lays down his arms"
            # (own side's future act: planned)
            ev("THREATEN", "warn", ["Abdel Fattah al-Burhan"], [RSF], "planned", date="2025-03-07"),
            # The war between the army and the RSF broke out in April 2023 (two sides: the
            # first named acts)
            ev("ASSAULT", "armed conflict", [SD], [RSF], date="2023-04"),
            # the RSF has besieged El Fasher ... since May last year
            ev("COERCE", "siege", [RSF], [SD], date="2024-05", location="El Fasher"),
            # The UN and its partners appealed last month for $6 billion (no donor named)
            ev("REQUEST", "aid", [UN], [], date="2025-02"),
        ],
        "claims": [
            cl(
                24,
                "groups",
                "political and armed groups that signed the founding charter",
                approximate=True,
            ),
            cl(
                0.07,
                "share",
                "share of Kenya's tea exports bought by Sudan last year",
                "reported",
                "industry figures",
                approximate=True,
            ),
            cl(
                8500000000,
                "KES",
                "value of Kenya's tea exports to Sudan last year",
                "reported",
                "industry figures",
                approximate=True,
            ),
            cl(
                66000000,
                "USD",
                "value of Kenya's tea exports to Sudan last year (dollar value)",
                "reported",
                "industry figures",
                approximate=True,
            ),
            cl(55, "member states", "African Union member states"),
            cl(20000, "people", "people killed in the war", "estimated", upper=150000),
            cl(
                12000000,
                "people",
                "people forced from their homes",
                "reported",
                "UNHCR",
                approximate=True,
            ),
            cl(
                3800000,
                "people",
                "people displaced into neighbouring countries",
                "reported",
                "UNHCR",
                approximate=True,
            ),
            cl(700000, "refugees", "refugees taken in by Chad", approximate=True),
            cl(400000, "people", "people sheltering in Zamzam camp", "estimated", upper=500000),
            cl(6000000000, "USD", "UN appeal for Sudan for 2025"),
            cl(4200000000, "USD", "part of the appeal for aid inside Sudan"),
            cl(1800000000, "USD", "part of the appeal for refugees in neighbouring countries"),
            cl(
                0.06,
                "share",
                "share of the appeal funded by early March",
                "reported",
                "OCHA",
                approximate=True,
            ),
            cl(24600000, "people", "people facing acute hunger", approximate=True),
            cl(0.5, "share", "share of the population facing acute hunger", approximate=True),
        ],
    },
    # ------------------------------------------------------------------ (4) scraped mess
    "2024-03-07-sweden-joins-nato-hungary-ratifies.txt": {
        "title": "Sweden becomes NATO's 32nd member after Hungary's long delay",
        "published": "2024-03-07",
        "entities": [
            ent(SE, "GPE", "Stockholm"),
            ent(NATO, "ORG"),
            ent(UK_, "PERSON", "Kristersson"),
            ent(BLINKEN, "PERSON", "Blinken"),
            ent("State Department", "ORG"),
            ent(US, "GPE", "US", "Washington"),
            ent(BIDEN, "PERSON"),
            ent("White House", "FAC"),
            ent("Jens Stoltenberg", "PERSON"),
            ent("Brussels", "GPE"),
            ent(FI, "GPE", "Helsinki"),
            ent("Alexander Stubb", "PERSON"),
            ent("Nordic region", "LOC"),
            ent(HU, "GPE", "Budapest"),
            ent(RU, "GPE", "Moscow"),
            ent(UA, "GPE"),
            ent(ORBAN, "PERSON", "Orban"),
            ent("Fidesz", "ORG"),
            ent("David Pressman", "PERSON"),
            ent("JAS 39 Gripen", "PRODUCT"),
            ent(TR, "GPE", "Ankara"),
            ent("F-16", "PRODUCT"),
            ent("Kremlin", "ORG"),
            ent("Dmitry Peskov", "PERSON"),
            ent("Baltic Sea", "LOC"),
            ent("Gotland", "LOC"),
            ent("Kaliningrad", "GPE"),
            ent("Swedish", "NORP"),
            ent("Hungarian", "NORP"),
            ent("Kurdish", "NORP"),
            ent("Russian", "NORP"),
        ],
        "events": [
            # Kristersson handed his country's instrument of accession to Blinken at the State
            # Department (joining an alliance is not coded, dev6; the handover is a meeting)
            ev(
                "CONSULT",
                "meet",
                [UK_, BLINKEN],
                [BLINKEN, UK_],
                date="2024-03-07",
                location="Washington",
            ),
            # "... Sweden is now exactly where it belongs," Blinken told guests
            ev("SUPPORT", "praise", [BLINKEN], [SE], date="2024-03-07"),
            # Biden said Sweden's membership made the alliance more capable
            ev("SUPPORT", "praise", [BIDEN], [SE], date="2024-03-07"),
            # He is due to receive Kristersson at the White House on Friday
            ev(
                "CONSULT",
                "meet",
                [BIDEN, UK_],
                [UK_, BIDEN],
                "planned",
                date="2024-03-08",
                location="White House",
            ),
            # Stoltenberg praised Sweden's "capable armed forces ..."
            ev("SUPPORT", "praise", ["Jens Stoltenberg"], [SE]),
            # Stubb said his neighbour had finally "come home"
            ev("SUPPORT", "praise", ["Alexander Stubb"], [SE]),
            # ... and that the two countries would now plan the defence of the Nordic region
            # together (his own side's plan: planned, no source)
            ev("COOPERATE", "military", [FI, SE], [SE, FI], "planned"),
            # Stockholm had applied in May 2022, together with Finland
            ev("REQUEST", "join", [SE, FI], [NATO], date="2022-05"),
            # ... after Russia launched its full-scale invasion of Ukraine (undated here)
            ev("ASSAULT", "invasion", [RU], [UA]),
            # Orban's government kept the Swedish bid off the parliamentary agenda for more
            # than a year and a half (stalling a partner's request: REJECT)
            ev("REJECT", "delay", [HU], [SE]),
            # Orban complained that Swedish politicians had sneered at Hungarian democracy
            ev("ACCUSE", "disapprove", [ORBAN], [SE]),
            # ... and his Fidesz party demanded an apology
            ev("REQUEST", "apology", ["Fidesz"], [SE]),
            # a group of visiting US senators (unnamed: their state) in mid-February
            ev("CONSULT", "visit", [US], [HU], date="2024-02"),
            # Orban declined to meet them
            ev("REJECT", "refuse meeting", [ORBAN], [US], date="2024-02"),
            # ... senators who had urged Budapest to act
            ev("REQUEST", "ratify", [US], [HU], date="2024-02"),
            # Pressman called the delay "baffling" and questioned whether Hungary could be
            # trusted as an ally
            ev("ACCUSE", "disapprove", ["David Pressman"], [HU]),
            # Orban invited Kristersson to Budapest in a letter in January
            ev("REQUEST", "invite", [ORBAN], [UK_], date="2024-01"),
            # During the visit on Feb. 23
            ev("CONSULT", "visit", [UK_], [HU], date="2024-02-23", location="Budapest"),
            # ... the two leaders agreed that Hungary would acquire four more Gripen jets and
            # extend a support contract
            ev(
                "AGREE",
                "arms deal",
                [UK_, ORBAN],
                [ORBAN, UK_],
                date="2024-02-23",
                location="Budapest",
            ),
            # ... the agreed supply itself (dev6's radars: AGREE plus the planned AID)
            ev("AID", "military", [SE], [HU], "planned"),
            # Ankara's demands that it act against Kurdish militants
            ev("REQUEST", "policy", [TR], [SE]),
            # Days later, Washington cleared the sale of 40 new F-16 fighter jets to Turkey
            ev("AGREE", "arms sale", [US], [TR], date="2024-01"),
            # ... the sale itself (planned AID)
            ev("AID", "military", [US], [TR], "planned"),
            # Moscow has warned that it will respond. Peskov said on Thursday that Russia would
            # take "military-technical" countermeasures (one warning; own side's act: planned;
            # the condition is part of it)
            ev("THREATEN", "warn", ["Dmitry Peskov"], [SE], "planned", date="2024-03-07"),
            # Stockholm has sent Ukraine military aid worth more than 30 billion kronor
            ev("AID", "military", [SE], [UA]),
            # Sweden stationed a permanent garrison on Gotland again in 2018 (own territory:
            # empty target, as dev6 codes police sent to New Caledonia)
            ev("MOBILIZE", "deploy", [SE], [], date="2018", location="Gotland"),
        ],
        "claims": [
            cl(188, "votes", "votes in Hungary's parliament for ratifying Sweden's membership"),
            cl(6, "votes", "votes in Hungary's parliament against ratifying Sweden's membership"),
            cl(4, "jets", "additional Gripen fighter jets Hungary will acquire", "planned"),
            cl(14, "jets", "Gripen jets Hungary already flies"),
            cl(40, "jets", "F-16 fighter jets Washington cleared for sale to Turkey", "planned"),
            cl(
                23000000000,
                "USD",
                "value of the F-16 sale to Turkey",
                "planned",
                approximate=True,
            ),
            cl(
                0.022,
                "share",
                "Sweden's defence budget this year as a share of economic output",
                approximate=True,
            ),
            cl(0.02, "share", "NATO's defence spending target"),
            cl(
                30000000000,
                "SEK",
                "Swedish military aid to Ukraine since 2022",
                approximate=True,
            ),
            cl(
                2900000000,
                "USD",
                "Swedish military aid to Ukraine since 2022 (dollar value)",
                approximate=True,
            ),
            cl(330, "kilometres", "distance from Gotland to Kaliningrad", approximate=True),
            cl(10500000, "people", "population of Sweden"),
        ],
    },
}


def _check(pages):
    """Sanity checks: four part-B pages; every actor and target is a listed entity."""
    assert len(pages) == 4, len(pages)
    modalities = {"asserted", "reported", "estimated", "speculated", "planned", "denied", "opinion"}
    for name, page in pages.items():
        names = {e["name"] for e in page["entities"]}
        assert len(names) == len(page["entities"]), (name, "duplicate entity")
        assert 15 <= len(page["entities"]) <= 40, (name, len(page["entities"]))
        assert 18 <= len(page["events"]) <= 30, (name, len(page["events"]))
        assert 5 <= len(page["claims"]) <= 18, (name, len(page["claims"]))
        for e in page["events"]:
            for who in e["actors"] + e["targets"]:
                assert who in names, (name, e["type"], who)
            assert e["modality"] in modalities, (name, e)
            assert e["modality"] != "reported" or e["source"], (name, e)
        for c in page["claims"]:
            assert c["modality"] in modalities, (name, c)
            assert c["modality"] != "reported" or c["attributed_to"], (name, c)
            assert c["upper"] is None or c["upper"] > c["value"], (name, c)


_check(PAGES)
write_gold(HERE, PAGES)

"""Writes eval/dev9/gold/*.json for part A of set 9 (facts-only gold, hand-written from the page
text without running the extractor).

Each page: title, published, entities (name, type, aliases), events and claims in the contract's
shape; `text` and `evidence` are null (scored on facts alone). Conventions follow
docs/annotation.md; where it is silent, the choices of eval/dev8 (README_a.md, README_b.md) and,
behind them, eval/dev7, dev6, dev5 and dev4. The choices made for this half are listed in
eval/dev9/README_a.md. Part B (make_gold_b.py) writes its own pages into the same gold folder.
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent


sys.path.insert(0, str(HERE.parent))
from goldkit import check_story, cl, ent, ev, page_text, write_gold  # noqa: E402

# (1) India / Maldives
IN = "India"
MV = "Maldives"
CN = "China"
MODI = "Narendra Modi"
MUIZZU = "Mohamed Muizzu"
XI = "Xi Jinping"
SHAHEEB = "Ibrahim Shaheeb"
MAHAWAR = "Munu Mahawar"
SHIUNA = "Mariyam Shiuna"
SHAREEF = "Malsha Shareef"
MAJID = "Mahzoom Majid"
NASHEED = "Mohamed Nasheed"
NAZIM = "Abdulla Nazim Ibrahim"
EMT = "EaseMyTrip"
TR = "Turkey"
THREE_MV = [SHIUNA, SHAREEF, MAJID]
# (2) Spain / Argentina
ES = "Spain"
AR = "Argentina"
MILEI = "Javier Milei"
SANCHEZ = "Pedro Sánchez"
GOMEZ = "Begoña Gómez"
ALBARES = "José Manuel Albares"
ADORNI = "Manuel Adorni"
PUENTE = "Óscar Puente"
MONDINO = "Diana Mondino"
BORRELL = "Josep Borrell"
FEIJOO = "Alberto Núñez Feijóo"
ABASCAL = "Santiago Abascal"
MASSA = "Sergio Massa"
# (3) Russia / North Korea
RU = "Russia"
KP = "North Korea"
KR = "South Korea"
JP = "Japan"
US = "United States"
UA = "Ukraine"
PUTIN = "Vladimir Putin"
KIM = "Kim Jong Un"
KOZLOV = "Alexander Kozlov"
HAYASHI = "Yoshimasa Hayashi"
PESKOV = "Dmitry Peskov"
UNSC = "United Nations Security Council"
KCNA = "Korean Central News Agency"
OSC = "Open Source Centre"
# (4) ECOWAS / Niger
NE = "Niger"
ECOWAS = "Economic Community of West African States"
NG = "Nigeria"
ML = "Mali"
BF = "Burkina Faso"
FR = "France"
DZ = "Algeria"
EU = "European Union"
AU = "African Union"
BAZOUM = "Mohamed Bazoum"
TIANI = "Abdourahamane Tiani"
ABDRAMANE = "Amadou Abdramane"
TINUBU = "Bola Tinubu"
MAIGA = "Abdoulaye Maiga"
BLINKEN = "Antony Blinken"
MUSAH = "Abdel-Fatau Musah"
ABUBAKAR = "Abdulsalami Abubakar"
TEBBOUNE = "Abdelmadjid Tebboune"
NIGELEC = "Nigelec"

PAGES = {
    # ------------------------------------------------------------- (1) wire, attributions
    "2024-01-08-india-maldives-troops-row.txt": {
        "title": "India summons Maldives envoy over ministers' posts on Modi as Muizzu heads to China",
        "published": "2024-01-08",
        "entities": [
            ent(IN, "GPE", "New Delhi"),
            ent(MV, "GPE", "Male"),
            ent(CN, "GPE", "Beijing"),
            ent(MODI, "PERSON", "Modi"),
            ent(MUIZZU, "PERSON", "Muizzu"),
            ent(XI, "PERSON"),
            ent(SHAHEEB, "PERSON"),
            ent(MAHAWAR, "PERSON"),
            ent(SHIUNA, "PERSON"),
            ent(SHAREEF, "PERSON"),
            ent(MAJID, "PERSON"),
            ent(NASHEED, "PERSON", "Nasheed"),
            ent(NAZIM, "PERSON"),
            ent(EMT, "ORG"),
            ent("Ministry of External Affairs", "ORG"),
            ent("World Bank", "ORG"),
            ent("Reuters", "ORG"),
            ent("Lakshadweep", "GPE"),
            ent("Fuzhou", "GPE"),
            ent(TR, "GPE"),
            ent("Dubai", "GPE"),
            ent("Israel", "GPE"),
            ent("COP28", "EVENT"),
            ent("X", "PRODUCT"),
            ent("Dornier", "PRODUCT"),
            ent("Indian", "NORP"),
            ent("Maldivian", "NORP"),
            ent("Chinese", "NORP"),
        ],
        "events": [
            # India summoned the Maldives' high commissioner on Monday over derogatory social
            # media posts about Modi (lead); the envoy was called in to the Ministry of External
            # Affairs in New Delhi, according to two Indian officials (one act told twice keeps
            # the lead's telling: asserted; summon: the envoy's state is the target)
            ev("ACCUSE", "summon", [IN], [MV], date="2024-01-08", location="New Delhi"),
            # One of the officials said New Delhi had told him it expected Male to make sure such
            # remarks were not repeated (a speech act told by its own side: asserted)
            ev("REQUEST", "demand", [IN], [MV], date="2024-01-08"),
            # Hours later the Maldivian foreign ministry summoned India's high commissioner, Munu
            # Mahawar, ..., the ministry said in a statement (own formal measure: asserted)
            ev("ACCUSE", "summon", [MV], [IN], date="2024-01-08", location="Male"),
            # In posts on X on Saturday they had called Modi a "clown" and a "puppet of Israel"
            # and mocked pictures of his visit (the three named deputy ministers act)
            ev("ACCUSE", "disapprove", THREE_MV, [MODI], date="2024-01-06"),
            # Nasheed ... condemned the posts as "appalling language" (a reaction that names
            # nobody targets the posts' authors)
            ev("ACCUSE", "disapprove", [NASHEED], THREE_MV),
            # ... and urged Muizzu's government to make clear that they did not reflect its policy
            ev("REQUEST", "clarify", [NASHEED], [MV]),
            # Several Bollywood actors and former cricketers ... urged their followers to holiday
            # at home, and the hashtag #BoycottMaldives trended on X in India on Sunday (a boycott
            # campaign by people nobody names: PROTEST with no actor)
            ev("PROTEST", "boycott", [], [MV], date="2024-01-07"),
            # EaseMyTrip ... said on Monday it had suspended all flight bookings to the Maldives
            # (a company's boycott; its own formal measure: asserted)
            ev("PROTEST", "boycott", [EMT], [MV], date="2024-01-08"),
            # Muizzu arrived in ... Fuzhou on Monday evening at the start of a five-day state visit
            ev("CONSULT", "visit", [MUIZZU], [CN], date="2024-01-08", location="Fuzhou"),
            # He is due to hold talks with President Xi Jinping in Beijing on Wednesday ...,
            # Maldivian officials said (a plan told by a teller keeps the teller)
            ev(
                "CONSULT",
                "meet",
                [MUIZZU, XI],
                [XI, MUIZZU],
                "planned",
                "Maldivian officials",
                "2024-01-10",
                "Beijing",
            ),
            # ... and the two sides are expected to sign some 20 agreements on tourism,
            # infrastructure and trade, Maldivian officials said
            ev("AGREE", "deal", [MV, CN], [CN, MV], "planned", "Maldivian officials", "2024-01-10"),
            # Muizzu ... instead went to Turkey in November (background visit)
            ev("CONSULT", "visit", [MUIZZU], [TR], date="2023-11"),
            # He met Modi on the sidelines of the COP28 climate summit in Dubai on Dec. 1
            ev(
                "CONSULT",
                "meet",
                [MUIZZU, MODI],
                [MODI, MUIZZU],
                date="2023-12-01",
                location="Dubai",
            ),
            # ... where the two leaders agreed to set up a high-level core group of officials
            ev(
                "AGREE",
                "mechanism",
                [MUIZZU, MODI],
                [MODI, MUIZZU],
                date="2023-12-01",
                location="Dubai",
            ),
            # Muizzu ... formally asked New Delhi to withdraw them a day after he took office
            # (sworn in on Nov. 17)
            ev("REQUEST", "withdraw", [MUIZZU], [IN], date="2023-11-18"),
            # He has said that foreign troops on Maldivian soil undermine the country's
            # sovereignty (criticism of India's presence)
            ev("ACCUSE", "disapprove", [MUIZZU], [IN]),
            # ... a charge India rejects, saying the crews are unarmed (denial: target the accuser)
            ev("REJECT", "deny", [IN], [MUIZZU], "denied"),
            # "Indian military personnel cannot stay in the Maldives ...", Nazim told Reuters on
            # Sunday. He said the government wanted them gone by March 15 (the deadline; a named
            # official acts for himself; speech act: asserted)
            ev("REQUEST", "withdraw", [NAZIM], [IN], date="2024-01-07"),
            # The core group is due to hold its first meeting in Male later this month, officials
            # on both sides said
            ev(
                "CONSULT",
                "meet",
                [IN, MV],
                [MV, IN],
                "planned",
                "officials on both sides",
                "2024-01",
                "Male",
            ),
            # India has extended more than $1.4 billion in loans and credit lines to the Maldives
            # since 2018, including a $500 million package for a bridge (one AID, cumulative)
            ev("AID", "economic", [IN], [MV]),
        ],
        "claims": [
            cl(3, "deputy ministers", "Maldivian deputy ministers who posted about Modi"),
            cl(
                2500,
                "bookings",
                "bookings to the Maldives cancelled since Sunday",
                "reported",
                "an Indian travel industry association",
                approximate=True,
            ),
            cl(
                209000,
                "arrivals",
                "Indian arrivals in the Maldives last year",
                "reported",
                MV,
                approximate=True,
            ),
            cl(
                0.11,
                "share",
                "India's share of tourists to the Maldives last year",
                "reported",
                MV,
                approximate=True,
            ),
            cl(1900000, "tourists", "tourists who came to the Maldives last year", "reported", MV),
            cl(0.25, "share", "tourism's share of the Maldives' economy", approximate=True),
            cl(520000, "people", "population of the Maldives", approximate=True),
            cl(
                20,
                "agreements",
                "agreements the Maldives and China are expected to sign",
                "planned",
                "Maldivian officials",
                approximate=True,
            ),
            cl(75, "soldiers", "Indian soldiers stationed in the Maldives", approximate=True),
            cl(2, "helicopters", "helicopters operated by the Indian personnel"),
            cl(
                1.4e9,
                "USD",
                "Indian loans and credit lines to the Maldives since 2018",
                approximate=True,
            ),
            cl(500e6, "USD", "Indian package for a bridge linking Male to nearby islands"),
            cl(
                1.3e9,
                "USD",
                "Maldives' debt to China",
                "reported",
                "World Bank",
                approximate=True,
            ),
            cl(
                0.2,
                "share",
                "China's share of the Maldives' public debt",
                "reported",
                "World Bank",
                approximate=True,
            ),
        ],
    },
    # ------------------------------------------------------------- (2) raw HTML, comments
    "2024-05-21-spain-argentina-milei-row.html": {
        "title": "Spain pulls its ambassador from Buenos Aires as Milei refuses to apologise",
        "published": "2024-05-21",
        "entities": [
            ent(ES, "GPE", "Madrid"),
            ent(AR, "GPE", "Buenos Aires"),
            ent(MILEI, "PERSON", "Milei"),
            ent(SANCHEZ, "PERSON", "Sánchez"),
            ent(GOMEZ, "PERSON"),
            ent(ALBARES, "PERSON", "Albares"),
            ent("María Jesús Alonso", "PERSON"),
            ent("Roberto Bosch", "PERSON"),
            ent(ADORNI, "PERSON", "Adorni"),
            ent(PUENTE, "PERSON"),
            ent(MONDINO, "PERSON"),
            ent(BORRELL, "PERSON"),
            ent(FEIJOO, "PERSON"),
            ent(ABASCAL, "PERSON"),
            ent(MASSA, "PERSON"),
            ent("Marine Le Pen", "PERSON"),
            ent("Felipe VI", "PERSON"),
            ent("Carlos Cuerpo", "PERSON"),
            ent("Vox", "ORG"),
            ent("People's Party", "ORG"),
            ent(EU, "ORG"),
            ent("European Parliament", "ORG"),
            ent("40dB", "ORG"),
            ent("INDEC", "ORG"),
            ent("Telefónica", "ORG"),
            ent("Santander", "ORG"),
            ent("Repsol", "ORG"),
            ent("Juan de Mariana Institute", "ORG"),
            ent("Palacio de Vistalegre", "FAC"),
            ent("France", "GPE"),
            ent("Spanish", "NORP", "Spaniards"),
            ent("Argentine", "NORP", "Argentines"),
            ent("Peronist", "NORP"),
        ],
        "events": [
            # Milei, who arrived in Madrid on Friday (a private visit; not meeting Sánchez or the
            # King is negated and not coded)
            ev("CONSULT", "visit", [MILEI], [ES], date="2024-05-17", location="Madrid"),
            # Without naming her, he said that Sánchez's wife, Begoña Gómez, was "corrupt"
            ev("ACCUSE", "allege", [MILEI], [GOMEZ], date="2024-05-19", location="Madrid"),
            # Within hours Albares demanded a public apology
            ev("REQUEST", "apology", [ALBARES], [MILEI], date="2024-05-19"),
            # ... and warned that Madrid would take "all the measures necessary ..." if none came
            # (own warning: planned; the condition is part of it; the one asked is the target)
            ev("THREATEN", "diplomatic", [ALBARES], [MILEI], "planned", date="2024-05-19"),
            # The foreign ministry summoned Argentina's ambassador ... on Sunday evening to convey
            # its protest, a ministry spokesperson said (own formal measure: asserted)
            ev("ACCUSE", "summon", [ES], [AR], date="2024-05-19", location="Madrid"),
            # "Under no circumstances will I apologise," he told a Spanish radio station on Monday
            # (a refusal of Albares's demand; refusing is not denying)
            ev("REJECT", "refuse", [MILEI], [ALBARES], date="2024-05-20"),
            # It was Sánchez, he said, who owed him an apology
            ev("REQUEST", "apology", [MILEI], [SANCHEZ], date="2024-05-20"),
            # Adorni ... said that the president "was not referring to anyone in particular"
            # (denies the charge of insult: target the accuser)
            ev("REJECT", "deny", [ADORNI], [ALBARES], "denied"),
            # Spain said on Tuesday it was withdrawing its ambassador to Argentina for good
            ev("SANCTION", "recall", [ES], [AR], date="2024-05-21"),
            # Albares: "We will not accept that the institutions of a sovereign country are
            # insulted in its own capital"
            ev("ACCUSE", "disapprove", [ALBARES], [MILEI], date="2024-05-21"),
            # On Tuesday Adorni called the withdrawal of the ambassador "absurd" (targets the
            # withdrawal's doer)
            ev("ACCUSE", "disapprove", [ADORNI], [ES], date="2024-05-21"),
            # ... early May, when Spain's transport minister, Óscar Puente, suggested on a podcast
            # that Milei had been under the influence of "substances"
            ev("ACCUSE", "allege", [PUENTE], [MILEI], date="2024-05"),
            # Milei's office answered with a statement on May 4 that accused Sánchez's government
            # of bringing "poverty and death" to Spain (the office speaks for its state)
            ev("ACCUSE", "allege", [AR], [ES], date="2024-05-04"),
            # Madrid called that statement unacceptable
            ev("ACCUSE", "disapprove", [ES], [AR], date="2024-05"),
            # Sánchez told a party meeting in Madrid on Monday that Milei's words were "not
            # worthy" of a head of state
            ev("ACCUSE", "disapprove", [SANCHEZ], [MILEI], date="2024-05-20", location="Madrid"),
            # He had openly backed Milei's Peronist rival, Sergio Massa, before last year's
            # Argentine election (background)
            ev("SUPPORT", "diplomatic", [SANCHEZ], [MASSA], date="2023"),
            # Mondino spoke to Albares by telephone on Monday ..., according to Spanish
            # diplomatic sources
            ev(
                "CONSULT",
                "phone",
                [MONDINO, ALBARES],
                [ALBARES, MONDINO],
                "reported",
                "Spanish diplomatic sources",
                "2024-05-20",
            ),
            # Borrell said on Monday that attacks on the family members of political leaders
            # were "unacceptable" (names nobody: targets the doer of the attack)
            ev("ACCUSE", "disapprove", [BORRELL], [MILEI], date="2024-05-20"),
            # Feijóo ... said Milei's remarks were wrong
            ev("ACCUSE", "disapprove", [FEIJOO], [MILEI]),
            # ... but accused Sánchez of inflating the row to rally voters
            ev("ACCUSE", "allege", [FEIJOO], [SANCHEZ]),
            # Vox leader Santiago Abascal defended Milei
            ev("SUPPORT", "diplomatic", [ABASCAL], [MILEI]),
            # Milei is due to return to Madrid next month to receive an award (writer's plan)
            ev("CONSULT", "visit", [MILEI], [ES], "planned", date="2024-06", location="Madrid"),
        ],
        "claims": [
            cl(11000, "people", "people at the Vox rally", "reported", "Vox", approximate=True),
            cl(12, "countries", "countries whose politicians attended the rally", approximate=True),
            cl(
                0.62,
                "share",
                "Spaniards who considered Milei's remarks unacceptable",
                "reported",
                "40dB",
            ),
            cl(300, "firms", "Spanish firms operating in Argentina", approximate=True),
            cl(18e9, "EUR", "Spain's stock of direct investment in Argentina", approximate=True),
            cl(19.5e9, "USD", "Spain's stock of direct investment in Argentina", approximate=True),
            cl(3.5e9, "EUR", "Spain-Argentina bilateral trade last year", approximate=True),
            cl(300000, "Argentines", "Argentines living in Spain", approximate=True),
            cl(0.088, "share", "Argentina's monthly inflation in April", "reported", AR),
        ],
    },
    # ------------------------------------------------------------- (3) analysis, scraped mess
    "2025-04-10-russia-north-korea-tumen-bridge.txt": {
        "title": (
            "A bridge over the Tumen: what a new road link tells us about Moscow and Pyongyang"
        ),
        "published": "2025-04-10",
        "entities": [
            ent(RU, "GPE", "Moscow", "Kremlin"),
            ent(KP, "GPE", "Pyongyang"),
            ent(KR, "GPE", "Seoul"),
            ent(JP, "GPE", "Tokyo"),
            ent(CN, "GPE", "Beijing"),
            ent(US, "GPE"),
            ent(UA, "GPE"),
            ent(PUTIN, "PERSON", "Putin"),
            ent(KIM, "PERSON", "Kim"),
            ent(KOZLOV, "PERSON", "Kozlov"),
            ent("Yun Jong Ho", "PERSON"),
            ent(HAYASHI, "PERSON"),
            ent(PESKOV, "PERSON", "Peskov"),
            ent("Lee Min-ji", "PERSON"),
            ent(KCNA, "ORG", "KCNA"),
            ent("National Intelligence Service", "ORG"),
            ent(UNSC, "ORG", "UN Security Council", "Security Council"),
            ent("United Nations", "ORG", "UN"),
            ent(OSC, "ORG"),
            ent("Asan Institute for Policy Studies", "ORG"),
            ent("Tumen River", "LOC", "Tumen"),
            ent("Khasan", "GPE"),
            ent("Kursk", "GPE"),
            ent("Friendship Bridge", "FAC"),
            ent("Vostochny Cosmodrome", "FAC"),
            ent("North Korean", "NORP", "North Koreans"),
            ent("Russian", "NORP"),
            ent("British", "NORP"),
        ],
        "events": [
            # Russia and North Korea have begun building their first road bridge across the
            # Tumen River (lead; the transport ministry's account of the preparatory work is the
            # same act, keeping the lead's telling)
            ev("COOPERATE", "infrastructure", [RU, KP], [KP, RU], date="2025-04"),
            # ... when the Russian president visited Pyongyang last June
            ev("CONSULT", "visit", [PUTIN], [KP], date="2024-06", location="Pyongyang"),
            # The project was among the agreements Putin and Kim signed ..., a trip that also
            # produced a treaty pledging mutual military assistance (one signing, one AGREE
            # between the two states)
            ev("AGREE", "treaty", [RU, KP], [KP, RU], date="2024-06", location="Pyongyang"),
            # ... a visit to Pyongyang by Alexander Kozlov ..., who arrived on Monday for talks
            # with ... Yun Jong Ho (talks during a visit are the visit)
            ev("CONSULT", "visit", [KOZLOV], [KP], date="2025-04-07", location="Pyongyang"),
            # The sides signed a protocol on expanding trade, tourism and "labour cooperation",
            # the state news agency KCNA reported (an outlet with nobody cited)
            ev("AGREE", "protocol", [RU, KP], [KP, RU], "reported", KCNA, "2025-04"),
            # ... the act the protocol agrees to (AGREE plus the planned act)
            ev("COOPERATE", "economic", [RU, KP], [KP, RU], "planned", KCNA),
            # UN Security Council resolutions adopted in 2017 required member states to send home
            # all North Korean workers (unnamed addressees: empty target)
            ev("REQUEST", "order", [UNSC], [], date="2017"),
            # Moscow denies breaching any sanctions (target the accuser named last: South Korea's
            # intelligence service)
            ev("REJECT", "deny", [RU], [KR], "denied"),
            # South Korea's foreign ministry said on Thursday it was "deeply concerned" about any
            # cooperation between Moscow and Pyongyang that violated Security Council resolutions
            ev("ACCUSE", "disapprove", [KR], [RU, KP], date="2025-04-10"),
            # ... and urged Russia to abide by the sanctions it had itself voted for
            ev("REQUEST", "comply", [KR], [RU], date="2025-04-10"),
            # Hayashi told a news conference that Japan viewed the deepening military ties
            # between the two countries with "grave concern" (named speaker acts)
            ev("ACCUSE", "disapprove", [HAYASHI], [RU, KP]),
            # Ukraine's foreign ministry called the project further proof that Pyongyang had
            # become "a co-belligerent in Russia's war"
            ev("ACCUSE", "allege", [UA], [KP]),
            # "Russia's war" (nominal, coded once)
            ev("ASSAULT", "war", [RU], [UA]),
            # Peskov brushed the criticism aside ... "no one else's business" (a rejection of the
            # concerns, not a denial; targets those who raised them)
            ev("REJECT", "reject", [PESKOV], [KR, JP]),
            # North Korea is believed to have supplied millions of artillery shells to Russia
            # since 2023 (estimated, nobody named as estimator)
            ev("AID", "military", [KP], [RU], "estimated"),
            # South Korea's spy agency says Pyongyang sent about 11,000 soldiers to Russia's Kursk
            # region last autumn (the lead's "by Seoul's account" is the same telling)
            ev("AID", "personnel", [KP], [RU], "reported", KR, "2024", "Kursk"),
            # In return, Russia may be providing North Korea with military technology as well as
            # food and fuel, some analysts believe (speculation keeps the hedger)
            ev("AID", "military", [RU], [KP], "speculated", "analysts"),
            # The United States sanctioned two Russian companies in December for employing North
            # Korean labourers (unnamed foreign firms target their state)
            ev("SANCTION", "blacklist", [US], [RU], date="2024-12"),
            # Kim, who met Putin at the Vostochny Cosmodrome in September 2023
            ev(
                "CONSULT",
                "meet",
                [KIM, PUTIN],
                [PUTIN, KIM],
                date="2023-09",
                location="Vostochny Cosmodrome",
            ),
            # ... is expected to visit Moscow later this year, the Kremlin has said (a plan told
            # by the host keeps its teller)
            ev("CONSULT", "visit", [KIM], [RU], "planned", RU, "2025", "Moscow"),
        ],
        "claims": [
            cl(17, "kilometres", "length of the Russia-North Korea border"),
            cl(
                1,
                "kilometres",
                "length of the Tumen road bridge",
                "reported",
                RU,
                approximate=True,
            ),
            cl(4.7, "kilometres", "approach roads for the Tumen bridge", "reported", RU),
            cl(9e9, "RUB", "cost of the Tumen road bridge", "reported", RU, approximate=True),
            cl(100e6, "USD", "cost of the Tumen road bridge", "reported", RU, approximate=True),
            cl(
                10000,
                "North Koreans",
                "North Koreans who entered Russia last year on student or visitor visas",
                "estimated",
                KR,
                approximate=True,
            ),
            cl(
                34e6,
                "USD",
                "Russia-North Korea bilateral trade in 2023",
                "reported",
                RU,
                approximate=True,
            ),
            cl(
                1500,
                "tourists",
                "Russian tourists who visited North Korea last year",
                approximate=True,
            ),
            cl(
                11000,
                "soldiers",
                "North Korean soldiers sent to Russia's Kursk region",
                "reported",
                KR,
                approximate=True,
            ),
            cl(
                4000,
                "soldiers",
                "North Korean soldiers killed or wounded",
                "reported",
                KR,
                approximate=True,
            ),
            cl(
                1000000,
                "barrels",
                "oil Russia shipped to North Korea last year",
                "reported",
                OSC,
                approximate=True,
            ),
            cl(500000, "barrels", "UN annual cap on oil supplies to North Korea"),
            cl(2, "companies", "Russian companies sanctioned by the United States in December"),
        ],
    },
    # ------------------------------------------------------------- (4) live blog, key points
    "2023-08-06-ecowas-niger-coup-deadline.txt": {
        "title": "Niger coup: ECOWAS deadline expires as junta closes airspace",
        "published": "2023-08-06",
        "entities": [
            ent(NE, "GPE", "Niamey"),
            ent(ECOWAS, "ORG", "ECOWAS"),
            ent(NG, "GPE", "Abuja"),
            ent(ML, "GPE"),
            ent(BF, "GPE"),
            ent(FR, "GPE", "Paris"),
            ent(US, "GPE", "Washington", "US"),
            ent(DZ, "GPE", "Algiers"),
            ent("Togo", "GPE"),
            ent("Agadez", "GPE"),
            ent("Sahel", "LOC"),
            ent(EU, "ORG"),
            ent(AU, "ORG"),
            ent("National Council for the Safeguard of the Homeland", "ORG", "CNSP"),
            ent(NIGELEC, "ORG"),
            ent("State Department", "ORG"),
            ent("Washington Post", "ORG"),
            ent(BAZOUM, "PERSON", "Bazoum"),
            ent(TIANI, "PERSON"),
            ent(ABDRAMANE, "PERSON"),
            ent(TINUBU, "PERSON"),
            ent(MAIGA, "PERSON"),
            ent(BLINKEN, "PERSON", "Blinken"),
            ent(MUSAH, "PERSON"),
            ent(ABUBAKAR, "PERSON"),
            ent(TEBBOUNE, "PERSON"),
            ent("General Seyni Kountche stadium", "FAC"),
            ent("Nigerien", "NORP"),
            ent("Nigerian", "NORP"),
            ent("French", "NORP"),
            ent("Russian", "NORP"),
            ent("European", "NORP", "Europeans"),
            ent("Western", "NORP"),
        ],
        "events": [
            # Niger's military rulers have closed the country's airspace "until further notice",
            # citing the threat of an intervention by ECOWAS (a closure to all: COERCE restrict
            # movement; the reaction targets the doer of the threat it answers)
            ev("COERCE", "restrict movement", [NE], [ECOWAS], date="2023-08-06"),
            # Abdramane said any attempt to violate Nigerien airspace would meet "an energetic
            # and immediate response" (named spokesman's own warning: planned)
            ev("THREATEN", "respond", [ABDRAMANE], [ECOWAS], "planned", date="2023-08-06"),
            # He also said that forces were being "pre-deployed" in two Central African countries
            # in preparation for an attack
            ev("ACCUSE", "allege", [ABDRAMANE], [ECOWAS], date="2023-08-06"),
            # Tinubu, who chairs the 15-member bloc, is expected to host an emergency summit of its
            # leaders in Abuja on Thursday, a Nigerian presidency official said (host: the hosted
            # meeting's parties are the targets)
            ev(
                "CONSULT",
                "host",
                [TINUBU],
                [ECOWAS],
                "planned",
                "a Nigerian presidency official",
                "2023-08-10",
                "Abuja",
            ),
            # Thousands of supporters of the junta filled the ... stadium in Niamey on Sunday
            # afternoon, chanting slogans against France and ECOWAS (a crowd with no name)
            ev("PROTEST", "rally", [], [FR, ECOWAS], date="2023-08-06", location="Niamey"),
            # ... last Sunday, when demonstrators set fire to the door of the French embassy in
            # Niamey after a rally (a mob at a foreign mission: riot, the mission's state)
            ev("PROTEST", "riot", [], [FR], date="2023-07-30", location="Niamey"),
            # Tebboune said ... that a military intervention would be "a direct threat" to his
            # country and that Algiers "categorically" rejected it (disapproval of the threatened
            # act; targets its doer)
            ev("ACCUSE", "disapprove", [TEBBOUNE], [ECOWAS], date="2023-08-05"),
            # Mali and Burkina Faso said in a joint statement last Monday that any intervention in
            # Niger would amount to "a declaration of war" against them too (own warning: planned)
            ev("THREATEN", "war", [ML, BF], [ECOWAS], "planned", date="2023-07-31"),
            # On Thursday they sent a joint delegation to Niamey, led by Abdoulaye Maiga
            ev("CONSULT", "visit", [ML, BF], [NE], date="2023-08-03", location="Niamey"),
            # ... to express their solidarity with the junta
            ev("SUPPORT", "diplomatic", [ML, BF], [NE], date="2023-08-03"),
            # The United States said on Friday it was pausing certain assistance programmes that
            # benefit the government of Niger (own formal measure: asserted)
            ev("SANCTION", "aid suspension", [US], [NE], date="2023-08-04"),
            # Blinken spoke with Bazoum by phone on Thursday, the State Department said (own
            # contact told by the doer's side: reported, the institution speaks for its state)
            ev(
                "CONSULT",
                "phone",
                [BLINKEN, BAZOUM],
                [BAZOUM, BLINKEN],
                "reported",
                US,
                "2023-08-03",
            ),
            # In an opinion piece in the Washington Post the same day, Bazoum urged Washington and
            # "the entire international community" to help restore constitutional order
            ev("REQUEST", "help", [BAZOUM], [US], date="2023-08-03"),
            # ... has spent some $500 million since 2012 to train and equip the country's army
            ev("AID", "military", [US], [NE]),
            # Nigeria cut off the electricity it exports to Niger on Tuesday as part of the ECOWAS
            # sanctions
            ev("SANCTION", "cut electricity", [NG], [NE], date="2023-08-01"),
            # The sanctions imposed by ECOWAS last Sunday also suspended all commercial and
            # financial transactions between member states and Niger
            ev("SANCTION", "trade", [ECOWAS], [NE], date="2023-07-30"),
            # The European Union said on Saturday that it supported "all measures" adopted by
            # ECOWAS
            ev("SUPPORT", "diplomatic", [EU], [ECOWAS], date="2023-08-05"),
            # France's foreign ministry said five military flights had carried 1,079 people out
            # of Niger since Tuesday (own operation told by its side: reported)
            ev("RETREAT", "evacuation", [FR], [NE], "reported", FR, "2023-08"),
            # The junta revoked its military cooperation agreements with France on Thursday
            ev("REJECT", "agreement", [NE], [FR], date="2023-08-03"),
            # ... and ended the functions of Niger's ambassadors to France, the United States,
            # Nigeria and Togo (recall)
            ev("SANCTION", "recall", [NE], [FR, US, NG, "Togo"], date="2023-08-03"),
            # Paris said on Friday that only Niger's "legitimate authorities" could end the accords
            # (refuses to accept the revocation; not a denial)
            ev("REJECT", "reject", [FR], [NE], date="2023-08-04"),
            # Musah: "We are not going to tell the putschists when and where we are going to
            # strike." (the plan finalised at the defence chiefs' meeting is the threat he voices)
            ev("THREATEN", "military force", [MUSAH], [NE], "planned", date="2023-08-04"),
            # An ECOWAS mediation team led by ... Abdulsalami Abubakar flew to Niamey on Thursday
            # (not meeting Tiani is negated and not coded)
            ev("CONSULT", "visit", [ABUBAKAR], [NE], date="2023-08-03", location="Niamey"),
            # Meeting in Abuja last Sunday, ECOWAS leaders gave Niger's junta seven days to
            # reinstate Bazoum
            ev("REQUEST", "reinstate", [ECOWAS], [NE], date="2023-07-30", location="Abuja"),
            # ... or face "measures" that could include the use of force
            ev(
                "THREATEN",
                "military force",
                [ECOWAS],
                [NE],
                "planned",
                date="2023-07-30",
                location="Abuja",
            ),
            # Bazoum, who has been held by his own presidential guard since July 26 (the coup)
            ev("COERCE", "coup", [NE], [BAZOUM], date="2023-07-26"),
            # The African Union had earlier given the soldiers 15 days to return to their barracks
            ev("REQUEST", "return to barracks", [AU], [NE]),
            # The junta has said it will not bow to "threats"
            ev("REJECT", "refuse", [NE], [ECOWAS]),
            # ... and has warned that any aggression against Niger would be met with an immediate
            # response (the aggressor, not Niger, is the target)
            ev("THREATEN", "respond", [NE], [ECOWAS], "planned"),
        ],
        "claims": [
            cl(
                2,
                "countries",
                "Central African countries where forces were allegedly pre-deployed",
                "reported",
                ABDRAMANE,
            ),
            cl(15, "members", "members of ECOWAS"),
            cl(
                30000,
                "people",
                "people at the pro-junta rally in Niamey",
                "reported",
                "organisers",
                approximate=True,
            ),
            cl(1000, "kilometres", "length of Algeria's border with Niger", approximate=True),
            cl(1100, "troops", "US troops in Niger", approximate=True),
            cl(
                500e6,
                "USD",
                "US spending to train and equip Niger's army since 2012",
                approximate=True,
            ),
            cl(
                0.7,
                "share",
                "Nigeria's share of Niger's electricity supply",
                "reported",
                NIGELEC,
                approximate=True,
            ),
            cl(5, "flights", "French military evacuation flights", "reported", FR),
            cl(1079, "people", "people evacuated from Niger by France", "reported", FR),
            cl(577, "citizens", "French citizens among the evacuees", "reported", FR),
            cl(1500, "troops", "French troops in Niger", approximate=True),
            cl(26000000, "people", "Niger's population", approximate=True),
        ],
    },
}

# ------------------------------------------------------------------ checks
MONEY = {"USD", "EUR", "RUB"}
# unnamed sources the text gives, as written
UNNAMED_SOURCES = {
    "Maldivian officials",
    "Spanish diplomatic sources",
    "a Nigerian presidency official",
    "an Indian travel industry association",
    "analysts",
    "officials on both sides",
    "organisers",
}


# what goldkit.check_story holds each page to (sizes: the brief's bounds); this set marks no
# article body, so the whole page stands for it
RULES = {"money": MONEY, "unnamed": UNNAMED_SOURCES}
RULES["sizes"] = {"events": (15, 30), "claims": (8, 14), "entities": (25, 35)}

for _name, _page in PAGES.items():
    check_story(_name, _page, page_text(HERE, _name), **RULES)

write_gold(HERE, PAGES)

for _name, _page in PAGES.items():
    print(f"{_name}: {len(_page['events'])} events, {len(_page['claims'])} claims, "
          f"{len(_page['entities'])} entities")  # fmt: skip
_totals = [sum(len(p[k]) for p in PAGES.values()) for k in ("events", "claims", "entities")]
print("total: {} events, {} claims, {} entities".format(*_totals))

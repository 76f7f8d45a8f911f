"""Writes eval/dev10/gold/*.json for part A of set 10 (facts-only gold, hand-written from the page
text without running the extractor).

Each page: title, published, entities (name, type, aliases), events and claims in the contract's
shape; `text` and `evidence` are null (scored on facts alone). Conventions follow
docs/annotation.md; where it is silent, the choices of eval/dev9 (README_a.md, README_b.md) and,
behind them, eval/dev8, dev7, dev6, dev5 and dev4. The choices made for this half are listed in
eval/dev10/README_a.md. Part B (make_gold_b.py) writes its own pages into the same gold folder.
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent


sys.path.insert(0, str(HERE.parent))
from goldkit import between, check_story, cl, ent, ev, page_text, write_gold  # noqa: E402

# (1) Honduras / Taiwan / China
HN = "Honduras"
CN = "China"
TW = "Taiwan"
US = "United States"
NI = "Nicaragua"
GT = "Guatemala"
BZ = "Belize"
QIN = "Qin Gang"
REINA = "Eduardo Enrique Reina"
WU = "Joseph Wu"
TSAI = "Tsai Ing-wen"
CASTRO = "Xiomara Castro"
MCCARTHY = "Kevin McCarthy"
IAD = "Inter-American Dialogue"
# (2) Black Sea grain deal
RU = "Russia"
UA = "Ukraine"
TR = "Turkey"
UN = "United Nations"
EU = "European Union"
PUTIN = "Vladimir Putin"
PESKOV = "Dmitry Peskov"
ZELENSKY = "Volodymyr Zelensky"
ERDOGAN = "Recep Tayyip Erdogan"
GUTERRES = "Antonio Guterres"
VDL = "Ursula von der Leyen"
BLINKEN = "Antony Blinken"
KIPER = "Oleh Kiper"
RAB = "Russian Agricultural Bank"
JCC = "Joint Coordination Centre"
# (3) Iraq / Sweden
IQ = "Iraq"
SE = "Sweden"
SUDANI = "Mohammed Shia al-Sudani"
SVARDSTROM = "Jessica Svärdström"
SADR = "Moqtada al-Sadr"
MOMIKA = "Salwan Momika"
BILLSTROM = "Tobias Billström"
ERICSSON = "Ericsson"
# (4) Pakistan / Afghanistan
PK = "Pakistan"
AF = "Afghanistan"
UNHCR = "UNHCR"
IOM = "International Organization for Migration"
AMNESTY = "Amnesty International"
ISLAMIC_STATE = "Islamic State"
SOVIET = "Soviet Union"
KAKAR = "Anwaar-ul-Haq Kakar"
BUGTI = "Sarfraz Bugti"
MUJAHID = "Zabihullah Mujahid"
CANDLER = "Philippa Candler"
GRANDI = "Filippo Grandi"

PAGES = {
    # ------------------------------------------------------------- (1) raw HTML, comments
    "2023-03-26-honduras-switches-taiwan-china.html": {
        "title": "Honduras switches recognition to Beijing, leaving Taiwan with 13 allies",
        "published": "2023-03-26",
        "entities": [
            ent(HN, "GPE", "Tegucigalpa"),
            ent(CN, "GPE", "Beijing"),
            ent(TW, "GPE", "Taipei"),
            ent(US, "GPE", "Washington", "US"),
            ent(NI, "GPE"),
            ent(GT, "GPE"),
            ent(BZ, "GPE"),
            ent("Vatican", "GPE"),
            ent(QIN, "PERSON", "Qin"),
            ent(REINA, "PERSON", "Reina"),
            ent(WU, "PERSON", "Wu"),
            ent(TSAI, "PERSON", "Tsai"),
            ent(CASTRO, "PERSON"),
            ent(MCCARTHY, "PERSON"),
            ent("State Department", "ORG"),
            ent("Taiwan Affairs Office", "ORG"),
            ent("House of Representatives", "ORG"),
            ent(IAD, "ORG"),
            ent("Twitter", "PRODUCT"),
            ent("New York", "GPE"),
            ent("Los Angeles", "GPE"),
            ent("Latin America", "LOC"),
            ent("Caribbean", "LOC"),
            ent("Pacific", "LOC"),
            ent("Americas", "LOC"),
            ent("Honduran", "NORP"),
            ent("Chinese", "NORP"),
        ],
        "events": [
            # Honduras established diplomatic relations with China on Sunday (lead; the
            # communiqué signed in Beijing gives the place)
            ev("COOPERATE", "diplomatic", [HN, CN], [CN, HN], date="2023-03-26", location="Beijing"),
            # ... and cut its ties with Taiwan (lead: Honduras's own break, next to Taiwan's below)
            ev("SANCTION", "break relations", [HN], [TW], date="2023-03-26"),
            # The foreign ministers, Qin Gang and Eduardo Enrique Reina, signed a joint communiqué
            # in Beijing establishing relations (a signing is one AGREE between the two states, as
            # dev9a's Putin-Kim signing; the one-China wording is its content)
            ev("AGREE", "communique", [HN, CN], [CN, HN], date="2023-03-26", location="Beijing"),
            # Qin called the decision "the right choice" (praise of Honduras's decision)
            ev("SUPPORT", "praise", [QIN], [HN], date="2023-03-26"),
            # Reina had arrived in Beijing on Thursday for a working visit
            ev("CONSULT", "visit", [REINA], [CN], date="2023-03-23", location="Beijing"),
            # Taiwan moved first, ending its own relations with Tegucigalpa hours before the
            # signing (the writer's statement; Wu speaks afterwards)
            ev("SANCTION", "break relations", [TW], [HN], date="2023-03-26"),
            # "We will not engage in a meaningless contest of dollar diplomacy with China," Wu
            # said, accusing Beijing of luring away the island's partners with promises of money
            ev("ACCUSE", "allege", [WU], [CN], date="2023-03-26", location="Taipei"),
            # Taipei has recalled its ambassador and is closing its embassy (closing the embassy
            # belongs to the break; the recall is its own SANCTION, as dev9a's Spain)
            ev("SANCTION", "recall", [TW], [HN], date="2023-03-26"),
            # Wu said Honduras had repeatedly asked for "a high price", including about $2.5
            # billion (the other side's act in Wu's account: reported, Wu). Reina's later "had
            # asked Taipei ... to double its annual aid" is the same request told again; the
            # first telling is kept.
            ev("REQUEST", "aid", [HN], [TW], "reported", WU),
            # Reina rejected that account ... denied that Honduras had put its recognition up for
            # sale (a denied charge targets the accuser)
            ev("REJECT", "deny", [REINA], [WU], "denied", date="2023-03-26", location="Beijing"),
            # Taipei declined, Reina said (the other side's act in his account: reported)
            ev("REJECT", "refuse", [TW], [HN], "reported", REINA),
            # Tsai accused Beijing of "suppression" (the "determination ... would not change" is
            # a stance)
            ev("ACCUSE", "allege", [TSAI], [CN], date="2023-03-26"),
            # China's foreign ministry said Taiwan's accusations were "groundless" and the
            # relations "were not bought with money" (denial; the accuser the text names is
            # Taiwan)
            ev("REJECT", "deny", [CN], [TW], "denied", date="2023-03-26"),
            # It urged "the very few countries" that still recognise Taipei to "stand on the right
            # side of history" (unnamed addressees: empty target)
            ev("REQUEST", "switch recognition", [CN], [], date="2023-03-26"),
            # Castro's March 14 post that she had instructed Reina to open relations is an order
            # to her own minister announcing the act coded above; her campaign promise was made
            # to voters. Neither is coded.
            # Taiwan has given Honduras about $50 million a year in aid (standing, undated; one
            # AID as dev9a's Indian loans)
            ev("AID", "economic", [TW], [HN]),
            # ... a free trade agreement the two signed in 2007 (background)
            ev("AGREE", "treaty", [TW, HN], [HN, TW], date="2007"),
            # ... Nicaragua, which broke off relations with Taipei in December 2021 (background;
            # "lost nine allies since 2016" is a count, a claim)
            ev("SANCTION", "break relations", [NI], [TW], date="2021-12"),
            # A State Department spokesperson ... noted that Beijing "often makes promises in
            # exchange for diplomatic recognition that ultimately remain unfulfilled" (the
            # institution speaks for its state; "a sovereign one" is no act)
            ev("ACCUSE", "allege", [US], [CN]),
            # US officials had urged Tegucigalpa in recent weeks to keep its ties with Taipei,
            # according to two people familiar with the discussions
            ev("REQUEST", "keep ties", [US], [HN], "reported", "people familiar with the discussions"),
            # Tsai is due to leave on Wednesday for Guatemala and Belize (one trip, the writer's
            # plan: no source). The US stopovers are transits; only the meeting is coded.
            ev("CONSULT", "visit", [TSAI], [GT, BZ], "planned", date="2023-03-29"),
            # In Los Angeles she is expected to meet Kevin McCarthy, according to people familiar
            # with the plans (a plan told by a teller keeps the teller)
            ev(
                "CONSULT",
                "meet",
                [TSAI, MCCARTHY],
                [MCCARTHY, TSAI],
                "planned",
                "people familiar with the plans",
                location="Los Angeles",
            ),
            # China's Taiwan Affairs Office has warned that Beijing would take "resolute
            # countermeasures" if the meeting goes ahead (the office speaks for China; the
            # condition is part of the warning; targets the meeting's doers)
            ev("THREATEN", "countermeasures", [CN], [TSAI, MCCARTHY], "planned"),
            # Chinese state lenders' loans "to Latin American governments since 2005" name no
            # recipient and no time: a claim only.
        ],
        "claims": [
            cl(13, "allies", "Taiwan's remaining formal allies"),
            cl(
                2.5e9,
                "USD",
                "money Honduras asked of Taiwan for a hospital and a dam",
                "reported",
                WU,
                approximate=True,
            ),
            cl(600e6, "USD", "Honduras's debt to Taiwan", "reported", REINA, approximate=True),
            cl(100e6, "USD", "annual aid Honduras asked Taiwan to pay", "reported", REINA),
            cl(50e6, "USD", "Taiwan's annual aid to Honduras", approximate=True),
            cl(0.2, "share", "Taiwan's share of Honduran farmed shrimp exports", approximate=True),
            cl(9, "allies", "allies Taiwan has lost to Beijing since 2016"),
            cl(
                137e9,
                "USD",
                "Chinese state loans to Latin American governments since 2005",
                "reported",
                IAD,
                approximate=True,
            ),
            cl(10e6, "people", "population of Honduras", approximate=True),
        ],
    },
    # ------------------------------------------------------------- (2) live blog, key points
    "2023-07-17-russia-quits-black-sea-grain-deal.txt": {
        "title": "Russia quits Black Sea grain deal as Odesa comes under attack",
        "published": "2023-07-17",
        "entities": [
            ent(RU, "GPE", "Moscow", "Kremlin", "Russian Federation"),
            ent(UA, "GPE", "Kyiv"),
            ent(TR, "GPE", "Ankara"),
            ent(UN, "ORG", "UN"),
            ent(EU, "ORG", "EU"),
            ent(US, "GPE", "US", "Washington"),
            ent(PUTIN, "PERSON", "Putin"),
            ent(PESKOV, "PERSON", "Peskov"),
            ent(ZELENSKY, "PERSON"),
            ent(ERDOGAN, "PERSON", "Erdogan"),
            ent(GUTERRES, "PERSON", "Guterres"),
            ent(VDL, "PERSON"),
            ent(BLINKEN, "PERSON"),
            ent(KIPER, "PERSON"),
            ent(RAB, "ORG"),
            ent("SWIFT", "ORG"),
            ent("European Commission", "ORG"),
            ent(JCC, "ORG"),
            ent("Black Sea Grain Initiative", "LAW"),
            ent("Black Sea", "LOC"),
            ent("Odesa", "GPE"),
            ent("Istanbul", "GPE"),
            ent("Chicago", "GPE"),
            ent("New York", "GPE"),
            ent("Shahed", "PRODUCT"),
            ent("Telegram", "PRODUCT"),
            ent("Ukrainian", "NORP"),
            ent("Russian", "NORP"),
            ent("Turkish", "NORP"),
        ],
        "events": [
            # Russia has suspended its participation in the Black Sea Grain Initiative (key
            # points); Peskov's 11:00 entry tells the same act ("Russia was suspending its
            # participation"). Walking away from an agreement: REJECT, the deal's other parties
            ev("REJECT", "agreement", [RU], [UA, TR, UN], date="2023-07-17"),
            # Peskov: "the part of these Black Sea agreements concerning Russia has not been
            # implemented so far, so its effect is terminated" (the reason a measure gives is its
            # speaker's ACCUSE, dev7a; the passive names nobody: empty target)
            ev("ACCUSE", "allege", [PESKOV], [], date="2023-07-17"),
            # Russia's foreign ministry said it was withdrawing guarantees for the safety of
            # navigation ...; ships heading for Ukrainian ports without Moscow's consent would
            # sail "at their own risk", it warned (a warning to unnamed ships: empty target)
            ev("THREATEN", "shipping", [RU], [], "planned", date="2023-07-17"),
            # Russian drones struck port infrastructure in the city, Kiper said on Telegram
            ev("ASSAULT", "drone", [RU], [UA], "reported", KIPER, "2023-07-17", "Odesa"),
            # Ukraine's air force said it had destroyed six of the eight Shahed drones (own
            # operation told by its side: reported; the air force speaks for Ukraine)
            ev("ASSAULT", "air defence", [UA], [RU], "reported", UA, "2023-07-17", "Odesa"),
            # Guterres said he "deeply regrets" Russia's decision (key points restate it)
            ev("ACCUSE", "disapprove", [GUTERRES], [RU], date="2023-07-17"),
            # He said he had written to Putin last week urging him to extend the deal ("no
            # positive answer" is negated)
            ev("REQUEST", "extend", [GUTERRES], [PUTIN], date="2023-07"),
            # Erdogan said the two leaders would discuss it when Putin visits Turkey in August (a
            # plan told by a teller keeps the teller; his belief about Putin is an opinion)
            ev("CONSULT", "visit", [PUTIN], [TR], "planned", ERDOGAN, "2023-08"),
            # Von der Leyen said she "strongly condemns Russia's cynical move"
            ev("ACCUSE", "disapprove", [VDL], [RU], date="2023-07-17"),
            # The "solidarity lanes" the EU opened in May 2022 to move Ukrainian produce
            # (background cooperation with Ukraine)
            ev("COOPERATE", "economic", [EU], [UA], date="2022-05"),
            # Blinken called the suspension "unconscionable" and said Russia was once again
            # "weaponising food" (one statement, one ACCUSE; "would work with partners" is a
            # stance)
            ev("ACCUSE", "disapprove", [BLINKEN], [RU], date="2023-07-17", location="Washington"),
            # Zelensky ... had sent letters to Erdogan and Guterres asking them to keep it working
            # in a three-way format (his readiness to export without Russia is a stance)
            ev("REQUEST", "keep corridor", [ZELENSKY], [ERDOGAN, GUTERRES]),
            # Ukraine's foreign ministry accused Moscow of "using hunger as a weapon"
            ev("ACCUSE", "allege", [UA], [RU], date="2023-07-17"),
            # Before Russia's full-scale invasion in February 2022 (nominal, background)
            ev("ASSAULT", "invasion", [RU], [UA], date="2022-02"),
            # Moscow has demanded that the Russian Agricultural Bank be reconnected to SWIFT ...
            # and that curbs on spare parts and insurance be lifted (one demand; the EU cut the
            # bank off, so the EU is the addressee)
            ev("REQUEST", "lift sanctions", [RU], [EU]),
            # ... SWIFT, from which the EU cut it off in June 2022 (a named bank is the target)
            ev("SANCTION", "financial", [EU], [RAB], date="2022-06"),
            # Russia's foreign ministry accused the United States and the European Union of
            # failing to honour the part of the package meant to ease Russia's exports
            ev("ACCUSE", "allege", [RU], [US, EU], date="2023-07-17"),
            # "Peskov said Moscow would consider returning to the deal once its conditions were
            # met": a hedged intention, not coded.
            # The initiative, brokered by Turkey and the United Nations (a mediation with the
            # parties as targets, dev9b's China)
            ev("CONSULT", "mediate", [TR, UN], [RU, UA], date="2022-07", location="Istanbul"),
            # ... and signed in Istanbul in July 2022 by Russia and Ukraine in separate documents
            # (each signed with Turkey and the UN)
            ev("AGREE", "treaty", [RU, UA], [TR, UN], date="2022-07", location="Istanbul"),
            # ... despite Russia's naval blockade (nominal, standing, undated)
            ev("COERCE", "blockade", [RU], [UA]),
            # Moscow last agreed to extend it in May, for two months
            ev("AGREE", "extend", [RU], [UA, TR, UN], date="2023-05"),
        ],
        "claims": [
            cl(2, "people", "people injured in the drone strike on Odesa", "reported", KIPER),
            cl(8, "drones", "Shahed drones launched at the Odesa region", "reported", UA),
            cl(6, "drones", "drones destroyed by Ukraine's air force", "reported", UA),
            cl(
                32.9e6,
                "tonnes",
                "food shipped from Ukrainian ports under the initiative",
                "reported",
                UN,
                approximate=True,
            ),
            cl(0.57, "share", "share of the shipped food that went to developing countries",
               "reported", UN),
            cl(
                41e6,
                "tonnes",
                "goods carried by the EU's solidarity lanes since May 2022",
                "reported",
                EU,
                approximate=True,
            ),
            cl(
                1000,
                "voyages",
                "voyages made under the initiative since August 2022",
                "reported",
                JCC,
                approximate=True,
            ),
            cl(400e6, "people", "people whose food supply the decision puts at risk", "reported",
               UA),
            cl(0.038, "share", "peak rise in Chicago wheat futures after the announcement"),
            cl(0.02, "share", "gain in Chicago wheat futures by early afternoon", approximate=True),
            cl(6.78, "USD", "price of Chicago wheat futures per bushel"),
            cl(0.03, "share", "share of grain shipped under the deal that went to the poorest "
               "countries", "reported", RU),
            cl(3, "ports", "Ukrainian ports used under the initiative"),
        ],
    },
    # ------------------------------------------------------------- (3) plain scrape, comments
    "2023-07-20-iraq-expels-swedish-ambassador.txt": {
        "title": "Iraq expels Swedish ambassador after protesters storm and torch embassy in Baghdad",
        "published": "2023-07-20",
        "entities": [
            ent(IQ, "GPE", "Baghdad"),
            ent(SE, "GPE", "Stockholm"),
            ent(SUDANI, "PERSON", "Sudani"),
            ent(SVARDSTROM, "PERSON"),
            ent(SADR, "PERSON", "Sadr"),
            ent(MOMIKA, "PERSON", "Momika"),
            ent(BILLSTROM, "PERSON"),
            ent(ERICSSON, "ORG"),
            ent(EU, "ORG"),
            ent(US, "GPE", "U.S."),
            ent("State Department", "ORG"),
            ent(TR, "GPE", "Ankara"),
            ent(ERDOGAN, "PERSON", "Tayyip Erdogan"),
            ent("NATO", "ORG"),
            ent("Statistics Sweden", "ORG"),
            ent("Vienna Convention", "LAW"),
            ent("Koran", "OTHER"),
            ent("Islam", "OTHER"),
            ent("Eid al-Adha", "EVENT"),
            ent("Tahrir Square", "FAC"),
            ent("Iraqi", "NORP"),
            ent("Swedish", "NORP"),
            ent("Shiite", "NORP"),
            ent("Muslim", "NORP", "Muslims"),
            ent("Turkish", "NORP"),
        ],
        "events": [
            # Iraq ordered Sweden's ambassador to leave the country on Thursday (lead); the
            # statement names her, Jessica Svärdström (a named expelled envoy is a target beside
            # her state, dev9b)
            ev("SANCTION", "expel", [IQ], [SE, SVARDSTROM], date="2023-07-20"),
            # ... and recalled its own chargé d'affaires from Stockholm ("before Baghdad recalled
            # the envoy" is the same act)
            ev("SANCTION", "recall", [IQ], [SE], date="2023-07-20"),
            # ... hours after hundreds of protesters stormed the Swedish embassy in Baghdad and set
            # part of it on fire (a crowd with no name; a mob at a foreign mission is a riot
            # against the mission's state)
            ev("PROTEST", "riot", [], [SE], date="2023-07-20", location="Baghdad"),
            # ... and had suspended the work permit of the Swedish telecoms company Ericsson in
            # Iraq (a named firm is the target)
            ev("SANCTION", "suspend", [IQ], [ERICSSON], date="2023-07-20"),
            # It said the measures answered "the Swedish government's repeated permission for the
            # burning of the holy Koran ..." (the reason a measure gives is its actor's ACCUSE)
            ev("ACCUSE", "allege", [IQ], [SE], date="2023-07-20"),
            # Sudani's office had said on Wednesday night that Iraq would sever diplomatic
            # relations with Sweden if a Koran were burned (an announced sanction: THREATEN; the
            # office speaks for Iraq; the condition is part of it)
            ev("THREATEN", "break relations", [IQ], [SE], "planned", date="2023-07-19"),
            # Riot police used water cannon and electric batons to drive them out (the state
            # where it happened; unnamed people: no target)
            ev("COERCE", "crowd control", [IQ], [], date="2023-07-20", location="Baghdad"),
            # ... and Iraqi authorities said about 20 people had been arrested (own act told by
            # the doer's side: reported, dev9b's Iranian arrests)
            ev("COERCE", "arrest", [IQ], [], "reported", IQ, "2023-07-20", "Baghdad"),
            # Sadr had urged his followers on Wednesday to protest (unnamed addressees)
            ev("REQUEST", "protest", [SADR], [], date="2023-07-19"),
            # Iraq's foreign ministry condemned the attack on the embassy (its doers are unnamed:
            # no target; a different act from the charge against Sweden above). The
            # investigation it ordered is internal and not coded.
            ev("ACCUSE", "disapprove", [IQ], [], date="2023-07-20"),
            # Billström called the storming "completely unacceptable" and said the Iraqi
            # authorities had "an obligation to protect diplomatic missions" (one statement, one
            # ACCUSE; it names Iraq)
            ev("ACCUSE", "disapprove", [BILLSTROM], [IQ], date="2023-07-20", location="Stockholm"),
            # His ministry summoned Iraq's chargé d'affaires to convey its protest (one ACCUSE
            # summon, the envoy's state)
            ev("ACCUSE", "summon", [SE], [IQ], date="2023-07-20", location="Stockholm"),
            # Momika ... stood outside Iraq's embassy in Stockholm with another man and kicked and
            # stamped on a copy of the Koran and an Iraqi flag ("did not set them alight" is
            # negated). A named protester acts; the embassy's state is the target.
            ev("PROTEST", "demonstrate", [MOMIKA], [IQ], date="2023-07-20", location="Stockholm"),
            # Momika burned pages of a Koran outside Stockholm's largest mosque on June 28 (an
            # earlier act against no state; a different day, so not the act above told twice)
            ev("PROTEST", "demonstrate", [MOMIKA], [], date="2023-06-28", location="Stockholm"),
            # A day later, protesters broke into the same embassy in Baghdad
            ev("PROTEST", "riot", [], [SE], date="2023-06-29", location="Baghdad"),
            # Baghdad asked Stockholm at the time to hand Momika over for trial in Iraq ("has not
            # answered" is negated)
            ev("REQUEST", "extradite", [IQ], [SE], date="2023-06"),
            # On Thursday evening, some 1,000 people rallied again in Baghdad's Tahrir Square,
            # chanting against Sweden, witnesses said
            ev("PROTEST", "rally", [], [SE], "reported", "witnesses", "2023-07-20", "Baghdad"),
            # The European Union condemned the attack "in the strongest terms" (doers unnamed)
            ev("ACCUSE", "disapprove", [EU], [], date="2023-07-20"),
            # ... and called on the Iraqi authorities to ensure the safety of all diplomatic
            # missions
            ev("REQUEST", "protect missions", [EU], [IQ], date="2023-07-20"),
            # The U.S. State Department called the storming "unacceptable" and criticised Iraqi
            # security forces for failing to protect the embassy (one statement; names Iraq)
            ev("ACCUSE", "disapprove", [US], [IQ], date="2023-07-20"),
            # Turkey's foreign ministry condemned Sweden for allowing the protest to go ahead
            ev("ACCUSE", "disapprove", [TR], [SE], date="2023-07-20"),
            # ... days after President Tayyip Erdogan agreed to forward Sweden's bid to join NATO
            # to the Turkish parliament (background; Ankara's year of objections is habitual)
            ev("AGREE", "support bid", [ERDOGAN], [SE], date="2023-07"),
            # Ericsson said it was seeking clarification from the Iraqi authorities
            ev("REQUEST", "clarify", [ERICSSON], [IQ], date="2023-07-20"),
            # Not coded: Swedish police authorising the gathering and Swedish courts overturning
            # bans (domestic acts), Sweden's staff being safe, and the government's stance that
            # it "does not approve of Koran burnings".
        ],
        "claims": [
            cl(20, "people", "people arrested after the embassy storming", "reported", IQ,
               approximate=True),
            cl(100, "people", "people watching Momika's protest in Stockholm", approximate=True),
            cl(2, "protests", "Koran-burning protests whose police bans courts overturned"),
            cl(1000, "people", "people at the evening rally in Tahrir Square", "reported",
               "witnesses", approximate=True),
            cl(1.6e9, "SEK", "Swedish exports to Iraq last year", "reported", SE,
               approximate=True),
            cl(155e6, "USD", "Swedish exports to Iraq last year", "reported", SE,
               approximate=True),
            cl(140000, "people", "people born in Iraq who live in Sweden", approximate=True),
            cl(10.5e6, "people", "population of Sweden"),
            cl(0.08, "share", "Muslims' share of Sweden's population", approximate=True),
        ],
    },
    # ------------------------------------------------------------- (4) wire, attributions
    "2023-11-01-pakistan-deports-afghans.txt": {
        "title": "Pakistan begins mass deportations of Afghans as deadline expires",
        "published": "2023-11-01",
        "entities": [
            ent(PK, "GPE", "Islamabad"),
            ent(AF, "GPE", "Kabul"),
            ent("Taliban", "ORG"),
            ent("Tehreek-e-Taliban Pakistan", "ORG", "TTP", "Pakistani Taliban"),
            ent(ISLAMIC_STATE, "ORG"),
            ent(UNHCR, "ORG", "U.N. refugee agency"),
            ent(IOM, "ORG", "IOM"),
            ent(UN, "ORG", "U.N."),
            ent(US, "GPE", "U.S."),
            ent(SOVIET, "GPE", "Soviet"),
            ent(AMNESTY, "ORG"),
            ent("Reuters", "ORG"),
            ent(KAKAR, "PERSON"),
            ent(BUGTI, "PERSON"),
            ent(MUJAHID, "PERSON"),
            ent(CANDLER, "PERSON"),
            ent(GRANDI, "PERSON"),
            ent("Torkham", "LOC"),
            ent("Karachi", "GPE"),
            ent("Khyber Pakhtunkhwa", "GPE"),
            ent("Bajaur", "GPE"),
            ent("X", "PRODUCT"),
            ent("Proof of Registration", "OTHER"),
            ent("Afghan", "NORP", "Afghans"),
            ent("Pakistani", "NORP"),
        ],
        "events": [
            # Pakistan began rounding up ... Afghans who lack legal papers on Wednesday (lead;
            # "Police ... detained hundreds of Afghans overnight ..., Pakistani officials said"
            # tells the same act, which keeps the lead's telling; unnamed people: no target)
            ev("COERCE", "arrest", [PK], [], date="2023-11-01"),
            # ... and deporting (lead; the buses to the border are the same act)
            ev("COERCE", "deport", [PK], [], date="2023-11-01"),
            # "Those who have not left will be arrested and deported," Bugti told reporters on
            # Tuesday (a named minister's own warning to unnamed people)
            ev("THREATEN", "deport", [BUGTI], [], "planned", date="2023-10-31"),
            # Pakistan's caretaker government gave undocumented foreigners until Oct. 31 to leave
            # the country (an order to unnamed people: empty target) ...
            ev("REQUEST", "leave", [PK], [], date="2023-10-03"),
            # ... or face arrest and deportation (the ultimatum's threat, as dev9a's ECOWAS)
            ev("THREATEN", "deport", [PK], [], "planned", date="2023-10-03"),
            # The Taliban administration in Kabul has condemned the expulsions as "inhumane" and
            # accused Islamabad of using refugees to put political pressure on Afghanistan (one
            # statement, one ACCUSE; the administration is Afghanistan, dev7a)
            ev("ACCUSE", "allege", [AF], [PK]),
            # Pakistan denies this (denial targets the accuser)
            ev("REJECT", "deny", [PK], [AF], "denied"),
            # Mujahid said on X on Tuesday that Pakistan should "reconsider" its decision and give
            # Afghans more time (a named spokesman acts)
            ev("REQUEST", "more time", [MUJAHID], [PK], date="2023-10-31"),
            # A Taliban delegation is expected to travel to Islamabad next week, a Taliban
            # official told Reuters (a plan told by a teller keeps the teller)
            ev(
                "CONSULT",
                "visit",
                [AF],
                [PK],
                "planned",
                "a Taliban official",
                "2023-11",
                "Islamabad",
            ),
            # UNHCR and the IOM urged Pakistan in a joint statement on Tuesday to suspend the
            # forced returns ...
            ev("REQUEST", "halt", [UNHCR, IOM], [PK], date="2023-10-31"),
            # ... and expressed concern that many of those sent back could face persecution
            # ("express concern" is ACCUSE; the feared persecution is hypothetical, not coded)
            ev("ACCUSE", "disapprove", [UNHCR, IOM], [PK], date="2023-10-31"),
            # Candler told Reuters the agency was "ready to help" Pakistan manage the returns
            # (stated willingness: AGREE; no concrete aid is named)
            ev("AGREE", "help", [CANDLER], [PK]),
            # Grandi is due to visit Islamabad later this month (the writer's plan: no source)
            ev("CONSULT", "visit", [GRANDI], [PK], "planned", date="2023-11", location="Islamabad"),
            # Amnesty International accused Pakistani police of harassing Afghans and demanding
            # bribes
            ev("ACCUSE", "allege", [AMNESTY], [PK]),
            # ... a charge the interior ministry denied (the ministry speaks for Pakistan)
            ev("REJECT", "deny", [PK], [AMNESTY], "denied"),
            # The U.S. embassy in Islamabad said it had given Pakistan a list of Afghans waiting
            # for resettlement ... and asked that they be spared deportation (own speech act:
            # asserted; the list belongs to the request)
            ev("REQUEST", "spare", [US], [PK]),
            # Kakar said last month that Afghan nationals had carried out 14 of the 24 suicide
            # bombings ... and accused the Taliban government of sheltering fighters of the TTP
            # (one statement, one ACCUSE; the TTP's attacks are its content)
            ev("ACCUSE", "allege", [KAKAR], [AF], date="2023-10"),
            # Kabul denies the charge (target the accuser)
            ev("REJECT", "deny", [AF], [KAKAR], "denied"),
            # In July, a suicide bombing at a political rally in the Bajaur district ... killed
            # more than 60 people. It was claimed by the local branch of Islamic State
            ev("ASSAULT", "bombing", [ISLAMIC_STATE], [PK], date="2023-07", location="Bajaur"),
            # ... since September, when Pakistan closed Torkham for nine days (closing a crossing
            # is COERCE)
            ev("COERCE", "close border", [PK], [AF], date="2023-09", location="Torkham"),
            # ... after a firefight between Pakistani and Afghan border forces (two sides: the
            # first named acts)
            ev("ASSAULT", "clash", [PK], [AF], date="2023-09", location="Torkham"),
            # ... since the Soviet invasion of Afghanistan in 1979 (nominal, background)
            ev("ASSAULT", "invasion", [SOVIET], [AF], date="1979"),
            # Not coded: "since the Taliban returned to power" (sets the time), Pakistan hosting
            # Afghans since 1979 (standing), the cash rule for returning families (a domestic
            # rule), "the government says [their stay] is not affected" and "the order applies to
            # all foreigners" (stances), "could face persecution" and "could push many back"
            # (hypotheticals).
        ],
        "claims": [
            cl(
                165000,
                "Afghans",
                "Afghans who have gone home since the order was announced",
                "reported",
                IOM,
                approximate=True,
            ),
            cl(
                24000,
                "Afghans",
                "Afghans who crossed at Torkham on Tuesday",
                "reported",
                "a Pakistani border official",
                approximate=True,
            ),
            cl(0.5, "share", "children among those returning", "reported", IOM, approximate=True),
            cl(1.7e6, "Afghans", "undocumented Afghans in Pakistan", "reported", PK,
               approximate=True),
            cl(4e6, "Afghans", "Afghans in Pakistan", "reported", PK, approximate=True),
            cl(
                1.3e6,
                "refugees",
                "registered refugees holding Proof of Registration cards",
                "reported",
                UNHCR,
                approximate=True,
            ),
            cl(880000, "Afghans", "Afghans with other legal status", "reported", UNHCR,
               approximate=True),
            cl(50000, "PKR", "cash each returning family may take"),
            cl(175, "USD", "cash each returning family may take", approximate=True),
            cl(
                25000,
                "Afghans",
                "Afghans in Pakistan awaiting resettlement in the United States",
                "reported",
                "U.S. officials",
                approximate=True,
            ),
            cl(14, "bombings", "suicide bombings this year carried out by Afghan nationals",
               "reported", KAKAR),
            cl(24, "bombings", "suicide bombings in Pakistan this year", "reported", KAKAR),
            cl(60, "people", "people killed in the Bajaur rally bombing", approximate=True),
            cl(0.667, "share", "share of Afghanistan's population that needs aid", "reported", UN,
               approximate=True),
        ],
    },
}

# ------------------------------------------------------------------ checks
MONEY = {"USD", "EUR", "SEK", "PKR"}
# unnamed sources the text gives, as written
UNNAMED_SOURCES = {
    "U.S. officials",
    "a Pakistani border official",
    "a Taliban official",
    "people familiar with the discussions",
    "people familiar with the plans",
    "witnesses",
}

# where each page's article text starts and ends (boilerplate and comments lie outside)
BODY = {
    "2023-03-26-honduras-switches-taiwan-china.html": ("TAIPEI", "Share this story"),
    "2023-07-17-russia-quits-black-sea-grain-deal.txt": ("KEY POINTS", "[Load earlier updates]"),
    "2023-07-20-iraq-expels-swedish-ambassador.txt": ("BAGHDAD —", "\nRelated\n"),
    "2023-11-01-pakistan-deports-afghans.txt": ("ISLAMABAD/TORKHAM", "Reporting by"),
}
# targetless events kept beside a targeted one of the same type and actor: each is a different
# act (another day, another object), not one act told twice (README_a.md)
KEPT_TARGETLESS = {
    ("2023-07-20-iraq-expels-swedish-ambassador.txt", "ACCUSE", (IQ,)),
    ("2023-07-20-iraq-expels-swedish-ambassador.txt", "PROTEST", (MOMIKA,)),
    ("2023-11-01-pakistan-deports-afghans.txt", "COERCE", (PK,)),
}


def article_text(name):
    """The article body alone: from the dateline or key points to the share line or credit."""
    return between(page_text(HERE, name), *BODY[name], once=False)


# what goldkit.check_story holds each story to (sizes and length: the brief's aims)
RULES = {"money": MONEY, "unnamed": UNNAMED_SOURCES, "kept_targetless": KEPT_TARGETLESS}
RULES["sizes"] = {"events": (15, 30), "claims": (8, 14), "entities": (25, 35)}
RULES["words"] = (500, 900)

for _name, _page in PAGES.items():
    _text = page_text(HERE, _name)
    check_story(_name, _page, article_text(_name), page_text=_text, **RULES)

write_gold(HERE, PAGES)

for _name, _page in PAGES.items():
    print(f"{_name}: {len(_page['events'])} events, {len(_page['claims'])} claims, "
          f"{len(_page['entities'])} entities")  # fmt: skip
_totals = [sum(len(p[k]) for p in PAGES.values()) for k in ("events", "claims", "entities")]
print("total: {} events, {} claims, {} entities".format(*_totals))

"""Writes eval/dev9/gold/*.json for part B of set 9 (facts-only gold, hand-written from the page
text without running the extractor).

Each page: title, published, entities (name, type, aliases), events and claims in the contract's
shape; `text` and `evidence` are null (scored on facts alone). Conventions follow
docs/annotation.md and, where it is silent, the choices of eval/dev8 (README_a.md, README_b.md)
and, behind them, eval/dev7 to eval/dev4; the choices made for this half are listed in
eval/dev9/README_b.md. Part A of the set is written separately (make_gold_a.py); this script
writes only the four part-B pages.

The South African page holds two unrelated stories (the expulsion, then a short brief on the
Japan-South Korea talks in Tokyo, dated a day earlier); `write_gold` is given it as a list of
stories and writes one article per story, each with its own entities, events and claims.
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent


sys.path.insert(0, str(HERE.parent))
from goldkit import check_story, cl, ent, ev, write_gold  # noqa: E402

TR = "Turkey"
IL = "Israel"
US = "United States"
DE = "Germany"
ZA = "South Africa"
ERDOGAN = "Recep Tayyip Erdogan"
KATZ = "Israel Katz"
FIDAN = "Hakan Fidan"
NETANYAHU = "Benjamin Netanyahu"
PA = "Palestinian Authority"
TIM = "Turkish Exporters Assembly"
TOMER = "Ron Tomer"
SA = "Saudi Arabia"
IR = "Iran"
CN = "China"
SHAMKHANI = "Ali Shamkhani"
AIBAN = "Musaed Al-Aiban"
WANG = "Wang Yi"
RAISI = "Ebrahim Raisi"
KIRBY = "John Kirby"
LAPID = "Yair Lapid"
UAE = "United Arab Emirates"
HOUTHIS = "Houthis"
RU = "Russia"
EE = "Estonia"
FI = "Finland"
STANO = "Peter Stano"
LANDSBERGIS = "Gabrielius Landsbergis"
RASOOL = "Ebrahim Rasool"
RUBIO = "Marco Rubio"
TRUMP = "Donald Trump"
JP = "Japan"
KR = "South Korea"
IWAYA = "Takeshi Iwaya"
CHO = "Cho Tae-yul"

PAGES = {
    # ------------------------------------------------------------------ (1) HTML, trade halt
    "2024-05-02-turkey-halts-israel-trade.html": {
        "title": "Turkey halts all trade with Israel over Gaza war",
        "published": "2024-05-02",
        "entities": [
            ent(TR, "GPE", "Ankara"),
            ent(IL, "GPE"),
            ent("Gaza", "GPE"),
            ent(ERDOGAN, "PERSON", "Erdogan"),
            ent(KATZ, "PERSON", "Katz"),
            ent(PA, "ORG"),
            ent("World Trade Organization", "ORG"),
            ent("Hamas", "ORG"),
            ent("Gaza health ministry", "ORG"),
            ent("Tel Aviv", "GPE"),
            ent(TIM, "ORG"),
            ent("Israel Builders Association", "ORG"),
            ent(US, "GPE"),
            ent(DE, "GPE"),
            ent(FIDAN, "PERSON"),
            ent(ZA, "GPE"),
            ent("International Court of Justice", "ORG"),
            ent("Ismail Haniyeh", "PERSON"),
            ent("Istanbul", "GPE"),
            ent("Mavi Marmara", "PRODUCT"),
            ent(NETANYAHU, "PERSON"),
            ent("UN General Assembly", "ORG"),
            ent("New York", "GPE"),
            ent("Mersin", "GPE"),
            ent(TOMER, "PERSON"),
            ent("Manufacturers Association of Israel", "ORG"),
            ent("Greece", "GPE"),
            ent("Palestinians", "NORP"),
            ent("Turkish", "NORP"),
            ent("Israeli", "NORP"),
        ],
        "events": [
            # Turkey has suspended all exports to and imports from Israel, its trade ministry
            # said on Thursday (own formal measure announced by itself: asserted; the ministry
            # speaks for its state; the dek and caption tell it again)
            ev("SANCTION", "embargo", [TR], [IL], date="2024-05-02"),
            # ... and would coordinate with the Palestinian Authority so that Palestinians were
            # not hurt by it (own plan: planned, no source; the condition of the halt -- aid and
            # a ceasefire -- is part of the measure, not a REQUEST of its own)
            ev("COOPERATE", "coordinate", [TR], [PA], "planned"),
            # The Palestinian Authority's foreign ministry welcomed the decision within hours
            ev("SUPPORT", "praise", [PA], [TR], date="2024-05-02"),
            # Katz accused Erdogan on Thursday of tearing up trade agreements by closing Turkish
            # ports ... ("A dictator acts like this ..." is the same statement: one ACCUSE; his
            # order to his own ministry to find alternatives acts on nobody: not coded)
            ev("ACCUSE", "allege", [KATZ], [ERDOGAN], date="2024-05-02"),
            # Israel's economy ministry said separately that it would file a complaint against
            # Turkey with the World Trade Organization (a complaint to an international body is
            # ACCUSE against the state complained about; own plan: planned)
            ev("ACCUSE", "complaint", [IL], [TR], "planned"),
            # ... the free trade agreement the two countries signed in 1996 (background act)
            ev("AGREE", "treaty", [TR, IL], [IL, TR], date="1996"),
            # Hamas's attack on southern Israel on October 7
            ev("ASSAULT", "attack", ["Hamas"], [IL], date="2023-10-07"),
            # ... and Israel's offensive in Gaza (no date given on the page)
            ev("ASSAULT", "war", [IL], ["Gaza"]),
            # Turkey recalled its ambassador from Tel Aviv for consultations in November
            ev("SANCTION", "recall", [TR], [IL], date="2023-11"),
            # Israel had pulled its own diplomats out of Ankara the month before
            ev("SANCTION", "recall", [IL], [TR], date="2023-10"),
            # On April 9 the trade ministry restricted exports of 54 categories of goods to
            # Israel (the lead's "partial embargo it imposed four weeks ago")
            ev("SANCTION", "export", [TR], [IL], date="2024-04-09"),
            # That step followed Israel's refusal to let Turkish military cargo planes take
            # part in airdrops of aid over Gaza (a refusal, not a denial)
            ev("REJECT", "request", [IL], [TR]),
            # Israel said at the time it would answer with restrictions of its own on Turkish
            # products (a sanction announced for the future by its actor: THREATEN)
            ev("THREATEN", "sanctions", [IL], [TR], "planned", date="2024-04-09"),
            # Addressing lawmakers ... on Wednesday, he accused Israel of committing genocide
            ev("ACCUSE", "allege", [ERDOGAN], [IL], date="2024-05-01"),
            # ... and called on the United States and Germany to stop supplying it with weapons
            # ("keep up the pressure" names no act: not coded)
            ev("REQUEST", "halt arms", [ERDOGAN], [US, DE], date="2024-05-01"),
            # Fidan said Turkey would apply to join the genocide case that South Africa brought
            # (speaker as actor; joining a side's case is a planned SUPPORT, dev6a)
            ev("SUPPORT", "diplomatic", [FIDAN], [ZA], "planned"),
            # ... the genocide case that South Africa brought against Israel ... in December
            ev("ACCUSE", "genocide case", [ZA], [IL], date="2023-12"),
            # Erdogan met Ismail Haniyeh, the political leader of Hamas, in Istanbul on April 20
            ev(
                "CONSULT",
                "meet",
                [ERDOGAN],
                ["Ismail Haniyeh"],
                date="2024-04-20",
                location="Istanbul",
            ),
            # The two countries restored full diplomatic ties in 2022
            ev("COOPERATE", "diplomatic", [TR, IL], [IL, TR], date="2022"),
            # ... Israel's deadly 2010 raid on the Mavi Marmara, a Turkish ship carrying aid to
            # Gaza, in which 10 Turkish activists were killed (lethal: ASSAULT; the ship's state
            # is the target)
            ev("ASSAULT", "raid", [IL], [TR], date="2010"),
            # Erdogan and Netanyahu met for the first time last September ... in New York
            ev(
                "CONSULT",
                "meet",
                [ERDOGAN, NETANYAHU],
                [NETANYAHU, ERDOGAN],
                date="2023-09",
                location="New York",
            ),
            # The Turkish Exporters Assembly ... asked the government to support firms that had
            # lost orders ("would comply" is a stance: not coded)
            ev("REQUEST", "support", [TIM], [TR]),
            # Tomer called the halt "a gross violation" of the free trade agreement (a reaction
            # that names nobody targets the doer of the halt)
            ev("ACCUSE", "violation", [TOMER], [TR]),
            # ... and urged the government to take the dispute to every international forum
            ev("REQUEST", "dispute", [TOMER], [IL]),
        ],
        "claims": [
            cl(
                1200,
                "people",
                "people killed in Hamas's October 7 attack",
                "reported",
                "Israeli tallies",
                approximate=True,
            ),
            cl(
                34500,
                "Palestinians",
                "Palestinians killed in Israel's offensive in Gaza",
                "reported",
                "Gaza health ministry",
                approximate=True,
            ),
            cl(54, "categories", "categories of goods under Turkey's April 9 export curbs"),
            cl(
                6.8e9,
                "USD",
                "trade between Turkey and Israel last year",
                "reported",
                TR,
                approximate=True,
            ),
            cl(
                5.4e9,
                "USD",
                "Turkish exports to Israel last year",
                "reported",
                TR,
                approximate=True,
            ),
            cl(
                0.46,
                "share",
                "fall in Turkish exports to Israel in April from a year earlier",
                "reported",
                TIM,
                approximate=True,
            ),
            cl(
                0.333,
                "share",
                "share of the cement used by Israeli builders supplied by Turkey",
                "reported",
                "Israel Builders Association",
                approximate=True,
            ),
            cl(
                0.10,
                "share",
                "possible rise in prices for building materials in Israel",
                "speculated",
                "Israel Builders Association",
                upper=0.15,
            ),
            cl(10, "activists", "Turkish activists killed in the 2010 Mavi Marmara raid"),
            cl(
                100000,
                "companies",
                "companies represented by the Turkish Exporters Assembly",
                approximate=True,
            ),
        ],
    },
    # ------------------------------------------------------------------ (2) wire, mediation
    "2023-03-10-saudi-iran-restore-ties-beijing.txt": {
        "title": "Saudi Arabia and Iran agree to restore ties in deal brokered by China",
        "published": "2023-03-10",
        "entities": [
            ent(SA, "GPE", "Riyadh"),
            ent(IR, "GPE", "Tehran"),
            ent(CN, "GPE", "Beijing"),
            ent(SHAMKHANI, "PERSON", "Shamkhani"),
            ent("Supreme National Security Council", "ORG"),
            ent(AIBAN, "PERSON"),
            ent(WANG, "PERSON", "Wang"),
            ent("Faisal bin Farhan", "PERSON"),
            ent("Xi Jinping", "PERSON"),
            ent(RAISI, "PERSON", "Raisi"),
            ent(US, "GPE", "Washington"),
            ent(KIRBY, "PERSON", "Kirby"),
            ent("Yemen", "GPE"),
            ent(IL, "GPE"),
            ent(LAPID, "PERSON", "Lapid"),
            ent(NETANYAHU, "PERSON", "Netanyahu"),
            ent("Rome", "GPE"),
            ent(UAE, "GPE"),
            ent("Iraq", "GPE"),
            ent("Oman", "GPE"),
            ent("Baghdad", "GPE"),
            ent("Mohammed Abdulsalam", "PERSON"),
            ent(HOUTHIS, "ORG", "Houthi"),
            ent("United Nations", "ORG"),
            ent("Mashhad", "GPE"),
            ent("Nimr al-Nimr", "PERSON"),
            ent("Bahrain", "GPE"),
            ent("Sudan", "GPE"),
            ent("King Salman", "PERSON"),
            ent("Karim Haddad", "PERSON"),
            ent("Levant Policy Centre", "ORG"),
            ent("Beirut", "GPE"),
            ent("Middle East", "LOC"),
            ent("Iranian", "NORP"),
            ent("Shi'ite", "NORP"),
        ],
        "events": [
            # Saudi Arabia and Iran agreed on Friday to restore diplomatic relations ("Both sides
            # pledged to respect each other's sovereignty" belongs to the same agreement)
            ev("AGREE", "restore relations", [SA, IR], [IR, SA], date="2023-03-10"),
            # ... and to reopen their embassies within two months (the agreed act: planned)
            ev("COOPERATE", "diplomatic", [SA, IR], [IR, SA], "planned"),
            # ... in a deal brokered by China (Wang standing between the two men is the same
            # mediation)
            ev("CONSULT", "mediate", [CN], [SA, IR], date="2023-03-10"),
            # ... after four days of talks in Beijing (Iran represented by Shamkhani, Saudi
            # Arabia by Al-Aiban: the delegates' own mutual CONSULT, next to the mediation)
            ev(
                "CONSULT",
                "negotiate",
                [SHAMKHANI, AIBAN],
                [AIBAN, SHAMKHANI],
                date="2023-03",
                location="Beijing",
            ),
            # the two governments will put back into force a security cooperation agreement
            ev("COOPERATE", "security", [SA, IR], [IR, SA], "planned"),
            # ... they signed in 2001 (background act)
            ev("AGREE", "treaty", [SA, IR], [IR, SA], date="2001"),
            # ... and their foreign ministers will meet to prepare the return of ambassadors
            # (the parties' own plan: planned, no source; the ministers are unnamed)
            ev("CONSULT", "meet", [SA, IR], [IR, SA], "planned"),
            # Wang called the agreement "a victory for dialogue" (at the announcement)
            ev("SUPPORT", "praise", [WANG], [SA, IR], date="2023-03-10"),
            # Xi Jinping travelled to Riyadh in December for talks with Gulf leaders
            ev("CONSULT", "visit", ["Xi Jinping"], [SA], date="2022-12", location="Riyadh"),
            # Raisi paid a state visit to Beijing in February
            ev("CONSULT", "visit", [RAISI], [CN], date="2023-02", location="Beijing"),
            # Kirby said the United States welcomed any effort to help end the war in Yemen
            # (a welcome of the deal: its parties are the targets)
            ev("SUPPORT", "praise", [KIRBY], [SA, IR]),
            # Saudi officials had kept Washington informed about the talks, he said (the other
            # side's act in his account: reported, source the teller)
            ev("CONSULT", "inform", [SA], [US], "reported", KIRBY),
            # the Biden administration presses Riyadh to normalise relations with Israel
            ev("REQUEST", "normalise", [US], [SA]),
            # Saudi officials have asked Washington for security guarantees ..., according to
            # people familiar with the discussions
            ev(
                "REQUEST",
                "security guarantees",
                [SA],
                [US],
                "reported",
                "people familiar with the discussions",
            ),
            # Lapid called the agreement "a total and dangerous failure" of Netanyahu's foreign
            # policy
            ev("ACCUSE", "disapprove", [LAPID], [NETANYAHU]),
            # An Israeli official travelling with Netanyahu ... blamed the previous government,
            # which Lapid led (an unnamed official: his state)
            ev("ACCUSE", "blame", [IL], [LAPID]),
            # The UAE ... welcomed the agreement, as did Iraq and Oman (one sentence, one event)
            ev("SUPPORT", "praise", [UAE, "Iraq", "Oman"], [SA, IR]),
            # ... which sent its ambassador back to Tehran last year (restoring ties: COOPERATE)
            ev("COOPERATE", "diplomatic", [UAE], [IR], date="2022"),
            # ... Iraq and Oman, which had hosted earlier rounds of talks (hosts: the talks'
            # parties are the targets; "Iraq held five rounds in Baghdad" tells it again)
            ev("CONSULT", "mediate", ["Iraq", "Oman"], [SA, IR]),
            # Abdulsalam ... also welcomed the deal
            ev("SUPPORT", "praise", ["Mohammed Abdulsalam"], [SA, IR]),
            # a Saudi-led coalition has fought the Houthis since 2015
            ev("ASSAULT", "war", [SA], [HOUTHIS], date="2015"),
            # The Houthis have fired more than 400 ballistic missiles and about 850 drones at
            # Saudi territory, according to the Saudi military (military -> its state)
            ev("ASSAULT", "missile", [HOUTHIS], [SA], "reported", SA),
            # Riyadh has long accused Tehran of arming the group
            ev("ACCUSE", "allege", [SA], [IR]),
            # ... a charge Iran denies (target the accuser)
            ev("REJECT", "deny", [IR], [SA], "denied"),
            # Riyadh cut ties with Tehran in January 2016
            ev("SANCTION", "break relations", [SA], [IR], date="2016-01"),
            # ... after protesters stormed its embassy in Tehran and its consulate in Mashhad
            # (a crowd with no name: no actor; the missions' state is the target; two places)
            ev("PROTEST", "riot", [], [SA], date="2016-01"),
            # Iranian authorities later said more than 40 people had been arrested (own act told
            # by the doer's side: reported; unnamed people: no target). The execution of
            # al-Nimr is a sentence carried out: not coded.
            ev("COERCE", "arrest", [IR], [], "reported", IR),
            # Bahrain and Sudan followed Saudi Arabia in severing relations with Iran that month
            ev("SANCTION", "break relations", ["Bahrain", "Sudan"], [IR], date="2016-01"),
            # Some analysts expect King Salman to invite Raisi to Riyadh (speculation keeps the
            # hedger as source; "Others suspect ..." is vague: not coded)
            ev("REQUEST", "invite", ["King Salman"], [RAISI], "speculated", "analysts"),
        ],
        "claims": [
            cl(
                0.18,
                "share",
                "Saudi Arabia's share of China's crude imports last year",
                approximate=True,
            ),
            cl(
                1000000,
                "barrels",
                "Iranian oil shipped to China per day",
                "estimated",
                "analysts",
                upper=1200000,
            ),
            cl(
                315e9,
                "USD",
                "China's trade with the Gulf Arab states in 2022",
                "reported",
                CN,
                approximate=True,
            ),
            cl(5, "rounds", "rounds of Saudi-Iranian talks Iraq held in Baghdad"),
            cl(
                377000,
                "people",
                "people killed in Yemen's war by the end of 2021",
                "estimated",
                "United Nations",
                approximate=True,
            ),
            cl(
                400,
                "missiles",
                "ballistic missiles the Houthis fired at Saudi territory",
                "reported",
                SA,
                approximate=True,
            ),
            cl(
                850,
                "drones",
                "drones the Houthis fired at Saudi territory",
                "reported",
                SA,
                approximate=True,
            ),
            cl(47, "people", "people put to death in Saudi Arabia on one day in January 2016"),
            cl(
                40,
                "people",
                "people arrested in Iran over the attacks on Saudi missions",
                "reported",
                IR,
                approximate=True,
            ),
            cl(
                0.07,
                "share",
                "rise of the rial against the dollar on Friday",
                "reported",
                "traders",
                approximate=True,
            ),
        ],
    },
    # ------------------------------------------------------------------ (3) scraped, comments
    "2024-05-23-russia-estonia-narva-buoys.txt": {
        "title": "Russia removes Estonian buoys from Narva river; Tallinn summons Moscow's envoy",
        "published": "2024-05-23",
        "entities": [
            ent(RU, "GPE", "Moscow", "Kremlin"),
            ent(EE, "GPE", "Tallinn"),
            ent("Narva river", "LOC"),
            ent("Police and Border Guard Board", "ORG", "PPA"),
            ent("Eerik Purgel", "PERSON", "Purgel"),
            ent("ERR", "ORG"),
            ent("Margus Tsahkna", "PERSON"),
            ent("Kaja Kallas", "PERSON"),
            ent("FSB", "ORG"),
            ent("European Union", "ORG", "EU"),
            ent(STANO, "PERSON"),
            ent("NATO", "ORG"),
            ent("Brussels", "GPE"),
            ent("Gulf of Finland", "LOC"),
            ent("Kaliningrad", "GPE"),
            ent(FI, "GPE", "Helsinki"),
            ent("Lithuania", "GPE"),
            ent(LANDSBERGIS, "PERSON"),
            ent("Alexander Stubb", "PERSON"),
            ent("Lake Peipus", "LOC"),
            ent("Narva", "GPE"),
            ent("Ivangorod", "GPE"),
            ent("Middle East", "LOC"),
            ent("Africa", "LOC"),
            ent("Russian", "NORP"),
            ent("Estonian", "NORP"),
            ent("Finnish", "NORP"),
            ent("Lithuanian", "NORP"),
        ],
        "events": [
            # Russian border guards removed navigation buoys that Estonia had placed on the
            # Narva river ... in the early hours of Thursday, Estonian officials said (seizing
            # property: COERCE; the lead's attribution; the PPA's account tells it again)
            ev(
                "COERCE",
                "seize",
                [RU],
                [EE],
                "reported",
                "Estonian officials",
                "2024-05-23",
                "Narva river",
            ),
            # ... prompting Tallinn to summon Moscow's top diplomat (the foreign ministry
            # summoned Russia's charge d'affaires on Thursday afternoon; the protest note is
            # part of the summons)
            ev("ACCUSE", "summon", [EE], [RU], date="2024-05-23"),
            # ... since Tallinn expelled the Russian ambassador last year
            ev("SANCTION", "expel", [EE], [RU], date="2023"),
            # the ministry demanded that Russia explain the removal and return the buoys (own
            # side's speech act: asserted)
            ev("REQUEST", "return", [EE], [RU], date="2024-05-23"),
            # Tsahkna called the incident "a provocation" and "entirely unacceptable" ... on
            # Thursday
            ev("ACCUSE", "disapprove", ["Margus Tsahkna"], [RU], date="2024-05-23"),
            # Kallas said the removal fitted a wider pattern of Russian hybrid actions
            ev("ACCUSE", "allege", ["Kaja Kallas"], [RU]),
            # According to the PPA, Russia had rejected this spring the positions proposed for
            # about half of the roughly 250 buoys (PPA -> Estonia; "Until 2022 ... agreed the
            # buoy positions every year" is habitual: not coded)
            ev("REJECT", "proposal", [RU], [EE], "reported", EE, "2024"),
            # Stano called the removal "unacceptable" (named spokesman acts as a person)
            ev("ACCUSE", "disapprove", [STANO], [RU]),
            # ... and said the bloc expected Moscow to return the buoys and to explain itself
            ev("REQUEST", "return", [STANO], [RU]),
            # A NATO official said the alliance stood in "full solidarity" with Estonia
            ev("SUPPORT", "diplomatic", ["NATO"], [EE]),
            # Landsbergis called the draft "an obvious escalation against NATO and the EU"
            # (the draft decree itself and its removal from the portal are not coded)
            ev("ACCUSE", "disapprove", [LANDSBERGIS], [RU]),
            # ... and urged allies to respond firmly (unnamed allies: empty target)
            ev("REQUEST", "respond", [LANDSBERGIS], []),
            # In Helsinki, the foreign ministry said it had asked Moscow for an explanation
            ev("REQUEST", "explain", [FI], [RU]),
            # Estonia and Russia signed a border treaty in 2014 (never ratified: not coded)
            ev("AGREE", "treaty", [EE, RU], [RU, EE], date="2014"),
            # Since February 1, Russia has kept its side of the road crossing between Ivangorod
            # and Narva closed to cars (closing a crossing: COERCE; two places: no location)
            ev("COERCE", "close border", [RU], [EE], date="2024-02-01"),
            # Finland shut its entire land border with Russia in December
            ev("COERCE", "close border", [FI], [RU], date="2023-12"),
            # ... after accusing Moscow of steering more than 1,300 asylum seekers
            ev("ACCUSE", "allege", [FI], [RU]),
            # ... a charge the Kremlin denied
            ev("REJECT", "deny", [RU], [FI], "denied"),
            # Estonia has said it is ready to close its own crossings at short notice if Russia
            # tries the same tactic (a conditional warning: the condition is part of it)
            ev("THREATEN", "close border", [EE], [RU], "planned"),
        ],
        "claims": [
            cl(24, "buoys", "buoys removed by Russian border guards", "reported", EE),
            cl(
                50,
                "buoys",
                "buoys Estonia had placed in the river over the past week",
                "reported",
                EE,
                approximate=True,
            ),
            cl(
                0.5,
                "share",
                "share of Estonia's planned buoys whose positions Russia rejected",
                "reported",
                EE,
                approximate=True,
            ),
            cl(
                250,
                "buoys",
                "buoys Estonia intended to place along the river this year",
                "planned",
                EE,
                approximate=True,
            ),
            cl(77, "kilometres", "length of the Narva river", approximate=True),
            cl(294, "kilometres", "length of the Estonia-Russia border"),
            cl(53000, "residents", "residents of Narva", approximate=True),
            cl(0.9, "share", "share of Narva's residents who speak Russian", approximate=True),
            cl(
                1300,
                "asylum seekers",
                "asylum seekers Finland says Russia steered to its border",
                "reported",
                FI,
                approximate=True,
            ),
        ],
    },
}

# ------------------------------------------------------------- (4) two stories on one page
ZA_PAGE = "2025-03-15-us-expels-south-african-ambassador.txt"
MULTI = {
    ZA_PAGE: [
        {
            "title": "US expels South Africa's ambassador after remarks on Trump",
            "published": "2025-03-15",
            "entities": [
                ent(US, "GPE", "Washington"),
                ent(ZA, "GPE", "Pretoria"),
                ent(RASOOL, "PERSON", "Rasool"),
                ent(RUBIO, "PERSON", "Rubio"),
                ent(TRUMP, "PERSON", "Trump"),
                ent("Breitbart", "ORG"),
                ent("Mapungubwe Institute for Strategic Reflection", "ORG"),
                ent("Johannesburg", "GPE"),
                ent("State Department", "ORG"),
                ent("Western Cape", "GPE"),
                ent("Ronald Lamola", "PERSON"),
                ent("Democratic Alliance", "ORG"),
                ent("Cyril Ramaphosa", "PERSON", "Ramaphosa"),
                ent("Julius Malema", "PERSON"),
                ent("Economic Freedom Fighters", "ORG"),
                ent(IL, "GPE"),
                ent("International Court of Justice", "ORG"),
                ent("Afrikaners", "NORP", "Afrikaner"),
                ent("AfriForum", "ORG"),
                ent("Kallie Kriel", "PERSON"),
                ent("G20", "ORG"),
                ent(CN, "GPE"),
                ent("American Chamber of Commerce in South Africa", "ORG"),
                ent("Dutch", "NORP"),
                ent("French", "NORP"),
                ent("American", "NORP"),
            ],
            "events": [
                # The United States has declared South Africa's ambassador ... persona non
                # grata, Rubio said on Friday (own formal measure: asserted; a named envoy
                # expelled: his state and he are the targets, dev5/dev6b; "would have to leave
                # the country by March 21" is the same act)
                ev("SANCTION", "expel", [US], [ZA, RASOOL], date="2025-03-14"),
                # Rubio wrote on X that Rasool was no longer welcome ..., describing him as a
                # politician who stirs up racial division and who "hates America" ("nothing to
                # discuss with him" belongs to the same post)
                ev("ACCUSE", "disapprove", [RUBIO], [RASOOL], date="2025-03-14"),
                # Rasool said Trump was leading a "supremacist" movement ... He also accused the
                # president of attacking incumbent governments (one seminar, one ACCUSE)
                ev("ACCUSE", "allege", [RASOOL], [TRUMP], date="2025-03-14"),
                # South Africa's presidency on Saturday called the expulsion "regrettable"
                ev("ACCUSE", "disapprove", [ZA], [US], date="2025-03-15"),
                # ... and appealed to everyone involved to keep to the accepted norms of
                # diplomatic conduct (nobody named: empty target)
                ev("REQUEST", "restraint", [ZA], [], date="2025-03-15"),
                # Lamola said South Africa would take the matter up with the United States through
                # diplomatic channels (speaker as actor, own plan; "no plans to retaliate" and
                # "had not yet received formal notice" are negated: not coded)
                ev("CONSULT", "diplomatic", ["Ronald Lamola"], [US], "planned"),
                # The Democratic Alliance ... said Rasool's remarks had been "unnecessary"
                ev("ACCUSE", "disapprove", ["Democratic Alliance"], [RASOOL]),
                # ... and urged the government to name a replacement quickly
                ev("REQUEST", "appoint", ["Democratic Alliance"], [ZA]),
                # Malema ... defended the ambassador
                ev("SUPPORT", "diplomatic", ["Julius Malema"], [RASOOL]),
                # ... and called on Pretoria to expel American diplomats in return
                ev("REQUEST", "expel", ["Julius Malema"], [ZA]),
                # Last month he signed an executive order cutting off US aid to South Africa
                ev("SANCTION", "aid freeze", [TRUMP], [ZA], date="2025-02"),
                # ... accusing its government of "unjust racial discrimination" against white
                # farmers (the order's reason: its ACCUSE; Ramaphosa signing the land law is a
                # domestic act: not coded)
                ev("ACCUSE", "allege", [TRUMP], [ZA], date="2025-02"),
                # ... the genocide case South Africa filed against Israel at the ICJ in December
                # 2023
                ev("ACCUSE", "genocide case", [ZA], [IL], date="2023-12"),
                # The order also told officials to give priority to resettling Afrikaners ... as
                # refugees (an offer: AGREE, plus the planned act: AID, granting asylum)
                ev("AGREE", "offer", [TRUMP], ["Afrikaners"], date="2025-02"),
                ev("AID", "asylum", [TRUMP], ["Afrikaners"], "planned"),
                # Pretoria has denied that the law allows the state to seize land arbitrarily
                # (target the accuser)
                ev("REJECT", "deny", [ZA], [TRUMP], "denied"),
                # Afrikaner groups including AfriForum have turned down the offer (Kriel's quote
                # is the same refusal; target the offer's maker)
                ev("REJECT", "proposal", ["AfriForum"], [TRUMP]),
                # Rubio also stayed away from a meeting of G20 foreign ministers in Johannesburg
                # in February (refusing to attend: REJECT, dev7b; the host is the target)
                ev(
                    "REJECT",
                    "refuse meeting",
                    [RUBIO],
                    [ZA],
                    date="2025-02",
                    location="Johannesburg",
                ),
                # ... accusing South Africa of using its presidency of the group to push an
                # anti-American agenda
                ev("ACCUSE", "allege", [RUBIO], [ZA], date="2025-02"),
            ],
            "claims": [
                cl(
                    0.48, "share", "projected white share of the US electorate", "estimated", RASOOL
                ),
                cl(
                    440e6, "USD", "US aid to South Africa in 2023", "reported", US, approximate=True
                ),
                cl(7.8e6, "people", "people living with HIV in South Africa", approximate=True),
                cl(2.7e6, "Afrikaners", "Afrikaners in South Africa", approximate=True),
                cl(
                    0.04,
                    "share",
                    "Afrikaners' share of South Africa's population",
                    approximate=True,
                ),
                cl(63e6, "people", "South Africa's population", approximate=True),
                cl(
                    21e9,
                    "USD",
                    "two-way trade between the US and South Africa last year",
                    approximate=True,
                ),
                cl(
                    600,
                    "companies",
                    "American companies operating in South Africa",
                    "reported",
                    "American Chamber of Commerce in South Africa",
                    approximate=True,
                ),
            ],
        },
        {
            "title": "Japan and South Korea agree to deepen security ties at Tokyo talks",
            "published": "2025-03-14",
            "entities": [
                ent(JP, "GPE", "Tokyo"),
                ent(KR, "GPE", "Seoul"),
                ent(US, "GPE", "Washington"),
                ent("North Korea", "GPE"),
                ent(IWAYA, "PERSON"),
                ent(CHO, "PERSON", "Cho"),
                ent("Yellow Sea", "LOC"),
                ent("Sado gold mine", "FAC"),
                ent("Second World War", "EVENT"),
                ent(CN, "GPE"),
                ent(WANG, "PERSON"),
                ent("Korean", "NORP"),
                ent("South Korean", "NORP", "South Koreans"),
            ],
            "events": [
                # ... after their talks in Tokyo (the two foreign ministers, named in the next
                # sentence)
                ev(
                    "CONSULT",
                    "meet",
                    [IWAYA, CHO],
                    [CHO, IWAYA],
                    date="2025-03-14",
                    location="Tokyo",
                ),
                # The foreign ministers of Japan and South Korea agreed on Friday to strengthen
                # security cooperation (a party's own ministry tells it: asserted)
                ev("AGREE", "cooperate", [IWAYA, CHO], [CHO, IWAYA], date="2025-03-14"),
                # the ballistic missiles North Korea fired into the Yellow Sea on Monday (no
                # target named, dev3)
                ev(
                    "ASSAULT",
                    "missile",
                    ["North Korea"],
                    [],
                    date="2025-03-10",
                    location="Yellow Sea",
                ),
                # ... as Seoul and Washington began their annual spring military exercises
                ev("COOPERATE", "military", [KR, US], [US, KR], date="2025-03-10"),
                # Iwaya and Cho condemned the ballistic missiles (at Friday's talks)
                ev("ACCUSE", "disapprove", [IWAYA, CHO], ["North Korea"], date="2025-03-14"),
                # Cho also asked Tokyo to do more to acknowledge the Korean labourers ..., a South
                # Korean official said (own side's speech act: asserted; the forced labour is
                # only the request's content)
                ev("REQUEST", "acknowledge", [CHO], [JP], date="2025-03-14"),
                # ... later this month, when Japan hosts a three-way meeting with China's foreign
                # minister (host: the other parties are the targets; "the two ministers will meet
                # again" is the same meeting; writer's plan: no source)
                ev("CONSULT", "multilateral", [JP], [KR, CN], "planned", date="2025-03"),
            ],
            "claims": [
                cl(8.8e6, "South Koreans", "South Koreans who visited Japan last year"),
            ],
        },
    ],
}

# ------------------------------------------------------------------ checks
MONEY = {"USD", "EUR"}
# unnamed sources the text gives, as written
UNNAMED = {
    "Estonian officials",
    "Israeli tallies",
    "analysts",
    "people familiar with the discussions",
    "traders",
}


def check(name, page, raw, main=True):
    """One story (its raw text standing for its body), checked by goldkit.check_story; the
    page's main story has size bounds."""
    sizes = {"events": (15, 30), "claims": (8, 14), "entities": (25, 35)} if main else None
    check_story(name, page, raw, money=MONEY, unnamed=UNNAMED, sizes=sizes)


assert len(PAGES) + len(MULTI) == 4
for _name, _page in PAGES.items():
    check(_name, _page, (HERE / "pages" / _name).read_text(encoding="utf-8"))
for _name, _articles in MULTI.items():
    # the stories are separated by a line "---"; the last part is the page footer
    _parts = (HERE / "pages" / _name).read_text(encoding="utf-8").split("\n---\n")
    assert len(_parts) == len(_articles) + 1, (_name, len(_parts))
    for _i, _page in enumerate(_articles):
        assert _page["title"] in _parts[_i], (_name, _page["title"])
        check(_name, _page, _parts[_i], main=_i == 0)


write_gold(HERE, PAGES)
write_gold(HERE, MULTI)  # one article per story

for _name, _page in PAGES.items():
    print(f"{_name}: {len(_page['events'])} events, {len(_page['claims'])} claims, "
          f"{len(_page['entities'])} entities")  # fmt: skip
for _name, _articles in MULTI.items():
    for _i, _page in enumerate(_articles):
        print(f"{_name} [article {_i}]: {len(_page['events'])} events, "
              f"{len(_page['claims'])} claims, {len(_page['entities'])} entities")  # fmt: skip

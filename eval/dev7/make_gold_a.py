"""Writes eval/dev7/gold/*.json for part A of set 7 (facts-only gold, hand-written from the page
text without running the extractor).

Each page: title, published, entities (name, type, aliases), events and claims in the contract's
shape; `text` and `evidence` are null (scored on facts alone). Conventions follow
docs/annotation.md; where it is silent, the choices of eval/dev6 (README_a.md, README_b.md) and,
behind them, eval/dev5, eval/dev4 and eval/dev3. The choices made for this half are listed in
eval/dev7/README_a.md. Part B (make_gold_b.py) writes its own pages into the same gold folder.
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent


sys.path.insert(0, str(HERE.parent))
from goldkit import cl, ent, ev, write_gold  # noqa: E402

# (1) Iran / Pakistan
PK = "Pakistan"
IR = "Iran"
AA = "Hossein Amir-Abdollahian"
JILANI = "Jalil Abbas Jilani"
MZB = "Mumtaz Zahra Baloch"
MARHAMATI = "Alireza Marhamati"
JAA = "Jaish al-Adl"
# (2) Beijing parade
KJU = "Kim Jong Un"
XI = "Xi Jinping"
PUTIN = "Vladimir Putin"
CN = "China"
RU = "Russia"
NK = "North Korea"
SK = "South Korea"
UA = "Ukraine"
US = "United States"
JP = "Japan"
KCNA = "Korean Central News Agency"
TRUMP = "Donald Trump"
# (3) Rwanda / Belgium
RW = "Rwanda"
BE = "Belgium"
DRC = "Democratic Republic of the Congo"
EU = "European Union"
UNGE = "UN Group of Experts"
PREVOT = "Maxime Prevot"
KABAREBE = "James Kabarebe"
# (4) Venezuela
VE = "Venezuela"
AR = "Argentina"
BR = "Brazil"
MADURO = "Nicolas Maduro"
MCM = "Maria Corina Machado"
EG = "Edmundo Gonzalez"
SEVEN = [AR, "Chile", "Costa Rica", "Peru", "Panama", "Dominican Republic", "Uruguay"]
OAS = "Organization of American States"

PAGES = {
    # ------------------------------------------------------------- (1) wire, quotes, agencies
    "2024-01-18-iran-pakistan-cross-border-strikes.txt": {
        "title": "Pakistan hits militant hideouts inside Iran, two days after Iranian strike on its soil",
        "published": "2024-01-18",
        "entities": [
            ent(PK, "GPE", "Islamabad"),
            ent(IR, "GPE", "Tehran"),
            ent("Sistan-Baluchestan", "GPE"),
            ent("IRNA", "ORG"),
            ent(MARHAMATI, "PERSON"),
            ent("Saravan", "GPE"),
            ent("Tasnim News Agency", "ORG", "Tasnim"),
            ent("Panjgur", "GPE"),
            ent("Balochistan", "GPE"),
            ent(JAA, "ORG"),
            ent(MZB, "PERSON"),
            ent("Davos", "GPE"),
            ent(AA, "PERSON", "Amir-Abdollahian"),
            ent("Inter-Services Public Relations", "ORG", "ISPR"),
            ent("Balochistan Liberation Army", "ORG"),
            ent("Balochistan Liberation Front", "ORG"),
            ent("Reuters", "ORG"),
            ent(CN, "GPE", "Beijing"),
            ent("Mao Ning", "PERSON"),
            ent(US, "GPE", "Washington"),
            ent("State Department", "ORG"),
            ent("Matthew Miller", "PERSON"),
            ent("Erbil", "GPE"),
            ent("Iraq", "GPE"),
            ent("Syria", "GPE"),
            ent("Afghanistan", "GPE"),
            ent("Taliban", "ORG"),
            ent("Turkey", "GPE"),
            ent("Strait of Hormuz", "LOC"),
            ent(JILANI, "PERSON"),
            ent("Dawn", "ORG"),
            ent("Rask", "GPE"),
            ent("Pakistani", "NORP"),
            ent("Iranian", "NORP"),
            ent("Sunni", "NORP"),
            ent("Baloch", "NORP"),
        ],
        "events": [
            # Pakistan launched air strikes on what it called militant hideouts in Iran's
            # Sistan-Baluchestan province before dawn on Thursday (para 3, IRNA's account of
            # missiles hitting a village near Saravan, and ISPR's description tell the same
            # act; "what it called" hedges the hideouts, so the target is the state the province
            # lies in)
            ev("ASSAULT", "air", [PK], [IR], date="2024-01-18", location="Saravan"),
            # Iran's foreign ministry condemned the attack ..., Tasnim reported
            ev("ACCUSE", "disapprove", [IR], [PK], "reported", "Tasnim News Agency", "2024-01-18"),
            # ... and summoned Pakistan's charge d'affaires in Tehran in protest
            ev("ACCUSE", "summon", [IR], [PK], "reported", "Tasnim News Agency", "2024-01-18"),
            # a strike late on Tuesday on the Panjgur area of Pakistan's Balochistan province (the
            # lead's "Iran fired missiles and drones into Pakistani territory" is the same act;
            # Jaish al-Adl as its target is only Tehran's word)
            ev("ASSAULT", "missile", [IR], [PK], date="2024-01-16", location="Panjgur"),
            # Pakistan said on Wednesday ... and called the attack "a blatant violation" of its
            # sovereignty
            ev("ACCUSE", "violation", [PK], [IR], date="2024-01-17"),
            # On Wednesday Islamabad also recalled its ambassador from Tehran
            ev("SANCTION", "recall", [PK], [IR], date="2024-01-17"),
            # ... and told Iran's envoy, who was on a visit home, not to come back
            ev("SANCTION", "expel", [PK], [IR], date="2024-01-17"),
            # "Pakistan reserves the right to respond ...," Baloch told a news briefing (her own
            # side's future act: planned)
            ev("THREATEN", "respond", [MZB], [IR], "planned", date="2024-01-17"),
            # "... the responsibility for whatever follows will rest squarely with Iran"
            ev("ACCUSE", "blame", [MZB], [IR], date="2024-01-17"),
            # All high-level visits ... had been called off, she said (an own act, not a speech
            # act, told by her: reported, the speaker as source)
            ev("SANCTION", "suspend", [PK], [IR], "reported", MZB, "2024-01-17"),
            # Amir-Abdollahian insisted on Wednesday that "not a single citizen of ... Pakistan"
            # had been harmed (contradicts Pakistan's account of the dead children: a denial,
            # target the accuser; "Our missiles were aimed only at ..." is the same denial)
            ev("REJECT", "deny", [AA], [PK], "denied", date="2024-01-17", location="Davos"),
            # Islamabad has for years accused Tehran of giving the groups' fighters safe haven
            ev("ACCUSE", "allege", [PK], [IR]),
            # ... a charge Iran denies
            ev("REJECT", "deny", [IR], [PK], "denied"),
            # Beijing ... offered to help calm the situation (stated willingness: AGREE; the quote
            # "China stands ready to do its part" is the same offer)
            ev("AGREE", "mediate", [CN], [IR, PK]),
            # ... and the offered act
            ev("CONSULT", "mediate", [CN], [IR, PK], "planned"),
            # Mao Ning ..., urging Iran and Pakistan to show restraint (dev6: the named speaker of
            # the urging is its actor, as Miller)
            ev("REQUEST", "restraint", ["Mao Ning"], [IR, PK]),
            # Washington condemned Iran's strike (Miller's quote is the same condemnation)
            ev("ACCUSE", "disapprove", [US], [IR]),
            # ... Iranian missile attacks on Monday night near Erbil, in northern Iraq
            ev("ASSAULT", "missile", [IR], ["Iraq"], date="2024-01-15", location="Erbil"),
            # ... and in northern Syria
            ev("ASSAULT", "missile", [IR], ["Syria"], date="2024-01-15"),
            # Afghanistan's Taliban administration and Turkey also called on the two countries to
            # exercise restraint (the administration acts for its state)
            ev("REQUEST", "restraint", ["Afghanistan", "Turkey"], [IR, PK]),
            # Only on Tuesday ... the navies of Iran and Pakistan had held a joint exercise in the
            # Strait of Hormuz
            ev(
                "COOPERATE",
                "military",
                [IR, PK],
                [PK, IR],
                date="2024-01-16",
                location="Strait of Hormuz",
            ),
            # Jilani spoke by telephone with Amir-Abdollahian ..., Pakistan's foreign ministry said
            # (an own act told by the doer's ministry: reported, source the state)
            ev("CONSULT", "phone", [JILANI, AA], [AA, JILANI], "reported", PK, "2024-01-18"),
            # ... and the two agreed that the situation should be de-escalated
            ev("AGREE", "de-escalate", [JILANI, AA], [AA, JILANI], "reported", PK, "2024-01-18"),
            # ... the agreed act (docs: a pledge is the AGREE plus the planned act)
            ev("RETREAT", "de-escalate", [PK, IR], [IR, PK], "planned", PK),
            # The two sides are expected to discuss the return of their ambassadors next week,
            # the daily Dawn reported, citing Pakistani officials (X reported, citing Y -> Y)
            ev(
                "CONSULT",
                "negotiate",
                [PK, IR],
                [IR, PK],
                "planned",
                "Pakistani officials",
                "2024-01",
            ),
            # In December, Jaish al-Adl fighters stormed a police station in the town of Rask ...,
            # killing 11 Iranian police officers
            ev("ASSAULT", "attack", [JAA], [IR], date="2023-12", location="Rask"),
        ],
        "claims": [
            cl(
                9,
                "people",
                "people killed when missiles hit a village near Saravan",
                "reported",
                MARHAMATI,
            ),
            cl(4, "children", "children among the dead near Saravan", "reported", MARHAMATI),
            cl(3, "women", "women among the dead near Saravan", "reported", MARHAMATI),
            cl(2, "men", "men among the dead near Saravan", "reported", MARHAMATI),
            cl(
                2,
                "strongholds",
                "Jaish al-Adl strongholds Tehran said it destroyed",
                "reported",
                IR,
            ),
            cl(2, "children", "children killed by the Iranian missiles in Panjgur", "reported", PK),
            cl(3, "girls", "girls wounded by the Iranian missiles in Panjgur", "reported", PK),
            cl(
                7,
                "militants",
                "militants who died in the Pakistani strikes",
                "reported",
                "Pakistani security officials",
                approximate=True,
            ),
            cl(900, "kilometres", "length of the Iran-Pakistan border", approximate=True),
            cl(11, "police officers", "Iranian police officers killed in the Rask attack"),
        ],
    },
    # ------------------------------------------------------------- (2) HTML, analysis, hedges
    "2025-09-03-beijing-parade-kim-putin-xi.html": {
        "title": "Analysis: Kim, Xi and Putin share a rostrum in Beijing. Is a bloc taking shape?",
        "published": "2025-09-03",
        "entities": [
            ent(KJU, "PERSON", "Kim"),
            ent(XI, "PERSON", "Xi"),
            ent(PUTIN, "PERSON", "Putin"),
            ent(CN, "GPE", "Beijing"),
            ent(RU, "GPE", "Moscow"),
            ent(NK, "GPE", "Pyongyang", "the North"),
            ent("Tiananmen Square", "FAC"),
            ent(JP, "GPE", "Tokyo"),
            ent("Second World War", "EVENT"),
            ent("Kim Ju Ae", "PERSON", "Ju Ae"),
            ent(SK, "GPE", "Seoul"),
            ent("Kim Il Sung", "PERSON"),
            ent("Mao Zedong", "PERSON"),
            ent("Nikita Khrushchev", "PERSON"),
            ent("Kremlin", "ORG"),
            ent("Kursk", "GPE"),
            ent(UA, "GPE", "Kyiv"),
            ent(KCNA, "ORG", "KCNA"),
            ent("National Intelligence Service", "ORG"),
            ent(TRUMP, "PERSON"),
            ent("Truth Social", "PRODUCT"),
            ent(US, "GPE", "Washington"),
            ent("Yuri Ushakov", "PERSON"),
            ent(EU, "ORG"),
            ent("Kaja Kallas", "PERSON"),
            ent("Kyodo News", "ORG"),
            ent("Jonas Albrecht", "PERSON"),
            ent("Centre for East Asian Security", "ORG"),
            ent("Berlin", "GPE"),
            ent("Yoon Mi-rae", "PERSON"),
            ent("North Korean", "NORP"),
            ent("South Korean", "NORP"),
            ent("Chinese", "NORP"),
            ent("Russian", "NORP"),
            ent("Ukrainian", "NORP"),
            ent("Soviet", "NORP"),
        ],
        "events": [
            # the leaders of China, Russia and North Korea stood side by side in public on
            # Wednesday, as Xi reviewed a vast military parade (three leaders appearing together:
            # CONSULT multilateral, all three as actors and targets, as dev5's trilateral)
            ev(
                "CONSULT",
                "multilateral",
                [XI, PUTIN, KJU],
                [XI, PUTIN, KJU],
                date="2025-09-03",
                location="Beijing",
            ),
            # ... China's vast military parade itself, with nuclear-capable missiles shown for the
            # first time (a display with no target: MOBILIZE, as dev6 codes a satellite launch)
            ev("MOBILIZE", "show of force", [CN], [], date="2025-09-03", location="Beijing"),
            # Kim reached the Chinese capital on Tuesday aboard his armoured green train
            ev("CONSULT", "visit", [KJU], [CN], date="2025-09-02", location="Beijing"),
            # ... his first trip to China since January 2019, when he met Xi in Beijing
            ev("CONSULT", "meet", [KJU, XI], [XI, KJU], date="2019-01", location="Beijing"),
            # in 1959, when Kim Il Sung stood on the same rostrum alongside Mao Zedong and the
            # Soviet leader Nikita Khrushchev (background act, coded like the lead)
            ev(
                "CONSULT",
                "multilateral",
                ["Kim Il Sung", "Mao Zedong", "Nikita Khrushchev"],
                ["Kim Il Sung", "Mao Zedong", "Nikita Khrushchev"],
                date="1959",
                location="Beijing",
            ),
            # After the parade, Putin and Kim held talks at a state guesthouse in Beijing
            ev(
                "CONSULT", "meet", [PUTIN, KJU], [KJU, PUTIN], date="2025-09-03", location="Beijing"
            ),
            # ... their first meeting since Putin visited Pyongyang in June 2024
            ev("CONSULT", "visit", [PUTIN], [NK], date="2024-06", location="Pyongyang"),
            # ... and signed a mutual defence treaty with the North (a treaty between the states)
            ev("AGREE", "treaty", [RU, NK], [NK, RU], date="2024-06", location="Pyongyang"),
            # According to the Kremlin, Putin thanked Kim for the "courage and self-sacrifice" of
            # North Korean soldiers (the Kremlin speaks for its state; "would never forget" is
            # the same praise)
            ev("SUPPORT", "praise", [PUTIN], [KJU], "reported", RU, "2025-09-03"),
            # ... North Korean soldiers who helped Russian forces drive Ukrainian troops out of
            # the Kursk region (writer's relative clause: asserted)
            ev("ASSAULT", "ground", [NK, RU], [UA], location="Kursk"),
            # ... which Kyiv's forces had seized in a surprise incursion in August 2024
            ev("ASSAULT", "ground", [UA], [RU], date="2024-08", location="Kursk"),
            # Kim told Putin that standing with Russia was "a fraternal duty" and that Pyongyang
            # would remain at Moscow's side, KCNA reported
            ev("SUPPORT", "diplomatic", [KJU], [RU], "reported", KCNA, "2025-09-03"),
            # North Korea is believed to have sent around 15,000 troops to Russia since last
            # October, ..., according to South Korean and Western intelligence estimates
            ev(
                "AID",
                "personnel",
                [NK],
                [RU],
                "estimated",
                "South Korean and Western intelligence",
                "2024-10",
            ),
            # ... along with millions of artillery shells (same estimate)
            ev(
                "AID",
                "military",
                [NK],
                [RU],
                "estimated",
                "South Korean and Western intelligence",
            ),
            # In return, some analysts believe, Pyongyang may be getting Russian help with
            # satellite, submarine and missile technology
            ev("AID", "military", [RU], [NK], "speculated", "analysts"),
            # Trump ... asked Xi to pass on his "warmest regards" to the other two leaders and
            # accused the three of plotting against the United States
            ev("ACCUSE", "allege", [TRUMP], [XI, PUTIN, KJU]),
            # Ushakov said on Wednesday that nobody was plotting against Washington (denial,
            # target the accuser)
            ev("REJECT", "deny", ["Yuri Ushakov"], [TRUMP], "denied", date="2025-09-03"),
            # Kallas called the sight of Xi flanked by Putin and Kim "a direct challenge" to an
            # international order built on rules
            ev("ACCUSE", "disapprove", ["Kaja Kallas"], [XI, PUTIN, KJU]),
            # Japan had quietly asked European and Asian governments not to send their leaders
            # ..., Kyodo News reported, citing diplomatic sources (unnamed governments: empty
            # target; X reported, citing Y -> Y)
            ev("REQUEST", "policy", [JP], [], "reported", "diplomatic sources"),
            # China lodged a protest with Tokyo over the request, the agency said
            ev("ACCUSE", "complaint", [CN], [JP], "reported", "Kyodo News"),
            # Some analysts think it could be ... the three may eventually hold joint military
            # drills (Albrecht's "might be the first outline of a northern triangle" restates the
            # forecast; Yoon's "I would be surprised" is negated speculation, not coded)
            ev("COOPERATE", "military", [CN, RU, NK], [CN, RU, NK], "speculated", "analysts"),
            # ... a formal alliance that could bind China to Russia's war in Ukraine (nominal)
            ev("ASSAULT", "war", [RU], [UA]),
            # Kim and Xi are expected to hold their own talks before Kim heads home, the National
            # Intelligence Service told South Korean lawmakers (institution -> its state)
            ev("CONSULT", "meet", [KJU, XI], [XI, KJU], "planned", SK, location="Beijing"),
            # ... and Kim may use the meeting to ask for more Chinese food and fuel, the agency
            # said
            ev("REQUEST", "aid", [KJU], [CN], "speculated", SK),
        ],
        "claims": [
            cl(10000, "troops", "troops in the Beijing parade", approximate=True),
            cl(100, "aircraft", "aircraft in the Beijing parade", approximate=True),
            cl(26, "heads of state", "foreign heads of state and government at the parade"),
            cl(
                15000,
                "troops",
                "North Korean troops sent to Russia since last October",
                "estimated",
                "South Korean and Western intelligence",
                approximate=True,
            ),
            cl(
                2000,
                "soldiers",
                "North Korean soldiers killed fighting for Russia",
                "reported",
                SK,
                approximate=True,
            ),
            cl(0.95, "share", "China's share of North Korea's recorded trade", approximate=True),
        ],
    },
    # ------------------------------------------------------------- (3) many numbers
    "2025-03-17-rwanda-cuts-ties-belgium.txt": {
        "title": "Rwanda cuts ties with Belgium, gives its diplomats 48 hours to leave",
        "published": "2025-03-17",
        "entities": [
            ent(RW, "GPE", "Kigali"),
            ent(BE, "GPE", "Brussels"),
            ent(DRC, "GPE", "Democratic Republic of Congo", "Congo", "Kinshasa"),
            ent(PREVOT, "PERSON"),
            ent("X", "PRODUCT"),
            ent(EU, "ORG", "EU"),
            ent("M23", "ORG"),
            ent("Goma", "GPE"),
            ent("Bukavu", "GPE"),
            ent(UNGE, "ORG", "UN Group of Experts on Congo"),
            ent("OECD", "ORG"),
            ent("United Kingdom", "GPE", "Britain"),
            ent("Germany", "GPE"),
            ent(US, "GPE"),
            ent(KABAREBE, "PERSON"),
            ent("Judith Suminwa", "PERSON"),
            ent("UN Human Rights Council", "ORG"),
            ent("UN refugee agency", "ORG"),
            ent("Burundi", "GPE"),
            ent("North Kivu", "GPE"),
            ent("South Kivu", "GPE"),
            ent("France", "GPE"),
            ent("Paul Kagame", "PERSON"),
            ent("Luanda", "GPE"),
            ent("Angola", "GPE"),
            ent("Belgian", "NORP"),
            ent("Rwandan", "NORP"),
            ent("Congolese", "NORP"),
            ent("French", "NORP"),
            ent("European", "NORP"),
            ent("Tutsi", "NORP"),
        ],
        "events": [
            # Rwanda broke off diplomatic relations with Belgium on Monday
            ev("SANCTION", "break relations", [RW], [BE], date="2025-03-17"),
            # ... and ordered all Belgian diplomats to leave the country within 48 hours
            ev("SANCTION", "expel", [RW], [BE], date="2025-03-17"),
            # ... accusing its former colonial ruler of taking sides in the war (para 2, the
            # ministry's statement, tells the same accusation)
            ev("ACCUSE", "allege", [RW], [BE], date="2025-03-17"),
            # Belgium answered in kind within hours, declaring Rwandan diplomats in Brussels
            # persona non grata
            ev("SANCTION", "expel", [BE], [RW], date="2025-03-17"),
            # Prevot called Kigali's move "disproportionate" (his post on X is the same
            # criticism)
            ev("ACCUSE", "disapprove", [PREVOT], [RW], date="2025-03-17"),
            # He said Belgium would also suspend the few government-to-government cooperation
            # agreements still in force (an announced sanction: THREATEN, docs)
            ev("THREATEN", "sanctions", [PREVOT], [RW], "planned", date="2025-03-17"),
            # Brussels has been pressing its EU partners to punish Rwanda
            ev("REQUEST", "sanctions", [BE], [EU]),
            # the M23 rebels, who captured Goma ... in late January
            ev("ASSAULT", "occupy", ["M23"], [DRC], date="2025-01", location="Goma"),
            # ... and took Bukavu in mid-February
            ev("ASSAULT", "occupy", ["M23"], [DRC], date="2025-02", location="Bukavu"),
            # The UN Group of Experts on Congo estimated last year that between 3,000 and 4,000
            # Rwandan soldiers were operating inside Congo alongside the group
            ev("MOBILIZE", "deploy", [RW], [DRC], "estimated", UNGE, "2024"),
            # ... the experts' charge against Rwanda (dev6's account that blames)
            ev("ACCUSE", "allege", [UNGE], [RW], date="2024"),
            # Kigali denies that it backs the M23 (the accuser named last: the experts)
            ev("REJECT", "deny", [RW], [UNGE], "denied"),
            # On Monday the EU added nine people to its sanctions list ..., among them three
            # Rwandan army commanders ... as well as several M23 leaders, and froze the assets of
            # a gold refinery (one act)
            ev("SANCTION", "sanctions", [EU], [RW, "M23"], date="2025-03-17"),
            # Rwanda called the measures "unjustified"
            ev("ACCUSE", "disapprove", [RW], [EU]),
            # In February, Kigali suspended a 95 million euro development programme with Belgium
            ev("SANCTION", "suspend", [RW], [BE], date="2025-02"),
            # ... saying Brussels was lobbying to cut off Rwanda's access to development finance
            ev("ACCUSE", "allege", [RW], [BE], date="2025-02"),
            # Britain suspended most of its direct aid to the Rwandan government last month
            ev("SANCTION", "aid freeze", ["United Kingdom"], [RW], date="2025-02"),
            # ... and Germany froze new aid commitments
            ev("SANCTION", "aid freeze", ["Germany"], [RW]),
            # In February the United States imposed sanctions on James Kabarebe
            ev("SANCTION", "sanctions", [US], [KABAREBE], date="2025-02"),
            # ... accusing him of coordinating support for the rebels
            ev("ACCUSE", "allege", [US], [KABAREBE], date="2025-02"),
            # Kigali severed relations with France in 2006
            ev("SANCTION", "break relations", [RW], ["France"], date="2006"),
            # ... and restored them three years later (dev6: restoring relations is COOPERATE
            # diplomatic)
            ev("COOPERATE", "diplomatic", [RW], ["France"], date="2009"),
            # the 1994 genocide, in which some 800,000 people, most of them Tutsi, were killed
            # (nominal act, no doer named: no actor)
            ev("ASSAULT", "mass killing", [], ["Tutsi"], date="1994", location=RW),
            # The M23 said late on Monday that it would not attend direct talks with Kinshasa
            # scheduled there for Tuesday (a refusal: REJECT, asserted)
            ev("REJECT", "negotiate", ["M23"], [DRC], date="2025-03-17"),
            # ... blaming the EU sanctions for making dialogue "impossible"
            ev("ACCUSE", "blame", ["M23"], [EU], date="2025-03-17"),
            # Angola's presidency said the talks, which it is mediating, would still open on
            # Tuesday as planned (own plan: planned, no source; mediator -> the talks' parties)
            ev(
                "CONSULT",
                "mediate",
                ["Angola"],
                [DRC, "M23"],
                "planned",
                date="2025-03-18",
                location="Luanda",
            ),
        ],
        "claims": [
            cl(
                3000,
                "soldiers",
                "Rwandan soldiers operating inside Congo alongside the M23",
                "estimated",
                UNGE,
                upper=4000,
            ),
            cl(9, "people", "people the EU added to its sanctions list on Monday"),
            cl(3, "commanders", "Rwandan army commanders among those sanctioned by the EU"),
            cl(
                95000000,
                "EUR",
                "development programme with Belgium that Kigali suspended in February",
            ),
            cl(
                103000000,
                "USD",
                "development programme with Belgium that Kigali suspended (dollar value)",
            ),
            cl(
                20000000,
                "EUR",
                "Belgium's bilateral aid to Rwanda a year",
                "reported",
                "OECD",
                approximate=True,
            ),
            cl(
                0.02,
                "share",
                "Belgium's share of the official development assistance Rwanda receives",
                "reported",
                "OECD",
                approximate=True,
            ),
            cl(
                1300000000,
                "USD",
                "official development assistance Rwanda receives annually",
                "reported",
                "OECD",
                approximate=True,
            ),
            cl(
                0.333,
                "share",
                "share of Rwanda's budget paid by grants and loans from abroad",
                approximate=True,
            ),
            cl(5700000000000, "RWF", "Rwanda's budget for the year to June"),
            cl(4100000000, "USD", "Rwanda's budget for the year to June (dollar value)"),
            cl(
                7000,
                "people",
                "people killed in eastern Congo since January",
                "reported",
                "Judith Suminwa",
                approximate=True,
            ),
            cl(
                60000,
                "people",
                "people who have fled into Burundi",
                "reported",
                "UN refugee agency",
                approximate=True,
            ),
            cl(800000, "people", "people killed in the 1994 genocide", approximate=True),
        ],
    },
    # ------------------------------------------------------------- (4) scraped mess
    "2024-07-30-venezuela-expels-latin-american-diplomats.txt": {
        "title": "Venezuela expels diplomats of seven Latin American countries after disputed vote",
        "published": "2024-07-30",
        "entities": [
            ent(VE, "GPE", "Caracas"),
            ent(MADURO, "PERSON", "Maduro"),
            ent(AR, "GPE"),
            ent("Chile", "GPE"),
            ent("Costa Rica", "GPE"),
            ent("Peru", "GPE", "Lima"),
            ent("Panama", "GPE"),
            ent("Dominican Republic", "GPE"),
            ent("Uruguay", "GPE"),
            ent("Yvan Gil", "PERSON"),
            ent(US, "GPE", "Washington"),
            ent("National Electoral Council", "ORG", "CNE"),
            ent(EG, "PERSON", "Gonzalez"),
            ent(MCM, "PERSON", "Machado"),
            ent("Magalli Meda", "PERSON"),
            ent(BR, "GPE"),
            ent("Javier Milei", "PERSON"),
            ent("Colombia", "GPE"),
            ent("Mexico", "GPE"),
            ent("Hugo Chavez", "PERSON"),
            ent("Tarek William Saab", "PERSON"),
            ent("Foro Penal", "ORG"),
            ent("Vladimir Padrino", "PERSON"),
            ent("Freddy Superlano", "PERSON"),
            ent("Voluntad Popular", "ORG"),
            ent(OAS, "ORG", "OAS"),
            ent("Permanent Council", "ORG"),
            ent("United Nations", "ORG"),
            ent("Latin American", "NORP"),
            ent("Argentine", "NORP"),
            ent("Venezuelan", "NORP"),
        ],
        "events": [
            # Venezuela on Monday ordered the diplomats of seven Latin American countries to
            # leave (Gil's "demanded that those governments withdraw their representatives
            # immediately" is the same order)
            ev("SANCTION", "expel", [VE], SEVEN, date="2024-07-29"),
            # ... and pulled its own staff out of their capitals
            ev("SANCTION", "recall", [VE], SEVEN, date="2024-07-29"),
            # ... after the seven governments refused to accept the official result (writer's
            # clause)
            ev("REJECT", "reject", SEVEN, [VE]),
            # In a statement he denounced what he called the "interventionist" conduct of "a
            # group of right-wing governments ..."
            ev("ACCUSE", "disapprove", ["Yvan Gil"], SEVEN, date="2024-07-29"),
            # The seven had demanded a full review of the count in the presence of independent
            # observers (the CNE acts for its state)
            ev("REQUEST", "recount", SEVEN, [VE]),
            # six aides of Machado have been sheltering since March, when Argentina granted them
            # asylum. Among them is ... Magalli Meda (the one named recipient)
            ev("AID", "asylum", [AR], ["Magalli Meda"], date="2024-03", location="Caracas"),
            # Argentina's foreign ministry said on Tuesday that electricity to the residence had
            # been cut overnight and that Venezuelan security forces had been posted around the
            # building (an account that blames: the reported act ...)
            ev("COERCE", "siege", [VE], [AR], "reported", AR, "2024-07-30", "Caracas"),
            # ... plus Argentina's accusation
            ev("ACCUSE", "allege", [AR], [VE], date="2024-07-30"),
            # It said it had asked Brazil to take charge of the embassy and to protect the six
            # (a speech act told by its own side: asserted)
            ev("REQUEST", "assistance", [AR], [BR], date="2024-07-30"),
            # Brazil's foreign ministry said late on Tuesday that it had agreed to take custody of
            # the embassy ...
            ev("AGREE", "assist", [BR], [AR], date="2024-07-30"),
            # ... and to represent Argentina's interests in Venezuela until further notice (the
            # agreed act: planned)
            ev("COOPERATE", "diplomatic", [BR], [AR], "planned"),
            # Milei called Maduro a "dictator" and the result "a fraud"
            ev("ACCUSE", "disapprove", ["Javier Milei"], [MADURO]),
            # Lima went further, ordering Venezuela's diplomats out of Peru on Monday
            ev("SANCTION", "expel", ["Peru"], [VE], date="2024-07-29"),
            # Caracas ... announced that commercial flights to and from Panama and the Dominican
            # Republic would be suspended from Wednesday (an announced sanction: THREATEN)
            ev(
                "THREATEN",
                "sanctions",
                [VE],
                ["Panama", "Dominican Republic"],
                "planned",
                date="2024-07-31",
            ),
            # Brazil, Colombia and Mexico ... urging the CNE to release the detailed results
            ev("REQUEST", "transparency", [BR, "Colombia", "Mexico"], [VE]),
            # Protests broke out in working-class districts of Caracas and in several other
            # cities on Monday (unnamed crowds: no actor; against the declared result)
            ev("PROTEST", "demonstrate", [], [VE, MADURO], date="2024-07-29", location="Caracas"),
            # Security forces fired tear gas and rubber bullets at demonstrators
            ev("COERCE", "tear gas", [VE], [], date="2024-07-29", location="Caracas"),
            # Saab said on Tuesday that 749 people had been arrested (own side's act told by its
            # official: reported; Foro Penal's 177 detentions count the same arrests)
            ev("COERCE", "arrest", [VE], [], "reported", "Tarek William Saab"),
            # Padrino ... blamed Machado and Gonzalez for the violence
            ev("ACCUSE", "blame", ["Vladimir Padrino"], [MCM, EG]),
            # Superlano was taken away by hooded men who arrived in unmarked vehicles, his party,
            # Voluntad Popular, said (doers nobody names: no actor)
            ev(
                "COERCE",
                "abduct",
                [],
                ["Freddy Superlano"],
                "reported",
                "Voluntad Popular",
                "2024-07-30",
            ),
            # The OAS will hold an emergency meeting of its Permanent Council on Wednesday to
            # discuss the election (targets the state in crisis, dev4)
            ev("CONSULT", "multilateral", [OAS], [VE], "planned", date="2024-07-31"),
        ],
        "claims": [
            cl(7, "countries", "Latin American countries whose diplomats Venezuela expelled"),
            cl(0.512, "share", "Maduro's share of the vote in the official result", "reported", VE),
            cl(
                0.442,
                "share",
                "Gonzalez's share of the vote in the official result",
                "reported",
                VE,
            ),
            cl(
                0.73,
                "share",
                "share of tally sheets the opposition campaign collected",
                "reported",
                MCM,
            ),
            cl(6, "aides", "Machado aides sheltering in the Argentine ambassador's residence"),
            cl(
                749,
                "people",
                "people arrested since the protests began",
                "reported",
                "Tarek William Saab",
            ),
            cl(177, "detentions", "detentions documented by Foro Penal", "reported", "Foro Penal"),
            cl(
                11,
                "deaths",
                "deaths in the unrest documented by Foro Penal",
                "reported",
                "Foro Penal",
                approximate=True,
            ),
            cl(1, "soldiers", "soldiers killed in the unrest", "reported", "Vladimir Padrino"),
            cl(23, "soldiers", "soldiers wounded in the unrest", "reported", "Vladimir Padrino"),
            cl(
                7700000,
                "people",
                "Venezuelans who have emigrated since 2014",
                "reported",
                "United Nations",
                approximate=True,
            ),
        ],
    },
}

# ------------------------------------------------------------------ checks
TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip
MODALITIES = {"asserted", "reported", "estimated", "speculated", "planned", "denied", "opinion"}

for _name, _page in PAGES.items():
    _names = {e["name"] for e in _page["entities"]}
    _surface = _names | {a for e in _page["entities"] for a in e["aliases"]}
    assert len(_names) == len(_page["entities"]), f"{_name}: duplicate entity"
    for _e in _page["events"]:
        assert _e["type"] in TYPES, (_name, _e)
        assert _e["modality"] in MODALITIES, (_name, _e)
        for _who in _e["actors"] + _e["targets"]:
            assert _who in _names, f"{_name}: {_who} is not an entity"
        if _e["modality"] == "denied":
            assert _e["type"] == "REJECT", (_name, _e)
        if _e["location"]:
            assert _e["location"] in _surface, f"{_name}: location {_e['location']}"
    for _c in _page["claims"]:
        assert _c["modality"] in MODALITIES, (_name, _c)
        assert _c["upper"] is None or _c["upper"] > _c["value"], (_name, _c)
    assert 18 <= len(_page["events"]) <= 27, (_name, len(_page["events"]))
    assert 5 <= len(_page["claims"]) <= 15, (_name, len(_page["claims"]))
    assert 15 <= len(_page["entities"]) <= 36, (_name, len(_page["entities"]))

write_gold(HERE, PAGES)

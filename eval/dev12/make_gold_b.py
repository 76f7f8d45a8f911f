"""Writes eval/dev12/gold/*.json for part B of set 12 (facts-only gold, hand-written from the
page text without running the extractor).

Each page: title, published, entities (name, type, aliases), events and claims in the contract's
shape; `text` and `evidence` are null (scored on facts alone). Conventions follow
docs/annotation.md and, where it is silent, the choices of eval/dev11 (README_a.md, README_b.md)
and, behind them, eval/dev10 to eval/dev4; the choices made for this half are listed in
eval/dev12/README_b.md. Part A of the set is written separately (make_gold_a.py); this script
writes only the four part-B pages.

The Philippines page holds two unrelated stories (the shoal clash, then a short brief on the
Ukraine peace summit in Switzerland, dated two days earlier); `write_gold` is given it as a list
of stories and writes one article per story, each with its own entities, events and claims.
"""

import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent


sys.path.insert(0, str(HERE.parent))
from goldkit import check_and_write_stories, check_story, cl, ent, ev  # noqa: E402

US = "United States"
UK = "United Kingdom"
HOUTHIS = "Houthis"
YE = "Yemen"
IR = "Iran"
IL = "Israel"
RU = "Russia"
CN = "China"
SA = "Saudi Arabia"
AU = "Australia"
BH = "Bahrain"
CA = "Canada"
NL = "Netherlands"
LB = "Lebanon"
FR = "France"
QA = "Qatar"
EG = "Egypt"
PH = "Philippines"
JP = "Japan"
TH = "Thailand"
UA = "Ukraine"
CH = "Switzerland"
IN = "India"
ZA = "South Africa"
UN = "United Nations"
UNSC = "United Nations Security Council"
HZB = "Hezbollah"
HAMAS = "Hamas"
GAZA = "Gaza"
BIDEN = "Joe Biden"
GRYNKEWICH = "Alexus Grynkewich"
SUNAK = "Rishi Sunak"
SHAPPS = "Grant Shapps"
SAREE = "Yahya Saree"
EZZI = "Hussein al-Ezzi"
ABDULMALIK = "Abdul-Malik al-Houthi"
ZAKHAROVA = "Maria Zakharova"
KANAANI = "Nasser Kanaani"
HOCHSTEIN = "Amos Hochstein"
BERRI = "Nabih Berri"
NETANYAHU = "Benjamin Netanyahu"
BENGVIR = "Itamar Ben-Gvir"
NASRALLAH = "Hassan Nasrallah"
QASSEM = "Naim Qassem"
MIKATI = "Najib Mikati"
GUTERRES = "Antonio Guterres"
BRAWNER = "Romeo Brawner Jr."
LIN = "Lin Jian"
MILLER = "Matthew Miller"
SULLIVAN = "Jake Sullivan"
ANO = "Eduardo Ano"
WONG = "Penny Wong"
MARCOS = "Ferdinand Marcos Jr."
HARRIS = "Kamala Harris"
ZELENSKY = "Volodymyr Zelensky"
PUTIN = "Vladimir Putin"
ANSARI = "Majed al-Ansari"
TAMIM = "Tamim bin Hamad Al Thani"
SISI = "Abdel Fattah al-Sisi"
SRETTHA = "Srettha Thavisin"
SHOAL = "Second Thomas Shoal"

PAGES = {
    # ------------------------------------------------------------------ (1) HTML, Yemen strikes
    "2024-01-12-us-uk-strikes-houthis-yemen.html": {
        "title": "US and Britain strike Houthi targets in Yemen after weeks of Red Sea attacks",
        "published": "2024-01-12",
        "entities": [
            ent(US, "GPE", "US", "Washington", "America"),
            ent(UK, "GPE", "Britain", "London"),
            ent(HOUTHIS, "ORG", "Houthi"),
            ent(YE, "GPE"),
            ent("Sanaa", "GPE"),
            ent("Hodeidah", "GPE"),
            ent("Red Sea", "LOC"),
            ent("Tomahawk", "PRODUCT"),
            ent(GRYNKEWICH, "PERSON"),
            ent("US Air Forces Central", "ORG"),
            ent(BIDEN, "PERSON"),
            ent("White House", "ORG"),
            ent(AU, "GPE"),
            ent(BH, "GPE"),
            ent(CA, "GPE"),
            ent(NL, "GPE"),
            ent(SUNAK, "PERSON"),
            ent("Royal Air Force", "ORG"),
            ent("Typhoon", "PRODUCT"),
            ent(SHAPPS, "PERSON"),
            ent(SAREE, "PERSON"),
            ent(EZZI, "PERSON"),
            ent(ABDULMALIK, "PERSON"),
            ent("US Central Command", "ORG"),
            ent(IL, "GPE"),
            ent("Palestinians", "NORP"),
            ent(GAZA, "GPE"),
            ent("Pentagon", "ORG"),
            ent("Galaxy Leader", "PRODUCT"),
            ent("Africa", "LOC"),
            ent("US Navy", "ORG"),
            ent(UNSC, "ORG", "UN Security Council", "Security Council"),
            ent(UN, "ORG"),
            ent(RU, "GPE"),
            ent(CN, "GPE"),
            ent("Algeria", "GPE"),
            ent("Mozambique", "GPE"),
            ent(ZAKHAROVA, "PERSON"),
            ent("Anglo-Saxons", "NORP"),
            ent(IR, "GPE", "Tehran"),
            ent(KANAANI, "PERSON"),
            ent(SA, "GPE"),
            ent("Aden", "GPE"),
        ],
        "events": [
            # The United States and Britain struck more than 60 targets in Houthi-controlled
            # Yemen early on Friday (one operation on 16 sites: one ASSAULT, no location, dev8b/
            # dev11b; the target is the group whose sites were hit; Sunak's "four Typhoon jets
            # had taken part" tells Britain's share again)
            ev("ASSAULT", "airstrike", [US, UK], [HOUTHIS], date="2024-01-12"),
            # Biden: "will not tolerate attacks ..."; he "would not hesitate to direct further
            # measures" (one warning; names nobody: the doer of the attacks it answers)
            ev("THREATEN", "military force", [BIDEN], [HOUTHIS], "planned"),
            # Australia, Bahrain, Canada and the Netherlands provided logistical and intelligence
            # support, the White House said (the other side's act in one's own account: reported)
            ev("AID", "military", [AU, BH, CA, NL], [US, UK], "reported", US),
            # Shapps ... declined to rule them out if the attacks on shipping continued (guide: a
            # threat left open is a planned THREATEN; the condition is part of it; "no further
            # strikes planned for now" is negated)
            ev("THREATEN", "military force", [SHAPPS], [HOUTHIS], "planned"),
            # Saree: the strikes "will not go unanswered or unpunished" (names nobody: the
            # strikes' doers)
            ev("THREATEN", "retaliate", [SAREE], [US, UK], "planned"),
            # al-Ezzi said America and Britain would "have to prepare to pay a heavy price"
            ev("THREATEN", "retaliate", [EZZI], [US, UK], "planned"),
            # On Thursday ... Abdul-Malik al-Houthi had warned that any American attack would be
            # met with a response bigger than Tuesday's
            ev("THREATEN", "retaliate", [ABDULMALIK], [US], "planned", date="2024-01-11"),
            # the Houthis launched 18 drones and three missiles towards shipping lanes in the
            # southern Red Sea on Tuesday night (open water: nobody's; the interceptions are
            # defence and are not coded)
            ev("ASSAULT", "drone", [HOUTHIS], [], date="2024-01-09", location="Red Sea"),
            # The group has carried out 27 attacks on commercial shipping since November 19,
            # according to the Pentagon (the Pentagon speaks for its state)
            ev("ASSAULT", "attack", [HOUTHIS], [], "reported", US, "2023-11-19"),
            # That day its fighters landed by helicopter on the Galaxy Leader ... and seized the
            # ship and its 25 crew members (boarding and seizing a ship: COERCE; the crew's and
            # the ship's owners go unnamed: no target)
            ev("COERCE", "seize", [HOUTHIS], [], date="2023-11-19"),
            # On December 31, US Navy helicopters sank Houthi boats that had attacked a container
            # ship, ..., the US military said (the boats' attack: the other side's act in the US
            # account; the sinking: own act told by the doer's side; both reported)
            ev("ASSAULT", "attack", [HOUTHIS], [], "reported", US, "2023-12-31"),
            ev("ASSAULT", "attack", [US], [HOUTHIS], "reported", US, "2023-12-31"),
            # On Wednesday the UN Security Council adopted a resolution demanding that the
            # Houthis immediately stop their attacks and release the Galaxy Leader (one demand;
            # the four abstentions are not coded)
            ev("REQUEST", "demand", [UNSC], [HOUTHIS], date="2024-01-10"),
            # Russia requested an emergency meeting of the council on the strikes, its mission
            # ... said (own speech act: asserted)
            ev("REQUEST", "meeting", [RU], [UNSC]),
            # Zakharova called them "another example of the Anglo-Saxons' perversion ..."
            ev("ACCUSE", "disapprove", [ZAKHAROVA], [US, UK]),
            # Kanaani condemned the strikes as "a clear violation of Yemen's sovereignty ..."
            ev("ACCUSE", "disapprove", [KANAANI], [US, UK]),
            # Washington accuses Iran of supplying the Houthis ... (dev9b: the alleged supply is
            # not coded as an AID of its own)
            ev("ACCUSE", "allege", [US], [IR]),
            # ..., a charge Tehran denies (target the accuser)
            ev("REJECT", "deny", [IR], [US], "denied"),
            # Saudi Arabia ... said it was following the situation "with great concern" (express
            # concern: ACCUSE; names nobody: the doers of the strikes it reacts to)
            ev("ACCUSE", "disapprove", [SA], [US, UK]),
            # ..., which led a military coalition against the Houthis from 2015 (background act)
            ev("ASSAULT", "war", [SA], [HOUTHIS], date="2015"),
            # ... and has largely observed a truce with them since April 2022 (a truce observed by
            # both its sides)
            ev("RETREAT", "ceasefire", [SA, HOUTHIS], [HOUTHIS, SA], date="2022-04"),
            # Yemen's internationally recognised government ... blamed the Houthis for dragging
            # the country into a regional confrontation
            ev("ACCUSE", "blame", [YE], [HOUTHIS]),
        ],
        "claims": [
            cl(60, "targets", "targets the US and Britain struck in Yemen", approximate=True),
            cl(16, "sites", "sites hit by the US and British strikes", "reported", GRYNKEWICH),
            cl(
                100,
                "munitions",
                "precision-guided munitions used in the strikes",
                "reported",
                GRYNKEWICH,
                approximate=True,
            ),
            cl(
                4,
                "jets",
                "Royal Air Force Typhoon jets that took part in the strikes",
                "reported",
                SUNAK,
            ),
            cl(5, "fighters", "Houthi fighters killed by the strikes", "reported", SAREE),
            cl(6, "fighters", "Houthi fighters wounded by the strikes", "reported", SAREE),
            cl(18, "drones", "drones the Houthis launched on Tuesday"),
            cl(3, "missiles", "missiles the Houthis launched on Tuesday"),
            cl(
                27,
                "attacks",
                "Houthi attacks on commercial shipping since November 19",
                "reported",
                US,
            ),
            cl(25, "crew members", "crew members of the Galaxy Leader seized by the Houthis"),
            cl(
                0.12,
                "share",
                "share of world trade that normally passes through the Red Sea",
                approximate=True,
            ),
            cl(
                10,
                "fighters",
                "Houthi fighters killed by US Navy helicopters on December 31",
                "reported",
                US,
            ),
            cl(11, "votes", "Security Council votes in favour of the resolution on the Houthis"),
        ],
    },
    # ------------------------------------------------------------------ (2) analysis, hedges
    "2024-11-27-israel-hezbollah-ceasefire-analysis.txt": {
        "title": "A truce both sides needed: why the Israel-Hezbollah ceasefire may hold for now, "
        "and why it may not",
        "published": "2024-11-27",
        "entities": [
            ent(IL, "GPE"),
            ent(HZB, "ORG"),
            ent(LB, "GPE"),
            ent(US, "GPE", "US", "Washington"),
            ent(FR, "GPE", "Paris"),
            ent(HOCHSTEIN, "PERSON", "Hochstein"),
            ent(BERRI, "PERSON"),
            ent(BIDEN, "PERSON"),
            ent("White House", "ORG"),
            ent("Rose Garden", "FAC"),
            ent("Litani", "LOC"),
            ent(NETANYAHU, "PERSON", "Netanyahu"),
            ent(IR, "GPE"),
            ent(BENGVIR, "PERSON"),
            ent(NASRALLAH, "PERSON"),
            ent("Beirut", "GPE"),
            ent(QASSEM, "PERSON"),
            ent(HAMAS, "ORG"),
            ent(UN, "ORG"),
            ent(UNSC, "ORG", "UN Security Council"),
            ent("Resolution 1701", "LAW"),
            ent("Tel Aviv", "GPE"),
            ent("World Bank", "ORG"),
            ent(SA, "GPE", "Riyadh"),
            ent(QA, "GPE"),
            ent("Gulf", "LOC"),
            ent(MIKATI, "PERSON"),
            ent(GUTERRES, "PERSON"),
        ],
        "events": [
            # a ceasefire between Israel and Hezbollah took effect (observed by both its sides)
            ev("RETREAT", "ceasefire", [IL, HZB], [HZB, IL], date="2024-11-27"),
            # The agreement, which Israel and Lebanon accepted on Tuesday (one mutual AGREE; the
            # security cabinet's vote and Biden's announcement tell it again)
            ev("AGREE", "ceasefire", [IL, LB], [LB, IL], date="2024-11-26"),
            # ... was brokered by the United States and France after weeks of shuttle diplomacy by
            # the US envoy Amos Hochstein (the brokering is one CONSULT by the two brokers; the
            # envoy's shuttle is how Washington brokered it)
            ev("CONSULT", "mediate", [US, FR], [IL, LB]),
            # Berri ... negotiated with Hochstein on the group's behalf (named, they act as
            # persons, dev9b)
            ev("CONSULT", "negotiate", [BERRI, HOCHSTEIN], [HOCHSTEIN, BERRI]),
            # Under its terms, Israel is to withdraw its troops from southern Lebanon
            ev("RETREAT", "withdraw", [IL], [LB], "planned"),
            # ... while Hezbollah pulls its fighters and heavy weapons back north of the Litani
            # (a pull-back inside Lebanon: its counterpart is the target)
            ev("RETREAT", "withdraw", [HZB], [IL], "planned"),
            # The Lebanese army has said it will deploy 5,000 soldiers in the south (own plan; a
            # deployment on its own soil against nobody named: no target)
            ev("MOBILIZE", "deploy", [LB], [], "planned"),
            # He warned that Israel would "respond forcefully" to any violation (a warning that
            # names nobody targets the other side; his own state is never the target)
            ev("THREATEN", "retaliate", [NETANYAHU], [HZB], "planned", date="2024-11-26"),
            # Ben-Gvir ... accused Netanyahu of making "a historic mistake" (domestic criticism is
            # coded, dev9b)
            ev("ACCUSE", "disapprove", [BENGVIR], [NETANYAHU]),
            # Israel killed ... Nasrallah in an airstrike on the group's headquarters in Beirut's
            # southern suburbs on September 27 (the group's building: the group is the target)
            ev("ASSAULT", "airstrike", [IL], [HZB], date="2024-09-27", location="Beirut"),
            # ... and sent ground troops across the border four days later
            ev("ASSAULT", "invasion", [IL], [LB], date="2024-10-01"),
            # Qassem said earlier this month that the group was ready to accept a deal (stated
            # willingness: AGREE, guide)
            ev("AGREE", "accept", [QASSEM], [IL], date="2024-11"),
            # The fighting began on October 8 last year, when Hezbollah fired on Israeli positions
            ev("ASSAULT", "attack", [HZB], [IL], date="2023-10-08"),
            # ... a day after the Palestinian group's attack on southern Israel
            ev("ASSAULT", "attack", [HAMAS], [IL], date="2023-10-07"),
            # Hezbollah fired about 250 rockets and drones into Israel on Sunday alone, the Israeli
            # military said (the other side's act in one's own account: reported)
            ev("ASSAULT", "rocket", [HZB], [IL], "reported", IL, "2024-11-24"),
            # ... and Israeli jets pounded Beirut's southern suburbs on Tuesday (a city: the target
            # is the state it lies in)
            ev("ASSAULT", "airstrike", [IL], [LB], date="2024-11-26", location="Beirut"),
            # ... a month-long war between Israel and Hezbollah (2006; two sides: one actor, one
            # target, guide)
            ev("ASSAULT", "war", [IL], [HZB], date="2006"),
            # UN Security Council Resolution 1701, adopted in 2006 to end the war (a resolution
            # that demands a halt: REQUEST by the council to the two sides)
            ev("REQUEST", "demand", [UNSC], [IL, HZB], date="2006"),
            # Some analysts in Tel Aviv believe the army could use it to strike Iran's nuclear
            # sites (a concrete act with its hedger: speculated)
            ev("ASSAULT", "airstrike", [IL], [IR], "speculated", "some analysts"),
            # Diplomats in Beirut say Washington and Paris could ask Saudi Arabia and Qatar to pay
            # for reconstruction ("Riyadh is unlikely to give much" is a negative hedge)
            ev("REQUEST", "aid", [US, FR], [SA, QA], "speculated", "diplomats in Beirut"),
            # ..., as the two Gulf states did after 2006 (background act)
            ev("AID", "economic", [SA, QA], [LB], date="2006"),
            # Mikati thanked the United States and France and called the ceasefire "a fundamental
            # step" (one act of praise)
            ev("SUPPORT", "praise", [MIKATI], [US, FR]),
            # Iran ... welcomed the truce (the truce's sides)
            ev("SUPPORT", "praise", [IR], [IL, HZB]),
            # Guterres welcomed the agreement (its parties)
            ev("SUPPORT", "praise", [GUTERRES], [IL, LB]),
            # ... and urged both sides to respect all of its commitments (the story's main pair)
            ev("REQUEST", "comply", [GUTERRES], [IL, HZB]),
        ],
        "claims": [
            cl(10, "votes", "Israeli security cabinet votes for the deal"),
            cl(1, "votes", "Israeli security cabinet votes against the deal"),
            cl(30, "kilometres", "distance of the Litani river from the border", approximate=True),
            cl(5000, "soldiers", "soldiers the Lebanese army will deploy in the south", "planned"),
            cl(
                0.8,
                "share",
                "share of Hezbollah's rocket arsenal lost",
                "estimated",
                "Israeli officials",
                approximate=True,
            ),
            cl(
                3800,
                "people",
                "people killed in Lebanon since October 2023",
                "reported",
                LB,
                approximate=True,
            ),
            cl(
                1.2e6,
                "people",
                "people displaced in Lebanon at the peak of the fighting",
                "estimated",
                UN,
                approximate=True,
            ),
            cl(70, "soldiers", "Israeli soldiers killed", "reported", IL, approximate=True),
            cl(45, "civilians", "Israeli civilians killed", "reported", IL, approximate=True),
            cl(
                60000,
                "residents",
                "residents of northern Israel still unable to go home",
                approximate=True,
            ),
            cl(
                250,
                "rockets and drones",
                "rockets and drones Hezbollah fired into Israel on Sunday",
                "reported",
                IL,
                approximate=True,
            ),
            cl(
                8.5e9,
                "USD",
                "physical damage and economic losses in Lebanon",
                "reported",
                "World Bank",
            ),
        ],
    },
    # ------------------------------------------------------------------ (3) wire, comments
    "2023-11-25-gaza-truce-hostages-released.txt": {
        "title": "Hamas frees 24 hostages, Israel releases 39 Palestinians on first day of Gaza "
        "truce",
        "published": "2023-11-25",
        "entities": [
            ent(HAMAS, "ORG"),
            ent(IL, "GPE"),
            ent("Israelis", "NORP"),
            ent(TH, "GPE", "Thai", "Bangkok"),
            ent(PH, "GPE", "Filipino"),
            ent("Palestinians", "NORP"),
            ent(GAZA, "GPE"),
            ent(QA, "GPE"),
            ent(EG, "GPE"),
            ent("International Committee of the Red Cross", "ORG"),
            ent("Rafah", "FAC"),
            ent("West Bank", "LOC"),
            ent("East Jerusalem", "GPE"),
            ent("Doha", "GPE"),
            ent("Qassam Brigades", "ORG"),
            ent("State Information Service", "ORG"),
            ent(ANSARI, "PERSON"),
            ent(US, "GPE", "US"),
            ent(NETANYAHU, "PERSON"),
            ent(BIDEN, "PERSON"),
            ent("Nantucket", "GPE"),
            ent(TAMIM, "PERSON"),
            ent(SISI, "PERSON"),
            ent(IR, "GPE"),
            ent(SRETTHA, "PERSON"),
            ent("X", "PRODUCT"),
            ent("Gaza health ministry", "ORG"),
            ent(UN, "ORG"),
        ],
        "events": [
            # Hamas freed 24 hostages on Friday, 13 Israelis, 10 Thai farm workers and a Filipino
            # (the actual release: RETREAT, guide; the Israelis' release goes to Israel, the
            # others' to their states, released under a separate arrangement; the handover to the
            # Red Cross and the transfer through Egypt belong to it)
            ev("RETREAT", "release", [HAMAS], [IL], date="2023-11-24"),
            ev("RETREAT", "release", [HAMAS], [TH, PH], date="2023-11-24"),
            # ... and Israel released 39 Palestinian women and teenagers from its jails (the
            # exchange's counterpart is the target)
            ev("RETREAT", "release", [IL], [HAMAS], date="2023-11-24"),
            # ... a four-day truce in Gaza brokered by Qatar and Egypt; "after weeks of talks in
            # Doha" (one brokering by the two mediators, with the parties as targets)
            ev("CONSULT", "mediate", [QA, EG], [IL, HAMAS], location="Doha"),
            # The truce took effect at 7 a.m. on Friday and largely held (observed by both sides)
            ev("RETREAT", "ceasefire", [IL, HAMAS], [HAMAS, IL], date="2023-11-24"),
            # Egypt said it had sent 200 trucks of food ... into Gaza through Rafah on Friday (own
            # act told by its side: reported)
            ev("AID", "humanitarian", [EG], [GAZA], "reported", EG, "2023-11-24", "Rafah"),
            # Under the agreement announced on Wednesday (one mutual AGREE) ...
            ev("AGREE", "ceasefire", [IL, HAMAS], [HAMAS, IL], date="2023-11-22"),
            # ... Hamas is to release 50 Israeli women and children over four days (the agreed
            # acts: planned; al-Ansari's "expected the second group to be freed later on
            # Saturday" tells part of it again)
            ev("RETREAT", "release", [HAMAS], [IL], "planned"),
            # ... in exchange for 150 Palestinian women and minors held in Israeli prisons
            ev("RETREAT", "release", [IL], [HAMAS], "planned"),
            # ... and Israel will allow more aid and fuel into the territory (easing the
            # restriction on Gaza: CONCEDE)
            ev("CONCEDE", "ease restrictions", [IL], [GAZA], "planned"),
            # Israel has said the truce could be extended by a day for every additional 10
            # hostages freed (an offer with its condition: AGREE plus the planned act, guide)
            ev("AGREE", "offer", [IL], [HAMAS]),
            ev("RETREAT", "ceasefire", [IL], [HAMAS], "planned"),
            # Hamas's armed wing, the Qassam Brigades, accused Israel of failing to let aid trucks
            # reach the north ... (the wing acts for the group the article gave it)
            ev("ACCUSE", "allege", [HAMAS], [IL], date="2023-11-25"),
            # An Israeli official denied that Israel had broken any of the terms (the official is
            # his state; target the accuser)
            ev("REJECT", "deny", [IL], [HAMAS], "denied", date="2023-11-25"),
            # Qatari and Egyptian mediators were in contact with both sides to resolve the
            # dispute, Egypt's State Information Service said (own act told by one doer's side)
            ev("CONSULT", "mediate", [QA, EG], [IL, HAMAS], "reported", EG, "2023-11-25"),
            # Netanyahu said Israel would resume its offensive once the truce ended
            ev("THREATEN", "military force", [NETANYAHU], [HAMAS], "planned", date="2023-11-24"),
            # Biden ... said he had spoken by phone with Qatar's emir ... and ... al-Sisi (two
            # calls, each mutual; "only a start" is a stance)
            ev("CONSULT", "phone", [BIDEN, TAMIM], [TAMIM, BIDEN]),
            ev("CONSULT", "phone", [BIDEN, SISI], [SISI, BIDEN]),
            # Thai officials said Bangkok had negotiated their release directly with Hamas (own
            # act told by its side: reported) ...
            ev("CONSULT", "negotiate", [TH, HAMAS], [HAMAS, TH], "reported", "Thai officials"),
            # ... with help from Iran (help in talks between two parties: mediation)
            ev("CONSULT", "mediate", [IR], [TH, HAMAS], "reported", "Thai officials"),
            # Srettha thanked Qatar, Egypt and Iran for their help in a post on X
            ev("SUPPORT", "praise", [SRETTHA], [QA, EG, IR]),
            # Qatar ... had already helped secure the release of two US citizens ... in October
            # (background: the release by the captor, and Qatar's mediation)
            ev("RETREAT", "release", [HAMAS], [US], date="2023-10"),
            ev("CONSULT", "mediate", [QA], [HAMAS, US], date="2023-10"),
            # The war began on October 7, when Hamas fighters stormed into southern Israel,
            # killing about 1,200 people and taking some 240 hostages (dev6a: two events)
            ev("ASSAULT", "attack", [HAMAS], [IL], date="2023-10-07"),
            ev("COERCE", "abduct", [HAMAS], [IL], date="2023-10-07"),
            # Israel's air and ground offensive in Gaza (dev11a: against Hamas, located in Gaza)
            ev("ASSAULT", "offensive", [IL], [HAMAS], date="2023-10", location="Gaza"),
        ],
        "claims": [
            cl(24, "hostages", "hostages freed by Hamas on Friday"),
            cl(13, "Israelis", "Israelis among the freed hostages"),
            cl(10, "workers", "Thai farm workers among the freed hostages"),
            cl(39, "women and teenagers", "Palestinian prisoners released by Israel on Friday"),
            cl(200, "trucks", "aid trucks Egypt sent into Gaza on Friday", "reported", EG),
            cl(130000, "litres", "diesel Egypt sent into Gaza on Friday", "reported", EG),
            cl(
                50,
                "women and children",
                "Israeli hostages Hamas is to release under the agreement",
                "planned",
            ),
            cl(
                150,
                "women and minors",
                "Palestinian prisoners Israel is to release under the agreement",
                "planned",
            ),
            cl(10, "hostages", "additional hostages per extra day of truce", "reported", IL),
            cl(2, "citizens", "US citizens freed in October with Qatar's help"),
            cl(
                1200,
                "people",
                "people killed in the October 7 attack",
                "reported",
                "Israeli officials",
                approximate=True,
            ),
            cl(
                240,
                "hostages",
                "hostages taken on October 7",
                "reported",
                "Israeli officials",
                approximate=True,
            ),
            cl(
                14800,
                "Palestinians",
                "Palestinians killed by Israel's offensive in Gaza",
                "reported",
                "Gaza health ministry",
                approximate=True,
            ),
            cl(
                1.7e6,
                "people",
                "people displaced inside Gaza",
                "reported",
                UN,
                approximate=True,
            ),
        ],
    },
}

# ------------------------------------------------------------- (4) two stories on one page
PH_PAGE = "2024-06-18-philippines-china-shoal-clash.txt"
MULTI = {
    PH_PAGE: [
        {
            "title": "Chinese coast guard boards Philippine navy boats at disputed shoal and seizes "
            "rifles, Manila says",
            "published": "2024-06-18",
            "entities": [
                ent(CN, "GPE", "Beijing"),
                ent(PH, "GPE", "Manila"),
                ent("China Coast Guard", "ORG", "Chinese coast guard"),
                ent(SHOAL, "LOC", "Ren'ai Reef"),
                ent("South China Sea", "LOC"),
                ent("BRP Sierra Madre", "PRODUCT"),
                ent("Second World War", "EVENT"),
                ent(BRAWNER, "PERSON"),
                ent(LIN, "PERSON"),
                ent("The Hague", "GPE"),
                ent(US, "GPE", "US", "Washington"),
                ent("State Department", "ORG"),
                ent(MILLER, "PERSON"),
                ent("Mutual Defense Treaty", "LAW"),
                ent(SULLIVAN, "PERSON"),
                ent(ANO, "PERSON"),
                ent("White House", "ORG"),
                ent(JP, "GPE", "Tokyo"),
                ent(AU, "GPE"),
                ent(WONG, "PERSON"),
                ent(MARCOS, "PERSON"),
                ent("Department of Foreign Affairs", "ORG"),
            ],
            "events": [
                # Chinese coast guard personnel ... boarded two Philippine navy boats near Second
                # Thomas Shoal ... on Monday, ..., the Philippine military said (boarding is
                # COERCE, guide; puncturing the hulls and the encirclement by eight vessels belong
                # to the boarding; the Chinese statement's "boarding and inspection" tells it
                # again)
                ev("COERCE", "board", [CN], [PH], "reported", PH, "2024-06-17", SHOAL),
                # ... seized seven rifles (seizing property: a second COERCE, dev9b)
                ev("COERCE", "seize", [CN], [PH], "reported", PH, "2024-06-17", SHOAL),
                # "They boarded our boats illegally ... They acted like pirates," Brawner told
                # reporters (characterising an act as illegal: ACCUSE)
                ev("ACCUSE", "disapprove", [BRAWNER], [CN]),
                # He demanded that China return the rifles and pay for the damage
                ev("REQUEST", "demand", [BRAWNER], [CN]),
                # China's coast guard ... said Philippine vessels had "deliberately and
                # dangerously approached" Chinese ships after "illegally intruding" (the coast
                # guard speaks for its state)
                ev("ACCUSE", "allege", [CN], [PH], date="2024-06-17"),
                # Lin Jian said the Philippines "bears full responsibility"
                ev("ACCUSE", "blame", [LIN], [PH], date="2024-06-18"),
                # ... and denied that Chinese personnel had used weapons (the charge is Manila's)
                ev("REJECT", "deny", [LIN], [PH], "denied", date="2024-06-18"),
                # Manila has called the rule an illegal escalation (the regulation itself acts on
                # nobody named and is not coded)
                ev("ACCUSE", "disapprove", [PH], [CN]),
                # Manila brought the case in 2013 (a case before a tribunal: ACCUSE complaint; the
                # 2016 ruling is a court's and is not coded; "never recognised" is standing)
                ev("ACCUSE", "complaint", [PH], [CN], date="2013"),
                # In March, Chinese coast guard ships fired water cannon at a Philippine supply
                # boat near the shoal, injuring four sailors
                ev("COERCE", "water cannon", [CN], [PH], date="2024-03", location=SHOAL),
                # ... and Manila summoned a Chinese diplomat to protest (one ACCUSE summon)
                ev("ACCUSE", "summon", [PH], [CN], date="2024-03"),
                # Miller condemned what he called China's "escalatory and irresponsible actions"
                # (his "repeated that the ... treaty covers armed attacks" is a standing position)
                ev("ACCUSE", "disapprove", [MILLER], [CN]),
                # the 1951 Mutual Defense Treaty between the two allies (background act)
                ev("AGREE", "treaty", [US, PH], [PH, US], date="1951"),
                # Sullivan spoke by phone on Tuesday with ... Eduardo Ano, the White House said
                # (own act told by the doer's side: reported)
                ev(
                    "CONSULT",
                    "phone",
                    [SULLIVAN, ANO],
                    [ANO, SULLIVAN],
                    "reported",
                    US,
                    "2024-06-18",
                ),
                # Japan's embassy in Manila said Tokyo was "seriously concerned" (express concern)
                ev("ACCUSE", "disapprove", [JP], [CN]),
                # Wong called the Chinese actions "dangerous and destabilising"
                ev("ACCUSE", "disapprove", [WONG], [CN]),
                # Marcos, who last year gave US troops access to four more Philippine military
                # bases (background act; "has not commented" is negated)
                ev("COOPERATE", "military", [MARCOS], [US], date="2023"),
                # Philippine and Chinese diplomats are due to meet in Manila early next month
                # (a plan told by one party's side: planned, no source)
                ev(
                    "CONSULT",
                    "negotiate",
                    [PH, CN],
                    [CN, PH],
                    "planned",
                    date="2024-07",
                    location="Manila",
                ),
            ],
            "claims": [
                cl(
                    2,
                    "boats",
                    "Philippine navy boats boarded by the Chinese coast guard",
                    "reported",
                    PH,
                ),
                cl(7, "rifles", "rifles seized by the Chinese coast guard", "reported", PH),
                cl(12, "marines", "marines living on the BRP Sierra Madre", approximate=True),
                cl(
                    8,
                    "vessels",
                    "Chinese coast guard vessels that surrounded the Philippine boats",
                    "reported",
                    PH,
                ),
                cl(60e6, "PHP", "damage to the Philippine boats", "estimated", PH),
                cl(
                    3e12,
                    "USD",
                    "trade passing through the South China Sea each year",
                    approximate=True,
                ),
                cl(4, "sailors", "Philippine sailors injured by Chinese water cannon in March"),
                cl(4, "bases", "Philippine military bases opened to US troops last year"),
                cl(
                    39e9,
                    "USD",
                    "two-way trade between China and the Philippines last year",
                    approximate=True,
                ),
            ],
        },
        {
            "title": "Most nations at Swiss summit back Ukraine's territorial integrity as China "
            "stays away",
            "published": "2024-06-16",
            "entities": [
                ent(UA, "GPE"),
                ent(CH, "GPE"),
                ent(IN, "GPE"),
                ent(SA, "GPE"),
                ent(ZA, "GPE"),
                ent("Burgenstock", "FAC"),
                ent("Lake Lucerne", "LOC"),
                ent(RU, "GPE", "Moscow"),
                ent(CN, "GPE"),
                ent(US, "GPE", "US"),
                ent(HARRIS, "PERSON"),
                ent(ZELENSKY, "PERSON", "Zelensky"),
                ent(PUTIN, "PERSON"),
                ent("NATO", "ORG"),
            ],
            "events": [
                # Switzerland organised the meeting at the Burgenstock resort (a host's CONSULT
                # has the hosted event's parties as targets: those the brief names as taking
                # part; the summit ran over Saturday and Sunday)
                ev(
                    "CONSULT",
                    "host",
                    [CH],
                    [UA, US, IN, SA, ZA],
                    date="2024-06",
                    location="Burgenstock",
                ),
                # ... at Ukraine's request (background request, no time)
                ev("REQUEST", "host", [UA], [CH]),
                # China, which had been invited (the host invited it) ...
                ev("REQUEST", "invite", [CH], [CN]),
                # ... stayed away (staying away from a meeting: REJECT refuse meeting, dev9b;
                # "Russia was not invited" and "did not sign" are negated)
                ev("REJECT", "refuse meeting", [CN], [CH]),
                # On Saturday US Vice President Kamala Harris announced $1.5 billion for Ukraine's
                # energy sector and humanitarian needs (speaker as actor, dev9b)
                ev("AID", "economic", [HARRIS], [UA], date="2024-06-15"),
                # ... and met President Volodymyr Zelensky on the sidelines
                ev("CONSULT", "meet", [HARRIS, ZELENSKY], [ZELENSKY, HARRIS], date="2024-06-15"),
                # the conditions President Vladimir Putin set out on Friday, that Ukraine withdraw
                # its troops from four regions ... and drop its bid to join NATO
                ev("REQUEST", "demand", [PUTIN], [UA], date="2024-06-14"),
                # Zelensky told the closing news conference that he rejected the conditions ...,
                # calling them "an ultimatum"
                ev("REJECT", "demand", [ZELENSKY], [PUTIN], date="2024-06-16"),
            ],
            "claims": [
                cl(
                    80,
                    "countries",
                    "countries that endorsed the final statement",
                    "reported",
                    CH,
                ),
                cl(92, "countries", "countries that took part in the summit", "reported", CH),
                cl(1.5e9, "USD", "US aid for Ukraine's energy sector and humanitarian needs"),
                cl(4, "regions", "regions Putin demands Ukraine withdraw its troops from"),
            ],
        },
    ],
}

# ------------------------------------------------------------------ checks
MONEY = {"USD", "EUR", "PHP"}
# unnamed sources the text gives, as written
UNNAMED = {"some analysts", "Thai officials", "diplomats in Beirut", "Israeli officials"}

# the article body of each story: from a start marker to an end marker (boilerplate, the dek,
# the caption, credit lines and the comments lie outside)
BODY = {
    "2024-01-12-us-uk-strikes-houthis-yemen.html": [
        ('<div class="story-body"', '<div class="story-footer"')
    ],
    "2024-11-27-israel-hezbollah-ceasefire-analysis.txt": [("BEIRUT - ", "Topics: Lebanon")],
    "2023-11-25-gaza-truce-hostages-released.txt": [
        ("DOHA/JERUSALEM, Nov 25", "Reporting by the Meridian")
    ],
    PH_PAGE: [("MANILA - ", "\n---\n"), ("BURGENSTOCK, Switzerland - ", "\n---\n\n(c) 2024")],
}
WORDS = {True: (550, 750), False: (150, 300)}


def body_of(raw, start, end):
    """The story's body text: cut between the markers, tags dropped, entities decoded."""
    i = raw.index(start)
    j = raw.index(end, i)
    return html.unescape(re.sub(r"<[^>]+>", " ", raw[i:j]))


def check(name, page, body, main=True):
    """One story, checked by goldkit.check_story; the page's main story has size bounds."""
    sizes = {"events": (15, 30), "claims": (8, 14), "entities": (20, 45)} if main else None
    check_story(
        name, page, body, money=MONEY, unnamed=UNNAMED, sizes=sizes, words=WORDS[main]
    )


assert len(PAGES) + len(MULTI) == 4
check_and_write_stories(HERE, PAGES, MULTI, BODY, body_of, check)

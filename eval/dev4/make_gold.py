"""Writes eval/dev4/gold/*.json (facts-only gold, hand-written without running the extractor).

Each page: title, published, entities (name, type, aliases), events and claims in the contract's
shape; `text` and `evidence` are null (scored on facts alone). Conventions follow
docs/annotation.md; the choices it leaves open are listed in eval/dev4/README.md.
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent


sys.path.insert(0, str(HERE.parent))
from goldkit import cl, ent, ev, write_gold  # noqa: E402

US = "United States"
JP = "Japan"
PH = "Philippines"
ICJ = "International Court of Justice"
EU = "European Union"
ASEAN = "Association of Southeast Asian Nations"
HM = "Hun Manet"
PW = "Phumtham Wechayachai"

PAGES = {
    # ------------------------------------------------------------------ (1) Japan-Philippines RAA
    "2024-07-08-japan-philippines-reciprocal-access.txt": {
        "title": "Japan and Philippines sign troop access pact as China warns against blocs",
        "published": "2024-07-08",
        "entities": [
            ent(JP, "GPE", "Tokyo"),
            ent(PH, "GPE", "Manila"),
            ent("Yoko Kamikawa", "PERSON", "Kamikawa"),
            ent("Minoru Kihara", "PERSON", "Kihara"),
            ent("Gilberto Teodoro", "PERSON", "Teodoro"),
            ent("Ferdinand Marcos Jr.", "PERSON", "Ferdinand Marcos Jr"),
            ent("Reciprocal Access Agreement", "LAW"),
            ent("France", "GPE"),
            ent("China", "GPE", "Beijing"),
            ent("Lin Jian", "PERSON"),
            ent("Asia-Pacific", "LOC"),
            ent("South China Sea", "LOC"),
            ent("Second Thomas Shoal", "LOC"),
            ent("MaryKay Carlson", "PERSON"),
            ent(US, "GPE", "US"),
            ent("Indo-Pacific", "LOC"),
            ent("Balikatan", "EVENT"),
            ent("Pulse Asia", "ORG"),
            ent("Japanese", "NORP"),
            ent("Filipino", "NORP", "Filipinos", "Philippine"),
            ent("Chinese", "NORP"),
        ],
        "events": [
            # Japan and the Philippines signed a defence pact on Monday (para 2 names the
            # signatories of the same act: one event, coded as the lead codes it)
            ev("AGREE", "treaty", [JP, PH], [PH, JP], date="2024-07-08", location="Manila"),
            # the talks between Tokyo and Manila on the pact began last November
            ev("CONSULT", "negotiate", [JP, PH], [PH, JP], date="2023-11"),
            # Teodoro said Manila was negotiating a similar agreement with France
            ev(
                "CONSULT",
                "negotiate",
                [PH, "France"],
                ["France", PH],
                "reported",
                "Gilberto Teodoro",
            ),
            # Lin Jian ... accused the two countries of stirring up confrontation
            ev("ACCUSE", "disapprove", ["Lin Jian"], [JP, PH], date="2024-07-08"),
            # Chinese coast guard personnel boarded ... and seized several rifles, per the military
            ev(
                "COERCE",
                "seize",
                ["China"],
                [PH],
                "reported",
                "Philippine military",
                "2024-06",
                "Second Thomas Shoal",
            ),
            # Beijing denied that its personnel had used force (accuser: the Philippines)
            ev("REJECT", "deny", ["China"], [PH], "denied"),
            # ... and blamed Manila for the confrontation
            ev("ACCUSE", "blame", ["China"], [PH]),
            # Japan has financed 12 patrol vessels for the Philippine coast guard
            ev("AID", "military", [JP], [PH], "reported", "Japanese embassy"),
            # ... and agreed in May to fund five more (the promise ...)
            ev("AGREE", "assist", [JP], [PH], "reported", "Japanese embassy", "2024-05"),
            # ... and the promised act
            ev("AID", "military", [JP], [PH], "planned", "Japanese embassy"),
            # Carlson welcomed the agreement (targets its doers)
            ev("SUPPORT", "diplomatic", ["MaryKay Carlson"], [JP, PH]),
            # analysts say the pact could allow Japanese troops to join the Balikatan exercises
            ev("COOPERATE", "military", [JP], [PH, US], "speculated", "analysts", "2025"),
            # Kihara is expected to return to Manila later this year ..., officials said
            ev("CONSULT", "visit", ["Minoru Kihara"], [PH], "planned", "officials", "2024"),
        ],
        "claims": [
            cl(
                12,
                "vessels",
                "patrol vessels Japan financed for the Philippine coast guard",
                "reported",
                "Japanese embassy",
            ),
            cl(
                5,
                "vessels",
                "further patrol vessels Japan agreed in May to fund",
                "planned",
                "Japanese embassy",
            ),
            cl(
                60000000000,
                "JPY",
                "Japanese loan for five more patrol vessels",
                "planned",
                "Japanese embassy",
                approximate=True,
            ),
            cl(
                380000000,
                "USD",
                "Japanese loan for five more patrol vessels (dollar value)",
                "planned",
                "Japanese embassy",
                approximate=True,
            ),
            cl(0.72, "share", "Filipinos who trusted Japan", "reported", "Pulse Asia"),
            cl(0.09, "share", "Filipinos who trusted China", "reported", "Pulse Asia"),
        ],
    },
    # ------------------------------------------------------------------ (2) downed airliner
    "2024-12-29-azerbaijan-russia-airliner-apology.txt": {
        "title": "Aliyev says Russia must admit guilt over downed airliner despite Putin apology",
        "published": "2024-12-29",
        "entities": [
            ent("Azerbaijan", "GPE", "Baku"),
            ent("Russia", "GPE", "Moscow"),
            ent("Ilham Aliyev", "PERSON", "Aliyev"),
            ent("Azerbaijan Airlines", "ORG"),
            ent("Vladimir Putin", "PERSON", "Putin"),
            ent("Embraer 190", "PRODUCT", "Embraer"),
            ent("Grozny", "GPE"),
            ent("Chechnya", "GPE"),
            ent("Caspian Sea", "LOC"),
            ent("Aktau", "GPE"),
            ent("Kremlin", "ORG"),
            ent("Ukraine", "GPE"),
            ent("Dmitry Peskov", "PERSON", "Peskov"),
            ent("Kazakhstan", "GPE"),
            ent(EU, "ORG"),
            ent("Volodymyr Zelensky", "PERSON"),
            ent("International Civil Aviation Organization", "ORG"),
            ent("Azerbaijani", "NORP"),
            ent("Russian", "NORP"),
            ent("Kazakh", "NORP"),
            ent("Ukrainian", "NORP"),
        ],
        "events": [
            # Aliyev said on Sunday that Russia must admit its guilt
            ev("REQUEST", "admit", ["Ilham Aliyev"], ["Russia"], date="2024-12-29"),
            # a day after Putin apologised (lead, as fact; para 4 names Aliyev as the addressee:
            # one apology)
            ev("CONCEDE", "apologise", ["Vladimir Putin"], ["Ilham Aliyev"], date="2024-12-28"),
            # the Kremlin said Putin had apologised to Aliyev in a phone call on Saturday
            ev(
                "CONSULT",
                "phone",
                ["Vladimir Putin", "Ilham Aliyev"],
                ["Ilham Aliyev", "Vladimir Putin"],
                "reported",
                "Kremlin",
                "2024-12-28",
            ),
            # Aliyev told state television the plane had been hit by Russian air-defence fire
            ev(
                "ASSAULT",
                "shoot down",
                ["Russia"],
                ["Azerbaijan", "Azerbaijan Airlines"],
                "reported",
                "Ilham Aliyev",
                "2024-12-25",
                "Grozny",
            ),
            # ... which is Aliyev's blame of Russia
            ev("ACCUSE", "allege", ["Ilham Aliyev"], ["Russia"]),
            # He accused Moscow of spreading "absurd versions" of what happened
            ev("ACCUSE", "disinformation", ["Ilham Aliyev"], ["Russia"]),
            # the Kremlin said Ukraine had been attacking Grozny with drones at the time
            ev(
                "ASSAULT",
                "drone",
                ["Ukraine"],
                ["Russia"],
                "reported",
                "Kremlin",
                "2024-12-25",
                "Grozny",
            ),
            # Peskov had on Thursday dismissed claims by Azerbaijani officials (accuser)
            ev("REJECT", "deny", ["Dmitry Peskov"], ["Azerbaijan"], "denied", date="2024-12-26"),
            # Aliyev said Azerbaijan expected Russia to punish those responsible and pay
            ev("REQUEST", "compensation", ["Ilham Aliyev"], ["Russia"]),
            # Kazakhstan has agreed to share flight-recorder data, Kazakh officials said
            ev("AGREE", "share", ["Kazakhstan"], ["Azerbaijan"], "reported", "Kazakh officials"),
            # ... and the promised act
            ev(
                "COOPERATE",
                "intelligence",
                ["Kazakhstan"],
                ["Azerbaijan"],
                "planned",
                "Kazakh officials",
            ),
            # The EU urged Russia to cooperate fully with the inquiry
            ev("REQUEST", "cooperate", [EU], ["Russia"]),
            # Zelensky accused Moscow of lying about the crash
            ev("ACCUSE", "disapprove", ["Volodymyr Zelensky"], ["Russia"]),
            # Azerbaijan's prosecutor general is due to travel to Moscow next month
            ev(
                "CONSULT",
                "visit",
                ["Azerbaijan"],
                ["Russia"],
                "planned",
                "officials in Baku",
                "2025-01",
                "Moscow",
            ),
            # analysts say Azerbaijan could take its complaint to ICAO (a complaint is ACCUSE)
            ev("ACCUSE", "complaint", ["Azerbaijan"], ["Russia"], "speculated", "analysts"),
        ],
        "claims": [
            cl(38, "people", "people killed in the crash"),
            cl(67, "people", "people on board the Azerbaijan Airlines jet"),
            cl(4800000000, "USD", "Russia-Azerbaijan trade last year", approximate=True),
            cl(
                2000000, "people", "people of Azerbaijani origin living in Russia", approximate=True
            ),
        ],
    },
    # ------------------------------------------------------------------ (3) Essequibo at the ICJ
    "2025-05-02-venezuela-guyana-essequibo-icj.txt": {
        "title": (
            "World Court orders Venezuela not to elect a governor for Essequibo; "
            "Caracas rejects ruling"
        ),
        "published": "2025-05-02",
        "entities": [
            ent(ICJ, "ORG", "World Court"),
            ent("Venezuela", "GPE", "Caracas"),
            ent("Guyana", "GPE", "Georgetown"),
            ent("Essequibo", "GPE", "Guayana Esequiba"),
            ent("Nicolas Maduro", "PERSON"),
            ent("Irfaan Ali", "PERSON"),
            ent("Yvan Gil", "PERSON", "Gil"),
            ent("ExxonMobil", "ORG"),
            ent("Marco Rubio", "PERSON"),
            ent(US, "GPE", "US"),
            ent("Caribbean Community", "ORG", "CARICOM"),
            ent("Brazil", "GPE"),
            ent("International Monetary Fund", "ORG"),
            ent("Guyanese", "NORP"),
            ent("Venezuelan", "NORP"),
        ],
        "events": [
            # the ICJ ordered Venezuela on Thursday not to hold elections for a governor
            ev("REQUEST", "order", [ICJ], ["Venezuela"], date="2025-05-01"),
            # ... a ruling the government of President Maduro quickly rejected
            ev("REJECT", "reject", ["Venezuela"], [ICJ], date="2025-05-01"),
            # Guyana asked the court in March to stop the vote
            ev("REQUEST", "order", ["Guyana"], [ICJ], date="2025-03"),
            # Irfaan Ali welcomed the order
            ev("SUPPORT", "diplomatic", ["Irfaan Ali"], [ICJ]),
            # Yvan Gil said the court had no jurisdiction over the dispute
            ev("REJECT", "reject", ["Yvan Gil"], [ICJ]),
            # He accused Guyana of acting as a "proxy" for ExxonMobil
            ev("ACCUSE", "disapprove", ["Yvan Gil"], ["Guyana"]),
            # a Venezuelan navy patrol boat sailed close to an oil vessel, per Guyana's government
            ev(
                "MOBILIZE",
                "show of force",
                ["Venezuela"],
                ["Guyana"],
                "reported",
                "Guyana's government",
                "2025-03",
            ),
            # ... which called the move a threat to its sovereignty
            ev("ACCUSE", "disapprove", ["Guyana"], ["Venezuela"], date="2025-03"),
            # Caracas denied that its vessel had entered Guyanese waters
            ev("REJECT", "deny", ["Venezuela"], ["Guyana"], "denied"),
            # Rubio, who visited Georgetown in March (writer's scene-setting clause)
            ev(
                "CONSULT",
                "visit",
                ["Marco Rubio"],
                ["Guyana"],
                date="2025-03",
                location="Georgetown",
            ),
            # ... has warned that Venezuela would face "consequences" if it attacked Guyana
            ev("THREATEN", "warn", ["Marco Rubio"], ["Venezuela"]),
            # CARICOM said any vote in the territory would have "no legal effect"
            ev("ACCUSE", "illegal", ["Caribbean Community"], ["Venezuela"]),
            # The bloc called on Caracas to respect the court's order
            ev("REQUEST", "comply", ["Caribbean Community"], ["Venezuela"]),
            # Brazil urged them to settle the dispute through dialogue
            ev("REQUEST", "negotiate", ["Brazil"], ["Venezuela", "Guyana"]),
            # analysts say Caracas may step up military activity near the border
            ev("MOBILIZE", "military", ["Venezuela"], ["Guyana"], "speculated", "analysts"),
        ],
        "claims": [
            cl(160000, "square kilometres", "area of the Essequibo region"),
            cl(0.667, "share", "Essequibo's share of Guyana's territory", approximate=True),
            cl(
                600000,
                "barrels",
                "oil pumped a day by the ExxonMobil-led consortium",
                approximate=True,
            ),
            cl(800000, "people", "population of Guyana", approximate=True),
            cl(
                0.43,
                "share",
                "growth of Guyana's economy last year",
                "reported",
                "International Monetary Fund",
            ),
        ],
    },
    # ------------------------------------------------------------------ (4) Mozambique protests
    "2024-11-08-mozambique-election-protests-border.txt": {
        "title": "Mozambique police fire tear gas at Maputo march as South Africa shuts border post",
        "published": "2024-11-08",
        "entities": [
            ent("Mozambique", "GPE"),
            ent("Maputo", "GPE"),
            ent("Venancio Mondlane", "PERSON", "Mondlane"),
            ent("Daniel Chapo", "PERSON", "Chapo"),
            ent("Frelimo", "ORG"),
            ent("Elvino Dias", "PERSON"),
            ent("Paulo Guambe", "PERSON"),
            ent("Plataforma Decide", "ORG"),
            ent("South Africa", "GPE"),
            ent("Lebombo", "FAC"),
            ent("South African Revenue Service", "ORG"),
            ent("Bernardino Rafael", "PERSON"),
            ent("Southern African Development Community", "ORG"),
            ent("Harare", "GPE"),
            ent(EU, "ORG"),
            ent("Portugal", "GPE"),
            ent("Mozambican", "NORP"),
            ent("South African", "NORP"),
        ],
        "events": [
            # Police fired tear gas on Thursday to disperse ... people, witnesses said
            ev(
                "COERCE",
                "tear gas",
                ["Mozambique"],
                [],
                "reported",
                "witnesses",
                "2024-11-07",
                "Maputo",
            ),
            # ... thousands of people who marched through the capital (unnamed crowd)
            ev(
                "PROTEST",
                "demonstrate",
                [],
                ["Mozambique"],
                "reported",
                "witnesses",
                "2024-11-07",
                "Maputo",
            ),
            # Mondlane says the vote was rigged in favour of Chapo of the ruling Frelimo party
            ev("ACCUSE", "fraud", ["Venancio Mondlane"], ["Frelimo", "Daniel Chapo"]),
            # his lawyer and a party official were shot dead in Maputo last month (no agent)
            ev(
                "ASSAULT",
                "killing",
                [],
                ["Elvino Dias", "Paulo Guambe"],
                date="2024-10",
                location="Maputo",
            ),
            # he has called for a nationwide strike (a call on unnamed people) ...
            ev("REQUEST", "strike", ["Venancio Mondlane"], []),
            # ... and the strike he has called, from next Wednesday
            ev(
                "PROTEST",
                "strike",
                ["Venancio Mondlane"],
                ["Mozambique"],
                "planned",
                date="2024-11-13",
            ),
            # since the protests began on October 21 (writer's scene-setting clause)
            ev("PROTEST", "demonstrate", [], ["Mozambique"], date="2024-10-21"),
            # South Africa closed the Lebombo border post on Thursday, SARS said
            ev(
                "COERCE",
                "restrict movement",
                ["South Africa"],
                ["Mozambique"],
                "reported",
                "South African Revenue Service",
                "2024-11-07",
                "Lebombo",
            ),
            # ... after protesters set vehicles alight on the Mozambican side (writer's clause)
            ev("PROTEST", "riot", [], ["Mozambique"], date="2024-11-07", location="Lebombo"),
            # Rafael accused the protesters of trying to overthrow the government
            ev("ACCUSE", "disapprove", ["Bernardino Rafael"], []),
            # ... and said officers would use "all means" to restore order
            ev("THREATEN", "repression", ["Bernardino Rafael"], [], "planned"),
            # SADC will hold an extraordinary summit in Harare on November 20
            ev(
                "CONSULT",
                "multilateral",
                ["Southern African Development Community"],
                ["Mozambique"],
                "planned",
                date="2024-11-20",
                location="Harare",
            ),
            # EU observers said last month they had seen "irregularities during counting"
            ev("ACCUSE", "irregularities", [EU], ["Mozambique"], date="2024-10"),
            # ... and urged the authorities to review the results
            ev("REQUEST", "review", [EU], ["Mozambique"], date="2024-10"),
            # analysts say the government may declare a state of emergency
            ev("COERCE", "state of emergency", ["Mozambique"], [], "speculated", "analysts"),
        ],
        "claims": [
            cl(
                3,
                "people",
                "people killed in Thursday's unrest",
                "reported",
                "hospital officials",
                approximate=True,
            ),
            cl(
                30,
                "people",
                "people who have died since the protests began",
                "reported",
                "Plataforma Decide",
                approximate=True,
            ),
            cl(
                10000000,
                "ZAR",
                "daily cost of the border closure to South African exporters",
                "estimated",
                "business groups",
                upper=15000000,
            ),
            cl(0.71, "share", "Chapo's share of the vote", "reported", "electoral commission"),
            cl(0.2, "share", "Mondlane's share of the vote", "reported", "electoral commission"),
        ],
    },
    # ------------------------------------------------------------------ (5) Kosovo border shooting
    "2025-06-17-kosovo-serbia-border-shooting-kfor.txt": {
        "title": "Kosovo police officer wounded in border shooting, Pristina blames Belgrade",
        "published": "2025-06-17",
        "entities": [
            ent("Kosovo", "GPE", "Pristina"),
            ent("Serbia", "GPE", "Belgrade"),
            ent("Jarinje", "FAC"),
            ent("Xhelal Svecla", "PERSON", "Svecla"),
            ent("Zubin Potok", "GPE"),
            ent("Aleksandar Vucic", "PERSON", "Vucic"),
            ent("NATO", "ORG"),
            ent("Mark Rutte", "PERSON"),
            ent("KFOR", "ORG"),
            ent(EU, "ORG", "EU"),
            ent("Kaja Kallas", "PERSON"),
            ent("Serbian", "NORP", "Serb", "Serbs"),
        ],
        "events": [
            # gunmen opened fire on a patrol near Jarinje, the interior minister said
            ev(
                "ASSAULT",
                "shooting",
                [],
                ["Kosovo"],
                "reported",
                "Xhelal Svecla",
                "2025-06-16",
                "Jarinje",
            ),
            # Svecla accused Belgrade of sheltering "criminal groups"
            ev("ACCUSE", "allege", ["Xhelal Svecla"], ["Serbia"]),
            # Kosovo police said they had detained two men near Zubin Potok on Tuesday morning
            ev(
                "COERCE",
                "arrest",
                ["Kosovo"],
                [],
                "reported",
                "Kosovo police",
                "2025-06-17",
                "Zubin Potok",
            ),
            # ... and seized an automatic rifle
            ev(
                "COERCE",
                "seize",
                ["Kosovo"],
                [],
                "reported",
                "Kosovo police",
                "2025-06-17",
                "Zubin Potok",
            ),
            # Vucic rejected the accusation as "a lie" (accuser: Svecla, for Kosovo)
            ev("REJECT", "deny", ["Aleksandar Vucic"], ["Xhelal Svecla", "Kosovo"], "denied"),
            # ... and said Pristina was exploiting the incident
            ev("ACCUSE", "disapprove", ["Aleksandar Vucic"], ["Kosovo"]),
            # He said he would raise the matter with Rutte on Wednesday (own plan)
            ev(
                "CONSULT",
                "meet",
                ["Aleksandar Vucic"],
                ["Mark Rutte"],
                "planned",
                date="2025-06-18",
            ),
            # KFOR said it had stepped up patrols along the boundary line
            ev("MOBILIZE", "patrol", ["KFOR"], [], "reported", "KFOR"),
            # ... and was in contact with both sides
            ev("CONSULT", "contact", ["KFOR"], ["Kosovo", "Serbia"], "reported", "KFOR"),
            # Kallas condemned the attack (its doers are unnamed)
            ev("ACCUSE", "disapprove", ["Kaja Kallas"], []),
            # ... and urged Belgrade and Pristina to show restraint and return to the dialogue
            ev("REQUEST", "restraint", ["Kaja Kallas"], ["Serbia", "Kosovo"]),
            # Serbia's defence ministry said army units had been placed on heightened alert
            ev(
                "MOBILIZE", "alert", ["Serbia"], ["Kosovo"], "reported", "Serbia's defence ministry"
            ),
            # analysts say Pristina may deploy more special police units along the boundary
            ev("MOBILIZE", "police", ["Kosovo"], ["Serbia"], "speculated", "analysts"),
            # The bloc put about EUR 150 million in funding for Kosovo on hold in 2023
            ev("SANCTION", "aid freeze", [EU], ["Kosovo"], date="2023"),
            # ... and began lifting the measures in March
            ev("CONCEDE", "ease sanctions", [EU], ["Kosovo"], date="2025-03"),
        ],
        "claims": [
            cl(2, "people", "men detained over the shooting", "reported", "Kosovo police"),
            cl(4600, "troops", "troops in the KFOR mission", approximate=True),
            cl(30, "countries", "countries contributing troops to KFOR"),
            cl(150000000, "EUR", "EU funding for Kosovo put on hold in 2023", approximate=True),
            cl(50000, "people", "ethnic Serbs living in northern Kosovo", approximate=True),
            cl(4, "municipalities", "northern Kosovo municipalities"),
        ],
    },
    # ------------------------------------------------------------------ (6) Thai-Cambodian truce
    "2025-07-29-thailand-cambodia-ceasefire-malaysia.txt": {
        "title": "Thailand accuses Cambodia of breaching truce hours after Malaysia-brokered ceasefire",
        "published": "2025-07-29",
        "entities": [
            ent("Thailand", "GPE", "Bangkok"),
            ent("Cambodia", "GPE", "Phnom Penh"),
            ent("Malaysia", "GPE"),
            ent("Winthai Suvaree", "PERSON"),
            ent(HM, "PERSON"),
            ent("Putrajaya", "GPE"),
            ent("Anwar Ibrahim", "PERSON"),
            ent(ASEAN, "ORG", "ASEAN"),
            ent(PW, "PERSON"),
            ent(US, "GPE", "US"),
            ent("China", "GPE"),
            ent("Donald Trump", "PERSON", "Trump"),
            ent(ICJ, "ORG"),
            ent("Thai", "NORP"),
            ent("Cambodian", "NORP"),
            ent("Malaysian", "NORP"),
            ent("French", "NORP"),
        ],
        "events": [
            # Thailand accused Cambodia on Tuesday of violating the ceasefire (para 2 is the
            # content of the same accusation, not a second one)
            ev("ACCUSE", "violation", ["Thailand"], ["Cambodia"], date="2025-07-29"),
            # a ceasefire that took effect at midnight (observed ceasefire: RETREAT)
            ev(
                "RETREAT",
                "ceasefire",
                ["Thailand", "Cambodia"],
                ["Cambodia", "Thailand"],
                date="2025-07-29",
            ),
            # the two countries agreed in Malaysia to halt five days of fighting
            ev(
                "AGREE",
                "ceasefire",
                ["Thailand", "Cambodia"],
                ["Cambodia", "Thailand"],
                date="2025-07-28",
                location="Malaysia",
            ),
            # five days of fighting along their disputed border (two sides: first-named acts)
            ev("ASSAULT", "clash", ["Thailand"], ["Cambodia"], date="2025-07"),
            # Winthai said Cambodian troops had fired on Thai positions overnight
            ev(
                "ASSAULT",
                "fire",
                ["Cambodia"],
                ["Thailand"],
                "reported",
                "Winthai Suvaree",
                "2025-07-29",
            ),
            # ... and that Thai forces had responded "proportionately"
            ev(
                "ASSAULT",
                "fire",
                ["Thailand"],
                ["Cambodia"],
                "reported",
                "Winthai Suvaree",
                "2025-07-29",
            ),
            # Cambodia's defence ministry denied that its forces had opened fire
            ev("REJECT", "deny", ["Cambodia"], ["Thailand"], "denied"),
            # Hun Manet said his government was "fully committed" to the truce (promise ...)
            ev("AGREE", "ceasefire", [HM], ["Thailand"]),
            # talks in Putrajaya on Monday hosted by Anwar Ibrahim
            ev(
                "CONSULT",
                "third-party",
                ["Anwar Ibrahim"],
                [HM, PW],
                date="2025-07-28",
                location="Putrajaya",
            ),
            # ... attended by Hun Manet and Phumtham Wechayachai
            ev("CONSULT", "meet", [HM, PW], [PW, HM], date="2025-07-28", location="Putrajaya"),
            # Envoys from the United States and China also took part
            ev(
                "CONSULT",
                "multilateral",
                [US, "China"],
                [HM, PW],
                date="2025-07-28",
                location="Putrajaya",
            ),
            # Trump, who had threatened to halt trade talks with both countries
            ev("THREATEN", "sanction", ["Donald Trump"], ["Thailand", "Cambodia"]),
            # ... said he had spoken to both leaders before the meeting
            ev(
                "CONSULT",
                "phone",
                ["Donald Trump"],
                [HM, PW],
                "reported",
                "Donald Trump",
                "2025-07",
            ),
            # Military commanders from the two sides are due to meet on Wednesday
            ev(
                "CONSULT",
                "meet",
                ["Thailand", "Cambodia"],
                ["Cambodia", "Thailand"],
                "planned",
                date="2025-07-30",
            ),
            # analysts say ASEAN may send observers to the border
            ev("AID", "personnel", [ASEAN], ["Thailand", "Cambodia"], "speculated", "analysts"),
            # Earlier this month Thailand recalled its ambassador from Phnom Penh
            ev("SANCTION", "recall", ["Thailand"], ["Cambodia"], date="2025-07"),
            # ... and expelled Cambodia's envoy
            ev("SANCTION", "expel", ["Thailand"], ["Cambodia"], date="2025-07"),
            # a landmine that Bangkok says Cambodian troops had recently laid
            ev(
                "ASSAULT", "landmine", ["Cambodia"], ["Thailand"], "reported", "Thailand", "2025-07"
            ),
            # ... which is Bangkok's blame of Cambodia
            ev("ACCUSE", "allege", ["Thailand"], ["Cambodia"]),
            # Cambodia has asked the ICJ to rule on four disputed areas
            ev("REQUEST", "ruling", ["Cambodia"], [ICJ]),
            # ... a move Thailand rejects (targets the doer)
            ev("REJECT", "reject", ["Thailand"], ["Cambodia"]),
        ],
        "claims": [
            cl(
                35,
                "people",
                "people killed in the Thai-Cambodian fighting",
                "reported",
                "officials in the two countries",
                approximate=True,
            ),
            cl(
                260000,
                "people",
                "people forced from their homes by the fighting",
                "reported",
                "officials in the two countries",
                approximate=True,
            ),
            cl(4, "areas", "disputed border areas Cambodia asked the ICJ to rule on"),
            cl(800, "kilometres", "length of the Thai-Cambodian border", approximate=True),
        ],
    },
}

write_gold(HERE, PAGES)

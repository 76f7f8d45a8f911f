"""Writes eval/dev15/gold/*.json for part B of set 15 (facts-only gold, hand-written from the
page text without running the extractor).

Each page: title, published, entities (name, type, aliases), events and claims in the contract's
shape; `text` and `evidence` are null (scored on facts alone). Conventions follow
docs/annotation.md and, where it is silent, the choices of eval/dev14 (README_a.md, README_b.md)
and, behind them, eval/dev13 to eval/dev4; the choices made for this half are listed in
eval/dev15/README_b.md. Part A of the set is written separately (make_gold_a.py); this script
writes only the four part-B pages.

The Jordan page holds two unrelated stories (the ban on the Muslim Brotherhood, then a short brief
on Indian fishermen arrested by Sri Lanka, dated two days earlier); `write_gold` is given it as a
list of stories and writes one article per story, each with its own entities, events and claims.
"""

import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent


sys.path.insert(0, str(HERE.parent))
from goldkit import check_and_write_stories, check_story, cl, ent, ev  # noqa: E402

# (1) Senegal's election delay, div-soup HTML
SN = "Senegal"
US = "United States"
EU = "European Union"
FR = "France"
MR = "Mauritania"
ECOWAS = "ECOWAS"
AFU = "African Union"
CC = "Constitutional Council"
NA = "National Assembly"
PDS = "Senegalese Democratic Party"
PASTEF = "Pastef"
AAR = "Aar Sunu Election"
AMNESTY = "Amnesty International"
IMF = "International Monetary Fund"
SALL = "Macky Sall"
FALL = "Déthié Fall"
K_WADE = "Karim Wade"
A_WADE = "Abdoulaye Wade"
BORRELL = "Josep Borrell"
BA = "Amadou Ba"
SONKO = "Ousmane Sonko"
FAYE = "Bassirou Diomaye Faye"
# (2) Ethiopia, Somalia and the Ankara Declaration, analysis
ET = "Ethiopia"
SO = "Somalia"
SL = "Somaliland"
TR = "Turkey"
EG = "Egypt"
ERDOGAN = "Tayyip Erdogan"
ABIY = "Abiy Ahmed"
HSM = "Hassan Sheikh Mohamud"
MUSE = "Muse Bihi Abdi"
IRRO = "Abdirahman Mohamed Abdullahi"
TRUMP = "Donald Trump"
SHABAAB = "al-Shabaab"
# (3) Duterte's arrest, press conference
PH = "Philippines"
NL = "Netherlands"
CN = "China"
ICC = "International Criminal Court"
INTERPOL = "Interpol"
SC = "Supreme Court"
HOUSE = "House of Representatives"
MARCOS = "Ferdinand Marcos Jr."
R_DUTERTE = "Rodrigo Duterte"
S_DUTERTE = "Sara Duterte"
SEB_DUTERTE = "Sebastian Duterte"
ROQUE = "Harry Roque"
KHAN = "Karim Khan"
MAO = "Mao Ning"
# (4) Jordan's ban on the Muslim Brotherhood, then Indian fishermen in Sri Lanka
JO = "Jordan"
IL = "Israel"
UAE = "United Arab Emirates"
MB = "Muslim Brotherhood"
IAF = "Islamic Action Front"
GID = "General Intelligence Department"
HAMAS = "Hamas"
UNRWA = "UNRWA"
FARAYA = "Mazen al-Faraya"
HASSAN = "Jafar Hassan"
SAQQA = "Wael al-Saqqa"
ABDULLAH = "Abdullah II"
SISI = "Abdel Fattah al-Sisi"
LK = "Sri Lanka"
IN = "India"
MODI = "Narendra Modi"
AKD = "Anura Kumara Dissanayake"
STALIN = "M.K. Stalin"
JAISHANKAR = "Subrahmanyam Jaishankar"

PAGES = {
    # ------------------------------------------------------------ (1) div-soup HTML, Senegal
    "2024-02-16-senegal-court-election-delay-sall.html": {
        "title": "Senegal's Sall says he will obey court that struck down election delay",
        "published": "2024-02-16",
        "entities": [
            ent(SN, "GPE"),
            ent(SALL, "PERSON", "Sall"),
            ent(CC, "ORG"),
            ent(NA, "ORG"),
            ent("Dakar", "GPE"),
            ent(FALL, "PERSON"),
            ent(AAR, "ORG"),
            ent(K_WADE, "PERSON"),
            ent(A_WADE, "PERSON"),
            ent(PDS, "ORG", "PDS"),
            ent("Saint-Louis", "GPE"),
            ent("Ziguinchor", "GPE"),
            ent(AMNESTY, "ORG"),
            ent(ECOWAS, "ORG"),
            ent(AFU, "ORG"),
            ent(US, "GPE"),
            ent("State Department", "ORG"),
            ent(EU, "ORG"),
            ent(BORRELL, "PERSON"),
            ent(FR, "GPE"),
            ent(BA, "PERSON"),
            ent(SONKO, "PERSON", "Sonko"),
            ent(FAYE, "PERSON"),
            ent(PASTEF, "ORG"),
            ent("Grand Tortue Ahmeyim", "FAC"),
            ent(MR, "GPE"),
            ent(IMF, "ORG"),
        ],
        "events": [
            # Senegal's President Macky Sall will "fully carry out" a ruling by the Constitutional
            # Council ..., his office said on Friday (a promise relayed by his own side: asserted;
            # a promise to abide by a ruling targets the court that gave it)
            ev("AGREE", "comply", [SALL], [CC], date="2024-02-16"),
            # the presidency said Sall would hold consultations "without delay" with the
            # candidates and party leaders (an own announced plan: planned, no source; the
            # candidates are not named: no target)
            ev("CONSULT", "consult", [SALL], [], "planned"),
            # Déthié Fall ... hailed the ruling on Friday (praise of a ruling targets the court)
            ev("SUPPORT", "praise", [FALL], [CC], date="2024-02-16"),
            # ... and urged Sall to name a date within days
            ev("REQUEST", "demand", [FALL], [SALL], date="2024-02-16"),
            # Aar Sunu Election ... said it would still march in Dakar on Saturday to press the
            # president to fix the date (a named group's planned march; its demand names Sall)
            ev("PROTEST", "march", [AAR], [SALL], "planned", date="2024-02-17", location="Dakar"),
            # Karim Wade's Senegalese Democratic Party (PDS) then accused two of the council's
            # judges of corruption (in January; the unnamed judges are the council's)
            ev("ACCUSE", "allege", [PDS], [CC], date="2024-01"),
            # ... and the National Assembly set up a commission of inquiry into them (a state
            # institution acts for its state)
            ev("ACCUSE", "investigate", [SN], [CC], date="2024-01"),
            # The judges denied any wrongdoing (target the accuser)
            ev("REJECT", "deny", [CC], [PDS], "denied"),
            # Two days later gendarmes forcibly removed opposition deputies who were trying to
            # block the session (February 5; unnamed deputies: no target)
            ev("COERCE", "remove", [SN], [], date="2024-02-05"),
            # Thousands of people marched in Dakar, Saint-Louis and Ziguinchor on February 9 (an
            # unnamed crowd against the delay: no actor, the state as target)
            ev("PROTEST", "march", [], [SN], date="2024-02-09"),
            # ... and police fired tear gas to break up the crowds
            ev("COERCE", "tear gas", [SN], [], date="2024-02-09"),
            # The interior ministry said 266 people had been detained across the country (own
            # operation told by the doer's side: reported)
            ev("COERCE", "arrest", [SN], [], "reported", SN, "2024-02"),
            # The authorities had already cut mobile internet on February 4 (PLOVER: censor;
            # falls on the whole population: no target)
            ev("COERCE", "censor", [SN], [], date="2024-02-04"),
            # Amnesty International accused the security forces of firing live ammunition at
            # protesters in Saint-Louis (the shooting is the charge's content, not an event)
            ev("ACCUSE", "allege", [AMNESTY], [SN]),
            # The interior ministry denied that police had used firearms (target the accuser)
            ev("REJECT", "deny", [SN], [AMNESTY], "denied"),
            # ECOWAS, which on February 6 had urged Senegal to restore the electoral calendar
            ev("REQUEST", "restore calendar", [ECOWAS], [SN], date="2024-02-06"),
            # ... welcomed the council's decision on Friday, as did the African Union
            ev("SUPPORT", "praise", [ECOWAS, AFU], [CC], date="2024-02-16"),
            # The United States, whose State Department had said the delay was contrary to
            # Senegal's "strong tradition of democracy" (disapproval; between the February 3
            # announcement and publication)
            ev("ACCUSE", "disapprove", [US], [SN], date="2024-02"),
            # ... called on the government to hold the vote in line with the ruling
            ev("REQUEST", "hold election", [US], [SN]),
            # Josep Borrell said he expected the authorities to set a date quickly
            ev("REQUEST", "set date", [BORRELL], [SN]),
            # The government dissolved their party, Pastef, in July (banning a party: SANCTION
            # ban, dev14b)
            ev("SANCTION", "ban", [SN], [PASTEF], date="2023-07"),
            # weeks after riots over a separate conviction of Sonko (June 2023; an unnamed crowd
            # against a conviction: the state as target)
            ev("PROTEST", "riot", [], [SN], date="2023-06"),
        ],
        "claims": [
            cl(19, "candidates", "candidates cleared to run"),
            cl(105, "deputies", "deputies who voted for the postponement"),
            cl(165, "deputies", "deputies in the National Assembly"),
            cl(3, "people", "people killed in the February protests"),
            cl(266, "people", "people detained in the protests", "reported", SN),
            cl(18e6, "people", "population of Senegal", approximate=True),
            cl(0.58, "share", "Sall's share of the vote in 2019"),
            cl(16, "people", "people who died in the June 2023 riots", "reported", SN,
               approximate=True),
            cl(0.083, "share", "economic growth the IMF expects in 2024", "estimated", IMF),
        ],
    },
    # ------------------------------------------------------------ (2) analysis, Horn of Africa
    "2024-12-14-ethiopia-somalia-ankara-declaration-analysis.txt": {
        "title": "Can an Ankara handshake end the Horn of Africa's fight over the sea?",
        "published": "2024-12-14",
        "entities": [
            ent(ET, "GPE", "Addis Ababa"),
            ent(SO, "GPE", "Mogadishu"),
            ent(TR, "GPE", "Ankara"),
            ent(ERDOGAN, "PERSON"),
            ent(ABIY, "PERSON", "Abiy"),
            ent(HSM, "PERSON", "Hassan Sheikh"),
            ent("Ankara Declaration", "LAW"),
            ent(SL, "GPE", "Hargeisa"),
            ent(MUSE, "PERSON"),
            ent("Garowe", "GPE"),
            ent("Puntland", "GPE"),
            ent(EG, "GPE", "Cairo"),
            ent("Grand Ethiopian Renaissance Dam", "FAC"),
            ent("Blue Nile", "LOC"),
            ent(AFU, "ORG", "AU"),
            ent(SHABAAB, "ORG"),
            ent("Indian Ocean", "LOC"),
            ent(IRRO, "PERSON", "Irro"),
            ent(US, "GPE", "Washington"),
            ent(TRUMP, "PERSON"),
            ent("Sudan", "GPE"),
            ent("Djibouti", "GPE"),
        ],
        "events": [
            # Tayyip Erdogan hosted Abiy Ahmed and Hassan Sheikh Mohamud for hours of talks (on
            # Wednesday night in Ankara; a host's CONSULT targets the parties)
            ev("CONSULT", "mediate", [ERDOGAN], [ABIY, HSM], date="2024-12-11", location="Ankara"),
            # ... first separately and then together (the two leaders' own meeting)
            ev("CONSULT", "meet", [ABIY, HSM], [HSM, ABIY], date="2024-12-11", location="Ankara"),
            # In it the two leaders agreed to respect each other's sovereignty (the declaration;
            # the lead's handshake and "their leaders shook hands" belong to the meeting)
            ev("AGREE", "declaration", [ABIY, HSM], [HSM, ABIY], date="2024-12-11",
               location="Ankara"),
            # ... and to open technical talks before the end of February (the agreed round:
            # planned, between the two states, dev13b)
            ev("CONSULT", "talks", [ET, SO], [SO, ET], "planned", date="2025-02"),
            # On January 1, Abiy signed a memorandum of understanding in Addis Ababa with Muse
            # Bihi Abdi
            ev("AGREE", "memorandum", [ABIY, MUSE], [MUSE, ABIY], date="2024-01-01",
               location="Addis Ababa"),
            # It recalled its ambassador from Addis Ababa the next day
            ev("SANCTION", "recall", [SO], [ET], date="2024-01-02"),
            # within a week Hassan Sheikh signed a law declaring the memorandum "null and void"
            # (rejecting a deal one is not party to: REJECT, its signatories as targets)
            ev("REJECT", "reject", [HSM], [ABIY, MUSE], date="2024-01"),
            # ... accusing Ethiopia of violating Somalia's sovereignty
            ev("ACCUSE", "allege", [HSM], [ET], date="2024-01"),
            # Ethiopia insisted it had broken no law (target the accuser)
            ev("REJECT", "deny", [ET], [HSM], "denied"),
            # In April Somalia expelled Ethiopia's ambassador
            ev("SANCTION", "expel", [SO], [ET], date="2024-04"),
            # ... and ordered the closure of the Ethiopian consulates in Hargeisa ... and in Garowe
            ev("SANCTION", "close consulates", [SO], [ET], date="2024-04"),
            # Egypt ... signed a defence pact with Somalia in August
            ev("AGREE", "defence", [EG, SO], [SO, EG], date="2024-08"),
            # days later two Egyptian military cargo planes landed in Mogadishu with weapons and
            # ammunition
            ev("AID", "military", [EG], [SO], date="2024-08", location="Mogadishu"),
            # Cairo has also offered to send up to 5,000 troops to Somalia (an offer: AGREE and
            # the planned act)
            ev("AGREE", "offer", [EG], [SO]),
            ev("AID", "military", [EG], [SO], "planned"),
            # Ethiopia's foreign ministry accused Egypt in September of trying to destabilise the
            # region
            ev("ACCUSE", "allege", [ET], [EG], date="2024-09"),
            # Somalia ... has said Ethiopian soldiers will have no place in the new force unless
            # Addis Ababa tears up the memorandum (a warning with its condition)
            ev("THREATEN", "exclude", [SO], [ET]),
            # Turkey, which signed a ten-year defence and maritime agreement with Somalia in
            # February
            ev("AGREE", "defence", [TR, SO], [SO, TR], date="2024-02"),
            # ... tried to broker a settlement over the summer, hosting indirect talks between the
            # two foreign ministers in Ankara (the unnamed ministers: their states)
            ev("CONSULT", "mediate", [TR], [ET, SO], date="2024", location="Ankara"),
            # Analysts expect Addis Ababa to press in February for a long-term lease of a port
            ev("REQUEST", "port lease", [ET], [SO], "speculated", "analysts", "2025-02"),
            # A Somali official said the government could drop its objection to Ethiopian troops
            # serving in the new AU force if the talks go well (easing a restriction)
            ev("CONCEDE", "allow troops", [SO], [ET], "speculated", "a Somali official"),
            # Irro ... urged Ethiopia to honour the memorandum
            ev("REQUEST", "honour agreement", [IRRO], [ET]),
            # Some analysts say Hargeisa could now turn to Washington ... to ask for recognition
            ev("REQUEST", "recognition", [SL], [US], "speculated", "analysts"),
            # The African Union and the United States praised Turkey's mediation on Thursday
            ev("SUPPORT", "praise", [AFU, US], [TR], date="2024-12-12"),
        ],
        "claims": [
            cl(20, "kilometres", "coastline Ethiopia would lease from Somaliland"),
            cl(2, "planes", "Egyptian military cargo planes that landed in Mogadishu"),
            cl(5000, "troops", "troops Egypt offered to send to Somalia", "planned"),
            cl(11000, "troops", "size of the new African Union force", "planned",
               approximate=True),
            cl(3000, "troops", "Ethiopian troops in the current AU mission", approximate=True),
            cl(0.64, "share", "Irro's share of the vote in November"),
            cl(120e6, "people", "population of Ethiopia", approximate=True),
            cl(0.9, "share", "share of Ethiopia's trade that goes through Djibouti",
               approximate=True),
            cl(1.5e9, "USD", "port fees Ethiopia pays a year", approximate=True),
        ],
    },
    # ------------------------------------------------------- (3) press conference, Philippines
    "2025-03-12-marcos-duterte-arrest-icc-press-conference.txt": {
        "title": "'Not persecution, not revenge': Marcos defends Duterte arrest as ex-leader "
        "lands in the Netherlands",
        "published": "2025-03-12",
        "entities": [
            ent(PH, "GPE", "Manila"),
            ent(MARCOS, "PERSON", "Marcos"),
            ent(S_DUTERTE, "PERSON"),
            ent(R_DUTERTE, "PERSON", "Duterte"),
            ent(INTERPOL, "ORG"),
            ent("Malacanang Palace", "FAC"),
            ent("The Hague", "GPE"),
            ent(ICC, "ORG", "ICC"),
            ent("Hong Kong", "GPE"),
            ent("Filipinos", "NORP", "Filipino"),
            ent("Villamor Air Base", "FAC"),
            ent("Rotterdam", "GPE"),
            ent("Davao City", "GPE"),
            ent(SC, "ORG"),
            ent(SEB_DUTERTE, "PERSON"),
            ent("Rome Statute", "LAW"),
            ent(NL, "GPE"),
            ent(ROQUE, "PERSON"),
            ent(HOUSE, "ORG"),
            ent(KHAN, "PERSON"),
            ent(CN, "GPE", "Beijing"),
            ent(MAO, "PERSON"),
        ],
        "events": [
            # Marcos on Tuesday night rejected Vice-President Sara Duterte's charge that the arrest
            # ... was political revenge (target the accuser; "This is not persecution" belongs)
            ev("REJECT", "deny", [MARCOS], [S_DUTERTE], "denied", date="2025-03-11"),
            # He said Interpol had asked Manila on Tuesday morning to serve the warrant (the other
            # side's act in his account: reported)
            ev("REQUEST", "serve warrant", [INTERPOL], [PH], "reported", MARCOS, "2025-03-11"),
            # Police arrested Duterte at Manila's international airport (on Tuesday morning; "police
            # had acted on that request" and the 12 hours at Villamor Air Base belong to it)
            ev("COERCE", "arrest", [PH], [R_DUTERTE], date="2025-03-11", location="Manila"),
            # After it landed at Rotterdam on Wednesday afternoon, Philippine officials handed him
            # over to the court (a surrender to a court: judicial cooperation)
            ev("COOPERATE", "judicial", [PH], [ICC], date="2025-03-12", location="Rotterdam"),
            # ICC judges issued the warrant on March 7, accusing Duterte of the crime against
            # humanity of murder (an international court's warrant, dev11a)
            ev("ACCUSE", "allege", [ICC], [R_DUTERTE], date="2025-03-07"),
            # Marcos promised that the government would respect whatever the Supreme Court decides
            # (at the Tuesday night news conference; the reported clause's subject is the
            # government, so the state acts, dev13a)
            ev("AGREE", "comply", [PH], [SC], date="2025-03-11"),
            # Sebastian Duterte ... asked the court on Tuesday to order his father's return
            ev("REQUEST", "order return", [SEB_DUTERTE], [SC], date="2025-03-11"),
            # Marcos said the Philippines had no plans to rejoin the court (the reported clause's
            # subject is the state, dev13a, dev14a)
            ev("REJECT", "refuse", [PH], [ICC], date="2025-03-11"),
            # The ICC opened a preliminary examination of the drug campaign in February 2018
            ev("ACCUSE", "investigate", [ICC], [PH], date="2018-02"),
            # A month later Duterte pulled the Philippines out of the Rome Statute ("which it left
            # under his predecessor" tells it again)
            ev("REJECT", "agreement", [R_DUTERTE], [ICC], date="2018-03"),
            # Judges authorised a full investigation in September 2021
            ev("ACCUSE", "investigate", [ICC], [PH], date="2021-09"),
            # Police say 6,252 drug suspects were killed in anti-drug operations from mid-2016 to
            # 2022 (own operations told by the doer's side: reported; unnamed people: no target)
            ev("ASSAULT", "kill", [PH], [], "reported", PH, "2016"),
            # Sara Duterte accused the government on Tuesday of "oppression and persecution" and
            # of "surrendering a Filipino citizen to foreign powers"
            ev("ACCUSE", "allege", [S_DUTERTE], [PH], date="2025-03-11"),
            # Harry Roque ... who is seeking asylum in the Netherlands (AID includes asylum; the
            # request for it is a REQUEST)
            ev("REQUEST", "asylum", [ROQUE], [NL]),
            # ... said he would ask the court to throw out the case
            ev("REQUEST", "dismiss case", [ROQUE], [ICC], "planned"),
            # About 3,000 supporters rallied in Davao City on Tuesday night (against the arrest:
            # its doer as target)
            ev("PROTEST", "rally", [], [PH], date="2025-03-11", location="Davao City"),
            # a smaller crowd of Filipino workers gathered outside the court's detention centre in
            # The Hague on Wednesday, chanting "Bring him home"
            ev("PROTEST", "rally", [], [ICC], date="2025-03-12", location="The Hague"),
            # The House of Representatives impeached her last month on charges including misuse of
            # public funds (a state institution acts for its state)
            ev("ACCUSE", "impeach", [PH], [S_DUTERTE], date="2025-02"),
            # She has called the charges baseless (target the accuser)
            ev("REJECT", "deny", [S_DUTERTE], [PH], "denied"),
            # Karim Khan ... thanked the Philippine authorities on Wednesday
            ev("SUPPORT", "praise", [KHAN], [PH], date="2025-03-12"),
            # Mao Ning ... urged the ICC to avoid "politicisation and double standards"
            ev("REQUEST", "impartiality", [MAO], [ICC]),
        ],
        "claims": [
            cl(43, "killings", "killings cited in the ICC warrant", approximate=True),
            cl(6252, "suspects", "drug suspects killed in anti-drug operations", "reported", PH),
            cl(30000, "people", "people who died in the drug campaign", "estimated",
               "rights groups"),
            cl(3000, "supporters", "supporters who rallied in Davao City", "estimated", PH,
               approximate=True),
            cl(0.59, "share", "Marcos's share of the vote in 2022"),
            cl(215, "members", "House members who signed the impeachment complaint"),
            cl(306, "members", "members of the House of Representatives"),
            cl(125, "states", "ICC member states"),
            cl(200000, "Filipinos", "Filipinos working in Hong Kong", approximate=True),
        ],
    },
}

# ------------------------------------------------------------- (4) two stories on one page
JO_PAGE = "2025-04-24-jordan-bans-muslim-brotherhood.txt"
MULTI = {
    JO_PAGE: [
        {
            "title": "Jordan outlaws the Muslim Brotherhood a week after foiling an alleged "
            "rocket plot",
            "published": "2025-04-24",
            "entities": [
                ent(JO, "GPE"),
                ent(MB, "ORG", "Brotherhood"),
                ent(FARAYA, "PERSON", "Faraya"),
                ent("Amman", "GPE"),
                ent(GID, "ORG"),
                ent("Lebanon", "GPE"),
                ent("Court of Cassation", "ORG"),
                ent(IAF, "ORG", "IAF"),
                ent(HASSAN, "PERSON"),
                ent(SAQQA, "PERSON"),
                ent("Gaza", "GPE"),
                ent(IL, "GPE"),
                ent(ABDULLAH, "PERSON", "King Abdullah II"),
                ent(SISI, "PERSON"),
                ent(EG, "GPE"),
                ent(UAE, "GPE"),
                ent(HAMAS, "ORG"),
                ent("State Department", "ORG"),
                ent(US, "GPE", "Washington"),
                ent("Palestinians", "NORP", "Palestinian"),
                ent(UNRWA, "ORG"),
            ],
            "events": [
                # Jordan has banned all activities of the Muslim Brotherhood, Interior Minister
                # Mazen al-Faraya announced on Wednesday (a formal measure told by its own side:
                # asserted; the closed offices and the assets passed to a state committee are the
                # ban's own measures)
                ev("SANCTION", "ban", [JO], [MB], date="2025-04-23"),
                # He accused members of the group of trying overnight to destroy documents
                ev("ACCUSE", "allege", [FARAYA], [MB], date="2025-04-23"),
                # The General Intelligence Department said on April 15 that it had arrested 16 men
                # (own operation told by the doer's side: reported; counted, unnamed people: no
                # target; the charge and the aired confessions belong to it)
                ev("COERCE", "arrest", [JO], [], "reported", JO, "2025-04"),
                # The Brotherhood denied any role at the time (target the accuser)
                ev("REJECT", "deny", [MB], [JO], "denied", date="2025-04"),
                # Jafar Hassan warned on Wednesday that the party would face "the full force of the
                # law" if any of its members were found to be involved
                ev("THREATEN", "legal action", [HASSAN], [IAF], date="2025-04-23"),
                # Wael al-Saqqa said the party ... would abide by the law (a promise: AGREE; a
                # party's act told by its leader stays the party's, dev13b)
                ev("AGREE", "comply", [IAF], [JO]),
                # Several hundred people gathered outside the party's headquarters in Amman on
                # Wednesday evening to denounce the ban
                ev("PROTEST", "demonstrate", [], [JO], date="2025-04-23", location="Amman"),
                # Police dispersed the crowd
                ev("COERCE", "disperse", [JO], [], date="2025-04-23", location="Amman"),
                # ... and detained at least 12 people
                ev("COERCE", "arrest", [JO], [], date="2025-04-23", location="Amman"),
                # In March last year, when thousands gathered for days near the Israeli embassy
                # demanding that Jordan scrap its 1994 peace treaty with Israel
                ev("PROTEST", "demonstrate", [], [JO], date="2024-03", location="Amman"),
                # ... police arrested dozens of them
                ev("COERCE", "arrest", [JO], [], date="2024-03", location="Amman"),
                # its 1994 peace treaty with Israel (background act)
                ev("AGREE", "peace treaty", [JO, IL], [IL, JO], date="1994"),
                # King Abdullah II discussed the plot with ... al-Sisi in a phone call on Wednesday,
                # the royal court said (own contact told by one side: reported)
                ev("CONSULT", "phone", [ABDULLAH, SISI], [SISI, ABDULLAH], "reported", JO,
                   "2025-04-23"),
                # Egypt ... said it stood by Jordan in any step to protect its security
                ev("SUPPORT", "diplomatic", [EG], [JO]),
                # Egypt, which outlawed the Brotherhood in 2013 (background act)
                ev("SANCTION", "ban", [EG], [MB], date="2013"),
                # the United Arab Emirates welcomed the decision
                ev("SUPPORT", "praise", [UAE], [JO]),
                # Hamas ... hoped the kingdom would reverse the ban
                ev("REQUEST", "reverse ban", [HAMAS], [JO]),
                # A State Department spokesperson said Washington supported Jordan's right to
                # defend itself (the department speaks for its state)
                ev("SUPPORT", "diplomatic", [US], [JO]),
            ],
            "claims": [
                cl(16, "men", "men arrested over the alleged plot", "reported", JO),
                cl(3, "kilometres", "range of the rockets the men were making", "reported", JO,
                   upper=5),
                cl(31, "seats", "seats the IAF won in September's election"),
                cl(138, "seats", "seats in parliament"),
                cl(12, "people", "people detained outside the IAF headquarters",
                   approximate=True),
                cl(1.45e9, "USD", "US aid to Jordan a year", approximate=True),
                cl(11.5e6, "people", "population of Jordan", approximate=True),
                cl(2.3e6, "refugees", "registered Palestinian refugees in Jordan", "reported",
                   UNRWA, approximate=True),
            ],
        },
        {
            "title": "Sri Lankan navy arrests 11 Indian fishermen weeks after Modi visit",
            "published": "2025-04-22",
            "entities": [
                ent(LK, "GPE", "Colombo"),
                ent(IN, "GPE"),
                ent("Delft island", "LOC"),
                ent(MODI, "PERSON", "Modi"),
                ent(AKD, "PERSON"),
                ent("Tamil Nadu", "GPE"),
                ent(STALIN, "PERSON"),
                ent(JAISHANKAR, "PERSON", "S. Jaishankar"),
            ],
            "events": [
                # Sri Lanka's navy arrested 11 Indian fishermen aboard two trawlers off Delft island
                # ... on Monday, ..., a navy spokesman said (own operation told by the doer's side:
                # reported; counted nationals: no target; the charge belongs to it)
                ev("COERCE", "arrest", [LK], [], "reported", LK, "2025-04-21", "Delft island"),
                # Narendra Modi visited Colombo (less than three weeks earlier: April)
                ev("CONSULT", "visit", [MODI], [LK], date="2025-04", location="Colombo"),
                # ... where he held talks with President Anura Kumara Dissanayake
                ev("CONSULT", "meet", [MODI, AKD], [AKD, MODI], date="2025-04", location="Colombo"),
                # ... and the two leaders signed a defence cooperation agreement
                ev("AGREE", "defence", [MODI, AKD], [AKD, MODI], date="2025-04", location="Colombo"),
                # At Modi's request, Sri Lanka freed 11 Indian fishermen after the visit (a release
                # of prisoners: RETREAT; counted nationals: no target)
                ev("RETREAT", "release", [LK], [], date="2025-04"),
                # At Modi's request (a background request, dev13b)
                ev("REQUEST", "release", [MODI], [LK], date="2025-04"),
                # M.K. Stalin wrote to ... S. Jaishankar on Tuesday, urging him to secure the men's
                # release (a domestic request, dev9b-dev14)
                ev("REQUEST", "secure release", [STALIN], [JAISHANKAR], date="2025-04-22"),
                # India's High Commission in Colombo said it had sought consular access to them
                ev("REQUEST", "consular access", [IN], [LK]),
                # The Sri Lankan navy arrested more than 500 Indian fishermen last year, according
                # to its own figures (background arrests told by the doer's side)
                ev("COERCE", "arrest", [LK], [], "reported", LK, "2024"),
            ],
            "claims": [
                cl(11, "fishermen", "Indian fishermen arrested off Delft island", "reported", LK),
                cl(2, "trawlers", "trawlers the fishermen were aboard", "reported", LK),
                cl(11, "fishermen", "Indian fishermen freed after Modi's visit"),
                cl(500, "fishermen", "Indian fishermen the navy arrested last year", "reported",
                   LK, approximate=True),
            ],
        },
    ],
}

# ------------------------------------------------------------------ checks
MONEY = {"USD"}
# unnamed sources the text gives, as written
UNNAMED = {"analysts", "a Somali official", "rights groups"}

# the article body of each story: from a start marker to an end marker (boilerplate, the dek,
# the caption, credit lines, related links and the footer lie outside)
BODY = {
    "2024-02-16-senegal-court-election-delay-sall.html": [
        ('<div class="story-body" id="story-body">', '<div class="tags">')
    ],
    "2024-12-14-ethiopia-somalia-ankara-declaration-analysis.txt": [
        ("ANKARA/NAIROBI - ", "Topics: Ethiopia")
    ],
    "2025-03-12-marcos-duterte-arrest-icc-press-conference.txt": [("MANILA - ", "RELATED\n")],
    JO_PAGE: [("AMMAN - ", "\n---\n"), ("COLOMBO - ", "\n---\n\n(c) 2025")],
}
WORDS = {True: (450, 700), False: (120, 300)}


def body_of(raw, start, end):
    """The story's body text: cut between the markers, tags dropped, entities decoded (inline
    advertisement boxes inside the HTML body are dropped first)."""
    i = raw.index(start)
    j = raw.index(end, i)
    part = re.sub(r'(?s)<div class="adbox adbox--inline">.*?</div></div>', " ", raw[i:j])
    return html.unescape(re.sub(r"<[^>]+>", " ", part))


def check(name, page, body, main=True):
    """One story, checked by goldkit.check_story; the page's main story has size bounds."""
    sizes = {"events": (15, 30), "claims": (8, 14), "entities": (15, 45)} if main else None
    check_story(
        name, page, body, money=MONEY, unnamed=UNNAMED, sizes=sizes, words=WORDS[main]
    )


assert len(PAGES) + len(MULTI) == 4
check_and_write_stories(HERE, PAGES, MULTI, BODY, body_of, check)

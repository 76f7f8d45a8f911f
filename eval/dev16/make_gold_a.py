"""Writes eval/dev16/gold/*.json for part A of set 16 (facts-only gold, hand-written from the page
text without running the extractor).

Each page: title, published, entities (name, type, aliases), events and claims in the contract's
shape; `text` and `evidence` are null (scored on facts alone). Conventions follow
docs/annotation.md; where it is silent, the choices of eval/dev15 (README_a.md, README_b.md) and,
behind them, eval/dev14 to eval/dev4. The choices made for this half are listed in
eval/dev16/README_a.md. Part B (make_gold_b.py) writes its own pages into the same gold folder;
this script writes only the four part-A pages.
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent


sys.path.insert(0, str(HERE.parent))
from goldkit import between, check_story, cl, ent, ev, page_text, write_gold  # noqa: E402

# (1) the shooting of Robert Fico, raw HTML
SK = "Slovakia"
UA = "Ukraine"
US = "United States"
EU = "European Union"
FICO = "Robert Fico"
CINTULA = "Juraj Cintula"
KALINAK = "Robert Kalinak"
SUTAJ_ESTOK = "Matus Sutaj Estok"
SCC = "Specialised Criminal Court"
PS = "Progressive Slovakia"
SIMECKA = "Michal Simecka"
CAPUTOVA = "Zuzana Caputova"
PELLEGRINI = "Peter Pellegrini"
VDL = "Ursula von der Leyen"
BIDEN = "Joe Biden"
PUTIN = "Vladimir Putin"
ZELENSKY = "Volodymyr Zelensky"
ORBAN = "Viktor Orban"
KUCIAK = "Jan Kuciak"
# (2) the Belgrade protest, live blog
RS = "Serbia"
RU = "Russia"
HR = "Croatia"
VUCIC = "Aleksandar Vucic"
SSP = "Party of Freedom and Justice"
DJILAS = "Dragan Djilas"
APG = "Archive of Public Gatherings"
DACIC = "Ivica Dacic"
BCHR = "Belgrade Centre for Human Rights"
STUDENTS = "Students in Blockade"
KOS = "Marta Kos"
ZAKHAROVA = "Maria Zakharova"
KOSTIC = "Nemanja Kostic"
VESIC = "Goran Vesic"
# (3) Guatemala's blockades, wire
GT = "Guatemala"
PORRAS = "Consuelo Porras"
AREVALO = "Bernardo Arevalo"
CANTONS = "48 Cantons of Totonicapan"
GIAMMATTEI = "Alejandro Giammattei"
CC = "Constitutional Court"
CORDOVA = "Alejandro Cordova"
SEMILLA = "Semilla"
CURRUCHICHE = "Rafael Curruchiche"
TSE = "Supreme Electoral Tribunal"
NICHOLS = "Brian Nichols"
BORRELL = "Josep Borrell"
OAS = "Organization of American States"
ALMAGRO = "Luis Almagro"
CACIF = "CACIF"
# (4) Peru's protests and the San Marcos raid, reader comments
PE = "Peru"
MX = "Mexico"
HN = "Honduras"
BOLUARTE = "Dina Boluarte"
CASTILLO = "Pedro Castillo"
RAMON = "Jeri Ramon"
REVOLLAR = "Eliana Revollar"
ROMERO = "Vicente Romero"
CONGRESS_PE = "Congress of Peru"
CGTP = "General Confederation of Workers of Peru"
TURK = "Volker Turk"
IACHR = "Inter-American Commission on Human Rights"
MORALES = "Evo Morales"
CASTRO = "Xiomara Castro"
PAREDES = "Lilia Paredes"
IEP = "Institute of Peruvian Studies"

FICO_PAGE = "2024-05-16-slovakia-fico-shooting-suspect-charged.html"
SERBIA = "2025-03-15-serbia-belgrade-mass-protest-live.txt"
GUATEMALA = "2023-10-10-guatemala-indigenous-blockades-attorney-general.txt"
PERU = "2023-01-24-peru-san-marcos-raid-boluarte-protests.txt"

PAGES = {
    # ------------------------------------------------------------- (1) raw HTML
    FICO_PAGE: {
        "title": "Slovakia charges 71-year-old over Fico shooting as presidents appeal for calm",
        "published": "2024-05-16",
        "entities": [
            ent(SK, "GPE", "Bratislava"),
            ent(FICO, "PERSON", "Fico"),
            ent("Handlova", "GPE"),
            ent("Banska Bystrica", "GPE"),
            ent(KALINAK, "PERSON", "Kalinak"),
            ent(CINTULA, "PERSON", "Cintula"),
            ent("Levice", "GPE"),
            ent(SCC, "ORG"),
            ent("Pezinok", "GPE"),
            ent(SUTAJ_ESTOK, "PERSON", "Sutaj Estok"),
            ent(PS, "ORG"),
            ent(SIMECKA, "PERSON"),
            ent("European Parliament", "ORG"),
            ent(CAPUTOVA, "PERSON", "Caputova"),
            ent(PELLEGRINI, "PERSON", "Pellegrini"),
            ent("European Commission", "ORG"),
            ent(VDL, "PERSON"),
            ent(US, "GPE", "US", "Washington"),
            ent(BIDEN, "PERSON"),
            ent(PUTIN, "PERSON"),
            ent(ZELENSKY, "PERSON"),
            ent(UA, "GPE", "Kyiv"),
            ent("Hungary", "GPE"),
            ent(ORBAN, "PERSON"),
            ent(EU, "ORG", "EU"),
            ent("Smer", "ORG"),
            ent("MiG-29", "PRODUCT"),
            ent(KUCIAK, "PERSON"),
            ent("Ivan Korcok", "PERSON"),
            ent("Slovak", "NORP"),
            ent("Russian", "NORP"),
            ent("Ukrainian", "NORP"),
        ],
        "events": [
            # Slovak prosecutors charged a 71-year-old man with premeditated attempted murder on
            # Thursday (prosecutors are the executive: the state accuses, dev8a; the man is the one
            # Slovak media name) ...
            ev("ACCUSE", "allege", [SK], [CINTULA], date="2024-05-16"),
            # ... a day after he fired five shots at Prime Minister Robert Fico outside a cultural
            # centre in ... Handlova (the attacker is named on the page: he acts)
            ev("ASSAULT", "shoot", [CINTULA], [FICO], date="2024-05-15", location="Handlova"),
            # Bodyguards wrestled the gunman to the ground and police detained him at the scene
            ev("COERCE", "detain", [SK], [CINTULA], date="2024-05-15", location="Handlova"),
            # Officers searched his house in Levice on Wednesday night, police said (own operation
            # told by its side: reported, the police are Slovakia's)
            ev("COERCE", "raid", [SK], [CINTULA], "reported", SK, "2024-05-15", "Levice"),
            # Prosecutors will ask the Specialised Criminal Court in Pezinok to remand him in
            # custody (an own announced plan: planned, no source; a domestic appeal to a court is a
            # REQUEST, dev9b-dev15; no day of its own)
            ev("REQUEST", "detain", [SK], [SCC], "planned"),
            # Sutaj Estok ... said 600 more officers had been assigned to protect politicians (an
            # increase of police protection: MOBILIZE; own measure told by its named minister:
            # reported, dev14b; no day of its own)
            ev("MOBILIZE", "police", [SK], [], "reported", SUTAJ_ESTOK),
            # Kalinak accused the liberal opposition and part of the media on Wednesday night of
            # feeding a "spiral of hatred" ..., singling out Progressive Slovakia
            ev("ACCUSE", "allege", [KALINAK], [PS], date="2024-05-15"),
            # Its leader, Michal Simecka, rejected the charge as "shameful" (a denial: targets the
            # accuser; no day of its own)
            ev("REJECT", "deny", [SIMECKA], [KALINAK], "denied"),
            # Sutaj Estok warned that anyone who celebrated the attack online would be prosecuted
            # (a warning to people nobody names: empty target)
            ev("THREATEN", "prosecution", [SUTAJ_ESTOK], [], "planned"),
            # Police said on Thursday they had detained two people over social media posts (own
            # operation told by its side: reported; counted people: no target; undated: the
            # detentions have no day of their own)
            ev("COERCE", "detain", [SK], [], "reported", SK),
            # Caputova and ... Pellegrini ... met at the presidential palace on Thursday
            ev(
                "CONSULT",
                "meet",
                [CAPUTOVA, PELLEGRINI],
                [PELLEGRINI, CAPUTOVA],
                date="2024-05-16",
            ),
            # ... and jointly appealed to party leaders to tone down their campaigns (leaders nobody
            # names: empty target)
            ev("REQUEST", "de-escalate", [CAPUTOVA, PELLEGRINI], [], date="2024-05-16"),
            # Pellegrini invited the leaders of all parliamentary parties to talks next week (an
            # invitation is a REQUEST; unnamed leaders)
            ev("REQUEST", "invite", [PELLEGRINI], [], date="2024-05-16"),
            # von der Leyen called it "a vile attack" (a reaction that names nobody targets the
            # doer of the shooting)
            ev("ACCUSE", "disapprove", [VDL], [CINTULA], date="2024-05-15"),
            # Biden condemned "this horrific act of violence" ...
            ev("ACCUSE", "disapprove", [BIDEN], [CINTULA], date="2024-05-15"),
            # ... and said Washington stood ready to help (stated willingness: AGREE; the reported
            # clause's subject acts, dev13a; a pledge with no recipient goes to the story's country)
            ev("AGREE", "offer", [US], [SK], date="2024-05-15"),
            # In a telegram to Caputova, Putin called the shooting a "monstrous crime" ...
            ev("ACCUSE", "disapprove", [PUTIN], [CINTULA], date="2024-05-15"),
            # ... and praised Fico as "a courageous and strong-minded man"
            ev("SUPPORT", "praise", [PUTIN], [FICO], date="2024-05-15"),
            # Zelensky said he was appalled by the violence
            ev("ACCUSE", "disapprove", [ZELENSKY], [CINTULA], date="2024-05-15"),
            # Orban ... said he was praying for his "friend" (sympathy: SUPPORT)
            ev("SUPPORT", "sympathy", [ORBAN], [FICO], date="2024-05-15"),
            # His government halted military aid from army stocks weeks after taking office (halting
            # aid: SANCTION; late 2023)
            ev("SANCTION", "halt aid", [SK], [UA], date="2023"),
            # The previous cabinet had given Kyiv 13 MiG-29 fighter jets last year
            ev("AID", "military", [SK], [UA], date="2023"),
            # Tens of thousands of people marched in Bratislava and other cities in February against
            # his plan to abolish the special prosecutor's office (an unnamed crowd; a protest
            # against a state measure targets the state, dev15b)
            ev("PROTEST", "demonstrate", [], [SK], date="2024-02", location="Bratislava"),
            # The European Commission warned the same month that the change could weaken the
            # protection of EU funds (concern: ACCUSE; the Commission is the EU)
            ev("ACCUSE", "disapprove", [EU], [SK], date="2024-02"),
            # ... after the murder of the investigative journalist Jan Kuciak and his fiancee (doers
            # nobody names: no actor) ...
            ev("ASSAULT", "kill", [], [KUCIAK], date="2018"),
            # ... set off the largest protests against his government since the fall of communism
            # (an unnamed crowd; "his government" speaks for the state)
            ev("PROTEST", "demonstrate", [], [SK], date="2018"),
            # Not coded: the cabinet's meeting in Handlova (the government's own meeting), the
            # flight to hospital and the surgery, Kalinak's and Sutaj Estok's descriptions of the
            # suspect ("a lone wolf", no act), Progressive Slovakia's suspended campaign and its
            # called-off rally (acts not done), the campaign promise of "not a single round",
            # Fico's 2018 resignation, the April runoff (domestic election) and Pellegrini's "two
            # camps" remark (no act).
        ],
        "claims": [
            cl(5, "shots", "shots fired at Fico"),
            cl(600, "officers", "extra officers assigned to protect politicians", "reported",
               SUTAJ_ESTOK),
            cl(5.4e6, "people", "Slovakia's population"),
            cl(2, "people", "people detained over posts approving of the shooting", "reported", SK),
            cl(0.23, "share", "Smer's share of the vote in the September election"),
            cl(13, "fighter jets", "MiG-29 fighter jets given to Ukraine last year"),
            cl(50000, "people", "protesters in Bratislava in February", "reported", "organisers"),
            cl(6.4e9, "EUR", "EU recovery funds due to Slovakia", approximate=True),
            cl(0.53, "share", "Pellegrini's share of the vote in the April runoff"),
        ],
    },
    # ------------------------------------------------------------- (2) live blog, key points
    SERBIA: {
        "title": "Serbia protest live: vast crowd fills Belgrade as Vucic says he will not quit",
        "published": "2025-03-15",
        "entities": [
            ent(RS, "GPE", "Belgrade"),
            ent(VUCIC, "PERSON", "Vucic"),
            ent(SSP, "ORG"),
            ent(DJILAS, "PERSON"),
            ent(APG, "ORG"),
            ent(DACIC, "PERSON"),
            ent(BCHR, "ORG"),
            ent("Novi Sad", "GPE"),
            ent("Kraljice Natalije street", "FAC"),
            ent(STUDENTS, "ORG"),
            ent("Pionirski Park", "FAC"),
            ent("Slavija Square", "FAC"),
            ent("Nis", "GPE"),
            ent("Kragujevac", "GPE"),
            ent(KOS, "PERSON"),
            ent(EU, "ORG", "EU", "Brussels"),
            ent(ZAKHAROVA, "PERSON"),
            ent(RU, "GPE", "Moscow"),
            ent("Hungary", "GPE", "Budapest"),
            ent(ORBAN, "PERSON"),
            ent(KOSTIC, "PERSON"),
            ent("STAV", "ORG"),
            ent("Security Information Agency", "ORG", "BIA"),
            ent(HR, "GPE", "Zagreb"),
            ent(VESIC, "PERSON"),
            ent("Milos Vucevic", "PERSON"),
            ent("Serbian Progressive Party", "ORG"),
            ent("China", "GPE"),
            ent("Serbian", "NORP"),
            ent("Croatian", "NORP"),
            ent("Russian", "NORP"),
            ent("Hungarian", "NORP"),
        ],
        "events": [
            # 23:50 - Vucic said he would not resign or hand power to a caretaker cabinet "because
            # of pressure from the street", rejecting a call for a transitional government made last
            # month by the Party of Freedom and Justice and other opposition parties (a refusal:
            # targets the named party that asked; the key point restates it)
            ev("REJECT", "refuse", [VUCIC], [SSP], date="2025-03-15"),
            # (the call itself, told in the refusal's sentence: a background REQUEST; a call for a
            # new government addresses the state)
            ev("REQUEST", "transitional government", [SSP], [RS], date="2025-02"),
            # He accused the party's leader, Dragan Djilas, of trying to provoke bloodshed
            ev("ACCUSE", "allege", [VUCIC], [DJILAS], date="2025-03-15"),
            # ... and warned that anyone who attacked police officers would be arrested (a warning
            # to people nobody names: empty target)
            ev("THREATEN", "arrest", [VUCIC], [], "planned", date="2025-03-15"),
            # 22:20 - Dacic said police had detained 22 people during the day (own operation told by
            # its named minister: reported, dev14b; unnamed people: no target; the key point
            # restates it)
            ev("COERCE", "detain", [RS], [], "reported", DACIC, "2025-03-15", "Belgrade"),
            # 21:15 - The Belgrade Centre for Human Rights and several opposition parties accused
            # police of turning a "sound cannon" on the crowd (the police are Serbia's; the key
            # point restates it)
            ev("ACCUSE", "allege", [BCHR], [RS], date="2025-03-15"),
            # The interior ministry said police did not own such a device and had never used one (a
            # denial: targets the accuser named)
            ev("REJECT", "deny", [RS], [BCHR], "denied", date="2025-03-15"),
            # 20:10 - Organisers from the Students in Blockade movement asked people to head home
            # (people nobody names: empty target)
            ev("REQUEST", "disperse", [STUDENTS], [], date="2025-03-15"),
            # 16:30 - Tens of thousands packed Slavija Square ... The rally was called by the
            # Students in Blockade (the named organisers act; a protest that names no demand here
            # targets the state, as their demand for accountability does)
            ev("PROTEST", "demonstrate", [STUDENTS], [RS], date="2025-03-15", location="Belgrade"),
            # ... who have occupied faculties across Serbia since November to demand accountability
            # (a background protest of its own: the occupations, dated when they began)
            ev("PROTEST", "occupy", [STUDENTS], [RS], date="2024-11"),
            # 14:45 - Kos urged the Serbian authorities to respect the right to peaceful assembly
            # and to avoid any use of force against demonstrators (one request, two asks)
            ev("REQUEST", "restraint", [KOS], [RS], date="2025-03-15"),
            # 13:20 - Zakharova accused the EU of bankrolling an attempted "colour revolution" ...
            ev("ACCUSE", "allege", [ZAKHAROVA], [EU], date="2025-03-15"),
            # ... and said Moscow stood by Vucic (the reported clause's subject acts, dev13a)
            ev("SUPPORT", "diplomatic", [RU], [VUCIC], date="2025-03-15"),
            # Orban phoned Vucic in the morning ..., the Serbian presidency said (a contact told by
            # the side that took the call: reported, Serbia; "phoned": one-way, as dev15a's
            # Mirziyoyev)
            ev("CONSULT", "phone", [ORBAN], [VUCIC], "reported", RS, "2025-03-15"),
            # ... and pledged his "full support" (the other side's act in one's own account:
            # reported, dev15b)
            ev("SUPPORT", "diplomatic", [ORBAN], [VUCIC], "reported", RS, "2025-03-15"),
            # 11:30 - Police in Novi Sad arrested six activists on Friday, among them Nemanja Kostic
            # (the one named is the target, dev15a) ...
            ev("COERCE", "arrest", [RS], [KOSTIC], date="2025-03-14", location="Novi Sad"),
            # ... on suspicion of plotting to "violently change the constitutional order" (the
            # charge; the BIA's video is part of it)
            ev("ACCUSE", "allege", [RS], [KOSTIC], date="2025-03-14"),
            # The students called the arrests "an attempt to frighten us" (a reaction targets the
            # doer of the arrests; "the students" are the movement named above; the entry's day)
            ev("ACCUSE", "disapprove", [STUDENTS], [RS], date="2025-03-15"),
            # 10:00 - Croatia's foreign ministry sent a protest note to Belgrade (a government's
            # protest is ACCUSE; the entry's day) ...
            ev("ACCUSE", "protest note", [HR], [RS], date="2025-03-15"),
            # ... after Serbian border police turned back 11 Croatian citizens ... at a crossing on
            # Friday (restricting movement: COERCE; counted nationals: no target)
            ev("COERCE", "restrict movement", [RS], [], date="2025-03-14"),
            # 08:30 - Prosecutors in Novi Sad have charged 13 people over the disaster, among them
            # ... Goran Vesic (the one named is the target; no day of its own) ...
            ev("ACCUSE", "allege", [RS], [VESIC]),
            # ... who was arrested in November
            ev("COERCE", "arrest", [RS], [VESIC], date="2024-11"),
            # ... men leaving an office of the ruling Serbian Progressive Party beat a student with
            # a baseball bat in Novi Sad (doers nobody names: no actor; one unnamed student: no
            # target)
            ev("ASSAULT", "beat", [], [], date="2025-01", location="Novi Sad"),
            # Not coded: the canopy's collapse (an accident), Vucevic's resignation (domestic), the
            # crowd counts (claims only), the BIA's video (part of the charge), the government
            # supporters' camp in Pionirski Park (no act told), the marches from Nis, Kragujevac and
            # Novi Sad (part of the rally), Serbia's EU candidacy and its ties with Russia and China
            # (standing states).
        ],
        "claims": [
            cl(
                275000,
                "people",
                "people at the Belgrade rally",
                "estimated",
                APG,
                upper=325000,
            ),
            cl(107000, "people", "people at the Belgrade rally", "reported", RS),
            cl(22, "people", "people detained during the day", "reported", DACIC),
            cl(56, "people", "people who needed medical help", "reported", DACIC),
            cl(6, "activists", "activists arrested in Novi Sad"),
            cl(11, "citizens", "Croatian citizens turned back at the border"),
            cl(2, "journalists", "journalists among the Croatians turned back"),
            cl(15, "people", "people killed by the canopy collapse"),
            cl(13, "people", "people charged over the disaster"),
            cl(6.6e6, "people", "Serbia's population"),
        ],
    },
    # ------------------------------------------------------------- (3) wire, attributions
    GUATEMALA: {
        "title": "Guatemala blockades enter second week as attorney general refuses to quit",
        "published": "2023-10-10",
        "entities": [
            ent(GT, "GPE"),
            ent("Guatemala City", "GPE"),
            ent(PORRAS, "PERSON", "Porras"),
            ent(AREVALO, "PERSON", "Arevalo"),
            ent(CANTONS, "ORG", "48 Cantons"),
            ent("Totonicapan", "GPE"),
            ent("Maya K'iche'", "NORP"),
            ent("Luis Pacheco", "PERSON"),
            ent("Public Ministry", "ORG"),
            ent(GIAMMATTEI, "PERSON", "Giammattei"),
            ent(CC, "ORG"),
            ent("Pan-American Highway", "FAC"),
            ent("Chimaltenango", "GPE"),
            ent("Malacatan", "GPE"),
            ent(CORDOVA, "PERSON", "Cordova"),
            ent(SEMILLA, "ORG"),
            ent("Congress", "ORG"),
            ent("Special Prosecutor's Office Against Impunity", "ORG"),
            ent(CURRUCHICHE, "PERSON", "Curruchiche"),
            ent(TSE, "ORG", "TSE"),
            ent("Fredy Orellana", "PERSON"),
            ent(US, "GPE", "Washington"),
            ent("State Department", "ORG"),
            ent(NICHOLS, "PERSON"),
            ent(EU, "ORG"),
            ent(BORRELL, "PERSON"),
            ent(OAS, "ORG", "OAS"),
            ent(ALMAGRO, "PERSON"),
            ent(CACIF, "ORG"),
            ent("Central America", "LOC"),
            ent("Marielos Chang", "PERSON"),
            ent("Guatemalan", "NORP"),
        ],
        "events": [
            # Indigenous groups kept up roadblocks across Guatemala on Tuesday for a ninth straight
            # day, demanding the resignation of Attorney General Consuelo Porras (the blockades are
            # led by the 48 Cantons, named in the next sentence; the demand names the target,
            # dev13a)
            ev("PROTEST", "block road", [CANTONS], [PORRAS], date="2023-10-10"),
            # (the demand itself; Pacheco's "until the attorney general leaves her office" is the
            # same demand)
            ev("REQUEST", "resign", [CANTONS], [PORRAS], date="2023-10-10"),
            # ... whom they accuse of trying to stop President-elect Bernardo Arevalo from taking
            # office (a standing charge: undated)
            ev("ACCUSE", "allege", [CANTONS], [PORRAS]),
            # Porras said in a statement on Monday that she would not step down (a refusal: targets
            # those who asked)
            ev("REJECT", "refuse", [PORRAS], [CANTONS], date="2023-10-09"),
            # The Public Ministry ... said it had opened an investigation into the organisers of the
            # blockades (the Public Ministry is Guatemala's, as prosecutors are, dev8a; the
            # organisers are the 48 Cantons; no day of its own)
            ev("ACCUSE", "investigate", [GT], [CANTONS]),
            # Giammattei ... accused "foreign-funded" groups of financing the stoppages (groups he
            # does not name: the charge targets the doer of the stoppages; no day of its own) ...
            ev("ACCUSE", "allege", [GIAMMATTEI], [CANTONS]),
            # ... and warned that police would clear the highways if they went on (the condition is
            # part of the warning)
            ev("THREATEN", "clear roads", [GIAMMATTEI], [CANTONS], "planned"),
            # His government asked the Constitutional Court on Sunday to order the roads reopened (a
            # domestic appeal to a court, dev15b; his government speaks for the state)
            ev("REQUEST", "court order", [GT], [CC], date="2023-10-08"),
            # Police fired tear gas on Monday to break up a blockade ... near Chimaltenango (unnamed
            # protesters: no target)
            ev("COERCE", "tear gas", [GT], [], date="2023-10-09", location="Chimaltenango"),
            # Late on Monday, armed men in civilian clothes attacked protesters at a roadblock in
            # Malacatan ..., human rights ombudsman Alejandro Cordova said (doers nobody names: no
            # actor; unnamed protesters: no target; told by the ombudsman: reported)
            ev(
                "ASSAULT",
                "attack",
                [],
                [],
                "reported",
                CORDOVA,
                "2023-10-09",
                "Malacatan",
            ),
            # Cordova urged the authorities to find those responsible (no day of its own)
            ev("REQUEST", "investigate", [CORDOVA], [GT]),
            # On September 29, agents of the Special Prosecutor's Office Against Impunity ...
            # raided the Supreme Electoral Tribunal (TSE) and opened boxes holding tally sheets (the
            # opened boxes are part of the raid)
            ev("COERCE", "raid", [GT], [TSE], date="2023-09-29"),
            # In July, prosecutors had searched Semilla's headquarters
            ev("COERCE", "raid", [GT], [SEMILLA], date="2023-07"),
            # Arevalo called the raid "an electoral coup" driven by Porras and Curruchiche (no day
            # of its own)
            ev("ACCUSE", "allege", [AREVALO], [PORRAS, CURRUCHICHE]),
            # ... and suspended his participation in talks with Giammattei's government on the
            # transfer of power (suspending talks stays a SANCTION; the government speaks for the
            # state; the president-elect acts for himself)
            ev("SANCTION", "suspend talks", [AREVALO], [GT]),
            # On Monday he thanked the Indigenous authorities for their "dignified struggle" ...
            ev("SUPPORT", "praise", [AREVALO], [CANTONS], date="2023-10-09"),
            # ... and urged protesters to keep the blockades peaceful (the protesters are the
            # blockades' named leaders)
            ev("REQUEST", "peaceful", [AREVALO], [CANTONS], date="2023-10-09"),
            # The United States barred Porras from entering the country in 2021 ...
            ev("SANCTION", "entry ban", [US], [PORRAS], date="2021"),
            # ... and added Curruchiche to its list of "corrupt and undemocratic actors" a year
            # later (blacklisting: SANCTION)
            ev("SANCTION", "blacklist", [US], [CURRUCHICHE], date="2022"),
            # Nichols ... said on Monday that the attorney general's actions were "a clear attempt
            # to undermine the will of the Guatemalan people" ...
            ev("ACCUSE", "disapprove", [NICHOLS], [PORRAS], date="2023-10-09"),
            # ... and that Washington would "use all the tools at its disposal" to defend the
            # transition (a warning; the reported clause's subject acts; the warned party is the
            # one the sentence names)
            ev("THREATEN", "unspecified", [US], [PORRAS], "planned", date="2023-10-09"),
            # Borrell urged Guatemala's institutions to "respect the will of the voters" (no day of
            # its own)
            ev("REQUEST", "respect election", [BORRELL], [GT]),
            # The OAS ... said Secretary-General Luis Almagro would travel to Guatemala next week
            # (the organisation's own announced plan: planned, no source) ...
            ev("CONSULT", "visit", [ALMAGRO], [GT], "planned", date="2023-10"),
            # ... at Giammattei's request (the request, told as the visit's cause; undated)
            ev("REQUEST", "mediate", [GIAMMATTEI], [OAS]),
            # CACIF urged the government to clear the roads (no day of its own)
            ev("REQUEST", "clear roads", [CACIF], [GT]),
            # Not coded: the fuel and food shortages, the August runoff (an election), the
            # magistrates' objections (a circumstance of the raid), Orellana's order suspending
            # Semilla (a domestic court's act, dev6b), the OAS observers' finding, Chang's opinion.
        ],
        "claims": [
            cl(
                130,
                "blockades",
                "blockades on highways on Monday",
                "reported",
                GT,
                approximate=True,
            ),
            cl(2, "people", "protesters wounded in Malacatan", "reported", CORDOVA),
            cl(0.58, "share", "Arevalo's share of the runoff vote"),
            cl(23, "seats", "Semilla's seats in Congress"),
            cl(160, "seats", "seats in Congress"),
            cl(
                600e6,
                "GTQ",
                "daily cost of the blockades to the economy",
                "reported",
                CACIF,
                approximate=True,
            ),
            cl(
                77e6,
                "USD",
                "daily cost of the blockades to the economy",
                "reported",
                CACIF,
                approximate=True,
            ),
            cl(17.6e6, "people", "Guatemala's population"),
        ],
    },
    # ------------------------------------------------------------- (4) reader comments
    PERU: {
        "title": "Peru frees detained protesters after San Marcos raid as Boluarte refuses to resign",
        "published": "2023-01-24",
        "entities": [
            ent(PE, "GPE", "Lima"),
            ent("National University of San Marcos", "ORG", "San Marcos"),
            ent("Andes", "LOC"),
            ent(RAMON, "PERSON"),
            ent(REVOLLAR, "PERSON", "Revollar"),
            ent(ROMERO, "PERSON"),
            ent(CONGRESS_PE, "ORG", "Congress"),
            ent(CGTP, "ORG", "CGTP"),
            ent(BOLUARTE, "PERSON", "Boluarte"),
            ent(CASTILLO, "PERSON", "Castillo"),
            ent(MX, "GPE"),
            ent(IEP, "ORG"),
            ent("Machu Picchu", "FAC"),
            ent("Juliaca", "GPE"),
            ent("Lake Titicaca", "LOC"),
            ent("United Nations", "ORG", "UN"),
            ent(TURK, "PERSON"),
            ent(IACHR, "ORG", "IACHR"),
            ent("Ayacucho", "GPE"),
            ent(MORALES, "PERSON", "Morales"),
            ent("Puno", "GPE"),
            ent(HN, "GPE"),
            ent(CASTRO, "PERSON"),
            ent("Pablo Monroy", "PERSON"),
            ent(PAREDES, "PERSON"),
            ent("Andres Manuel Lopez Obrador", "PERSON"),
            ent("Omar Coronel", "PERSON"),
            ent("Pontifical Catholic University of Peru", "ORG"),
            ent("Peruvian", "NORP"),
            ent("Bolivian", "NORP", "Bolivians"),
            ent("Mexican", "NORP"),
            ent("Honduran", "NORP"),
        ],
        "events": [
            # Peruvian police smashed through the gates of the National University of San Marcos
            # with an armoured vehicle on Saturday (a raid; the campus's occupants nobody names:
            # no target) ...
            ev("COERCE", "raid", [PE], [], date="2023-01-21", location="Lima"),
            # ... and detained 193 people who had been sleeping on the campus (counted people: no
            # target; a second act beside the raid)
            ev("COERCE", "detain", [PE], [], date="2023-01-21", location="Lima"),
            # By Monday 192 of them had been freed, the interior ministry said (the actual release
            # of detainees: RETREAT; own act told by its side: reported)
            ev("RETREAT", "release", [PE], [], "reported", PE, "2023-01-23"),
            # The university's rector, Jeri Ramon, had asked police to clear the campus (a domestic
            # appeal to the state's police; no day of its own)
            ev("REQUEST", "clear campus", [RAMON], [PE]),
            # Ombudsman Eliana Revollar called the operation "disproportionate" (a named speaker's
            # charge against the state's police, dev15a's Public Defender)
            ev("ACCUSE", "disapprove", [REVOLLAR], [PE]),
            # Interior Minister Vicente Romero rejected the criticism (a denial: targets the accuser)
            ev("REJECT", "deny", [ROMERO], [REVOLLAR], "denied"),
            # Thousands marched through central Lima again on Monday (an unnamed crowd; no demand
            # named in the sentence: the state)
            ev("PROTEST", "demonstrate", [], [PE], date="2023-01-23", location="Lima"),
            # ... and police fired tear gas to keep them away from Congress (unnamed protesters: no
            # target)
            ev("COERCE", "tear gas", [PE], [], date="2023-01-23", location="Lima"),
            # The CGTP ... has called a national strike for Thursday to demand Boluarte's
            # resignation (an own announced plan: planned; the demand names the target, dev13a)
            ev("PROTEST", "strike", [CGTP], [BOLUARTE], "planned", date="2023-01-26"),
            # ... after Congress removed her predecessor, Pedro Castillo (a parliament's removal:
            # ACCUSE `impeach` with the state as actor, dev15b) ...
            ev("ACCUSE", "impeach", [PE], [CASTILLO], date="2022-12-07"),
            # ... and police arrested him on his way to the Mexican embassy
            ev("COERCE", "arrest", [PE], [CASTILLO], date="2022-12-07", location="Lima"),
            # In a televised address on Tuesday she said she would not resign (a refusal: targets
            # the named group that demands it)
            ev("REJECT", "refuse", [BOLUARTE], [CGTP], date="2023-01-24"),
            # ... and asked Congress to bring forward the general election
            ev("REQUEST", "early election", [BOLUARTE], [CONGRESS_PE], date="2023-01-24"),
            # ... on January 9 in Juliaca ..., where 17 civilians were killed when security forces
            # opened fire on protesters (the security forces are the story's country's; unnamed
            # protesters: no target)
            ev("ASSAULT", "shoot", [PE], [], date="2023-01-09", location="Juliaca"),
            # The next day prosecutors opened a preliminary investigation into Boluarte and three of
            # her ministers
            ev("ACCUSE", "investigate", [PE], [BOLUARTE], date="2023-01-10"),
            # Turk urged the authorities to investigate the deaths promptly and impartially (no day
            # of its own)
            ev("REQUEST", "investigate", [TURK], [PE]),
            # A delegation of the IACHR visited Lima, Juliaca and Ayacucho earlier this month
            ev("CONSULT", "visit", [IACHR], [PE], date="2023-01"),
            # The government accuses ... Evo Morales of fanning the unrest in ... Puno (a standing
            # charge: undated) ...
            ev("ACCUSE", "allege", [PE], [MORALES]),
            # ... and on January 9 it barred him and eight other Bolivians from entering Peru (an
            # entry ban: SANCTION; the one named is the target)
            ev("SANCTION", "entry ban", [PE], [MORALES], date="2023-01-09"),
            # Morales denied meddling (a denial: targets the accuser) ...
            ev("REJECT", "deny", [MORALES], [PE], "denied"),
            # ... and called the ban "a smokescreen" to hide the killings (a counter-charge)
            ev("ACCUSE", "allege", [MORALES], [PE]),
            # Peru recalled its ambassador to Honduras for consultations on Monday (SANCTION) ...
            ev("SANCTION", "recall ambassador", [PE], [HN], date="2023-01-23"),
            # ... after Honduran President Xiomara Castro described Boluarte's government as the
            # product of a coup (a characterisation: ACCUSE; the government speaks for the state;
            # no day of its own)
            ev("ACCUSE", "disapprove", [CASTRO], [PE]),
            # Lima expelled Mexico's ambassador, Pablo Monroy, in December ...
            ev("SANCTION", "expel", [PE], [MX], date="2022-12"),
            # ... after Mexico granted asylum to Castillo's wife, Lilia Paredes, and their children
            # (AID, PLOVER 075)
            ev("AID", "asylum", [MX], [PAREDES], date="2022-12"),
            # Not coded: the prosecutors' finding that there were no grounds to hold the detainees
            # (part of the release), Castillo's attempt to dissolve Congress (told as the cause of
            # his removal), the poll, the closure of Machu Picchu (a domestic closure of a site, not
            # a border), the deaths toll (a claim), Lopez Obrador's "still calls" (a standing
            # position), Coronel's opinion, every reader comment.
        ],
        "claims": [
            cl(193, "people", "people detained at San Marcos"),
            cl(192, "people", "detainees freed by Monday", "reported", PE),
            cl(0.71, "share", "Boluarte's disapproval rating", "reported", IEP),
            cl(417, "tourists", "tourists stranded at Machu Picchu"),
            cl(300, "foreigners", "foreigners among the stranded tourists"),
            cl(46, "people", "people killed since December", "reported", PE, approximate=True),
            cl(17, "civilians", "civilians killed in Juliaca on January 9"),
            cl(3, "ministers", "ministers investigated with Boluarte"),
            cl(8, "Bolivians", "Bolivians barred from Peru besides Morales"),
        ],
    },
}

# ------------------------------------------------------------------ checks
MONEY = {"USD", "EUR", "GTQ"}
# sources that the text names without naming an entity, written as the text names them
UNNAMED_SOURCES = {
    "organisers",
}

# where each page's article text starts and ends (boilerplate and comments lie outside)
BODY = {
    FICO_PAGE: ("BRATISLAVA \u2013", "Share: "),
    SERBIA: ("KEY POINTS", "[Load earlier posts]"),
    GUATEMALA: ("GUATEMALA CITY, Oct 10", "Reporting by"),
    PERU: ("LIMA, January 24", "\nRelated\n"),
}
# targetless events kept beside a targeted one of the same type and actor: each is a different
# act, not one act told twice (README_a.md)
KEPT_TARGETLESS = {
    # the two people detained over posts, beside the arrest of the gunman and the search of his house
    (FICO_PAGE, "COERCE", (SK,)),
    # the 22 detained in Belgrade and the 11 Croatians turned back, beside the arrests of Kostic
    # and Vesic
    (SERBIA, "COERCE", (RS,)),
    # the tear gas near Chimaltenango, beside the raids on the TSE and on Semilla
    (GUATEMALA, "COERCE", (GT,)),
    # the San Marcos raid, the 193 detentions and the tear gas in Lima, beside Castillo's arrest
    (PERU, "COERCE", (PE,)),
}


def article_text(name):
    """The article body alone: from the dateline or key points to the share line or credit."""
    return between(page_text(HERE, name), *BODY[name])


# what goldkit.check_story holds each story to (sizes and length: the brief's aims)
RULES = {"money": MONEY, "unnamed": UNNAMED_SOURCES, "kept_targetless": KEPT_TARGETLESS}
RULES["sizes"] = {"events": (20, 27), "claims": (8, 14), "entities": (20, 33)}
RULES["words"] = (450, 700)

for _name, _page in PAGES.items():
    # the comments below the Peru page yield nothing: no entity is named only there
    _text = page_text(HERE, _name)
    check_story(_name, _page, article_text(_name), page_text=_text, **RULES)

write_gold(HERE, PAGES)

for _name, _page in PAGES.items():
    print(
        f"{_name}: {len(_page['events'])} events, {len(_page['claims'])} claims, "
        f"{len(_page['entities'])} entities, {len(article_text(_name).split())} words"
    )
_totals = [sum(len(p[k]) for p in PAGES.values()) for k in ("events", "claims", "entities")]
print("total: {} events, {} claims, {} entities".format(*_totals))

"""Writes eval/dev14/gold/*.json for part A of set 14 (facts-only gold, hand-written from the page
text without running the extractor).

Each page: title, published, entities (name, type, aliases), events and claims in the contract's
shape; `text` and `evidence` are null (scored on facts alone). Conventions follow
docs/annotation.md; where it is silent, the choices of eval/dev13 (README_a.md, README_b.md) and,
behind them, eval/dev12 to eval/dev4. The choices made for this half are listed in
eval/dev14/README_a.md. Part B (make_gold_b.py) writes its own pages into the same gold folder;
this script writes only the four part-A pages.
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent


sys.path.insert(0, str(HERE.parent))
from goldkit import between, check_story, cl, ent, ev, page_text, write_gold  # noqa: E402

# (1) Egypt, Ethiopia and the Nile dam
EG = "Egypt"
ET = "Ethiopia"
SD = "Sudan"
US = "United States"
AU = "African Union"
UNSC = "UN Security Council"
ARAB_LEAGUE = "Arab League"
GERD = "Grand Ethiopian Renaissance Dam"
SISI = "Abdel Fattah al-Sisi"
ABIY = "Abiy Ahmed"
MELES = "Meles Alem"
SHOUKRY = "Sameh Shoukry"
BLINKEN = "Antony Blinken"
ABOUL_GHEIT = "Ahmed Aboul Gheit"
FAKI = "Moussa Faki Mahamat"
# (2) Putin in Mongolia, live blog
MN = "Mongolia"
RU = "Russia"
UA = "Ukraine"
CN = "China"
JP = "Japan"
EU = "European Union"
ICC = "International Criminal Court"
USSR = "Soviet Union"
PUTIN = "Vladimir Putin"
KHURELSUKH = "Ukhnaagiin Khurelsukh"
OYUN_ERDENE = "Luvsannamsrai Oyun-Erdene"
STANO = "Peter Stano"
PESKOV = "Dmitry Peskov"
TYKHYI = "Heorhiy Tykhyi"
EL_ABDALLAH = "Fadi El Abdallah"
AMNESTY = "Amnesty International"
# (3) Ecuador's war on the gangs, wire
EC = "Ecuador"
PE = "Peru"
CO = "Colombia"
AR = "Argentina"
BR = "Brazil"
NOBOA = "Daniel Noboa"
CHONEROS = "Los Choneros"
LOBOS = "Los Lobos"
TC = "TC Television"
ASSEMBLY = "National Assembly"
BOLUARTE = "Dina Boluarte"
PETRO = "Gustavo Petro"
KIRBY = "John Kirby"
RICHARDSON = "Laura Richardson"
BULLRICH = "Patricia Bullrich"
LULA = "Luiz Inacio Lula da Silva"
VILLAVICENCIO = "Fernando Villavicencio"
# (4) Nepal's banknote map, reader comments
NP = "Nepal"
IN = "India"
EIC = "British East India Company"
DAHAL = "Pushpa Kamal Dahal"
JAISHANKAR = "Subrahmanyam Jaishankar"
SRIVASTAVA = "Naveen Srivastava"
NARAVANE = "Manoj Naravane"
MODI = "Narendra Modi"
SHRESTHA = "Narayan Kaji Shrestha"
NRB = "Nepal Rastra Bank"

GERD_PAGE = "2023-12-20-egypt-ethiopia-gerd-talks-collapse.html"
MONGOLIA = "2024-09-03-mongolia-putin-visit-icc-live.txt"
ECUADOR = "2024-01-11-ecuador-gang-crackdown-neighbours.txt"
NEPAL = "2024-05-06-nepal-india-banknote-map-row.txt"

PAGES = {
    # ------------------------------------------------------------- (1) raw HTML
    GERD_PAGE: {
        "title": "Egypt declares Nile dam talks with Ethiopia a failure after final round ends "
        "without deal",
        "published": "2023-12-20",
        "entities": [
            ent(EG, "GPE", "Cairo"),
            ent(ET, "GPE", "Addis Ababa"),
            ent(GERD, "FAC"),
            ent("Nile", "LOC"),
            ent("Blue Nile", "LOC"),
            ent("UN Charter", "LAW"),
            ent(SISI, "PERSON", "Sisi"),
            ent(ABIY, "PERSON"),
            ent(MELES, "PERSON"),
            ent(AU, "ORG"),
            ent(SD, "GPE"),
            ent("Khartoum", "GPE"),
            ent("Declaration of Principles", "LAW"),
            ent(UNSC, "ORG"),
            ent(US, "GPE"),
            ent("US Treasury", "ORG"),
            ent(SHOUKRY, "PERSON"),
            ent(BLINKEN, "PERSON"),
            ent(ARAB_LEAGUE, "ORG"),
            ent(ABOUL_GHEIT, "PERSON"),
            ent(FAKI, "PERSON"),
            ent("African Union Commission", "ORG"),
            ent("Hossam Farag", "PERSON"),
            ent("American University in Cairo", "ORG"),
            ent("Egyptian", "NORP"),
            ent("Ethiopian", "NORP"),
        ],
        "events": [
            # Egypt declared on Tuesday that negotiations ... had failed after a final round of
            # talks in Addis Ababa ended without agreement (the round itself: mutual CONSULT; "The
            # one-day round in the Ethiopian capital on Tuesday" is the same round; declaring the
            # talks failed is a statement, not a walkout: not coded)
            ev(
                "CONSULT",
                "negotiate",
                [EG, ET],
                [ET, EG],
                date="2023-12-19",
                location="Addis Ababa",
            ),
            # ... and accused its upstream neighbour of retreating from compromises; "Ethiopia has
            # once again used the negotiations as a cover to impose a fait accompli," the ministry
            # said (one ACCUSE: the lead and the statement tell the same charge; the ministry
            # speaks for Egypt)
            ev("ACCUSE", "allege", [EG], [ET], date="2023-12-19"),
            # Cairo ... reserved its right "under international law and the UN Charter" to defend
            # its water and national security if they were harmed (a warning to Ethiopia; the
            # condition is part of it; dated when made)
            ev("THREATEN", "warn", [EG], [ET], "planned", date="2023-12-19"),
            # ... four [rounds] that Sisi and Abiy agreed to hold when they met in Cairo in July
            # (background meeting, mutual)
            ev("CONSULT", "meet", [SISI, ABIY], [ABIY, SISI], date="2023-07", location="Cairo"),
            # At that meeting, the two leaders committed themselves to finalising a binding
            # agreement ... within four months (with "agreed to hold" four rounds: one AGREE at
            # the one meeting)
            ev("AGREE", "negotiate", [SISI, ABIY], [ABIY, SISI], date="2023-07", location="Cairo"),
            # Ethiopia's foreign ministry rejected the Egyptian statement on Wednesday, saying Cairo
            # had "distorted" Ethiopia's positions (a denial of the charge: targets the accuser)
            ev("REJECT", "deny", [ET], [EG], "denied", date="2023-12-20"),
            # Spokesman Meles Alem accused Egypt of clinging to "a colonial-era mindset" (a named
            # speaker acts for himself; no day of its own: undated, dev13a)
            ev("ACCUSE", "allege", [MELES], [EG]),
            # ... but said Ethiopia was ready to return to negotiations under African Union
            # mediation (stated willingness: AGREE; the reported clause's subject, Ethiopia, acts;
            # the other party is the target; undated)
            ev("AGREE", "willingness", [ET], [EG]),
            # ... a step Egypt's foreign ministry condemned at the time as a breach of the 2015
            # Declaration of Principles (September, when the filling was announced; the filling
            # itself is Ethiopia's own act on its own river: no interaction, not coded)
            ev("ACCUSE", "disapprove", [EG], [ET], date="2023-09"),
            # ... the 2015 Declaration of Principles signed by the leaders of Egypt, Ethiopia and
            # Sudan in Khartoum (background AGREE, three-way)
            ev(
                "AGREE", "declaration", [EG, ET, SD], [ET, SD, EG], date="2015", location="Khartoum"
            ),
            # Egypt asked the UN Security Council in July 2021 to press Ethiopia into a binding deal
            ev("REQUEST", "intervene", [EG], [UNSC], date="2021-07"),
            # The council instead urged the three countries to resume talks under the auspices of
            # the African Union ("the three countries": the last three named together)
            ev("REQUEST", "negotiate", [UNSC], [EG, ET, SD], date="2021-07"),
            # An earlier attempt at mediation by the United States collapsed in February 2020
            # (nominal mediation; its parties are not named: the story's main pair)
            ev("CONSULT", "mediate", [US], [EG, ET], date="2020-02"),
            # ... when Ethiopia refused to sign a draft agreement drawn up by the US Treasury (a
            # refusal; the Treasury is the United States)
            ev("REJECT", "refuse", [ET], [US], date="2020-02"),
            # In March 2021, Sisi warned that "no one can take a drop of water from Egypt" and that
            # any attempt to do so would cause instability ... (a warning to the would-be taker,
            # the dam's builder; his own state is never the target)
            ev("THREATEN", "warn", [SISI], [ET], "planned", date="2021-03"),
            # Under a 1959 treaty with Sudan ... (background AGREE; "which Ethiopia has never
            # recognised" is a standing position, not coded)
            ev("AGREE", "treaty", [EG, SD], [SD, EG], date="1959"),
            # Shoukry spoke by phone with ... Blinken on Tuesday night ..., the Egyptian foreign
            # ministry said (own contact told by one side: reported, Egypt)
            ev(
                "CONSULT",
                "phone",
                [SHOUKRY, BLINKEN],
                [BLINKEN, SHOUKRY],
                "reported",
                EG,
                "2023-12-19",
            ),
            # Aboul Gheit said on Wednesday that the bloc stood "firmly" with Egypt (the reported
            # clause's subject, the bloc, acts)
            ev("SUPPORT", "solidarity", [ARAB_LEAGUE], [EG], date="2023-12-20"),
            # ... and urged Ethiopia to show "the political will" needed for a fair deal
            ev("REQUEST", "negotiate", [ABOUL_GHEIT], [ET], date="2023-12-20"),
            # Faki ... called on both sides to return to the table ("both sides": the main pair;
            # no day of its own: undated, dev13a)
            ev("REQUEST", "negotiate", [FAKI], [EG, ET]),
            # ... and offered the bloc's help in "bridging the remaining gaps" (an offer: AGREE)
            ev("AGREE", "offer", [FAKI], [EG, ET]),
            # Not coded: Egypt's declaring the talks failed (a statement about talks, not a
            # walkout), Egypt monitoring the dam (no act on another), the fourth filling
            # (Ethiopia's own act), "which Ethiopia has never recognised" (a standing position),
            # "Sudan ... has sat out the latest rounds" (no act), Farag's opinion.
        ],
        "claims": [
            cl(4, "rounds", "rounds of talks Sisi and Abiy agreed to hold"),
            cl(105e6, "people", "Egypt's population"),
            cl(0.97, "share", "share of Egypt's fresh water from the Nile", approximate=True),
            cl(4.2e9, "USD", "cost of the Grand Ethiopian Renaissance Dam"),
            cl(
                0.5,
                "share",
                "share of Ethiopians without electricity",
                "reported",
                ET,
                approximate=True,
            ),
            cl(120e6, "people", "Ethiopia's population", "reported", ET),
            cl(
                41e9,
                "cubic metres",
                "water held in the dam's reservoir",
                "reported",
                "Ethiopian officials",
                approximate=True,
            ),
            cl(74e9, "cubic metres", "capacity of the dam's reservoir"),
            cl(55.5e9, "cubic metres", "Egypt's yearly share of Nile water under the 1959 treaty"),
        ],
    },
    # ------------------------------------------------------------- (2) live blog, key points
    MONGOLIA: {
        "title": "Putin in Mongolia: Ulaanbaatar ignores ICC arrest warrant as Kyiv warns of "
        "consequences",
        "published": "2024-09-03",
        "entities": [
            ent(PUTIN, "PERSON", "Putin"),
            ent(MN, "GPE", "Ulaanbaatar"),
            ent(KHURELSUKH, "PERSON", "Khurelsukh"),
            ent(ICC, "ORG", "ICC"),
            ent(OYUN_ERDENE, "PERSON"),
            ent("BRICS", "ORG"),
            ent("Kazan", "GPE"),
            ent(EU, "ORG", "EU"),
            ent("Rome Statute", "LAW"),
            ent(STANO, "PERSON"),
            ent("State Department", "ORG"),
            ent(US, "GPE", "Washington"),
            ent(RU, "GPE", "Moscow", "Kremlin"),
            ent(PESKOV, "PERSON"),
            ent(UA, "GPE", "Kyiv"),
            ent(TYKHYI, "PERSON"),
            ent("The Hague", "GPE"),
            ent(EL_ABDALLAH, "PERSON"),
            ent("Assembly of States Parties", "ORG"),
            ent(AMNESTY, "ORG"),
            ent("State Palace", "FAC"),
            ent("Thermal Power Plant No. 3", "FAC"),
            ent("Power of Siberia 2", "FAC"),
            ent(CN, "GPE"),
            ent("Sukhbaatar Square", "FAC"),
            ent("Genghis Khan", "PERSON"),
            ent("Battle of Khalkhin Gol", "EVENT"),
            ent(USSR, "GPE"),
            ent(JP, "GPE"),
            ent("Mongolian", "NORP"),
            ent("Russian", "NORP"),
            ent("Ukrainian", "NORP"),
            ent("Chinese", "NORP"),
        ],
        "events": [
            # 19:40 - Putin invited Khurelsukh to a BRICS summit in ... Kazan in October, the
            # Kremlin said (an invitation: REQUEST; a speech act relayed by its own side stays
            # asserted)
            ev("REQUEST", "invite", [PUTIN], [KHURELSUKH], date="2024-09-03"),
            # Earlier the Russian leader met Prime Minister Luvsannamsrai Oyun-Erdene ...
            ev(
                "CONSULT",
                "meet",
                [PUTIN, OYUN_ERDENE],
                [OYUN_ERDENE, PUTIN],
                date="2024-09-03",
                location="Ulaanbaatar",
            ),
            # ... who asked him for help in rebuilding the railway that links Ulaanbaatar to the
            # Chinese border
            ev("REQUEST", "aid", [OYUN_ERDENE], [PUTIN], date="2024-09-03"),
            # 18:25 - The European Union said it regretted that Mongolia ... had not carried out the
            # warrant (disapproval; Stano's quote is the same statement)
            ev("ACCUSE", "disapprove", [EU], [MN], date="2024-09-03"),
            # A State Department spokesman ... said the United States had made its concerns clear
            # to the Mongolian government before the visit (expressing concern: ACCUSE; the
            # reported clause's subject, the state, acts; no day given)
            ev("ACCUSE", "disapprove", [US], [MN]),
            # 17:05 - Peskov told reporters the warrant was "legally null" for Moscow (rejecting a
            # court's decision: REJECT targeting the court, dev11a)
            ev("REJECT", "reject", [PESKOV], [ICC], date="2024-09-03"),
            # Russia withdrew its signature from the Rome Statute in 2016 (walking away from an
            # agreement, dev11a)
            ev("REJECT", "agreement", [RU], [ICC], date="2016"),
            # 15:50 - Ukraine's foreign ministry said Mongolia's failure to arrest Putin was "a
            # heavy blow ..." (the key point restates it)
            ev("ACCUSE", "disapprove", [UA], [MN], date="2024-09-03"),
            # Tykhyi said Kyiv would work with its partners to make sure that Ulaanbaatar "feels
            # the consequences" (a warning; the reported clause's subject, Kyiv, acts)
            ev("THREATEN", "consequences", [UA], [MN], "planned", date="2024-09-03"),
            # Last week Ukraine had called on Mongolia to hand Putin over to the court ...
            ev("REQUEST", "arrest", [UA], [MN], date="2024-08"),
            # Kyiv says Russia has deported about 20,000 Ukrainian children (the act told by the
            # other side: reported, Ukraine; no date given)
            ev("COERCE", "deport", [RU], [UA], "reported", UA),
            # 14:30 - The court's spokesman ... warned that judges could find Mongolia in breach of
            # its obligations and refer the matter to the Assembly of States Parties (a warning by
            # the court, which its spokesman voices and whose judges would act)
            ev("THREATEN", "referral", [ICC], [MN], "planned", date="2024-09-03"),
            # Amnesty International, which had urged Ulaanbaatar last week to arrest Putin (a
            # background request, dated by "last week") ...
            ev("REQUEST", "arrest", [AMNESTY], [MN], date="2024-08"),
            # ... said Mongolia had made itself "complicit in shielding a fugitive from justice"
            ev("ACCUSE", "allege", [AMNESTY], [MN], date="2024-09-03"),
            # 13:10 - After talks at the State Palace, Putin and Khurelsukh ...
            ev(
                "CONSULT",
                "meet",
                [PUTIN, KHURELSUKH],
                [KHURELSUKH, PUTIN],
                date="2024-09-03",
                location="State Palace",
            ),
            # ... signed 13 documents, including a deal for Russia to keep supplying aviation fuel
            # and a plan to modernise ... Thermal Power Plant No. 3 (one signing, mutual; the key
            # point restates it; the fuel deal is trade, not aid)
            ev(
                "AGREE",
                "sign",
                [PUTIN, KHURELSUKH],
                [KHURELSUKH, PUTIN],
                date="2024-09-03",
                location="State Palace",
            ),
            # 12:00 - Some 15 protesters tried to unfurl a banner reading "Get out, war criminal
            # Putin" ... (a crowd with no name; the banner names its target)
            ev(
                "PROTEST",
                "demonstrate",
                [],
                [PUTIN],
                date="2024-09-03",
                location="Sukhbaatar Square",
            ),
            # Police quickly led them away (Mongolia's police; counted unnamed people: no target)
            ev("COERCE", "detain", [MN], [], date="2024-09-03", location="Sukhbaatar Square"),
            # 10:45 - ... the Battle of Khalkhin Gol, where troops of the Soviet Union and Mongolia
            # defeated the army of imperial Japan in 1939 (background two-sided ASSAULT)
            ev("ASSAULT", "battle", [USSR, MN], [JP], date="1939"),
            # 09:00 - Putin landed in Ulaanbaatar late on Monday (the visit; the honour guard in
            # Sukhbaatar Square and the key point's "received ... with full honours" are part of
            # it)
            ev("CONSULT", "visit", [PUTIN], [MN], date="2024-09-02", location="Ulaanbaatar"),
            # ... since it issued a warrant for his arrest in March 2023, accusing him of the
            # unlawful deportation of children (a court's warrant is its accusation, dev11a; the
            # deportation here is only the charge's content, told as an act in Kyiv's words above)
            ev("ACCUSE", "allege", [ICC], [PUTIN], date="2023-03"),
            # ... but Mongolian officials said last week that the country would not arrest him (a
            # refusal of the court's warrant: REJECT targeting the court, dev11a; the EU's and
            # Kyiv's "failure to arrest" and the key point's "instead of arresting him" are the
            # same refusal)
            ev("REJECT", "refuse", [MN], [ICC], date="2024-08"),
            # Mongolia ... joined the court in 2002 (background AGREE with the court its treaty
            # founds, dev11a's Rome Statute signature)
            ev("AGREE", "treaty", [MN], [ICC], date="2002"),
            # Not coded: Peskov's "no worries" and "wonderful dialogue" (a stance), the 124 states
            # parties (a claim only), "Members of the court are bound to detain suspects" (a
            # standing rule), Putin's words on the pipeline (no act on another), Russia's fuel and
            # power supplies (trade; claims only), the honour guard (part of the visit).
        ],
        "claims": [
            cl(13, "documents", "documents signed by Putin and Khurelsukh"),
            cl(124, "states", "states parties to the Rome Statute"),
            cl(
                20000,
                "children",
                "Ukrainian children deported by Russia",
                "reported",
                UA,
                approximate=True,
            ),
            cl(
                0.95,
                "share",
                "share of Mongolia's petroleum products supplied by Russia",
                "reported",
                "Mongolian officials",
                approximate=True,
            ),
            cl(
                0.2,
                "share",
                "share of Mongolia's electricity supplied by Russia",
                "reported",
                "Mongolian officials",
                approximate=True,
            ),
            cl(
                50e9,
                "cubic metres",
                "gas the Power of Siberia 2 pipeline is meant to carry a year",
                "planned",
            ),
            cl(15, "protesters", "protesters on Sukhbaatar Square", approximate=True),
            cl(3.4e6, "people", "Mongolia's population"),
        ],
    },
    # ------------------------------------------------------------- (3) wire, attributions
    ECUADOR: {
        "title": "Ecuador arrests 329 in war on gangs as Peru and Colombia reinforce borders",
        "published": "2024-01-11",
        "entities": [
            ent(EC, "GPE", "Quito"),
            ent("Guayaquil", "GPE"),
            ent(NOBOA, "PERSON", "Noboa"),
            ent(TC, "ORG"),
            ent(CHONEROS, "ORG"),
            ent(LOBOS, "ORG"),
            ent("Adolfo Macias", "PERSON", "Fito"),
            ent("SNAI", "ORG"),
            ent("Machala", "GPE"),
            ent(ASSEMBLY, "ORG"),
            ent(PE, "GPE", "Lima"),
            ent(BOLUARTE, "PERSON"),
            ent(CO, "GPE", "Bogota"),
            ent(PETRO, "PERSON"),
            ent(US, "GPE", "Washington"),
            ent("White House", "ORG"),
            ent(KIRBY, "PERSON"),
            ent(RICHARDSON, "PERSON"),
            ent("US Southern Command", "ORG"),
            ent("State Department", "ORG"),
            ent(AR, "GPE"),
            ent(BULLRICH, "PERSON"),
            ent(BR, "GPE"),
            ent(LULA, "PERSON"),
            ent(VILLAVICENCIO, "PERSON"),
            ent("Renato Rivera", "PERSON"),
            ent("Ecuadorian Observatory of Organised Crime", "ORG"),
            ent("Europe", "LOC"),
            ent("Ecuadorian", "NORP"),
            ent("Colombian", "NORP", "Colombians"),
            ent("Peruvian", "NORP"),
            ent("Argentine", "NORP"),
            ent("Brazilian", "NORP"),
        ],
        "events": [
            # Ecuador's security forces have arrested 329 suspected gang members ... since ... on
            # Tuesday, the armed forces' joint command said (own operation told by its side:
            # reported, Ecuador; the suspects are not named: no target)
            ev("COERCE", "arrest", [EC], [], "reported", EC, "2024-01-09"),
            # ... and killed five (the same operation's killings, likewise told)
            ev("ASSAULT", "kill", [EC], [], "reported", EC, "2024-01-09"),
            # ... masked gunmen burst into the studios of the public broadcaster TC Television in
            # Guayaquil during a live broadcast, firing shots (doers nobody names: no actor; the
            # broadcaster attacked is named)
            ev("ASSAULT", "armed attack", [], [TC], date="2024-01-09", location="Guayaquil"),
            # Police detained all 13 attackers within the hour (Ecuador's police; unnamed people:
            # no target)
            ev("COERCE", "arrest", [EC], [], date="2024-01-09", location="Guayaquil"),
            # The decree labels 22 criminal groups, among them Los Choneros and Los Lobos, as
            # "terrorist organisations" (blacklisting: SANCTION; the decree is Noboa's, who signed
            # it on Tuesday; the groups named are the targets)
            ev("SANCTION", "designate", [NOBOA], [CHONEROS, LOBOS], date="2024-01-09"),
            # "We are at war, and we will not negotiate with terrorists," Noboa told a radio
            # station on Wednesday (a refusal to negotiate: REJECT; "terrorists" are the groups
            # his decree names)
            ev("REJECT", "refuse", [NOBOA], [CHONEROS, LOBOS], date="2024-01-10"),
            # Since then inmates have taken at least 178 guards and administrative staff hostage in
            # seven prisons, the SNAI prison agency said (unnamed doers: no actor; the guards are
            # the state's; the agency speaks for Ecuador; "since then" is since Monday)
            ev("COERCE", "hostage taking", [], [EC], "reported", EC, "2024-01-08"),
            # Gunmen from Los Lobos kidnapped three police officers in ... Machala on Monday, the
            # national police said (the police are Ecuador's: target and source)
            ev("COERCE", "abduct", [LOBOS], [EC], "reported", EC, "2024-01-08", "Machala"),
            # In a video posted online, the group threatened to kill civilians and security
            # officers if troops entered the prisons (the condition is part of it; no day given)
            ev("THREATEN", "kill", [LOBOS], [EC], "planned"),
            # ... he has asked the National Assembly to raise value-added tax to pay for it (a
            # domestic request, dev9b)
            ev("REQUEST", "tax", [NOBOA], [ASSEMBLY]),
            # Peru declared a state of emergency along its border with Ecuador on Tuesday and sent
            # troops and police there (a deployment to the border: MOBILIZE)
            ev("MOBILIZE", "deploy", [PE], [EC], date="2024-01-09"),
            # Boluarte ... said Lima stood with the Ecuadorian people (the reported clause's
            # subject, Lima, acts; no day of its own)
            ev("SUPPORT", "solidarity", [PE], [EC]),
            # Colombia's army said it had reinforced its units on the frontier (own deployment
            # told by its side: reported, Colombia; no day given)
            ev("MOBILIZE", "deploy", [CO], [EC], "reported", CO),
            # ... Petro said Bogota was ready to help its neighbour "in whatever it needs" (stated
            # willingness: AGREE; the reported clause's subject, Bogota, acts)
            ev("AGREE", "willingness", [CO], [EC]),
            # ... Noboa said Ecuador would begin deporting foreign inmates, among them about 1,500
            # Colombians (the state's own plan: planned, no source; counted nationals: no target)
            ev("COERCE", "deport", [EC], [], "planned"),
            # Colombia's foreign ministry responded the same day, asking Quito to carry out any
            # transfers through "the established legal channels"
            ev("REQUEST", "due process", [CO], [EC], date="2024-01-10"),
            # Kirby said the United States was ready to assist Noboa's government (stated
            # willingness; the state acts)
            ev("AGREE", "willingness", [US], [EC]),
            # Richardson ... will travel to Quito in the coming weeks with senior officials, the
            # State Department said (a plan: planned, no source; undated)
            ev("CONSULT", "visit", [RICHARDSON], [EC], "planned", location="Quito"),
            # Washington has provided about $93 million in security assistance to Ecuador since
            # 2021, it said (own aid told by its side: reported, the United States)
            ev("AID", "security", [US], [EC], "reported", US, "2021"),
            # Bullrich offered to send Argentine security forces to help (an offer: AGREE)
            ev("AGREE", "offer", [BULLRICH], [EC]),
            # Lula ... spoke by phone with Noboa on Wednesday ..., Brazil's presidency said (own
            # contact told by one side: reported, Brazil) ...
            ev("CONSULT", "phone", [LULA, NOBOA], [NOBOA, LULA], "reported", BR, "2024-01-10"),
            # ... and expressed his solidarity (a speech act relayed by its own side: asserted)
            ev("SUPPORT", "solidarity", [LULA], [NOBOA], date="2024-01-10"),
            # ... Villavicencio, a presidential candidate who had accused Los Choneros of
            # threatening him (background ACCUSE, before August 2023, no date given; the threat is
            # only the accusation's content, not coded)
            ev("ACCUSE", "allege", [VILLAVICENCIO], [CHONEROS]),
            # ... was shot dead as he left a campaign rally in Quito in August (no actor named)
            ev("ASSAULT", "assassination", [], [VILLAVICENCIO], date="2023-08", location="Quito"),
            # Six Colombian men were arrested over the killing (a passive arrest with no agent:
            # the state where it happened; counted nationals: no target)
            ev("COERCE", "arrest", [EC], [], date="2023-08"),
            # Not coded: the decree and the state of emergency themselves (domestic measures; the
            # designation is coded), the order to "neutralise" the groups (the same campaign),
            # Fito's escape (no act on another), Boluarte's "preventive" (a characterisation of
            # Peru's own deployment), Rivera's opinion.
        ],
        "claims": [
            cl(329, "gang members", "suspected gang members arrested", "reported", EC),
            cl(5, "gang members", "suspected gang members killed", "reported", EC),
            cl(16, "people", "people killed since Tuesday", "reported", EC, approximate=True),
            cl(13, "attackers", "attackers detained at TC Television"),
            cl(22, "groups", "criminal groups labelled terrorist organisations"),
            cl(178, "guards", "guards and staff taken hostage", "reported", EC, approximate=True),
            cl(7, "prisons", "prisons where guards were taken hostage", "reported", EC),
            cl(3, "police officers", "police officers kidnapped in Machala", "reported", EC),
            cl(
                7800,
                "deaths",
                "violent deaths in Ecuador in 2023",
                "reported",
                EC,
                approximate=True,
            ),
            cl(
                20000,
                "members",
                "members of Ecuador's gangs",
                "estimated",
                "security analysts",
                upper=40000,
            ),
            cl(1e9, "USD", "cost of the offensive this year", "estimated", NOBOA, approximate=True),
            cl(
                1500,
                "Colombians",
                "Colombian inmates Ecuador would deport",
                "reported",
                NOBOA,
                approximate=True,
            ),
            cl(
                93e6,
                "USD",
                "US security assistance to Ecuador since 2021",
                "reported",
                US,
                approximate=True,
            ),
            cl(6, "men", "Colombian men arrested over Villavicencio's killing"),
        ],
    },
    # ------------------------------------------------------------- (4) reader comments
    NEPAL: {
        "title": "Nepal's new banknote map revives border row as India says 'facts on the ground' "
        "will not change",
        "published": "2024-05-06",
        "entities": [
            ent(NP, "GPE", "Kathmandu"),
            ent(IN, "GPE", "New Delhi"),
            ent(CN, "GPE"),
            ent(DAHAL, "PERSON", "Dahal", "Prachanda"),
            ent("Rekha Sharma", "PERSON"),
            ent("Lipulekh", "LOC"),
            ent("Kalapani", "LOC"),
            ent("Limpiyadhura", "LOC"),
            ent(NRB, "ORG"),
            ent(JAISHANKAR, "PERSON", "Jaishankar"),
            ent("Bhubaneswar", "GPE"),
            ent("Treaty of Sugauli", "LAW"),
            ent(EIC, "ORG"),
            ent(SRIVASTAVA, "PERSON"),
            ent("Uttarakhand", "GPE"),
            ent("Rajnath Singh", "PERSON"),
            ent("Tibet", "GPE"),
            ent(NARAVANE, "PERSON"),
            ent(MODI, "PERSON"),
            ent("Agnipath", "OTHER"),
            ent(SHRESTHA, "PERSON"),
            ent("Sunita Thapa", "PERSON"),
            ent("Tribhuvan University", "ORG"),
            ent("Nepali", "NORP", "Nepalis"),
            ent("Indian", "NORP"),
            ent("Hindu", "NORP"),
            ent("Gurkhas", "NORP"),
        ],
        "events": [
            # "Whatever they do on their own side will not alter the facts on the ground or our
            # position," Jaishankar told reporters in Bhubaneswar on Saturday (the lead's "accused
            # Kathmandu on Saturday of acting unilaterally" is the same charge)
            ev(
                "ACCUSE",
                "disapprove",
                [JAISHANKAR],
                [NP],
                date="2024-05-04",
                location="Bhubaneswar",
            ),
            # Nepal's foreign ministry rejected the criticism on Sunday (a denial of the charge:
            # targets the accuser) ...
            ev("REJECT", "deny", [NP], [JAISHANKAR], "denied", date="2024-05-05"),
            # ... since the 1816 Treaty of Sugauli, which the kingdom signed with the British East
            # India Company (background AGREE; "the kingdom" is Nepal)
            ev("AGREE", "treaty", [NP, EIC], [EIC, NP], date="1816"),
            # ... and called on New Delhi to settle the dispute through talks "at the earliest"
            ev("REQUEST", "negotiate", [NP], [IN], date="2024-05-05"),
            # Indian Ambassador Naveen Srivastava met Dahal ... at his office the same day (mutual)
            ev(
                "CONSULT",
                "meet",
                [SRIVASTAVA, DAHAL],
                [DAHAL, SRIVASTAVA],
                date="2024-05-05",
                location="Kathmandu",
            ),
            # Outside the Indian embassy in Kathmandu, about 200 students burned an effigy of
            # Jaishankar on Sunday evening (an unnamed crowd; the effigy names its target)
            ev("PROTEST", "demonstrate", [], [JAISHANKAR], date="2024-05-05", location="Kathmandu"),
            # The row first flared in November 2019, when India published a new political map ...
            # Nepal's government protested (a government's protest is ACCUSE; the map itself is
            # India's own publication, not coded) ...
            ev("ACCUSE", "disapprove", [NP], [IN], date="2019-11"),
            # ... and thousands of people marched through Kathmandu (an unnamed crowd; a reaction
            # that names nobody targets the doer of the map, India)
            ev("PROTEST", "demonstrate", [], [IN], date="2019-11", location="Kathmandu"),
            # In May 2020 ... Kathmandu handed India's ambassador a diplomatic note of protest
            # (ACCUSE; the unnamed envoy is his state; the road itself is not coded)
            ev("ACCUSE", "protest note", [NP], [IN], date="2020-05"),
            # Naravane suggested that Nepal had raised its objections "at the behest of someone
            # else" (an insinuation against Nepal; China, only read into the remark, is no target)
            ev("ACCUSE", "allege", [NARAVANE], [NP], date="2020-05"),
            # A month later Nepal's parliament amended the constitution to adopt the new map, a
            # step New Delhi called "untenable" (ACCUSE; the amendment is domestic)
            ev("ACCUSE", "disapprove", [IN], [NP], date="2020-06"),
            # Nepal had already objected in 2015, when India and China agreed to expand border
            # trade through Lipulekh without consulting it
            ev("ACCUSE", "disapprove", [NP], [IN, CN], date="2015"),
            ev("AGREE", "trade", [IN, CN], [CN, IN], date="2015", location="Lipulekh"),
            # Later that year an unofficial blockade of the border, which Kathmandu blamed on New
            # Delhi, cut supplies of fuel and medicine (the writer names no doer: no actor, the
            # blockaded state as target; the blame and the denial are each side's account, as
            # dev13a's dam breach)
            ev("COERCE", "blockade", [], [NP], date="2015"),
            ev("ACCUSE", "blame", [NP], [IN], date="2015"),
            # India denied any role (a denial: targets the accuser)
            ev("REJECT", "deny", [IN], [NP], "denied", date="2015"),
            # Dahal visited New Delhi in June 2023 and met Prime Minister Narendra Modi (a visit
            # and a meeting, dev13a's Erdogan)
            ev("CONSULT", "visit", [DAHAL], [IN], date="2023-06", location="New Delhi"),
            ev(
                "CONSULT",
                "meet",
                [DAHAL, MODI],
                [MODI, DAHAL],
                date="2023-06",
                location="New Delhi",
            ),
            # The two agreed to settle the boundary question ... and signed a deal for India to
            # import 10,000 megawatts of Nepali electricity (one AGREE at the one meeting)
            ev(
                "AGREE",
                "agreement",
                [DAHAL, MODI],
                [MODI, DAHAL],
                date="2023-06",
                location="New Delhi",
            ),
            # Nepal stopped sending new recruits in 2022 in protest at Agnipath (halting
            # cooperation: SANCTION)
            ev("SANCTION", "halt cooperation", [NP], [IN], date="2022"),
            # Shrestha said he would raise the map with Jaishankar at the next meeting of the two
            # countries' joint commission, due in Kathmandu later this year (own plan: planned;
            # "later this year" gives the year)
            ev(
                "CONSULT",
                "meet",
                [SHRESTHA, JAISHANKAR],
                [JAISHANKAR, SHRESTHA],
                "planned",
                date="2024",
                location="Kathmandu",
            ),
            # Not coded: the cabinet's approval and the central bank's printing (domestic), India's
            # 2019 map and Rajnath Singh's road (no act on another), Nepal's constitutional
            # amendment (domestic), the trade and Gurkha figures (claims only), Thapa's opinion,
            # every reader comment.
        ],
        "claims": [
            cl(
                370,
                "square kilometres",
                "area shown on the map and claimed by both",
                approximate=True,
            ),
            cl(300e6, "notes", "new notes Nepal Rastra Bank will print", "planned", NRB),
            cl(200, "students", "students who burned an effigy of Jaishankar", approximate=True),
            cl(
                10000,
                "megawatts",
                "Nepali electricity India is to import within a decade",
                "planned",
            ),
            cl(0.64, "share", "India's share of Nepal's foreign trade", approximate=True),
            cl(
                8.5e9,
                "USD",
                "Nepal's foreign trade in the last fiscal year",
                "reported",
                NP,
                approximate=True,
            ),
            cl(32000, "Gurkhas", "Nepali Gurkhas serving in the Indian army", approximate=True),
            cl(
                1.5e6,
                "Nepalis",
                "Nepalis living and working in India",
                "estimated",
                NP,
                approximate=True,
            ),
        ],
    },
}

# ------------------------------------------------------------------ checks
MONEY = {"USD", "EUR"}
# sources that the text names without naming an entity, written as the text names them
UNNAMED_SOURCES = {
    "Ethiopian officials",
    "Mongolian officials",
    "security analysts",
}

# where each page's article text starts and ends (boilerplate and comments lie outside)
BODY = {
    GERD_PAGE: ("CAIRO —", "Share this article:"),
    MONGOLIA: ("KEY POINTS", "[Load earlier updates]"),
    ECUADOR: ("QUITO/GUAYAQUIL, Jan 11", "Reporting by"),
    NEPAL: ("KATHMANDU, May 6", "\nRelated\n"),
}
# targetless events kept beside a targeted one of the same type and actor: each is a different
# act, not one act told twice (README_a.md); none on these pages
KEPT_TARGETLESS: set = set()


def article_text(name):
    """The article body alone: from the dateline or key points to the share line or credit."""
    return between(page_text(HERE, name), *BODY[name])


# what goldkit.check_story holds each story to (sizes and length: the brief's aims)
RULES = {"money": MONEY, "unnamed": UNNAMED_SOURCES, "kept_targetless": KEPT_TARGETLESS}
RULES["sizes"] = {"events": (18, 28), "claims": (6, 14), "entities": (25, 40)}
RULES["words"] = (550, 650)

for _name, _page in PAGES.items():
    # the comments below the Nepal page yield nothing: no entity is named only there
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

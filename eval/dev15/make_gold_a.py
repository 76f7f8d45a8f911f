"""Writes eval/dev15/gold/*.json for part A of set 15 (facts-only gold, hand-written from the page
text without running the extractor).

Each page: title, published, entities (name, type, aliases), events and claims in the contract's
shape; `text` and `evidence` are null (scored on facts alone). Conventions follow
docs/annotation.md; where it is silent, the choices of eval/dev14 (README_a.md, README_b.md) and,
behind them, eval/dev13 to eval/dev4. The choices made for this half are listed in
eval/dev15/README_a.md. Part B (make_gold_b.py) writes its own pages into the same gold folder;
this script writes only the four part-A pages.
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent


sys.path.insert(0, str(HERE.parent))
from goldkit import between, check_story, cl, ent, ev, page_text, write_gold  # noqa: E402

# (1) Romania charges Georgescu, raw HTML
RO = "Romania"
RU = "Russia"
US = "United States"
EU = "European Union"
MD = "Moldova"
GEORGESCU = "Calin Georgescu"
POTRA = "Horatiu Potra"
INTERPOL = "Interpol"
SIMION = "George Simion"
MUSK = "Elon Musk"
VANCE = "JD Vance"
PESKOV = "Dmitry Peskov"
TIKTOK = "TikTok"
ECHR = "European Court of Human Rights"
SANDU = "Maia Sandu"
# (2) Georgia's pro-EU protests, live blog
GE = "Georgia"
EE = "Estonia"
LV = "Latvia"
LT = "Lithuania"
UA = "Ukraine"
BUDRYS = "Kestutis Budrys"
KOBAKHIDZE = "Irakli Kobakhidze"
UNM = "United National Movement"
CFC = "Coalition for Change"
GD = "Georgian Dream"
ZOURABICHVILI = "Salome Zourabichvili"
KALLAS = "Kaja Kallas"
IOSELIANI = "Levan Ioseliani"
# (3) Bolivia's failed coup, wire
BO = "Bolivia"
AR = "Argentina"
BR = "Brazil"
MX = "Mexico"
ZUNIGA = "Juan Jose Zuniga"
ARCE = "Luis Arce"
ARNEZ = "Juan Arnez Salvador"
DEL_CASTILLO = "Eduardo del Castillo"
MORALES = "Evo Morales"
COB = "Bolivian Workers' Centre"
LULA = "Luiz Inacio Lula da Silva"
BORIC = "Gabriel Boric"
PETRO = "Gustavo Petro"
ALMAGRO = "Luis Almagro"
OAS = "Organization of American States"
ADORNI = "Manuel Adorni"
# (4) Kyrgyzstan and Tajikistan's border treaty, reader comments
KG = "Kyrgyzstan"
TJ = "Tajikistan"
UZ = "Uzbekistan"
JAPAROV = "Sadyr Japarov"
RAHMON = "Emomali Rahmon"
TASHIEV = "Kamchybek Tashiev"
YATIMOV = "Saimumin Yatimov"
SOCDEM = "Social Democrats"
SADYKBEKOV = "Nurlan Sadykbekov"
PUTIN = "Vladimir Putin"
CSTO = "Collective Security Treaty Organization"
MIRZIYOYEV = "Shavkat Mirziyoyev"

ROMANIA = "2025-02-27-romania-georgescu-charged-detained.html"
GEORGIA = "2024-12-02-georgia-pro-eu-protests-baltic-bans-live.txt"
BOLIVIA = "2024-06-27-bolivia-failed-coup-zuniga-arrested.txt"
BORDER = "2025-03-14-kyrgyzstan-tajikistan-border-treaty.txt"

PAGES = {
    # ------------------------------------------------------------- (1) raw HTML
    ROMANIA: {
        "title": "Romania charges far-right candidate Georgescu as supporters rally outside "
        "prosecutors' office",
        "published": "2025-02-27",
        "entities": [
            ent(RO, "GPE", "Bucharest"),
            ent(GEORGESCU, "PERSON", "Georgescu"),
            ent(POTRA, "PERSON", "Potra"),
            ent("French Foreign Legion", "ORG"),
            ent("Dubai", "GPE"),
            ent(INTERPOL, "ORG"),
            ent("Alliance for the Union of Romanians", "ORG", "AUR"),
            ent(SIMION, "PERSON"),
            ent("Donald Trump", "PERSON", "Trump"),
            ent(MUSK, "PERSON", "Musk"),
            ent("X", "ORG"),
            ent(VANCE, "PERSON"),
            ent("Munich", "GPE"),
            ent(US, "GPE", "US", "Washington"),
            ent("State Department", "ORG"),
            ent(RU, "GPE", "Moscow", "Kremlin"),
            ent(PESKOV, "PERSON"),
            ent(EU, "ORG", "Brussels"),
            ent("Constitutional Court", "ORG"),
            ent("Supreme Council of National Defence", "ORG"),
            ent(TIKTOK, "ORG"),
            ent("European Commission", "ORG"),
            ent(ECHR, "ORG", "Strasbourg"),
            ent("Elena Lasconi", "PERSON"),
            ent("Klaus Iohannis", "PERSON"),
            ent("Senate", "ORG"),
            ent("Ilie Bolojan", "PERSON"),
            ent(MD, "GPE", "Chisinau"),
            ent(SANDU, "PERSON"),
            ent("NATO", "ORG"),
            ent(UA, "GPE"),
            ent("Romanian", "NORP"),
            ent("Russian", "NORP"),
        ],
        "events": [
            # Romanian prosecutors charged Calin Georgescu on Wednesday with incitement ... and with
            # lying about how his presidential campaign was paid for (prosecutors are the
            # executive: the state accuses, dev8a)
            ev("ACCUSE", "allege", [RO], [GEORGESCU], date="2025-02-26"),
            # ... hours after police pulled the far-right politician's car over in morning traffic
            # and took him in for questioning (a detention; the police are Romania's)
            ev("COERCE", "detain", [RO], [GEORGESCU], date="2025-02-26", location="Bucharest"),
            # After questioning that stretched past midnight, prosecutors placed him early on
            # Thursday under judicial control for 60 days, barring him from leaving the country
            # (a restriction of movement, its own act on its own day)
            ev("COERCE", "restrict movement", [RO], [GEORGESCU], date="2025-02-27"),
            # He rejected every charge as he walked out of the building (a denial: targets the
            # accuser; he left after midnight)
            ev("REJECT", "deny", [GEORGESCU], [RO], "denied", date="2025-02-27"),
            # ... calling the case "a political execution" ordered by people who were afraid he
            # would win again (a counter-charge; "people" named by nobody: the doer of the case)
            ev("ACCUSE", "allege", [GEORGESCU], [RO], date="2025-02-27"),
            # On the same day police searched 47 addresses linked to Horatiu Potra (raids; the
            # seizure of guns and cash is part of them)
            ev("COERCE", "raid", [RO], [POTRA], date="2025-02-26"),
            # Prosecutors suspect that Potra and 21 of his men planned to provoke unrest ...;
            # prosecutors issued a warrant for his arrest (one accusation: the suspicion and the
            # warrant; no day of its own)
            ev("ACCUSE", "allege", [RO], [POTRA]),
            # ... and asked Interpol to circulate it
            ev("REQUEST", "arrest", [RO], [INTERPOL]),
            # About 3,000 people gathered outside the prosecutors' headquarters on Wednesday
            # evening (an unnamed crowd; a reaction that names nobody targets the doer of the
            # detention it answers)
            ev("PROTEST", "demonstrate", [], [RO], date="2025-02-26", location="Bucharest"),
            # AUR leader George Simion had urged supporters on social media to "come and defend
            # democracy" (a request to unnamed supporters keeps an empty target)
            ev("REQUEST", "mobilize", [SIMION], [], date="2025-02-26"),
            # Elon Musk ... called it "crazy" in a post on X late on Wednesday (its doer: the
            # detention's)
            ev("ACCUSE", "disapprove", [MUSK], [RO], date="2025-02-26"),
            # Vice President JD Vance had already singled out Romania in a speech in Munich on
            # February 14, accusing its establishment of cancelling an election
            ev("ACCUSE", "disapprove", [VANCE], [RO], date="2025-02-14", location="Munich"),
            # Romania's foreign ministry rejected Musk's remarks on Thursday (a denial: targets the
            # accuser)
            ev("REJECT", "deny", [RO], [MUSK], "denied", date="2025-02-27"),
            # Georgescu had appealed to the new US administration earlier this month to "help save
            # Romanian democracy"
            ev("REQUEST", "intervene", [GEORGESCU], [US], date="2025-02"),
            # A State Department spokeswoman ... urged the Romanian authorities to guarantee "a fair
            # and transparent process" (an unnamed spokeswoman: the state acts)
            ev("REQUEST", "due process", [US], [RO], date="2025-02-27"),
            # Peskov said on Thursday that accusations of Russian meddling in Romania's election
            # were "unfounded" (a denial: targets the accuser, Romania, below) ...
            ev("REJECT", "deny", [PESKOV], [RO], "denied", date="2025-02-27"),
            # ... and accused Bucharest of hunting down anyone who strayed from the European
            # Union's line
            ev("ACCUSE", "allege", [PESKOV], [RO], date="2025-02-27"),
            # Officials in Bucharest later said they believed Russia was behind the operation (the
            # declassified reports' "state actor" is the same charge; "later": undated)
            ev("ACCUSE", "allege", [RO], [RU]),
            # Moscow denied any interference (undated)
            ev("REJECT", "deny", [RU], [RO], "denied"),
            # The European Commission opened formal proceedings against TikTok on December 17 (an
            # investigation: ACCUSE; the Commission is the EU)
            ev("ACCUSE", "investigate", [EU], [TIKTOK], date="2024-12-17"),
            # The company denies wrongdoing (a denial: targets the accuser)
            ev("REJECT", "deny", [TIKTOK], [EU], "denied"),
            # Georgescu asked the European Court of Human Rights in January to overturn the
            # annulment ...
            ev("REQUEST", "appeal", [GEORGESCU], [ECHR], date="2025-01"),
            # ... but the Strasbourg court threw out his application this month (an international
            # court's act is coded, dev11a; a refusal)
            ev("REJECT", "reject", [ECHR], [GEORGESCU], date="2025-02"),
            # Sandu said Chisinau stood with Romania "in defending its elections" (the reported
            # clause's subject, Chisinau, acts, dev13a; no day of its own)
            ev("SUPPORT", "solidarity", [MD], [RO]),
            # Not coded: the Constitutional Court's annulment (a domestic court's ruling, dev6b),
            # the declassification (the same charge as Bucharest's), Georgescu's first-round win
            # and his planned registration, Iohannis's resignation and Bolojan's interim role
            # (domestic), "The rally passed off largely peacefully" (no act), "The detention drew
            # swift criticism" (a summary of Musk's and Vance's remarks), "being closely watched in
            # Brussels and at NATO" and "hosts thousands of allied troops" (no act).
        ],
        "claims": [
            cl(6, "counts", "counts Georgescu faces", "reported", RO),
            cl(47, "addresses", "addresses linked to Potra searched by police"),
            cl(21, "men", "Potra's men suspected of planning unrest", "reported", RO),
            cl(1e6, "USD", "cash seized in the raids", "reported", RO, approximate=True),
            cl(
                3000,
                "people",
                "people gathered outside the prosecutors' headquarters",
                "reported",
                RO,
                approximate=True,
            ),
            cl(
                25000,
                "accounts",
                "TikTok accounts that became active before the vote",
                "reported",
                RO,
                approximate=True,
            ),
            cl(381000, "USD", "paid to influencers by a single user", "reported", RO),
            cl(0.229, "share", "Georgescu's share of the first-round vote"),
            cl(0.192, "share", "Lasconi's share of the first-round vote"),
            cl(19e6, "people", "Romania's population"),
        ],
    },
    # ------------------------------------------------------------- (2) live blog, key points
    GEORGIA: {
        "title": "Georgia protests live: Baltic states bar 11 officials as police clear pro-EU "
        "rally for a fifth night",
        "published": "2024-12-02",
        "entities": [
            ent(GE, "GPE", "Tbilisi"),
            ent(EE, "GPE"),
            ent(LV, "GPE"),
            ent(LT, "GPE"),
            ent(EU, "ORG", "EU", "Brussels"),
            ent("Vakhtang Gomelauri", "PERSON"),
            ent(BUDRYS, "PERSON"),
            ent(KOBAKHIDZE, "PERSON", "Kobakhidze"),
            ent(UNM, "ORG"),
            ent("Mikheil Saakashvili", "PERSON"),
            ent("Maidan", "EVENT"),
            ent(UA, "GPE", "Kyiv"),
            ent(ZOURABICHVILI, "PERSON", "Zourabichvili"),
            ent(GD, "ORG"),
            ent(KALLAS, "PERSON"),
            ent("Matthew Miller", "PERSON"),
            ent("State Department", "ORG"),
            ent(US, "GPE", "Washington"),
            ent("Strategic Partnership Charter", "LAW"),
            ent("Volodymyr Zelensky", "PERSON"),
            ent(PUTIN, "PERSON", "Putin"),
            ent(IOSELIANI, "PERSON"),
            ent("Rustaveli Avenue", "FAC"),
            ent("Batumi", "GPE"),
            ent("Black Sea", "LOC"),
            ent("Bidzina Ivanishvili", "PERSON"),
            ent(CFC, "ORG"),
            ent(RU, "GPE"),
            ent("Abkhazia", "GPE"),
            ent("South Ossetia", "GPE"),
            ent("Georgian", "NORP", "Georgians"),
            ent("Ukrainian", "NORP"),
        ],
        "events": [
            # 21:10 - Estonia, Latvia and Lithuania said they had barred 11 Georgian officials,
            # among them Interior Minister Vakhtang Gomelauri ..., from entering their territory
            # (entry bans: SANCTION; the officials are the state's, dev14a's prison guards; a formal
            # measure told by its own side stays asserted; the key point restates it)
            ev("SANCTION", "entry ban", [EE, LV, LT], [GE], date="2024-12-02"),
            # "People who beat protesters for carrying the flag of Europe have no place in our
            # countries," ... Kestutis Budrys, said (a named speaker's condemnation)
            ev("ACCUSE", "disapprove", [BUDRYS], [GE], date="2024-12-02"),
            # The three governments called on the rest of the EU to follow their lead
            ev("REQUEST", "sanction", [EE, LV, LT], [EU], date="2024-12-02"),
            # 19:45 - Kobakhidze accused the opposition United National Movement ... of organising
            # the violence with money from abroad
            ev("ACCUSE", "allege", [KOBAKHIDZE], [UNM], date="2024-12-02"),
            # He warned that everyone behind the unrest would "answer before the law" (a warning;
            # "everyone behind the unrest" is the party he has just accused)
            ev("THREATEN", "prosecution", [KOBAKHIDZE], [UNM], "planned", date="2024-12-02"),
            # 18:30 - Zourabichvili ... said she would not hand over power to a successor chosen by
            # Georgian Dream's majority in the new parliament (a refusal; the key point restates it)
            ev("REJECT", "refuse", [ZOURABICHVILI], [GD], date="2024-12-02"),
            # She appealed to Brussels and Washington not to recognise the government
            ev("REQUEST", "non-recognition", [ZOURABICHVILI], [EU, US], date="2024-12-02"),
            # 17:15 - Kallas called the violence against peaceful protesters "unacceptable" ...
            ev("ACCUSE", "disapprove", [KALLAS], [GE], date="2024-12-02"),
            # ... and warned that the bloc could impose sanctions on those responsible (the
            # reported clause's subject, the bloc, acts; a warning: planned THREATEN)
            ev("THREATEN", "sanction", [EU], [GE], "planned", date="2024-12-02"),
            # 15:40 - Miller said the United States condemned the "excessive force" (the state is
            # the reported clause's subject)
            ev("ACCUSE", "disapprove", [US], [GE], date="2024-12-02"),
            # Washington suspended its Strategic Partnership Charter with Tbilisi on Saturday
            # (walking away from an agreement: REJECT `agreement`, as the guide's "suspended the
            # 2018 military pact")
            ev("REJECT", "agreement", [US], [GE], date="2024-11-30"),
            # 14:05 - Zelensky said ... that Kyiv would coordinate sanctions with its partners
            # against "those who are handing Georgia over to Putin" (announced sanctions are a
            # THREATEN; Kyiv is the reported clause's subject; the entry's day)
            ev("THREATEN", "sanction", [UA], [GE], "planned", date="2024-12-02"),
            # 12:20 - Ioseliani said most of the detainees he had visited bore signs of beatings
            # (a domestic charge against the state's police) ...
            ev("ACCUSE", "allege", [IOSELIANI], [GE], date="2024-12-02"),
            # ... and called on prosecutors to investigate the police officers involved (the
            # prosecutors are Georgia's)
            ev("REQUEST", "investigate", [IOSELIANI], [GE], date="2024-12-02"),
            # The interior ministry says 224 people have been detained since Thursday (own
            # operation told by its side: reported, Georgia; unnamed people: no target; the key
            # point restates it)
            ev("COERCE", "detain", [GE], [], "reported", GE, "2024-11-28"),
            # 10:30 - Demonstrators blocked the main road through ... Batumi on Monday morning,
            # local media reported (an unnamed crowd; the reaction targets the doer of the
            # suspension it protests)
            ev(
                "PROTEST",
                "block road",
                [],
                [GE],
                "reported",
                "local media",
                "2024-12-02",
                "Batumi",
            ),
            # 08:30 - Police fired water cannon and tear gas overnight to clear thousands of
            # protesters from Rustaveli Avenue outside parliament in Tbilisi (the police are the
            # story's country's; unnamed protesters: no target; the key point restates it)
            ev("COERCE", "water cannon", [GE], [], date="2024-12-01", location="Tbilisi"),
            # It was the fifth night of demonstrations (an unnamed crowd; the fireworks are part of
            # the protest) ...
            ev("PROTEST", "demonstrate", [], [GE], date="2024-12-01", location="Tbilisi"),
            # ... since Kobakhidze announced on Thursday that Georgia was suspending its bid to open
            # accession talks with the European Union until the end of 2028 (suspending talks
            # stays a SANCTION; the reported clause's subject, Georgia, acts)
            ev("SANCTION", "suspend talks", [GE], [EU], date="2024-11-28"),
            # The main opposition alliances, among them the United National Movement and the
            # Coalition for Change, say the vote was rigged (a charge against the winner) ...
            ev("ACCUSE", "allege", [UNM, CFC], [GD]),
            # ... and have refused to take up their seats (a boycott of parliament: PROTEST with the
            # parties as actors and the state as target, dev14b)
            ev("PROTEST", "boycott", [UNM, CFC], [GE]),
            # Georgian Dream denies any fraud (a denial: targets the accusers)
            ev("REJECT", "deny", [GD], [UNM, CFC], "denied"),
            # Brussels froze the accession process in June after parliament passed a "foreign
            # influence" law
            ev("SANCTION", "freeze accession", [EU], [GE], date="2024-06"),
            # Washington imposed visa bans on Georgian officials over the law the same month ...
            ev("SANCTION", "visa ban", [US], [GE], date="2024-06"),
            # ... and in July paused $95 million in aid to the government
            ev("SANCTION", "halt aid", [US], [GE], date="2024-07"),
            # Russia, which fought a five-day war with Georgia in 2008 (a two-sided war: the first
            # named side acts; "still occupies" is a standing state, not coded)
            ev("ASSAULT", "war", [RU], [GE], date="2008"),
            # Not coded: the EU foreign ministers' meeting on December 16 (the bloc's own meeting),
            # Kobakhidze's "no Maidan" (part of his warning), Georgian Dream's election win and the
            # "foreign influence" law (domestic), Georgia becoming an EU candidate (a status, not
            # told as an act), the fireworks (part of the protest), the opinion polls (claim only).
        ],
        "claims": [
            cl(11, "officials", "Georgian officials barred by Estonia, Latvia and Lithuania"),
            cl(224, "people", "people detained since Thursday", "reported", GE),
            cl(113, "police officers", "police officers injured", "reported", GE),
            cl(0.54, "share", "Georgian Dream's share of the vote on October 26"),
            cl(
                0.8,
                "share",
                "Georgians who want their country to join the EU",
                "reported",
                "opinion polls",
                approximate=True,
            ),
            cl(3.7e6, "people", "Georgia's population"),
            cl(95e6, "USD", "US aid to the Georgian government paused in July"),
            cl(0.2, "share", "share of Georgia's territory occupied by Russia", approximate=True),
        ],
    },
    # ------------------------------------------------------------- (3) wire, attributions
    BOLIVIA: {
        "title": "Bolivia arrests ex-army chief after failed coup as Morales and Argentina cast "
        "doubt on Arce",
        "published": "2024-06-27",
        "entities": [
            ent(BO, "GPE", "La Paz"),
            ent(ZUNIGA, "PERSON", "Zuniga"),
            ent(ARCE, "PERSON", "Arce"),
            ent("X", "ORG"),
            ent("Plaza Murillo", "FAC"),
            ent("Unitel", "ORG"),
            ent("Jose Wilson Sanchez", "PERSON", "Sanchez"),
            ent(DEL_CASTILLO, "PERSON", "Del Castillo"),
            ent(ARNEZ, "PERSON", "Arnez"),
            ent(MORALES, "PERSON", "Morales"),
            ent(COB, "ORG", "COB"),
            ent(LULA, "PERSON"),
            ent(BR, "GPE"),
            ent("Chile", "GPE"),
            ent(BORIC, "PERSON"),
            ent("Colombia", "GPE"),
            ent(PETRO, "PERSON"),
            ent(ALMAGRO, "PERSON"),
            ent(OAS, "ORG", "OAS"),
            ent(US, "GPE", "US"),
            ent("State Department", "ORG"),
            ent(AR, "GPE", "Buenos Aires"),
            ent(ADORNI, "PERSON"),
            ent("Javier Milei", "PERSON"),
            ent(MX, "GPE"),
            ent("Movement for Socialism", "ORG", "MAS"),
            ent("Andrea Quiroga", "PERSON"),
            ent("San Simon University", "ORG"),
            ent("Cochabamba", "GPE"),
            ent("Bolivian", "NORP", "Bolivians"),
            ent("Brazilian", "NORP"),
        ],
        "events": [
            # Bolivian police arrested the country's former army commander, General Juan Jose
            # Zuniga, late on Wednesday ...
            ev("COERCE", "arrest", [BO], [ZUNIGA], date="2024-06-26", location="La Paz"),
            # ... hours after troops under his command drove armoured vehicles into the square
            # outside the presidential palace and rammed one of its doors (a coup attempt: COERCE
            # `coup`, dev6a and dev10b; its named leader acts against the president)
            ev("COERCE", "coup", [ZUNIGA], [ARCE], date="2024-06-26", location="Plaza Murillo"),
            # Arce denounced "irregular mobilisations" of army units in a post on X (the
            # mobilisation's doer: the general commanding the troops)
            ev("ACCUSE", "disapprove", [ARCE], [ZUNIGA], date="2024-06-26"),
            # Arce confronted Zuniga in the palace doorway and ordered him to pull his soldiers back
            ev("REQUEST", "withdraw", [ARCE], [ZUNIGA], date="2024-06-26"),
            # The soldiers withdrew from the square by early evening ("his soldiers": Zuniga's;
            # a withdrawal: RETREAT)
            ev(
                "RETREAT", "withdraw", [ZUNIGA], [ARCE], date="2024-06-26", location="Plaza Murillo"
            ),
            # ... and hundreds of Arce's supporters poured into it, waving Bolivian flags (an
            # unnamed crowd's rally; it answers the coup, whose doer is its target)
            ev("PROTEST", "demonstrate", [], [ZUNIGA], date="2024-06-26", location="Plaza Murillo"),
            # Zuniga told reporters that Arce had asked him on Sunday to "prepare something" (a
            # charge; the Sunday request is only its content)
            ev("ACCUSE", "allege", [ZUNIGA], [ARCE], date="2024-06-26"),
            # The government dismissed the claim as "a lie" (a denial: targets the accuser; no day
            # of its own; Del Castillo's quote is the same denial)
            ev("REJECT", "deny", [BO], [ZUNIGA], "denied"),
            # Del Castillo said on Thursday that 17 people had been arrested since Wednesday, among
            # them ... Juan Arnez Salvador (own operation told by its side: reported, its named
            # minister as source, dev14b)
            ev("COERCE", "arrest", [BO], [ARNEZ], "reported", DEL_CASTILLO, "2024-06-26"),
            # ... and that prosecutors had charged Zuniga and Arnez with terrorism and armed
            # uprising (a speech act relayed by its own side: asserted; no day of its own)
            ev("ACCUSE", "allege", [BO], [ZUNIGA, ARNEZ]),
            # Morales called on his supporters on Wednesday to take to the streets (unnamed
            # supporters: empty target)
            ev("REQUEST", "mobilize", [MORALES], [], date="2024-06-26"),
            # By Thursday he had changed his tune, accusing Arce of staging a "self-coup"
            ev("ACCUSE", "allege", [MORALES], [ARCE], date="2024-06-27"),
            # The Bolivian Workers' Centre (COB) ... declared an indefinite general strike against
            # the uprising on Wednesday afternoon (a strike: PROTEST by the named federation,
            # against the uprising's doer; its lifting is not coded)
            ev("PROTEST", "strike", [COB], [ZUNIGA], date="2024-06-26"),
            # Lula spoke to Arce by phone on Thursday ..., the Brazilian presidency said (own
            # contact told by one side: reported, Brazil)
            ev("CONSULT", "phone", [LULA, ARCE], [ARCE, LULA], "reported", BR, "2024-06-27"),
            # ... and expressed his "full support" (a speech act relayed by its own side: asserted)
            ev("SUPPORT", "solidarity", [LULA], [ARCE], date="2024-06-27"),
            # Chile's Gabriel Boric and Colombia's Gustavo Petro condemned the attempt within hours
            ev("ACCUSE", "disapprove", [BORIC, PETRO], [ZUNIGA], date="2024-06-26"),
            # Almagro ... said the region would "not tolerate any form of rupture of the legitimate
            # constitutional order" (disapproval of the attempt; no day of its own)
            ev("ACCUSE", "disapprove", [ALMAGRO], [ZUNIGA]),
            # The US State Department urged "calm and restraint" in Bolivia (no day of its own)
            ev("REQUEST", "calm", [US], [BO]),
            # Adorni ... told reporters in Buenos Aires on Thursday that his government had "serious
            # doubts" ... and suggested Arce had staged them
            ev("ACCUSE", "allege", [ADORNI], [ARCE], date="2024-06-27", location="Buenos Aires"),
            # Bolivia's foreign ministry summoned Argentina's charge d'affaires hours later to
            # protest against the "unfounded" remarks (a summons to protest: one ACCUSE)
            ev("ACCUSE", "summon", [BO], [AR], date="2024-06-27"),
            # ... a day after he said in a television interview that he would arrest Morales if the
            # former president tried to run (a warning, dated when made: the Monday before Tuesday
            # 25 June; his removal from his post is domestic and not coded)
            ev("THREATEN", "arrest", [ZUNIGA], [MORALES], "planned", date="2024-06-24"),
            # Morales resigned in November 2019 after ... weeks of street protests against him (an
            # unnamed crowd) ...
            ev("PROTEST", "demonstrate", [], [MORALES], date="2019"),
            # ... and flew to Mexico, which granted him asylum (AID, PLOVER 075)
            ev("AID", "asylum", [MX], [MORALES], date="2019-11"),
            # ... an audit by the OAS found "deliberate manipulation" of the count by election
            # officials (an allegation; the officials are Bolivia's) ...
            ev("ACCUSE", "allege", [OAS], [BO], date="2019"),
            # ... a finding Morales rejected at the time (a denial: targets the accuser)
            ev("REJECT", "deny", [MORALES], [OAS], "denied", date="2019"),
            # Not coded: Arce's swearing-in of Sanchez and Sanchez's order to the troops (internal
            # command), Zuniga's removal from his post (domestic), the lifting of the strike, the
            # Arce-Morales feud (a standing state), the 2019 resignation and the 2020 rerun
            # (domestic), the shortages, Quiroga's opinion.
        ],
        "claims": [
            cl(
                200,
                "soldiers",
                "soldiers who took part in the uprising",
                "reported",
                "military sources",
                approximate=True,
            ),
            cl(
                8,
                "armoured vehicles",
                "armoured vehicles that took part",
                "reported",
                "military sources",
                approximate=True,
            ),
            cl(17, "people", "people arrested since Wednesday", "reported", DEL_CASTILLO),
            cl(12, "people", "people hurt in the square", "reported", BO),
            cl(0.47, "share", "Morales's share of the 2019 vote by official results"),
            cl(0.55, "share", "Arce's share of the vote in the 2020 rerun"),
            cl(12e6, "people", "Bolivia's population"),
            cl(
                1.8e9,
                "USD",
                "the central bank's foreign reserves",
                "reported",
                BO,
                approximate=True,
            ),
            cl(15e9, "USD", "the central bank's foreign reserves in 2014", "reported", BO),
        ],
    },
    # ------------------------------------------------------------- (4) reader comments
    BORDER: {
        "title": "Kyrgyzstan and Tajikistan sign treaty ending decades-long border dispute",
        "published": "2025-03-14",
        "entities": [
            ent(KG, "GPE", "Bishkek"),
            ent(TJ, "GPE", "Dushanbe"),
            ent(JAPAROV, "PERSON", "Japarov"),
            ent(RAHMON, "PERSON", "Rahmon"),
            ent(TASHIEV, "PERSON", "Tashiev"),
            ent("State Committee for National Security", "ORG", "GKNB"),
            ent("Golovnoi water intake", "FAC"),
            ent("Isfara", "LOC"),
            ent(SOCDEM, "ORG"),
            ent(YATIMOV, "PERSON"),
            ent("Batken", "GPE"),
            ent(SADYKBEKOV, "PERSON"),
            ent("Soviet Union", "GPE"),
            ent("Ferghana valley", "LOC"),
            ent("Kok-Tash", "GPE"),
            ent(PUTIN, "PERSON"),
            ent(RU, "GPE"),
            ent("Astana", "GPE"),
            ent(CSTO, "ORG", "CSTO"),
            ent(UZ, "GPE"),
            ent(MIRZIYOYEV, "PERSON"),
            ent("Khujand", "GPE"),
            ent("Central Asia", "LOC"),
            ent("Aizat Sulaimanova", "PERSON"),
            ent("American University of Central Asia", "ORG"),
            ent("Kyrgyz", "NORP"),
            ent("Tajik", "NORP"),
            ent("Russian", "NORP"),
        ],
        "events": [
            # Japarov and ... Rahmon signed the border treaty in Bishkek on Thursday, on the first
            # day of Rahmon's first visit to the Kyrgyz capital since 2019 (a visit and a meeting,
            # dev12a-dev14a)
            ev("CONSULT", "visit", [RAHMON], [KG], date="2025-03-13", location="Bishkek"),
            # (the signing; the lead's "have settled" is the same act; with the crossings
            # agreement signed at the same meeting, one AGREE, dev14a)
            ev(
                "AGREE",
                "treaty",
                [JAPAROV, RAHMON],
                [RAHMON, JAPAROV],
                date="2025-03-13",
                location="Bishkek",
            ),
            # After talks behind closed doors, the two leaders also signed an agreement ...
            ev(
                "CONSULT",
                "meet",
                [JAPAROV, RAHMON],
                [RAHMON, JAPAROV],
                date="2025-03-13",
                location="Bishkek",
            ),
            # ... to reopen the road crossings between their countries (the promised act beside
            # the AGREE, as the guide's pledge rule: reopening is CONCEDE, dev14b; undated)
            ev("CONCEDE", "reopen border", [KG, TJ], [TJ, KG], "planned"),
            # He dismissed claims by the opposition Social Democrats that Bishkek had given away
            # land (the charge the denial answers) ...
            ev("ACCUSE", "allege", [SOCDEM], [KG]),
            # ... saying "not one hectare" had been ceded (a denial: targets the accuser)
            ev("REJECT", "deny", [TASHIEV], [SOCDEM], "denied"),
            # Tashiev and his Tajik counterpart, Saimumin Yatimov, agreed on the final stretch at a
            # meeting in Batken in December
            ev(
                "CONSULT",
                "meet",
                [TASHIEV, YATIMOV],
                [YATIMOV, TASHIEV],
                date="2024-12",
                location="Batken",
            ),
            ev(
                "AGREE",
                "border",
                [TASHIEV, YATIMOV],
                [YATIMOV, TASHIEV],
                date="2024-12",
                location="Batken",
            ),
            # On Wednesday the GKNB detained three activists, among them the blogger Nurlan
            # Sadykbekov (the GKNB is Kyrgyzstan's; the one named is the target)
            ev("COERCE", "detain", [KG], [SADYKBEKOV], date="2025-03-12"),
            # The committee said they were suspected of calling for mass unrest (no day of its own)
            ev("ACCUSE", "allege", [KG], [SADYKBEKOV]),
            # In April 2021 a dispute ... escalated into two days of fighting between Kyrgyz and
            # Tajik troops (two sides: the first named acts)
            ev("ASSAULT", "clash", [KG], [TJ], date="2021-04", location="Kok-Tash"),
            # Kyrgyzstan closed its crossings with Tajikistan soon afterwards (closing a border:
            # COERCE)
            ev("COERCE", "close border", [KG], [TJ], date="2021"),
            # In September 2022, Tajik and Kyrgyz forces fought for four days along the edge of
            # Kyrgyzstan's Batken region (two sides: the first named acts)
            ev("ASSAULT", "clash", [TJ], [KG], date="2022-09", location="Batken"),
            # Bishkek accused Dushanbe of a planned invasion ...; Tajikistan said Kyrgyz troops had
            # fired first (each side's charge)
            ev("ACCUSE", "allege", [KG], [TJ], date="2022-09"),
            ev("ACCUSE", "allege", [TJ], [KG], date="2022-09"),
            # A month later ... Putin brought Japarov and Rahmon together on the sidelines of a
            # summit in Astana (the hosted meeting and the host, dev13b) ...
            ev(
                "CONSULT",
                "meet",
                [JAPAROV, RAHMON],
                [RAHMON, JAPAROV],
                date="2022-10",
                location="Astana",
            ),
            ev("CONSULT", "host", [PUTIN], [JAPAROV, RAHMON], date="2022-10", location="Astana"),
            # ... and urged them to resolve the dispute through negotiation
            ev("REQUEST", "negotiate", [PUTIN], [JAPAROV, RAHMON], date="2022-10"),
            # Kyrgyzstan had just called off military exercises of the ... CSTO that it was due to
            # host, a move widely read as a rebuke to the bloc (halting cooperation: SANCTION,
            # dev14a's Gurkha recruitment)
            ev("SANCTION", "cancel exercises", [KG], [CSTO], date="2022-10"),
            # In January the two sides exchanged 12 people detained during the 2022 clashes (an
            # actual exchange of prisoners: RETREAT)
            ev("RETREAT", "exchange", [KG, TJ], [TJ, KG], date="2025-01"),
            # Mirziyoyev telephoned both leaders on Thursday to congratulate them, his press service
            # said (own contact told by its side: reported, Uzbekistan) ...
            ev(
                "CONSULT",
                "phone",
                [MIRZIYOYEV],
                [JAPAROV, RAHMON],
                "reported",
                UZ,
                "2025-03-13",
            ),
            # ... to congratulate them (praise relayed by its own side: asserted)
            ev("SUPPORT", "praise", [MIRZIYOYEV], [JAPAROV, RAHMON], date="2025-03-13"),
            # The three presidents are due to meet in the Tajik city of Khujand at the end of the
            # month (a plan: planned, no source; the three are the last three named together)
            ev(
                "CONSULT",
                "multilateral",
                [MIRZIYOYEV, JAPAROV, RAHMON],
                [JAPAROV, RAHMON, MIRZIYOYEV],
                "planned",
                date="2025-03",
                location="Khujand",
            ),
            # Russia's foreign ministry welcomed the treaty (praise of a deal targets its parties,
            # dev14b)
            ev("SUPPORT", "praise", [RU], [KG, TJ]),
            # Not coded: the quotes of Japarov and Rahmon (no act), Tashiev's account of the swapped
            # plots, the 30 rounds of talks since 2022 (habitual; a claim only), the Soviet
            # collapse, the quarrels over water and pasture (habitual), "which stayed out of the
            # fighting" (no act), the planned signing in Khujand (the meeting's purpose, coded as
            # the planned meeting), the trade figure, Sulaimanova's opinion, every reader comment.
        ],
        "claims": [
            cl(980, "kilometres", "length of the Kyrgyz-Tajik frontier"),
            cl(100, "people", "people killed in the 2022 fighting", approximate=True),
            cl(136000, "villagers", "Kyrgyz villagers driven from their homes", approximate=True),
            cl(30, "rounds", "rounds of talks since 2022", approximate=True),
            cl(3, "activists", "activists detained by the GKNB"),
            cl(0.5, "share", "share of the border never marked in 1991", approximate=True),
            cl(50, "people", "people killed in the April 2021 fighting", approximate=True),
            cl(12, "people", "people detained in 2022 exchanged in January"),
            cl(
                54e6,
                "USD",
                "trade between Kyrgyzstan and Tajikistan last year",
                "reported",
                KG,
                approximate=True,
            ),
        ],
    },
}

# ------------------------------------------------------------------ checks
MONEY = {"USD", "EUR"}
# sources that the text names without naming an entity, written as the text names them
UNNAMED_SOURCES = {
    "local media",
    "opinion polls",
    "military sources",
}

# where each page's article text starts and ends (boilerplate and comments lie outside)
BODY = {
    ROMANIA: ("BUCHAREST —", "Share this story:"),
    GEORGIA: ("KEY POINTS", "[Load earlier updates]"),
    BOLIVIA: ("LA PAZ, June 27", "Reporting by"),
    BORDER: ("BISHKEK, March 14", "\nRelated\n"),
}
# targetless events kept beside a targeted one of the same type and actor: each is a different
# act, not one act told twice (README_a.md); none on these pages
KEPT_TARGETLESS: set = set()


def article_text(name):
    """The article body alone: from the dateline or key points to the share line or credit."""
    return between(page_text(HERE, name), *BODY[name])


# what goldkit.check_story holds each story to (sizes and length: the brief's aims)
RULES = {"money": MONEY, "unnamed": UNNAMED_SOURCES, "kept_targetless": KEPT_TARGETLESS}
RULES["sizes"] = {"events": (20, 27), "claims": (8, 14), "entities": (20, 33)}
RULES["words"] = (450, 700)

for _name, _page in PAGES.items():
    # the comments below the border page yield nothing: no entity is named only there
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

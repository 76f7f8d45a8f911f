"""Writes eval/dev13/gold/*.json for part B of set 13 (facts-only gold, hand-written from the
page text without running the extractor).

Each page: title, published, entities (name, type, aliases), events and claims in the contract's
shape; `text` and `evidence` are null (scored on facts alone). Conventions follow
docs/annotation.md and, where it is silent, the choices of eval/dev12 (README_a.md, README_b.md)
and, behind them, eval/dev11 to eval/dev4; the choices made for this half are listed in
eval/dev13/README_b.md. Part A of the set is written separately (make_gold_a.py); this script
writes only the four part-B pages.

The France-Algeria page holds two unrelated stories (the expulsions, then a short brief on the
US-Iran talks in Muscat, dated two days earlier); `write_gold` is given it as a list of stories
and writes one article per story, each with its own entities, events and claims.
"""

import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent


sys.path.insert(0, str(HERE.parent))
from goldkit import check_and_write_stories, check_story, cl, ent, ev  # noqa: E402

# states and bodies
SS = "South Sudan"
SD = "Sudan"
UG = "Uganda"
KE = "Kenya"
NO = "Norway"
US = "United States"
UK = "United Kingdom"
CN = "China"
UN = "United Nations"
PA = "Panama"
TW = "Taiwan"
MM = "Myanmar"
TH = "Thailand"
MY = "Malaysia"
IN = "India"
RU = "Russia"
FR = "France"
DZ = "Algeria"
MA = "Morocco"
IR = "Iran"
OM = "Oman"
SPLM = "Sudan People's Liberation Movement-in-Opposition"
WHITE = "White Army"
UNMISS = "UN Mission in South Sudan"
NUG = "National Unity Government"
TBA = "Three Brotherhood Alliance"
ASEAN = "Association of Southeast Asian Nations"
OHCHR = "Office of the UN High Commissioner for Human Rights"
AMNESTY = "Amnesty International"
FLN = "National Liberation Front"
CKH = "CK Hutchison"
BLK = "BlackRock"
MSC = "MSC"
PPC = "Panama Ports Company"
# people
MACHAR = "Riek Machar"
KIIR = "Salva Kiir"
OYET = "Oyet Nathaniel Pierino"
MAKUEI = "Michael Makuei"
MUHOOZI = "Muhoozi Kainerugaba"
PUOT = "Puot Kang Chol"
DUOP = "Gabriel Duop Lam"
HAYSOM = "Nicholas Haysom"
RUTO = "William Ruto"
ODINGA = "Raila Odinga"
RUBIO = "Marco Rubio"
MULINO = "Jose Raul Mulino"
TRUMP = "Donald Trump"
FLORES = "Anel Flores"
CARTER = "Jimmy Carter"
TORRIJOS = "Omar Torrijos"
GUO = "Guo Jiakun"
HEGSETH = "Pete Hegseth"
ANWAR = "Anwar Ibrahim"
MAH = "Min Aung Hlaing"
PAETONGTARN = "Paetongtarn Shinawatra"
MAHN = "Mahn Winn Khaing Thann"
ZMT = "Zaw Min Tun"
ASSK = "Aung San Suu Kyi"
MACRON = "Emmanuel Macron"
BARROT = "Jean-Noel Barrot"
RETAILLEAU = "Bruno Retailleau"
TEBBOUNE = "Abdelmadjid Tebboune"
BOUKHORS = "Amir Boukhors"
SANSAL = "Boualem Sansal"
ALBUSAIDI = "Badr Albusaidi"
WITKOFF = "Steve Witkoff"
ARAGHCHI = "Abbas Araghchi"
NETANYAHU = "Benjamin Netanyahu"
IAEA = "International Atomic Energy Agency"

PAGES = {
    # ------------------------------------------------------------------ (1) HTML, South Sudan
    "2025-03-27-south-sudan-machar-arrest-uganda.html": {
        "title": "South Sudan detains Riek Machar as Ugandan troops back Kiir",
        "published": "2025-03-27",
        "entities": [
            ent(SS, "GPE"),
            ent("Juba", "GPE"),
            ent(MACHAR, "PERSON", "Machar"),
            ent(UN, "ORG", "UN"),
            ent("Chol Thon Balok", "PERSON"),
            ent(SPLM, "ORG", "SPLM-IO"),
            ent(OYET, "PERSON"),
            ent(MAKUEI, "PERSON", "Makuei"),
            ent(WHITE, "ORG"),
            ent("Nuer", "NORP"),
            ent("Nasir", "GPE"),
            ent("Upper Nile", "GPE"),
            ent("Majur Dak", "PERSON"),
            ent("Ulang", "GPE"),
            ent(UG, "GPE", "Kampala"),
            ent(KIIR, "PERSON", "Kiir"),
            ent(MUHOOZI, "PERSON", "Muhoozi"),
            ent(PUOT, "PERSON"),
            ent(DUOP, "PERSON"),
            ent(HAYSOM, "PERSON"),
            ent(UNMISS, "ORG", "UNMISS"),
            ent(US, "GPE"),
            ent(UK, "GPE", "Britain"),
            ent(NO, "GPE"),
            ent(CN, "GPE"),
            ent(KE, "GPE"),
            ent(RUTO, "PERSON"),
            ent(ODINGA, "PERSON", "Odinga"),
            ent(SD, "GPE"),
            ent("Addis Ababa", "GPE"),
            ent("UN refugee agency", "ORG"),
        ],
        "events": [
            # South Sudanese security forces detained First Vice President Riek Machar at his home
            # in Juba late on Wednesday, his party said (the other side's act in one's own
            # account: reported; the convoy led by the defence minister, the disarmed guards and
            # Makuei's "under house arrest" belong to it)
            ev("COERCE", "arrest", [SS], [MACHAR], "reported", SPLM, "2025-03-26", "Juba"),
            # Oyet ... condemned the arrest as "a coup against the peace agreement" (a reaction
            # that names nobody targets the doer of the act)
            ev("ACCUSE", "disapprove", [OYET], [SS]),
            # He said the party was suspending its participation in the joint security mechanisms
            # set up under the 2018 deal (suspending an accord: REJECT agreement, guide)
            ev("REJECT", "agreement", [SPLM], [SS]),
            # Makuei told reporters on Thursday that Machar ... was being investigated for
            # inciting an attack (the spoken charge; "will face the law" belongs to it)
            ev("ACCUSE", "allege", [MAKUEI], [MACHAR], date="2025-03-27"),
            # The SPLM-IO denied any link to the militia (target the accuser)
            ev("REJECT", "deny", [SPLM], [MAKUEI], "denied"),
            # The White Army overran the Nasir garrison on March 4 (the town: location; the army
            # garrison: the state)
            ev("ASSAULT", "attack", [WHITE], [SS], date="2025-03-04", location="Nasir"),
            # Three days later a UN helicopter ... came under fire (no named doer: no actor)
            ev("ASSAULT", "attack", [], [UN], date="2025-03-07", location="Nasir"),
            # The army has since carried out air strikes on White Army positions around Nasir
            # (the raid near Ulang with the UN's 21 civilians is one of them)
            ev("ASSAULT", "airstrike", [SS], [WHITE], date="2025-03", location="Nasir"),
            # Uganda ... sent special forces to Juba on March 11 at his request, the Ugandan army
            # chief ... said (troops sent to an ally at its request: AID military; own act told
            # by the doer's side: reported)
            ev("AID", "military", [UG], [SS], "reported", MUHOOZI, "2025-03-11", "Juba"),
            # ... at his request (background request, no time given)
            ev("REQUEST", "aid", [KIIR], [UG]),
            # The same day Muhoozi warned the SPLM-IO that any move against Kiir would be treated
            # "as a declaration of war on Uganda"
            ev("THREATEN", "military force", [MUHOOZI], [SPLM], "planned", date="2025-03-11"),
            # On Tuesday the Ugandan army said its helicopter gunships had joined the strikes on
            # White Army positions in Upper Nile (own act told by its side: reported; the day of
            # the strikes is not given)
            ev("ASSAULT", "airstrike", [UG], [WHITE], "reported", UG, "2025-03", "Upper Nile"),
            # The SPLM-IO has accused Uganda of breaching a UN arms embargo
            ev("ACCUSE", "allege", [SPLM], [UG]),
            # ... and called on Kampala to withdraw its troops
            ev("REQUEST", "withdraw", [SPLM], [UG]),
            # the arrest by security forces earlier this month of several of his allies, including
            # Puot Kang Chol and ... Gabriel Duop Lam
            ev("COERCE", "arrest", [SS], [PUOT, DUOP], date="2025-03"),
            # Haysom ... urged the government to release Machar or bring him before a court
            ev("REQUEST", "release", [HAYSOM], [SS]),
            # ... and called on the government and the SPLM-IO to exercise restraint
            ev("REQUEST", "restraint", [HAYSOM], [SS, SPLM]),
            # The United States, Britain and Norway ... said ... that they were "deeply alarmed" by
            # the arrest (expressing alarm: ACCUSE; targets the arrest's doer)
            ev("ACCUSE", "disapprove", [US, UK, NO], [SS]),
            # They urged Kiir to free his deputy
            ev("REQUEST", "release", [US, UK, NO], [KIIR]),
            # ... the so-called troika that helped broker the 2018 deal (background mediation
            # between the deal's two signatories)
            ev("CONSULT", "mediate", [US, UK, NO], [KIIR, MACHAR], date="2018"),
            # China ... urged all parties to settle their differences through dialogue ("all
            # parties": the story's main pair)
            ev("REQUEST", "dialogue", [CN], [SS, SPLM]),
            # Ruto said he had spoken by phone with Kiir on Thursday
            ev("CONSULT", "phone", [RUTO, KIIR], [KIIR, RUTO], date="2025-03-27"),
            # ... and was sending ... Raila Odinga to Juba as a special envoy. Odinga is due to
            # arrive on Saturday (one planned visit)
            ev("CONSULT", "visit", [ODINGA], [SS], "planned", date="2025-03-29", location="Juba"),
            # ... in December 2013, when Kiir accused Machar, then his deputy, of plotting a coup
            ev("ACCUSE", "allege", [KIIR], [MACHAR], date="2013-12"),
            # The fighting between forces loyal to the two men (a war with two sides: one actor,
            # one target, guide)
            ev("ASSAULT", "war", [KIIR], [MACHAR], date="2013-12"),
            # ... before they signed a peace agreement in Addis Ababa in September 2018
            ev("AGREE", "peace", [KIIR, MACHAR], [MACHAR, KIIR], date="2018-09", location="Addis Ababa"),
        ],
        "claims": [
            cl(20, "vehicles", "armed vehicles in the convoy that entered Machar's residence",
               "reported", SPLM, approximate=True),
            cl(27, "soldiers", "soldiers killed when the UN helicopter came under fire in Nasir",
               approximate=True),
            cl(21, "civilians", "civilians killed in one army raid near Ulang", "reported", UN,
               approximate=True),
            cl(20, "officials", "SPLM-IO officials and officers detained since March 4",
               "reported", SPLM, approximate=True),
            cl(18000, "troops", "UNMISS troops and police in South Sudan", approximate=True),
            cl(400000, "people", "people killed in South Sudan's civil war", approximate=True),
            cl(0.9, "share", "share of South Sudan's government revenue that comes from oil",
               approximate=True),
            cl(2.3e6, "South Sudanese", "South Sudanese refugees in neighbouring countries",
               "reported", "UN refugee agency", approximate=True),
        ],
    },
    # ------------------------------------------------------------------ (2) analysis, Panama
    "2025-03-08-panama-canal-pressure-analysis.txt": {
        "title": "Panama bends but does not break under Trump's canal pressure, and Beijing is "
        "watching",
        "published": "2025-03-08",
        "entities": [
            ent(RUBIO, "PERSON", "Rubio"),
            ent("Panama City", "GPE"),
            ent(PA, "GPE"),
            ent(MULINO, "PERSON", "Mulino"),
            ent(CN, "GPE", "Beijing"),
            ent(US, "GPE", "US", "Washington"),
            ent("Panama Canal", "FAC"),
            ent("Belt and Road Initiative", "OTHER", "Belt and Road"),
            ent(TW, "GPE"),
            ent(CKH, "ORG"),
            ent("Hong Kong", "GPE"),
            ent(PPC, "ORG"),
            ent("Balboa", "GPE"),
            ent("Cristobal", "GPE"),
            ent(BLK, "ORG"),
            ent(MSC, "ORG"),
            ent(TRUMP, "PERSON", "Trump"),
            ent("Congress", "ORG"),
            ent(FLORES, "PERSON"),
            ent("State Department", "ORG"),
            ent("Panama Canal Authority", "ORG"),
            ent("Antonio Guterres", "PERSON"),
            ent(UN, "ORG", "UN"),
            ent(CARTER, "PERSON"),
            ent(TORRIJOS, "PERSON"),
            ent("Manuel Noriega", "PERSON"),
            ent("Canal Zone", "LOC"),
            ent(GUO, "PERSON"),
            ent("Latin America", "LOC"),
            ent(HEGSETH, "PERSON"),
        ],
        "events": [
            # When Marco Rubio landed in Panama City on February 2 for his first trip abroad
            ev("CONSULT", "visit", [RUBIO], [PA], date="2025-02-02", location="Panama City"),
            # ... he told President Jose Raul Mulino ("after the meeting": one mutual meeting)
            ev("CONSULT", "meet", [RUBIO, MULINO], [MULINO, RUBIO], date="2025-02-02"),
            # Panama ... had to curb China's influence over the Panama Canal at once or the United
            # States would take "the measures necessary" (a warning; its condition, the demand to
            # curb China's influence, is part of it)
            ev("THREATEN", "consequences", [RUBIO], [PA], "planned", date="2025-02-02"),
            # Hours after the meeting he said Panama would leave China's Belt and Road
            # Initiative, and on February 6 his government formally notified Beijing that it was
            # withdrawing from the memorandum (one act told twice: the announced exit and its
            # notice; walking away from an agreement, target the other party)
            ev("REJECT", "agreement", [PA], [CN], date="2025-02-06"),
            # ... the memorandum it signed in November 2017 (background act)
            ev("AGREE", "memorandum", [PA, CN], [CN, PA], date="2017-11"),
            # ... five months after Panama switched diplomatic recognition from Taiwan to Beijing
            # (dev10a: the break with Taiwan and the ties with China)
            ev("SANCTION", "break relations", [PA], [TW], date="2017-06"),
            ev("COOPERATE", "diplomatic", [PA, CN], [CN, PA], date="2017-06"),
            # CK Hutchison said on Tuesday that it would sell its 90 percent stake ... as part of a
            # $22.8 billion deal with a group led by ... BlackRock and ... MSC (an agreement with
            # firms, dev12a)
            ev("AGREE", "deal", [CKH], [BLK, MSC], date="2025-03-04"),
            # Trump hailed it in his address to Congress that night (praise of a deal: its
            # parties)
            ev("SUPPORT", "praise", [TRUMP], [CKH, BLK, MSC], date="2025-03-04"),
            # In January the comptroller general, Anel Flores, said an audit had found that
            # Panama Ports Company owed the state about $300 million
            ev("ACCUSE", "allege", [FLORES], [PPC], date="2025-01"),
            # the State Department said on February 5 that Panama had agreed to let US government
            # vessels pass ... free of charge (the other side's act in one's own account)
            ev("AGREE", "waive fees", [PA], [US], "reported", US, "2025-02-05"),
            # ... the Panama Canal Authority flatly denied that it had changed any fees (the
            # authority speaks for its state; target the teller of the claim)
            ev("REJECT", "deny", [PA], [US], "denied", date="2025-02"),
            # In January his government sent a letter to UN Secretary-General Antonio Guterres
            # complaining about Trump's threats (a complaint to an international body, dev9b)
            ev("ACCUSE", "complaint", [PA], [TRUMP], date="2025-01"),
            # Under treaties that President Jimmy Carter and ... Omar Torrijos signed in 1977
            ev("AGREE", "treaty", [CARTER, TORRIJOS], [TORRIJOS, CARTER], date="1977"),
            # ... the United States handed full control of the waterway to Panama on December 31,
            # 1999 (a withdrawal: RETREAT)
            ev("RETREAT", "withdraw", [US], [PA], date="1999-12-31"),
            # in December 1989, US troops invaded Panama to topple ... Manuel Noriega
            ev("ASSAULT", "invasion", [US], [PA], date="1989-12"),
            # Trump revived the grievance in December, accusing Panama of charging American ships
            # "ridiculous" fees
            ev("ACCUSE", "allege", [TRUMP], [PA], date="2024-12"),
            # ... and claiming that Chinese soldiers were operating the canal
            ev("ACCUSE", "allege", [TRUMP], [CN], date="2024-12"),
            # Mulino rejected both charges at the time (target the accuser)
            ev("REJECT", "deny", [MULINO], [TRUMP], "denied", date="2024-12"),
            # On January 7 Trump refused to rule out using military force to take the canal back
            # (guide: a planned THREATEN)
            ev("THREATEN", "military force", [TRUMP], [PA], "planned", date="2025-01-07"),
            # China's foreign ministry has dismissed the claim about its soldiers as "groundless"
            ev("REJECT", "deny", [CN], [TRUMP], "denied"),
            # On January 9 ... hundreds of students marched on the US embassy in Panama City
            # chanting against American "imperialism" (an unnamed crowd)
            ev("PROTEST", "demonstrate", [], [US], date="2025-01-09", location="Panama City"),
            # ... the anniversary of deadly riots against US rule of the Canal Zone in 1964
            # (background act)
            ev("PROTEST", "riot", [], [US], date="1964-01-09", location="Canal Zone"),
            # Guo Jiakun said Beijing "deeply regretted" Panama's decision (regret: ACCUSE, at the
            # decision's doer)
            ev("ACCUSE", "disapprove", [GUO], [PA]),
            # ... and accused Washington of using "pressure and coercion"
            ev("ACCUSE", "allege", [GUO], [US]),
            # Diplomats in Panama City say Beijing could retaliate by slowing Chinese investment
            # in Panama or steering its shipping lines to other routes (hedged act with its hedger)
            ev("SANCTION", "trade", [CN], [PA], "speculated", "diplomats in Panama City"),
            # Hegseth is due to visit Panama in April
            ev("CONSULT", "visit", [HEGSETH], [PA], "planned", date="2025-04"),
            # ... and analysts expect him to press for US troops to be stationed again at former
            # American bases ("Mulino has said the constitution forbids it" is a standing position)
            ev("REQUEST", "bases", [HEGSETH], [PA], "speculated", "analysts"),
            # Some Panamanian officials say Mulino could offer US warships priority passage
            ev("AGREE", "offer", [MULINO], [US], "speculated", "some Panamanian officials"),
        ],
        "claims": [
            cl(0.9, "share", "CK Hutchison's stake in Panama Ports Company"),
            cl(22.8e9, "USD", "value of CK Hutchison's ports deal with the BlackRock-led group"),
            cl(43, "ports", "ports covered by the CK Hutchison deal"),
            cl(23, "countries", "countries where the ports in the deal lie"),
            cl(300e6, "USD", "unpaid fees Panama Ports Company owed the Panamanian state",
               "reported", FLORES, approximate=True),
            cl(0.21, "share", "share of the canal's traffic that is Chinese cargo",
               approximate=True),
            cl(0.74, "share", "share of the canal's traffic that is American cargo",
               approximate=True),
            cl(5e9, "USD", "the canal's earnings in the year to September", approximate=True),
            cl(0.05, "share", "share of world maritime trade that passes through the canal",
               approximate=True),
        ],
    },
    # ------------------------------------------------------------------ (3) wire, comments
    "2025-04-17-anwar-min-aung-hlaing-bangkok-truce.txt": {
        "title": "ASEAN chair Anwar meets Myanmar junta chief in Bangkok, presses him to extend "
        "quake truce",
        "published": "2025-04-17",
        "entities": [
            ent(ANWAR, "PERSON", "Anwar"),
            ent(ASEAN, "ORG", "ASEAN"),
            ent(MM, "GPE"),
            ent(MAH, "PERSON"),
            ent("Bangkok", "GPE"),
            ent("Government House", "FAC"),
            ent(PAETONGTARN, "PERSON"),
            ent(TH, "GPE"),
            ent("Facebook", "PRODUCT"),
            ent(MAHN, "PERSON"),
            ent(NUG, "ORG", "NUG"),
            ent(ZMT, "PERSON"),
            ent(TBA, "ORG"),
            ent(OHCHR, "ORG", "OHCHR"),
            ent("Sagaing", "GPE"),
            ent("Mandalay", "GPE"),
            ent(UN, "ORG"),
            ent(CN, "GPE"),
            ent(IN, "GPE"),
            ent(RU, "GPE"),
            ent(MY, "GPE"),
            ent(US, "GPE"),
            ent(AMNESTY, "ORG"),
            ent(ASSK, "PERSON"),
            ent("Jakarta", "GPE"),
            ent("Assistance Association for Political Prisoners", "ORG"),
        ],
        "events": [
            # Anwar ... met Myanmar's military leader Min Aung Hlaing in Bangkok on Thursday
            ev("CONSULT", "meet", [ANWAR, MAH], [MAH, ANWAR], date="2025-04-17", location="Bangkok"),
            # ... and urged him to extend a ceasefire declared after last month's earthquake
            ev("REQUEST", "extend", [ANWAR], [MAH], date="2025-04-17"),
            # The talks at Government House were hosted by ... Paetongtarn Shinawatra (a host's
            # targets are the parties of the hosted event)
            ev("CONSULT", "host", [PAETONGTARN], [ANWAR, MAH], date="2025-04-17",
               location="Bangkok"),
            # ... who said Thailand was ready to help deliver relief across the border (stated
            # willingness: AGREE; no recipient named: the story's country)
            ev("AGREE", "willingness", [PAETONGTARN], [MM], date="2025-04-17"),
            # Min Aung Hlaing told Anwar the military was ready to extend the truce, ... Anwar said
            # (stated willingness in the other side's account: reported; no date or term named,
            # so no planned RETREAT beside it, dev12a)
            ev("AGREE", "willingness", [MAH], [ANWAR], "reported", ANWAR, "2025-04-17"),
            # Anwar said he had also held an online meeting on Wednesday with Mahn Winn Khaing
            # Thann
            ev("CONSULT", "meet", [ANWAR, MAHN], [MAHN, ANWAR], date="2025-04-16"),
            # ... and had urged the NUG to observe the truce as well
            ev("REQUEST", "ceasefire", [ANWAR], [NUG], date="2025-04-16"),
            # Zaw Min Tun criticised the contact with the NUG (targets the contact's doer who
            # answers to him: Anwar)
            ev("ACCUSE", "disapprove", [ZMT], [ANWAR]),
            # ... the NUG, which the junta has designated a "terrorist" organisation (background
            # blacklisting, no date given)
            ev("SANCTION", "blacklist", [MM], [NUG]),
            # The military declared a ceasefire on April 2 (a one-sided truce: the actor observes
            # it towards the groups fighting it)
            ev("RETREAT", "ceasefire", [MM], [NUG, TBA], date="2025-04-02"),
            # ... a day after the Three Brotherhood Alliance ... announced its own pause in fighting
            ev("RETREAT", "ceasefire", [TBA], [MM], date="2025-04-01"),
            # The NUG had announced a two-week halt to offensive operations on March 29
            ev("RETREAT", "ceasefire", [NUG], [MM], date="2025-03-29"),
            # OHCHR said on Tuesday that the military had carried out at least 53 attacks since
            # its truce began, including 16 air strikes, many of them on areas held by forces
            # loyal to the NUG in the Sagaing region (one campaign: one ASSAULT, reported)
            ev("ASSAULT", "attack", [MM], [NUG], "reported", OHCHR, "2025-04", "Sagaing"),
            # Zaw Min Tun denied that troops had broken the truce (target the accuser)
            ev("REJECT", "deny", [ZMT], [OHCHR], "denied"),
            # He said they had only responded to attacks by NUG fighters who were using the pause
            # to seize territory (an account that blames a concrete act: the teller's ACCUSE and
            # the act, reported, dev12a)
            ev("ACCUSE", "allege", [ZMT], [NUG]),
            ev("ASSAULT", "attack", [NUG], [MM], "reported", ZMT),
            # Anwar said he had also asked the general to let aid workers into areas outside
            # military control
            ev("REQUEST", "access", [ANWAR], [MAH], date="2025-04-17"),
            # China ... has sent more than 500 rescue workers
            ev("AID", "personnel", [CN], [MM]),
            # ... and pledged 1 billion yuan in emergency aid (a pledge: the AGREE and the planned
            # act, guide and dev5)
            ev("AGREE", "assist", [CN], [MM]),
            ev("AID", "humanitarian", [CN], [MM], "planned"),
            # India, Russia, Thailand and Malaysia have flown in teams and supplies
            ev("AID", "humanitarian", [IN, RU, TH, MY], [MM]),
            # The United States ... has pledged $9 million
            ev("AGREE", "assist", [US], [MM]),
            ev("AID", "humanitarian", [US], [MM], "planned"),
            # Amnesty International said Anwar risked lending legitimacy to a general ...
            ev("ACCUSE", "disapprove", [AMNESTY], [ANWAR]),
            # ... whose forces it accuses of war crimes (the general's forces: the military, the
            # story's country)
            ev("ACCUSE", "allege", [AMNESTY], [MM]),
            # ... since the military seized power from Aung San Suu Kyi's elected government on
            # February 1, 2021 (background act)
            ev("COERCE", "coup", [MM], [ASSK], date="2021-02-01"),
            # Min Aung Hlaing agreed to the bloc's five-point peace plan at a summit in Jakarta in
            # April that year ("has not been carried out" is negated)
            ev("AGREE", "peace plan", [MAH], [ASEAN], date="2021-04", location="Jakarta"),
            # ... and ASEAN has barred the junta's leaders from its summits since October 2021
            ev("SANCTION", "exclude", [ASEAN], [MM], date="2021-10"),
        ],
        "claims": [
            cl(3700, "people", "people killed by the earthquake", "reported", MM,
               approximate=True),
            cl(5100, "people", "people injured by the earthquake", "reported", MM,
               approximate=True),
            cl(53, "attacks", "military attacks since the truce began", "reported", OHCHR,
               approximate=True),
            cl(16, "air strikes", "military air strikes since the truce began", "reported", OHCHR),
            cl(3.5e6, "people", "people displaced by the civil war before the earthquake",
               "estimated", UN),
            cl(500, "rescue workers", "Chinese rescue workers sent to Myanmar", approximate=True),
            cl(1e9, "CNY", "Chinese pledge of emergency aid", "planned"),
            cl(9e6, "USD", "US pledge of aid", "planned"),
            cl(6500, "civilians", "civilians killed by the military since the coup", "reported",
               "Assistance Association for Political Prisoners", approximate=True),
        ],
    },
}

# ------------------------------------------------------------- (4) two stories on one page
FR_PAGE = "2025-04-15-france-algeria-expulsions.txt"
MULTI = {
    FR_PAGE: [
        {
            "title": "France expels 12 Algerian officials and recalls its ambassador as row with "
            "Algiers escalates",
            "published": "2025-04-15",
            "entities": [
                ent(FR, "GPE"),
                ent(DZ, "GPE", "Algiers"),
                ent("Paris", "GPE"),
                ent("Stephane Romatet", "PERSON"),
                ent("Elysee Palace", "ORG"),
                ent(MACRON, "PERSON", "Macron"),
                ent(BARROT, "PERSON", "Barrot"),
                ent("French interior ministry", "ORG", "interior ministry"),
                ent("APS", "ORG"),
                ent(RETAILLEAU, "PERSON", "Retailleau"),
                ent(FLN, "ORG", "FLN"),
                ent("national anti-terrorism prosecutor's office", "ORG", "PNAT"),
                ent("Creteil", "GPE"),
                ent(BOUKHORS, "PERSON", "Boukhors"),
                ent(TEBBOUNE, "PERSON", "Tebboune"),
                ent(MA, "GPE"),
                ent("Western Sahara", "GPE"),
                ent("Polisario Front", "ORG"),
                ent(SANSAL, "PERSON"),
                ent("TF1", "ORG"),
            ],
            "events": [
                # France ordered 12 Algerian consular and diplomatic officials to leave the country
                # on Tuesday (a formal measure told by its own side: asserted)
                ev("SANCTION", "expel", [FR], [DZ], date="2025-04-15"),
                # ... and recalled its ambassador in Algiers, Stephane Romatet, for consultations
                ev("SANCTION", "recall", [FR], [DZ], date="2025-04-15"),
                # ... a day after Algeria expelled 12 French officials ("ordered ... to leave within
                # 48 hours on Monday" tells it again)
                ev("SANCTION", "expel", [DZ], [FR], date="2025-04-14"),
                # ... the arrest of an Algerian consular employee near Paris (an unnamed person:
                # no target; the PNAT's charge on Friday belongs to it)
                ev("COERCE", "arrest", [FR], [], date="2025-04", location="Paris"),
                # Macron's office said the Algerian authorities bore responsibility for "a brutal
                # deterioration" (the Elysee speaks for its state)
                ev("ACCUSE", "blame", [FR], [DZ], date="2025-04-15"),
                # Barrot had warned on Monday that France would "respond immediately and firmly"
                # if Algeria did not reverse its decision (the condition is part of it)
                ev("THREATEN", "retaliate", [BARROT], [DZ], "planned", date="2025-04-14"),
                # it described [the detention] as "a serious breach of consular immunity"
                # (characterising an act as illegal: ACCUSE)
                ev("ACCUSE", "disapprove", [DZ], [FR], date="2025-04-14"),
                # ... and demanded his immediate release
                ev("REQUEST", "release", [DZ], [FR], date="2025-04-14"),
                # The ministry accused ... Bruno Retailleau of seeking to sabotage the relationship
                ev("ACCUSE", "allege", [DZ], [RETAILLEAU], date="2025-04-14"),
                # the ruling National Liberation Front (FLN) called the French measures "hostile"
                ev("ACCUSE", "disapprove", [FLN], [FR]),
                # ... and urged the government to review its economic ties with France (domestic
                # request, coded as dev9b-dev12 code domestic criticism)
                ev("REQUEST", "review ties", [FLN], [DZ]),
                # Boukhors ... has been granted political asylum in France (guide: AID includes
                # asylum; background act, no date; "has criticised ... for years" is habitual)
                ev("AID", "asylum", [FR], [BOUKHORS]),
                # Macron and President Abdelmadjid Tebboune spoke by phone on March 31
                ev("CONSULT", "phone", [MACRON, TEBBOUNE], [TEBBOUNE, MACRON], date="2025-03-31"),
                # ... and agreed to restore dialogue after months of tension
                ev("AGREE", "restore relations", [MACRON, TEBBOUNE], [TEBBOUNE, MACRON],
                   date="2025-03-31"),
                # On April 6, Barrot travelled to Algiers
                ev("CONSULT", "visit", [BARROT], [DZ], date="2025-04-06", location="Algiers"),
                # ... met Tebboune
                ev("CONSULT", "meet", [BARROT, TEBBOUNE], [TEBBOUNE, BARROT], date="2025-04-06",
                   location="Algiers"),
                # ... and announced that the two countries would resume cooperation on security
                # and migration (the AGREE and the agreed act, planned)
                ev("AGREE", "cooperate", [FR, DZ], [DZ, FR], date="2025-04-06"),
                ev("COOPERATE", "security", [FR, DZ], [DZ, FR], "planned"),
                # ... in July last year, when Macron backed Morocco's autonomy plan for Western
                # Sahara ("Algeria supports the Polisario Front" is a standing position)
                ev("SUPPORT", "diplomatic", [MACRON], [MA], date="2024-07"),
                # Algiers recalled its ambassador from Paris in protest
                ev("SANCTION", "recall", [DZ], [FR], date="2024-07"),
                # In November, Algerian police arrested ... Boualem Sansal at Algiers airport (the
                # court's sentence is not coded, dev6b)
                ev("COERCE", "arrest", [DZ], [SANSAL], date="2024-11", location="Algiers"),
                # Macron has called on Tebboune to show "clemency" and free the ... writer
                ev("REQUEST", "release", [MACRON], [TEBBOUNE]),
                # In March France gave Algeria a list of about 60 Algerian nationals it wanted to
                # deport, ... according to French officials (own request told by its side)
                ev("REQUEST", "return", [FR], [DZ], "reported", "French officials", "2025-03"),
                # ... but Algiers refused to take them back (the other side's act in the French
                # account)
                ev("REJECT", "refuse", [DZ], [FR], "reported", "French officials", "2025-03"),
                # Retailleau then threatened a "graduated response", including limits on visas for
                # Algerian officials (announced measures: THREATEN)
                ev("THREATEN", "sanctions", [RETAILLEAU], [DZ], "planned", date="2025-03"),
            ],
            "claims": [
                cl(12, "officials", "Algerian officials France ordered to leave"),
                cl(12, "officials", "French officials Algeria ordered to leave"),
                cl(3, "men", "men charged over the abduction of Amir Boukhors"),
                cl(60, "nationals", "Algerian nationals on the list France wanted to deport",
                   "reported", "French officials", approximate=True),
                cl(31000, "orders", "orders to leave France issued to Algerian nationals last year",
                   "reported", FR, approximate=True),
                cl(3000, "orders", "orders to leave France carried out against Algerians last year",
                   "reported", FR, approximate=True),
                cl(2.6e6, "people", "people of Algerian origin living in France",
                   approximate=True),
                cl(11.8e9, "EUR", "trade between France and Algeria last year", approximate=True),
            ],
        },
        {
            "title": "US and Iran hold first round of talks in Oman, agree to meet again next week",
            "published": "2025-04-13",
            "entities": [
                ent(US, "GPE", "US", "Washington"),
                ent(IR, "GPE", "Tehran"),
                ent("Muscat", "GPE"),
                ent(OM, "GPE"),
                ent(ALBUSAIDI, "PERSON"),
                ent(WITKOFF, "PERSON"),
                ent(ARAGHCHI, "PERSON"),
                ent(TRUMP, "PERSON"),
                ent(IAEA, "ORG"),
                ent(NETANYAHU, "PERSON"),
            ],
            "events": [
                # The United States and Iran held their first talks ... in Muscat on Saturday
                ev("CONSULT", "negotiate", [US, IR], [IR, US], date="2025-04-12",
                   location="Muscat"),
                # ... and agreed to meet again next Saturday (the AGREE and the planned round)
                ev("AGREE", "meet", [US, IR], [IR, US], date="2025-04-12"),
                ev("CONSULT", "negotiate", [US, IR], [IR, US], "planned", date="2025-04-19"),
                # Badr Albusaidi carried messages between the two delegations
                ev("CONSULT", "mediate", [ALBUSAIDI], [US, IR], date="2025-04-12",
                   location="Muscat"),
                # Witkoff and ... Araghchi then spoke directly for several minutes, Iran's foreign
                # ministry said (own contact told by one doer's side: reported)
                ev("CONSULT", "meet", [WITKOFF, ARAGHCHI], [ARAGHCHI, WITKOFF], "reported", IR,
                   "2025-04-12", "Muscat"),
                # a week after President Donald Trump warned that Iran would be in "great danger"
                # if they failed (the condition is part of it)
                ev("THREATEN", "warn", [TRUMP], [IR], "planned", date="2025-04"),
                # The United States withdrew in 2018 from the nuclear deal
                ev("REJECT", "agreement", [US], [IR], date="2018"),
                # ... that Iran signed in 2015 with Washington and other world powers (background;
                # the unnamed powers are not listed)
                ev("AGREE", "nuclear", [IR, US], [US, IR], date="2015"),
                # Netanyahu said on Sunday that Iran must dismantle its nuclear facilities
                # entirely under any agreement
                ev("REQUEST", "demand", [NETANYAHU], [IR], date="2025-04-13"),
            ],
            "claims": [
                cl(275, "kilograms", "uranium enriched to up to 60 percent held by Iran",
                   "reported", IAEA, approximate=True),
                cl(0.6, "share", "purity to which Iran has enriched uranium", "reported", IAEA),
                cl(0.9, "share", "enrichment level needed for a weapon"),
            ],
        },
    ],
}

# ------------------------------------------------------------------ checks
MONEY = {"USD", "EUR", "CNY"}
# unnamed sources the text gives, as written
UNNAMED = {"diplomats in Panama City", "analysts", "some Panamanian officials", "French officials"}

# the article body of each story: from a start marker to an end marker (boilerplate, the dek,
# the caption, credit lines and the comments lie outside)
BODY = {
    "2025-03-27-south-sudan-machar-arrest-uganda.html": [
        ('<div class="txt-body"', '<div class="txt-end"')
    ],
    "2025-03-08-panama-canal-pressure-analysis.txt": [("PANAMA CITY - ", "Topics: Panama")],
    "2025-04-17-anwar-min-aung-hlaing-bangkok-truce.txt": [
        ("BANGKOK, April 17 (Straits Wire)", "Reporting by Straits Wire")
    ],
    FR_PAGE: [("PARIS - ", "\n---\n"), ("MUSCAT - ", "\n---\n\n(c) 2025")],
}
WORDS = {True: (500, 750), False: (120, 300)}


def body_of(raw, start, end):
    """The story's body text: cut between the markers, tags dropped, entities decoded (inline
    advertisement boxes inside the HTML body are dropped first)."""
    i = raw.index(start)
    j = raw.index(end, i)
    part = re.sub(r'(?s)<div class="ad-inline">.*?</div></div>', " ", raw[i:j])
    return html.unescape(re.sub(r"<[^>]+>", " ", part))


def check(name, page, body, main=True):
    """One story, checked by goldkit.check_story; the page's main story has size bounds."""
    sizes = {"events": (15, 30), "claims": (8, 14), "entities": (20, 45)} if main else None
    check_story(
        name, page, body, money=MONEY, unnamed=UNNAMED, sizes=sizes, words=WORDS[main]
    )


assert len(PAGES) + len(MULTI) == 4
check_and_write_stories(HERE, PAGES, MULTI, BODY, body_of, check)

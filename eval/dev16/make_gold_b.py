"""Writes eval/dev16/gold/*.json for part B of set 16 (facts-only gold, hand-written from the
page text without running the extractor).

Each page: title, published, entities (name, type, aliases), events and claims in the contract's
shape; `text` and `evidence` are null (scored on facts alone). Conventions follow
docs/annotation.md and, where it is silent, the choices of eval/dev15 (README_a.md, README_b.md)
and, behind them, eval/dev14 to eval/dev4; the choices made for this half are listed in
eval/dev16/README_b.md. Part A of the set is written separately (make_gold_a.py); this script
writes only the four part-B pages.

The Germany page holds two unrelated stories (Germany's closure of the Iranian consulates after
the execution of Jamshid Sharmahd, then a short brief on Nigeria's treason charges against
protesters, dated a day later); `write_gold` is given it as a list of stories and writes one
article per story, each with its own entities, events and claims.
"""

import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent


sys.path.insert(0, str(HERE.parent))
from goldkit import check_and_write_stories, check_story, cl, ent, ev  # noqa: E402

# (1) Kenya's finance bill protests, div-soup HTML
KE = "Kenya"
US = "United States"
UK = "United Kingdom"
DE = "Germany"
RUTO = "William Ruto"
DUALE = "Aden Duale"
ODINGA = "Raila Odinga"
GUTERRES = "Antonio Guterres"
FAKI = "Moussa Faki Mahamat"
BIDEN = "Joe Biden"
KNCHR = "Kenya National Commission on Human Rights"
LSK = "Law Society of Kenya"
HIGH_COURT = "High Court"
AMNESTY_KE = "Amnesty International Kenya"
IMF = "International Monetary Fund"
# (2) South Korea's martial law, analysis
SK = "South Korea"
JP = "Japan"
YOON = "Yoon Suk Yeol"
NA = "National Assembly"
PPP = "People Power Party"
DP = "Democratic Party"
KCTU = "Korean Confederation of Trade Unions"
HAN = "Han Dong-hoon"
LEE = "Lee Jae-myung"
KIM = "Kim Yong-hyun"
CAMPBELL = "Kurt Campbell"
BLINKEN = "Antony Blinken"
AUSTIN = "Lloyd Austin"
ISHIBA = "Shigeru Ishiba"
PARK = "Park Geun-hye"
GALLUP = "Gallup Korea"
# (3) The Jaffar Express siege, press conference
PK = "Pakistan"
IN = "India"
AF = "Afghanistan"
CN = "China"
IR = "Iran"
BLA = "Balochistan Liberation Army"
CHAUDHRY = "Ahmed Sharif Chaudhry"
BUGTI = "Sarfraz Bugti"
JAISWAL = "Randhir Jaiswal"
BALKHI = "Abdul Qahar Balkhi"
UNSC = "United Nations Security Council"
MAHRANG = "Mahrang Baloch"
# (4) Germany closes Iran's consulates, then Nigeria's treason charges
BAERBOCK = "Annalena Baerbock"
SHARMAHD = "Jamshid Sharmahd"
GAZELLE = "Gazelle Sharmahd"
TAGHAVI = "Nahid Taghavi"
TONDAR = "Tondar"
POTZEL = "Markus Potzel"
SCHOLZ = "Olaf Scholz"
ARAGHCHI = "Abbas Araghchi"
BAGHAEI = "Esmaeil Baghaei"
EU = "European Union"
BORRELL = "Josep Borrell"
CDU = "Christian Democrats"
ICH = "Islamic Centre Hamburg"
IHR = "Iran Human Rights"
NG = "Nigeria"
AMNESTY_NG = "Amnesty International Nigeria"
UNICEF = "UNICEF"
TINUBU = "Bola Tinubu"

KENYA = "2024-06-26-kenya-finance-bill-parliament-stormed.html"
KOREA = "2024-12-09-south-korea-yoon-martial-law-impeachment-analysis.txt"
SIEGE = "2025-03-14-pakistan-jaffar-express-siege-army-briefing.txt"
IRAN_PAGE = "2024-10-31-germany-closes-iranian-consulates-sharmahd.txt"

PAGES = {
    # ------------------------------------------------------------ (1) div-soup HTML, Kenya
    KENYA: {
        "title": "Ruto drops Kenya tax bill a day after protesters storm parliament",
        "published": "2024-06-26",
        "entities": [
            ent(KE, "GPE"),
            ent("Kenyan", "NORP"),
            ent(RUTO, "PERSON", "Ruto"),
            ent("Finance Bill 2024", "LAW"),
            ent("State House", "FAC"),
            ent("Kenya Kwanza", "ORG"),
            ent("National Assembly", "ORG"),
            ent(KNCHR, "ORG", "KNCHR"),
            ent("Nairobi", "GPE"),
            ent("Mombasa", "GPE"),
            ent("Kisumu", "GPE"),
            ent("Lake Victoria", "LOC"),
            ent(DUALE, "PERSON"),
            ent("Kenya Defence Forces", "ORG"),
            ent(LSK, "ORG"),
            ent(HIGH_COURT, "ORG"),
            ent(AMNESTY_KE, "ORG"),
            ent("National Police Service", "ORG"),
            ent(ODINGA, "PERSON"),
            ent("TikTok", "ORG"),
            ent("X", "ORG"),
            ent(US, "GPE", "Washington"),
            ent(UK, "GPE", "Britain"),
            ent(DE, "GPE"),
            ent("United Nations", "ORG", "UN"),
            ent(GUTERRES, "PERSON"),
            ent("African Union Commission", "ORG"),
            ent(FAKI, "PERSON"),
            ent(BIDEN, "PERSON"),
            ent("NATO", "ORG"),
            ent(IMF, "ORG", "IMF"),
        ],
        "events": [
            # Kenyan President William Ruto said on Wednesday that he would not sign the Finance
            # Bill 2024 ..., bowing to a youth-led protest movement (withdrawing a measure in
            # answer to protesters: CONCEDE; the movement has no name: no target; sending the bill
            # back with every clause deleted is the same act)
            ev("CONCEDE", "withdraw bill", [RUTO], [], date="2024-06-26"),
            # ... and that his government would open talks with young people on how to close the
            # budget gap (an own announced plan: planned, no source; unnamed people: no target)
            ev("CONSULT", "talks", [KE], [], "planned"),
            # On Tuesday afternoon ... thousands of protesters broke through police lines and forced
            # their way into the parliament complex, setting part of it on fire (an unnamed crowd
            # against a state measure: no actor, the state as target)
            ev("PROTEST", "riot", [], [KE], date="2024-06-25", location="Nairobi"),
            # Police fired live rounds at the crowd outside (the lead's "police shot demonstrators"
            # is the same act; unnamed people: no target)
            ev("ASSAULT", "shoot", [KE], [], date="2024-06-25", location="Nairobi"),
            # Demonstrations also took place in at least 35 of Kenya's 47 counties, the commission
            # said (told by the KNCHR: reported)
            ev("PROTEST", "demonstrate", [], [KE], "reported", KNCHR, "2024-06-25"),
            # In the centre of Nairobi, police fired tear gas and water cannon at crowds late into
            # the night ...
            ev("COERCE", "tear gas", [KE], [], date="2024-06-25", location="Nairobi"),
            # ... and arrested dozens of people (unnamed people: no target)
            ev("COERCE", "arrest", [KE], [], date="2024-06-25", location="Nairobi"),
            # Hours after the storming, Defence Cabinet Secretary Aden Duale published a notice
            # deploying the Kenya Defence Forces to help the police (a named minister's own
            # measure; a deployment at home: MOBILIZE with no target)
            ev("MOBILIZE", "deploy", [DUALE], [], date="2024-06-25"),
            # The Law Society of Kenya asked the High Court on Wednesday to suspend the deployment
            # (a petition to a domestic court: REQUEST, dev15b)
            ev("REQUEST", "suspend deployment", [LSK], [HIGH_COURT], date="2024-06-26"),
            # Ruto ... on Tuesday night ... called the attack on parliament "treasonous" (an act
            # characterised as illegal: ACCUSE; the attack's doers are unnamed: no target)
            ev("ACCUSE", "disapprove", [RUTO], [], date="2024-06-25"),
            # ... and warned that he would use every resource available to the state against what
            # he described as organised criminals (a warning: planned THREATEN; unnamed: no target)
            ev("THREATEN", "crackdown", [RUTO], [], "planned", date="2024-06-25"),
            # Amnesty International Kenya accused the police on Monday of abducting at least 12
            # activists (the police are the state's; the abductions are the charge's content)
            ev("ACCUSE", "allege", [AMNESTY_KE], [KE], date="2024-06-24"),
            # The National Police Service denied that its officers had abducted anyone (target the
            # accuser)
            ev("REJECT", "deny", [KE], [AMNESTY_KE], "denied"),
            # Opposition leader Raila Odinga ... called on Wednesday for an end to the killings and
            # for a national dialogue (one request; the killings' doer, the state, is its target)
            ev("REQUEST", "dialogue", [ODINGA], [KE], date="2024-06-26"),
            # The organisers ... said ... they would march on State House on Thursday to demand
            # Ruto's resignation (an unnamed group's own plan: planned, no actor; the demand names
            # Ruto)
            ev("PROTEST", "march", [], [RUTO], "planned", date="2024-06-27",
               location="State House"),
            # Thirteen Western embassies, among them those of the United States, Britain and
            # Germany, said in a joint statement on Monday that they were "deeply concerned"
            # (the embassies named by their states; expressing concern: ACCUSE)
            ev("ACCUSE", "concern", [US, UK, DE], [KE], date="2024-06-24"),
            # UN Secretary-General Antonio Guterres urged the Kenyan authorities on Tuesday to show
            # restraint
            ev("REQUEST", "restraint", [GUTERRES], [KE], date="2024-06-25"),
            # ... Moussa Faki Mahamat urged the government to respect the right to protest (no day
            # of its own)
            ev("REQUEST", "respect rights", [FAKI], [KE]),
            # Only last month Ruto made a state visit to Washington
            ev("CONSULT", "visit", [RUTO], [US], date="2024-05", location="Washington"),
            # ... and President Joe Biden named Kenya the first major non-NATO ally in sub-Saharan
            # Africa (a security designation: COOPERATE military)
            ev("COOPERATE", "military", [BIDEN], [KE], date="2024-05"),
            # a loan programme with the International Monetary Fund, which the fund approved in
            # April 2021 (loans are AID)
            ev("AID", "economic", [IMF], [KE], date="2021-04"),
            # Lawmakers had already tried to cool tempers last week, when the finance committee
            # dropped proposals for a 16 percent value-added tax on bread (a parliamentary committee
            # acts for its state; easing a burden in answer to protest: CONCEDE, no named target)
            ev("CONCEDE", "drop taxes", [KE], [], date="2024-06"),
            # ... the protests, which began in Nairobi on June 18 (background act)
            ev("PROTEST", "demonstrate", [], [KE], date="2024-06-18", location="Nairobi"),
        ],
        "claims": [
            cl(346e9, "KES", "new taxes the Finance Bill 2024 sought to raise", approximate=True),
            cl(2.7e9, "USD", "new taxes the Finance Bill 2024 sought to raise", approximate=True),
            cl(195, "members", "members of parliament who voted to pass the bill"),
            cl(23, "people", "people killed in Tuesday's protests", "reported", KNCHR,
               approximate=True),
            cl(300, "people", "people wounded in Tuesday's protests", "reported", KNCHR,
               approximate=True),
            cl(35, "counties", "counties where demonstrations took place", "reported", KNCHR,
               approximate=True),
            cl(47, "counties", "Kenya's counties"),
            cl(12, "activists", "activists and influencers abducted before the vote", "reported",
               AMNESTY_KE, approximate=True),
            cl(13, "embassies", "Western embassies behind the joint statement"),
            cl(3.6e9, "USD", "Kenya's IMF loan programme", approximate=True),
            cl(10e12, "KES", "Kenya's public debt", approximate=True),
            cl(0.7, "share", "public debt as a share of economic output", approximate=True),
            cl(0.333, "share", "share of tax revenue spent on interest payments",
               approximate=True),
            cl(0.16, "share", "proposed value-added tax on bread"),
        ],
    },
    # ------------------------------------------------------------ (2) analysis, South Korea
    KOREA: {
        "title": "Can Yoon Suk Yeol survive the night he sent troops to parliament?",
        "published": "2024-12-09",
        "entities": [
            ent(SK, "GPE", "Seoul"),
            ent(YOON, "PERSON", "Yoon"),
            ent(NA, "ORG"),
            ent("North Korea", "GPE"),
            ent(PPP, "ORG", "PPP"),
            ent(HAN, "PERSON"),
            ent(LEE, "PERSON"),
            ent(DP, "ORG"),
            ent(KCTU, "ORG"),
            ent(KIM, "PERSON"),
            ent(US, "GPE", "US", "Washington"),
            ent(CAMPBELL, "PERSON"),
            ent(BLINKEN, "PERSON"),
            ent("Pentagon", "ORG"),
            ent("Nuclear Consultative Group", "ORG"),
            ent(AUSTIN, "PERSON"),
            ent(JP, "GPE", "Tokyo"),
            ent(ISHIBA, "PERSON"),
            ent(GALLUP, "ORG"),
            ent("Constitutional Court", "ORG"),
            ent(PARK, "PERSON"),
            ent("Gwangju", "GPE"),
        ],
        "events": [
            # On the night of December 3 ... Yoon declared emergency martial law (the decree aimed
            # at the assembly he accused in the same sentence; its bans on political activity and
            # on the press are the decree's own measures)
            ev("COERCE", "martial law", [YOON], [NA], date="2024-12-03"),
            # ... accusing the opposition-controlled National Assembly of being a den of
            # "anti-state forces" sympathetic to North Korea
            ev("ACCUSE", "allege", [YOON], [NA], date="2024-12-03"),
            # Yoon then sent about 280 special forces soldiers, some of them by helicopter, to seal
            # off the assembly (the smashed windows belong to it)
            ev("COERCE", "siege", [YOON], [NA], date="2024-12-03", location="Seoul"),
            # Yoon lifted martial law about three hours later (easing a restriction: CONCEDE; the
            # assembly's vote to lift it, a domestic vote, is not coded; falls on the public: no
            # target)
            ev("CONCEDE", "lift martial law", [YOON], [], date="2024-12-04"),
            # Han Dong-hoon ... called the decree unconstitutional within minutes of the broadcast
            ev("ACCUSE", "disapprove", [HAN], [YOON], date="2024-12-03"),
            # ... and Lee Jae-myung ... accused the president of attempting a coup against his own
            # people
            ev("ACCUSE", "allege", [LEE], [YOON], date="2024-12-03"),
            # On Wednesday the Democratic Party and five smaller opposition parties filed a motion
            # to impeach Yoon (the five are unnamed)
            ev("ACCUSE", "impeach", [DP], [YOON], date="2024-12-04"),
            # The Korean Confederation of Trade Unions ... called an indefinite general strike the
            # same day until he steps down
            ev("PROTEST", "strike", [KCTU], [YOON], date="2024-12-04"),
            # On Saturday, crowds estimated by police at about 150,000 people gathered outside the
            # assembly to demand his removal (an unnamed crowd; its demand names Yoon)
            ev("PROTEST", "demonstrate", [], [YOON], date="2024-12-07", location="Seoul"),
            # Yoon apologised in a two-minute address that morning (apologies are CONCEDE; to the
            # public: no target)
            ev("CONCEDE", "apologise", [YOON], [], date="2024-12-07"),
            # ... and said he would leave his political future, including the length of his term,
            # to his party (a promise to the party: AGREE)
            ev("AGREE", "cede", [YOON], [PPP], date="2024-12-07"),
            # Prosecutors detained Kim Yong-hyun ... early on Sunday (prosecutors are the
            # executive: the state)
            ev("COERCE", "detain", [SK], [KIM], date="2024-12-08"),
            # Police, prosecutors and an anti-corruption agency have each opened insurrection
            # investigations into Yoon himself (one ACCUSE by the state; no day of its own)
            ev("ACCUSE", "investigate", [SK], [YOON]),
            # ... on Monday the justice ministry banned him from leaving the country (a
            # restriction of movement: COERCE, dev15a)
            ev("COERCE", "travel ban", [SK], [YOON], date="2024-12-09"),
            # Kurt Campbell ... told a forum on Wednesday that Yoon had made a serious error of
            # judgement
            ev("ACCUSE", "disapprove", [CAMPBELL], [YOON], date="2024-12-04"),
            # ... although Secretary of State Antony Blinken welcomed the lifting of the decree (a
            # reaction targets the doer of the act it refers to; no day of its own)
            ev("SUPPORT", "praise", [BLINKEN], [YOON]),
            # The Pentagon postponed a meeting of the allies' Nuclear Consultative Group (the
            # Pentagon is the state; a postponed meeting: SANCTION, dev10b, dev13a)
            ev("SANCTION", "postpone meeting", [US], [SK]),
            # ... and Defence Secretary Lloyd Austin called off a planned trip to Seoul
            ev("SANCTION", "postpone visit", [AUSTIN], [SK]),
            # In Tokyo, Prime Minister Shigeru Ishiba said Japan was following events with grave
            # concern (the reported clause's subject is the state, dev13a; concern: ACCUSE)
            ev("ACCUSE", "concern", [JP], [SK]),
            # The Democratic Party says it will bring a new impeachment motion to the floor on
            # Saturday (an own announced plan: planned, no source)
            ev("ACCUSE", "impeach", [DP], [YOON], "planned", date="2024-12-14"),
            # Analysts say the assembly could impeach Yoon this time (a hedge keeps the hedger as
            # source; the assembly acts for its state)
            ev("ACCUSE", "impeach", [SK], [YOON], "speculated", "analysts", "2024-12-14"),
            # The court removed Park Geun-hye in March 2017, three months after the assembly
            # impeached her with 234 votes (background; the court's removal is a domestic court's
            # act, not coded)
            ev("ACCUSE", "impeach", [SK], [PARK], date="2016-12"),
            # in May 1980 troops crushed an uprising in the southern city of Gwangju (the uprising:
            # an unnamed crowd against the state)
            ev("PROTEST", "riot", [], [SK], date="1980-05", location="Gwangju"),
            # ... troops crushed [it], killing at least 165 civilians by the official count (the
            # story's country's troops; unnamed people: no target)
            ev("ASSAULT", "crackdown", [SK], [], date="1980-05", location="Gwangju"),
        ],
        "claims": [
            cl(280, "soldiers", "special forces soldiers sent to the National Assembly",
               approximate=True),
            cl(190, "lawmakers", "lawmakers who voted to lift martial law"),
            cl(5, "parties", "smaller opposition parties that filed the impeachment motion"),
            cl(1.1e6, "members", "members of the Korean Confederation of Trade Unions",
               approximate=True),
            cl(150000, "people", "protesters outside the National Assembly on Saturday",
               "estimated", SK, approximate=True),
            cl(1e6, "people", "protesters outside the National Assembly on Saturday",
               "estimated", "organisers"),
            cl(200, "votes", "votes needed to impeach the president"),
            cl(300, "votes", "votes in the National Assembly"),
            cl(192, "seats", "seats the opposition holds"),
            cl(28500, "troops", "US troops in South Korea", approximate=True),
            cl(0.13, "share", "Yoon's approval rating", "reported", GALLUP),
            cl(234, "votes", "votes by which the assembly impeached Park Geun-hye"),
            cl(165, "civilians", "civilians killed in Gwangju in May 1980", "reported", SK,
               approximate=True),
        ],
    },
    # ------------------------------------------------------- (3) press conference, Pakistan
    SIEGE: {
        "title": "'No talks with those who kill passengers': army blames India for train siege as "
        "Kabul, Delhi reject charge",
        "published": "2025-03-14",
        "entities": [
            ent(PK, "GPE", "Islamabad"),
            ent("Jaffar Express", "PRODUCT"),
            ent(IN, "GPE", "New Delhi"),
            ent("Quetta", "GPE"),
            ent("Peshawar", "GPE"),
            ent(CHAUDHRY, "PERSON", "Chaudhry"),
            ent("Inter-Services Public Relations", "ORG", "ISPR"),
            ent("Taliban", "ORG"),
            ent("Baloch", "NORP"),
            ent(AF, "GPE", "Kabul"),
            ent("Afghan", "NORP"),
            ent(BLA, "ORG", "BLA"),
            ent("Bolan Pass", "LOC"),
            ent("Frontier Corps", "ORG"),
            ent(BUGTI, "PERSON"),
            ent("Balochistan", "GPE"),
            ent(JAISWAL, "PERSON"),
            ent(BALKHI, "PERSON"),
            ent(UNSC, "ORG"),
            ent(US, "GPE"),
            ent(CN, "GPE", "Beijing"),
            ent("Chinese", "NORP"),
            ent(IR, "GPE"),
            ent("China-Pakistan Economic Corridor", "OTHER", "CPEC"),
            ent(MAHRANG, "PERSON"),
            ent("Baloch Yakjehti Committee", "ORG"),
        ],
        "events": [
            # Pakistan's chief military spokesman on Friday accused India of sponsoring this week's
            # hijacking of the Jaffar Express (the spokesman is named in the next paragraph and
            # acts for himself; "The main sponsor ... sits across our eastern border" is the same
            # charge)
            ev("ACCUSE", "allege", [CHAUDHRY], [IN], date="2025-03-14"),
            # He accused the Taliban government of allowing Baloch separatists to train and rest on
            # Afghan soil (the lead's "handlers in Afghanistan" belong to it)
            ev("ACCUSE", "allege", [CHAUDHRY], [AF], date="2025-03-14"),
            # ... and urged Kabul to hand over the group's leaders
            ev("REQUEST", "hand over", [CHAUDHRY], [AF], date="2025-03-14"),
            # Fighters of the Balochistan Liberation Army (BLA) blew up a stretch of track near a
            # tunnel in the Bolan Pass on Tuesday afternoon, stopped the train ... and opened fire
            # on the carriages (an attack in Pakistan: the state as target; the 26 dead hostages
            # belong to it)
            ev("ASSAULT", "hijack", [BLA], [PK], date="2025-03-11", location="Bolan Pass"),
            # They then took hundreds of passengers hostage (unnamed people: no target)
            ev("COERCE", "hostage-taking", [BLA], [], date="2025-03-11", location="Bolan Pass"),
            # Chaudhry said security forces had killed all 33 attackers in an operation that ended
            # on Wednesday evening (own operation told by the doer's side: reported, its named
            # spokesman as source; the attackers are the BLA's fighters; the 354 freed belong to it)
            ev("ASSAULT", "kill", [PK], [BLA], "reported", CHAUDHRY, "2025-03-12"),
            # The BLA said on Tuesday night that it had let dozens of women, children and elderly
            # passengers go (a release of hostages: RETREAT; told by the doer: reported; unnamed
            # people: no target)
            ev("RETREAT", "release", [BLA], [], "reported", BLA, "2025-03-11"),
            # Asked about the BLA's claim that more than 100 hostages had been killed, Chaudhry
            # denied it flatly (target the claimant)
            ev("REJECT", "deny", [CHAUDHRY], [BLA], "denied", date="2025-03-14"),
            # The group had demanded the release of Baloch political prisoners within 48 hours in
            # exchange for the hostages (no day of its own)
            ev("REQUEST", "release prisoners", [BLA], [PK]),
            # Chief Minister Sarfraz Bugti ... said there would be no talks with "those who kill
            # passengers" (a refusal; its target the killers, the BLA)
            ev("REJECT", "refuse", [BUGTI], [BLA], date="2025-03-14"),
            # ... and Chaudhry promised that the army would hunt down everyone who had helped the
            # attackers (the reported clause's subject is the army, the state's, dev13a; a
            # promise of force: planned THREATEN; the helpers are unnamed: no target)
            ev("THREATEN", "hunt down", [PK], [], "planned", date="2025-03-14"),
            # Authorities have suspended mobile internet in Quetta and three other districts of
            # Balochistan since Tuesday (COERCE censor, dev15b; no target)
            ev("COERCE", "censor", [PK], [], date="2025-03-11", location="Quetta"),
            # Randhir Jaiswal ... rejected Chaudhry's remarks as baseless (New Delhi answered
            # within hours: Friday; target the accuser)
            ev("REJECT", "deny", [JAISWAL], [CHAUDHRY], "denied", date="2025-03-14"),
            # ... and said Pakistan should look at its own record on terrorism instead of blaming
            # others (a counter-charge)
            ev("ACCUSE", "disapprove", [JAISWAL], [PK], date="2025-03-14"),
            # In Kabul, foreign ministry spokesman Abdul Qahar Balkhi denied that Afghan territory
            # had been used for the attack (target the accuser; no day of its own)
            ev("REJECT", "deny", [BALKHI], [CHAUDHRY], "denied"),
            # ... and urged Islamabad to attend to its own security failures
            ev("REQUEST", "security", [BALKHI], [PK]),
            # The United Nations Security Council condemned the attack on Thursday (a reaction
            # targets the attack's doer)
            ev("ACCUSE", "condemn", [UNSC], [BLA], date="2025-03-13"),
            # ... and the United States, China and Iran also denounced it
            ev("ACCUSE", "condemn", [US, CN, IR], [BLA]),
            # China's foreign ministry said Beijing firmly supported Pakistan's fight against
            # terrorism
            ev("SUPPORT", "diplomatic", [CN], [PK]),
            # The BLA, which the United States designated a terrorist organisation in 2019
            # (blacklisting: SANCTION)
            ev("SANCTION", "blacklist", [US], [BLA], date="2019"),
            # In November the group killed at least 26 people in a suicide bombing at Quetta's
            # railway station (background; Quetta lies in Pakistan)
            ev("ASSAULT", "bombing", [BLA], [PK], date="2024-11", location="Quetta"),
            # Mahrang Baloch ... said the killing of passengers could not be justified (disapproval
            # of the BLA's killings)
            ev("ACCUSE", "disapprove", [MAHRANG], [BLA]),
            # ... but she accused the state of driving young men into the mountains through years
            # of enforced disappearances
            ev("ACCUSE", "allege", [MAHRANG], [PK]),
        ],
        "claims": [
            cl(440, "passengers", "passengers on the Jaffar Express", approximate=True),
            cl(33, "attackers", "attackers killed by security forces", "reported", CHAUDHRY),
            cl(354, "hostages", "hostages freed", "reported", CHAUDHRY),
            cl(37, "hostages", "freed hostages who were wounded", "reported", CHAUDHRY),
            cl(26, "hostages", "hostages who died", "reported", CHAUDHRY),
            cl(18, "soldiers", "soldiers and Frontier Corps members among the dead hostages",
               "reported", CHAUDHRY),
            cl(100, "hostages", "hostages killed by the BLA's account", "reported", BLA,
               approximate=True),
            cl(3, "districts", "other districts of Balochistan without mobile internet"),
            cl(60e9, "USD", "worth of CPEC projects", approximate=True),
            cl(0.44, "share", "Balochistan's share of Pakistan's land area"),
            cl(15e6, "people", "population of Balochistan", approximate=True),
            cl(26, "people", "people killed in the Quetta railway station bombing",
               approximate=True),
        ],
    },
}

# ------------------------------------------------------------- (4) two stories on one page
MULTI = {
    IRAN_PAGE: [
        {
            "title": "Germany shuts Iran's consulates after execution of German-Iranian dissident",
            "published": "2024-10-31",
            "entities": [
                ent(DE, "GPE", "Berlin"),
                ent("German", "NORP"),
                ent(IR, "GPE", "Tehran"),
                ent("Iranian", "NORP"),
                ent(BAERBOCK, "PERSON", "Baerbock"),
                ent(SHARMAHD, "PERSON", "Sharmahd"),
                ent("California", "GPE"),
                ent("Frankfurt", "GPE"),
                ent("Hamburg", "GPE"),
                ent("Munich", "GPE"),
                ent(TAGHAVI, "PERSON"),
                ent("Evin prison", "FAC"),
                ent("Shiraz", "GPE"),
                ent(TONDAR, "ORG"),
                ent(US, "GPE", "US"),
                ent(GAZELLE, "PERSON"),
                ent("Dubai", "GPE"),
                ent(IN, "GPE"),
                ent(POTZEL, "PERSON"),
                ent(SCHOLZ, "PERSON"),
                ent(ARAGHCHI, "PERSON"),
                ent(BAGHAEI, "PERSON"),
                ent(EU, "ORG", "EU"),
                ent(BORRELL, "PERSON"),
                ent("State Department", "ORG"),
                ent(CDU, "ORG"),
                ent("Revolutionary Guards", "ORG"),
                ent(ICH, "ORG"),
                ent(IHR, "ORG"),
                ent("Oslo", "GPE"),
            ],
            "events": [
                # Germany is closing all three Iranian consulates general on its soil, Foreign
                # Minister Annalena Baerbock said on Thursday (the reported clause's subject is the
                # state; a formal measure told by its own side: asserted)
                ev("SANCTION", "close consulates", [DE], [IR], date="2024-10-31"),
                # Baerbock told reporters that Iran had killed a German national in defiance of
                # repeated appeals from Berlin
                ev("ACCUSE", "allege", [BAERBOCK], [IR], date="2024-10-31"),
                # She again called on Tehran to free Nahid Taghavi
                ev("REQUEST", "release", [BAERBOCK], [IR], date="2024-10-31"),
                # Iran's judiciary said on Monday that it had carried out the death sentence against
                # Sharmahd, 69, whom it accused of planning a 2008 bombing (the judiciary is the
                # state; the execution is a sentence carried out: not coded, dev9b)
                ev("ACCUSE", "allege", [IR], [SHARMAHD], date="2024-10-28"),
                # Iranian authorities say the attack killed 14 people and was the work of Tondar
                # (the 2008 bombing in Iran's account: reported, Iran)
                ev("ASSAULT", "bombing", [TONDAR], [IR], "reported", IR, "2008", "Shiraz"),
                # His daughter, Gazelle Sharmahd, said the charges had been fabricated (target the
                # accuser; no day of its own)
                ev("REJECT", "deny", [GAZELLE], [IR], "denied"),
                # ... and she accused the German government of doing too little, too late to save
                # him
                ev("ACCUSE", "allege", [GAZELLE], [DE]),
                # Her father was seized in Dubai in 2020 ... and taken to Iran, an operation his
                # family says was carried out by Iranian agents (the doer named only in the
                # family's account: reported)
                ev("COERCE", "abduct", [IR], [SHARMAHD], "reported", "his family", "2020", "Dubai"),
                # On Tuesday Germany recalled its ambassador, Markus Potzel, for consultations
                ev("SANCTION", "recall", [DE], [IR], date="2024-10-29"),
                # ... and summoned Iran's charge d'affaires to protest (one event)
                ev("ACCUSE", "summon", [DE], [IR], date="2024-10-29"),
                # Chancellor Olaf Scholz called the execution a disgrace the same day
                ev("ACCUSE", "disapprove", [SCHOLZ], [IR], date="2024-10-29"),
                # Tehran hit back on Wednesday, when its foreign ministry summoned the German charge
                # d'affaires over what it called Berlin's interference
                ev("ACCUSE", "summon", [IR], [DE], date="2024-10-30"),
                # Foreign Minister Abbas Araghchi rejected the German criticism (no day of its own)
                ev("REJECT", "reject", [ARAGHCHI], [DE]),
                # On Thursday foreign ministry spokesman Esmaeil Baghaei said Iran would respond in
                # kind to the closure of its consulates (a named spokesman; a warning: planned
                # THREATEN)
                ev("THREATEN", "retaliate", [BAGHAEI], [DE], "planned", date="2024-10-31"),
                # Josep Borrell condemned the execution
                ev("ACCUSE", "condemn", [BORRELL], [IR]),
                # ... and said the bloc would consider further measures against Tehran (the
                # reported clause's subject is the bloc: the EU; planned THREATEN)
                ev("THREATEN", "sanctions", [EU], [IR], "planned"),
                # The US State Department also condemned it (the department is its state)
                ev("ACCUSE", "condemn", [US], [IR]),
                # the opposition Christian Democrats urged the government to push for Iran's
                # Revolutionary Guards to be placed on the EU's terrorism list (a domestic request,
                # dev9b-dev15)
                ev("REQUEST", "blacklist", [CDU], [DE]),
                # Germany expelled two Iranian diplomats in February 2023 after a court in Tehran
                # sentenced Sharmahd to death (the domestic court's sentence is not coded)
                ev("SANCTION", "expel", [DE], [IR], date="2023-02"),
                # ... and Iran responded in kind weeks later (2023)
                ev("SANCTION", "expel", [IR], [DE], date="2023"),
                # In July this year, German authorities banned the Islamic Centre Hamburg
                ev("SANCTION", "ban", [DE], [ICH], date="2024-07"),
                # ... which they accused of acting as a propaganda outpost for Iran's supreme leader
                # (the reason a measure gives is its actor's ACCUSE, dev12a)
                ev("ACCUSE", "allege", [DE], [ICH], date="2024-07"),
            ],
            "claims": [
                cl(3, "consulates", "Iranian consulates general in Germany"),
                cl(32, "people", "people employed by the three consulates"),
                cl(14, "people", "people killed in the 2008 Shiraz mosque bombing", "reported",
                   IR),
                cl(2, "diplomats", "Iranian diplomats Germany expelled in February 2023"),
                cl(1.5e9, "EUR", "German-Iranian trade last year", approximate=True),
                cl(300000, "people", "people of Iranian origin in Germany", approximate=True),
                cl(12, "nationals", "European nationals held in Iran", approximate=True),
                cl(600, "people", "people executed in Iran since January", "reported", IHR,
                   approximate=True),
            ],
        },
        {
            "title": "Nigeria charges 76 protesters, among them children, with treason",
            "published": "2024-11-01",
            "entities": [
                ent(NG, "GPE"),
                ent("Nigerian", "NORP"),
                ent("Abuja", "GPE"),
                ent("Federal High Court", "ORG"),
                ent(AMNESTY_NG, "ORG", "Amnesty"),
                ent(UNICEF, "ORG"),
                ent("#EndBadGovernance", "EVENT"),
                ent(TINUBU, "PERSON"),
            ],
            "events": [
                # Nigerian prosecutors on Friday charged 76 people, at least 29 of them children,
                # with treason (prosecutors are the executive: the state; counted, unnamed people:
                # no target; the judge's bail is a domestic court's act, not coded)
                ev("ACCUSE", "charge", [NG], [], date="2024-11-01", location="Abuja"),
                # Amnesty International Nigeria accused the authorities of criminalising protest
                # (no day of its own)
                ev("ACCUSE", "allege", [AMNESTY_NG], [NG]),
                # ... and called for the charges to be dropped
                ev("REQUEST", "drop charges", [AMNESTY_NG], [NG]),
                # UNICEF urged the government to treat the children as victims rather than suspects
                ev("REQUEST", "treat as victims", [UNICEF], [NG]),
                # The #EndBadGovernance protests against President Bola Tinubu's economic policies
                # began on August 1 (unnamed crowds against state policy: the state as target)
                ev("PROTEST", "demonstrate", [], [NG], date="2024-08-01"),
                # Police shot dead at least 21 demonstrators in several northern states in the first
                # days, according to Amnesty (reported; unnamed people: no target)
                ev("ASSAULT", "shoot", [NG], [], "reported", AMNESTY_NG, "2024-08"),
                # ... and hundreds of people were arrested (a passive arrest: the story's country)
                ev("COERCE", "arrest", [NG], [], date="2024-08"),
                # The police have denied using live ammunition (target the accuser)
                ev("REJECT", "deny", [NG], [AMNESTY_NG], "denied"),
            ],
            "claims": [
                cl(76, "people", "people charged with treason over the August protests"),
                cl(29, "children", "children among those charged", approximate=True),
                cl(4, "minors", "minors who collapsed in the dock"),
                cl(10e6, "NGN", "bail set for each defendant"),
                cl(21, "demonstrators", "demonstrators shot dead by police", "reported",
                   AMNESTY_NG, approximate=True),
            ],
        },
    ],
}

# ------------------------------------------------------------------ checks
MONEY = {"USD", "EUR", "KES", "NGN"}
# unnamed sources the text gives, as written
UNNAMED = {"analysts", "organisers", "his family"}

# the article body of each story: from a start marker to an end marker (boilerplate, the dek,
# the caption, credit lines, related links and the footer lie outside)
BODY = {
    KENYA: [('<div class="story" id="story-text">', '<div class="topics">')],
    KOREA: [("SEOUL - ", "Topics: South Korea")],
    SIEGE: [("QUETTA - ", "RELATED\n")],
    IRAN_PAGE: [("BERLIN - ", "\n---\n"), ("ABUJA - ", "\n---\n\n(c) 2024")],
}
WORDS = {True: (450, 700), False: (120, 300)}


def body_of(raw, start, end):
    """The story's body text: cut between the markers, tags dropped, entities decoded (inline
    advertisement boxes inside the HTML body are dropped first)."""
    i = raw.index(start)
    j = raw.index(end, i)
    part = re.sub(r'(?s)<div class="ad-slot ad-slot--inline">.*?</div></div>', " ", raw[i:j])
    return html.unescape(re.sub(r"<[^>]+>", " ", part))


def check(name, page, body, main=True):
    """One story, checked by goldkit.check_story; the page's main story has size bounds."""
    sizes = {"events": (20, 27), "claims": (8, 14), "entities": (20, 33)} if main else None
    check_story(
        name, page, body, money=MONEY, unnamed=UNNAMED, sizes=sizes, words=WORDS[main]
    )


assert len(PAGES) + len(MULTI) == 4
check_and_write_stories(HERE, PAGES, MULTI, BODY, body_of, check)

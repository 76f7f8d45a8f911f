"""Writes eval/dev11/gold/*.json for part A of set 11 (facts-only gold, hand-written from the page
text without running the extractor).

Each page: title, published, entities (name, type, aliases), events and claims in the contract's
shape; `text` and `evidence` are null (scored on facts alone). Conventions follow
docs/annotation.md; where it is silent, the choices of eval/dev10 (README_a.md, README_b.md) and,
behind them, eval/dev9, dev8, dev7, dev6, dev5 and dev4. The choices made for this half are listed
in eval/dev11/README_a.md. Part B (make_gold_b.py) writes its own pages into the same gold folder.
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent


sys.path.insert(0, str(HERE.parent))
from goldkit import between, check_story, cl, ent, ev, page_text, write_gold  # noqa: E402

# (1) Derna floods
LY = "Libya"
EG = "Egypt"
TR = "Turkey"
AE = "United Arab Emirates"
DZ = "Algeria"
IT = "Italy"
US = "United States"
UN = "United Nations"
DE = "Germany"
FR = "France"
EU = "European Union"
GNU = "Government of National Unity"
GNS = "Government of National Stability"
LNA = "Libyan National Army"
IOM = "International Organization for Migration"
WHO = "World Health Organization"
LRC = "Libyan Red Crescent"
DBEIBAH = "Abdul Hamid Dbeibah"
HAFTAR = "Khalifa Haftar"
HAMAD = "Osama Hamad"
JALIL = "Othman Abdul Jalil"
GHAITHI = "Abdulmenam al-Ghaithi"
SISI = "Abdel Fattah al-Sisi"
ASKAR = "Osama Askar"
TAJANI = "Antonio Tajani"
GRIFFITHS = "Martin Griffiths"
SOUR = "al-Sediq al-Sour"
WAM = "WAM"
# (2) Moscow concert hall attack
RU = "Russia"
UA = "Ukraine"
CN = "China"
IN = "India"
TJ = "Tajikistan"
BY = "Belarus"
IS = "Islamic State"
ISK = "Islamic State Khorasan"
UNSC = "UN Security Council"
FSB = "Federal Security Service"
INVCOM = "Investigative Committee"
PUTIN = "Vladimir Putin"
ZELENSKY = "Volodymyr Zelensky"
XI = "Xi Jinping"
RAHMON = "Emomali Rahmon"
MEDVEDEV = "Dmitry Medvedev"
PODOLYAK = "Mykhailo Podolyak"
WATSON = "Adrienne Watson"
VOROBYOV = "Andrei Vorobyov"
# (3) ICC warrant / South Africa
ICC = "International Criminal Court"
ZA = "South Africa"
BR = "Brazil"
SD = "Sudan"
AU = "African Union"
DA = "Democratic Alliance"
HIGH_COURT = "High Court"
LVOVA = "Maria Lvova-Belova"
KHAN = "Karim Khan"
PESKOV = "Dmitry Peskov"
ZAKHAROVA = "Maria Zakharova"
KULEBA = "Dmytro Kuleba"
BIDEN = "Joe Biden"
WANG = "Wang Wenbin"
MAGWENYA = "Vincent Magwenya"
BASHIR = "Omar al-Bashir"
POWELL = "Emma Powell"
ROGACHEV = "Ilya Rogachev"
# (4) Damascus consulate strike
IR = "Iran"
SY = "Syria"
IL = "Israel"
CH = "Switzerland"
SA = "Saudi Arabia"
QA = "Qatar"
JO = "Jordan"
IRGC = "Islamic Revolutionary Guard Corps"
HEZBOLLAH = "Hezbollah"
HAMAS = "Hamas"
SOHR = "Syrian Observatory for Human Rights"
IRNA = "IRNA"
ZAHEDI = "Mohammad Reza Zahedi"
RAHIMI = "Mohammad Hadi Haji Rahimi"
AKBARI = "Hossein Akbari"
RAISI = "Ebrahim Raisi"
MEKDAD = "Faisal Mekdad"
AMIR = "Hossein Amir-Abdollahian"
POLYANSKIY = "Dmitry Polyanskiy"
SINGH = "Sabrina Singh"
MOUSAVI = "Razi Mousavi"

PAGES = {
    # ------------------------------------------------------------- (1) raw HTML
    "2023-09-13-libya-derna-flood-aid.html": {
        "title": "Foreign rescue teams reach Derna as death toll estimates diverge",
        "published": "2023-09-13",
        "entities": [
            ent(LY, "GPE"),
            ent("Derna", "GPE"),
            ent("Benghazi", "GPE"),
            ent(GNU, "ORG", "Tripoli"),
            ent(GNS, "ORG", "eastern administration", "eastern government", "eastern authorities"),
            ent(LNA, "ORG"),
            ent(EG, "GPE"),
            ent(TR, "GPE", "Ankara"),
            ent(AE, "GPE", "UAE"),
            ent(DZ, "GPE"),
            ent(IT, "GPE", "Rome"),
            ent(US, "GPE"),
            ent(UN, "ORG"),
            ent(IOM, "ORG"),
            ent(WHO, "ORG"),
            ent(LRC, "ORG"),
            ent(DE, "GPE"),
            ent(FR, "GPE"),
            ent(EU, "ORG"),
            ent(DBEIBAH, "PERSON", "Dbeibah"),
            ent(HAFTAR, "PERSON", "Haftar"),
            ent(HAMAD, "PERSON", "Hamad"),
            ent(JALIL, "PERSON"),
            ent(GHAITHI, "PERSON"),
            ent(SISI, "PERSON"),
            ent(ASKAR, "PERSON"),
            ent(TAJANI, "PERSON"),
            ent(GRIFFITHS, "PERSON"),
            ent(SOUR, "PERSON"),
            ent("Al Arabiya", "ORG"),
            ent(WAM, "ORG"),
            ent("Storm Daniel", "EVENT"),
            ent("Mediterranean", "LOC"),
            ent("Libyan", "NORP", "Libyans"),
            ent("Egyptian", "NORP"),
            ent("Emirati", "NORP"),
            ent("Italian", "NORP"),
            ent("Yugoslav", "NORP"),
        ],
        "events": [
            # Rescue teams and planeloads of aid from Egypt, Turkey and the United Arab Emirates
            # reached eastern Libya on Wednesday (lead: three donors, one AID each; the later
            # paragraphs tell the same three acts: Sisi's order to his army, Ankara's three
            # planes, the two Emirati aircraft). The dam burst itself has no agent and is not
            # coded.
            ev("AID", "humanitarian", [EG], [LY], date="2023-09-13"),
            ev("AID", "humanitarian", [TR], [LY], date="2023-09-13"),
            ev("AID", "humanitarian", [AE], [LY], date="2023-09-13"),
            # Tripoli sent a plane carrying 14 tonnes of medicines and 87 doctors and paramedics to
            # Benghazi on Tuesday (one rival government aiding the other; "Tripoli" stands for the
            # Government of National Unity, the recipient is the eastern government)
            ev("AID", "humanitarian", [GNU], [GNS], date="2023-09-12", location="Benghazi"),
            # Osama Hamad ... thanked the Tripoli authorities for the help (undated)
            ev("SUPPORT", "praise", [HAMAD], [GNU]),
            # The Egyptian chief of staff, Osama Askar, flew into Benghazi on Tuesday and met
            # Haftar to coordinate the search, the Libyan National Army said (a visit and a
            # meeting, dev10b's Albanese; told by the host's side: reported, source the LNA)
            ev("CONSULT", "visit", [ASKAR], [LY], "reported", LNA, "2023-09-12", "Benghazi"),
            ev(
                "CONSULT",
                "meet",
                [ASKAR, HAFTAR],
                [HAFTAR, ASKAR],
                "reported",
                LNA,
                "2023-09-12",
                "Benghazi",
            ),
            # Ankara ... said a ship carrying two field hospitals would sail for Derna on Thursday
            # (own announced plan: planned, no source; a further shipment, not the planes above)
            ev("AID", "humanitarian", [TR], [LY], "planned", date="2023-09-14", location="Derna"),
            # Algeria said it would send eight military planes carrying food, tents and a civil
            # defence unit (own plan)
            ev("AID", "humanitarian", [DZ], [LY], "planned"),
            # Tajani said an Italian navy ship with two helicopters and a team of divers was on
            # its way (own operation told by its side: reported, source Tajani)
            ev("AID", "humanitarian", [IT], [LY], "reported", TAJANI, "2023-09-13"),
            # ... and that Italy stood ready to help the Libyan people (stated willingness: AGREE;
            # the speaker acts, dev9b)
            ev("AGREE", "help", [TAJANI], [LY], date="2023-09-13", location="Rome"),
            # The United States said it would release an initial $1 million through aid
            # organisations (own plan; the money goes to Libya through aid groups)
            ev("AID", "humanitarian", [US], [LY], "planned"),
            # The United Nations launched an appeal on Wednesday for $71.4 million ... and urged
            # donors to give quickly (unnamed donors: empty target)
            ev("REQUEST", "aid", [UN], [], date="2023-09-13"),
            # Griffiths said he would travel to Libya in the coming days (own plan, undated)
            ev("CONSULT", "visit", [GRIFFITHS], [LY], "planned"),
            # Dbeibah blamed the disaster on "the political division, the wars and the wasted
            # money" (names nobody and refers to no act with a doer: empty target)
            ev("ACCUSE", "blame", [DBEIBAH], [], date="2023-09-13"),
            # His government later accused the eastern authorities of ignoring warnings that the
            # dams were at risk
            ev("ACCUSE", "allege", [GNU], [GNS], date="2023-09-13"),
            # Hamad's spokesman rejected the charge as "an attempt to dodge responsibility" (the
            # unnamed spokesman speaks for the eastern government; target the accuser) ...
            ev("REJECT", "deny", [GNS], [GNU], "denied", date="2023-09-13"),
            # ... and said the budget for the dams had always been controlled from Tripoli (a
            # counter-charge, dev10b's Wang Wenbin)
            ev("ACCUSE", "blame", [GNS], [GNU], date="2023-09-13"),
            # al-Sour said on Wednesday that he had ordered the arrest of eight officials of the
            # water resources authority (the named official acts; unnamed people: no target)
            ev("COERCE", "arrest", [SOUR], [], date="2023-09-13"),
            # He said anyone found to have neglected the dams would be held to account (a warning
            # to unnamed people, as dev10a's Bugti)
            ev("THREATEN", "prosecute", [SOUR], [], "planned", date="2023-09-13"),
            # Germany, France and the European Union also offered help (stated willingness,
            # one AGREE per offerer; what they would send is not said, so no planned AID)
            ev("AGREE", "help", [DE], [LY]),
            ev("AGREE", "help", [FR], [LY]),
            ev("AGREE", "help", [EU], [LY]),
            # Not coded: the dams bursting (no agent), the 2014 split and the LNA's control of
            # Derna (standing), the Yugoslav company building the dams and the audit bureau's
            # report (no interaction), the national mourning, Egypt's "for all Libyans" and
            # Turkey's working "with the authorities in the east and the west alike" (stances),
            # "had not said what they would send" (negated).
        ],
        "claims": [
            cl(3166, "bodies", "bodies buried in Derna so far", "reported", JALIL),
            cl(11300, "people", "death toll in Derna", "reported", LRC),
            cl(30000, "people", "people displaced in Derna", "reported", IOM, approximate=True),
            cl(10000, "people", "people still missing", "reported", WHO, approximate=True),
            cl(20000, "people", "possible death toll in Derna", "speculated", GHAITHI),
            cl(100000, "people", "population of Derna", approximate=True),
            cl(2, "dams", "dams that burst above Derna"),
            cl(14, "tonnes", "medicines flown from Tripoli to Benghazi"),
            cl(87, "doctors", "doctors and paramedics flown from Tripoli to Benghazi"),
            cl(3, "planes", "Turkish planes with search-and-rescue teams"),
            cl(2, "field hospitals", "field hospitals on the Turkish ship", "planned", TR),
            cl(2, "aircraft", "Emirati aircraft that brought aid", "reported", WAM),
            cl(150, "tonnes", "food and medical supplies brought by the UAE", "reported", WAM),
            cl(8, "planes", "military planes Algeria would send", "planned", DZ),
            cl(2, "helicopters", "helicopters on the Italian navy ship", "reported", TAJANI),
            cl(1e6, "USD", "initial US aid for Libya", "planned", US),
            cl(71.4e6, "USD", "UN appeal for Libya"),
            cl(250000, "people", "people the UN appeal would help", approximate=True),
            cl(
                8,
                "officials",
                "water authority officials whose arrest was ordered",
                "reported",
                SOUR,
            ),
        ],
    },
    # ------------------------------------------------------------- (2) live blog, key points
    "2024-03-23-moscow-concert-hall-attack.txt": {
        "title": "Moscow concert hall attack: death toll rises to 133 as Putin points to Ukraine",
        "published": "2024-03-23",
        "entities": [
            ent(RU, "GPE", "Moscow", "Kremlin"),
            ent(UA, "GPE", "Kyiv"),
            ent(US, "GPE", "US", "Washington"),
            ent("White House", "ORG"),
            ent(IS, "ORG"),
            ent(ISK, "ORG"),
            ent("Amaq", "ORG"),
            ent("Crocus City Hall", "FAC"),
            ent("Krasnogorsk", "GPE"),
            ent("Bryansk region", "LOC"),
            ent(INVCOM, "ORG"),
            ent(FSB, "ORG", "FSB"),
            ent(UNSC, "ORG"),
            ent(CN, "GPE", "Beijing"),
            ent(IN, "GPE"),
            ent(TR, "GPE"),
            ent(FR, "GPE"),
            ent(DE, "GPE"),
            ent(TJ, "GPE"),
            ent(BY, "GPE"),
            ent("Kabul", "GPE"),
            ent(PUTIN, "PERSON", "Putin"),
            ent(ZELENSKY, "PERSON"),
            ent(XI, "PERSON"),
            ent(RAHMON, "PERSON"),
            ent(MEDVEDEV, "PERSON"),
            ent(PODOLYAK, "PERSON"),
            ent(WATSON, "PERSON"),
            ent(VOROBYOV, "PERSON"),
            ent("Picnic", "ORG"),
            ent("Russian", "NORP"),
            ent("Ukrainian", "NORP"),
            ent("Chinese", "NORP"),
            ent("Tajik", "NORP"),
            ent("Afghan", "NORP"),
        ],
        "events": [
            # At least four men in camouflage opened fire on people waiting for a concert ... at
            # Crocus City Hall in Krasnogorsk ... then set the building alight (greeting entry's
            # background); Islamic State has claimed responsibility (key points, 16:25 entry), so
            # it is the actor (dev10a's Bajaur bombing). "US officials believe the group's Afghan
            # branch ... carried out the attack" names a part of the same doer for the same act
            # and is not a second event.
            ev("ASSAULT", "shooting", [IS], [RU], date="2024-03-22", location="Krasnogorsk"),
            # The FSB told Putin that 11 people had been detained, including all four suspected
            # gunmen, who were stopped in the Bryansk region (own operation told by the doer's
            # side: reported; the FSB speaks for Russia). Putin's "had been caught" (19:45) and
            # the key point tell the same arrests; the earlier entry's telling is kept.
            ev("COERCE", "arrest", [RU], [], "reported", RU, "2024-03-23", "Bryansk region"),
            # Putin said the gunmen had been caught "moving towards Ukraine", where "a window" had
            # been prepared for them (an allegation against Ukraine)
            ev("ACCUSE", "allege", [PUTIN], [UA], date="2024-03-23"),
            # He vowed that all those behind the attack would receive "just and inevitable
            # punishment" (names nobody: targets the attack's doer, the reaction rule)
            ev("THREATEN", "punish", [PUTIN], [IS], "planned", date="2024-03-23"),
            # Ukraine's military intelligence agency rejected Putin's claim as "a planned and
            # deliberate provocation" (the agency speaks for Ukraine; the denial targets the
            # accuser)
            ev("REJECT", "deny", [UA], [PUTIN], "denied", date="2024-03-23"),
            # Zelensky said Putin and "the other scum" were "trying to shift the blame" to Ukraine
            ev("ACCUSE", "allege", [ZELENSKY], [PUTIN], date="2024-03-23"),
            # Ukraine's foreign ministry said Moscow's accusations were meant to whip up support
            # for the war and a new mobilisation
            ev("ACCUSE", "allege", [UA], [RU], date="2024-03-23"),
            # The United States had shared information with Russian authorities in early March
            # about a planned attack ..., Adrienne Watson said (own act told by its side:
            # reported, the named spokeswoman as source; key points restate it)
            ev("COOPERATE", "share intelligence", [US], [RU], "reported", WATSON, "2024-03"),
            # The US embassy in Moscow urged Americans on March 7 to avoid crowds for 48 hours (a
            # request to its own citizens, unnamed: empty target)
            ev("REQUEST", "avoid crowds", [US], [], date="2024-03-07", location="Moscow"),
            # On Tuesday, Putin dismissed such warnings from the West as "outright blackmail"
            # (the warnings' doer the page names is the United States)
            ev("ACCUSE", "disapprove", [PUTIN], [US], date="2024-03-19"),
            # The UN Security Council condemned "the heinous and cowardly terrorist attack" (the
            # attack's doer is Islamic State: the reaction rule)
            ev("ACCUSE", "disapprove", [UNSC], [IS], date="2024-03-23"),
            # Xi Jinping sent a message of condolence to Putin and said Beijing "firmly supports"
            # Moscow's efforts to safeguard its security (one message, one SUPPORT)
            ev("SUPPORT", "condolence", [XI], [PUTIN], date="2024-03-23"),
            # India, Turkey, France and Germany also condemned the attack (one per state)
            ev("ACCUSE", "disapprove", [IN], [IS], date="2024-03-23"),
            ev("ACCUSE", "disapprove", [TR], [IS], date="2024-03-23"),
            ev("ACCUSE", "disapprove", [FR], [IS], date="2024-03-23"),
            ev("ACCUSE", "disapprove", [DE], [IS], date="2024-03-23"),
            # Rahmon spoke to Putin by phone, the Kremlin said (own contact told by one side:
            # reported, source Russia)
            ev("CONSULT", "phone", [RAHMON, PUTIN], [PUTIN, RAHMON], "reported", RU, "2024-03-23"),
            # The branch claimed a suicide bombing outside the Russian embassy in Kabul in
            # September 2022 that killed two embassy staff (background)
            ev("ASSAULT", "bombing", [ISK], [RU], date="2022-09", location="Kabul"),
            # Medvedev warned that if Kyiv was found to be behind the attack its leaders would be
            # "found and ruthlessly destroyed" (the condition is part of the threat; Friday night)
            ev("THREATEN", "kill", [MEDVEDEV], [UA], "planned", date="2024-03-22"),
            # Podolyak said on Friday night that Ukraine had "absolutely nothing to do" with the
            # attack (a denial; the suspicion came from Moscow, so Russia is the accuser)
            ev("REJECT", "deny", [PODOLYAK], [RU], "denied", date="2024-03-22"),
            # Not coded: Islamic State releasing its video, "no reason to doubt the Islamic State
            # claim" (an assessment), the day of national mourning, Vorobyov's payments to
            # families (domestic), "Russian media named the gunmen" (no act between parties).
        ],
        "claims": [
            cl(133, "people", "people killed in the Crocus City Hall attack", "reported", RU),
            cl(3, "children", "children among the dead", "reported", RU),
            cl(115, "people", "afternoon death toll", "reported", RU),
            cl(100, "people", "people still in hospital", "reported", RU, approximate=True),
            cl(11, "people", "people detained over the attack", "reported", RU),
            cl(4, "gunmen", "suspected gunmen detained in the Bryansk region", "reported", RU),
            cl(4, "men", "men in camouflage who opened fire", approximate=True),
            cl(6200, "people", "capacity of Crocus City Hall", approximate=True),
            cl(2, "staff", "Russian embassy staff killed in the 2022 Kabul bombing"),
            cl(3e6, "RUB", "payment to the family of each of the dead", "planned", VOROBYOV),
            cl(32500, "USD", "payment to the family of each of the dead", "planned", VOROBYOV),
        ],
    },
    # ------------------------------------------------------------- (3) plain scrape, comments
    "2023-03-17-icc-warrant-putin-south-africa.txt": {
        "title": "ICC issues arrest warrant for Putin over deported Ukrainian children, putting "
        "South Africa on the spot",
        "published": "2023-03-17",
        "entities": [
            ent(ICC, "ORG", "ICC"),
            ent(PUTIN, "PERSON", "Putin"),
            ent(RU, "GPE", "Kremlin", "Moscow", "Russian Federation"),
            ent(UA, "GPE", "Kyiv"),
            ent(LVOVA, "PERSON", "Lvova-Belova"),
            ent(KHAN, "PERSON"),
            ent(PESKOV, "PERSON"),
            ent(ZAKHAROVA, "PERSON"),
            ent("Rome Statute", "LAW"),
            ent(ZELENSKY, "PERSON"),
            ent(KULEBA, "PERSON"),
            ent(BIDEN, "PERSON"),
            ent(US, "GPE", "Washington"),
            ent(CN, "GPE"),
            ent(WANG, "PERSON"),
            ent(ZA, "GPE", "Pretoria"),
            ent("BRICS", "ORG"),
            ent(BR, "GPE"),
            ent(IN, "GPE"),
            ent("Johannesburg", "GPE"),
            ent(MAGWENYA, "PERSON"),
            ent(BASHIR, "PERSON"),
            ent(SD, "GPE"),
            ent(AU, "ORG"),
            ent(DA, "ORG"),
            ent(HIGH_COURT, "ORG"),
            ent(POWELL, "PERSON"),
            ent(ROGACHEV, "PERSON"),
            ent(EU, "ORG"),
            ent(UNSC, "ORG"),
            ent("The Hague", "GPE"),
            ent("Russian", "NORP"),
            ent("Chinese", "NORP"),
        ],
        "events": [
            # The ICC issued an arrest warrant for Putin on Friday, accusing him of the war crime
            # of unlawfully deporting children (an international court's warrant is its formal
            # accusation: ACCUSE, dev4's courts; the dateline places it in The Hague)
            ev("ACCUSE", "allege", [ICC], [PUTIN], date="2023-03-17", location="The Hague"),
            # The court also issued a warrant for Maria Lvova-Belova ... on the same charges (a
            # second warrant, a second act)
            ev("ACCUSE", "allege", [ICC], [LVOVA], date="2023-03-17", location="The Hague"),
            # ... the deportations, which they said had taken place since at least February 24,
            # 2022 (the charged act told by the judges: reported, source the court; Khan's office
            # and Ukraine's "16,000 children have been deported" tell the same act)
            ev("COERCE", "deport", [RU], [UA], "reported", ICC, "2022-02-24"),
            # ... the day Russia invaded (nominal background)
            ev("ASSAULT", "invasion", [RU], [UA], date="2022-02-24"),
            # The Kremlin rejected the move. "... null and void for the Russian Federation,"
            # spokesman Dmitry Peskov told reporters (one act: the writer's sentence names the
            # Kremlin, and the quote tells it; rejecting a court's decision is REJECT targeting
            # the court, dev4/dev6)
            ev("REJECT", "reject", [RU], [ICC], date="2023-03-17"),
            # Zakharova said the court's decisions had "no meaning" for Russia (another speaker)
            ev("REJECT", "reject", [ZAKHAROVA], [ICC], date="2023-03-17"),
            # Russia signed the Rome Statute ... in 2000 (background AGREE with the court its
            # treaty founds) ...
            ev("AGREE", "treaty", [RU], [ICC], date="2000"),
            # ... but withdrew its signature in 2016 (walking away from an agreement)
            ev("REJECT", "agreement", [RU], [ICC], date="2016"),
            # In Kyiv, Zelensky called it "a historic decision ..." (welcoming a court's act is
            # SUPPORT for the court, dev4)
            ev("SUPPORT", "praise", [ZELENSKY], [ICC], date="2023-03-17", location="Kyiv"),
            # Kuleba said "the wheels of justice are turning"
            ev("SUPPORT", "praise", [KULEBA], [ICC], date="2023-03-17"),
            # In Washington, Biden said the warrant was "justified"
            ev("SUPPORT", "praise", [BIDEN], [ICC], date="2023-03-17", location="Washington"),
            # China ... urged the court to "adopt an objective and impartial position" ..., Wang
            # Wenbin said (the subject is the state: China acts)
            ev("REQUEST", "impartiality", [CN], [ICC], date="2023-03-17"),
            # Pretoria is due to host the BRICS summit of Brazil, Russia, India, China and South
            # Africa in Johannesburg in August (a host's CONSULT targets the hosted parties)
            ev(
                "CONSULT",
                "multilateral",
                [ZA],
                [BR, RU, IN, CN],
                "planned",
                date="2023-08",
                location="Johannesburg",
            ),
            # ... and Putin has been invited (the host invites; undated)
            ev("REQUEST", "invite", [ZA], [PUTIN]),
            # In June 2015, it declined to arrest Sudan's then president, Omar al-Bashir, who was
            # wanted by the court (a refusal of the court's warrant: REJECT targeting the court)
            ev("REJECT", "refuse", [ZA], [ICC], date="2015-06", location="Johannesburg"),
            # ... when he attended an African Union summit in Johannesburg (background)
            ev("CONSULT", "multilateral", [BASHIR], [AU], date="2015-06", location="Johannesburg"),
            # The next year Pretoria gave notice that it would quit the court (walking away from
            # an agreement; "a plan it later dropped" is not coded)
            ev("REJECT", "agreement", [ZA], [ICC], date="2016"),
            # The Democratic Alliance ... said on Friday it would apply to the High Court in
            # Pretoria for an order compelling the government to arrest Putin (a request to a
            # court is a REQUEST to the court, dev4; planned, undated)
            ev("REQUEST", "court order", [DA], [HIGH_COURT], "planned"),
            # Rogachev told a local radio station that any attempt to arrest Putin would be
            # regarded as "a declaration of war" (a warning to the host state; the condition is
            # part of it; no date given)
            ev("THREATEN", "war", [ROGACHEV], [ZA], "planned"),
            # Its navy held joint exercises with the Russian and Chinese navies off its east coast
            # last month (COOPERATE military, the sentence's subject as actor)
            ev("COOPERATE", "military", [ZA], [RU, CN], date="2023-02"),
            # Not coded: Khan's "Children cannot be treated as the spoils of war" (the
            # prosecutor's words for the charge the court's warrant makes), Lvova-Belova's
            # "great" (a stance), Magwenya's "cognisant" and "would not say" (stance and
            # declining to comment), "no decision had been taken" (negated), the South African
            # court ruling (a domestic court), "has refused to condemn Russia's invasion and
            # abstained in UN votes" (a standing position), Russia's "effort to protect them" (a
            # characterisation).
        ],
        "claims": [
            cl(
                16000,
                "children",
                "Ukrainian children deported to Russia",
                "reported",
                UA,
                approximate=True,
            ),
            cl(308, "children", "deported children brought back to Ukraine", "reported", UA),
            cl(
                700000,
                "children",
                "children Russia has taken in from the war zone",
                "reported",
                RU,
                approximate=True,
            ),
            cl(123, "states", "ICC member states"),
            cl(0.42, "share", "BRICS members' share of the world's population", approximate=True),
            cl(
                0.01,
                "share",
                "Russia's share of South Africa's trade",
                "reported",
                ZA,
                approximate=True,
            ),
            cl(
                1.2e9,
                "USD",
                "South Africa's trade with Russia last year",
                "reported",
                ZA,
                approximate=True,
            ),
            cl(
                0.25,
                "share",
                "EU and US share of South Africa's trade",
                "reported",
                ZA,
                approximate=True,
            ),
        ],
    },
    # ------------------------------------------------------------- (4) wire, attributions
    "2024-04-01-israel-strike-iran-consulate-damascus.txt": {
        "title": "Strike destroys Iran's consulate in Damascus, killing top Guards commanders; "
        "Tehran vows revenge",
        "published": "2024-04-01",
        "entities": [
            ent(IR, "GPE", "Tehran"),
            ent(SY, "GPE"),
            ent(IL, "GPE"),
            ent("Damascus", "GPE"),
            ent(IRGC, "ORG", "Guards"),
            ent("Quds Force", "ORG"),
            ent(ZAHEDI, "PERSON"),
            ent(RAHIMI, "PERSON"),
            ent(IRNA, "ORG"),
            ent("Golan Heights", "LOC"),
            ent("F-35", "PRODUCT"),
            ent(SOHR, "ORG", "Syrian Observatory"),
            ent(HEZBOLLAH, "ORG"),
            ent("Reuters", "ORG"),
            ent("New York Times", "ORG"),
            ent(AKBARI, "PERSON", "Akbari"),
            ent(RAISI, "PERSON"),
            ent(CH, "GPE"),
            ent(US, "GPE", "U.S.", "Washington"),
            ent("Pentagon", "ORG"),
            ent(SINGH, "PERSON"),
            ent(MEKDAD, "PERSON", "Mekdad"),
            ent(AMIR, "PERSON"),
            ent("Lebanon", "GPE"),
            ent("Iraq", "GPE"),
            ent(RU, "GPE", "Moscow"),
            ent("U.N. Security Council", "ORG"),
            ent(POLYANSKIY, "PERSON"),
            ent(SA, "GPE"),
            ent(QA, "GPE"),
            ent(JO, "GPE"),
            ent(AE, "GPE"),
            ent(MOUSAVI, "PERSON"),
            ent("Aleppo", "GPE"),
            ent(HAMAS, "ORG"),
            ent("Gaza", "GPE"),
            ent("Gaza health ministry", "ORG"),
            ent("Britain", "GPE"),
            ent("Iranian", "NORP", "Iranians"),
            ent("Israeli", "NORP"),
            ent("Syrian", "NORP", "Syrians"),
            ent("Lebanese", "NORP"),
            ent("Palestinians", "NORP"),
        ],
        "events": [
            # An air strike that Iran and Syria blamed on Israel destroyed Iran's consular building
            # ... on Monday, killing Zahedi and his deputy (named dead are targets beside their
            # state, dev9b/dev8a). Israel does not comment; Syria's defence ministry gives the
            # account ("Israeli F-35 warplanes fired six missiles"), so the strike is `reported`
            # with Syria as source (dev6: an account that blames). The New York Times' report
            # citing four Israeli officials tells the same act.
            ev(
                "ASSAULT",
                "air strike",
                [IL],
                [IR, ZAHEDI, RAHIMI],
                "reported",
                SY,
                "2024-04-01",
                "Damascus",
            ),
            # Syria blamed Israel (its defence ministry's account is its ACCUSE, dev6)
            ev("ACCUSE", "allege", [SY], [IL], date="2024-04-01"),
            # Iran blamed Israel: its foreign ministry said Israel bore responsibility (the lead's
            # "Iran ... blamed" is the same act)
            ev("ACCUSE", "allege", [IR], [IL], date="2024-04-01"),
            # ... and that Tehran "reserves the right to take reciprocal measures" (a threat left
            # open; it names Israel through the statement)
            ev("THREATEN", "retaliate", [IR], [IL], "planned", date="2024-04-01"),
            # Akbari ... told state television that Tehran's response would be "harsh" (a named
            # envoy's own warning; names nobody, so the strike's doer)
            ev("THREATEN", "retaliate", [AKBARI], [IL], "planned", date="2024-04-01"),
            # The envoy said ... the strike violated international law (back-reference to Akbari)
            ev("ACCUSE", "allege", [AKBARI], [IL], date="2024-04-01"),
            # Raisi said the "cowardly crime" would not go unanswered
            ev("THREATEN", "retaliate", [RAISI], [IL], "planned", date="2024-04-01"),
            # It summoned the chargé d'affaires of Switzerland, whose embassy in Tehran represents
            # U.S. interests (a summons targets the envoy's state, the guide) ...
            ev("ACCUSE", "summon", [IR], [CH], date="2024-04-01", location="Tehran"),
            # ... and said the United States must be held accountable as Israel's main backer
            ev("ACCUSE", "blame", [IR], [US], date="2024-04-01"),
            # Washington had no involvement in the strike and was not told about it in advance, a
            # U.S. official told Reuters, adding that the message had been passed to Tehran (a
            # denial of Iran's charge: target the accuser; told by an unnamed official)
            ev("REJECT", "deny", [US], [IR], "denied", "a U.S. official", "2024-04-01"),
            # Mekdad, who visited the site with Akbari, condemned "this heinous terrorist attack"
            # (names nobody: the strike's doer)
            ev("ACCUSE", "disapprove", [MEKDAD], [IL], date="2024-04-01", location="Damascus"),
            # Amir-Abdollahian spoke to Mekdad by phone later on Monday, Iran's foreign ministry
            # said (own contact told by its side: reported, source Iran)
            ev("CONSULT", "phone", [AMIR, MEKDAD], [MEKDAD, AMIR], "reported", IR, "2024-04-01"),
            # Hezbollah said the strike "will not pass without the enemy receiving punishment and
            # revenge" ("the enemy" is Israel)
            ev("THREATEN", "retaliate", [HEZBOLLAH], [IL], "planned", date="2024-04-01"),
            # Analysts said Iran could hit back through allied armed groups ... rather than
            # directly (a hedge with a named hedger: speculated, dev10b)
            ev("ASSAULT", "retaliation", [IR], [IL], "speculated", "analysts"),
            # Russia requested an emergency meeting of the U.N. Security Council over the strike,
            # Polyanskiy said (the state is the subject; own speech act: asserted)
            ev("REQUEST", "meeting", [RU], ["U.N. Security Council"], date="2024-04-01"),
            # The council is expected to meet on Tuesday afternoon (members unnamed: empty target,
            # dev10b's ECCAS)
            ev(
                "CONSULT",
                "multilateral",
                ["U.N. Security Council"],
                [],
                "planned",
                date="2024-04-02",
            ),
            # Moscow's foreign ministry strongly condemned what it called an "unacceptable"
            # attack on a diplomatic mission (names nobody: the strike's doer)
            ev("ACCUSE", "disapprove", [RU], [IL], date="2024-04-01"),
            # Saudi Arabia rejected the targeting of "diplomatic facilities under any
            # justification" (disapproval, not a REJECT of a proposal)
            ev("ACCUSE", "disapprove", [SA], [IL], date="2024-04-01"),
            # Qatar, Jordan and the United Arab Emirates also condemned the strike (one each)
            ev("ACCUSE", "disapprove", [QA], [IL], date="2024-04-01"),
            ev("ACCUSE", "disapprove", [JO], [IL], date="2024-04-01"),
            ev("ACCUSE", "disapprove", [AE], [IL], date="2024-04-01"),
            # In December, an Israeli strike near Damascus killed Razi Mousavi ..., Iran said
            ev("ASSAULT", "air strike", [IL], [IR, MOUSAVI], "reported", IR, "2023-12", "Damascus"),
            # Last month, Israeli strikes near Aleppo killed at least 36 Syrian soldiers,
            # according to the Syrian Observatory
            ev("ASSAULT", "air strike", [IL], [SY], "reported", SOHR, "2024-03", "Aleppo"),
            # ... since October, when Hamas-led gunmen attacked southern Israel (background)
            ev("ASSAULT", "attack", [HAMAS], [IL], date="2023-10-07"),
            # Israel's offensive in Gaza (nominal background; target Hamas, dev6)
            ev("ASSAULT", "offensive", [IL], [HAMAS], date="2023-10", location="Gaza"),
            # Iran ... has said it had no advance knowledge of the Oct. 7 attack (a denial with no
            # accuser named: empty target; undated)
            ev("REJECT", "deny", [IR], [], "denied"),
            # The United States provides Israel with $3.8 billion in military aid a year (standing
            # yearly aid: one undated AID, dev10a). "Is believed to be weighing further arms
            # sales" is a hedged intention with no hedger, not coded.
            ev("AID", "military", [US], [IL]),
            # Not coded: "does not comment" / "did not comment" (declining to comment), Singh's
            # "could not confirm", "a string of attacks ... that Tehran has blamed on Israel"
            # (habitual), Mekdad's visit to the site (in his own capital), "Iran backs Hamas" and
            # "backed by Tehran" (standing, appositive), oil prices (a claim only).
        ],
        "claims": [
            cl(
                6,
                "officers",
                "Revolutionary Guards officers killed besides Zahedi",
                "reported",
                "Iranian state media",
            ),
            cl(6, "missiles", "missiles fired at the consular building", "reported", SY),
            cl(11, "people", "people killed in the strike", "reported", SOHR),
            cl(8, "Iranians", "Iranians among the dead", "reported", SOHR),
            cl(2, "Syrians", "Syrians among the dead", "reported", SOHR),
            cl(1, "members", "Lebanese Hezbollah member among the dead", "reported", SOHR),
            cl(
                0.015,
                "share",
                "rise in oil prices on Monday",
                "reported",
                "market data",
                approximate=True,
            ),
            cl(
                36,
                "soldiers",
                "Syrian soldiers killed near Aleppo last month",
                "reported",
                SOHR,
                approximate=True,
            ),
            cl(
                1200,
                "people",
                "people killed in the October 7 attack",
                "reported",
                IL,
                approximate=True,
            ),
            cl(
                32800,
                "Palestinians",
                "Palestinians killed in Israel's Gaza offensive",
                "reported",
                "Gaza health ministry",
                approximate=True,
            ),
            cl(3.8e9, "USD", "yearly US military aid to Israel"),
        ],
    },
}

# ------------------------------------------------------------------ checks
MONEY = {"USD", "RUB"}
# unnamed sources the text gives, as written
UNNAMED_SOURCES = {"market data", "Iranian state media", "analysts", "a U.S. official"}

# where each page's article text starts and ends (boilerplate and comments lie outside)
BODY = {
    "2023-09-13-libya-derna-flood-aid.html": ("BENGHAZI, Libya", "Share this article"),
    "2024-03-23-moscow-concert-hall-attack.txt": ("KEY POINTS", "[Load earlier updates]"),
    "2023-03-17-icc-warrant-putin-south-africa.txt": ("THE HAGUE/JOHANNESBURG", "\nRelated\n"),
    "2024-04-01-israel-strike-iran-consulate-damascus.txt": (
        "DAMASCUS/BEIRUT/DUBAI",
        "Reporting by",
    ),
}
# targetless events kept beside a targeted one of the same type and actor: each is a different
# act (another day, another object), not one act told twice (README_a.md). None in this half.
KEPT_TARGETLESS: set = set()


def article_text(name):
    """The article body alone: from the dateline or key points to the share line or credit."""
    return between(page_text(HERE, name), *BODY[name], once=False)


# what goldkit.check_story holds each story to (sizes and length: the brief's aims)
RULES = {"money": MONEY, "unnamed": UNNAMED_SOURCES, "kept_targetless": KEPT_TARGETLESS}
RULES["sizes"] = {"events": (15, 30), "claims": (8, 20), "entities": (25, 45)}
RULES["words"] = (500, 900)

for _name, _page in PAGES.items():
    _text = page_text(HERE, _name)
    check_story(_name, _page, article_text(_name), page_text=_text, **RULES)

write_gold(HERE, PAGES)

for _name, _page in PAGES.items():
    print(
        f"{_name}: {len(_page['events'])} events, {len(_page['claims'])} claims, "
        f"{len(_page['entities'])} entities"
    )
_totals = [sum(len(p[k]) for p in PAGES.values()) for k in ("events", "claims", "entities")]
print("total: {} events, {} claims, {} entities".format(*_totals))

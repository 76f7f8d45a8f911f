"""Writes eval/dev11/gold/*.json for part B of set 11 (facts-only gold, hand-written from the
page text without running the extractor).

Each page: title, published, entities (name, type, aliases), events and claims in the contract's
shape; `text` and `evidence` are null (scored on facts alone). Conventions follow
docs/annotation.md and, where it is silent, the choices of eval/dev10 (README_a.md, README_b.md)
and, behind them, eval/dev9 to eval/dev4; the choices made for this half are listed in
eval/dev11/README_b.md. Part A of the set is written separately (make_gold_a.py); this script
writes only the four part-B pages.

The Turkey page holds two unrelated stories (the earthquake aid, then a short brief on the
Japan-South Korea summit in Tokyo, dated a day earlier); `write_gold` is given it as a list of
stories and writes one article per story, each with its own entities, events and claims.
"""

import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent


sys.path.insert(0, str(HERE.parent))
from goldkit import check_and_write_stories, check_story, cl, ent, ev  # noqa: E402

US = "United States"
IQ = "Iraq"
SY = "Syria"
IR = "Iran"
JO = "Jordan"
RU = "Russia"
IL = "Israel"
LB = "Lebanon"
TR = "Turkey"
UK = "United Kingdom"
IRGC = "Islamic Revolutionary Guard Corps"
KH = "Kataib Hezbollah"
IRI = "Islamic Resistance in Iraq"
NUJABA = "Harakat al-Nujaba"
UNSC = "United Nations Security Council"
UN = "United Nations"
EU = "European Union"
SOHR = "Syrian Observatory for Human Rights"
BIDEN = "Joe Biden"
KIRBY = "John Kirby"
SIMS = "Douglas Sims"
AWADI = "Basim al-Awadi"
KANAANI = "Nasser Kanaani"
RAISI = "Ebrahim Raisi"
HZB = "Hezbollah"
MIKATI = "Najib Mikati"
GALLANT = "Yoav Gallant"
AUSTIN = "Lloyd Austin"
NASRALLAH = "Hassan Nasrallah"
HSU = "Hsu Ching-kuang"
GUTERRES = "Antonio Guterres"
BORRELL = "Josep Borrell"
MILLER = "Matthew Miller"
ABIAD = "Firass Abiad"
ASSAD = "Bashar al-Assad"
HTS = "Hayat Tahrir al-Sham"
PESKOV = "Dmitry Peskov"
FIDAN = "Hakan Fidan"
SNA = "Syrian National Army"
SDF = "Syrian Democratic Forces"
IS = "Islamic State"
NETANYAHU = "Benjamin Netanyahu"
ERDOGAN = "Recep Tayyip Erdogan"
MITSOTAKIS = "Kyriakos Mitsotakis"
LENARCIC = "Janez Lenarcic"
PRICE = "Ned Price"
SALEH = "Raed al-Saleh"
SABBAGH = "Bassam Sabbagh"
GR = "Greece"
AM = "Armenia"
JP = "Japan"
KR = "South Korea"
KISHIDA = "Fumio Kishida"
YOON = "Yoon Suk Yeol"

PAGES = {
    # ------------------------------------------------------------------ (1) HTML, US strikes
    "2024-02-03-us-strikes-iraq-syria-militias.html": {
        "title": "US strikes more than 85 targets in Iraq and Syria after deadly drone attack in "
        "Jordan",
        "published": "2024-02-03",
        "entities": [
            ent(US, "GPE", "US", "Washington"),
            ent(IQ, "GPE", "Baghdad"),
            ent(SY, "GPE", "Damascus"),
            ent(IR, "GPE", "Tehran"),
            ent(JO, "GPE"),
            ent(IRGC, "ORG", "Revolutionary Guards"),
            ent("Quds Force", "ORG"),
            ent(KH, "ORG"),
            ent(IRI, "ORG"),
            ent("Tower 22", "FAC"),
            ent(SIMS, "PERSON"),
            ent("Joint Staff", "ORG"),
            ent("Pentagon", "ORG"),
            ent(BIDEN, "PERSON", "Biden"),
            ent("Middle East", "LOC"),
            ent("Georgia", "GPE"),
            ent("Gaza", "GPE"),
            ent(KIRBY, "PERSON"),
            ent("White House", "ORG"),
            ent("Mohammed Shia al-Sudani", "PERSON", "Sudani"),
            ent(AWADI, "PERSON"),
            ent("al-Qaim", "GPE"),
            ent("David Burger", "PERSON"),
            ent(NUJABA, "ORG"),
            ent(KANAANI, "PERSON"),
            ent(RAISI, "PERSON"),
            ent(SOHR, "ORG"),
            ent(UK, "GPE", "Britain"),
            ent("Deir ez-Zor", "GPE"),
            ent(RU, "GPE"),
            ent(UNSC, "ORG", "UN Security Council"),
            ent("Dmitry Polyanskiy", "PERSON"),
            ent(IS, "ORG"),
            ent("B-1", "PRODUCT"),
            ent("American", "NORP"),
        ],
        "events": [
            # The United States struck more than 85 targets in Iraq and Syria on Friday, hitting
            # ... sites used by the Quds Force of Iran's IRGC and by the militias it backs (one
            # operation on several sites: one ASSAULT, no location, dev8b; the Guards act for
            # Iran; "the militias it backs" are the umbrella group the article names below)
            ev("ASSAULT", "airstrike", [US], [IR, IRI], date="2024-02-02"),
            # ... a drone attack that killed three American soldiers at a base in Jordan last
            # Sunday; "The Islamic Resistance in Iraq ... said it had carried out the attack"
            # (one act, told first by the writer: asserted; a base's people are the target's)
            ev("ASSAULT", "drone", [IRI], [US], date="2024-01-28", location="Tower 22"),
            # "Our response began today ... It will continue at times and places of our
            # choosing" (a warning that names nobody targets the doer of the attack it answers;
            # "did not seek conflict" is a stance)
            ev("THREATEN", "retaliate", [BIDEN], [IRI], "planned", date="2024-02-02"),
            # Washington has blamed the group
            ev("ACCUSE", "blame", [US], [IRI]),
            # ... which has claimed more than 160 rocket and drone attacks on US forces in Iraq
            # and Syria since mid-October (background; own acts told by the doer: reported)
            ev("ASSAULT", "missile", [IRI], [US], "reported", IRI, "2023-10"),
            # Kirby said the drone bore "the fingerprints" of Kataib Hezbollah
            ev("ACCUSE", "allege", [KIRBY], [KH]),
            # Asked whether targets inside Iran were possible, he declined to rule them out
            # (guide: a threat left open is a planned THREATEN)
            ev("THREATEN", "military force", [KIRBY], [IR], "planned"),
            # US officials say the Revolutionary Guards arm, fund and train the militias (the
            # act told, attributed; "stopped short of saying" is negated)
            ev("AID", "military", [IR], [IRI], "reported", "US officials"),
            # In Baghdad, the government of ... al-Sudani condemned the strikes on Saturday
            ev("ACCUSE", "disapprove", [IQ], [US], date="2024-02-03"),
            # ... the White House, which said Iraq had been informed before the strikes (own act
            # told by the doer's side: reported; the White House speaks for the US)
            ev("CONSULT", "inform", [US], [IQ], "reported", US, "2024-02-02"),
            # He [al-Awadi] denied that Baghdad had been told of the raids in advance (a denied
            # claim targets the one who made it)
            ev("REJECT", "deny", [AWADI], [US], "denied", date="2024-02-03"),
            # The foreign ministry later summoned the US charge d'affaires ..., David Burger, to
            # hand him a formal letter of protest (one ACCUSE summon; the envoy's state)
            ev("ACCUSE", "summon", [IQ], [US], date="2024-02-03"),
            # Sudani's government and Washington began talks last month on the future of the
            # US troops in Iraq
            ev("CONSULT", "negotiate", [IQ, US], [US, IQ], date="2024-01"),
            # Kataib Hezbollah had announced on Tuesday that it was suspending "military and
            # security operations" against US forces (a one-sided halt that took effect)
            ev("RETREAT", "ceasefire", [KH], [US], date="2024-01-30"),
            # US officials dismissed the announcement, saying the group's promises could not be
            # trusted (the officials' own speech act: the state acts, asserted)
            ev("ACCUSE", "disapprove", [US], [KH]),
            # On Thursday another militia, Harakat al-Nujaba, vowed to keep attacking American
            # forces until they leave Iraq
            ev("THREATEN", "attack", [NUJABA], [US], "planned", date="2024-02-01"),
            # Kanaani called the strikes "another adventurous and strategic mistake" by
            # Washington
            ev("ACCUSE", "disapprove", [KANAANI], [US]),
            # He denied that Iran directed the militias (the charge is Washington's)
            ev("REJECT", "deny", [KANAANI], [US], "denied"),
            # A day before the strikes, Raisi had said Iran would ... "respond strongly" to any
            # country that tried to bully it (unnamed addressees: empty target)
            ev("THREATEN", "retaliate", [RAISI], [], "planned", date="2024-02-01"),
            # Syria's defence ministry said the strikes had killed "a number of civilians and
            # soldiers"; the foreign ministry in Damascus condemned them as a "flagrant
            # violation" (one ACCUSE by Syria; the ministries speak for the state)
            ev("ACCUSE", "disapprove", [SY], [US]),
            # Russia ... asked for an emergency meeting of the UN Security Council on the
            # strikes, its deputy ambassador ... said (the state is the subject)
            ev("REQUEST", "meeting", [RU], [UNSC]),
        ],
        "claims": [
            cl(85, "targets", "targets the US struck in Iraq and Syria", approximate=True),
            cl(3, "soldiers", "American soldiers killed in the drone attack in Jordan"),
            cl(7, "facilities", "facilities hit by the US strikes", "reported", SIMS),
            cl(3, "facilities", "facilities hit in Iraq", "reported", SIMS),
            cl(4, "facilities", "facilities hit in Syria", "reported", SIMS),
            cl(
                125,
                "munitions",
                "precision-guided munitions used in the strikes",
                "reported",
                SIMS,
                approximate=True,
            ),
            cl(350, "personnel", "US personnel based at Tower 22", approximate=True),
            cl(
                40,
                "service members",
                "US service members wounded in the attack on Tower 22",
                "reported",
                US,
                approximate=True,
            ),
            cl(
                160,
                "attacks",
                "attacks on US forces claimed by the Islamic Resistance in Iraq since mid-October",
                "reported",
                IRI,
                approximate=True,
            ),
            cl(16, "people", "people killed by the strikes in Iraq", "reported", AWADI),
            cl(25, "people", "people wounded by the strikes in Iraq", "reported", AWADI),
            cl(2500, "troops", "US troops stationed in Iraq", approximate=True),
            cl(
                23,
                "fighters",
                "pro-Iranian fighters killed in Deir ez-Zor",
                "reported",
                SOHR,
                approximate=True,
            ),
            cl(900, "troops", "US troops in Syria", approximate=True),
        ],
    },
    # ------------------------------------------------------------------ (2) scraped, comments
    "2024-09-18-lebanon-pager-explosions.txt": {
        "title": "Thousands of pagers used by Hezbollah explode across Lebanon, killing 12 and "
        "wounding thousands",
        "published": "2024-09-18",
        "entities": [
            ent(HZB, "ORG"),
            ent(LB, "GPE", "Beirut"),
            ent(IL, "GPE"),
            ent(IR, "GPE", "Tehran"),
            ent(SY, "GPE", "Damascus"),
            ent("Bekaa valley", "LOC"),
            ent(ABIAD, "PERSON"),
            ent("Mojtaba Amani", "PERSON"),
            ent(SOHR, "ORG"),
            ent(UK, "GPE", "Britain"),
            ent(MIKATI, "PERSON"),
            ent(UNSC, "ORG", "UN Security Council"),
            ent(GALLANT, "PERSON"),
            ent(AUSTIN, "PERSON"),
            ent(US, "GPE", "US", "Washington"),
            ent("Hamas", "ORG"),
            ent("Gaza", "GPE"),
            ent(NASRALLAH, "PERSON"),
            ent("Gold Apollo", "ORG"),
            ent("Taiwan", "GPE", "Taipei"),
            ent(HSU, "PERSON"),
            ent("BAC Consulting", "ORG"),
            ent("Hungary", "GPE", "Budapest"),
            ent("Zoltan Kovacs", "PERSON"),
            ent(UN, "ORG"),
            ent(EU, "ORG", "EU"),
            ent(GUTERRES, "PERSON"),
            ent("Volker Turk", "PERSON"),
            ent(BORRELL, "PERSON"),
            ent("State Department", "ORG"),
            ent(MILLER, "PERSON"),
            ent(KANAANI, "PERSON"),
            ent("Red Crescent", "ORG"),
            ent(IQ, "GPE"),
        ],
        "events": [
            # Pagers carried by members of Hezbollah exploded almost simultaneously across
            # Lebanon on Tuesday afternoon (an attack by doers nobody names: no actor; the
            # pagers' owners are the target; the blasts in Damascus belong to the same attack
            # and are told as a claim)
            ev("ASSAULT", "explosion", [], [HZB], date="2024-09-17", location=LB),
            # Hezbollah said it held Israel "fully responsible for this criminal aggression"
            ev("ACCUSE", "blame", [HZB], [IL]),
            # ... and vowed that Israel would receive "its just punishment"
            ev("THREATEN", "retaliate", [HZB], [IL], "planned"),
            # Mikati condemned what he called "a serious Israeli criminal aggression"
            ev("ACCUSE", "disapprove", [MIKATI], [IL]),
            # The foreign ministry said it would file a complaint with the UN Security Council
            # (a complaint to an international body is an ACCUSE against the state complained
            # about; the speaker's own plan: planned, dev10b)
            ev("ACCUSE", "complaint", [LB], [IL], "planned"),
            # ("Israel's military declined to comment": not coded; the security cabinet's war
            # goals: domestic)
            # On Monday, Gallant had told Austin by phone ...
            ev(
                "CONSULT",
                "phone",
                [GALLANT, AUSTIN],
                [AUSTIN, GALLANT],
                date="2024-09-16",
            ),
            # ... that "the only way left" to bring them home was "through military action"
            # against Hezbollah
            ev("THREATEN", "military force", [GALLANT], [HZB], "planned", date="2024-09-16"),
            # The group has traded fire with Israel almost daily since October 8 (a two-sided
            # fight names the group, the subject, as actor)
            ev("ASSAULT", "cross-border fire", [HZB], [IL], date="2023-10-08"),
            # ... a day after the Hamas attack on southern Israel ("set off the war in Gaza"
            # names no sides)
            ev("ASSAULT", "attack", ["Hamas"], [IL], date="2023-10-07"),
            # In February, Nasrallah told members to get rid of their mobile phones (an order to
            # his own members: not coded), warning that Israel could use them to track and kill
            # them
            ev("ACCUSE", "allege", [NASRALLAH], [IL], date="2024-02"),
            # Hsu told reporters in Taipei on Wednesday that his firm had not made the pagers
            # (nobody is named as the accuser: empty target)
            ev("REJECT", "deny", [HSU], [], "denied", date="2024-09-18", location="Taipei"),
            # Hungary said the Budapest firm had nothing to do with manufacturing ... the devices
            # "have never been in Hungary" (the state is the subject; it rejects Hsu's account)
            ev("REJECT", "deny", ["Hungary"], [HSU], "denied"),
            # Guterres was "extremely concerned" about the escalation, his spokesman said (the
            # guide's "express concern"; the attack's doer is unnamed: no target)
            ev("ACCUSE", "disapprove", [GUTERRES], []),
            # ... and urged both sides to exercise maximum restraint ("both sides": the story's
            # main pair; "The United Nations and the European Union called for restraint" tells
            # this and Borrell's call together)
            ev("REQUEST", "restraint", [GUTERRES], [IL, HZB]),
            # Volker Turk called for an independent investigation (no addressee)
            ev("REQUEST", "investigate", ["Volker Turk"], []),
            # Borrell condemned the attack (doer unnamed: no target)
            ev("ACCUSE", "disapprove", [BORRELL], []),
            # ... and called on all sides to avoid a regional war (the main pair)
            ev("REQUEST", "restraint", [BORRELL], [IL, HZB]),
            # Miller said the United States had not been involved and had not known about the
            # attack in advance (nobody in the text accuses it: empty target)
            ev("REJECT", "deny", [MILLER], [], "denied"),
            # He urged Iran not to take advantage of the situation
            ev("REQUEST", "restraint", [MILLER], [IR]),
            # Kanaani condemned the explosions as "terrorism" and blamed Israel (one ACCUSE)
            ev("ACCUSE", "disapprove", [KANAANI], [IL]),
            # Iran said it would send a team of Red Crescent doctors to Beirut (own plan)
            ev("AID", "humanitarian", [IR], [LB], "planned", location="Beirut"),
            # ... and Iraq flew in 15 tonnes of medical supplies on Wednesday morning, Iraq's
            # health ministry said (own act told by the doer's side: reported)
            ev("AID", "humanitarian", [IQ], [LB], "reported", IQ, "2024-09-18"),
        ],
        "claims": [
            cl(12, "people", "people killed by the pager explosions in Lebanon", approximate=True),
            cl(2, "children", "children among the dead"),
            cl(
                2800,
                "people",
                "people wounded by the pager explosions in Lebanon",
                approximate=True,
            ),
            cl(
                200,
                "people",
                "wounded in critical condition",
                "reported",
                ABIAD,
                approximate=True,
            ),
            cl(
                14,
                "people",
                "people wounded by pager explosions in Damascus and its suburbs",
                "reported",
                SOHR,
            ),
            cl(2, "fighters", "Hezbollah fighters among the dead", "reported", HZB),
            cl(
                5000,
                "pagers",
                "pagers Hezbollah had ordered in recent months",
                "reported",
                "a Lebanese security source",
                approximate=True,
            ),
            cl(15, "tonnes", "medical supplies Iraq flew to Lebanon", "reported", IQ),
        ],
    },
    # ------------------------------------------------------------------ (3) analysis, hedges
    "2024-12-09-assad-asylum-moscow.txt": {
        "title": "Assad in Moscow: what Russia's asylum offer says about its bases, and its limits",
        "published": "2024-12-09",
        "entities": [
            ent(RU, "GPE", "Moscow", "Kremlin"),
            ent(ASSAD, "PERSON", "Assad"),
            ent(HTS, "ORG", "HTS"),
            ent(SY, "GPE", "Damascus"),
            ent(PESKOV, "PERSON", "Peskov"),
            ent("Vladimir Putin", "PERSON", "Putin"),
            ent("Hmeimim", "FAC"),
            ent("Latakia", "GPE"),
            ent("Tartus", "GPE"),
            ent("Mediterranean", "LOC"),
            ent("Venezuela", "GPE", "Caracas"),
            ent("Belarus", "GPE", "Minsk"),
            ent(TR, "GPE", "Ankara"),
            ent(FIDAN, "PERSON"),
            ent(SNA, "ORG"),
            ent(SDF, "ORG"),
            ent("Manbij", "GPE"),
            ent(US, "GPE", "US", "Washington"),
            ent(IS, "ORG"),
            ent(IL, "GPE"),
            ent("Golan Heights", "LOC"),
            ent(NETANYAHU, "PERSON"),
            ent("Egypt", "GPE"),
            ent("Qatar", "GPE"),
            ent("B-52", "PRODUCT"),
            ent("F-15", "PRODUCT"),
            ent("Abu Mohammed al-Jolani", "PERSON"),
            ent(IR, "GPE", "Tehran"),
            ent("Abbas Araghchi", "PERSON"),
            ent(UNSC, "ORG", "UN Security Council"),
            ent(SOHR, "ORG"),
            ent("Middle East", "LOC"),
        ],
        "events": [
            # Hours after rebels led by Hayat Tahrir al-Sham swept into Damascus and ended more
            # than five decades of rule by his family (seizing the capital by force: ASSAULT
            # against the state's forces, Sunday)
            ev("ASSAULT", "offensive", [HTS], [SY], date="2024-12-08", location="Damascus"),
            # Assad and his family arrived in Moscow, where Russia granted them asylum ...,
            # Russian state news agencies reported, citing a Kremlin source (AID, guide; the one
            # cited is the source; his flight itself is not coded)
            ev(
                "AID",
                "asylum",
                [RU],
                [ASSAD],
                "reported",
                "a Kremlin source",
                "2024-12-08",
                "Moscow",
            ),
            # Russia's foreign ministry said ... Assad had left Syria after negotiations with "a
            # number of participants in the armed conflict" (unnamed parties: empty target;
            # "Moscow had not taken part" is negated; his instruction to hand over power is
            # domestic)
            ev("CONSULT", "negotiate", [ASSAD], [], "reported", RU),
            # Peskov said ... the bases' future ... would be discussed with Syria's new
            # authorities (speaker as actor for his side's plan, dev9b; his refusal to say where
            # Assad was is not coded)
            ev("CONSULT", "negotiate", [PESKOV], [SY], "planned"),
            # Under an agreement signed with Damascus in 2017, Russia holds Tartus on a 49-year
            # lease (background act)
            ev("AGREE", "treaty", [RU, SY], [SY, RU], date="2017"),
            # Analysts believe Moscow could be forced to pull out of both bases if the new
            # rulers decide ... (hedge with a named hedger: speculated; the condition is part)
            ev("RETREAT", "withdraw", [RU], [SY], "speculated", "analysts"),
            # ... its warplanes, which bombed rebel-held towns (unnamed rebels: no target)
            ev("ASSAULT", "airstrike", [RU], []),
            # ... after Russia intervened on Assad's side in 2015
            ev("AID", "military", [RU], [SY], date="2015"),
            # Some observers argue that the Kremlin may try to strike a deal with HTS (a concrete
            # act with its hedger: speculated; "which it still lists as a terrorist
            # organisation" is a standing measure: not coded)
            ev("AGREE", "deal", [RU], [HTS], "speculated", "some observers"),
            # Turkey has backed rebel factions in the north for years ... the Turkish-backed
            # Syrian National Army (one act told twice: the targetless telling yields to the one
            # that names the recipient)
            ev("AID", "military", [TR], [SNA]),
            # Fidan said on Sunday that Turkey would work with the new administration (stated
            # willingness: AGREE; the new administration is Syria's)
            ev("AGREE", "cooperate", [FIDAN], [SY], date="2024-12-08"),
            # ... and urged the rebels to keep state institutions running and to avoid acts of
            # revenge ("the rebels": HTS, named as their leader in the lead)
            ev("REQUEST", "restraint", [FIDAN], [HTS], date="2024-12-08"),
            # the Turkish-backed Syrian National Army pressed an offensive against the
            # Kurdish-led SDF around ... Manbij on Monday, according to a Turkish security source
            ev(
                "ASSAULT",
                "offensive",
                [SNA],
                [SDF],
                "reported",
                "a Turkish security source",
                "2024-12-09",
                "Manbij",
            ),
            # Washington ... has urged Ankara not to widen the fight ("works with the
            # Kurdish-led force" is a standing arrangement: not coded)
            ev("REQUEST", "restraint", [US], [TR]),
            # Israel moved troops into the demilitarised buffer zone on the Golan Heights on
            # Sunday
            ev("MOBILIZE", "deploy", [IL], [SY], date="2024-12-08", location="Golan Heights"),
            # ... after Netanyahu declared that the 1974 disengagement agreement with Syria had
            # "collapsed" (walking away from an agreement: REJECT agreement; the reason he gives
            # is part of it)
            ev("REJECT", "agreement", [NETANYAHU], [SY], date="2024-12-08"),
            # the 1974 disengagement agreement with Syria (background act)
            ev("AGREE", "treaty", [IL, SY], [SY, IL], date="1974"),
            # Israeli jets also struck suspected chemical weapons sites and long-range rocket
            # stores across Syria over the weekend, according to Israeli officials
            ev("ASSAULT", "airstrike", [IL], [SY], "reported", "Israeli officials", "2024-12"),
            # Egypt and Qatar condemned the incursion (the incursion's doer)
            ev("ACCUSE", "disapprove", ["Egypt", "Qatar"], [IL]),
            # The US military said it had struck more than 75 Islamic State targets in central
            # Syria on Sunday (own operation told by the doer's side: reported)
            ev("ASSAULT", "airstrike", [US], [IS], "reported", US, "2024-12-08"),
            # Washington designated HTS a terrorist organisation in 2018 (the $10 million reward
            # is a claim only, dev8b)
            ev("SANCTION", "blacklist", [US], [HTS], date="2018"),
            # Iran ... evacuated its diplomats from Damascus before the rebels arrived, Iranian
            # state media said (own act told by its side: reported; a safety evacuation, not a
            # recall in protest: RETREAT)
            ev(
                "RETREAT",
                "withdraw",
                [IR],
                [SY],
                "reported",
                "Iranian state media",
                "2024-12",
                "Damascus",
            ),
            # Its embassy was ransacked by a crowd on Sunday (a crowd with no name; the
            # embassy's state is the target)
            ev("PROTEST", "riot", [], [IR], date="2024-12-08", location="Damascus"),
            # Tehran's spending on Assad's war (the spending itself is the writer's; its size is
            # the officials' claim; Araghchi's "without destructive foreign interference" is a
            # stance)
            ev("AID", "economic", [IR], [SY]),
            # The UN Security Council was due to meet behind closed doors on Monday evening
            ev("CONSULT", "multilateral", [UNSC], [], "planned", date="2024-12-09"),
            # ... at Russia's request
            ev("REQUEST", "meeting", [RU], [UNSC]),
        ],
        "claims": [
            cl(
                7500,
                "personnel",
                "Russian military personnel in Syria",
                "estimated",
                "Western officials",
                approximate=True,
            ),
            cl(
                40000,
                "sorties",
                "sorties flown from Hmeimim in the first three years of the war",
                "reported",
                RU,
                approximate=True,
            ),
            cl(3e6, "refugees", "Syrian refugees hosted by Turkey", approximate=True),
            cl(
                75,
                "targets",
                "Islamic State targets the US struck in central Syria",
                "reported",
                US,
                approximate=True,
            ),
            cl(10e6, "USD", "US reward for information on Abu Mohammed al-Jolani"),
            cl(
                30e9,
                "USD",
                "Iran's spending on Assad's war over 13 years",
                "reported",
                "Iranian officials",
            ),
            cl(
                500000,
                "people",
                "people killed in Syria's war since 2011",
                "reported",
                SOHR,
                approximate=True,
            ),
            cl(
                0.5,
                "share",
                "share of Syria's pre-war population who fled their homes",
                approximate=True,
            ),
            cl(22e6, "people", "Syria's pre-war population"),
        ],
    },
}

# ------------------------------------------------------------- (4) two stories on one page
TR_PAGE = "2023-02-08-turkey-quake-aid.txt"
MULTI = {
    TR_PAGE: [
        {
            "title": "Rescue teams and aid pour into Turkey and Syria as quake toll passes 11,000",
            "published": "2023-02-08",
            "entities": [
                ent(TR, "GPE"),
                ent(SY, "GPE", "Damascus"),
                ent(GR, "GPE"),
                ent(AM, "GPE"),
                ent("AFAD", "ORG"),
                ent("White Helmets", "ORG"),
                ent(ERDOGAN, "PERSON", "Erdogan"),
                ent("Aegean", "LOC"),
                ent("Hatay", "GPE"),
                ent(MITSOTAKIS, "PERSON"),
                ent("Alican", "FAC"),
                ent(EU, "ORG", "EU"),
                ent(LENARCIC, "PERSON", "Lenarcic"),
                ent("European Commission", "ORG"),
                ent(US, "GPE", "US"),
                ent(BIDEN, "PERSON"),
                ent("State Department", "ORG"),
                ent(PRICE, "PERSON"),
                ent("Bashar al-Assad", "PERSON", "Assad"),
                ent(IL, "GPE"),
                ent(NETANYAHU, "PERSON"),
                ent("SANA", "ORG"),
                ent(IR, "GPE"),
                ent("Aleppo", "GPE"),
                ent(UN, "ORG", "UN"),
                ent(UNSC, "ORG", "UN Security Council"),
                ent("Bab al-Hawa", "FAC"),
                ent(SALEH, "PERSON"),
                ent(SABBAGH, "PERSON"),
                ent("Kahramanmaras", "GPE"),
            ],
            "events": [
                # Greece ... sent a team of rescuers with sniffer dogs to Hatay province on
                # Monday ("long-time rival in the Aegean" is a standing rivalry: not coded)
                ev("AID", "humanitarian", [GR], [TR], date="2023-02-06", location="Hatay"),
                # ... hours after Mitsotakis called Erdogan to offer condolences
                ev(
                    "CONSULT",
                    "phone",
                    [MITSOTAKIS, ERDOGAN],
                    [ERDOGAN, MITSOTAKIS],
                    date="2023-02-06",
                ),
                # Armenia, which has no diplomatic relations with Turkey (negated), sent a team
                # of 28 rescuers
                ev("AID", "humanitarian", [AM], [TR]),
                # on Wednesday Turkey opened the Alican border gate ... to let through trucks
                # carrying Armenian food and water (lifting a restriction: CONCEDE)
                ev(
                    "CONCEDE",
                    "ease restrictions",
                    [TR],
                    [AM],
                    date="2023-02-08",
                    location="Alican",
                ),
                # ... shut since 1993 (closing a crossing is COERCE; the passive's agent is the
                # state that now reopens it)
                ev("COERCE", "close border", [TR], [AM], date="1993", location="Alican"),
                # The EU activated its civil protection mechanism and sent 27 search and rescue
                # teams, ... Lenarcic said (own operation told by the doer's side: reported)
                ev("AID", "humanitarian", [EU], [TR], "reported", LENARCIC),
                # The European Commission also announced an initial 6.5 million euros in
                # emergency aid for the two countries (own measure announced by itself)
                ev("AID", "economic", [EU], [TR, SY]),
                # Lenarcic said the bloc had received a request for help from the Syrian
                # government (the other side's act in one's own account: reported)
                ev("REQUEST", "aid", [SY], [EU], "reported", LENARCIC),
                # ... Damascus, which has been under EU sanctions since 2011 (background act)
                ev("SANCTION", "sanctions", [EU], [SY], date="2011"),
                # He urged member states to offer medicine and food (unnamed addressees)
                ev("REQUEST", "aid", [LENARCIC], []),
                # The United States sent urban search and rescue teams
                ev("AID", "humanitarian", [US], [TR]),
                # ... and Biden spoke with Erdogan by phone on Monday
                ev("CONSULT", "phone", [BIDEN, ERDOGAN], [ERDOGAN, BIDEN], date="2023-02-06"),
                # Price said aid for Syria would go through humanitarian groups ... rather than
                # the Assad government (the speaker's side's plan; the recipients are in Syria)
                ev("AID", "humanitarian", [PRICE], [SY], "planned"),
                # ... which he called "a regime that has brutalised its people"
                ev("ACCUSE", "disapprove", [PRICE], [SY]),
                # He rejected suggestions from Damascus that US sanctions were hampering the
                # relief effort (a denied charge targets the accuser)
                ev("REJECT", "deny", [PRICE], [SY], "denied"),
                # Syria's foreign ministry had blamed the sanctions for shortages (the sanctions'
                # doer)
                ev("ACCUSE", "blame", [SY], [US]),
                # Israel sent a 150-member search and rescue and medical team to Turkey
                ev("AID", "humanitarian", [IL], [TR]),
                # Netanyahu said Israel had received a request, through a diplomatic channel, to
                # send help to Syria (the requester is left unsaid; Syria's denial that "Damascus
                # had asked" makes it Syria: reported, the teller as source)
                ev("REQUEST", "aid", [SY], [IL], "reported", NETANYAHU),
                # ... and that he had approved it (accepting: AGREE, and the planned act, guide)
                ev("AGREE", "accept request", [NETANYAHU], [SY]),
                ev("AID", "humanitarian", [NETANYAHU], [SY], "planned"),
                # A Syrian official quoted by ... SANA denied that Damascus had asked Israel for
                # anything (the state's own speech act; it rejects Netanyahu's account)
                ev("REJECT", "deny", [SY], [NETANYAHU], "denied"),
                # Iran flew in planes carrying 45 tonnes of food, tents and medicine to Damascus
                # and Aleppo, Iranian state media said (own act told by its side: reported; two
                # places: no location)
                ev("AID", "humanitarian", [IR], [SY], "reported", "Iranian state media"),
                # ("the UN said its trucks could not get through": a damaged road, no agent)
                # Raed al-Saleh ... accused the UN of leaving the region to dig out its dead alone
                ev("ACCUSE", "disapprove", [SALEH], [UN]),
                # ... and called on donors to send heavy equipment directly (unnamed donors)
                ev("REQUEST", "aid", [SALEH], []),
                # Sabbagh said all aid should be delivered from inside Syria (no addressee named)
                ev("REQUEST", "aid delivery", [SABBAGH], []),
            ],
            "claims": [
                cl(11000, "people", "death toll from the earthquake", approximate=True),
                cl(8574, "people", "people killed in Turkey", "reported", TR),
                cl(2662, "people", "people killed in Syria", approximate=True),
                cl(
                    1262,
                    "people",
                    "people killed in government-held areas of Syria",
                    "reported",
                    SY,
                ),
                cl(
                    1400,
                    "people",
                    "people killed in the rebel-held northwest of Syria",
                    "reported",
                    "White Helmets",
                    approximate=True,
                ),
                cl(45, "countries", "countries that had offered help", "reported", ERDOGAN),
                cl(28, "rescuers", "Armenian rescuers sent to Turkey"),
                cl(27, "teams", "EU search and rescue teams sent to Turkey", "reported", LENARCIC),
                cl(6.5e6, "EUR", "initial EU emergency aid for Turkey and Syria"),
                cl(150, "members", "members of Israel's search and rescue and medical team"),
                cl(
                    45,
                    "tonnes",
                    "food, tents and medicine Iran flew to Syria",
                    "reported",
                    "Iranian state media",
                ),
                cl(
                    4e6,
                    "people",
                    "people living in the rebel-held northwest of Syria",
                    approximate=True,
                ),
                cl(
                    6000,
                    "buildings",
                    "buildings collapsed in Turkey",
                    "reported",
                    TR,
                    approximate=True,
                ),
            ],
        },
        {
            "title": "Japan and South Korea agree to resume shuttle diplomacy at Tokyo summit",
            "published": "2023-02-07",
            "entities": [
                ent(JP, "GPE", "Tokyo"),
                ent(KR, "GPE", "Seoul"),
                ent(KISHIDA, "PERSON", "Kishida"),
                ent(YOON, "PERSON", "Yoon"),
                ent("World Trade Organization", "ORG"),
                ent("North Korea", "GPE"),
                ent("Supreme Court", "ORG"),
                ent("Democratic Party", "ORG"),
            ],
            "events": [
                # Kishida and Yoon held the first formal summit between the two countries in
                # Tokyo in more than a decade
                ev(
                    "CONSULT",
                    "meet",
                    [KISHIDA, YOON],
                    [YOON, KISHIDA],
                    date="2023-02-07",
                    location="Tokyo",
                ),
                # Japan and South Korea agreed on Tuesday to resume regular visits between their
                # leaders ("The two sides agreed to revive the 'shuttle diplomacy'" tells it again)
                ev("AGREE", "cooperate", [JP, KR], [KR, JP], date="2023-02-07"),
                # Kishida said he would visit Seoul later this year (own plan)
                ev("CONSULT", "visit", [KISHIDA], [KR], "planned", date="2023", location="Seoul"),
                # Japan also lifted its curbs on exports of three chemicals
                ev("CONCEDE", "ease sanctions", [JP], [KR], date="2023-02-07"),
                # ... which Tokyo imposed in 2019 (export controls: SANCTION)
                ev("SANCTION", "export", [JP], [KR], date="2019"),
                # In return, Seoul withdrew the complaint it had filed against the curbs at the
                # WTO (dropping a complaint: CONCEDE)
                ev("CONCEDE", "withdraw complaint", [KR], [JP], date="2023-02-07"),
                # ... the complaint it had filed ... that year (background ACCUSE, 2019)
                ev("ACCUSE", "complaint", [KR], [JP], date="2019"),
                # North Korea, which fired a ballistic missile into the sea hours before Yoon
                # landed (launch into the sea: no target, dev9b; no day stated)
                ev("ASSAULT", "missile", ["North Korea"], []),
                # the opposition Democratic Party accused Yoon of giving away too much (the court
                # ruling of 2018 is a court's: not coded)
                ev("ACCUSE", "disapprove", ["Democratic Party"], [YOON]),
            ],
            "claims": [
                cl(3, "chemicals", "chemicals whose export curbs Japan lifted"),
                cl(
                    85e9,
                    "USD",
                    "two-way trade between Japan and South Korea last year",
                    "reported",
                    KR,
                    approximate=True,
                ),
            ],
        },
    ],
}

# ------------------------------------------------------------------ checks
MONEY = {"USD", "EUR"}
# unnamed sources the text gives, as written
UNNAMED = {
    "Iranian officials",
    "Iranian state media",
    "Israeli officials",
    "US officials",
    "Western officials",
    "a Kremlin source",
    "a Lebanese security source",
    "a Turkish security source",
    "analysts",
    "some observers",
}

# the article body of each story: from a start marker to an end marker (boilerplate, the dek,
# the caption and the comments lie outside)
BODY = {
    "2024-02-03-us-strikes-iraq-syria-militias.html": [
        ('<div class="story-body"', '<div class="story-footer"')
    ],
    "2024-09-18-lebanon-pager-explosions.txt": [("BEIRUT - ", "Related: Timeline")],
    "2024-12-09-assad-asylum-moscow.txt": [("MOSCOW - ", "Topics: Syria")],
    TR_PAGE: [("GAZIANTEP, Turkey - ", "\n---\n"), ("TOKYO - ", "\n---\n\n(c) 2023")],
}
WORDS = {True: (500, 900), False: (150, 300)}


def body_of(raw, start, end):
    """The story's body text: cut between the markers, tags dropped, entities decoded."""
    i = raw.index(start)
    j = raw.index(end, i)
    return html.unescape(re.sub(r"<[^>]+>", " ", raw[i:j]))


def check(name, page, body, main=True):
    """One story, checked by goldkit.check_story; the page's main story has size bounds."""
    sizes = {"events": (15, 30), "claims": (8, 14), "entities": (25, 35)} if main else None
    check_story(name, page, body, money=MONEY, unnamed=UNNAMED, sizes=sizes, words=WORDS[main])


assert len(PAGES) + len(MULTI) == 4
check_and_write_stories(HERE, PAGES, MULTI, BODY, body_of, check)

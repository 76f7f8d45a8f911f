"""Writes eval/dev13/gold/*.json for part A of set 13 (facts-only gold, hand-written from the page
text without running the extractor).

Each page: title, published, entities (name, type, aliases), events and claims in the contract's
shape; `text` and `evidence` are null (scored on facts alone). Conventions follow
docs/annotation.md; where it is silent, the choices of eval/dev12 (README_a.md, README_b.md) and,
behind them, eval/dev11 to eval/dev4. The choices made for this half are listed in
eval/dev13/README_a.md. Part B (make_gold_b.py) writes its own pages into the same gold folder;
this script writes only the four part-A pages.
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent


sys.path.insert(0, str(HERE.parent))
from goldkit import between, check_story, cl, ent, ev, page_text, write_gold  # noqa: E402

# (1) Poland, Ukraine, grain and arms
PL = "Poland"
UA = "Ukraine"
HU = "Hungary"
SK = "Slovakia"
EU = "European Union"
RU = "Russia"
MORAWIECKI = "Mateusz Morawiecki"
MULLER = "Piotr Muller"
ZVARYCH = "Vasyl Zvarych"
ZELENSKY = "Volodymyr Zelensky"
KACHKA = "Taras Kachka"
DUDA = "Andrzej Duda"
KULEBA = "Dmytro Kuleba"
RAU = "Zbigniew Rau"
BIDEN = "Joe Biden"
DOMBROVSKIS = "Valdis Dombrovskis"
WHITE_HOUSE = "White House"
# (2) Kakhovka dam live blog
UNSC = "UN Security Council"
UN = "United Nations"
TR = "Turkey"
NATO = "NATO"
GUTERRES = "Antonio Guterres"
ERDOGAN = "Tayyip Erdogan"
PUTIN = "Vladimir Putin"
LENARCIC = "Janez Lenarcic"
MICHEL = "Charles Michel"
PESKOV = "Dmitry Peskov"
LEONTYEV = "Vladimir Leontyev"
PROKUDIN = "Oleksandr Prokudin"
KLYMENKO = "Ihor Klymenko"
KOSTIN = "Andriy Kostin"
STOLTENBERG = "Jens Stoltenberg"
GROSSI = "Rafael Grossi"
UHE = "Ukrhydroenergo"
DAM = "Kakhovka dam"
ZNPP = "Zaporizhzhia nuclear plant"
# (3) Karabakh exodus, wire
AZ = "Azerbaijan"
AM = "Armenia"
ARTSAKH = "Republic of Artsakh"
US = "United States"
FR = "France"
DE = "Germany"
ALIYEV = "Ilham Aliyev"
PASHINYAN = "Nikol Pashinyan"
HAJIYEV = "Hikmet Hajiyev"
POWER = "Samantha Power"
VARDANYAN = "Ruben Vardanyan"
BAGHDASARYAN = "Nazeli Baghdasaryan"
# (4) Bolivia cuts ties with Israel, reader comments
BO = "Bolivia"
IL = "Israel"
GAZA = "Gaza"
CO = "Colombia"
CL = "Chile"
JO = "Jordan"
BR = "Brazil"
EG = "Egypt"
IR = "Iran"
HAMAS = "Hamas"
GHM = "Gaza health ministry"
MAMANI = "Freddy Mamani"
PRADA = "Maria Nela Prada"
PETRO = "Gustavo Petro"
LULA = "Luiz Inacio Lula da Silva"
HAIAT = "Lior Haiat"
MORALES = "Evo Morales"

GRAIN = "2023-09-21-poland-ukraine-grain-arms-row.html"
DAM_BLOG = "2023-06-06-kakhovka-dam-breach-live.txt"
KARABAKH = "2023-09-26-karabakh-exodus-fuel-depot-blast.txt"
BOLIVIA = "2023-11-01-bolivia-cuts-ties-israel-latam.txt"

PAGES = {
    # ------------------------------------------------------------- (1) raw HTML
    GRAIN: {
        "title": "Poland says it will stop sending new weapons to Ukraine as grain row deepens",
        "published": "2023-09-21",
        "entities": [
            ent(PL, "GPE", "Warsaw"),
            ent(UA, "GPE", "Kyiv"),
            ent(MORAWIECKI, "PERSON", "Morawiecki"),
            ent("Polsat News", "ORG"),
            ent(MULLER, "PERSON"),
            ent("Rzeszow", "GPE"),
            ent(ZVARYCH, "PERSON"),
            ent(ZELENSKY, "PERSON", "Zelensky"),
            ent("United Nations General Assembly", "ORG"),
            ent("New York", "GPE"),
            ent(HU, "GPE", "Budapest"),
            ent(SK, "GPE", "Bratislava"),
            ent("European Commission", "ORG", "Commission"),
            ent(EU, "ORG"),
            ent("World Trade Organization", "ORG"),
            ent(KACHKA, "PERSON"),
            ent("Politico", "ORG"),
            ent("Law and Justice", "ORG"),
            ent(DUDA, "PERSON"),
            ent(NATO, "ORG"),
            ent("Marta Zielinska", "PERSON"),
            ent("Centre for Eastern Studies", "ORG"),
            ent(KULEBA, "PERSON"),
            ent(RAU, "PERSON"),
            ent(WHITE_HOUSE, "ORG"),
            ent(BIDEN, "PERSON"),
            ent("Brussels", "GPE"),
            ent(DOMBROVSKIS, "PERSON"),
            ent(RU, "GPE", "Moscow"),
            ent("Ukrainian", "NORP"),
            ent("Polish", "NORP"),
            ent("Western", "NORP"),
        ],
        "events": [
            # Morawiecki: "We are no longer transferring weapons to Ukraine" (told Polsat News on
            # Wednesday evening; stopping material aid is a SANCTION, PLOVER's reduce relations;
            # the lead's "will no longer send" is the same act). The named speaker acts.
            ev("SANCTION", "halt aid", [MORAWIECKI], [UA], date="2023-09-20"),
            # Muller said ... Poland would still deliver the ammunition and equipment it had
            # already agreed to supply (the state as subject: Poland acts; its own plan, undated;
            # the earlier agreement is only the description of what is delivered, and the Rzeszow
            # hub "would keep operating" is the same aid)
            ev("AID", "military", [PL], [UA], "planned"),
            # ... Poland's foreign ministry summoned Ukraine's ambassador, Vasyl Zvarych, to protest
            # against remarks by ... Zelensky (one ACCUSE `summon`; the named envoy is a target
            # beside his state, dev9b/dev10a; "a day after" Wednesday: Tuesday)
            ev("ACCUSE", "summon", [PL], [UA, ZVARYCH], date="2023-09-19"),
            # Zelensky told the assembly on Tuesday that some of the countries blocking Ukrainian
            # grain were only pretending to show solidarity (the countries blocking grain are the
            # doers of the bans the article names next: Poland, Hungary, Slovakia)
            ev(
                "ACCUSE",
                "disapprove",
                [ZELENSKY],
                [PL, HU, SK],
                date="2023-09-19",
                location="New York",
            ),
            # Warsaw, Budapest and Bratislava imposed their own bans ... on Friday (one SANCTION per
            # state; Hungary's 24 extra products are part of its ban)
            ev("SANCTION", "embargo", [PL], [UA], date="2023-09-15"),
            ev("SANCTION", "embargo", [HU], [UA], date="2023-09-15"),
            ev("SANCTION", "embargo", [SK], [UA], date="2023-09-15"),
            # ... hours after the European Commission let a restriction covering five EU states
            # expire (letting a restriction lapse eases it: CONCEDE; the Commission is the EU)
            ev("CONCEDE", "ease restrictions", [EU], [UA], date="2023-09-15"),
            # The Commission had introduced the restriction in May (background SANCTION)
            ev("SANCTION", "embargo", [EU], [UA], date="2023-05"),
            # ... after Polish farmers ... blocked roads in the east of the country in April and
            # demanded that the government stop the imports (a crowd with no name: no actor; the
            # demand is addressed to their own government, dev4's election marchers; the demand
            # is the protest's, not a further REQUEST)
            ev("PROTEST", "blockade", [], [PL], date="2023-04"),
            # On Monday, Ukraine filed complaints against all three countries at the World Trade
            # Organization (a complaint to an international body is an ACCUSE, dev10/dev11)
            ev("ACCUSE", "complaint", [UA], [PL, HU, SK], date="2023-09-18"),
            # Kachka told ... Politico on Tuesday that Ukraine could also ban imports of Polish fruit
            # and vegetables if Warsaw did not back down (a threatened trade measure: THREATEN,
            # dated when made; the condition is part of it)
            ev("THREATEN", "import ban", [KACHKA], [PL], "planned", date="2023-09-19"),
            # Morawiecki answered at a campaign rally the same day that Poland would widen its ban
            # ... if Kyiv "escalated" (announced sanctions are a THREATEN)
            ev("THREATEN", "embargo", [MORAWIECKI], [UA], "planned", date="2023-09-19"),
            # Duda, who called off a planned meeting with Zelensky in New York on Tuesday (a
            # cancelled meeting is a SANCTION, dev10's postponed visit)
            ev(
                "SANCTION",
                "cancel meeting",
                [DUDA],
                [ZELENSKY],
                date="2023-09-19",
                location="New York",
            ),
            # ... compared Ukraine to "a drowning person" who "can drag you down to the depths"
            # (disapproval; no day is given for the remark)
            ev("ACCUSE", "disapprove", [DUDA], [UA]),
            # It was the first NATO member to send Ukraine tanks last year, delivering more than 320
            # of them (background AID, 2022)
            ev("AID", "military", [PL], [UA], date="2022"),
            # Kuleba said he had spoken by phone with ... Rau, on Wednesday (own contact told by one
            # side: reported, Kuleba) ...
            ev("CONSULT", "phone", [KULEBA, RAU], [RAU, KULEBA], "reported", KULEBA, "2023-09-20"),
            # ... and that the two had agreed to look for a solution (mutual AGREE, same teller)
            ev(
                "AGREE", "cooperate", [KULEBA, RAU], [RAU, KULEBA], "reported", KULEBA, "2023-09-20"
            ),
            # Kyiv's agriculture ministry said Ukraine was ready to introduce export licences, so
            # that no grain would reach Poland, Hungary or Slovakia without the consent of their
            # governments (stated willingness: AGREE; the paragraph's "on Thursday")
            ev("AGREE", "willingness", [UA], [PL, HU, SK], date="2023-09-21"),
            # Zelensky, who is due at the White House on Thursday for talks with President Joe
            # Biden (a planned meeting, mutual)
            ev(
                "CONSULT",
                "meet",
                [ZELENSKY, BIDEN],
                [BIDEN, ZELENSKY],
                "planned",
                date="2023-09-21",
                location=WHITE_HOUSE,
            ),
            # In Brussels, ... Dombrovskis ... urged the three governments to "refrain from
            # unilateral measures" (the Commission's "examining" is no act; no day given)
            ev("REQUEST", "restraint", [DOMBROVSKIS], [PL, HU, SK], location="Brussels"),
            # Not coded: "has not commented" (no act), the Rzeszow hub "would keep operating" (the
            # same aid), the five states' compensation (a claim only), Zielinska's opinion, Ukraine's
            # grain transit through Poland (trade, a claim only), the October 15 election and the
            # party's dependence on rural voters (no interaction), "Russia's full-scale invasion"
            # (a time phrase naming the war, not told as an act here).
        ],
        "claims": [
            cl(
                0.8,
                "share",
                "share of Western military aid to Ukraine passing through Rzeszow",
                approximate=True,
            ),
            cl(5, "states", "EU states covered by the Commission's restriction"),
            cl(24, "products", "other Ukrainian products banned by Hungary"),
            cl(
                0.3,
                "share",
                "price gap between Ukrainian and Polish wheat",
                "reported",
                "farmers' groups",
                approximate=True,
            ),
            cl(
                0.37,
                "share",
                "Law and Justice's poll rating",
                "reported",
                "an average of polls",
                approximate=True,
            ),
            cl(320, "tanks", "tanks Poland delivered to Ukraine in 2022", approximate=True),
            cl(1e6, "refugees", "Ukrainian refugees in Poland", approximate=True),
            cl(100e6, "EUR", "compensation the Commission paid to farmers in the five states"),
            cl(
                4e6,
                "tonnes",
                "Ukrainian grain shipped through Poland in eight months",
                "reported",
                PL,
                approximate=True,
            ),
        ],
    },
    # ------------------------------------------------------------- (2) live blog, key points
    DAM_BLOG: {
        "title": "Kakhovka dam destroyed: Kyiv and Moscow trade blame as floodwaters force "
        "thousands to flee",
        "published": "2023-06-06",
        "entities": [
            ent(UA, "GPE", "Kyiv"),
            ent(RU, "GPE", "Moscow", "Kremlin"),
            ent(DAM, "FAC"),
            ent("Dnipro", "LOC"),
            ent("Kherson", "GPE"),
            ent("Nova Kakhovka", "GPE"),
            ent("Crimea", "GPE"),
            ent("North Crimean Canal", "FAC"),
            ent("Donetsk", "GPE"),
            ent(ZNPP, "FAC"),
            ent(ZELENSKY, "PERSON", "Zelensky"),
            ent(PESKOV, "PERSON"),
            ent(LEONTYEV, "PERSON"),
            ent(PROKUDIN, "PERSON"),
            ent(KLYMENKO, "PERSON"),
            ent(KOSTIN, "PERSON"),
            ent(UHE, "ORG"),
            ent(UNSC, "ORG", "Security Council"),
            ent(UN, "ORG", "UN"),
            ent(GUTERRES, "PERSON"),
            ent(TR, "GPE"),
            ent(ERDOGAN, "PERSON", "Erdogan"),
            ent(PUTIN, "PERSON"),
            ent(EU, "ORG", "EU"),
            ent(LENARCIC, "PERSON"),
            ent("European Council", "ORG"),
            ent(MICHEL, "PERSON"),
            ent(NATO, "ORG"),
            ent(STOLTENBERG, "PERSON"),
            ent("International Atomic Energy Agency", "ORG"),
            ent(GROSSI, "PERSON"),
            ent("Russian", "NORP"),
            ent("Ukrainian", "NORP"),
            ent("Turkish", "NORP"),
            ent("Soviet", "NORP"),
        ],
        "events": [
            # 22:10 - The UN Security Council will hold an emergency meeting ... after both Ukraine
            # and Russia requested one, diplomats said (two requests, told by third parties:
            # reported; the key point restates them; the meeting itself, a body convening at the
            # parties' request, is not coded)
            ev("REQUEST", "emergency meeting", [UA], [UNSC], "reported", "diplomats", "2023-06-06"),
            ev("REQUEST", "emergency meeting", [RU], [UNSC], "reported", "diplomats", "2023-06-06"),
            # Guterres called the destruction "another devastating consequence of the Russian
            # invasion of Ukraine" (blame: ACCUSE Russia)
            ev("ACCUSE", "disapprove", [GUTERRES], [RU], date="2023-06-06"),
            # 21:25 - Erdogan spoke by phone with Zelensky, Turkey's presidency said (own contact
            # told by its side: reported, the presidency speaking for Turkey)
            ev(
                "CONSULT",
                "phone",
                [ERDOGAN, ZELENSKY],
                [ZELENSKY, ERDOGAN],
                "reported",
                TR,
                "2023-06-06",
            ),
            # He offered to help set up an international commission ... to investigate (an offer:
            # AGREE, made to the man on the call)
            ev("AGREE", "offer", [ERDOGAN], [ZELENSKY], date="2023-06-06"),
            # He will speak to ... Putin on Wednesday, his office added (own plan: planned)
            ev(
                "CONSULT", "phone", [ERDOGAN, PUTIN], [PUTIN, ERDOGAN], "planned", date="2023-06-07"
            ),
            # 20:40 - The European Union will send pumps, boats and generators to Ukraine ...,
            # Lenarcic said (the bloc as subject acts; its own plan, undated)
            ev("AID", "humanitarian", [EU], [UA], "planned"),
            # Michel called the destruction "a war crime" for which Russia would be held to account
            ev("ACCUSE", "disapprove", [MICHEL], [RU], date="2023-06-06"),
            # 19:55 - Peskov told reporters the dam had been hit in "deliberate sabotage by the
            # Ukrainian side" (his account blames Kyiv for the breach coded below: ACCUSE only;
            # the breach stays one event, told without an actor)
            ev("ACCUSE", "allege", [PESKOV], [UA], date="2023-06-06"),
            # Leontyev ... called the breach "a terrorist act" by Kyiv (the evacuation of the east
            # bank is his authorities' own movement of people: a claim only)
            ev("ACCUSE", "allege", [LEONTYEV], [UA], date="2023-06-06"),
            # 18:30 - Russia's defence ministry said its forces had repelled a large Ukrainian
            # offensive in the south of Donetsk region since Sunday (the offensive, told by the
            # other side: reported; the repelling is the same fighting seen from the other side,
            # one event with the attacker as actor, the guide's two-sided ASSAULT)
            ev("ASSAULT", "offensive", [UA], [RU], "reported", RU, "2023-06-04", "Donetsk"),
            # 17:15 - Russian forces shelled the centre of Kherson ..., regional governor
            # Oleksandr Prokudin said (Kherson is a city: the target is Ukraine)
            ev("ASSAULT", "shelling", [RU], [UA], "reported", PROKUDIN, "2023-06-06", "Kherson"),
            # UN agencies said they had begun delivering drinking water and hygiene kits in Kherson
            # (own operation told by its side: reported)
            ev("AID", "humanitarian", [UN], [UA], "reported", UN, "2023-06-06", "Kherson"),
            # 15:50 - Kostin said his office had opened a criminal investigation into the breach as
            # a war crime and as "ecocide" committed by Russian forces (ACCUSE `investigate`)
            ev("ACCUSE", "investigate", [KOSTIN], [RU], date="2023-06-06"),
            # 13:05 - Stoltenberg called the destruction "an outrageous act" that "demonstrates ...
            # the brutality of Russia's war in Ukraine"
            ev("ACCUSE", "disapprove", [STOLTENBERG], [RU], date="2023-06-06"),
            # Grossi ... said he would travel next week to the Zaporizhzhia nuclear plant (own plan;
            # the plant lies in Ukraine; "next week" gives the month)
            ev("CONSULT", "visit", [GROSSI], [UA], "planned", date="2023-06", location=ZNPP),
            # 10:20 - Zelensky accused Russian forces of blowing up the dam from inside (his ACCUSE;
            # the key point restates it)
            ev("ACCUSE", "allege", [ZELENSKY], [RU], date="2023-06-06"),
            # 09:00 - The Soviet-era Kakhovka dam was breached by a series of explosions in the
            # early hours of Tuesday (an attack nobody the writer names carried out: no actor; the
            # dam lies in Ukraine; the key point restates it)
            ev("ASSAULT", "explosion", [], [UA], date="2023-06-06", location=DAM),
            # Russian troops seized the dam and the town of Nova Kakhovka in the first days of the
            # invasion in February 2022 (background; the invasion named in Guterres's words and in
            # "the first days of the invasion" is this same February 2022 act)
            ev("ASSAULT", "occupy", [RU], [UA], date="2022-02", location="Nova Kakhovka"),
            # ... and they withdrew to the river's east bank in November, abandoning Kherson city
            ev("RETREAT", "withdraw", [RU], [UA], date="2022-11", location="Kherson"),
            # In October, Zelensky warned that Russia had mined the dam ...
            ev("ACCUSE", "allege", [ZELENSKY], [RU], date="2022-10"),
            # ... and urged the United Nations to send observers there
            ev("REQUEST", "observers", [ZELENSKY], [UN], date="2022-10"),
            # Not coded: the Security Council's meeting (the body convening on the requests), the
            # evacuations of residents by each side's own authorities, "Kyiv has not confirmed"
            # (no act), Ukrhydroenergo's "could not be restored" (no interaction), the plant drawing
            # water from the reservoir, the canal feeding Crimea (standing facts; a claim only).
        ],
        "claims": [
            cl(
                16000,
                "people",
                "people living in the critical zone on the west bank",
                "reported",
                PROKUDIN,
                approximate=True,
            ),
            cl(24, "villages", "villages flooded", "reported", KLYMENKO),
            cl(
                1300,
                "people",
                "people evacuated so far on the Ukrainian-held side",
                "reported",
                KLYMENKO,
                approximate=True,
            ),
            cl(
                900,
                "people",
                "people evacuated from east-bank towns",
                "reported",
                LEONTYEV,
                approximate=True,
            ),
            cl(3, "towns", "east-bank towns evacuated", "reported", LEONTYEV),
            cl(
                1500,
                "troops",
                "Ukrainian troops killed, by Russia's account",
                "reported",
                RU,
                approximate=True,
            ),
            cl(1e9, "USD", "cost of building a new dam", "reported", UHE, approximate=True),
            cl(
                18,
                "cubic kilometres",
                "water held in the reservoir before the breach",
                "reported",
                UHE,
                approximate=True,
            ),
            cl(
                0.85,
                "share",
                "share of Crimea's fresh water supplied by the North Crimean Canal",
                approximate=True,
            ),
        ],
    },
    # ------------------------------------------------------------- (3) wire, attributions
    KARABAKH: {
        "title": "Karabakh fuel depot blast toll rises to 68 as exodus to Armenia swells",
        "published": "2023-09-26",
        "entities": [
            ent("Nagorno-Karabakh", "LOC", "Karabakh"),
            ent(ARTSAKH, "GPE"),
            ent(AZ, "GPE", "Baku"),
            ent(AM, "GPE", "Yerevan"),
            ent("Stepanakert", "GPE"),
            ent(BAGHDASARYAN, "PERSON"),
            ent(RU, "GPE", "Moscow", "Kremlin"),
            ent(ALIYEV, "PERSON", "Aliyev"),
            ent(PUTIN, "PERSON"),
            ent(PASHINYAN, "PERSON", "Pashinyan"),
            ent(HAJIYEV, "PERSON"),
            ent(POWER, "PERSON"),
            ent("U.S. Agency for International Development", "ORG"),
            ent(US, "GPE", "U.S."),
            ent(EU, "ORG"),
            ent(ERDOGAN, "PERSON", "Erdogan"),
            ent("Nakhchivan", "GPE"),
            ent("Lachin corridor", "LOC"),
            ent("Lachin checkpoint", "FAC"),
            ent(VARDANYAN, "PERSON"),
            ent("Yevlakh", "GPE"),
            ent("European Council", "ORG"),
            ent(MICHEL, "PERSON"),
            ent(FR, "GPE"),
            ent(DE, "GPE"),
            ent("Granada", "GPE"),
            ent("Spain", "GPE"),
            ent("Thomas de Waal", "PERSON"),
            ent("Carnegie Europe", "ORG"),
            ent("Armenian", "NORP", "Armenians"),
            ent("Azerbaijani", "NORP"),
            ent("Russian", "NORP"),
            ent("Turkish", "NORP"),
        ],
        "events": [
            # Azerbaijan launched what it called an "anti-terrorist" operation against the enclave
            # on September 19 (the lead's "took control of the breakaway enclave" is the same act;
            # the enclave lies in Azerbaijan, so the target is its de facto government, the
            # separatists' Republic of Artsakh)
            ev("ASSAULT", "offensive", [AZ], [ARTSAKH], date="2023-09-19"),
            # The next day the separatists ... agreed to lay down their arms under a ceasefire
            # (mutual AGREE, dev12's truces)
            ev("AGREE", "ceasefire", [ARTSAKH, AZ], [AZ, ARTSAKH], date="2023-09-20"),
            # ... brokered by Russia's peacekeeping contingent (the broker's CONSULT targets the
            # parties)
            ev("CONSULT", "mediate", [RU], [AZ, ARTSAKH], date="2023-09-20"),
            # ... which took effect at 1 p.m. (a truce that takes effect: RETREAT both ways)
            ev("RETREAT", "ceasefire", [AZ, ARTSAKH], [ARTSAKH, AZ], date="2023-09-20"),
            # Five Russian peacekeepers ... were killed on September 20 when their vehicle came
            # under fire from Azerbaijani troops
            ev("ASSAULT", "shooting", [AZ], [RU], date="2023-09-20"),
            # Aliyev apologised to ... Putin in a phone call the next day, the Kremlin said (the call
            # and the apology, told by the other side of the call: reported, Russia)
            ev("CONSULT", "phone", [ALIYEV, PUTIN], [PUTIN, ALIYEV], "reported", RU, "2023-09-21"),
            ev("CONCEDE", "apology", [ALIYEV], [PUTIN], "reported", RU, "2023-09-21"),
            # Pashinyan accused Azerbaijan on Thursday of carrying out "ethnic cleansing"
            ev("ACCUSE", "allege", [PASHINYAN], [AZ], date="2023-09-21"),
            # Hajiyev ... rejected the charge (a denial: targets the accuser; no day given)
            ev("REJECT", "deny", [HAJIYEV], [PASHINYAN], "denied", location="Baku"),
            # Pashinyan has also turned on Moscow, saying that Armenia's security arrangements with
            # Russia had proved "ineffective" (disapproval; no day given)
            ev("ACCUSE", "disapprove", [PASHINYAN], [RU]),
            # Russia's foreign ministry said on Monday that Pashinyan's government was trying to
            # shift the blame ... and accused it of "anti-Russian" rhetoric (one ACCUSE; "Pashinyan's
            # government" is Armenia's, as dev12's "Duque's government")
            ev("ACCUSE", "allege", [RU], [AM], date="2023-09-25"),
            # In Yerevan, thousands of protesters rallied ... on Monday to demand Pashinyan's
            # resignation (no named actor; the demand names its target)
            ev("PROTEST", "demonstrate", [], [PASHINYAN], date="2023-09-25", location="Yerevan"),
            # ... and police said they had detained 142 people (Armenia's police; own operation told
            # by its side: reported; people nobody names: no target)
            ev("COERCE", "arrest", [AM], [], "reported", AM, "2023-09-25", "Yerevan"),
            # Power ... visited Armenia on Monday ...
            ev("CONSULT", "visit", [POWER], [AM], date="2023-09-25"),
            # ... and said the United States would provide $11.5 million in humanitarian aid to
            # Armenia for people arriving from Karabakh (the state as subject: its own plan,
            # undated)
            ev("AID", "humanitarian", [US], [AM], "planned"),
            # She urged Azerbaijan to let international monitors into the enclave
            ev("REQUEST", "access", [POWER], [AZ], date="2023-09-25"),
            # The European Union said it would give Armenia 5 million euros to help house them
            # (its own plan, undated)
            ev("AID", "humanitarian", [EU], [AM], "planned"),
            # Erdogan flew to the Azerbaijani exclave of Nakhchivan on Monday and met Aliyev (a
            # visit and a meeting, dev12's Szijjarto)
            ev("CONSULT", "visit", [ERDOGAN], [AZ], date="2023-09-25", location="Nakhchivan"),
            ev(
                "CONSULT",
                "meet",
                [ERDOGAN, ALIYEV],
                [ALIYEV, ERDOGAN],
                date="2023-09-25",
                location="Nakhchivan",
            ),
            # Erdogan praised what he called Azerbaijan's "success" in Karabakh (the pipeline
            # ceremony both attended is part of the meeting)
            ev("SUPPORT", "praise", [ERDOGAN], [AZ], date="2023-09-25"),
            # Azerbaijan had blocked the Lachin corridor ... since December (background blockade of
            # the enclave)
            ev("COERCE", "blockade", [AZ], [ARTSAKH], date="2022-12", location="Lachin corridor"),
            # Azerbaijan's border service detained Ruben Vardanyan ... at the Lachin checkpoint on
            # Tuesday ..., his wife said (reported by an unnamed source as written)
            ev(
                "COERCE",
                "arrest",
                [AZ],
                [VARDANYAN],
                "reported",
                "his wife",
                "2023-09-26",
                "Lachin checkpoint",
            ),
            # Representatives of the separatists held talks with Azerbaijani officials in ... Yevlakh
            # on Thursday (mutual)
            ev(
                "CONSULT",
                "negotiate",
                [ARTSAKH, AZ],
                [AZ, ARTSAKH],
                date="2023-09-21",
                location="Yevlakh",
            ),
            # A second round is expected, though no date has been set (the writer's: planned)
            ev("CONSULT", "negotiate", [ARTSAKH, AZ], [AZ, ARTSAKH], "planned"),
            # Michel is due to host Aliyev and Pashinyan, together with the leaders of France and
            # Germany, in Granada ... on October 5 (a host's CONSULT has the hosted event's parties
            # as targets: the two leaders and the two states whose leaders join them)
            ev(
                "CONSULT",
                "host",
                [MICHEL],
                [ALIYEV, PASHINYAN, FR, DE],
                "planned",
                date="2023-10-05",
                location="Granada",
            ),
            # Not coded: the fuel depot explosion (cause unknown; no attack is told), the people
            # crossing into Armenia (private movement), the pipeline ceremony (part of the
            # meeting), Hajiyev's "their rights would be guaranteed" (the content of his denial),
            # de Waal's opinion, everything in the "Read next" list.
        ],
        "claims": [
            cl(68, "people", "people killed in the fuel depot explosion", "reported", ARTSAKH),
            cl(105, "people", "people missing after the explosion", "reported", ARTSAKH),
            cl(290, "people", "people treated for burns", "reported", ARTSAKH, approximate=True),
            cl(
                28000,
                "people",
                "people who had crossed into Armenia by Tuesday morning",
                "reported",
                BAGHDASARYAN,
                approximate=True,
            ),
            cl(
                120000,
                "Armenians",
                "ethnic Armenians living in Karabakh before the offensive",
                approximate=True,
            ),
            cl(
                200,
                "people",
                "people killed on the Armenian side",
                "reported",
                ARTSAKH,
                approximate=True,
            ),
            cl(192, "soldiers", "Azerbaijani soldiers killed", "reported", AZ),
            cl(5, "peacekeepers", "Russian peacekeepers killed on September 20"),
            cl(
                1900,
                "troops",
                "Russian peacekeeping contingent",
                "estimated",
                "analysts",
                upper=2000,
            ),
            cl(142, "people", "protesters detained in Yerevan", "reported", AM),
            cl(
                11.5e6,
                "USD",
                "US humanitarian aid for people arriving from Karabakh",
                "planned",
                US,
            ),
            cl(5e6, "EUR", "EU humanitarian aid", "planned", EU),
        ],
    },
    # ------------------------------------------------------------- (4) plain scrape, comments
    BOLIVIA: {
        "title": "Bolivia cuts ties with Israel over Gaza as Colombia and Chile recall ambassadors",
        "published": "2023-11-01",
        "entities": [
            ent(BO, "GPE", "La Paz"),
            ent(IL, "GPE"),
            ent(GAZA, "GPE", "Gaza Strip"),
            ent(CO, "GPE"),
            ent(CL, "GPE"),
            ent(MAMANI, "PERSON"),
            ent(PRADA, "PERSON"),
            ent("Jabalia", "GPE"),
            ent(HAMAS, "ORG"),
            ent("Ibrahim Biari", "PERSON"),
            ent(PETRO, "PERSON"),
            ent("X", "PRODUCT"),
            ent("Margarita Manjarrez", "PERSON"),
            ent("Jorge Carvajal", "PERSON"),
            ent(JO, "GPE"),
            ent(BR, "GPE"),
            ent(UNSC, "ORG"),
            ent(LULA, "PERSON"),
            ent(EG, "GPE"),
            ent("Rafah", "GPE"),
            ent(HAIAT, "PERSON"),
            ent(IR, "GPE"),
            ent(MORALES, "PERSON", "Morales"),
            ent("Jeanine Anez", "PERSON"),
            ent("Luis Arce", "PERSON", "Arce"),
            ent(GHM, "ORG"),
            ent(UN, "ORG"),
            ent("Carla Villegas", "PERSON"),
            ent("Higher University of San Andres", "ORG"),
            ent("Palestinian", "NORP", "Palestinians"),
            ent("Israeli", "NORP"),
            ent("Latin American", "NORP"),
            ent("Arab", "NORP"),
            ent("Colombian", "NORP"),
        ],
        "events": [
            # Bolivia cut diplomatic relations with Israel on Tuesday (Mamani's "We have decided to
            # break diplomatic relations" is the same act, told by its own side)
            ev("SANCTION", "break relations", [BO], [IL], date="2023-10-31"),
            # ... in protest at its military offensive in the Gaza Strip (Israel's offensive:
            # against Hamas, located in Gaza, dev12b; "Israel's bombardment and ground operations
            # in Gaza" is the same act)
            ev("ASSAULT", "offensive", [IL], [HAMAS], date="2023-10", location=GAZA),
            # ... while Colombia and Chile recalled their ambassadors (one SANCTION each; Petro's
            # post and Chile's statement tell the same recalls; the lead names the states)
            ev("SANCTION", "recall", [CO], [IL], date="2023-10-31"),
            ev("SANCTION", "recall", [CL], [IL], date="2023-10-31"),
            # "... in repudiation and condemnation of the aggressive and disproportionate Israeli
            # military offensive ...," Mamani told a news conference in La Paz (the measure's
            # stated reason is its announcer's ACCUSE)
            ev("ACCUSE", "disapprove", [MAMANI], [IL], date="2023-10-31", location="La Paz"),
            # Prada ... said Bolivia would send humanitarian aid to Gaza (the state as subject:
            # its own plan, undated; aid to Gaza targets Gaza, dev12b) ...
            ev("AID", "humanitarian", [BO], [GAZA], "planned"),
            # ... and demanded an end to attacks that she said had killed thousands of civilians
            # (the attacks are Israel's)
            ev("REQUEST", "halt attacks", [PRADA], [IL]),
            # The announcement came hours after an Israeli air strike on the Jabalia refugee camp
            # ... killed dozens of people (the writer's; Israel's stated target, a Hamas commander:
            # against Hamas, located at Jabalia)
            ev("ASSAULT", "air strike", [IL], [HAMAS], date="2023-10-31", location="Jabalia"),
            # Petro ... "If Israel does not stop the massacre of the Palestinian people, we cannot be
            # there" (his ACCUSE; the recall it explains is Colombia's, above; no day given)
            ev("ACCUSE", "allege", [PETRO], [IL]),
            # Chile's foreign ministry said it was recalling its ambassador ... over what it called
            # "unacceptable violations of international humanitarian law" by Israel (the stated
            # reason: Chile's ACCUSE)
            ev("ACCUSE", "allege", [CL], [IL], date="2023-10-31"),
            # On Wednesday, Jordan also recalled its ambassador to Israel
            ev("SANCTION", "recall", [JO], [IL], date="2023-11-01"),
            # Lula ... said last week that what was happening in Gaza "is not a war, it is a
            # genocide" (names nobody: the doer of what happens in Gaza, Israel; "last week"
            # gives the month)
            ev("ACCUSE", "allege", [LULA], [IL], date="2023-10"),
            # His government has asked Israel and Egypt to let 34 Brazilians leave the territory
            # through the Rafah crossing ("his government" is Brazil's)
            ev("REQUEST", "evacuation", [BR], [IL, EG], location="Rafah"),
            # Haiat called Bolivia's decision "a surrender to terrorism and to the ayatollah regime
            # in Iran" (no day given)
            ev("ACCUSE", "disapprove", [HAIAT], [BO]),
            # He said Israel expected Colombia and Chile to "support the right ..." and to condemn
            # Hamas without reservation (an expectation voiced as a demand: REQUEST)
            ev("REQUEST", "condemn", [HAIAT], [CO, CL]),
            # Bolivia signed a defence cooperation memorandum with Iran in July (background AGREE)
            ev("AGREE", "defence", [BO, IR], [IR, BO], date="2023-07"),
            # Hamas said it "appreciated" Bolivia's step ...
            ev("SUPPORT", "praise", [HAMAS], [BO]),
            # ... and called on Arab states that have normalised relations with Israel to cut their
            # ties too (unnamed addressees: empty target)
            ev("REQUEST", "break relations", [HAMAS], []),
            # Bolivia first broke off relations with Israel in 2009 under President Evo Morales ...
            ev("SANCTION", "break relations", [BO], [IL], date="2009"),
            # ... over an Israeli offensive in Gaza (background, as the current offensive)
            ev("ASSAULT", "offensive", [IL], [HAMAS], date="2009", location=GAZA),
            # ... and restored them in 2019 under the interim government of Jeanine Anez (restored
            # ties: COOPERATE `diplomatic`, mutual, dev9b)
            ev("COOPERATE", "diplomatic", [BO, IL], [IL, BO], date="2019"),
            # Morales ... had urged the government on Monday to declare Israel a "terrorist state"
            # (a request to his own government, Bolivia's)
            ev("REQUEST", "designation", [MORALES], [BO], date="2023-10-30"),
            # The war began when Hamas gunmen stormed into southern Israel on October 7, killing
            # about 1,400 people ...
            ev("ASSAULT", "attack", [HAMAS], [IL], date="2023-10-07"),
            # ... and taking more than 240 hostages (abduction: COERCE, dev12b)
            ev("COERCE", "abduct", [HAMAS], [IL], date="2023-10-07"),
            # Not coded: "becoming the first Latin American country to do so" (no further act),
            # Israel's account of the Jabalia strike (the same strike), Brazil's Security Council
            # presidency and "has been more cautious" (a standing role and a stance), the trade
            # figure (a claim only), the displaced (a claim only), Villegas's opinion, every
            # reader comment (including Argentina's runoff and the 2025 election).
        ],
        "claims": [
            cl(500000, "people", "people of Palestinian descent in Chile", approximate=True),
            cl(
                0.5, "share", "share of Jordan's population of Palestinian origin", approximate=True
            ),
            cl(34, "Brazilians", "Brazilians waiting to leave Gaza through Rafah"),
            cl(
                1.6e6,
                "USD",
                "Bolivia's exports to Israel last year",
                "reported",
                BO,
                approximate=True,
            ),
            cl(
                1400,
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
                8500,
                "Palestinians",
                "Palestinians killed in Gaza",
                "reported",
                GHM,
                approximate=True,
            ),
            cl(1.4e6, "people", "people displaced in Gaza", "reported", UN, approximate=True),
        ],
    },
}

# ------------------------------------------------------------------ checks
MONEY = {"USD", "EUR"}
# sources that the text names without naming an entity, written as the text names them
UNNAMED_SOURCES = {
    "diplomats",
    "analysts",
    "his wife",
    "farmers' groups",
    "an average of polls",
    "Israeli officials",
}

# where each page's article text starts and ends (boilerplate and comments lie outside)
BODY = {
    GRAIN: ("WARSAW —", "Share this story:"),
    DAM_BLOG: ("KEY POINTS", "[Load earlier updates]"),
    KARABAKH: ("GORIS, Armenia/BAKU", "Reporting by"),
    BOLIVIA: ("LA PAZ, Nov 1", "\nRelated\n"),
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
    # the comments below the Bolivia page yield nothing: no entity is named only there
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

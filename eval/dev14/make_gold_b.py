"""Writes eval/dev14/gold/*.json for part B of set 14 (facts-only gold, hand-written from the
page text without running the extractor).

Each page: title, published, entities (name, type, aliases), events and claims in the contract's
shape; `text` and `evidence` are null (scored on facts alone). Conventions follow
docs/annotation.md and, where it is silent, the choices of eval/dev13 (README_a.md, README_b.md)
and, behind them, eval/dev12 to eval/dev4; the choices made for this half are listed in
eval/dev14/README_b.md. Part A of the set is written separately (make_gold_a.py); this script
writes only the four part-B pages.

The Solomon Islands page holds two unrelated stories (the Australian police package, then a short
brief on the Uganda-Kenya fuel row, dated two days earlier); `write_gold` is given it as a list of
stories and writes one article per story, each with its own entities, events and claims.
"""

import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent


sys.path.insert(0, str(HERE.parent))
from goldkit import check_and_write_stories, check_story, cl, ent, ev  # noqa: E402

# states and bodies
SL = "Sierra Leone"
NG = "Nigeria"
LR = "Liberia"
GN = "Guinea"
NE = "Niger"
UK = "United Kingdom"
US = "United States"
TN = "Tunisia"
EU = "European Union"
IT = "Italy"
SA = "Saudi Arabia"
IQ = "Iraq"
TR = "Turkey"
SB = "Solomon Islands"
AU = "Australia"
CN = "China"
NR = "Nauru"
TW = "Taiwan"
UG = "Uganda"
KE = "Kenya"
ECOWAS = "ECOWAS"
APC = "All People's Congress"
SLPP = "Sierra Leone People's Party"
NEC = "National Electoral Commission"
RUF = "Revolutionary United Front"
AFU = "African Union"
CW = "Commonwealth"
EC = "European Commission"
EP = "European Parliament"
IMF = "International Monetary Fund"
HRW = "Human Rights Watch"
WB = "World Bank"
PKK = "Kurdistan Workers' Party"
PUK = "Patriotic Union of Kurdistan"
KDP = "Kurdistan Democratic Party"
KRG = "Kurdistan Regional Government"
ICC = "International Chamber of Commerce"
RAMSI = "Regional Assistance Mission to Solomon Islands"
RSIPF = "Royal Solomon Islands Police Force"
UNOC = "Uganda National Oil Company"
EPRA = "Energy and Petroleum Regulatory Authority"
EACJ = "East African Court of Justice"
# people
BIO = "Julius Maada Bio"
BAH = "Chernor Bah"
KOROMA = "Ernest Bai Koroma"
TUGGAR = "Yusuf Tuggar"
TINUBU = "Bola Tinubu"
WEAH = "George Weah"
KAMARA = "Samura Kamara"
BAZOUM = "Mohamed Bazoum"
SAIED = "Kais Saied"
VDL = "Ursula von der Leyen"
MELONI = "Giorgia Meloni"
RUTTE = "Mark Rutte"
PISONERO = "Ana Pisonero"
SUDANI = "Mohammed Shia al-Sudani"
ERDOGAN = "Tayyip Erdogan"
HUSSEIN = "Fuad Hussein"
FIDAN = "Hakan Fidan"
TALABANI = "Bafel Talabani"
ALBANESE = "Anthony Albanese"
MANELE = "Jeremiah Manele"
SOGAVARE = "Manasseh Sogavare"
WALE = "Matthew Wale"
XI = "Xi Jinping"
MUSEVENI = "Yoweri Museveni"
RUTO = "William Ruto"
WANDAYI = "Opiyo Wandayi"

PAGES = {
    # ------------------------------------------------------------ (1) div-soup HTML, Sierra Leone
    "2023-11-27-sierra-leone-barracks-attack-ecowas.html": {
        "title": "Sierra Leone arrests 13 officers after gunmen storm Freetown armoury and prisons",
        "published": "2023-11-27",
        "entities": [
            ent(SL, "GPE"),
            ent("Freetown", "GPE"),
            ent(BAH, "PERSON", "Bah"),
            ent(BIO, "PERSON", "Bio"),
            ent("Wilberforce barracks", "FAC"),
            ent("Pademba Road central prison", "FAC"),
            ent(KOROMA, "PERSON", "Koroma"),
            ent(APC, "ORG", "APC"),
            ent(ECOWAS, "ORG"),
            ent(NG, "GPE"),
            ent(TUGGAR, "PERSON", "Tuggar"),
            ent("State House", "FAC"),
            ent(TINUBU, "PERSON"),
            ent(LR, "GPE"),
            ent(WEAH, "PERSON"),
            ent(GN, "GPE"),
            ent("Gbalamuya", "GPE"),
            ent(UK, "GPE", "Britain"),
            ent(SLPP, "ORG", "SLPP"),
            ent(KAMARA, "PERSON"),
            ent(NEC, "ORG"),
            ent(CW, "ORG"),
            ent(AFU, "ORG"),
            ent(RUF, "ORG"),
            ent(NE, "GPE"),
            ent(BAZOUM, "PERSON"),
        ],
        "events": [
            # gunmen attacked the country's main armoury and broke open prisons in the capital on
            # Sunday (doers nobody names: no actor; the storming of Wilberforce barracks, the
            # prison break and the 21 dead belong to it)
            ev("ASSAULT", "attack", [], [SL], date="2023-11-26", location="Freetown"),
            # Sierra Leone has arrested 13 military officers and a civilian ..., Information
            # Minister Chernor Bah said on Monday (own operation told by its side: reported;
            # counted, unnamed people: no target)
            ev("COERCE", "arrest", [SL], [], "reported", BAH, "2023-11"),
            # In a televised address on Sunday night, President Julius Maada Bio called the assault
            # a failed attempt "to subvert the constitutional order" (a reaction to an attack by
            # doers nobody names: no target)
            ev("ACCUSE", "disapprove", [BIO], [], date="2023-11-26"),
            # In the same address Bio announced a nationwide curfew (PLOVER: restrict movement;
            # the whole population: no target)
            ev("COERCE", "curfew", [BIO], [], date="2023-11-26"),
            # The government eased it on Monday (easing a restriction: CONCEDE)
            ev("CONCEDE", "ease restrictions", [SL], [], date="2023-11-27"),
            # investigators were looking into "possible links" between the plotters and the
            # opposition All People's Congress (ACCUSE investigate)
            ev("ACCUSE", "investigate", [BAH], [APC], date="2023-11-27"),
            # The APC dismissed the suggestion as "reckless and dangerous" (target the accuser)
            ev("REJECT", "deny", [APC], [BAH], "denied"),
            # ECOWAS ... condemned the attack in a statement on Sunday (no named doer: no target)
            ev("ACCUSE", "disapprove", [ECOWAS], [], date="2023-11-26"),
            # ... and sent a delegation of ministers, led by Nigerian Foreign Minister Yusuf
            # Tuggar, which landed in Freetown on Monday (the bloc's delegation: the bloc visits)
            ev("CONSULT", "visit", [ECOWAS], [SL], date="2023-11-27", location="Freetown"),
            # After meeting Bio at State House
            ev("CONSULT", "meet", [TUGGAR, BIO], [BIO, TUGGAR], date="2023-11-27",
               location="Freetown"),
            # Tuggar told reporters that the bloc was ready to help Sierra Leone (stated
            # willingness: AGREE; the clause's subject is the bloc)
            ev("AGREE", "willingness", [ECOWAS], [SL], date="2023-11-27"),
            # Tinubu ... spoke to Bio by phone on Sunday, the Nigerian presidency said (own contact
            # told by one side: reported)
            ev("CONSULT", "phone", [TINUBU, BIO], [BIO, TINUBU], "reported", NG, "2023-11-26"),
            # George Weah, called Bio the same day
            ev("CONSULT", "phone", [WEAH, BIO], [BIO, WEAH], date="2023-11-26"),
            # ... and offered to send "any assistance needed" (an offer: AGREE; no act named)
            ev("AGREE", "offer", [WEAH], [BIO], date="2023-11-26"),
            # Guinea ... shut its main border crossing with Sierra Leone at Gbalamuya on Sunday
            # ..., traders there said (closing a crossing: COERCE)
            ev("COERCE", "close border", [GN], [SL], "reported", "traders", "2023-11-26",
               "Gbalamuya"),
            # ... and reopened it on Monday afternoon (lifting a restriction: CONCEDE, dev6a,
            # dev11b)
            ev("CONCEDE", "ease restrictions", [GN], [SL], "reported", "traders", "2023-11-27",
               "Gbalamuya"),
            # Britain ... said it stood with "the democratically elected government of Sierra
            # Leone"
            ev("SUPPORT", "diplomatic", [UK], [SL]),
            # The APC accused the National Electoral Commission of rigging the count (after the
            # June election)
            ev("ACCUSE", "allege", [APC], [NEC], date="2023-06"),
            # ... then boycotted parliament and local councils (a party's boycott: PROTEST with
            # the party named; aimed at the government)
            ev("PROTEST", "boycott", [APC], [SL], date="2023-06"),
            # The boycott ended in October, when the party signed an agreement with the government
            ev("AGREE", "agreement", [APC, SL], [SL, APC], date="2023-10"),
            # ... brokered by the Commonwealth, the African Union and ECOWAS (mediators: the
            # parties are the targets)
            ev("CONSULT", "mediate", [CW, AFU, ECOWAS], [APC, SL], date="2023-10"),
            # a civil war between the government and the Revolutionary United Front rebels, fought
            # from 1991 to 2002 (a war with two sides: one actor, one target)
            ev("ASSAULT", "war", [RUF], [SL], date="1991"),
            # Britain sent troops in 2000 to help the government defeat the rebels (troops sent to
            # a government's aid: AID military, dev13b)
            ev("AID", "military", [UK], [SL], date="2000"),
            # after its army overthrew President Mohamed Bazoum in July (dev6a's coup)
            ev("COERCE", "coup", [NE], [BAZOUM], date="2023-07"),
            # ECOWAS suspended the country from the bloc's decision-making bodies
            ev("SANCTION", "suspend", [ECOWAS], [NE], date="2023-07"),
        ],
        "claims": [
            cl(13, "officers", "military officers arrested after the attack", "reported", BAH),
            cl(320, "inmates", "inmates Pademba Road central prison was built for",
               approximate=True),
            cl(2000, "prisoners", "prisoners who escaped", approximate=True),
            cl(21, "people", "people killed in the attack", "reported", SL),
            cl(14, "soldiers", "soldiers killed in the attack", "reported", SL),
            cl(3, "attackers", "attackers killed", "reported", SL),
            cl(0.56, "share", "Bio's share of the vote in the June election"),
            cl(0.55, "share", "share of the vote needed to avoid a run-off"),
            cl(0.41, "share", "Samura Kamara's share of the vote"),
            cl(8.6e6, "people", "population of Sierra Leone", approximate=True),
            cl(50000, "people", "people killed in the 1991-2002 civil war", approximate=True),
            cl(5, "countries", "countries in the region governed by soldiers"),
        ],
    },
    # ------------------------------------------------------------------ (2) analysis, Tunisia
    "2023-10-06-tunisia-eu-migration-pact-analysis.txt": {
        "title": "Saied's \"no\" to European money leaves the Tunisia migration pact hanging by a "
        "thread",
        "published": "2023-10-06",
        "entities": [
            ent(TN, "GPE", "Tunis"),
            ent(EU, "ORG", "EU", "Brussels"),
            ent("Mediterranean", "LOC"),
            ent(SAIED, "PERSON", "Saied"),
            ent(EC, "ORG", "Commission"),
            ent(EP, "ORG"),
            ent(VDL, "PERSON", "Von der Leyen"),
            ent(MELONI, "PERSON", "Meloni"),
            ent(RUTTE, "PERSON"),
            ent(IMF, "ORG", "IMF"),
            ent(US, "GPE", "Washington"),
            ent(IT, "GPE"),
            ent("Lampedusa", "GPE"),
            ent("Sfax", "GPE"),
            ent("sub-Saharan Africa", "LOC"),
            ent("Libya", "GPE"),
            ent("Algeria", "GPE"),
            ent(HRW, "ORG"),
            ent(AFU, "ORG"),
            ent(WB, "ORG"),
            ent(PISONERO, "PERSON"),
            ent("UN", "ORG"),
            ent(SA, "GPE", "Riyadh"),
        ],
        "events": [
            # On Monday President Kais Saied said Tunisia would not accept 60 million euros that
            # the European Commission had announced for it (a refusal; the Commission speaks for
            # the EU)
            ev("REJECT", "refuse", [SAIED], [EU], date="2023-10-02"),
            # The Commission had said on September 22 that it would release 127 million euros
            # ... as the first payments under the memorandum (a pledge: the AGREE and the planned
            # act; the planned act is the memorandum's money, one AID below)
            ev("AGREE", "pledge", [EU], [TN], date="2023-09-22"),
            # It promised 105 million euros ..., 150 million euros in direct budget support and
            # up to 900 million euros in long-term loans (the promised money, of which the
            # September payments are the first: one planned AID)
            ev("AID", "economic", [EU], [TN], "planned"),
            # his government postponed a visit by Commission officials who were due in Tunis
            # (postponing a visit: SANCTION, dev10b)
            ev("SANCTION", "postpone visit", [TN], [EU], date="2023-09"),
            # ... and two weeks after it barred a European Parliament delegation of five lawmakers
            # from entering the country (a refused entry: SANCTION, like a travel ban)
            ev("SANCTION", "deny entry", [TN], [EP], date="2023-09"),
            # The memorandum was signed in Tunis on July 16 (the lead's "signed a memorandum"
            # tells it again)
            ev("AGREE", "memorandum", [TN, EU], [EU, TN], date="2023-07-16", location="Tunis"),
            # She had travelled there with Italian Prime Minister Giorgia Meloni and the Dutch
            # prime minister, Mark Rutte
            ev("CONSULT", "visit", [VDL, MELONI, RUTTE], [TN], date="2023-07-16",
               location="Tunis"),
            # Tunisia reached a staff-level agreement with the IMF on a $1.9 billion loan in
            # October 2022
            ev("AGREE", "loan", [TN, IMF], [IMF, TN], date="2022-10"),
            # but in April Saied rejected the fund's conditions
            ev("REJECT", "refuse", [SAIED], [IMF], date="2023-04"),
            # Meloni has since lobbied the IMF and Washington to release at least part of the loan
            ev("REQUEST", "aid", [MELONI], [IMF, US]),
            # Von der Leyen flew to the island with Meloni on September 17 (the Italian island:
            # a visit to Italy)
            ev("CONSULT", "visit", [VDL], [IT], date="2023-09-17", location="Lampedusa"),
            # In July ... security forces rounded up hundreds of sub-Saharan Africans in the city
            # and left them in the desert near the borders ..., Human Rights Watch said (the
            # story's country's forces; unnamed people: no target)
            ev("COERCE", "deport", [TN], [], "reported", HRW, "2023-07", "Sfax"),
            # It has accused the EU of turning a blind eye to the abuses
            ev("ACCUSE", "allege", [HRW], [EU]),
            # Tunisia's interior ministry denied that migrants had been mistreated (target the
            # accuser)
            ev("REJECT", "deny", [TN], [HRW], "denied"),
            # in February, when he claimed that "hordes" of irregular migrants ... were part of a
            # plot (an allegation against people nobody names: no target)
            ev("ACCUSE", "allege", [SAIED], [], date="2023-02"),
            # The African Union condemned the remarks as "racialised hate speech"
            ev("ACCUSE", "disapprove", [AFU], [SAIED], date="2023-02"),
            # in March the World Bank paused its partnership programme with Tunisia (reducing
            # aid: SANCTION)
            ev("SANCTION", "suspend aid", [WB], [TN], date="2023-03"),
            # Ana Pisonero, said on Tuesday that Brussels ... would keep talking to Tunis (the
            # clause's subject is the bloc; "remained committed" restates the memorandum)
            ev("CONSULT", "talks", [EU], [TN], "planned"),
            # Analysts expect Brussels to find other ways of keeping money flowing (hedged act
            # with its hedger)
            ev("AID", "economic", [EU], [TN], "speculated", "analysts"),
            # Meloni ... could travel to Tunis again ..., Italian officials say
            ev("CONSULT", "visit", [MELONI], [TN], "speculated", "Italian officials",
               location="Tunis"),
            # A European diplomat in Tunis said the bloc could suspend the memorandum if Saied kept
            # turning payments away (a hedged walk-away; the condition is part of it)
            ev("REJECT", "agreement", [EU], [TN], "speculated", "a European diplomat"),
            # Saudi Arabia lent Tunisia $500 million in July (a loan: AID)
            ev("AID", "loan", [SA], [TN], date="2023-07"),
            # analysts say Tunis could ask Riyadh for more
            ev("REQUEST", "loan", [TN], [SA], "speculated", "analysts"),
        ],
        "claims": [
            cl(60e6, "EUR", "EU budget support Saied refused"),
            cl(127e6, "EUR", "first payments the Commission said it would release", "planned"),
            cl(5, "lawmakers", "European Parliament lawmakers barred from entering Tunisia"),
            cl(105e6, "EUR", "EU money promised for border policing and fighting smugglers",
               "planned"),
            cl(150e6, "EUR", "EU direct budget support promised", "planned"),
            cl(900e6, "EUR", "EU long-term loans promised", "planned"),
            cl(1.9e9, "USD", "IMF loan in the staff-level agreement"),
            cl(12000, "people", "people who landed on Lampedusa in three days in mid-September",
               approximate=True),
            cl(133000, "migrants", "migrants who reached Italy by sea this year", "reported", IT,
               approximate=True),
            cl(0.5, "share", "share of the sea arrivals in Italy that sailed from Tunisia",
               "reported", IT, approximate=True),
            cl(27, "people", "people who died after being left in the desert", "reported", HRW,
               approximate=True),
            cl(500e6, "USD", "Saudi loan to Tunisia in July"),
        ],
    },
    # ------------------------------------------------------------------ (3) wire, comments
    "2024-08-16-iraq-summons-turkish-envoy-drone-strike.txt": {
        "title": "Iraq summons Turkish envoy after drone strike near Sulaimaniyah kills three",
        "published": "2024-08-16",
        "entities": [
            ent(IQ, "GPE", "Baghdad"),
            ent(TR, "GPE", "Ankara"),
            ent("Sulaimaniyah", "GPE"),
            ent("Kurdistan region", "GPE"),
            ent("counter-terrorism service", "ORG"),
            ent(PKK, "ORG", "PKK"),
            ent(SUDANI, "PERSON", "Sudani"),
            ent(ERDOGAN, "PERSON", "Erdogan"),
            ent(HUSSEIN, "PERSON", "Hussein"),
            ent(FIDAN, "PERSON", "Fidan"),
            ent("Bashiqa", "GPE"),
            ent("Mosul", "GPE"),
            ent(TALABANI, "PERSON"),
            ent(PUK, "ORG", "PUK"),
            ent("Sulaimaniyah airport", "FAC"),
            ent(KRG, "ORG"),
            ent("Erbil", "GPE"),
            ent(KDP, "ORG", "KDP"),
            ent(US, "GPE"),
            ent("Islamic State", "ORG"),
            ent("State Department", "ORG"),
            ent("Duhok", "GPE"),
            ent("Syria", "GPE"),
            ent("Development Road", "FAC"),
            ent("Gulf", "LOC"),
            ent("Ceyhan", "GPE"),
            ent(ICC, "ORG"),
            ent("Paris", "GPE"),
        ],
        "events": [
            # Iraq summoned Turkey's ambassador on Friday (the protest note belongs to it)
            ev("ACCUSE", "summon", [IQ], [TR], date="2024-08-16"),
            # ... and condemned a Turkish drone strike (its fullest telling: the foreign ministry
            # called the strike "a flagrant violation of Iraqi sovereignty"; two events, guide)
            ev("ACCUSE", "disapprove", [IQ], [TR], date="2024-08-16"),
            # a Turkish drone strike that killed three people near the northern city of
            # Sulaimaniyah (late on Thursday; the city is the location and the state it lies in
            # the target; the counter-terrorism service's account and Turkey's "neutralised"
            # three PKK fighters tell the same strike)
            ev("ASSAULT", "drone strike", [TR], [IQ], date="2024-08-15", location="Sulaimaniyah"),
            # Turkey's defence ministry said ... its forces ... would keep up operations "until the
            # last terrorist is eliminated" (an announced campaign against the group: THREATEN)
            ev("THREATEN", "military force", [TR], [PKK], "planned", date="2024-08-16"),
            # Sudani spoke by phone with ... Erdogan on Friday afternoon, his office said (own
            # contact told by one side: reported)
            ev("CONSULT", "phone", [SUDANI, ERDOGAN], [ERDOGAN, SUDANI], "reported", IQ,
               "2024-08-16"),
            # Fuad Hussein and ... Hakan Fidan, met in Ankara on Thursday
            ev("CONSULT", "meet", [HUSSEIN, FIDAN], [FIDAN, HUSSEIN], date="2024-08-15",
               location="Ankara"),
            # ... and signed a memorandum setting up a joint security coordination centre (the
            # lead's "the two governments signed a security pact" tells it again)
            ev("AGREE", "security", [HUSSEIN, FIDAN], [FIDAN, HUSSEIN], date="2024-08-15",
               location="Ankara"),
            # Fidan praised Iraq's decision in March to ban the PKK
            ev("SUPPORT", "praise", [FIDAN], [IQ], date="2024-08-15"),
            # Iraq's decision in March to ban the PKK (background act)
            ev("SANCTION", "ban", [IQ], [PKK], date="2024-03"),
            # ... and urged Baghdad to go further by declaring it a terrorist organisation
            ev("REQUEST", "designate", [FIDAN], [IQ], date="2024-08-15"),
            # Hussein ... asked Ankara to coordinate its operations with Baghdad
            ev("REQUEST", "coordinate", [HUSSEIN], [TR], date="2024-08-15"),
            # Bafel Talabani ... condemned the strike (targets the strike's doer)
            ev("ACCUSE", "disapprove", [TALABANI], [TR]),
            # ... and called on Baghdad to protect the region's airspace (a domestic appeal,
            # coded as dev9b-dev13b code domestic requests)
            ev("REQUEST", "protect", [TALABANI], [IQ]),
            # Ankara accuses the PUK of sheltering PKK fighters
            ev("ACCUSE", "allege", [TR], [PUK]),
            # ... a charge the party denies (target the accuser)
            ev("REJECT", "deny", [PUK], [TR], "denied"),
            # ... and has barred flights to and from Sulaimaniyah airport since April 2023 (flights
            # barred: SANCTION; the airport lies in Iraq)
            ev("SANCTION", "flight ban", [TR], [IQ], date="2023-04",
               location="Sulaimaniyah airport"),
            # The United States ... urged Baghdad and Ankara to settle their differences through
            # dialogue, a State Department spokesman said (the department speaks for its state)
            ev("REQUEST", "dialogue", [US], [IQ, TR]),
            # Turkey launched a ground and air offensive against the PKK in the mountains of Duhok
            # province in April 2022 (background act)
            ev("ASSAULT", "offensive", [TR], [PKK], date="2022-04", location="Duhok"),
            # On Tuesday, two Turkish soldiers were killed when PKK fighters attacked a base in
            # Duhok province, Turkey's defence ministry said (the other side's act in one's own
            # account: reported)
            ev("ASSAULT", "attack", [PKK], [TR], "reported", TR, "2024-08-13", "Duhok"),
            # It said its forces had "neutralised" 18 militants in northern Iraq and Syria over the
            # past week (own operations told by the doer's side: reported)
            ev("ASSAULT", "attack", [TR], [PKK], "reported", TR, "2024-08"),
            # Erdogan visited Baghdad in April
            ev("CONSULT", "visit", [ERDOGAN], [IQ], date="2024-04", location="Baghdad"),
            # ... and signed 26 agreements with Sudani (one signing, one AGREE)
            ev("AGREE", "agreements", [ERDOGAN, SUDANI], [SUDANI, ERDOGAN], date="2024-04",
               location="Baghdad"),
            # in a case Iraq brought in 2014 (a complaint to an international body, dev9b; the
            # panel's 2023 order is a court act, not coded, dev6b)
            ev("ACCUSE", "complaint", [IQ], [TR], date="2014"),
            # Turkey halted the flows days after the ruling (stopping trade: SANCTION)
            ev("SANCTION", "halt trade", [TR], [IQ], date="2023-03"),
        ],
        "claims": [
            cl(3, "people", "people killed in the drone strike near Sulaimaniyah"),
            cl(3, "fighters", "PKK fighters Turkey says it neutralised near Sulaimaniyah",
               "reported", TR),
            cl(2500, "troops", "US troops in Iraq", approximate=True),
            cl(40, "bases", "Turkish bases and outposts in northern Iraq", "reported",
               "Iraqi officials", approximate=True),
            cl(2, "soldiers", "Turkish soldiers killed in the PKK attack in Duhok", "reported", TR),
            cl(18, "militants", "militants Turkey says it neutralised over the past week",
               "reported", TR),
            cl(26, "agreements", "agreements Erdogan and Sudani signed in April"),
            cl(17e9, "USD", "planned cost of the Development Road"),
            cl(450000, "barrels", "daily crude flow through the pipeline before it shut",
               approximate=True),
            cl(1.5e9, "USD", "award the arbitration panel ordered Turkey to pay Iraq",
               approximate=True),
        ],
    },
}

# ------------------------------------------------------------- (4) two stories on one page
SB_PAGE = "2024-12-12-solomon-islands-australia-police-deal.txt"
MULTI = {
    SB_PAGE: [
        {
            "title": "Australia to fund a bigger Solomon Islands police force as Honiara keeps its "
            "Chinese advisers",
            "published": "2024-12-12",
            "entities": [
                ent(AU, "GPE", "Canberra"),
                ent(SB, "GPE", "Honiara"),
                ent("Pacific", "LOC"),
                ent(ALBANESE, "PERSON", "Albanese"),
                ent(MANELE, "PERSON", "Manele"),
                ent("Parliament House", "FAC"),
                ent(RSIPF, "ORG"),
                ent(NR, "GPE"),
                ent(CN, "GPE", "Beijing"),
                ent(WALE, "PERSON"),
                ent(US, "GPE"),
                ent(SOGAVARE, "PERSON", "Sogavare"),
                ent(TW, "GPE"),
                ent(XI, "PERSON"),
                ent(RAMSI, "ORG", "RAMSI"),
                ent("Chinatown", "LOC"),
            ],
            "events": [
                # Australia will spend 190 million Australian dollars ..., the two countries'
                # prime ministers said on Thursday ... Albanese and ... Manele, announced the
                # package after talks (the deal: AGREE by the two named leaders; the money: the
                # planned AID)
                ev("AGREE", "security", [ALBANESE, MANELE], [MANELE, ALBANESE], date="2024-12-12",
                   location="Canberra"),
                ev("AID", "security", [AU], [SB], "planned"),
                # ... after talks at Parliament House in Canberra
                ev("CONSULT", "meet", [ALBANESE, MANELE], [MANELE, ALBANESE], date="2024-12-12",
                   location="Canberra"),
                # Manele arrived in the Australian capital on Wednesday
                ev("CONSULT", "visit", [MANELE], [AU], date="2024-12-11", location="Canberra"),
                # a treaty Albanese signed on Monday with Nauru, which gives Australia a say over
                # the tiny island's security agreements ... in return for 140 million Australian
                # dollars over five years (the treaty and the promised money)
                ev("AGREE", "treaty", [ALBANESE, NR], [NR, ALBANESE], date="2024-12-09"),
                ev("AID", "economic", [AU], [NR], "planned"),
                # China, which sent a team of 10 police advisers to Honiara in 2022
                ev("AID", "personnel", [CN], [SB], date="2022", location="Honiara"),
                # ... and has since supplied water cannon trucks, motorbikes and drones to his force
                ev("AID", "equipment", [CN], [SB]),
                # China's embassy in Honiara said in a statement on Thursday ... and urged
                # Australia to stop "hyping up" Chinese influence (the embassy speaks for its
                # state)
                ev("REQUEST", "stop", [CN], [AU], date="2024-12-12"),
                # Matthew Wale welcomed the funding (praise of the funder)
                ev("SUPPORT", "praise", [WALE], [AU]),
                # ... but accused Manele of "trying to keep both Canberra and Beijing happy"
                ev("ACCUSE", "allege", [WALE], [MANELE]),
                # The United States ... welcomed the agreement (praise of a deal: its parties)
                ev("SUPPORT", "praise", [US], [AU, SB]),
                # ... which reopened its embassy in Honiara in February 2023 (background act)
                ev("COOPERATE", "diplomatic", [US], [SB], date="2023-02", location="Honiara"),
                # in April 2022, when ... Manasseh Sogavare, signed a security pact with Beijing
                ev("AGREE", "security", [SOGAVARE, CN], [CN, SOGAVARE], date="2022-04"),
                # The United States and Australia warned at the time that it could open the way to
                # a Chinese naval base (expressing concern: ACCUSE, at the pact's parties)
                ev("ACCUSE", "disapprove", [US, AU], [SOGAVARE, CN], date="2022-04"),
                # ... which both Honiara and Beijing denied (target the accusers)
                ev("REJECT", "deny", [SB, CN], [US, AU], "denied", date="2022-04"),
                # Sogavare's government had already switched diplomatic recognition from Taiwan to
                # China in 2019 (dev10a, dev13b: the break and the new ties)
                ev("SANCTION", "break relations", [SB], [TW], date="2019"),
                ev("COOPERATE", "diplomatic", [SB, CN], [CN, SB], date="2019"),
                # he visited China in July and met President Xi Jinping
                ev("CONSULT", "visit", [MANELE], [CN], date="2024-07"),
                ev("CONSULT", "meet", [MANELE, XI], [XI, MANELE], date="2024-07"),
                # It led the Regional Assistance Mission to Solomon Islands (RAMSI), which deployed
                # in 2003 (the mission is the clause's subject)
                ev("AID", "military", [RAMSI], [SB], date="2003"),
                # ... before it left in 2017 (a withdrawal: RETREAT)
                ev("RETREAT", "withdraw", [RAMSI], [SB], date="2017"),
                # A bilateral security treaty signed that year allows Australian forces to deploy
                # at Honiara's invitation
                ev("AGREE", "treaty", [AU, SB], [SB, AU], date="2017"),
                # in November 2021, when protesters demanding Sogavare's resignation set fire to
                # parts of Honiara's Chinatown (an unnamed crowd; the demand names its target)
                ev("PROTEST", "riot", [], [SOGAVARE], date="2021-11", location="Honiara"),
                # Australia sent more than 100 police and soldiers
                ev("AID", "military", [AU], [SB], date="2021-11", location="Honiara"),
                # ... at Sogavare's request
                ev("REQUEST", "aid", [SOGAVARE], [AU], date="2021-11"),
            ],
            "claims": [
                cl(190e6, "AUD", "Australian funding for the Solomon Islands police over four "
                   "years", "planned"),
                cl(1500, "officers", "officers in the Royal Solomon Islands Police Force now",
                   approximate=True),
                cl(2000, "officers", "officers the police force is to have by 2028", "planned"),
                cl(140e6, "AUD", "Australian money for Nauru over five years", "planned"),
                cl(10, "police advisers", "Chinese police advisers sent to Honiara in 2022"),
                cl(2200, "police", "RAMSI police and troops at its height", approximate=True),
                cl(100, "police", "Australian police and soldiers sent in November 2021",
                   approximate=True),
                cl(170e6, "AUD", "Australian aid to Solomon Islands a year", approximate=True),
                cl(720000, "people", "population of Solomon Islands", approximate=True),
            ],
        },
        {
            "title": "Uganda to drop fuel import case against Kenya after Museveni and Ruto meet",
            "published": "2024-12-10",
            "entities": [
                ent(UG, "GPE"),
                ent(KE, "GPE", "Nairobi"),
                ent(EACJ, "ORG"),
                ent(MUSEVENI, "PERSON", "Museveni"),
                ent(RUTO, "PERSON"),
                ent("State House", "FAC"),
                ent(UNOC, "ORG", "UNOC"),
                ent("Mombasa", "GPE"),
                ent(EPRA, "ORG"),
                ent(WANDAYI, "PERSON"),
            ],
            "events": [
                # presidents Yoweri Museveni and William Ruto met at State House in Nairobi on
                # Monday (the "after" clause sets the scene: the writer's)
                ev("CONSULT", "meet", [MUSEVENI, RUTO], [RUTO, MUSEVENI], date="2024-12-09",
                   location="Nairobi"),
                # Uganda will withdraw the case it brought against Kenya ..., Uganda's energy
                # ministry said on Tuesday (an own announced plan: planned, no source; dropping a
                # complaint: CONCEDE)
                ev("CONCEDE", "drop case", [UG], [KE], "planned"),
                # The two leaders agreed ..., the ministry said (an own agreement told by one
                # party's side: reported)
                ev("AGREE", "fuel imports", [MUSEVENI, RUTO], [RUTO, MUSEVENI], "reported", UG,
                   "2024-12-09"),
                # ... that the Uganda National Oil Company (UNOC) would be allowed to import
                # petroleum products through Kenya's pipeline (the agreed act, planned; Wandayi's
                # "Nairobi would issue the licence" tells it again)
                ev("CONCEDE", "allow imports", [KE], [UNOC], "planned"),
                # Uganda filed the case in December last year (a complaint to an international
                # court, dev9b)
                ev("ACCUSE", "complaint", [UG], [KE], date="2023-12"),
                # ... after Kenya's Energy and Petroleum Regulatory Authority refused to grant UNOC
                # an import licence (the regulator speaks for its state)
                ev("REJECT", "refuse", [KE], [UNOC], date="2023"),
                # Museveni accused Kenyan officials at the time of "sabotage"
                ev("ACCUSE", "allege", [MUSEVENI], [KE], date="2023-12"),
            ],
            "claims": [
                cl(0.9, "share", "share of Uganda's fuel imported through Kenya", approximate=True),
                cl(2.5e9, "litres", "fuel Uganda brings in through Kenya a year",
                   approximate=True),
            ],
        },
    ],
}

# ------------------------------------------------------------------ checks
MONEY = {"USD", "EUR", "AUD"}
# unnamed sources the text gives, as written
UNNAMED = {
    "traders",
    "analysts",
    "Italian officials",
    "a European diplomat",
    "Iraqi officials",
}

# the article body of each story: from a start marker to an end marker (boilerplate, the dek,
# the caption, credit lines and the comments lie outside)
BODY = {
    "2023-11-27-sierra-leone-barracks-attack-ecowas.html": [
        ('<div class="c-body js-article-body">', '<div class="c-after">')
    ],
    "2023-10-06-tunisia-eu-migration-pact-analysis.txt": [("TUNIS - ", "Topics: Tunisia")],
    "2024-08-16-iraq-summons-turkish-envoy-drone-strike.txt": [
        ("BAGHDAD/ANKARA, Aug 16 (Levant Wire)", "Reporting by Levant Wire")
    ],
    SB_PAGE: [("HONIARA/CANBERRA - ", "\n---\n"), ("NAIROBI - ", "\n---\n\n(c) 2024")],
}
WORDS = {True: (500, 750), False: (120, 300)}


def body_of(raw, start, end):
    """The story's body text: cut between the markers, tags dropped, entities decoded (inline
    advertisement boxes inside the HTML body are dropped first)."""
    i = raw.index(start)
    j = raw.index(end, i)
    part = re.sub(r'(?s)<div class="c-ad c-ad--mid">.*?</div></div>', " ", raw[i:j])
    return html.unescape(re.sub(r"<[^>]+>", " ", part))


def check(name, page, body, main=True):
    """One story, checked by goldkit.check_story; the page's main story has size bounds."""
    sizes = {"events": (15, 30), "claims": (8, 14), "entities": (15, 45)} if main else None
    check_story(
        name, page, body, money=MONEY, unnamed=UNNAMED, sizes=sizes, words=WORDS[main]
    )


assert len(PAGES) + len(MULTI) == 4
check_and_write_stories(HERE, PAGES, MULTI, BODY, body_of, check)

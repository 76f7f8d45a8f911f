"""Writes eval/blind3/gold/*.json for the four "b" pages of blind set 3 (facts-only gold,
hand-written blind: without running the extractor on these pages and without looking at any
extractor output).

Each page: title, published, entities (name, type, aliases), events and claims in the contract's
shape; `text` and `evidence` are null (scored on facts alone). Conventions follow
docs/annotation.md; where it is silent they follow eval/blind2/README.md and eval/dev5/README.md.
The choices made for these pages are in eval/blind3/README_b.md, and the judgement calls made on
one page are in that page's `notes`. The other half of the set (make_gold_a.py) is separate.
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent


sys.path.insert(0, str(HERE.parent))
from goldkit import cl, ent, ev, write_gold  # noqa: E402

US = "United States"
EU = "European Union"
NK = "North Korea"
SK = "South Korea"
UN = "United Nations"
UNSC = "UN Security Council"
KCNA = "Korean Central News Agency"
KIM = "Kim Jong Un"
PUTIN = "Vladimir Putin"
UAE = "United Arab Emirates"
GD = "Georgian Dream"
UNM = "United National Movement"
PARL = "Parliament of Georgia"
KOB = "Irakli Kobakhidze"
ZOUR = "Salome Zourabichvili"
DEBY = "Mahamat Idriss Deby"
SALEH = "Ibrahim Mahamat Saleh"

PAGES = {
    # ------------------------------------------------------------------ (1) agency-attributed
    "2024-11-12-russia-north-korea-treaty-ratified.txt": {
        "title": "North Korea's Kim ratifies defence treaty with Russia, KCNA says",
        "published": "2024-11-12",
        "entities": [
            ent(NK, "GPE", "Pyongyang"),
            ent("Russia", "GPE", "Moscow"),
            ent(KIM, "PERSON", "Kim"),
            ent(KCNA, "ORG", "KCNA"),
            ent(PUTIN, "PERSON", "Putin"),
            ent("Kremlin", "ORG"),
            ent("State Duma", "ORG"),
            ent(SK, "GPE", "Seoul"),
            ent("National Intelligence Service", "ORG", "NIS"),
            ent("Yonhap News Agency", "ORG", "Yonhap", "Yonhap news agency"),
            ent("Ukraine", "GPE", "Kyiv"),
            ent("Kursk", "GPE", "Kursk region", "Kursk area"),
            ent("HUR", "ORG"),
            ent("Dmitry Peskov", "PERSON"),
            ent("TASS", "ORG"),
            ent("Andrei Rudenko", "PERSON"),
            ent("RIA Novosti", "ORG"),
            ent("Choe Son Hui", "PERSON"),
            ent("Sergei Lavrov", "PERSON"),
            ent("Korean Peninsula", "LOC"),
            ent(US, "GPE", "Washington"),
            ent("State Department", "ORG"),
            ent("Matthew Miller", "PERSON"),
            ent("Volodymyr Zelensky", "PERSON"),
            ent(UN, "ORG", "UN"),
            ent(UNSC, "ORG"),
            ent("North Korean", "NORP"),
            ent("Russian", "NORP"),
            ent("Ukrainian", "NORP"),
        ],
        "events": [
            # Kim has signed a decree ratifying the treaty, KCNA reported (signed on Monday,
            # according to KCNA: one act)
            ev("AGREE", "ratify", [KIM], ["Russia"], "reported", KCNA, "2024-11-11"),
            # a pact that commits each country to come to the other's aid (= its fourth article)
            ev("AID", "military", ["Russia", NK], [NK, "Russia"], "planned"),
            # KCNA said a government delegation would travel to Moscow later this month for talks
            ev(
                "CONSULT",
                "visit",
                [NK],
                ["Russia"],
                "planned",
                KCNA,
                "2024-11",
                "Moscow",
            ),
            # Putin signed the law on ratification on Saturday, the Kremlin said
            ev("AGREE", "ratify", [PUTIN], [NK], "reported", "Russia", "2024-11-09"),
            # Putin and Kim signed the treaty in Pyongyang in June
            ev("AGREE", "agreement", [PUTIN, KIM], [KIM, PUTIN], date="2024-06", location="Pyongyang"),
            # ... during the Russian leader's first visit to North Korea in 24 years
            ev("CONSULT", "visit", [PUTIN], [NK], date="2024-06", location="Pyongyang"),
            # the NIS told lawmakers North Korea had sent 10,000-12,000 soldiers to Russia
            ev("AID", "personnel", [NK], ["Russia"], "reported", SK),
            # ... to support Moscow's war against Ukraine (background, both sides named)
            ev("ASSAULT", "war", ["Russia"], ["Ukraine"]),
            # Yonhap reported, citing the NIS, that some of those troops had begun fighting
            # Ukrainian forces in Kursk (source: the one cited, as the guide asks)
            ev("ASSAULT", "ground", [NK], ["Ukraine"], "reported", SK, location="Kursk"),
            # ... where Ukrainian troops have held territory since an incursion in August
            ev("ASSAULT", "ground", ["Ukraine"], ["Russia"], date="2024-08", location="Kursk"),
            # The agency (HUR) also accused Pyongyang of shipping millions of shells to Moscow
            ev("ACCUSE", "accusation", ["Ukraine"], [NK]),
            # Rudenko dismissed reports ... as "fakes" spread by Seoul and Kyiv, per RIA Novosti
            ev(
                "REJECT",
                "deny",
                ["Andrei Rudenko"],
                [SK, "Ukraine"],
                "denied",
                "RIA Novosti",
                "2024-10",
            ),
            # Choe, who held talks with Lavrov in Moscow earlier this month (writer's clause)
            ev(
                "CONSULT",
                "meet",
                ["Choe Son Hui", "Sergei Lavrov"],
                ["Sergei Lavrov", "Choe Son Hui"],
                date="2024-11",
                location="Moscow",
            ),
            # ... said Pyongyang would "always stand on the side of our Russian comrades", KCNA said
            ev("SUPPORT", "diplomatic", ["Choe Son Hui"], ["Russia"], "reported", KCNA),
            # South Korea's foreign ministry "strongly condemns" the ratification (Tuesday)
            ev("ACCUSE", "disapprove", [SK], [NK, "Russia"], date="2024-11-12"),
            # ... Seoul would respond "in stages" (own side's act: planned)
            ev("THREATEN", "warn", [SK], [NK, "Russia"], "planned"),
            # ... and could consider supplying weapons to Ukraine
            ev("AID", "military", [SK], ["Ukraine"], "speculated"),
            # Miller said on Monday the US was "deeply concerned" by the deepening military ties
            ev("ACCUSE", "disapprove", ["Matthew Miller"], [NK, "Russia"], date="2024-11-11"),
            # He urged Pyongyang to "withdraw its forces from Russia immediately"
            ev("REQUEST", "withdraw", ["Matthew Miller"], [NK]),
            # Zelensky called on Kyiv's partners to act (no partner named)
            ev("REQUEST", "assistance", ["Volodymyr Zelensky"], []),
            # He also asked Washington again for permission to strike deep inside Russia
            ev("REQUEST", "permission", ["Volodymyr Zelensky"], [US]),
            # Analysts say Moscow could repay Pyongyang with help for its satellite and missile
            # programmes
            ev("AID", "military", ["Russia"], [NK], "speculated", "analysts"),
            # North Korea has been under UN Security Council sanctions since 2006
            ev("SANCTION", "sanctions", [UNSC], [NK]),
            # In March, Russia vetoed the renewal of a UN panel of experts
            ev("SANCTION", "veto", ["Russia"], [UNSC], date="2024-03"),
        ],
        "claims": [
            cl(399, "votes", "State Duma votes for ratifying the treaty"),
            cl(
                10000,
                "soldiers",
                "North Korean soldiers sent to Russia",
                "reported",
                SK,
                upper=12000,
            ),
            cl(
                11000,
                "soldiers",
                "North Korean soldiers in the Kursk region",
                "reported",
                "Ukraine",
                approximate=True,
            ),
            cl(
                10000,
                "troops",
                "North Korean troops moved to the Kursk area",
                "estimated",
                "Matthew Miller",
                approximate=True,
            ),
            cl(1200000, "troops", "North Korea's active-duty troops", approximate=True),
        ],
        "notes": [
            "Kim's decree and Putin's law ratifying a treaty with a named partner are each an "
            "AGREE (ratify) toward the partner, as the state's formal acceptance; the votes in "
            "Russia's parliament are not coded (dev5: ratification by one's own parliament). "
            "The lead's decree and 'signed the decree on Monday, according to KCNA' are one act.",
            "'Yonhap reported, citing the NIS' and 'the HUR said ..., Ukrainian media reported': "
            "the source is the one cited (docs/annotation.md), and institutions speak for their "
            "state (NIS -> South Korea, HUR -> Ukraine, the Kremlin -> Russia).",
            "The mutual-defence commitment (lead) and the fourth article are one planned AID, "
            "mutual; the condition 'if attacked' is part of it.",
            "The NIS count, the HUR count and Miller's estimate refer to the one deployment: one "
            "AID (personnel), reported by South Korea as first told; three claims.",
            "Peskov's 'our sovereign affair ... not directed against third countries' evades and "
            "states own policy: no event. 'The Kremlin has not confirmed' and 'has not "
            "acknowledged sending soldiers' are not denials. Rudenko's 'fakes' is the denial.",
            "Choe's talks with Lavrov are in a scene-setting relative clause (asserted); her "
            "pledge of support reaches us through KCNA (reported).",
            "Seoul 'could consider supplying weapons' is the speaker's own hedged act: "
            "speculated, with no source. 'which are banned under UN resolutions' is not coded.",
        ],
    },
    # ------------------------------------------------------------------ (2) direct quotes
    "2024-10-26-israel-strikes-iran-military-sites.txt": {
        "title": 'Israel strikes military targets in Iran; Tehran says damage was "limited"',
        "published": "2024-10-26",
        "entities": [
            ent("Israel", "GPE", "Zionist regime"),
            ent("Iran", "GPE", "Tehran", "Islamic Republic"),
            ent("Israel Defense Forces", "ORG"),
            ent("Daniel Hagari", "PERSON", "Hagari"),
            ent("F-35", "PRODUCT"),
            ent("Khuzestan", "GPE"),
            ent("Ilam", "GPE"),
            ent("Syria", "GPE"),
            ent("UN Charter", "LAW"),
            ent("Esmaeil Baghaei", "PERSON"),
            ent(US, "GPE", "US", "Washington"),
            ent("National Security Council", "ORG"),
            ent("Sean Savett", "PERSON"),
            ent("Joe Biden", "PERSON", "Biden"),
            ent("Lloyd Austin", "PERSON", "Austin"),
            ent("Pentagon", "ORG"),
            ent("THAAD", "PRODUCT"),
            ent("Saudi Arabia", "GPE"),
            ent(UAE, "GPE"),
            ent("Qatar", "GPE"),
            ent("Oman", "GPE"),
            ent("Gulf", "LOC"),
            ent("Hezbollah", "ORG"),
            ent("Hassan Nasrallah", "PERSON"),
            ent("Beirut", "GPE"),
            ent("Hamas", "ORG"),
            ent("Ismail Haniyeh", "PERSON"),
            ent("Israeli", "NORP"),
            ent("Iranian", "NORP"),
            ent("Syrian", "NORP"),
            ent("Western", "NORP"),
        ],
        "events": [
            # Israel struck military sites in Iran before dawn on Saturday (Hagari's statements
            # and the air defence account describe the same strikes)
            ev("ASSAULT", "air", ["Israel"], ["Iran"], date="2024-10-26", location="Iran"),
            # the barrage of ballistic missiles Iran fired at Israel on October 1 (also para 14)
            ev("ASSAULT", "missile", ["Iran"], ["Israel"], date="2024-10-01"),
            # Hagari: "If the regime in Iran were to make the mistake ..., we will be obligated to
            # respond"
            ev("THREATEN", "warn", ["Daniel Hagari"], ["Iran"], "planned"),
            # air defence "successfully intercepted and countered the attack" (own body's account)
            ev("ASSAULT", "air defence", ["Iran"], ["Israel"], "reported", "Iran"),
            # The Syrian army said Israel had also struck military positions in Syria on Saturday
            ev("ASSAULT", "air", ["Israel"], ["Syria"], "reported", "Syria", "2024-10-26"),
            # Iran's foreign ministry condemned the strikes
            ev("ACCUSE", "disapprove", ["Iran"], ["Israel"]),
            # Baghaei: "The Zionist regime will receive an appropriate response"
            ev("THREATEN", "retaliate", ["Esmaeil Baghaei"], ["Israel"], "planned"),
            # a US official said the United States had been notified in advance
            ev("CONSULT", "inform", ["Israel"], [US], "reported", "a US official"),
            # Savett: strikes "as an exercise of self-defence" (endorsement)
            ev("SUPPORT", "diplomatic", ["Sean Savett"], ["Israel"]),
            # Biden ... on Saturday ... urged Tehran not to retaliate
            ev("REQUEST", "restraint", ["Joe Biden"], ["Iran"], date="2024-10-26"),
            # Biden had publicly pressed Israel to avoid Iran's nuclear and oil facilities
            ev("REQUEST", "restraint", ["Joe Biden"], ["Israel"]),
            # Austin: "Iran should not make the mistake of responding"
            ev("REQUEST", "restraint", ["Lloyd Austin"], ["Iran"]),
            # He noted the Pentagon had sent a THAAD battery and about 100 soldiers to Israel
            # earlier this month
            ev("AID", "military", [US], ["Israel"], "reported", "Lloyd Austin", "2024-10"),
            # Saudi Arabia "condemns and denounces the military targeting" of Iran
            ev("ACCUSE", "disapprove", ["Saudi Arabia"], ["Israel"]),
            # The UAE, Qatar and Oman also condemned the strikes
            ev("ACCUSE", "disapprove", [UAE, "Qatar", "Oman"], ["Israel"]),
            # ... and called for "maximum restraint" (nobody named)
            ev("REQUEST", "restraint", [UAE, "Qatar", "Oman"], []),
            # Nasrallah, who died in an Israeli air strike in Beirut in September
            ev(
                "ASSAULT",
                "air",
                ["Israel"],
                ["Hassan Nasrallah"],
                date="2024-09",
                location="Beirut",
            ),
            # Haniyeh, killed in Tehran in July in an attack that Hamas blamed on Israel
            ev(
                "ASSAULT",
                "killing",
                ["Israel"],
                ["Ismail Haniyeh"],
                "reported",
                "Hamas",
                "2024-07",
                "Tehran",
            ),
            # ... Hamas blamed it on Israel
            ev("ACCUSE", "accusation", ["Hamas"], ["Israel"]),
        ],
        "claims": [
            cl(3, "waves", "waves of Israeli air strikes on Iran"),
            cl(
                100,
                "aircraft",
                "aircraft that took part in the operation",
                "reported",
                "Israeli media",
                approximate=True,
            ),
            cl(
                2000,
                "kilometres",
                "distance flown by the aircraft to their targets",
                "reported",
                "Israeli media",
                approximate=True,
            ),
            cl(4, "soldiers", "Iranian soldiers killed in the strikes", "reported", "Iran"),
            cl(
                100,
                "soldiers",
                "US soldiers sent to Israel to operate the THAAD battery",
                "reported",
                "Lloyd Austin",
                approximate=True,
            ),
            cl(180, "missiles", "ballistic missiles Iran fired at Israel on October 1", approximate=True),
        ],
        "notes": [
            "The lead's strikes, Hagari's 'conducting precise strikes' / 'completed our "
            "retaliatory strike' and Iran's account of the attack on three provinces are one "
            "ASSAULT; the October 1 barrage (lead and para 14) is one ASSAULT.",
            "Iran's interception of the attack is an ASSAULT (air defence) toward the attacker, as "
            "eval/dev codes 'shot down most'; reported by Iran's own air defence headquarters.",
            "Savett calling the strikes 'an exercise of self-defence' endorses them: SUPPORT. "
            "'had not taken part' is not an event.",
            "Austin's 'Iran should not make the mistake of responding' has no stated consequence: "
            "REQUEST (restraint), like Biden's 'urged Tehran not to retaliate'; Hagari's 'if ... "
            "we will be obligated to respond' is a THREATEN.",
            "Iran calling its October 1 attack retaliation defends its own act: no event. The "
            "Gulf official's 'we will not let our territory ... be used' states own policy: no "
            "event. The fear that 'Israel might target Iranian energy infrastructure' is not "
            "coded.",
            "The nav trail, the share line and the Related list are boilerplate: no events.",
        ],
    },
    # ------------------------------------------------------------------ (3) many numbers
    "2024-11-29-chad-ends-defence-pact-france.txt": {
        "title": "Chad ends defence pact with France, putting 1,000 French troops on notice",
        "published": "2024-11-29",
        "entities": [
            ent("Chad", "GPE", "N'Djamena"),
            ent("France", "GPE", "Paris"),
            ent("Sahel", "LOC"),
            ent("Abderaman Koulamallah", "PERSON"),
            ent("Jean-Noel Barrot", "PERSON"),
            ent(DEBY, "PERSON", "Deby"),
            ent("Abeche", "GPE"),
            ent("Faya-Largeau", "GPE"),
            ent("Mirage 2000", "PRODUCT"),
            ent("Union of Resistance Forces", "ORG", "UFR"),
            ent("Africa", "LOC"),
            ent("Gabon", "GPE"),
            ent("Ivory Coast", "GPE"),
            ent("Senegal", "GPE"),
            ent("Djibouti", "GPE"),
            ent("Bassirou Diomaye Faye", "PERSON", "Faye"),
            ent("Le Monde", "ORG"),
            ent("Dakar", "GPE"),
            ent("Barkhane", "EVENT"),
            ent("Mali", "GPE"),
            ent("Niger", "GPE"),
            ent("Burkina Faso", "GPE"),
            ent(UN, "ORG", "UN"),
            ent("UNHCR", "ORG", "UN refugee agency"),
            ent("Russia", "GPE", "Moscow"),
            ent(PUTIN, "PERSON"),
            ent(SALEH, "PERSON"),
            ent("University of N'Djamena", "ORG"),
            ent(UAE, "GPE"),
            ent("Le Figaro", "ORG"),
            ent("French", "NORP"),
            ent("Chadian", "NORP"),
            ent("Sudanese", "NORP"),
        ],
        "events": [
            # Chad has ended its defence cooperation agreement with France, the government said
            # late on Thursday
            ev("SANCTION", "agreement", ["Chad"], ["France"], "reported", "Chad", "2024-11-28"),
            # ... a decision that will force the withdrawal of about 1,000 French soldiers
            ev("RETREAT", "withdraw", ["France"], ["Chad"], "planned"),
            # Barrot ... where he had met President Deby on Thursday
            ev(
                "CONSULT",
                "meet",
                ["Jean-Noel Barrot", DEBY],
                [DEBY, "Jean-Noel Barrot"],
                date="2024-11-28",
                location="N'Djamena",
            ),
            # France's foreign ministry ... would hold talks with the Chadian authorities
            ev("CONSULT", "negotiate", ["France", "Chad"], ["Chad", "France"], "planned"),
            # In February 2019, French jets struck a column ... of the UFR
            ev("ASSAULT", "air", ["France"], ["Union of Resistance Forces"], date="2019-02"),
            # Last year it gave Chad about 5 million euros in military aid
            ev("AID", "military", ["France"], ["Chad"], date="2023"),
            # France would have cut its forces in Chad, Gabon, Ivory Coast and Senegal (the plan
            # Paris had drawn up), two sources familiar with the plan said
            ev(
                "RETREAT",
                "withdraw",
                ["France"],
                ["Chad", "Gabon", "Ivory Coast", "Senegal"],
                "planned",
                "sources familiar with the plan",
            ),
            # Faye said ... that France would have to close its military bases in his country
            ev("REQUEST", "withdraw", ["Bassirou Diomaye Faye"], ["France"], date="2024-11-28"),
            # It pulled some 5,000 troops ... out of Mali in 2022
            ev("RETREAT", "withdraw", ["France"], ["Mali"], date="2022"),
            # ... withdrew about 1,500 soldiers from Niger ... in 2023
            ev("RETREAT", "withdraw", ["France"], ["Niger"], date="2023"),
            # ... and between 300 and 400 special forces from Burkina Faso in 2023
            ev("RETREAT", "withdraw", ["France"], ["Burkina Faso"], date="2023"),
            # ... after the military juntas ruling them demanded their departure
            ev("REQUEST", "withdraw", ["Mali", "Niger", "Burkina Faso"], ["France"]),
            # Moscow has sent military instructors and fighters to Mali, Burkina Faso and Niger
            ev("AID", "personnel", ["Russia"], ["Mali", "Burkina Faso", "Niger"]),
            # Deby held talks with President Vladimir Putin in Moscow in January
            ev(
                "CONSULT",
                "meet",
                [DEBY, PUTIN],
                [PUTIN, DEBY],
                date="2024-01",
                location="Moscow",
            ),
            # Saleh: "Russia may offer weapons and instructors" (also "Analysts say Russia could
            # try to fill the gap")
            ev("AID", "military", ["Russia"], ["Chad"], "speculated", SALEH),
            # ... "and N'Djamena might well accept"
            ev("AGREE", "accept", ["Chad"], ["Russia"], "speculated", SALEH),
            # the UAE, which pledged a loan of 1.5 billion dollars to N'Djamena in June 2023
            ev("AGREE", "pledge", [UAE], ["Chad"], date="2023-06"),
            # ... the pledged loan itself
            ev("AID", "economic", [UAE], ["Chad"], "planned"),
        ],
        "claims": [
            cl(
                1000,
                "soldiers",
                "French soldiers to withdraw from Chad",
                "planned",
                approximate=True,
            ),
            cl(3, "bases", "French bases in Chad"),
            cl(40, "pickup trucks", "rebel pickup trucks struck by French jets in 2019", approximate=True),
            cl(
                20000000,
                "EUR",
                "France's yearly spending on its presence in Chad",
                "reported",
                "a French parliamentary report",
                approximate=True,
            ),
            cl(5000000, "EUR", "French military aid to Chad last year", approximate=True),
            cl(
                2300,
                "troops",
                "French forces in Chad, Gabon, Ivory Coast and Senegal before the planned cut",
                "reported",
                "sources familiar with the plan",
                approximate=True,
            ),
            cl(
                600,
                "troops",
                "French forces in the four countries after the planned cut",
                "planned",
                "sources familiar with the plan",
                approximate=True,
            ),
            cl(
                300,
                "troops",
                "French troops to be kept in Chad under the plan",
                "planned",
                "sources familiar with the plan",
                approximate=True,
            ),
            cl(
                100,
                "troops",
                "French troops to be kept in each of Gabon, Ivory Coast and Senegal",
                "planned",
                "sources familiar with the plan",
                approximate=True,
            ),
            cl(1500, "troops", "French troops based in Djibouti", approximate=True),
            cl(350, "soldiers", "French soldiers stationed in Senegal", approximate=True),
            cl(5000, "troops", "Barkhane troops pulled out of Mali in 2022", approximate=True),
            cl(1500, "soldiers", "French soldiers withdrawn from Niger in 2023", approximate=True),
            cl(
                300,
                "special forces",
                "French special forces withdrawn from Burkina Faso in 2023",
                upper=400,
            ),
            cl(18000000, "people", "population of Chad", approximate=True),
            cl(
                0.5,
                "share",
                "share of Chad's population below the poverty line",
                approximate=True,
            ),
            cl(
                1100000,
                "refugees",
                "refugees hosted by Chad",
                "reported",
                "UNHCR",
                approximate=True,
            ),
            cl(
                700000,
                "refugees",
                "Sudanese refugees arrived in Chad since April 2023",
                "reported",
                "UNHCR",
                approximate=True,
            ),
            cl(1500000000, "USD", "loan the UAE pledged to Chad", "planned"),
            cl(
                0.7,
                "share",
                "share of France's remaining troops in Africa in countries that asked them to "
                "leave or are reviewing their presence",
                "reported",
                "Le Figaro",
                approximate=True,
            ),
        ],
        "notes": [
            "Ending a defence cooperation agreement is SANCTION (agreement), as in blind2; 'the "
            "government said' makes it reported with Chad as source. The withdrawal it forces "
            "is the writer's planned RETREAT; the 1,000 soldiers are the planned withdrawal's "
            "size (planned, unattributed).",
            "Barrot's stay in N'Djamena and his meeting with Deby are one CONSULT (meet), mutual.",
            "France's 'taken note' is not an event; its talks with the Chadian authorities are "
            "its own plan (planned, no source), mutual.",
            "Koulamallah's 'obsolete', 'fully assert its sovereignty' and 'not a rupture' justify "
            "his own side's act: no event. 'France keeps troops at three bases' and 'flies "
            "Mirage 2000 jets' are states of affairs; hosting refugees is not coded.",
            "The superseded drawdown plan is a planned RETREAT by France from the four "
            "countries, sourced to the unnamed sources; the current total (2,300) is reported by "
            "them, the targets (600, 300, 100) are planned.",
            "Faye's 'France would have to close its military bases' is a demand: REQUEST to "
            "France (the object of the request is not a separate event). The 2022-2023 "
            "withdrawals are three RETREATs, one per country; the juntas' demands one REQUEST.",
            "'Analysts say Russia could try to fill the gap' and Saleh's 'Russia may offer "
            "weapons and instructors' are one speculated AID, sourced to Saleh who names the "
            "act; 'not going to swap Paris for Moscow overnight' is negated speculation. 'Chad "
            "has deepened ties with the UAE' is a trend; the UAE's loan pledge is AGREE plus "
            "the planned AID, and its amount is planned.",
            "'countries whose governments have asked them to leave' names no government: no "
            "event beyond the coded ones.",
        ],
    },
    # ------------------------------------------------------------------ (4) analysis, hedges
    "2024-12-01-georgia-protests-eu-talks-suspended.txt": {
        "title": "ANALYSIS: Georgia's EU freeze could lock the country into a long standoff",
        "published": "2024-12-01",
        "entities": [
            ent("Georgia", "GPE", "Tbilisi"),
            ent(EU, "ORG", "EU", "Brussels"),
            ent("South Caucasus", "LOC"),
            ent(KOB, "PERSON", "Kobakhidze"),
            ent("European Parliament", "ORG"),
            ent("Bidzina Ivanishvili", "PERSON"),
            ent(GD, "ORG"),
            ent("Rustaveli Avenue", "FAC"),
            ent(PARL, "ORG", "parliament"),
            ent(UNM, "ORG", "UNM"),
            ent("Maidan", "EVENT"),
            ent(ZOUR, "PERSON"),
            ent("Russia", "GPE", "Russian"),
            ent("Mikheil Kavelashvili", "PERSON"),
            ent(US, "GPE"),
            ent("State Department", "ORG"),
            ent("Matthew Miller", "PERSON"),
            ent("Constitution of Georgia", "LAW", "Georgian constitution"),
            ent("Kaja Kallas", "PERSON"),
            ent("Lithuania", "GPE"),
            ent("Latvia", "GPE"),
            ent("Estonia", "GPE"),
            ent("Hungary", "GPE"),
            ent("Natia Gelashvili", "PERSON"),
            ent("Abkhazia", "GPE"),
            ent("South Ossetia", "GPE"),
            ent("Georgian", "NORP"),
            ent("Ukrainian", "NORP"),
            ent("Western", "NORP"),
        ],
        "events": [
            # Kobakhidze's government suspended talks on joining the EU on Thursday (the lead's
            # "shelving the country's bid" and Miller's "announcement ... to suspend" are the same)
            ev("SANCTION", "halt negotiations", ["Georgia"], [EU], date="2024-11-28"),
            # It also said it would refuse EU budget grants until then (own announced plan)
            ev("REJECT", "aid", ["Georgia"], [EU], "planned"),
            # Kobakhidze accused the European Parliament of using the process to "blackmail"
            ev("ACCUSE", "accusation", [KOB], ["European Parliament"]),
            # hours before, the European Parliament passed a resolution calling for a rerun ...
            # and for sanctions on senior Georgian officials
            ev("REQUEST", "policy", ["European Parliament"], ["Georgia"], date="2024-11-28"),
            # Since Thursday night, thousands of people have gathered outside parliament
            ev("PROTEST", "demonstrate", [], ["Georgia"], date="2024-11-28", location="Tbilisi"),
            # Riot police have used water cannon, tear gas and pepper spray to clear the crowds
            ev("COERCE", "tear gas", ["Georgia"], [], location="Tbilisi"),
            # The interior ministry said ... 107 people had been detained the previous night
            ev("COERCE", "arrest", ["Georgia"], [], "reported", "Georgia", "2024-11-29"),
            # Kobakhidze accused the UNM and its allies of trying to stage a "Maidan" revolution
            ev("ACCUSE", "accusation", [KOB], [UNM]),
            # "Anyone who breaks the law will be punished ..." (nobody named)
            ev("THREATEN", "warn", [KOB], [], "planned"),
            # Zourabichvili said on Saturday she would not step down ... or hand her office to a
            # successor chosen by parliament
            ev("REJECT", "step down", [ZOUR], [PARL], date="2024-11-30"),
            # ... what she called an "illegitimate" parliament
            ev("ACCUSE", "illegitimate", [ZOUR], [PARL], date="2024-11-30"),
            # She has accused Georgian Dream of rigging the October vote with Russian help
            ev("ACCUSE", "accusation", [ZOUR], [GD, "Russia"]),
            # ... a charge the party denies
            ev("REJECT", "deny", [GD], [ZOUR], "denied"),
            # The United States on Saturday suspended its strategic partnership with Georgia
            ev("SANCTION", "agreement", [US], ["Georgia"], date="2024-11-30"),
            # Miller: the announcement by Georgian Dream "is a betrayal of the Georgian constitution"
            ev("ACCUSE", "disapprove", ["Matthew Miller"], [GD]),
            # Kallas condemned the violence against peaceful demonstrators (the police: Georgia)
            ev("ACCUSE", "disapprove", ["Kaja Kallas"], ["Georgia"]),
            # ... and said the bloc could consider "measures" against the Georgian authorities
            ev("THREATEN", "sanctions", ["Kaja Kallas"], ["Georgia"], "speculated"),
            # The foreign ministers of Lithuania, Latvia and Estonia urged Tbilisi to release
            # those detained
            ev("REQUEST", "release", ["Lithuania", "Latvia", "Estonia"], ["Georgia"]),
            # Some analysts suggest Brussels might suspend visa-free travel for Georgian citizens
            ev("SANCTION", "visa", [EU], ["Georgia"], "speculated", "analysts"),
            # Others believe the EU is more likely to target individuals (none named)
            ev("SANCTION", "sanctions", [EU], [], "speculated", "analysts"),
            # ... and Hungary has signalled it would block them
            ev("REJECT", "veto", ["Hungary"], [EU], "planned"),
            # More than 200 civil servants and several ambassadors have signed open letters
            # opposing the decision (unnamed people)
            ev("ACCUSE", "disapprove", [], ["Georgia"]),
            # During the campaign Georgian Dream promised to ban the UNM (own side's act)
            ev("THREATEN", "ban", [GD], [UNM], "planned"),
        ],
        "claims": [
            cl(107, "people", "people detained on the night to Saturday", "reported", "Georgia"),
            cl(224, "people", "people detained over three nights of protests", "reported", "Georgia"),
            cl(32, "police officers", "police officers injured", "reported", "Georgia"),
            cl(27, "member states", "EU member states whose backing sanctions need"),
            cl(
                0.8,
                "share",
                "support for EU membership in Georgia",
                "reported",
                "Natia Gelashvili",
                approximate=True,
            ),
            cl(200, "civil servants", "civil servants who signed open letters", approximate=True),
            cl(3700000, "people", "population of Georgia", approximate=True),
            cl(
                0.2,
                "share",
                "share of Georgia's territory in Abkhazia and South Ossetia",
                approximate=True,
            ),
        ],
        "notes": [
            "The suspension of accession talks is SANCTION (halting negotiations), by Georgia as "
            "'Kobakhidze's government'; the lead's 'shelving the country's bid', 'the "
            "announcement' and Miller's 'announcement by Georgian Dream to suspend EU accession' "
            "are the same act. Refusing EU budget grants, announced by the government for the "
            "coming years, is a planned REJECT.",
            "The European Parliament's resolution is one REQUEST to Georgia; the sanctions it "
            "calls for (on Kobakhidze and Ivanishvili) are its object, not an event.",
            "Protesters have no name: PROTEST with no actor; water cannon and tear gas (one "
            "sentence, one act) and the detentions are COERCE by Georgia with an empty target; "
            "the detentions are reported by the interior ministry. The 32 injured officers name "
            "no doer: claim only.",
            "Zourabichvili's refusal to step down is a REJECT, and calling the parliament "
            "'illegitimate' an ACCUSE, both targeting the parliament that would choose her "
            "successor. Georgian Dream's nomination of Kavelashvili and the electoral college "
            "vote are internal: not coded.",
            "Kallas's 'could consider measures' is her side's hedged act: THREATEN, speculated, no "
            "source. 'Others believe' (after 'Some analysts suggest') is sourced to analysts.",
            "Hungary's signalled veto of EU sanctions is a planned REJECT (veto) of the EU.",
            "The civil servants' open letters are criticism by unnamed people: ACCUSE with no "
            "actor; the deputy minister's resignation is not coded. 'analysts say that threat "
            "might now be revived' is not a second THREATEN; 'Georgian Dream could respond by "
            "tightening its grip' names no act.",
            "'became an EU candidate country' names no actor: not coded. The nav trail and the "
            "reader comments produce no events, claims or entities.",
        ],
    },
}

write_gold(HERE, PAGES)

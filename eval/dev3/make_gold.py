"""Writes eval/dev3/gold/*.json (facts-only gold, hand-written without running the extractor).

Each page: title, published, entities (name, type, aliases), events and claims in the contract's
shape; `text` and `evidence` are null (scored on facts alone). Conventions follow
docs/annotation.md; the choices it leaves open are listed in eval/dev3/README.md.
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent


sys.path.insert(0, str(HERE.parent))
from goldkit import cl, ent, ev, write_gold  # noqa: E402

BF = "Burkina Faso"
EU = "European Union"
ECOWAS = "Economic Community of West African States"
NK = "North Korea"
SK = "South Korea"
US = "United States"
UNSC = "UN Security Council"
UAE = "United Arab Emirates"

PAGES = {
    # ------------------------------------------------------------------ (1) Sahel expulsion
    "2025-02-12-burkina-faso-expels-eu-mission.txt": {
        "title": "Burkina Faso junta orders EU military mission out, West African bloc voices regret",
        "published": "2025-02-12",
        "entities": [
            ent(BF, "GPE", "Ouagadougou"),
            ent(EU, "ORG", "EU", "Brussels"),
            ent("RTB", "ORG"),
            ent("Ibrahim Traore", "PERSON", "Traore"),
            ent(ECOWAS, "ORG", "ECOWAS"),
            ent("Alliance of Sahel States", "ORG"),
            ent("Mali", "GPE"),
            ent("Niger", "GPE"),
            ent("Niamey", "GPE"),
            ent("Bakary Yaou Sangare", "PERSON"),
            ent("Sahel", "LOC"),
            ent("Russia", "GPE"),
            ent("Africa Corps", "ORG"),
            ent("al-Qaeda", "ORG"),
            ent("Islamic State", "ORG"),
            ent("United Nations", "ORG", "UN"),
            ent("Russian", "NORP"),
        ],
        "events": [
            # ordered the mission to leave ... state broadcaster RTB reported
            ev("SANCTION", "expel", [BF], [EU], "reported", "RTB", "2025-02-11"),
            # accusing its members of "interfering in national sovereignty"
            ev("ACCUSE", "interference", [BF], [EU], "reported", "RTB", "2025-02-11"),
            # ECOWAS "deeply regretted" the junta's decision
            ev("ACCUSE", "disapprove", [ECOWAS], [BF], date="2025-02-12"),
            # ... and urged Ouagadougou to keep working with its security partners
            ev("REQUEST", "policy", [ECOWAS], [BF], date="2025-02-12"),
            # the Alliance of Sahel States backed the expulsion (doer of the expulsion)
            ev("SUPPORT", "diplomatic", ["Alliance of Sahel States"], [BF], location="Niamey"),
            # Sangare accused the EU of treating the Sahel "as a playground"
            ev("ACCUSE", "disapprove", ["Bakary Yaou Sangare"], [EU]),
            # an EU spokesperson rejected the junta's accusation of interference
            ev("REJECT", "deny", [EU], [BF], "denied"),
            # ... and would withdraw its staff (military advisers leaving: RETREAT)
            ev("RETREAT", "withdraw", [EU], [BF], "planned"),
            # the EU has spent roughly EUR 600 million on programmes in Burkina Faso
            ev("AID", "economic", [EU], [BF]),
            # analysts say the junta may lean more heavily on Russia's Africa Corps
            ev("AID", "military", ["Russia"], [BF], "speculated", "analysts"),
            # the Russian force sent about 300 fighters ..., according to Western diplomats
            ev("AID", "personnel", ["Russia"], [BF], "reported", "Western diplomats", "2024-01"),
        ],
        "claims": [
            cl(120, "personnel", "military personnel in the EU mission", approximate=True),
            cl(
                600000000,
                "EUR",
                "EU spending on programmes in Burkina Faso since 2020",
                approximate=True,
            ),
            cl(
                300,
                "fighters",
                "Africa Corps fighters sent to Burkina Faso",
                "reported",
                "Western diplomats",
                approximate=True,
            ),
            cl(
                0.4,
                "share",
                "share of Burkina Faso's territory controlled by armed groups",
                "estimated",
                approximate=True,
            ),
            cl(
                2000000,
                "people",
                "people displaced in Burkina Faso",
                "reported",
                "United Nations",
                approximate=True,
            ),
        ],
    },
    # ------------------------------------------------------------------ (2) missile test
    "2025-10-08-north-korea-icbm-launch.txt": {
        "title": "North Korea fires suspected ICBM as UN Security Council prepares to meet",
        "published": "2025-10-08",
        "entities": [
            ent(NK, "GPE", "Pyongyang"),
            ent(SK, "GPE", "Seoul"),
            ent("Joint Chiefs of Staff", "ORG"),
            ent("Japan", "GPE", "Tokyo"),
            ent("Kim Yo Jong", "PERSON"),
            ent("Kim Jong Un", "PERSON"),
            ent(US, "GPE", "US", "Washington"),
            ent("Minoru Kihara", "PERSON", "Kihara"),
            ent("China", "GPE", "Beijing"),
            ent("Russia", "GPE"),
            ent(UNSC, "ORG", "Security Council", "United Nations Security Council"),
            ent("Stockholm International Peace Research Institute", "ORG", "SIPRI"),
        ],
        "events": [
            # fired a suspected ICBM into the sea, South Korea's Joint Chiefs of Staff said
            ev(
                "ASSAULT",
                "missile",
                [NK],
                [],
                "reported",
                "South Korea's Joint Chiefs of Staff",
                "2025-10-08",
            ),
            # Kim Yo Jong warned Pyongyang would bolster its deterrent in response to ...
            ev("THREATEN", "warn", ["Kim Yo Jong"], [US, SK], "planned", date="2025-10-07"),
            # ... what she called hostile moves by the United States and South Korea
            ev("ACCUSE", "hostile", ["Kim Yo Jong"], [US, SK], date="2025-10-07"),
            # South Korea's presidential office condemned the launch
            ev("ACCUSE", "disapprove", [SK], [NK]),
            # Japan lodged a protest with North Korea (a government protest is ACCUSE)
            ev("ACCUSE", "disapprove", ["Japan"], [NK]),
            # joint statement: the launch violated UN Security Council resolutions
            ev("ACCUSE", "violation", [US, "Japan", SK], [NK]),
            # ... and urged Pyongyang to return to talks
            ev("REQUEST", "negotiate", [US, "Japan", SK], [NK]),
            # the Council meets at the request of the three countries, diplomats said
            ev("REQUEST", "meet", [US, "Japan", SK], [UNSC], "reported", "diplomats"),
            # the Security Council will meet on Friday to discuss the launch
            ev("CONSULT", "multilateral", [UNSC], [NK], "planned", "diplomats", "2025-10-10"),
            # China and Russia vetoed a US-drafted resolution in May 2022
            ev("SANCTION", "veto", ["China", "Russia"], [UNSC], date="2022-05"),
            # ... are likely to veto any new measures, analysts say
            ev("SANCTION", "veto", ["China", "Russia"], [UNSC], "speculated", "analysts"),
            # Beijing called for restraint from "all parties" (unnamed: empty target)
            ev("REQUEST", "restraint", ["China"], []),
        ],
        "claims": [
            cl(
                1000,
                "kilometres",
                "distance flown by the missile",
                "reported",
                "Japan's defence ministry",
                approximate=True,
            ),
            cl(
                6000,
                "kilometres",
                "altitude reached by the missile",
                "reported",
                "Japan's defence ministry",
                approximate=True,
            ),
            cl(
                50,
                "warheads",
                "nuclear warheads North Korea has fissile material for",
                "estimated",
                "Stockholm International Peace Research Institute",
                approximate=True,
            ),
        ],
    },
    # ------------------------------------------------------------------ (3) steel tariffs
    "2025-06-18-korea-china-steel-tariffs.txt": {
        "title": "China hits back at South Korean steel duties with tariffs of its own",
        "published": "2025-06-18",
        "entities": [
            ent("China", "GPE", "Beijing"),
            ent(SK, "GPE", "Seoul"),
            ent("POSCO", "ORG"),
            ent("He Yongqian", "PERSON"),
            ent("World Trade Organization", "ORG", "WTO"),
            ent("Ahn Duk-geun", "PERSON"),
            ent("Korea International Trade Association", "ORG"),
            ent("Chinese", "NORP"),
            ent("Korean", "NORP", "South Korean"),
        ],
        "events": [
            # China imposed anti-dumping duties on stainless steel from South Korea
            ev("SANCTION", "tariffs", ["China"], [SK], date="2025-06-18"),
            # Seoul's provisional duties on Chinese steel plate (lead and third paragraph)
            ev("SANCTION", "tariffs", [SK], ["China"], date="2025-06"),
            # the ministry accused South Korean producers of selling at unfairly low prices
            ev("ACCUSE", "dumping", ["China"], [SK]),
            # South Korea's trade ministry said Chinese mills had been dumping below cost
            ev("ACCUSE", "dumping", [SK], ["China"]),
            # Beijing "strongly condemns" Seoul's measures
            ev("ACCUSE", "disapprove", ["China"], [SK], date="2025-06-18"),
            # ... and will take "all necessary steps" to protect its companies
            ev("THREATEN", "retaliate", ["China"], [SK], "planned", date="2025-06-18"),
            # China had filed a complaint with the WTO
            ev("ACCUSE", "complaint", ["China"], [SK]),
            # Ahn: Seoul would review "every option" in response
            ev("THREATEN", "respond", ["Ahn Duk-geun"], ["China"], "planned"),
            # ... and called for talks with Chinese officials
            ev("REQUEST", "negotiate", ["Ahn Duk-geun"], ["China"]),
            # analysts say Beijing could extend the duties to other Korean products
            ev("SANCTION", "tariffs", ["China"], [SK], "speculated", "analysts"),
        ],
        "claims": [
            cl(0.25, "share", "top rate of China's anti-dumping duties on Korean stainless steel"),
            cl(
                0.112,
                "share",
                "range of China's duties on Korean stainless steel",
                "reported",
                "China's commerce ministry",
                upper=0.25,
            ),
            cl(
                5,
                "steelmakers",
                "Korean steelmakers covered by China's duties",
                "reported",
                "China's commerce ministry",
            ),
            cl(
                0.279,
                "share",
                "range of South Korea's provisional duties on Chinese steel plate",
                upper=0.38,
            ),
            cl(
                0.333,
                "share",
                "rise in South Korean imports of Chinese steel plate last year",
                "reported",
                "South Korea's trade ministry",
                approximate=True,
            ),
            cl(
                2100000000,
                "USD",
                "South Korean stainless steel exports to China last year",
                "reported",
                "Korea International Trade Association",
                approximate=True,
            ),
            cl(
                0.08,
                "share",
                "stainless steel exports to China in South Korea's steel exports",
                "reported",
                "Korea International Trade Association",
                approximate=True,
            ),
            cl(0.5, "share", "China's share of world steel output", approximate=True),
        ],
    },
    # ------------------------------------------------------------------ (4) Caucasus treaty
    "2025-11-20-armenia-azerbaijan-peace-treaty.txt": {
        "title": "Armenia and Azerbaijan sign peace treaty in Astana",
        "published": "2025-11-20",
        "entities": [
            ent("Armenia", "GPE", "Yerevan"),
            ent("Azerbaijan", "GPE", "Baku"),
            ent("Nikol Pashinyan", "PERSON", "Pashinyan"),
            ent("Ilham Aliyev", "PERSON", "Aliyev"),
            ent("Kassym-Jomart Tokayev", "PERSON", "Tokayev"),
            ent("Kazakhstan", "GPE"),
            ent("Astana", "GPE"),
            ent("Karabakh", "GPE"),
            ent("Ararat Mirzoyan", "PERSON"),
            ent("Jeyhun Bayramov", "PERSON"),
            ent("Russia", "GPE"),
            ent("Maria Zakharova", "PERSON"),
            ent(EU, "ORG", "EU"),
            ent("Kaja Kallas", "PERSON"),
            ent("Asian Development Bank", "ORG"),
            ent("Armenian", "NORP", "Armenians"),
            ent("Azerbaijani", "NORP"),
            ent("Kazakh", "NORP"),
        ],
        "events": [
            # Pashinyan and Aliyev signed a peace treaty on Thursday in Astana
            ev(
                "AGREE",
                "treaty",
                ["Nikol Pashinyan", "Ilham Aliyev"],
                ["Ilham Aliyev", "Nikol Pashinyan"],
                date="2025-11-20",
                location="Astana",
            ),
            # ... in a ceremony hosted by President Tokayev (third-party host)
            ev(
                "CONSULT",
                "third-party",
                ["Kassym-Jomart Tokayev"],
                ["Nikol Pashinyan", "Ilham Aliyev"],
                date="2025-11-20",
                location="Astana",
            ),
            # the treaty commits the two sides ..., according to the Armenian foreign ministry
            ev(
                "AGREE",
                "treaty",
                ["Armenia", "Azerbaijan"],
                ["Azerbaijan", "Armenia"],
                "reported",
                "Armenian foreign ministry",
            ),
            # ... to recognise each other's territorial integrity (the promised act)
            ev(
                "SUPPORT",
                "recognition",
                ["Armenia", "Azerbaijan"],
                ["Azerbaijan", "Armenia"],
                "planned",
                "Armenian foreign ministry",
            ),
            # talks between Baku and Yerevan had stalled
            ev("CONSULT", "negotiate", ["Azerbaijan", "Armenia"], ["Armenia", "Azerbaijan"]),
            # Azerbaijan's demand that Armenia amend its constitution
            ev("REQUEST", "policy", ["Azerbaijan"], ["Armenia"]),
            # Kazakhstan stepped in as mediator, hosting four rounds of negotiations
            ev("CONSULT", "third-party", ["Kazakhstan"], ["Armenia", "Azerbaijan"]),
            # ... negotiations between the two foreign ministers
            ev(
                "CONSULT",
                "negotiate",
                ["Ararat Mirzoyan", "Jeyhun Bayramov"],
                ["Jeyhun Bayramov", "Ararat Mirzoyan"],
            ),
            # Pashinyan thanked Tokayev for his mediation
            ev("SUPPORT", "praise", ["Nikol Pashinyan"], ["Kassym-Jomart Tokayev"]),
            # Aliyev said Azerbaijan still expected Armenia to hold a referendum
            ev("REQUEST", "policy", ["Ilham Aliyev"], ["Armenia"]),
            # Zakharova welcomed the signing (targets its doers)
            ev("SUPPORT", "diplomatic", ["Maria Zakharova"], ["Nikol Pashinyan", "Ilham Aliyev"]),
            # ... but accused Armenia of "drifting westward"
            ev("ACCUSE", "disapprove", ["Maria Zakharova"], ["Armenia"]),
            # the EU said it was ready to help demarcate the border: intent (AGREE) ...
            ev("AGREE", "assist", [EU], ["Armenia", "Azerbaijan"]),
            # ... and the planned help itself
            ev("AID", "technical", [EU], ["Armenia", "Azerbaijan"], "planned"),
            # Kallas is due to visit Yerevan and Baku next month
            ev(
                "CONSULT",
                "visit",
                ["Kaja Kallas"],
                ["Armenia", "Azerbaijan"],
                "planned",
                date="2025-12",
            ),
        ],
        "claims": [
            cl(4, "rounds", "rounds of negotiations hosted by Kazakhstan"),
            cl(1000, "kilometres", "length of the Armenia-Azerbaijan border", approximate=True),
            cl(
                100000,
                "people",
                "ethnic Armenians who left Karabakh in September 2023",
                "reported",
                "Armenian government",
                approximate=True,
            ),
            cl(
                5000000000,
                "USD",
                "yearly regional trade reopened links could add",
                "estimated",
                "Asian Development Bank",
                approximate=True,
            ),
        ],
    },
    # ------------------------------------------------------------------ (5) prisoner swap
    "2025-09-12-russia-ukraine-prisoner-swap.txt": {
        "title": "Russia and Ukraine swap prisoners in exchange brokered by the UAE",
        "published": "2025-09-12",
        "entities": [
            ent("Russia", "GPE", "Moscow"),
            ent("Ukraine", "GPE", "Kyiv"),
            ent(UAE, "GPE", "UAE", "Emirates", "Abu Dhabi"),
            ent("Volodymyr Zelensky", "PERSON", "Zelensky"),
            ent("Telegram", "ORG"),
            ent("Dmytro Lubinets", "PERSON"),
            ent("Belarus", "GPE"),
            ent("Coordination Headquarters for the Treatment of Prisoners of War", "ORG"),
            ent("Ukrainian", "NORP", "Ukrainians"),
            ent("Russian", "NORP"),
            ent("Emirati", "NORP"),
        ],
        "events": [
            # Russia and Ukraine exchanged 146 prisoners each (release of prisoners: RETREAT)
            ev(
                "RETREAT",
                "release",
                ["Russia", "Ukraine"],
                ["Ukraine", "Russia"],
                "reported",
                "Russia's defence ministry",
                "2025-09-12",
            ),
            # ... in a swap brokered by the UAE
            ev(
                "CONSULT",
                "third-party",
                [UAE],
                ["Russia", "Ukraine"],
                "reported",
                "Russia's defence ministry",
                "2025-09-12",
            ),
            # Zelensky thanked the Emirates for their help
            ev("SUPPORT", "praise", ["Volodymyr Zelensky"], [UAE]),
            # Russia's defence ministry accused Kyiv of delaying the exchange
            ev("ACCUSE", "obstruction", ["Russia"], ["Ukraine"]),
            # ... a charge Ukrainian officials rejected
            ev("REJECT", "deny", ["Ukraine"], ["Russia"], "denied"),
            # Abu Dhabi helped reunite Ukrainian children, according to Ukrainian officials
            ev("AID", "humanitarian", [UAE], ["Ukraine"], "reported", "Ukrainian officials"),
            # Zelensky urged Russia to agree to an "all for all" exchange
            ev("REQUEST", "exchange", ["Volodymyr Zelensky"], ["Russia"]),
            # analysts say the Gulf state could host broader talks ...
            ev("CONSULT", "third-party", [UAE], ["Russia", "Ukraine"], "speculated", "analysts"),
            # ... talks between Russia and Ukraine
            ev(
                "CONSULT",
                "negotiate",
                ["Russia", "Ukraine"],
                ["Ukraine", "Russia"],
                "speculated",
                "analysts",
            ),
            # more than 60 exchanges since February 2022, according to the headquarters
            ev(
                "RETREAT",
                "release",
                ["Russia", "Ukraine"],
                ["Ukraine", "Russia"],
                "reported",
                "Coordination Headquarters for the Treatment of Prisoners of War",
            ),
        ],
        "claims": [
            cl(
                146,
                "prisoners",
                "prisoners of war each side released",
                "reported",
                "Russia's defence ministry",
            ),
            cl(
                8,
                "civilians",
                "civilians among the freed Ukrainians",
                "reported",
                "Volodymyr Zelensky",
            ),
            cl(
                0.333,
                "share",
                "share of freed Ukrainians needing hospital treatment",
                "reported",
                "Dmytro Lubinets",
                approximate=True,
            ),
            cl(
                4500,
                "captives",
                "captives freed through UAE mediation",
                "reported",
                "Emirati foreign ministry",
                approximate=True,
            ),
            cl(
                8000,
                "people",
                "Ukrainians in Russian captivity",
                "estimated",
                "Ukraine",
                approximate=True,
            ),
            cl(
                1800,
                "civilians",
                "Ukrainian civilians in Russian captivity",
                "estimated",
                "Ukraine",
                approximate=True,
            ),
            cl(
                60,
                "exchanges",
                "prisoner exchanges since February 2022",
                "reported",
                "Coordination Headquarters for the Treatment of Prisoners of War",
                approximate=True,
            ),
        ],
    },
    # ------------------------------------------------------------------ (6) cyberattack
    "2025-07-18-eu-sanctions-gru-lithuania-hack.txt": {
        "title": "EU sanctions Russian intelligence officers over cyberattack on Lithuanian grid",
        "published": "2025-07-18",
        "entities": [
            ent(EU, "ORG", "EU"),
            ent("Russia", "GPE", "Moscow"),
            ent("GRU", "ORG"),
            ent("Lithuania", "GPE", "Vilnius"),
            ent("Litgrid", "ORG"),
            ent("Sandworm", "ORG"),
            ent("Kestutis Budrys", "PERSON", "Budrys"),
            ent("National Cyber Security Centre", "ORG"),
            ent("Ukraine", "GPE"),
            ent("Kremlin", "ORG"),
            ent("Dmitry Peskov", "PERSON", "Peskov"),
            ent("Kaja Kallas", "PERSON", "Kallas"),
            ent("United Kingdom", "GPE", "Britain"),
            ent(US, "GPE"),
            ent("Soviet Union", "GPE"),
            ent("Russian", "NORP"),
            ent("Lithuanian", "NORP"),
            ent("European", "NORP"),
        ],
        "events": [
            # the EU imposed sanctions on six officers of Russia's GRU
            ev("SANCTION", "sanctions", [EU], ["Russia"], date="2025-07-18"),
            # the attack on Litgrid was carried out by Sandworm, Budrys said
            ev(
                "ASSAULT",
                "cyber",
                ["Russia"],
                ["Lithuania"],
                "reported",
                "Kestutis Budrys",
                "2025-03",
            ),
            # ... which is Lithuania's blame of Russia, said by its own foreign minister
            ev("ACCUSE", "accusation", ["Kestutis Budrys"], ["Russia"]),
            # investigators traced the malware to servers the unit had used
            ev("ACCUSE", "investigate", ["Lithuania"], ["Russia"], "reported", "Kestutis Budrys"),
            # ... in earlier attacks on Ukraine's power network
            ev("ASSAULT", "cyber", ["Russia"], ["Ukraine"], "reported", "Kestutis Budrys"),
            # Vilnius summoned Russia's charge d'affaires in protest
            ev("ACCUSE", "disapprove", ["Lithuania"], ["Russia"], date="2025-07-17"),
            # ... and demanded that Moscow hand over the officers
            ev("REQUEST", "extradite", ["Lithuania"], ["Russia"], date="2025-07-17"),
            # Peskov rejected the accusation as "groundless"
            ev("REJECT", "deny", ["Dmitry Peskov"], ["Lithuania"], "denied"),
            # ... and said Moscow would respond to the sanctions
            ev("THREATEN", "retaliate", ["Dmitry Peskov"], [EU], "planned"),
            # Kallas urged Moscow to halt ...
            ev("REQUEST", "halt", ["Kaja Kallas"], ["Russia"]),
            # ... what she called a campaign of sabotage
            ev("ACCUSE", "sabotage", ["Kaja Kallas"], ["Russia"]),
            # analysts say Britain and the United States may follow with measures
            ev(
                "SANCTION",
                "sanctions",
                ["United Kingdom", US],
                ["Russia"],
                "speculated",
                "analysts",
            ),
        ],
        "claims": [
            cl(6, "officers", "GRU officers sanctioned by the EU"),
            cl(
                40000,
                "homes",
                "homes left without electricity by the cyberattack",
                approximate=True,
            ),
            cl(27, "member states", "EU member states the officers are barred from"),
            cl(14000000, "EUR", "cost of the outage", "estimated", "Litgrid"),
            cl(
                0.45,
                "share",
                "rise in cyber incidents targeting Lithuanian state institutions",
                "reported",
                "National Cyber Security Centre",
            ),
        ],
    },
}

write_gold(HERE, PAGES)

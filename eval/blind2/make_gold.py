"""Writes eval/blind2/gold/*.json (facts-only gold, hand-written blind: without running the
extractor on these pages and without looking at any extractor output).

Each page: title, published, entities (name, type, aliases), events and claims in the contract's
shape; `text` and `evidence` are null (scored on facts alone). Conventions follow
docs/annotation.md; the choices it leaves open are listed in eval/blind2/README.md, and the
judgement calls made on one page are in that page's `notes`.
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent


sys.path.insert(0, str(HERE.parent))
from goldkit import cl, ent, ev, write_gold  # noqa: E402

US = "United States"
UK = "United Kingdom"
UNSC = "UN Security Council"
UN = "United Nations"
EU = "European Union"
DRC = "Democratic Republic of the Congo"
ELN = "National Liberation Army"
F33 = "33rd Front"
ECOWAS = "Economic Community of West African States"
SONNA = "Somali National News Agency"
ICJ = "International Court of Justice"
CARICOM = "Caribbean Community"

PAGES = {
    # ------------------------------------------------------------------ (1) Red Sea strikes
    "2024-01-12-us-uk-strikes-houthis-yemen.txt": {
        "title": "US and British forces strike Houthi targets in Yemen after Red Sea attacks",
        "published": "2024-01-12",
        "entities": [
            ent(US, "GPE", "US", "Washington"),
            ent(UK, "GPE", "London"),
            ent("Houthis", "ORG", "Houthi"),
            ent("Yemen", "GPE"),
            ent("Sanaa", "GPE"),
            ent("Red Sea", "LOC"),
            ent("Joe Biden", "PERSON"),
            ent("Rishi Sunak", "PERSON"),
            ent("Royal Air Force", "ORG"),
            ent("Typhoon", "PRODUCT"),
            ent("Ministry of Defence", "ORG"),
            ent("Yahya Saree", "PERSON"),
            ent("Mohammed Abdulsalam", "PERSON"),
            ent("Al Jazeera", "ORG"),
            ent("Israel", "GPE"),
            ent("Iran", "GPE"),
            ent("Saudi Arabia", "GPE"),
            ent(UNSC, "ORG"),
            ent("Russia", "GPE"),
            ent("China", "GPE"),
            ent("Algeria", "GPE"),
            ent("Mozambique", "GPE"),
            ent("Gaza", "GPE"),
            ent("Galaxy Leader", "PRODUCT"),
            ent("Cape of Good Hope", "LOC"),
            ent("Asia", "LOC"),
            ent("Europe", "LOC"),
            ent("Kiel Institute for the World Economy", "ORG"),
            ent("Farea al-Muslimi", "PERSON"),
            ent("Chatham House", "ORG"),
            ent("British", "NORP"),
            ent("Palestinians", "NORP"),
        ],
        "events": [
            # US and British warplanes and warships struck ..., the US military said
            ev(
                "ASSAULT",
                "air",
                [US, UK],
                ["Houthis"],
                "reported",
                US,
                "2024-01-12",
                "Yemen",
            ),
            # weeks of drone and missile attacks by the group on merchant ships (writer's clause;
            # also "their attacks on shipping", "The attacks have pushed ...": one campaign)
            ev("ASSAULT", "missile", ["Houthis"], [], location="Red Sea"),
            # Biden: "... will not tolerate attacks on our personnel" (warning to the attackers)
            ev("THREATEN", "warn", ["Joe Biden"], ["Houthis"], "planned"),
            # Saree warned that Washington and London would "pay a heavy price"
            ev("THREATEN", "retaliate", ["Yahya Saree"], [US, UK], "planned"),
            # Abdulsalam: its forces would keep targeting ships linked to Israel
            ev("THREATEN", "military", ["Mohammed Abdulsalam"], ["Israel"], "planned"),
            # Iran's foreign ministry condemned the strikes
            ev("ACCUSE", "disapprove", ["Iran"], [US, UK]),
            # Saudi Arabia, which has been holding talks with the Houthis (scene-setting clause)
            ev(
                "CONSULT",
                "negotiate",
                ["Saudi Arabia", "Houthis"],
                ["Houthis", "Saudi Arabia"],
            ),
            # ... expressed concern over the strikes
            ev("ACCUSE", "disapprove", ["Saudi Arabia"], [US, UK]),
            # ... and called for restraint (nobody named)
            ev("REQUEST", "restraint", ["Saudi Arabia"], []),
            # Two days earlier, the UN Security Council adopted a resolution demanding a halt
            ev("REQUEST", "halt", [UNSC], ["Houthis"], date="2024-01-10"),
            # In November they seized the car carrier Galaxy Leader
            ev("COERCE", "seize", ["Houthis"], ["Galaxy Leader"], date="2023-11"),
            # ... and they are still holding its 25 crew members (nationalities not given)
            ev("COERCE", "detain", ["Houthis"], []),
        ],
        "claims": [
            cl(60, "targets", "targets struck in Yemen", "reported", US, approximate=True),
            cl(16, "locations", "locations of the struck targets", "reported", US),
            cl(4, "jets", "Royal Air Force Typhoon jets that took part", "reported", UK),
            cl(73, "strikes", "strikes counted by the Houthis", "reported", "Yahya Saree"),
            cl(5, "fighters", "Houthi fighters killed in the strikes", "reported", "Yahya Saree"),
            cl(6, "fighters", "Houthi fighters wounded in the strikes", "reported", "Yahya Saree"),
            cl(25, "crew members", "crew members of the Galaxy Leader held by the Houthis"),
            cl(
                0.7,
                "share",
                "fall in December cargo volumes through the Red Sea from a year earlier",
                "reported",
                "Kiel Institute for the World Economy",
                approximate=True,
            ),
        ],
        "notes": [
            "The four RAF jets 'took part' in the same strikes: a claim, not a second ASSAULT.",
            "Sunak calling the operation 'limited, necessary and proportionate' defends his own "
            "side's act: no event.",
            "The seized ship is the COERCE target (named); the held crew, of no stated "
            "nationality, leave the detention's target empty.",
            "'the war in Yemen' names no sides: no event. Abstentions are not events.",
        ],
    },
    # ------------------------------------------------------------------ (2) Poland-Belarus
    "2024-06-14-poland-belarus-border-troops.txt": {
        "title": "Poland to send 1,000 more soldiers to Belarus border after fatal stabbing",
        "published": "2024-06-14",
        "entities": [
            ent("Poland", "GPE", "Warsaw"),
            ent("Belarus", "GPE", "Minsk"),
            ent("Wladyslaw Kosiniak-Kamysz", "PERSON", "Kosiniak-Kamysz"),
            ent("Bialystok", "GPE"),
            ent("Donald Tusk", "PERSON", "Tusk"),
            ent("Russia", "GPE", "Moscow"),
            ent("Border Guard", "ORG"),
            ent("Anna Michalska", "PERSON"),
            ent("Afghanistan", "GPE"),
            ent("Eritrea", "GPE"),
            ent("Somalia", "GPE"),
            ent("Syria", "GPE"),
            ent("State Border Committee", "ORG"),
            ent("Telegram", "ORG"),
            ent("Alexander Lukashenko", "PERSON", "Lukashenko"),
            ent(EU, "ORG", "EU"),
            ent("Lithuania", "GPE"),
            ent("Latvia", "GPE"),
            ent("Amnesty International", "ORG"),
            ent("Grupa Granica", "ORG"),
            ent("Middle East", "LOC"),
            ent("Africa", "LOC"),
            ent("Polish", "NORP"),
            ent("Belarusian", "NORP"),
        ],
        "events": [
            # a man on the Belarusian side stabbed him through the border fence late last month
            ev("ASSAULT", "stabbing", [], ["Poland"], date="2024-05"),
            # Poland will send about 1,000 more soldiers to its border (own minister's plan)
            ev("MOBILIZE", "troops", ["Poland"], ["Belarus"], "planned"),
            # Tusk: "a hybrid attack organised by the regimes in Minsk and Moscow"
            ev("ACCUSE", "hostile", ["Donald Tusk"], ["Belarus", "Russia"]),
            # the State Border Committee rejected Warsaw's accusations as "absurd"
            ev("REJECT", "deny", ["Belarus"], ["Poland"], "denied"),
            # ... and said Polish guards had beaten migrants and pushed them back
            ev("ACCUSE", "abuse", ["Belarus"], ["Poland"]),
            # On Wednesday Lukashenko said Minsk was ready to hold talks with Warsaw (willingness)
            ev("AGREE", "negotiate", ["Alexander Lukashenko"], ["Poland"], date="2024-06-12"),
            # ... the talks themselves, planned
            ev("CONSULT", "negotiate", ["Belarus", "Poland"], ["Poland", "Belarus"], "planned"),
            # Tusk dismissed the offer
            ev("REJECT", "proposal", ["Donald Tusk"], ["Alexander Lukashenko"]),
            # An EU spokesperson said the bloc stood by Poland
            ev("SUPPORT", "diplomatic", [EU], ["Poland"]),
            # ... and would release 52 million euros for surveillance (the bloc's own plan)
            ev("AID", "economic", [EU], ["Poland"], "planned"),
            # Poland has pushed thousands of people back into Belarus since 2021
            ev("COERCE", "pushback", ["Poland"], []),
            # ... a practice that Amnesty International has called illegal
            ev("ACCUSE", "illegal", ["Amnesty International"], ["Poland"]),
        ],
        "claims": [
            cl(
                1000,
                "soldiers",
                "additional Polish soldiers to be sent to the Belarus border",
                "planned",
                "Wladyslaw Kosiniak-Kamysz",
                approximate=True,
            ),
            cl(
                17000,
                "attempts",
                "attempts to cross the border illegally this year",
                "reported",
                "Anna Michalska",
                approximate=True,
            ),
            cl(
                6000,
                "attempts",
                "attempts to cross the border illegally in the same period of 2023",
                "reported",
                "Anna Michalska",
                approximate=True,
            ),
            cl(
                52000000,
                "EUR",
                "EU funds for surveillance along the Polish-Belarusian border",
                "planned",
                "an EU spokesperson",
            ),
            cl(
                80,
                "people",
                "people who died on both sides of the border since 2021",
                "reported",
                "Grupa Granica",
                approximate=True,
            ),
        ],
        "notes": [
            "The stabbing has no named doer (a man): ASSAULT with empty actors, target Poland "
            "(its soldier).",
            "Tusk's two quoted sentences of blame are one ACCUSE; the committee's rejection and "
            "its counter-charge of beatings are a REJECT (denied) and an ACCUSE.",
            "Lukashenko's readiness for talks: AGREE by the speaker plus the planned talks, "
            "listed both ways as mutual talks; Tusk 'dismissed the offer' targets its maker.",
            "Pushbacks of unnamed people: COERCE with an empty target.",
            "The defence minister's quote and the fences built by Lithuania and Latvia are "
            "not events.",
        ],
    },
    # ------------------------------------------------------------------ (3) Lebanon ceasefire
    "2024-12-18-lebanon-ceasefire-khiam-handover.txt": {
        "title": "Israeli troops leave Khiam as Lebanon ceasefire monitors meet",
        "published": "2024-12-18",
        "entities": [
            ent("Israel", "GPE"),
            ent("Lebanon", "GPE"),
            ent("Khiam", "GPE"),
            ent("Beirut", "GPE"),
            ent("Hezbollah", "ORG"),
            ent(US, "GPE", "US"),
            ent("Litani River", "LOC", "Litani"),
            ent("Jasper Jeffers", "PERSON"),
            ent("France", "GPE"),
            ent(UN, "ORG", "UN"),
            ent("UNIFIL", "ORG"),
            ent("Naqoura", "GPE"),
            ent("Naim Qassem", "PERSON"),
            ent("Israel Katz", "PERSON"),
            ent("World Bank", "ORG"),
            ent("Lebanese", "NORP"),
            ent("Israeli", "NORP"),
        ],
        "events": [
            # Israeli troops pulled out of Khiam on Wednesday ..., the US embassy in Beirut said
            ev(
                "RETREAT",
                "withdraw",
                ["Israel"],
                ["Lebanon"],
                "reported",
                US,
                "2024-12-18",
                "Khiam",
            ),
            # since a ceasefire took effect on November 27 (a ceasefire observed)
            ev(
                "RETREAT",
                "ceasefire",
                ["Israel", "Hezbollah"],
                ["Hezbollah", "Israel"],
                date="2024-11-27",
            ),
            # after more than a year of fighting between Israel and Hezbollah
            ev("ASSAULT", "war", ["Israel"], ["Hezbollah"]),
            # About 1,000 Lebanese soldiers will deploy in the area (the army's own plan)
            ev("MOBILIZE", "troops", ["Lebanon"], [], "planned"),
            # the committee ... met for the second time in Naqoura on Tuesday
            ev(
                "CONSULT",
                "multilateral",
                [US, "France", "Lebanon", "Israel", "UNIFIL"],
                [US, "France", "Lebanon", "Israel", "UNIFIL"],
                date="2024-12-17",
                location="Naqoura",
            ),
            # Lebanese officials say Israel has violated the ceasefire more than 150 times
            ev("ACCUSE", "violation", ["Lebanon"], ["Israel"]),
            # ... mostly with air strikes and the demolition of homes in border villages
            ev("ASSAULT", "air", ["Israel"], ["Lebanon"], "reported", "Lebanese officials"),
            # the Israeli military ... accused Hezbollah of trying to move weapons south
            ev("ACCUSE", "violation", ["Israel"], ["Hezbollah"]),
            # Qassem said on Saturday that the group's patience "has limits"
            ev("THREATEN", "warn", ["Naim Qassem"], ["Israel"], "planned", date="2024-12-14"),
            # ... and called on the Lebanese government to press the US and France
            ev("REQUEST", "policy", ["Naim Qassem"], ["Lebanon"], date="2024-12-14"),
            # the United States and France, which brokered the truce (scene-setting clause)
            ev("CONSULT", "third-party", [US, "France"], ["Israel", "Hezbollah"]),
            # Katz warned ... "there will be no agreement"
            ev("THREATEN", "warn", ["Israel Katz"], ["Hezbollah"], "planned"),
            # Under the deal, Israel has 60 days, until January 26, to withdraw its forces
            ev("RETREAT", "withdraw", ["Israel"], ["Lebanon"], "planned", date="2025-01-26"),
            # ... while Hezbollah is to move its fighters and heavy weapons north of the Litani
            ev("RETREAT", "withdraw", ["Hezbollah"], ["Lebanon"], "planned"),
            # UNIFIL ... said it was ready to support the Lebanese army's deployment
            ev("AGREE", "assist", ["UNIFIL"], ["Lebanon"]),
            ev("AID", "military", ["UNIFIL"], ["Lebanon"], "planned"),
        ],
        "claims": [
            cl(
                1000,
                "soldiers",
                "Lebanese soldiers to deploy in the Khiam area",
                "planned",
                "a Lebanese military official",
                approximate=True,
            ),
            cl(
                10000,
                "troops",
                "Lebanese troops planned south of the Litani by the end of January",
                "planned",
                "a Lebanese military official",
            ),
            cl(
                150,
                "violations",
                "Israeli violations of the ceasefire",
                "reported",
                "Lebanese officials",
                approximate=True,
            ),
            cl(30, "kilometres", "distance of the Litani from the border", approximate=True),
            cl(
                4000,
                "people",
                "people killed in Lebanon in the war",
                "reported",
                "Lebanon",
                approximate=True,
            ),
            cl(
                1200000,
                "people",
                "people displaced in Lebanon at the war's peak",
                "reported",
                "Lebanon",
                approximate=True,
            ),
            cl(
                60000,
                "residents",
                "residents of northern Israel forced from their homes",
                approximate=True,
            ),
            cl(
                8500000000,
                "USD",
                "damage and economic losses in Lebanon",
                "estimated",
                "World Bank",
            ),
            cl(
                0.4,
                "share",
                "damage and losses as a share of Lebanon's 2023 output",
                "estimated",
                "World Bank",
                approximate=True,
            ),
            cl(10000, "peacekeepers", "UNIFIL peacekeepers", approximate=True),
            cl(50, "countries", "countries contributing UNIFIL peacekeepers"),
        ],
        "notes": [
            "The ceasefire 'took effect': RETREAT ceasefire, mutual. No sentence reports the "
            "agreeing, so there is no separate AGREE; 'brokered the truce' is the CONSULT "
            "third-party.",
            "'fighting between Israel and Hezbollah': ASSAULT with the first-named side as actor; "
            "'The war killed ...' is the same event.",
            "Withdrawals target the country withdrawn from (Lebanon) for both Israel and "
            "Hezbollah; the Lebanese army's deployment has no adversary named (empty target).",
            "The monitoring committee's meeting lists its members (US for its chairman) both "
            "ways, as a multilateral meeting.",
            "The Israeli military's 'its strikes had targeted immediate threats' defends its own "
            "act (no event); 60,000 Israelis 'forced from their homes' names no doer (no event).",
            "Qassem's 'patience has limits' is coded as a warning to Israel, the violator.",
        ],
    },
    # ------------------------------------------------------------------ (4) Colombia-ELN
    "2025-01-21-colombia-eln-talks-suspended.txt": {
        "title": (
            "Colombia suspends peace talks with ELN as Catatumbo fighting displaces tens of "
            "thousands"
        ),
        "published": "2025-01-21",
        "entities": [
            ent("Colombia", "GPE", "Bogota"),
            ent(ELN, "ORG", "ELN"),
            ent(F33, "ORG"),
            ent("FARC", "ORG"),
            ent("Catatumbo", "LOC"),
            ent("EFE", "ORG"),
            ent("Ombudsman's Office", "ORG"),
            ent("Gustavo Petro", "PERSON", "Petro"),
            ent("X", "ORG"),
            ent("Ivan Velasquez", "PERSON"),
            ent("Caracol Radio", "ORG"),
            ent("Cucuta", "GPE"),
            ent("Venezuela", "GPE", "Caracas"),
            ent("Yvan Gil", "PERSON"),
            ent("VTV", "ORG"),
            ent(UN, "ORG"),
            ent("Cuba", "GPE"),
            ent("Norway", "GPE"),
            ent("Venezuelan", "NORP"),
            ent("Colombian", "NORP"),
            ent("Cuban", "NORP"),
        ],
        "events": [
            # five days of fighting between the ELN and the 33rd Front ..., EFE reported, citing ...
            ev("ASSAULT", "clash", [ELN], [F33], "reported", "EFE", location="Catatumbo"),
            # Petro suspended peace talks with the ELN on Friday (halting negotiations)
            ev("SANCTION", "halt negotiations", ["Gustavo Petro"], [ELN], date="2025-01-17"),
            # ... accusing the group of committing "war crimes"
            ev("ACCUSE", "accusation", ["Gustavo Petro"], [ELN], date="2025-01-17"),
            # the peace talks / the negotiations began in November 2022 in Caracas / had stalled
            ev(
                "CONSULT",
                "negotiate",
                ["Colombia", ELN],
                [ELN, "Colombia"],
                date="2022-11",
                location="Caracas",
            ),
            # Velasquez said about 5,000 troops had been sent ..., Caracol Radio reported
            ev("MOBILIZE", "troops", ["Colombia"], [ELN], "reported", "Caracol Radio"),
            # the ELN ... accused the dissidents of killing social leaders and farmers
            ev("ACCUSE", "accusation", [ELN], [F33]),
            # The group said it remained "open to dialogue" with the government (willingness)
            ev("AGREE", "negotiate", [ELN], ["Colombia"]),
            # ... the dialogue itself, planned
            ev("CONSULT", "negotiate", [ELN, "Colombia"], ["Colombia", ELN], "planned"),
            # Gil said Caracas would work with Bogota ..., according to VTV
            ev("AGREE", "cooperate", ["Yvan Gil"], ["Colombia"], "reported", "VTV"),
            # ... the cooperation itself, planned
            ev("COOPERATE", "security", ["Venezuela"], ["Colombia"], "planned", "VTV"),
            # The United Nations office in Colombia condemned the killings
            ev("ACCUSE", "disapprove", [UN], [ELN, F33]),
            # ... and urged both armed groups to allow humanitarian organisations in
            ev("REQUEST", "access", [UN], [ELN, F33]),
            # with Cuba, Norway and Venezuela acting as guarantors
            ev("CONSULT", "third-party", ["Cuba", "Norway", "Venezuela"], ["Colombia", ELN]),
            # the group's kidnappings (victims unnamed)
            ev("COERCE", "kidnap", [ELN], []),
            # its demand to be removed from a list of organised crime groups
            ev("REQUEST", "policy", [ELN], ["Colombia"]),
            # Analysts said the collapse ... could push Petro to order air strikes
            ev("ASSAULT", "air", ["Gustavo Petro"], [ELN], "speculated", "analysts"),
        ],
        "claims": [
            cl(
                80,
                "people",
                "people killed in the Catatumbo fighting",
                "reported",
                "EFE",
                approximate=True,
            ),
            cl(
                36000,
                "people",
                "people displaced by the Catatumbo fighting",
                "reported",
                "EFE",
                approximate=True,
            ),
            cl(
                5000,
                "troops",
                "troops sent to the Catatumbo region",
                "reported",
                "Caracol Radio",
                approximate=True,
            ),
            cl(
                15000,
                "people",
                "displaced people sheltering in Cucuta",
                "reported",
                "EFE",
                approximate=True,
            ),
            cl(
                6000,
                "members",
                "members of the ELN",
                "estimated",
                "Colombia",
                approximate=True,
            ),
        ],
        "notes": [
            "'X reported, citing Y' and 'Y said ..., X reported': the source is the outlet X "
            "(the outermost attribution).",
            "Suspending talks is SANCTION (PLOVER's halting of negotiations); the talks "
            "themselves are one CONSULT, mutual, dated by 'began in November 2022'.",
            "'Open to dialogue' and 'would work with Bogota' are willingness: AGREE plus the "
            "planned act.",
            "The ELN's 'its fighters had acted to protect the population' defends its own act: "
            "no event; the families crossing into Venezuela are not an event.",
        ],
    },
    # ------------------------------------------------------------------ (5) DR Congo-Rwanda
    "2025-01-28-kinshasa-embassies-goma-m23.txt": {
        "title": "Protesters attack embassies in Kinshasa as M23 rebels tighten grip on Goma",
        "published": "2025-01-28",
        "entities": [
            ent(DRC, "GPE", "Congo", "Kinshasa"),
            ent("Rwanda", "GPE", "Kigali"),
            ent("France", "GPE"),
            ent(US, "GPE"),
            ent("Goma", "GPE"),
            ent("M23", "ORG"),
            ent(UN, "ORG", "UN"),
            ent("Therese Kayikwamba Wagner", "PERSON"),
            ent("FDLR", "ORG"),
            ent(UNSC, "ORG"),
            ent("Antonio Guterres", "PERSON"),
            ent("William Ruto", "PERSON"),
            ent("East African Community", "ORG"),
            ent("Felix Tshisekedi", "PERSON"),
            ent("Paul Kagame", "PERSON"),
            ent("North Kivu", "GPE"),
            ent("UNHCR", "ORG"),
            ent("World Health Organization", "ORG"),
            ent("Rwandan", "NORP"),
            ent("Congolese", "NORP"),
            ent("Kenyan", "NORP"),
            ent("Hutu", "NORP"),
            ent("Tutsis", "NORP"),
        ],
        "events": [
            # Hundreds of protesters attacked the embassies of Rwanda, France and the US
            ev(
                "PROTEST",
                "riot",
                [],
                ["Rwanda", "France", US],
                date="2025-01-28",
                location="Kinshasa",
            ),
            # the fall of Goma to M23 rebels / M23 fighters entered Goma on Monday
            ev("ASSAULT", "ground", ["M23"], [DRC], date="2025-01-27", location="Goma"),
            # Police fired tear gas ..., the interior ministry said
            ev("COERCE", "tear gas", [DRC], [], "reported", DRC),
            # ... and arrested dozens of people
            ev("COERCE", "arrest", [DRC], [], "reported", DRC),
            # backed by about 4,000 Rwandan troops according to UN experts
            ev("AID", "military", ["Rwanda"], ["M23"], "reported", "UN experts"),
            # Congo cut diplomatic ties with Rwanda on Sunday, the foreign minister said
            ev(
                "SANCTION",
                "break relations",
                [DRC],
                ["Rwanda"],
                "reported",
                "Therese Kayikwamba Wagner",
                "2025-01-26",
            ),
            # ... calling Rwanda's offensive "a declaration of war"
            ev("ACCUSE", "aggression", ["Therese Kayikwamba Wagner"], ["Rwanda"]),
            # Rwanda's government denied that its troops were fighting in Congo
            ev("REJECT", "deny", ["Rwanda"], [DRC], "denied"),
            # ... and blamed Kinshasa for the crisis
            ev("ACCUSE", "accusation", ["Rwanda"], [DRC]),
            # The UN Security Council on Sunday called on Rwandan forces to withdraw
            ev("REQUEST", "withdraw", [UNSC], ["Rwanda"], date="2025-01-26"),
            # Guterres urged the M23 to halt its advance
            ev("REQUEST", "halt", ["Antonio Guterres"], ["M23"]),
            # Ruto said he would host an emergency summit ... on Wednesday
            ev(
                "CONSULT",
                "third-party",
                ["William Ruto"],
                ["Felix Tshisekedi", "Paul Kagame"],
                "planned",
                date="2025-01-29",
            ),
            # The M23, which briefly held Goma in 2012
            ev("ASSAULT", "ground", ["M23"], [DRC], date="2012", location="Goma"),
            # A UN report last year said Rwanda exercised de facto control over the group
            ev("ACCUSE", "allege", [UN], ["Rwanda"], date="2024"),
            # ... a charge Kigali has rejected
            ev("REJECT", "deny", ["Rwanda"], [UN], "denied"),
        ],
        "claims": [
            cl(
                4000,
                "troops",
                "Rwandan troops backing the M23",
                "reported",
                "UN experts",
                approximate=True,
            ),
            cl(2000000, "inhabitants", "inhabitants of Goma", approximate=True),
            cl(
                400000,
                "people",
                "people displaced in North Kivu since the start of the year",
                "reported",
                "UNHCR",
                approximate=True,
            ),
        ],
        "notes": [
            "Attacking and looting embassies is a riot: PROTEST with no named actor, targeting "
            "the embassies' states.",
            "Police acts are the state's (DRC); reported with the interior ministry as source, "
            "written as its state.",
            "The lead's 'fall of Goma' and 'entered Goma on Monday' are one ASSAULT; Goma is "
            "the location, the target the story's country.",
            "Rwanda's denial targets the accuser (Congo); the later 'charge Kigali has rejected' "
            "targets the UN, whose report made it.",
            "Ruto's summit: CONSULT third-party by the host with the two presidents as targets.",
            "'No diplomats were hurt', the cut water and power, and the WHO's warning of "
            "outbreaks are not events; the population of Goma (relative clause) is the "
            "writer's.",
        ],
    },
    # ------------------------------------------------------------------ (6) Niger uranium
    "2025-06-20-niger-nationalises-orano-uranium.txt": {
        "title": "Analysis: Niger's uranium takeover may push the junta closer to Moscow",
        "published": "2025-06-20",
        "entities": [
            ent("Niger", "GPE", "Niamey"),
            ent("Somair", "ORG"),
            ent("France", "GPE", "Paris"),
            ent("Orano", "ORG"),
            ent("Africa", "LOC"),
            ent("World Bank", "ORG"),
            ent("International Centre for Settlement of Investment Disputes", "ORG"),
            ent("Ibrahim Courmo", "PERSON"),
            ent("Russia", "GPE", "Moscow"),
            ent("Rosatom", "ORG"),
            ent("Abdourahamane Tiani", "PERSON", "Tiani"),
            ent(ECOWAS, "ORG", "ECOWAS"),
            ent(US, "GPE"),
            ent("French", "NORP"),
            ent("Nigerien", "NORP"),
        ],
        "events": [
            # the government announced on Thursday that it had nationalised Somair
            ev("COERCE", "seize", ["Niger"], ["Somair"], date="2025-06-19"),
            # the junta accused Orano of "irresponsible" conduct
            ev("ACCUSE", "accusation", ["Niger"], ["Orano"]),
            # Orano said it "deeply regretted" the decision
            ev("ACCUSE", "disapprove", ["Orano"], ["Niger"]),
            # ... the arbitration case it filed in January at ICSID
            ev("ACCUSE", "complaint", ["Orano"], ["Niger"], date="2025-01"),
            # The junta took operational control of the mine in December
            ev("COERCE", "seize", ["Niger"], ["Somair"], date="2024-12"),
            # in May the authorities detained Orano's local director, Ibrahim Courmo
            ev("COERCE", "detain", ["Niger"], ["Ibrahim Courmo"], date="2025-05"),
            # analysts said the most likely buyer would be Rosatom (a sale: mutual)
            ev(
                "COOPERATE",
                "economic",
                ["Niger", "Rosatom"],
                ["Rosatom", "Niger"],
                "speculated",
                "analysts",
            ),
            # Rosatom, whose executives visited Niamey last year
            ev("CONSULT", "visit", ["Rosatom"], ["Niger"], date="2024", location="Niamey"),
            # If Orano wins its case, it could try to seize Nigerien assets abroad, lawyers say
            ev("COERCE", "seize", ["Orano"], ["Niger"], "speculated", "lawyers"),
            # French officials ... accused the junta of trying to "erase" France's presence
            ev("ACCUSE", "accusation", ["France"], ["Niger"]),
            # The junta expelled France's ambassador and about 1,500 French troops in 2023
            ev("SANCTION", "expel", ["Niger"], ["France"], date="2023"),
            # sanctions that ECOWAS imposed after the coup
            ev("SANCTION", "sanctions", [ECOWAS], ["Niger"]),
            # ... and lifted in February last year
            ev("CONCEDE", "ease_sanctions", [ECOWAS], ["Niger"], date="2024-02"),
            # Russia sent military instructors to Niger in April 2024
            ev("AID", "personnel", ["Russia"], ["Niger"], date="2024-04"),
            # weeks after the junta ended a military cooperation agreement with the US
            ev("SANCTION", "agreement", ["Niger"], [US]),
        ],
        "claims": [
            cl(0.9, "share", "French state's share of Orano"),
            cl(
                1500,
                "tonnes",
                "uranium concentrate held by Somair",
                "reported",
                "Orano",
                approximate=True,
            ),
            cl(300000000, "EUR", "value of Somair's uranium concentrate", "estimated", "Orano"),
            cl(1500, "troops", "French troops expelled from Niger in 2023", approximate=True),
            cl(
                0.25,
                "share",
                "uranium's share of Niger's exports before the coup",
                approximate=True,
            ),
            cl(
                1000,
                "tonnes",
                "Somair production last year",
                "estimated",
                approximate=True,
            ),
            cl(2000, "tonnes", "Somair production in 2022", "estimated", approximate=True),
        ],
        "notes": [
            "Nationalising a company and taking control of its mine are COERCE seize; the "
            "target is what was seized (Somair), as a seized ship is; a detention targets the "
            "person detained.",
            "An arbitration case is ACCUSE complaint, as a WTO complaint is.",
            "A prospective uranium sale is COOPERATE economic, listed both ways; 'analysts "
            "said the most likely buyer would be' makes it speculated with 'analysts' as source.",
            "The coup and Tiani's taking power are internal and not coded; 'Niamey's turn "
            "towards Moscow' is a trend, not an event.",
            "Ending a military cooperation agreement is SANCTION (mode agreement); its date "
            "('weeks after ...') is not resolvable and stays null.",
            "'fewer than 1,000 tonnes' is approximate, like 'more than'; 'is believed' makes "
            "both production figures estimated, with no one named.",
        ],
    },
    # ------------------------------------------------------------------ (7) Somalia-Ethiopia
    "2024-01-04-somalia-recalls-envoy-somaliland-port.txt": {
        "title": "Somalia recalls envoy to Ethiopia over Somaliland sea access deal",
        "published": "2024-01-04",
        "entities": [
            ent("Somalia", "GPE", "Mogadishu"),
            ent("Ethiopia", "GPE", "Addis Ababa"),
            ent("Somaliland", "GPE"),
            ent(SONNA, "ORG", "SONNA"),
            ent("Abiy Ahmed", "PERSON", "Abiy"),
            ent("Muse Bihi Abdi", "PERSON"),
            ent("Hassan Sheikh Mohamud", "PERSON", "Hassan Sheikh"),
            ent("Anadolu", "ORG"),
            ent("Redwan Hussein", "PERSON"),
            ent("African Union", "ORG"),
            ent(US, "GPE"),
            ent("Arab League", "ORG"),
            ent("Egypt", "GPE"),
            ent("Grand Ethiopian Renaissance Dam", "FAC"),
            ent("Nile", "LOC"),
            ent("Abdel Fattah al-Sisi", "PERSON"),
            ent("Cairo", "GPE"),
            ent("Eritrea", "GPE"),
            ent("Djibouti", "GPE"),
            ent("al-Shabaab", "ORG"),
            ent("al-Qaeda", "ORG"),
            ent("Ethiopian", "NORP"),
            ent("Somali", "NORP"),
            ent("British", "NORP"),
            ent("Islamist", "NORP"),
        ],
        "events": [
            # Somalia recalled its ambassador to Ethiopia on Tuesday ..., SONNA reported
            ev("SANCTION", "recall", ["Somalia"], ["Ethiopia"], "reported", SONNA, "2024-01-02"),
            # ... and rejected as "null and void" a deal (the deal's parties)
            ev(
                "REJECT",
                "agreement",
                ["Somalia"],
                ["Ethiopia", "Somaliland"],
                "reported",
                SONNA,
                "2024-01-02",
            ),
            # the memorandum of understanding, signed in Addis Ababa on Monday by Abiy and Bihi
            ev(
                "AGREE",
                "agreement",
                ["Abiy Ahmed", "Muse Bihi Abdi"],
                ["Muse Bihi Abdi", "Abiy Ahmed"],
                date="2024-01-01",
                location="Addis Ababa",
            ),
            # Ethiopia would lease 20 kilometres of coastline ... to build a naval base
            ev(
                "COOPERATE",
                "military",
                ["Ethiopia", "Somaliland"],
                ["Somaliland", "Ethiopia"],
                "planned",
                "Ethiopian state media",
            ),
            # Somaliland says Ethiopia will become the first country to formally recognise it
            ev("SUPPORT", "recognition", ["Ethiopia"], ["Somaliland"], "planned", "Somaliland"),
            # the president said Somalia would defend "every inch" of its territory
            ev(
                "THREATEN",
                "warn",
                ["Hassan Sheikh Mohamud"],
                ["Ethiopia"],
                "planned",
                date="2024-01-02",
            ),
            # ... and accused Ethiopia of violating its sovereignty
            ev(
                "ACCUSE",
                "violation",
                ["Hassan Sheikh Mohamud"],
                ["Ethiopia"],
                date="2024-01-02",
            ),
            # Thousands of people rallied in Mogadishu on Wednesday ..., Anadolu reported
            ev(
                "PROTEST",
                "demonstration",
                [],
                ["Ethiopia"],
                "reported",
                "Anadolu",
                "2024-01-03",
                "Mogadishu",
            ),
            # Redwan Hussein said ... Ethiopia had no intention of breaking any law (the charge)
            ev("REJECT", "deny", ["Redwan Hussein"], ["Somalia"], "denied"),
            # The AU and the US urged the two governments to settle their differences
            ev(
                "REQUEST",
                "dialogue",
                ["African Union", US],
                ["Somalia", "Ethiopia"],
            ),
            # The Arab League ... said it stood by Mogadishu
            ev("SUPPORT", "diplomatic", ["Arab League"], ["Somalia"]),
            # Egypt ... said it firmly supported Somalia's unity
            ev("SUPPORT", "diplomatic", ["Egypt"], ["Somalia"]),
            # al-Sisi has invited Hassan Sheikh to Cairo for talks, SONNA reported
            ev(
                "REQUEST",
                "invite",
                ["Abdel Fattah al-Sisi"],
                ["Hassan Sheikh Mohamud"],
                "reported",
                SONNA,
            ),
            # Ethiopian troops are deployed in Somalia to help the government
            ev("AID", "military", ["Ethiopia"], ["Somalia"]),
            # ... fight al-Shabaab
            ev("ASSAULT", "war", ["Somalia", "Ethiopia"], ["al-Shabaab"]),
            # Analysts said Addis Ababa could pull them out
            ev("RETREAT", "withdraw", ["Ethiopia"], ["Somalia"], "speculated", "analysts"),
        ],
        "claims": [
            cl(
                20,
                "kilometres",
                "coastline Ethiopia would lease from Somaliland",
                "planned",
                "Ethiopian state media",
            ),
            cl(5700000, "people", "population of Somaliland", approximate=True),
            cl(120000000, "people", "population of Ethiopia", approximate=True),
            cl(0.9, "share", "share of Ethiopia's trade through Djibouti", approximate=True),
        ],
        "notes": [
            "Rejecting an agreement as 'null and void' is a REJECT of the deal (not a denial), "
            "targeting its parties; reported, as SONNA carries the cabinet's statement.",
            "The signing is one AGREE with the two signatories as named; the lead's 'a deal "
            "giving Ethiopia access' refers to the same agreement.",
            "The lease and naval base are a planned COOPERATE (military), mutual; Somaliland's "
            "claim of recognition is a planned SUPPORT with Somaliland as source; 'a point "
            "Addis Ababa has not confirmed' is not a denial.",
            "The president's quote 'No one has the right ...' belongs to his accusation; Redwan "
            "Hussein's 'no intention of breaking any law' denies the charge (target Somalia).",
            "Egypt's dispute over the dam, Somaliland's 1991 declaration and Eritrea's "
            "independence are background, not events. 'Several thousand' and 'Thousands' "
            "are not claims.",
        ],
    },
    # ------------------------------------------------------------------ (8) Guyana-Venezuela
    "2025-03-03-guyana-venezuela-navy-oil-vessels.txt": {
        "title": "Guyana says Venezuelan navy boat threatened offshore oil vessels",
        "published": "2025-03-03",
        "entities": [
            ent("Guyana", "GPE", "Georgetown"),
            ent("Venezuela", "GPE", "Caracas"),
            ent("ExxonMobil", "ORG"),
            ent("Irfaan Ali", "PERSON", "Ali"),
            ent(US, "GPE", "US"),
            ent("Brazil", "GPE"),
            ent(CARICOM, "ORG", "CARICOM"),
            ent("Vladimir Padrino Lopez", "PERSON"),
            ent("State Department", "ORG"),
            ent("Nicolas Maduro", "PERSON"),
            ent("Essequibo", "GPE", "Guayana Esequiba"),
            ent("International Monetary Fund", "ORG"),
            ent(ICJ, "ORG"),
            ent("Venezuelan", "NORP"),
            ent("Guyanese", "NORP"),
        ],
        "events": [
            # A Venezuelan navy patrol boat sailed into Guyanese waters on Saturday ..., Ali said
            ev(
                "MOBILIZE",
                "naval patrol",
                ["Venezuela"],
                ["Guyana"],
                "reported",
                "Irfaan Ali",
                "2025-03-01",
            ),
            # ... calling the incursion "a serious threat"
            ev("ACCUSE", "provocation", ["Irfaan Ali"], ["Venezuela"]),
            # Guyana had raised the incident with the US, Brazil and CARICOM, Ali said
            ev(
                "CONSULT",
                "meet",
                ["Guyana"],
                [US, "Brazil", CARICOM],
                "reported",
                "Irfaan Ali",
            ),
            # "We will not give up one square centimetre of our territory"
            ev("REJECT", "concede", ["Irfaan Ali"], ["Venezuela"]),
            # Padrino Lopez denied that any Venezuelan vessel had entered Guyanese waters
            ev("REJECT", "deny", ["Vladimir Padrino Lopez"], ["Guyana"], "denied"),
            # The US State Department said the boat's actions were "unacceptable"
            ev("ACCUSE", "disapprove", [US], ["Venezuela"]),
            # ... and warned that any further incursion would bring "consequences"
            ev("THREATEN", "warn", [US], ["Venezuela"], "planned"),
            # CARICOM condemned the incident
            ev("ACCUSE", "disapprove", [CARICOM], ["Venezuela"]),
            # ... and reaffirmed its support for Guyana's territorial integrity
            ev("SUPPORT", "diplomatic", [CARICOM], ["Guyana"]),
            # Venezuela's foreign ministry called the statements "interference"
            ev("ACCUSE", "interference", ["Venezuela"], [US, CARICOM]),
            # ... and accused Guyana of placing the region "at the service of ExxonMobil"
            ev("ACCUSE", "accusation", ["Venezuela"], ["Guyana"]),
            # a move Georgetown has called illegal
            ev("ACCUSE", "illegal", ["Guyana"], ["Venezuela"]),
            # The ICJ ... ordered Venezuela in 2023 to refrain from any action
            ev("REQUEST", "comply", [ICJ], ["Venezuela"], date="2023"),
            # Caracas does not recognise the court's jurisdiction
            ev("REJECT", "jurisdiction", ["Venezuela"], [ICJ]),
            # Analysts said Venezuela ... could keep up the pressure with more naval patrols
            ev(
                "MOBILIZE",
                "naval patrol",
                ["Venezuela"],
                ["Guyana"],
                "speculated",
                "analysts",
            ),
        ],
        "claims": [
            cl(0.667, "share", "Essequibo's share of Guyana's territory", approximate=True),
            cl(125000, "people", "people living in the Essequibo region", approximate=True),
            cl(650000, "barrels", "Guyana's daily oil output", approximate=True),
            cl(
                0.4,
                "share",
                "growth of Guyana's economy last year",
                "reported",
                "International Monetary Fund",
                approximate=True,
            ),
            cl(4500, "personnel", "personnel in Guyana's defence force", approximate=True),
        ],
        "notes": [
            "A navy boat entering another's waters without firing is MOBILIZE (naval patrol) "
            "toward Guyana; the analysts' 'more naval patrols' is the same kind, speculated.",
            "'unlikely to risk an armed confrontation' is a negated speculation: not coded.",
            "The State Department acts for the United States; 'unacceptable' (ACCUSE) and the "
            "warning of 'consequences' (THREATEN) are two clauses, two events.",
            "Ali's 'one square centimetre' is rhetoric, not a claim; Venezuela's territorial "
            "claim and its plan to elect a governor are not coded (no PLOVER act toward "
            "another party); Georgetown calling it illegal is.",
            "The ICJ 'hearing the case' is not coded; its 2023 order is a REQUEST.",
        ],
    },
}

write_gold(HERE, PAGES)

"""Writes eval/dev5/gold/*.json (facts-only gold, hand-written without running the extractor).

Each page: title, published, entities (name, type, aliases), events and claims in the contract's
shape; `text` and `evidence` are null (scored on facts alone). Conventions follow
docs/annotation.md and, where it is silent, the choices of eval/dev4 (and eval/dev3); the
choices made for this set are listed in eval/dev5/README.md.
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent


sys.path.insert(0, str(HERE.parent))
from goldkit import cl, ent, ev, write_gold  # noqa: E402

US = "United States"
EU = "European Union"
ICJ = "International Court of Justice"
ID = "Indonesia"
AU = "Australia"
SL = "Sri Lanka"
OCC = "Official Creditor Committee"
EXIM = "Export-Import Bank of China"
IMF = "International Monetary Fund"
SK = "South Korea"
JP = "Japan"
NK = "North Korea"
AES = "Alliance of Sahel States"
BF = "Burkina Faso"
YOON = "Yoon Suk Yeol"
ISHIBA = "Shigeru Ishiba"
BIDEN = "Joe Biden"
AMLO = "Andres Manuel Lopez Obrador"
KM = "Kyriakos Mitsotakis"
RTE = "Recep Tayyip Erdogan"
ACS = "Aegean Crest Shipping"
THREE = [SK, JP, US]
LEADERS = [YOON, ISHIBA, BIDEN]

PAGES = {
    # ------------------------------------------------------------------ (1) plain wire
    "2024-08-29-indonesia-australia-defence-pact.txt": {
        "title": "Indonesia and Australia sign defence pact as Jakarta insists it joins no bloc",
        "published": "2024-08-29",
        "entities": [
            ent(ID, "GPE", "Jakarta"),
            ent(AU, "GPE", "Canberra"),
            ent("Prabowo Subianto", "PERSON", "Prabowo"),
            ent("Richard Marles", "PERSON", "Marles"),
            ent("Parliament House", "FAC"),
            ent("Anthony Albanese", "PERSON"),
            ent("China", "GPE"),
            ent(US, "GPE"),
            ent("East Java", "GPE"),
            ent("Indonesian", "NORP"),
            ent("Australian", "NORP"),
        ],
        "events": [
            # Indonesia and Australia signed a defence cooperation agreement in Canberra on
            # Thursday (para 2 names the signatories of the same act: one event)
            ev("AGREE", "treaty", [ID, AU], [AU, ID], date="2024-08-29", location="Canberra"),
            # ... pledging to consult each other if either faces a threat (the pledged act)
            ev("CONSULT", "meet", [ID, AU], [AU, ID], "planned"),
            # Prabowo met Prime Minister Anthony Albanese earlier in the day
            ev(
                "CONSULT",
                "meet",
                ["Prabowo Subianto", "Anthony Albanese"],
                ["Anthony Albanese", "Prabowo Subianto"],
                date="2024-08-29",
            ),
            # China's foreign ministry ... urged Canberra to avoid "stoking bloc confrontation"
            ev("REQUEST", "policy", ["China"], [AU], date="2024-08-29"),
            # Jakarta recalled its ambassador from Canberra in 2013 in a row over espionage
            ev("SANCTION", "recall", [ID], [AU], date="2013"),
            # ... and suspended military cooperation for several months
            ev("SANCTION", "suspend", [ID], [AU], date="2013"),
            # Australia will provide A$30 million ... to help Indonesia patrol, Marles said
            # (own plan announced by its own minister: planned, no source)
            ev("AID", "military", [AU], [ID], "planned"),
            # largest joint exercise in East Java in November, Indonesian officials said
            ev(
                "COOPERATE",
                "military",
                [ID, AU],
                [AU, ID],
                "planned",
                "Indonesian officials",
                "2024-11",
                "East Java",
            ),
            # The United States ... welcomed the agreement (targets its doers)
            ev("SUPPORT", "diplomatic", [US], [ID, AU]),
            # Analysts say the pact could eventually open Indonesian ports to Australian warships
            ev("COOPERATE", "military", [ID], [AU], "speculated", "analysts"),
        ],
        "claims": [
            cl(
                30000000,
                "AUD",
                "Australian funding to help Indonesia patrol its waters",
                "planned",
                "Richard Marles",
            ),
            cl(
                20000000,
                "USD",
                "Australian funding to help Indonesia patrol its waters (dollar value)",
                "planned",
                "Richard Marles",
            ),
            cl(
                2000,
                "troops",
                "troops in the planned joint exercise in East Java",
                "planned",
                "Indonesian officials",
                approximate=True,
            ),
            cl(17000, "islands", "islands of Indonesia", approximate=True),
            cl(280000000, "people", "population of Indonesia", approximate=True),
        ],
    },
    # ------------------------------------------------------------------ (2) many numbers
    "2024-06-27-sri-lanka-debt-deals-china-creditors.txt": {
        "title": "Sri Lanka seals $10 billion debt deals with China and other creditors",
        "published": "2024-06-27",
        "entities": [
            ent(SL, "GPE"),
            ent("Colombo", "GPE"),
            ent(OCC, "ORG"),
            ent(JP, "GPE"),
            ent("India", "GPE"),
            ent("France", "GPE"),
            ent(EXIM, "ORG"),
            ent("Ranil Wickremesinghe", "PERSON", "Wickremesinghe"),
            ent(IMF, "ORG", "IMF"),
            ent("China", "GPE", "Beijing"),
            ent(US, "GPE", "US"),
            ent("Central Bank of Sri Lanka", "ORG"),
            ent("Sajith Premadasa", "PERSON"),
            ent("Gotabaya Rajapaksa", "PERSON"),
            ent("Sri Lankan", "NORP"),
            ent("Chinese", "NORP"),
        ],
        "events": [
            # Sri Lanka signed agreements on Wednesday (lead) ... $5.8 billion owed to the
            # Official Creditor Committee (para 2 splits the lead's act into two deals)
            ev("AGREE", "agreement", [SL, OCC], [OCC, SL], date="2024-06-26"),
            # ... and $4.2 billion owed to the Export-Import Bank of China
            ev("AGREE", "agreement", [SL, EXIM], [EXIM, SL], date="2024-06-26"),
            # The IMF, which approved a $2.9 billion bailout for Sri Lanka in March 2023
            ev("AID", "economic", [IMF], [SL], date="2023-03"),
            # ... welcomed the agreements (targets their doers)
            ev("SUPPORT", "diplomatic", [IMF], [SL, OCC, EXIM]),
            # ... and said its board would meet next month to release a third tranche
            ev("AID", "economic", [IMF], [SL], "planned", date="2024-07"),
            # Talks with private bondholders ... are continuing (unnamed counterpart)
            ev("CONSULT", "negotiate", [SL], []),
            # The IMF rejected a draft deal with the bondholders in April
            ev("REJECT", "proposal", [IMF], [SL], date="2024-04"),
            # India, which provided about $4 billion in emergency loans ... in 2022
            ev("AID", "economic", ["India"], [SL], date="2022"),
            # ... said it was ready to support Sri Lanka's recovery (willingness ...)
            ev("AGREE", "assist", ["India"], [SL]),
            # ... and the planned help itself
            ev("AID", "economic", ["India"], [SL], "planned"),
            # China's foreign ministry rejected claims by US officials (accuser: United States)
            ev("REJECT", "deny", ["China"], [US], "denied"),
            # Premadasa accused the government of accepting terms that would burden ...
            ev("ACCUSE", "disapprove", ["Sajith Premadasa"], [SL]),
            # ... after months of mass protests forced his predecessor to flee (unnamed crowd)
            ev("PROTEST", "demonstrate", [], [SL, "Gotabaya Rajapaksa"]),
        ],
        "claims": [
            cl(
                10000000000,
                "USD",
                "debt owed to foreign governments that Sri Lanka agreed to restructure",
                approximate=True,
            ),
            cl(
                5800000000,
                "USD",
                "debt owed to the Official Creditor Committee covered by the deal",
                "reported",
                "Sri Lanka's finance ministry",
            ),
            cl(17, "countries", "countries in the Official Creditor Committee"),
            cl(
                4200000000,
                "USD",
                "debt owed to the Export-Import Bank of China covered by the deal",
                "reported",
                "Sri Lanka's finance ministry",
            ),
            cl(
                5000000000,
                "USD",
                "payments the deals would save Sri Lanka up to 2028",
                "estimated",
                "Ranil Wickremesinghe",
                approximate=True,
            ),
            cl(2900000000, "USD", "IMF bailout for Sri Lanka approved in March 2023"),
            cl(
                336000000,
                "USD",
                "third IMF tranche to be released",
                "planned",
                IMF,
                approximate=True,
            ),
            cl(
                12500000000,
                "USD",
                "Sri Lankan bonds held by private bondholders",
                approximate=True,
            ),
            cl(
                4000000000,
                "USD",
                "Indian emergency loans and credit lines in 2022",
                approximate=True,
            ),
            cl(0.4, "share", "share of Sri Lanka's bilateral debt owed to China", approximate=True),
            cl(0.073, "share", "contraction of Sri Lanka's economy in 2022"),
            cl(0.7, "share", "peak inflation in Sri Lanka", approximate=True),
            cl(
                0.02,
                "share",
                "expected economic growth this year",
                "estimated",
                "Central Bank of Sri Lanka",
                upper=0.03,
            ),
            cl(50000000, "USD", "Sri Lanka's foreign reserves at their 2022 low", approximate=True),
            cl(5400000000, "USD", "Sri Lanka's foreign reserves at the end of May"),
        ],
    },
    # ------------------------------------------------------------------ (3) quote-heavy
    "2024-06-26-haiti-kenyan-police-mission-arrives.txt": {
        "title": (
            '"Haiti\'s people have waited long enough": Kenyan police land in Port-au-Prince'
        ),
        "published": "2024-06-26",
        "entities": [
            ent("Haiti", "GPE"),
            ent("Port-au-Prince", "GPE"),
            ent("Kenya", "GPE"),
            ent("William Ruto", "PERSON"),
            ent("Nairobi", "GPE"),
            ent("Garry Conille", "PERSON", "Conille"),
            ent("Jimmy Cherizier", "PERSON", "Barbecue"),
            ent("Viv Ansanm", "ORG"),
            ent("United Nations", "ORG", "UN"),
            ent("Antonio Guterres", "PERSON"),
            ent(US, "GPE", "US"),
            ent("Antony Blinken", "PERSON"),
            ent("Jamaica", "GPE"),
            ent("Belize", "GPE"),
            ent("Bahamas", "GPE"),
            ent("Marie-Claude Joseph", "PERSON"),
            ent("Delmas", "GPE"),
            ent("Kenyan", "NORP"),
            ent("Haitian", "NORP"),
        ],
        "events": [
            # The first 400 officers of a Kenyan-led police force arrived in Haiti on Tuesday
            ev("AID", "personnel", ["Kenya"], ["Haiti"], date="2024-06-25"),
            # Conille thanked Kenya for "standing with Haiti"
            ev("SUPPORT", "praise", ["Garry Conille"], ["Kenya"]),
            # ... and called on the gangs to lay down their weapons (unnamed gangs of the lead)
            ev("REQUEST", "disarm", ["Garry Conille"], []),
            # "After this, the law will come for you" (his own side's act: planned)
            ev("THREATEN", "warn", ["Garry Conille"], [], "planned"),
            # Cherizier said his fighters would treat the foreign officers as "invaders"
            ev("THREATEN", "military", ["Jimmy Cherizier"], ["Kenya"], "planned"),
            # Viv Ansanm fighters stormed Haiti's two largest prisons in March
            ev("ASSAULT", "ground", ["Viv Ansanm"], ["Haiti"], date="2024-03"),
            # Guterres called the deployment "a vital step" (targets its doer)
            ev("SUPPORT", "diplomatic", ["Antonio Guterres"], ["Kenya"]),
            # ... and urged donors to fund the mission (unnamed donors: empty target)
            ev("REQUEST", "aid", ["Antonio Guterres"], []),
            # The United States, which has pledged $300 million to the mission (the pledge ...)
            ev("AGREE", "assist", [US], ["Haiti"]),
            # ... and the pledged money
            ev("AID", "economic", [US], ["Haiti"], "planned"),
            # "We are proud to support Kenya's leadership," Blinken said
            ev("SUPPORT", "praise", ["Antony Blinken"], ["Kenya"]),
            # Kenya signed a security agreement with Haiti in March
            ev("AGREE", "agreement", ["Kenya", "Haiti"], ["Haiti", "Kenya"], date="2024-03"),
            # Kenya has pledged 1,000 officers in all (its deployment is under way and coded
            # in the lead: no second, planned AID)
            ev("AGREE", "assist", ["Kenya"], ["Haiti"]),
            # Jamaica, Belize and the Bahamas have also promised personnel ...
            ev("AGREE", "assist", ["Jamaica", "Belize", "Bahamas"], ["Haiti"]),
            # ... and the promised act
            ev("AID", "personnel", ["Jamaica", "Belize", "Bahamas"], ["Haiti"], "planned"),
        ],
        "claims": [
            cl(400, "officers", "Kenyan officers in the first contingent"),
            cl(2, "prisons", "prisons stormed by Viv Ansanm fighters in March"),
            cl(4000, "inmates", "inmates freed from the prisons", approximate=True),
            cl(
                2500,
                "people",
                "people killed or injured in gang violence in the first quarter",
                "reported",
                "United Nations",
                approximate=True,
            ),
            cl(
                580000,
                "people",
                "people driven from their homes",
                "reported",
                "United Nations",
                approximate=True,
            ),
            cl(
                21000000,
                "USD",
                "money received by the UN trust fund for the force",
                "reported",
                "UN officials",
                approximate=True,
            ),
            cl(
                600000000,
                "USD",
                "yearly money the force needs",
                "reported",
                "UN officials",
                approximate=True,
            ),
            cl(300000000, "USD", "US pledge to the mission", "planned"),
            cl(1000, "officers", "officers Kenya has pledged in all", "planned"),
            cl(2500, "officers", "size of the planned force", "planned", upper=3000),
        ],
    },
    # ------------------------------------------------------------------ (4) agencies
    "2025-04-08-algeria-mali-airspace-drone-row.txt": {
        "title": "Algeria and Mali shut airspace to each other as drone row deepens",
        "published": "2025-04-08",
        "entities": [
            ent("Algeria", "GPE", "Algiers"),
            ent("Mali", "GPE", "Bamako"),
            ent("Algerie Presse Service", "ORG", "APS"),
            ent("ORTM", "ORG"),
            ent("Tinzaouaten", "GPE"),
            ent(AES, "ORG", "AES"),
            ent(BF, "GPE"),
            ent("Niger", "GPE"),
            ent("Ahmed Attaf", "PERSON"),
            ent(ICJ, "ORG"),
            ent("African Union", "ORG"),
            ent("Algerian", "NORP"),
            ent("Malian", "NORP"),
            ent("Tuareg", "NORP"),
        ],
        "events": [
            # Algeria closed its airspace to flights to and from Mali on Monday, APS reported
            ev(
                "COERCE",
                "restrict movement",
                ["Algeria"],
                ["Mali"],
                "reported",
                "Algerie Presse Service",
                "2025-04-07",
            ),
            # a Malian drone that Algerian forces shot down (writer's clause; para 3 dates it
            # and tells the same act again)
            ev(
                "ASSAULT",
                "shoot down",
                ["Algeria"],
                ["Mali"],
                date="2025-04-01",
                location="Tinzaouaten",
            ),
            # Mali's transitional government responded hours later with a similar measure
            ev(
                "COERCE",
                "restrict movement",
                ["Mali"],
                ["Algeria"],
                "reported",
                "ORTM",
                "2025-04-07",
            ),
            # According to APS, the defence ministry said the drone had entered Algerian airspace
            ev(
                "MOBILIZE",
                "airspace violation",
                ["Mali"],
                ["Algeria"],
                "reported",
                "Algerie Presse Service",
                "2025-04-01",
                "Tinzaouaten",
            ),
            # ... which is the Algerian defence ministry's charge against Mali
            ev("ACCUSE", "violation", ["Algeria"], ["Mali"], "reported", "Algerie Presse Service"),
            # Mali's foreign ministry denied that the drone had crossed the border
            ev("REJECT", "deny", ["Mali"], ["Algeria"], "denied"),
            # ... and accused Algiers of a "premeditated hostile act"
            ev("ACCUSE", "hostile", ["Mali"], ["Algeria"]),
            # AES said on Sunday that its three members were recalling their ambassadors
            ev(
                "SANCTION",
                "recall",
                ["Mali", BF, "Niger"],
                ["Algeria"],
                "reported",
                AES,
                "2025-04-06",
            ),
            # ... and condemned what it called an "act of aggression"
            ev("ACCUSE", "aggression", [AES], ["Algeria"], date="2025-04-06"),
            # Algeria responded by recalling its ambassadors to Mali and Niger, APS said
            ev(
                "SANCTION",
                "recall",
                ["Algeria"],
                ["Mali", "Niger"],
                "reported",
                "Algerie Presse Service",
            ),
            # ... and postponing the arrival of its new ambassador in Burkina Faso
            ev(
                "SANCTION",
                "delay envoy",
                ["Algeria"],
                [BF],
                "reported",
                "Algerie Presse Service",
            ),
            # The ministry also "deeply regretted" the alignment of Niger and Burkina Faso
            ev("ACCUSE", "disapprove", ["Algeria"], ["Niger", BF]),
            # Attaf told reporters on Tuesday that Mali's accusations were "baseless"
            ev("REJECT", "deny", ["Ahmed Attaf"], ["Mali"], "denied", date="2025-04-08"),
            # ... and that the drone had "clearly" violated Algerian airspace
            ev("ACCUSE", "violation", ["Ahmed Attaf"], ["Mali"], date="2025-04-08"),
            # Mali said it would take the matter to the ICJ, ORTM reported (a complaint)
            ev("ACCUSE", "complaint", ["Mali"], ["Algeria"], "planned", "ORTM"),
            # The African Union urged both sides to show restraint
            ev("REQUEST", "restraint", ["African Union"], ["Algeria", "Mali"]),
            # in January 2024 Mali's junta accused its neighbour of "hostile acts"
            ev("ACCUSE", "hostile", ["Mali"], ["Algeria"], date="2024-01"),
            # ... and summoned the Algerian ambassador
            ev("ACCUSE", "summon", ["Mali"], ["Algeria"], date="2024-01"),
        ],
        "claims": [
            cl(
                2,
                "kilometres",
                "distance inside Algerian territory where the drone was brought down",
                "reported",
                "Algerie Presse Service",
                approximate=True,
            ),
            cl(
                9.5,
                "kilometres",
                "distance inside Mali where the wreckage was found",
                "reported",
                "Mali's foreign ministry",
            ),
            cl(3, "members", "AES members recalling their ambassadors", "reported", AES),
            cl(1360, "kilometres", "length of the Algeria-Mali border", approximate=True),
        ],
    },
    # ------------------------------------------------------------------ (5) analysis, hedges
    "2024-07-05-greece-turkey-kasos-cable-standoff.txt": {
        "title": "Analysis: Cable standoff off Kasos tests fragile Greek-Turkish thaw",
        "published": "2024-07-05",
        "entities": [
            ent("Turkey", "GPE", "Ankara"),
            ent("Greece", "GPE", "Athens"),
            ent("Kasos", "LOC"),
            ent("Sea Meridian", "PRODUCT"),
            ent("Great Sea Interconnector", "FAC"),
            ent("Cyprus", "GPE"),
            ent("Israel", "GPE"),
            ent(KM, "PERSON", "Mitsotakis"),
            ent(RTE, "PERSON", "Erdogan"),
            ent("NATO", "ORG"),
            ent("Washington", "GPE"),
            ent("Oruc Reis", "PRODUCT"),
            ent("Kastellorizo", "LOC"),
            ent("Eleni Vrettou", "PERSON"),
            ent("Hellenic Foundation for European and Foreign Policy", "ORG", "ELIAMEP"),
            ent(EU, "ORG"),
            ent("Greek", "NORP"),
            ent("Turkish", "NORP"),
            ent("Italian", "NORP"),
        ],
        "events": [
            # A standoff between Turkish warships and a survey vessel off Kasos (lead); para 2
            # tells the same act ("Two Turkish frigates shadowed ... on Wednesday")
            ev(
                "MOBILIZE",
                "show of force",
                ["Turkey"],
                ["Greece"],
                date="2024-07-03",
                location="Kasos",
            ),
            # Turkey's defence ministry ... accused Greece of "unilateral actions"
            ev("ACCUSE", "disapprove", ["Turkey"], ["Greece"]),
            # ... until Mitsotakis meets Erdogan at the NATO summit in Washington next week
            ev(
                "CONSULT",
                "meet",
                [KM, RTE],
                [RTE, KM],
                "planned",
                date="2024-07",
                location="Washington",
            ),
            # Analysts say Ankara ... could send its own research ships into contested waters
            ev("MOBILIZE", "show of force", ["Turkey"], ["Greece"], "speculated", "analysts"),
            # ... as it did in 2020, when the Oruc Reis, escorted by warships, sailed south of
            # Kastellorizo
            ev(
                "MOBILIZE",
                "show of force",
                ["Turkey"],
                ["Greece"],
                date="2020",
                location="Kastellorizo",
            ),
            # the earthquake in February 2023, when Greek rescue teams were among the first
            ev("AID", "humanitarian", ["Greece"], ["Turkey"], date="2023-02"),
            # In December that year, Erdogan and Mitsotakis signed a declaration in Athens
            ev("AGREE", "agreement", [RTE, KM], [KM, RTE], date="2023-12", location="Athens"),
            # ... committing the two NATO allies to regular high-level talks (pledged act)
            ev("CONSULT", "negotiate", ["Greece", "Turkey"], ["Turkey", "Greece"], "planned"),
            # The EU, which is contributing 657 million euros to the project
            ev("AID", "economic", [EU], ["Greece", "Cyprus"]),
            # ... urged both countries to resolve their differences through dialogue
            ev("REQUEST", "dialogue", [EU], ["Greece", "Turkey"]),
            # A senior Greek diplomat said Athens might raise the incident with NATO allies
            ev(
                "ACCUSE",
                "complaint",
                ["Greece"],
                ["Turkey"],
                "speculated",
                "a senior Greek diplomat",
            ),
            # a Turkish official suggested Ankara could propose talks on the cable's route
            ev(
                "REQUEST",
                "negotiate",
                ["Turkey"],
                ["Greece"],
                "speculated",
                "a Turkish official",
            ),
        ],
        "claims": [
            cl(
                2,
                "frigates",
                "Turkish frigates that shadowed the Sea Meridian",
                "reported",
                "Greek officials",
            ),
            cl(657000000, "EUR", "EU contribution to the Great Sea Interconnector"),
            cl(1900000000, "EUR", "cost of the Great Sea Interconnector"),
            cl(1240, "kilometres", "length of the Great Sea Interconnector cable"),
            cl(2000, "megawatts", "capacity of the Great Sea Interconnector"),
        ],
    },
    # ------------------------------------------------------------------ (6) agencies
    "2024-11-16-us-japan-korea-trilateral-secretariat.txt": {
        "title": (
            "US, Japan and South Korea agree on permanent secretariat, condemn North Korean "
            "troops in Russia"
        ),
        "published": "2024-11-16",
        "entities": [
            ent(SK, "GPE", "Seoul"),
            ent(JP, "GPE", "Tokyo"),
            ent(US, "GPE", "US"),
            ent("Yonhap News Agency", "ORG", "Yonhap"),
            ent(YOON, "PERSON", "Yoon"),
            ent(ISHIBA, "PERSON", "Ishiba"),
            ent(BIDEN, "PERSON", "Biden"),
            ent("Asia-Pacific Economic Cooperation", "ORG", "APEC"),
            ent("Lima", "GPE"),
            ent("Peru", "GPE"),
            ent(NK, "GPE", "Pyongyang"),
            ent("Russia", "GPE", "Moscow"),
            ent("Kyodo News", "ORG"),
            ent("Xi Jinping", "PERSON"),
            ent("Ukraine", "GPE"),
            ent("Korean Central News Agency", "ORG", "KCNA"),
            ent("National Intelligence Service", "ORG", "NIS"),
            ent("Kursk", "GPE"),
            ent("Camp David", "FAC"),
            ent("Freedom Edge", "EVENT"),
            ent("Donald Trump", "PERSON"),
            ent("Japanese", "NORP"),
            ent("Chinese", "NORP"),
            ent("North Korean", "NORP"),
            ent("Ukrainian", "NORP"),
        ],
        "events": [
            # The leaders agreed on Friday to set up a permanent secretariat, Yonhap reported
            ev("AGREE", "agreement", THREE, THREE, "reported", "Yonhap News Agency", "2024-11-15"),
            # ... the agreed act: a secretariat to coordinate their cooperation
            ev("COOPERATE", "security", THREE, THREE, "planned", "Yonhap News Agency"),
            # Yoon, Ishiba and Biden met ... in Lima, the agency said
            ev(
                "CONSULT",
                "meet",
                LEADERS,
                LEADERS,
                "reported",
                "Yonhap News Agency",
                "2024-11-15",
                "Lima",
            ),
            # the three leaders "strongly condemned" North Korea's deployment of troops to
            # Russia and Moscow's "direct support", Yonhap said
            ev("ACCUSE", "disapprove", LEADERS, [NK, "Russia"], "reported", "Yonhap News Agency"),
            # Ishiba told reporters he would hold talks with Xi later on Friday, Kyodo reported
            ev(
                "CONSULT",
                "meet",
                [ISHIBA, "Xi Jinping"],
                ["Xi Jinping", ISHIBA],
                "planned",
                "Kyodo News",
                "2024-11-15",
            ),
            # Yoon warned that Seoul would "not stand idly by" (his own side's act: planned)
            ev("THREATEN", "warn", [YOON], [NK, "Russia"], "planned", "Yonhap News Agency"),
            # ... and said South Korea could consider supplying weapons to Ukraine
            ev("AID", "military", [SK], ["Ukraine"], "speculated", "Yonhap News Agency"),
            # North Korea's foreign ministry on Saturday denounced the summit, KCNA said
            ev(
                "ACCUSE",
                "disapprove",
                [NK],
                THREE,
                "reported",
                "Korean Central News Agency",
                "2024-11-16",
            ),
            # ... and warned that it would further strengthen its nuclear forces
            ev(
                "THREATEN",
                "warn",
                [NK],
                THREE,
                "planned",
                "Korean Central News Agency",
                "2024-11-16",
            ),
            # North Korea has sent more than 10,000 troops to Russia, according to the NIS (the
            # deployment the leaders condemned: one act)
            ev(
                "AID",
                "personnel",
                [NK],
                ["Russia"],
                "reported",
                "South Korea's National Intelligence Service",
            ),
            # ... which says some of them have already fought Ukrainian forces in Kursk
            ev(
                "ASSAULT",
                "ground",
                [NK],
                ["Ukraine"],
                "reported",
                "South Korea's National Intelligence Service",
                location="Kursk",
            ),
            # first stand-alone summit at Camp David in August 2023
            ev("CONSULT", "meet", THREE, THREE, date="2023-08", location="Camp David"),
            # ... where they agreed to hold annual military exercises (the promised drill took
            # place and is coded below: no planned COOPERATE)
            ev("AGREE", "agreement", THREE, THREE, date="2023-08", location="Camp David"),
            # The first such drill, Freedom Edge, took place in June
            ev("COOPERATE", "military", THREE, THREE, date="2024-06"),
            # Trump, who has demanded that South Korea pay far more for the US troop presence
            ev("REQUEST", "payment", ["Donald Trump"], [SK]),
        ],
        "claims": [
            cl(
                10000,
                "troops",
                "North Korean troops sent to Russia",
                "reported",
                "South Korea's National Intelligence Service",
                approximate=True,
            ),
            cl(28500, "troops", "US troops stationed in South Korea", approximate=True),
            cl(54000, "troops", "US troops stationed in Japan", approximate=True),
        ],
    },
    # ------------------------------------------------------------------ (7) quote-heavy
    "2025-05-09-iran-seizes-tanker-hormuz.txt": {
        "title": '"An act of piracy": US demands Iran free seized tanker and crew',
        "published": "2025-05-09",
        "entities": [
            ent("Iran", "GPE", "Tehran"),
            ent("Islamic Revolutionary Guard Corps", "ORG", "Revolutionary Guards", "Guards"),
            ent("Marshall Islands", "GPE"),
            ent("Strait of Hormuz", "LOC"),
            ent("Bandar Abbas", "GPE"),
            ent("Tasnim", "ORG", "Tasnim news agency"),
            ent("Sea Caravel", "PRODUCT"),
            ent("Athens", "GPE"),
            ent(ACS, "ORG"),
            ent("State Department", "ORG"),
            ent(US, "GPE", "US", "Washington"),
            ent("US Navy", "ORG"),
            ent("Fifth Fleet", "ORG"),
            ent("Bahrain", "GPE"),
            ent("India", "GPE"),
            ent("Randhir Jaiswal", "PERSON"),
            ent("Abbas Araghchi", "PERSON", "Araghchi"),
            ent("X", "ORG"),
            ent("MSC Aries", "PRODUCT"),
            ent("Oman", "GPE"),
            ent("Dubai", "GPE"),
            ent("Iranian", "NORP"),
            ent("Iraqi", "NORP"),
            ent("Indian", "NORP"),
            ent("Israeli", "NORP"),
        ],
        "events": [
            # Iran's Revolutionary Guards seized a ... tanker in the Strait of Hormuz on Thursday
            ev(
                "COERCE",
                "seize",
                ["Iran"],
                ["Sea Caravel"],
                "reported",
                "Iranian state media",
                "2025-05-08",
                "Strait of Hormuz",
            ),
            # ... accusing it of carrying smuggled fuel (the Guards' statement in para 2 is the
            # same accusation)
            ev(
                "ACCUSE",
                "smuggling",
                ["Iran"],
                ["Sea Caravel"],
                "reported",
                "Iranian state media",
                "2025-05-08",
            ),
            # The company said the vessel was carrying crude oil, not diesel (accuser: Iran)
            ev("REJECT", "deny", [ACS], ["Iran"], "denied"),
            # "... call for their immediate release," the company said
            ev("REQUEST", "release", [ACS], ["Iran"]),
            # "This is an act of piracy," a State Department spokesperson said
            ev("ACCUSE", "disapprove", [US], ["Iran"]),
            # "Iran must release the vessel and its crew immediately."
            ev("REQUEST", "release", [US], ["Iran"]),
            # The Fifth Fleet said it had stepped up patrols in the strait in response
            ev(
                "MOBILIZE",
                "naval patrol",
                [US],
                ["Iran"],
                "reported",
                "US Navy's Fifth Fleet",
                location="Strait of Hormuz",
            ),
            # India's foreign ministry said its embassy in Tehran was in contact with Iran
            ev("CONSULT", "contact", ["India"], ["Iran"], "reported", "India's foreign ministry"),
            # Araghchi rejected the US criticism (accuser: the United States)
            ev("REJECT", "deny", ["Abbas Araghchi"], [US], "denied"),
            # ... and accused Washington of hypocrisy
            ev("ACCUSE", "disapprove", ["Abbas Araghchi"], [US]),
            # In April 2024, Iranian commandos landed on the MSC Aries ... and seized it
            ev("COERCE", "seize", ["Iran"], ["MSC Aries"], date="2024-04"),
            # ... its crew was released weeks later (crew of no stated nationality)
            ev("RETREAT", "release", ["Iran"], []),
            # nuclear talks with Washington, due to be held in Oman next week
            ev(
                "CONSULT",
                "negotiate",
                ["Iran", US],
                [US, "Iran"],
                "planned",
                date="2025-05",
                location="Oman",
            ),
        ],
        "claims": [
            cl(
                2000000,
                "litres",
                "diesel the seized ship was carrying",
                "reported",
                "Tasnim",
                approximate=True,
            ),
            cl(
                730000,
                "barrels",
                "Iraqi crude oil the seized ship was carrying",
                "reported",
                ACS,
                approximate=True,
            ),
            cl(21, "crew members", "crew of the Sea Caravel", "reported", ACS),
            cl(16, "nationals", "Indian nationals among the crew"),
            cl(
                0.2,
                "share",
                "share of seaborne oil trade passing through the strait",
                approximate=True,
            ),
            cl(
                33, "kilometres", "width of the Strait of Hormuz at its narrowest", approximate=True
            ),
        ],
    },
    # ------------------------------------------------------------------ (8) plain wire
    "2024-04-07-mexico-ecuador-embassy-raid.txt": {
        "title": "Mexico breaks off relations with Ecuador after police storm its embassy in Quito",
        "published": "2024-04-07",
        "entities": [
            ent("Ecuador", "GPE", "Quito"),
            ent("Mexico", "GPE"),
            ent("Mexico City", "GPE"),
            ent("Jorge Glas", "PERSON", "Glas"),
            ent("Rafael Correa", "PERSON"),
            ent(AMLO, "PERSON", "Lopez Obrador"),
            ent("Alicia Barcena", "PERSON", "Barcena"),
            ent(ICJ, "ORG"),
            ent("Roberto Canseco", "PERSON"),
            ent("Daniel Noboa", "PERSON", "Noboa"),
            ent("Raquel Serur", "PERSON"),
            ent("Brazil", "GPE"),
            ent("Colombia", "GPE"),
            ent("Chile", "GPE"),
            ent("Nicaragua", "GPE"),
            ent(US, "GPE"),
            ent("Vienna Convention on Diplomatic Relations", "LAW"),
            ent("Organization of American States", "ORG"),
            ent("TC Television", "ORG"),
            ent("Guayaquil", "GPE"),
            ent("Ecuadorian", "NORP"),
            ent("Mexican", "NORP"),
        ],
        "events": [
            # Ecuadorian police forced their way into the Mexican embassy in Quito late on Friday
            ev("COERCE", "raid", ["Ecuador"], ["Mexico"], date="2024-04-05", location="Quito"),
            # ... and arrested former vice-president Jorge Glas
            ev(
                "COERCE",
                "arrest",
                ["Ecuador"],
                ["Jorge Glas"],
                date="2024-04-05",
                location="Quito",
            ),
            # ... prompting Mexico to break off diplomatic relations with Ecuador within hours
            ev("SANCTION", "break relations", ["Mexico"], ["Ecuador"]),
            # further charges, which he says are politically motivated
            ev("ACCUSE", "disapprove", ["Jorge Glas"], ["Ecuador"]),
            # Mexico granted him political asylum on Friday (CAMEO 075: AID)
            ev("AID", "asylum", ["Mexico"], ["Jorge Glas"], date="2024-04-05"),
            # a Mexican request for safe passage ...
            ev("REQUEST", "safe passage", ["Mexico"], ["Ecuador"]),
            # ... which Quito had refused
            ev("REJECT", "request", ["Ecuador"], ["Mexico"]),
            # Lopez Obrador called the raid "a flagrant violation of international law"
            ev("ACCUSE", "violation", [AMLO], ["Ecuador"]),
            # Barcena said Mexico would take the case to the ICJ (own plan: planned, no source)
            ev("ACCUSE", "complaint", ["Mexico"], ["Ecuador"], "planned"),
            # ... and that Canseco had been injured by police during the raid
            ev(
                "ASSAULT",
                "beating",
                ["Ecuador"],
                ["Roberto Canseco"],
                "reported",
                "Alicia Barcena",
                location="Quito",
            ),
            # ... which is Barcena's blame of Ecuador
            ev("ACCUSE", "allege", ["Alicia Barcena"], ["Ecuador"]),
            # "Diplomatic personnel will leave Ecuador immediately" / due to fly home on Sunday
            ev("RETREAT", "withdraw", ["Mexico"], ["Ecuador"], "planned", date="2024-04-07"),
            # Ecuador's government ... accused Mexico of abusing the immunities of its mission
            ev("ACCUSE", "abuse", ["Ecuador"], ["Mexico"]),
            # On Thursday, Ecuador had declared Mexico's ambassador persona non grata
            ev("SANCTION", "expel", ["Ecuador"], ["Mexico", "Raquel Serur"], date="2024-04-04"),
            # ... over remarks by Lopez Obrador questioning the conduct of Ecuador's election
            ev("ACCUSE", "disapprove", [AMLO], ["Ecuador"]),
            # Brazil, Colombia and Chile condemned the raid
            ev("ACCUSE", "disapprove", ["Brazil", "Colombia", "Chile"], ["Ecuador"]),
            # ... and Nicaragua broke off relations with Ecuador
            ev("SANCTION", "break relations", ["Nicaragua"], ["Ecuador"]),
            # The United States said it "condemns any violation" of the Vienna Convention
            ev("ACCUSE", "disapprove", [US], ["Ecuador"]),
            # ... and urged the two countries to resolve their differences
            ev("REQUEST", "dialogue", [US], ["Mexico", "Ecuador"]),
            # The OAS will hold an emergency meeting on Tuesday to discuss the dispute
            ev(
                "CONSULT",
                "multilateral",
                ["Organization of American States"],
                ["Ecuador", "Mexico"],
                "planned",
                date="2024-04-09",
            ),
            # Noboa declared an "internal armed conflict" against 22 gangs in January
            ev("COERCE", "state of emergency", ["Daniel Noboa"], [], date="2024-01"),
            # ... after gunmen stormed the studio of TC Television in Guayaquil (unnamed doers)
            ev("ASSAULT", "raid", [], ["TC Television"], location="Guayaquil"),
        ],
        "claims": [
            cl(18, "staff", "Mexican embassy staff due to fly home", "planned"),
            cl(22, "gangs", "criminal gangs named in Ecuador's internal armed conflict decree"),
        ],
    },
}

write_gold(HERE, PAGES)

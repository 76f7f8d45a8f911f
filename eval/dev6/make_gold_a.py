"""Writes eval/dev6/gold/*.json for part A of set 6 (facts-only gold, hand-written without
running the extractor).

Each page: title, published, entities (name, type, aliases), events and claims in the contract's
shape; `text` and `evidence` are null (scored on facts alone). Conventions follow
docs/annotation.md; where it is silent, the choices of eval/dev5 (and eval/dev4, eval/dev3),
except where docs/annotation.md departs from them ("X reported, citing Y" -> Y; institutions
speak for their state). The choices made for this half are listed in eval/dev6/README_a.md.
Part B (make_gold_b.py) writes its own pages into the same gold folder.
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent


sys.path.insert(0, str(HERE.parent))
from goldkit import cl, ent, ev, write_gold  # noqa: E402

SK = "South Korea"
NK = "North Korea"
US = "United States"
YONHAP = "Yonhap News Agency"
KCNA = "Korean Central News Agency"
KYJ = "Kim Yo Jong"
KJU = "Kim Jong Un"
MOON = "Moon Jae-in"
CHANG = "Chang Ho-jin"
PARK = "Park Sang-hak"
BD = "Bangladesh"
IN = "India"
HASINA = "Sheikh Hasina"
YUNUS = "Muhammad Yunus"
AL = "Awami League"
MISRI = "Vikram Misri"
ICJ = "International Court of Justice"
IL = "Israel"
ZA = "South Africa"
OIC = "Organisation of Islamic Cooperation"
NE = "Niger"
BJ = "Benin"
TALON = "Patrice Talon"
ECOWAS = "Economic Community of West African States"
IMF = "International Monetary Fund"

PAGES = {
    # ------------------------------------------------------------------ (1) agencies, quotes
    "2024-06-10-korea-trash-balloons-loudspeakers.txt": {
        "title": (
            "Seoul switches border loudspeakers back on as North Korea sends more trash balloons"
        ),
        "published": "2024-06-10",
        "entities": [
            ent(SK, "GPE", "Seoul", "the South"),
            ent(NK, "GPE", "Pyongyang", "the North"),
            ent(YONHAP, "ORG", "Yonhap"),
            ent("Gyeonggi Province", "GPE"),
            ent("Joint Chiefs of Staff", "ORG", "JCS"),
            ent(CHANG, "PERSON"),
            ent(KYJ, "PERSON"),
            ent(KJU, "PERSON", "Kim"),
            ent(KCNA, "ORG", "KCNA"),
            ent("Yoon Suk Yeol", "PERSON", "Yoon"),
            ent(MOON, "PERSON"),
            ent("Shin Won-sik", "PERSON"),
            ent(PARK, "PERSON"),
            ent("Ganghwa Island", "LOC"),
            ent("Constitutional Court", "ORG"),
            ent("China", "GPE"),
            ent("Japan", "GPE"),
            ent(US, "GPE"),
            ent("North Korean", "NORP"),
        ],
        "events": [
            # South Korea resumed propaganda broadcasts from loudspeakers ... on Sunday, Yonhap
            # News Agency reported (para 4, "The speakers played ...", tells the same act)
            ev("COERCE", "propaganda", [SK], [NK], "reported", YONHAP, "2024-06-09"),
            # ... after the North sent hundreds more balloons carrying rubbish (writer's clause;
            # para 2, "About 310 balloons were launched ... between Saturday night and Sunday
            # morning", tells the same act and dates it)
            ev("COERCE", "provocation", [NK], [SK], date="2024-06-08"),
            # The JCS condemned the launches as "a low-grade provocation"
            ev("ACCUSE", "disapprove", [SK], [NK]),
            # ... and urged Pyongyang to stop them at once
            ev("REQUEST", "halt", [SK], [NK]),
            # "The broadcasts will continue as long as the balloons keep coming," Chang said
            # (his own side's act: planned)
            ev("THREATEN", "warn", [CHANG], [NK], "planned"),
            # "Responsibility for this situation lies entirely with the North Korean side."
            ev("ACCUSE", "blame", [CHANG], [NK]),
            # Front-line units were also put on heightened alert, the agency reported, citing
            # the JCS (docs: X reported, citing Y -> Y; the JCS speaks for its state)
            ev("MOBILIZE", "alert", [SK], [NK], "reported", SK),
            # Late on Sunday, Kim Yo Jong warned that Seoul would see "a new response" from
            # Pyongyang ..., according to KCNA ("This is the prelude ..." is the same warning)
            ev("THREATEN", "warn", [KYJ], [SK], "planned", KCNA, "2024-06-09"),
            # Pyongyang started sending the balloons on May 28
            ev("COERCE", "provocation", [NK], [SK], date="2024-05-28"),
            # The North said on June 2 that it would halt the launches (own announced plan)
            ev("RETREAT", "de-escalate", [NK], [SK], "planned", date="2024-06-02"),
            # ... but warned it would resume them if the leaflets kept coming
            ev("THREATEN", "warn", [NK], [SK], "planned", date="2024-06-02"),
            # Last Tuesday, Yoon's cabinet voted to suspend the whole of a 2018 military
            # agreement with the North (REJECT agreement, as the seed gold codes it)
            ev("REJECT", "agreement", [SK], [NK], date="2024-06-04"),
            # The deal was signed in Pyongyang in September 2018 ...
            ev("AGREE", "agreement", [SK, NK], [NK, SK], date="2018-09", location="Pyongyang"),
            # ... during a summit between Kim and Yoon's predecessor, Moon Jae-in
            ev("CONSULT", "meet", [KJU, MOON], [MOON, KJU], date="2018-09", location="Pyongyang"),
            # "The North has already torn up this agreement in all but name," Shin said
            ev("ACCUSE", "disapprove", ["Shin Won-sik"], [NK]),
            # Pyongyang declared last November that it would no longer abide by the pact
            ev("REJECT", "agreement", [NK], [SK], date="2023-11"),
            # ... after Seoul partly suspended it (writer's clause)
            ev("REJECT", "agreement", [SK], [NK], date="2023-11"),
            # ... in response to the launch of a North Korean spy satellite (no target)
            ev("MOBILIZE", "satellite launch", [NK], [], date="2023-11"),
            # A group of defectors led by Park Sang-hak said it had flown 10 balloons carrying
            # leaflets from Ganghwa Island on Thursday night (own act, told by its doer)
            ev(
                "PROTEST",
                "leaflets",
                [PARK],
                [NK],
                "reported",
                PARK,
                "2024-06-06",
                "Ganghwa Island",
            ),
            # The unification ministry asked activists to refrain (unnamed activists)
            ev("REQUEST", "restraint", [SK], []),
            # China's foreign ministry called on "all relevant parties" to exercise restraint
            ev("REQUEST", "restraint", ["China"], [NK, SK]),
            # Japan said it was in close contact with South Korea and the United States
            ev("CONSULT", "contact", ["Japan"], [SK, US], "reported", "Japan"),
            # Some analysts say the North could fire on the loudspeakers
            ev("ASSAULT", "fire", [NK], [SK], "speculated", "analysts"),
            # ... as it did in 2015, when the two sides exchanged artillery fire
            ev("ASSAULT", "artillery", [NK], [SK], date="2015"),
            # Others expect Pyongyang to answer with more balloons rather than shells
            ev("COERCE", "provocation", [NK], [SK], "speculated", "analysts"),
        ],
        "claims": [
            cl(
                310,
                "balloons",
                "balloons launched from the North between Saturday night and Sunday morning",
                "reported",
                SK,
                approximate=True,
            ),
            cl(
                50,
                "balloons",
                "balloons that came down in Seoul and Gyeonggi Province",
                "reported",
                SK,
                approximate=True,
            ),
            cl(
                1000,
                "balloons",
                "balloons that have crossed since May 28",
                "reported",
                SK,
                approximate=True,
            ),
            cl(10, "balloons", "balloons flown by Park Sang-hak's group", "reported", PARK),
            cl(200000, "leaflets", "leaflets carried by the activists' balloons", "reported", PARK),
            cl(5000, "USB sticks", "USB sticks carried by the activists' balloons", "reported", PARK),
            cl(28500, "troops", "US troops stationed in South Korea", approximate=True),
        ],
    },
    # ------------------------------------------------------------------ (2) plain wire
    "2024-12-24-bangladesh-india-hasina-extradition.txt": {
        "title": "Bangladesh asks India to hand back Sheikh Hasina for trial",
        "published": "2024-12-24",
        "entities": [
            ent(BD, "GPE", "Dhaka"),
            ent(IN, "GPE", "New Delhi"),
            ent(HASINA, "PERSON", "Hasina"),
            ent("Touhid Hossain", "PERSON"),
            ent("International Crimes Tribunal", "ORG"),
            ent("Ministry of External Affairs", "ORG"),
            ent("Bangladesh High Commission", "ORG"),
            ent("Randhir Jaiswal", "PERSON"),
            ent(AL, "ORG"),
            ent(YUNUS, "PERSON", "Yunus"),
            ent("Sajeeb Wazed", "PERSON"),
            ent("Agartala", "GPE"),
            ent("Tripura", "GPE"),
            ent(MISRI, "PERSON"),
            ent("Border Guard Bangladesh", "ORG", "BGB"),
            ent("Border Security Force", "ORG", "BSF"),
            ent("Chapainawabganj", "GPE"),
            ent("Ain o Salish Kendra", "ORG"),
            ent("Indian High Commission", "ORG"),
            ent("Gulshan", "GPE"),
            ent("Indian", "NORP"),
            ent("Bangladeshi", "NORP", "Bangladeshis"),
            ent("Hindus", "NORP"),
        ],
        "events": [
            # Bangladesh's interim government has formally asked India to extradite Hasina,
            # its foreign affairs adviser said on Monday (the note "received today", Monday;
            # para 2 tells the same request)
            ev("REQUEST", "extradition", [BD], [IN], date="2024-12-23"),
            # ... after weeks of student-led protests ended her 15-year rule (unnamed crowd)
            ev("PROTEST", "demonstrate", [], [BD, HASINA]),
            # ... the crackdown on the protests (nominal; her government's act, protesters
            # unnamed)
            ev("COERCE", "crackdown", [BD], []),
            # The two countries signed an extradition treaty in 2013
            ev("AGREE", "treaty", [BD, IN], [IN, BD], date="2013"),
            # Hasina's Awami League rejected the charges against her as "politically motivated"
            ev("REJECT", "deny", [AL], [BD], "denied"),
            # ... and accused the interim government of persecuting its members
            ev("ACCUSE", "disapprove", [AL], [BD]),
            # Sajeeb Wazed said his mother would not return while Yunus was in power
            ev("REJECT", "request", ["Sajeeb Wazed"], [BD]),
            # Bangladesh summoned India's acting envoy on December 3
            ev("ACCUSE", "summon", [BD], [IN], date="2024-12-03"),
            # ... after a crowd broke into its assistant high commission in Agartala
            ev("PROTEST", "riot", [], [BD], location="Agartala"),
            # New Delhi in turn has voiced concern over attacks on Hindus in Bangladesh
            ev("ACCUSE", "disapprove", [IN], [BD]),
            # Misri raised the issue with Yunus during a visit to Dhaka on December 9
            ev("CONSULT", "visit", [MISRI], [BD], date="2024-12-09", location="Dhaka"),
            ev("CONSULT", "meet", [MISRI, YUNUS], [YUNUS, MISRI], date="2024-12-09"),
            # The BGB said a Bangladeshi farmer was shot dead by the BSF near Chapainawabganj on
            # Saturday (the BSF acts for India; the unnamed farmer: the state the town lies in)
            ev(
                "ASSAULT",
                "shooting",
                [IN],
                [BD],
                "reported",
                BD,
                "2024-12-21",
                "Chapainawabganj",
            ),
            # ... which is the BGB's blame of India (an account that blames)
            ev("ACCUSE", "allege", [BD], [IN]),
            # ... and that it had lodged a strong protest with its Indian counterpart
            ev("ACCUSE", "disapprove", [BD], [IN]),
            # several thousand students marched towards the Indian High Commission on Monday
            # afternoon, demanding Hasina's return
            ev("PROTEST", "demonstrate", [], [IN], date="2024-12-23", location="Dhaka"),
            # Police blocked the road near the mission in Gulshan (unnamed marchers)
            ev("COERCE", "block", [BD], [], date="2024-12-23", location="Gulshan"),
            # He is due to meet the leaders of the main parties on Thursday (unnamed leaders)
            ev("CONSULT", "meet", [YUNUS], [], "planned", date="2024-12-26"),
        ],
        "claims": [
            cl(4096, "kilometres", "length of the Bangladesh-India border"),
            cl(
                25,
                "Bangladeshis",
                "Bangladeshis killed by the BSF in the first 11 months of the year",
                "reported",
                "Ain o Salish Kendra",
                approximate=True,
            ),
            cl(
                800,
                "people",
                "people killed during the July-August uprising",
                "reported",
                BD,
                approximate=True,
            ),
            cl(
                20000,
                "people",
                "people injured during the July-August uprising",
                "reported",
                BD,
                approximate=True,
            ),
        ],
    },
    # ------------------------------------------------------------------ (3) analysis, hedges
    "2024-01-12-icj-south-africa-israel-genocide-hearings.txt": {
        "title": (
            "Analysis: At The Hague, a genocide case that could constrain Israel's war — or "
            "change little"
        ),
        "published": "2024-01-12",
        "entities": [
            ent(IL, "GPE"),
            ent(ICJ, "ORG"),
            ent(ZA, "GPE", "Pretoria"),
            ent("Gaza", "GPE"),
            ent("Hamas", "ORG"),
            ent("The Hague", "GPE"),
            ent("Peace Palace", "FAC"),
            ent("Blinne Ni Ghralaigh", "PERSON"),
            ent("Tal Becker", "PERSON"),
            ent("Benjamin Netanyahu", "PERSON"),
            ent("Malaysia", "GPE"),
            ent("Turkey", "GPE"),
            ent("Jordan", "GPE"),
            ent("Bolivia", "GPE"),
            ent(OIC, "ORG"),
            ent(US, "GPE", "Washington"),
            ent("Germany", "GPE"),
            ent("Namibia", "GPE"),
            ent("Marleen de Vries", "PERSON"),
            ent("Leiden University", "ORG"),
            ent("Russia", "GPE", "Moscow"),
            ent("Ukraine", "GPE"),
            ent("United Nations", "ORG"),
            ent("Supreme Court", "ORG"),
            ent("Aharon Barak", "PERSON"),
            ent("Dikgang Moseneke", "PERSON"),
            ent("Palestinians", "NORP"),
            ent("Irish", "NORP"),
            ent("German", "NORP"),
            ent("Herero", "NORP"),
            ent("Nama", "NORP"),
            ent("Israeli", "NORP"),
        ],
        "events": [
            # Israel on Friday asked the ICJ to throw out South Africa's case (a state asking
            # the court to rule: REQUEST to the court, dev4)
            ev("REQUEST", "dismiss", [IL], [ICJ], date="2024-01-12", location="The Hague"),
            # ... telling the judges that the charge was "grossly distorted" (Becker's
            # "profoundly distorted ... picture" and "Israel denies targeting civilians" are
            # the same denial)
            ev("REJECT", "deny", [IL], [ZA], "denied", date="2024-01-12"),
            # South Africa's case accusing it of genocide in Gaza (lead); on Thursday its
            # lawyers argued that ... showed an intent to destroy Gaza's Palestinians (para 3
            # tells the same accusation and dates it)
            ev("ACCUSE", "allege", [ZA], [IL], date="2024-01-11"),
            # South Africa wants the court to order Israel to suspend its military operations
            # (Ni Ghralaigh's "except an order from this court" is the same request)
            ev("REQUEST", "order", [ZA], [ICJ]),
            # its campaign ... against Hamas / Israel's bombardment / military operations in
            # Gaza (one act)
            ev("ASSAULT", "bombardment", [IL], ["Hamas"], location="Gaza"),
            # ... the limits on food, fuel and water entering the territory
            ev("COERCE", "blockade", [IL], ["Gaza"]),
            # Becker ... accused Pretoria of acting as Hamas's "legal arm"
            ev("ACCUSE", "disapprove", ["Tal Becker"], [ZA], date="2024-01-12"),
            # ... and blames Hamas for hiding among them
            ev("ACCUSE", "blame", [IL], ["Hamas"]),
            # Netanyahu said on Thursday evening that "no one will stop us — not The Hague"
            ev("REJECT", "reject", ["Benjamin Netanyahu"], [ICJ], date="2024-01-11"),
            # Malaysia, Turkey, Jordan, Bolivia and the OIC have backed South Africa's application
            ev(
                "SUPPORT",
                "diplomatic",
                ["Malaysia", "Turkey", "Jordan", "Bolivia", OIC],
                [ZA],
            ),
            # The United States has called it "meritless" (characterising the case)
            ev("ACCUSE", "disapprove", [US], [ZA]),
            # Germany said on Friday it would intervene on Israel's behalf (own plan)
            ev("SUPPORT", "diplomatic", ["Germany"], [IL], "planned"),
            # ... dismissing the genocide accusation as having "no basis whatsoever"
            ev("REJECT", "deny", ["Germany"], [ZA], "denied", date="2024-01-12"),
            # That stance could draw sharp criticism from Namibia (writer's speculation)
            ev("ACCUSE", "disapprove", ["Namibia"], ["Germany"], "speculated"),
            # ... where German colonial troops killed tens of thousands of Herero and Nama
            ev("ASSAULT", "mass killing", ["Germany"], ["Herero", "Nama"], location="Namibia"),
            # Some analysts say the court could ... instead tell Israel to let more aid into
            # Gaza and to punish incitement (de Vries' "far more likely" is the same forecast)
            ev("REQUEST", "order", [ICJ], [IL], "speculated", "analysts"),
            # Washington, Israel's main arms supplier (writer's apposition)
            ev("AID", "military", [US], [IL]),
            # Others believe Israel would largely ignore any order
            ev("REJECT", "reject", [IL], [ICJ], "speculated", "analysts"),
            # in March 2022 it ordered Russia to suspend its invasion of Ukraine
            ev("REQUEST", "order", [ICJ], ["Russia"], date="2022-03"),
            # ... its invasion of Ukraine (nominal, undated here)
            ev("ASSAULT", "invasion", ["Russia"], ["Ukraine"]),
            # ... an order Moscow has disregarded
            ev("REJECT", "reject", ["Russia"], [ICJ]),
            # The war began when Hamas fighters attacked southern Israel on October 7
            ev("ASSAULT", "attack", ["Hamas"], [IL], date="2023-10-07"),
            # ... taking some 240 hostages
            ev("COERCE", "abduct", ["Hamas"], [IL], date="2023-10-07"),
        ],
        "claims": [
            cl(17, "judges", "judges hearing the case"),
            cl(57, "members", "members of the Organisation of Islamic Cooperation"),
            cl(
                1200,
                "people",
                "people killed in the Hamas attack on October 7",
                "reported",
                IL,
                approximate=True,
            ),
            cl(
                240,
                "hostages",
                "hostages taken by Hamas on October 7",
                "reported",
                IL,
                approximate=True,
            ),
            cl(
                23000,
                "Palestinians",
                "Palestinians killed in Gaza since October 7",
                "reported",
                "Gaza health ministry",
                approximate=True,
            ),
            cl(
                0.85,
                "share",
                "share of Gaza's people forced from their homes",
                "estimated",
                "United Nations",
                approximate=True,
            ),
            cl(2300000, "people", "population of Gaza"),
        ],
    },
    # ------------------------------------------------------------------ (4) many numbers
    "2024-06-20-niger-benin-border-pipeline-row.txt": {
        "title": "Niger keeps Benin border shut as oil row strands $400 million deal",
        "published": "2024-06-20",
        "entities": [
            ent(NE, "GPE", "Niamey"),
            ent(BJ, "GPE", "Cotonou"),
            ent("Ali Mahaman Lamine Zeine", "PERSON"),
            ent("WAPCO-Niger", "ORG"),
            ent("Gaya", "GPE"),
            ent("Wilfried Houngbedji", "PERSON"),
            ent("China National Petroleum Corporation", "ORG", "CNPC"),
            ent("Agadem", "LOC"),
            ent("Seme", "GPE"),
            ent(TALON, "PERSON", "Talon"),
            ent("PetroChina", "ORG"),
            ent(IMF, "ORG"),
            ent("China", "GPE"),
            ent("Jiang Feng", "PERSON"),
            ent("Abdourahamane Tiani", "PERSON"),
            ent(ECOWAS, "ORG", "ECOWAS"),
            ent("Mohamed Bazoum", "PERSON"),
            ent("Malanville", "GPE"),
            ent("Beninese", "NORP"),
            ent("Nigerien", "NORP"),
            ent("French", "NORP"),
            ent("Chinese", "NORP"),
        ],
        "events": [
            # Niger's military government said on Wednesday that its border with Benin would
            # stay closed "until further notice" (the closure goes on: asserted)
            ev("COERCE", "restrict movement", [NE], [BJ], date="2024-06-19"),
            # Zeine ... accused Benin of hosting French troops and bases where "terrorists" were
            # trained
            ev("ACCUSE", "allege", ["Ali Mahaman Lamine Zeine"], [BJ]),
            # Cotonou denies both charges (accuser: Niamey)
            ev("REJECT", "deny", [BJ], [NE], "denied"),
            # The five Beninese ... were arrested on June 5 at the oil terminal in Gaya ("Three
            # other Beninese detained with them" were held in the same arrest)
            ev("COERCE", "arrest", [NE], [BJ], date="2024-06-05", location="Gaya"),
            # Houngbedji called the arrests "arbitrary"
            ev("ACCUSE", "disapprove", ["Wilfried Houngbedji"], [NE]),
            # ... and demanded that the men be freed
            ev("REQUEST", "release", ["Wilfried Houngbedji"], [NE]),
            # Three other Beninese detained with them were released last week
            ev("RETREAT", "release", [NE], [BJ], date="2024-06"),
            # Benin had blocked the loading of Nigerien crude in early May (the condition,
            # "Niamey had to reopen the border first", is part of it)
            ev("SANCTION", "block exports", [BJ], [NE], date="2024-05"),
            # ... but Talon lifted the block a week later
            ev("CONCEDE", "ease sanctions", [TALON], [NE], date="2024-05"),
            # ... after talks with Chinese officials
            ev("CONSULT", "negotiate", [TALON, "China"], ["China", TALON], date="2024-05"),
            # a $400 million advance it agreed with PetroChina in April
            ev("AGREE", "agreement", [NE, "PetroChina"], ["PetroChina", NE], date="2024-04"),
            # ... the advance itself (a loan: AID)
            ev("AID", "economic", ["PetroChina"], [NE], date="2024-04"),
            # China has stepped in to mediate
            ev("CONSULT", "mediate", ["China"], [NE, BJ]),
            # Jiang Feng met junta leader Tiani in Niamey last week, ... Benin's foreign
            # ministry said
            ev(
                "CONSULT",
                "meet",
                ["Jiang Feng", "Abdourahamane Tiani"],
                ["Abdourahamane Tiani", "Jiang Feng"],
                "reported",
                BJ,
                "2024-06",
                "Niamey",
            ),
            # ... and a Chinese delegation is due in Cotonou next week
            ev("CONSULT", "visit", ["China"], [BJ], "planned", BJ, "2024-06", "Cotonou"),
            # Talon said last month he was ready to restore "normal relations" with Niamey
            ev("AGREE", "willingness", [TALON], [NE], date="2024-05"),
            # ... and the offered act
            ev("COOPERATE", "diplomatic", [TALON], [NE], "planned"),
            # The border was first closed by Benin in August last year
            ev("COERCE", "restrict movement", [BJ], [NE], date="2023-08"),
            # ... when ECOWAS imposed sanctions on Niger
            ev("SANCTION", "sanctions", [ECOWAS], [NE], date="2023-08"),
            # ... after soldiers ousted President Mohamed Bazoum, who remains in detention
            ev("COERCE", "coup", [NE], ["Mohamed Bazoum"]),
            # The bloc lifted most of the sanctions in February
            ev("CONCEDE", "ease sanctions", [ECOWAS], [NE], date="2024-02"),
            # ... and Benin reopened its side
            ev("CONCEDE", "ease restrictions", [BJ], [NE]),
            # ... but Niger refused to follow
            ev("REJECT", "refuse", [NE], [BJ]),
        ],
        "claims": [
            cl(1950, "kilometres", "length of the Niger-Benin oil pipeline"),
            cl(5, "workers", "Beninese oil workers in detention in Niamey"),
            cl(3, "Beninese", "other Beninese detained with them and released last week"),
            cl(2300000000, "USD", "cost of the pipeline built by CNPC", approximate=True),
            cl(90000, "barrels", "daily capacity of the pipeline"),
            cl(1, "cargoes", "cargoes that have left Seme so far"),
            cl(1000000, "barrels", "crude in the only cargo to leave Seme", approximate=True),
            cl(400000000, "USD", "advance Niger agreed with PetroChina"),
            cl(0.07, "share", "interest rate on the PetroChina advance"),
            cl(
                0.25,
                "share",
                "share of Niger's economic output crude could account for",
                "estimated",
                IMF,
                approximate=True,
            ),
            cl(
                0.5,
                "share",
                "share of Niger's tax revenue crude could account for",
                "estimated",
                IMF,
                approximate=True,
            ),
            cl(20000, "barrels", "daily output from Agadem now", approximate=True),
            cl(
                90000,
                "barrels",
                "expected daily output from Agadem",
                "estimated",
                upper=110000,
            ),
            cl(
                0.667,
                "share",
                "share of Niger's imports that came through Cotonou before the closure",
                approximate=True,
            ),
            cl(
                60000000000,
                "XOF",
                "losses of traders in Malanville since the closure",
                "estimated",
                "traders in Malanville",
            ),
            cl(
                98000000,
                "USD",
                "losses of traders in Malanville since the closure (dollar value)",
                "estimated",
                "traders in Malanville",
            ),
            cl(
                300,
                "lorries",
                "lorries stuck on the Beninese side of the border",
                "reported",
                "a local transport union",
                approximate=True,
            ),
        ],
    },
}

write_gold(HERE, PAGES)

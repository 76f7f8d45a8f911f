"""Writes eval/dev10/gold/*.json for part B of set 10 (facts-only gold, hand-written from the
page text without running the extractor).

Each page: title, published, entities (name, type, aliases), events and claims in the contract's
shape; `text` and `evidence` are null (scored on facts alone). Conventions follow
docs/annotation.md and, where it is silent, the choices of eval/dev9 (README_a.md, README_b.md)
and, behind them, eval/dev8 to eval/dev4; the choices made for this half are listed in
eval/dev10/README_b.md. Part A of the set is written separately (make_gold_a.py); this script
writes only the four part-B pages.

The Gabon page holds two unrelated stories (the AU suspension, then a short brief on the Nile
dam talks in Cairo, dated three days earlier); `write_gold` is given it as a list of stories and
writes one article per story, each with its own entities, events and claims.
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent


sys.path.insert(0, str(HERE.parent))
from goldkit import cl, ent, ev, write_gold  # noqa: E402

CN = "China"
JP = "Japan"
US = "United States"
HK = "Hong Kong"
MO = "Macau"
KR = "South Korea"
IAEA = "International Atomic Energy Agency"
KISHIDA = "Fumio Kishida"
GROSSI = "Rafael Grossi"
WANGWB = "Wang Wenbin"
NISHIMURA = "Yasutoshi Nishimura"
TSE = "Tse Chin-wan"
JF = "National Federation of Fisheries Cooperatives"
TEPCO = "Tokyo Electric Power Company"
CA = "Canada"
BLINKEN = "Antony Blinken"
BIDEN = "Joe Biden"
XI = "Xi Jinping"
WANGYI = "Wang Yi"
TRUMP = "Donald Trump"
SDO = "a senior defense official"
AU_ = "Australia"
UK = "United Kingdom"
ALBANESE = "Anthony Albanese"
LIQ = "Li Qiang"
CHENG = "Cheng Lei"
YANG = "Yang Hengjun"
MARLES = "Richard Marles"
GA = "Gabon"
AFU = "African Union"
BONGO = "Ali Bongo Ondimba"
NOUREDDIN = "Noureddin Bongo Valentin"
FR = "France"
NE = "Niger"
ECOWAS = "Economic Community of West African States"
ECCAS = "Economic Community of Central African States"
EG = "Egypt"
ET = "Ethiopia"

PAGES = {
    # ------------------------------------------------------------------ (1) HTML, seafood ban
    "2023-08-24-china-bans-japanese-seafood.html": {
        "title": "China bans all Japanese seafood as Fukushima water release begins",
        "published": "2023-08-24",
        "entities": [
            ent(CN, "GPE", "Beijing"),
            ent(JP, "GPE", "Tokyo"),
            ent("Fukushima Daiichi", "FAC"),
            ent("Pacific Ocean", "LOC"),
            ent("General Administration of Customs", "ORG"),
            ent(HK, "GPE"),
            ent(MO, "GPE"),
            ent("Fukushima", "GPE"),
            ent(TSE, "PERSON"),
            ent(TEPCO, "ORG", "TEPCO"),
            ent(KISHIDA, "PERSON", "Kishida"),
            ent("Wu Jianghao", "PERSON"),
            ent(NISHIMURA, "PERSON"),
            ent("World Trade Organization", "ORG"),
            ent("Qingdao", "GPE"),
            ent(WANGWB, "PERSON"),
            ent(IAEA, "ORG", "IAEA"),
            ent(GROSSI, "PERSON"),
            ent(KR, "GPE", "Seoul"),
            ent("Yonhap", "ORG"),
            ent("Yoon Suk Yeol", "PERSON"),
            ent("Ministry of Agriculture, Forestry and Fisheries", "ORG"),
            ent("Shanghai", "GPE"),
            ent(JF, "ORG"),
            ent("Japanese", "NORP"),
            ent("Chinese", "NORP"),
        ],
        "events": [
            # China suspended all imports of seafood from Japan on Thursday (own formal measure;
            # the customs administration's statement tells it again and speaks for China)
            ev("SANCTION", "embargo", [CN], [JP], date="2023-08-24"),
            # ... hours after the operator ... began releasing treated radioactive water into
            # the Pacific Ocean: a domestic act on nobody, not coded.
            # Beijing's foreign ministry called the discharge "an extremely selfish and
            # irresponsible act" (a reaction that names nobody targets the doer: Japan)
            ev("ACCUSE", "disapprove", [CN], [JP], date="2023-08-24"),
            # ... and urged Tokyo to stop it
            ev("REQUEST", "halt", [CN], [JP], date="2023-08-24"),
            # Hong Kong ... banned imports from 10 Japanese prefectures ... from Thursday
            ev("SANCTION", "embargo", [HK], [JP], date="2023-08-24"),
            # Macau's government announced a similar ban covering the same prefectures (no day
            # of its own)
            ev("SANCTION", "embargo", [MO], [JP]),
            # Tse Chin-wan called the release "irresponsible" (the release's doer: Japan)
            ev("ACCUSE", "disapprove", [TSE], [JP]),
            # Kishida called the ban "extremely regrettable" (its doer: China)
            ev("ACCUSE", "disapprove", [KISHIDA], [CN], date="2023-08-24"),
            # ... and told reporters that Tokyo had asked Beijing to lift it immediately (the
            # speaker tells his own side's request: he is the actor, dev9b)
            ev("REQUEST", "lift sanctions", [KISHIDA], [CN], date="2023-08-24"),
            # Later on Thursday, the foreign ministry summoned China's ambassador, Wu Jianghao,
            # to protest (one ACCUSE summon; the envoy's state is the target)
            ev("ACCUSE", "summon", [JP], [CN], date="2023-08-24"),
            # In a separate statement, the ministry accused Beijing of spreading "scientifically
            # unfounded claims" ("would keep explaining" is a stance: not coded)
            ev("ACCUSE", "allege", [JP], [CN], date="2023-08-24"),
            # Nishimura said Japan would raise the ban at the World Trade Organization (a
            # complaint to an international body: ACCUSE against the state complained about;
            # the speaker's own side's plan: planned, speaker as actor)
            ev("ACCUSE", "complaint", [NISHIMURA], [CN], "planned"),
            # Hundreds of harassing phone calls ... flooded restaurants, hotels and public
            # offices in Fukushima, city officials said (civilian dissent by nobody named; the
            # businesses' state is the target)
            ev(
                "PROTEST",
                "harassment",
                [],
                [JP],
                "reported",
                "city officials in Fukushima",
                "2023-08-24",
                "Fukushima",
            ),
            # In ... Qingdao, stones were thrown into the grounds of a Japanese school, the
            # Japanese embassy in Beijing said (an attack by doers nobody names: no actor; the
            # school's state is the target; the embassy speaks for Japan)
            ev("ASSAULT", "vandalism", [], [JP], "reported", JP, "2023-08-24", "Qingdao"),
            # The ministry asked the Chinese government to ensure the safety of Japanese
            # nationals and businesses in China
            ev("REQUEST", "protect", [JP], [CN], date="2023-08-24"),
            # Wang Wenbin rejected Tokyo's accusation that China was spreading false
            # information (a denied charge targets the accuser)
            ev("REJECT", "deny", [WANGWB], [JP], "denied", date="2023-08-24"),
            # It was Japan, he said, that had turned "a deaf ear" to the objections of its
            # neighbours
            ev("ACCUSE", "disapprove", [WANGWB], [JP], date="2023-08-24"),
            # In a report in July, the agency concluded that Japan's plan was consistent with
            # international safety standards (endorsing the plan: SUPPORT; Thursday's sample
            # analysis is a measurement, not coded)
            ev("SUPPORT", "endorse", [IAEA], [JP], date="2023-07"),
            # Grossi handed the report to Kishida in Tokyo on July 4
            ev(
                "CONSULT",
                "meet",
                [GROSSI, KISHIDA],
                [KISHIDA, GROSSI],
                date="2023-07-04",
                location="Tokyo",
            ),
            # China has said the report failed to reflect the views of all experts and could
            # not prove that the plan was legitimate
            ev("ACCUSE", "disapprove", [CN], [IAEA]),
            # In Seoul, several hundred protesters marched towards the Japanese embassy on
            # Thursday (a crowd with no name)
            ev("PROTEST", "demonstrate", [], [JP], date="2023-08-24", location="Seoul"),
            # ... and police detained 16 university students ..., Yonhap news agency reported
            # (the state where it happened; unnamed people: no target; the outlet is the source)
            ev("COERCE", "arrest", [KR], [], "reported", "Yonhap", "2023-08-24", "Seoul"),
            # South Korea has banned seafood from the waters off Fukushima since 2013 ("did not
            # follow Beijing's lead" is negated: not coded)
            ev("SANCTION", "embargo", [KR], [JP], date="2013"),
            # China had already barred food imports from Fukushima and several neighbouring
            # prefectures since 2011
            ev("SANCTION", "embargo", [CN], [JP], date="2011"),
            # The National Federation of Fisheries Cooperatives ... said on Thursday that it
            # still opposed the release (domestic criticism of the release's doer)
            ev("ACCUSE", "disapprove", [JF], [JP], date="2023-08-24"),
        ],
        "claims": [
            cl(10, "prefectures", "Japanese prefectures covered by Hong Kong's ban"),
            cl(
                7800,
                "tonnes",
                "treated water TEPCO plans to release in the first round",
                "planned",
                TEPCO,
            ),
            cl(
                31200,
                "tonnes",
                "treated water TEPCO plans to release by the end of March",
                "planned",
                TEPCO,
                approximate=True,
            ),
            cl(
                1.34e6,
                "tonnes",
                "treated water stored at the Fukushima Daiichi site",
                approximate=True,
            ),
            cl(1000, "tanks", "tanks holding the water on the site", approximate=True),
            cl(
                200,
                "calls",
                "harassing calls received by Fukushima city hall by 6 p.m.",
                "reported",
                "city officials in Fukushima",
                approximate=True,
            ),
            cl(
                16,
                "students",
                "university students detained near the Japanese embassy in Seoul",
                "reported",
                "Yonhap",
            ),
            cl(
                87.1e9,
                "JPY",
                "Japanese aquatic products imported by China last year",
                "reported",
                JP,
                approximate=True,
            ),
            cl(
                600e6,
                "USD",
                "Japanese aquatic products imported by China last year",
                "reported",
                JP,
                approximate=True,
            ),
            cl(
                75.5e9,
                "JPY",
                "Japanese aquatic products imported by Hong Kong last year",
                "reported",
                JP,
                approximate=True,
            ),
            cl(
                0.42,
                "share",
                "share of Japan's seafood exports taken by China and Hong Kong",
                approximate=True,
            ),
            cl(387.3e9, "JPY", "Japan's seafood exports in 2022"),
        ],
    },
    # ------------------------------------------------------------------ (2) scraped, comments
    "2023-02-05-us-shoots-down-chinese-balloon.txt": {
        "title": "US shoots down suspected Chinese spy balloon off South Carolina",
        "published": "2023-02-05",
        "entities": [
            ent(US, "GPE", "US", "Washington"),
            ent(CN, "GPE", "Beijing"),
            ent("South Carolina", "GPE"),
            ent(BLINKEN, "PERSON", "Blinken"),
            ent("Pentagon", "ORG"),
            ent("F-22", "PRODUCT"),
            ent("AIM-9X Sidewinder", "PRODUCT"),
            ent("Federal Aviation Administration", "ORG"),
            ent(BIDEN, "PERSON", "Biden"),
            ent("Lloyd Austin", "PERSON"),
            ent("Alaska", "GPE"),
            ent(CA, "GPE"),
            ent("Montana", "GPE"),
            ent("Xie Feng", "PERSON"),
            ent("Xinhua", "ORG"),
            ent("Pat Ryder", "PERSON"),
            ent(XI, "PERSON"),
            ent("Bali", "GPE"),
            ent(WANGYI, "PERSON", "Wang"),
            ent("Cong Peiwu", "PERSON"),
            ent("Anita Anand", "PERSON"),
            ent("NORAD", "ORG"),
            ent("Justin Trudeau", "PERSON"),
            ent("Latin America", "LOC"),
            ent("Colombia", "GPE"),
            ent("Kevin McCarthy", "PERSON"),
            ent("Tom Cotton", "PERSON", "Cotton"),
            ent(TRUMP, "PERSON", "Trump"),
            ent("Chinese", "NORP"),
            ent("Canadian", "NORP"),
            ent("American", "NORP"),
            ent("Colombian", "NORP"),
        ],
        "events": [
            # A US fighter jet shot down a Chinese balloon off the coast of South Carolina on
            # Saturday afternoon (the lead states it; the balloon's state is the target; Biden's
            # order to the Pentagon is the same act, an order to his own forces)
            ev(
                "ASSAULT",
                "shoot down",
                [US],
                [CN],
                date="2023-02-04",
                location="South Carolina",
            ),
            # Austin said in a statement that the operation was "deliberate and lawful" and a
            # response to China's "unacceptable violation of our sovereignty" (no day given)
            ev("ACCUSE", "violation", ["Lloyd Austin"], [CN]),
            # The balloon ... entered US airspace over Alaska on January 28, according to US
            # officials (an airspace violation: MOBILIZE, dev5)
            ev(
                "MOBILIZE",
                "airspace violation",
                [CN],
                [US],
                "reported",
                "US officials",
                "2023-01-28",
                "Alaska",
            ),
            # It then drifted over Canada (the writer's sentence; Canada's airspace: Canada)
            ev("MOBILIZE", "airspace violation", [CN], [CA]),
            # China's foreign ministry said on Sunday it expressed "strong dissatisfaction and
            # protest" over the use of force ..., "a clear overreaction ..."
            ev("ACCUSE", "disapprove", [CN], [US], date="2023-02-05"),
            # China "reserves the right to make further necessary responses"
            ev("THREATEN", "retaliate", [CN], [US], "planned", date="2023-02-05"),
            # Xie Feng also lodged "stern representations" with the US embassy in Beijing on
            # Sunday, the state news agency Xinhua reported (an outlet with nobody cited keeps
            # its name)
            ev("ACCUSE", "disapprove", ["Xie Feng"], [US], "reported", "Xinhua", "2023-02-05"),
            # On Friday, Beijing ... said it "regrets the unintended entry" (regret: apology)
            ev("CONCEDE", "apology", [CN], [US], date="2023-02-03"),
            # It denied that the balloon was used for spying (the accuser: the United States)
            ev("REJECT", "deny", [CN], [US], "denied", date="2023-02-03"),
            # ... and accused some American politicians and media outlets of hyping the
            # incident to smear China
            ev("ACCUSE", "allege", [CN], [US], date="2023-02-03"),
            # Ryder dismissed that account the same day. "We know that it's a surveillance
            # balloon" (one speech act: the allegation)
            ev("ACCUSE", "allege", ["Pat Ryder"], [CN], date="2023-02-03"),
            # Blinken ... postponed the trip just hours before departure (the lead's "call off";
            # postponing a visit: SANCTION, dev5's delayed envoy)
            ev("SANCTION", "postpone visit", [BLINKEN], [CN], date="2023-02-03"),
            # ... telling reporters that the balloon's presence was "an irresponsible act" and "a
            # clear violation of US sovereignty and international law"
            ev("ACCUSE", "violation", [BLINKEN], [CN], date="2023-02-03"),
            # The visit ... had been agreed when Biden and ... Xi Jinping met in Bali in November
            ev("AGREE", "visit", [BIDEN, XI], [XI, BIDEN], date="2022-11", location="Bali"),
            ev("CONSULT", "meet", [BIDEN, XI], [XI, BIDEN], date="2022-11", location="Bali"),
            # Blinken said he would travel to Beijing "when conditions allow" (own plan)
            ev("CONSULT", "visit", [BLINKEN], [CN], "planned", location="Beijing"),
            # He spoke by phone on Friday with Wang Yi (the writer tells it)
            ev("CONSULT", "phone", [BLINKEN, WANGYI], [WANGYI, BLINKEN], date="2023-02-03"),
            # According to the Chinese foreign ministry, Wang ... urged Washington to handle the
            # matter calmly and professionally (own side's speech act: asserted, dev9b)
            ev("REQUEST", "restraint", [WANGYI], [US], date="2023-02-03"),
            # Canada's foreign ministry said on Friday it had summoned China's ambassador, Cong
            # Peiwu (own formal measure announced by itself: asserted)
            ev("ACCUSE", "summon", [CA], [CN], date="2023-02-03"),
            # Anand said Canadian and US forces had tracked the craft together through NORAD
            # (own operation told by the doer's side: reported, the teller as source)
            ev("COOPERATE", "military", [CA, US], [US, CA], "reported", "Anita Anand"),
            # Trudeau said on Saturday that Canada "strongly supported" the decision
            ev("SUPPORT", "diplomatic", ["Justin Trudeau"], [US], date="2023-02-04"),
            # Late on Friday the Pentagon said a second Chinese balloon was flying over Latin
            # America (the Pentagon speaks for the US; a region, no state named: no target;
            # Colombia's detection of "an object" names no doer: not coded)
            ev(
                "MOBILIZE",
                "airspace violation",
                [CN],
                [],
                "reported",
                US,
                "2023-02-03",
                "Latin America",
            ),
            # McCarthy said on Saturday that Biden had shown "weakness"
            ev("ACCUSE", "disapprove", ["Kevin McCarthy"], [BIDEN], date="2023-02-04"),
            # ... and Senator Tom Cotton said it should have been shot down over Alaska
            # (criticism of the one who let it cross: Biden)
            ev("ACCUSE", "disapprove", ["Tom Cotton"], [BIDEN]),
            # On Friday, Trump wrote ...: "SHOOT DOWN THE BALLOON!" (nobody named: empty target)
            ev("REQUEST", "shoot down", [TRUMP], [], date="2023-02-03"),
            # A senior defense official said Chinese government balloons had briefly crossed the
            # continental United States at least three times while Trump was in office
            ev("MOBILIZE", "airspace violation", [CN], [US], "reported", SDO),
            # Trump said on Sunday morning that the claim was "fake disinformation" (a denied
            # claim targets the one who made it: the official's state)
            ev("REJECT", "deny", [TRUMP], [US], "denied", date="2023-02-05"),
            # ... even as Washington has tightened controls on sales of advanced chips to China
            ev("SANCTION", "export", [US], [CN]),
        ],
        "claims": [
            cl(1, "missiles", "missiles the F-22 fired at the balloon", "reported", SDO),
            cl(
                60000,
                "feet",
                "altitude of the balloon when it was shot down",
                "reported",
                SDO,
                approximate=True,
            ),
            cl(
                7,
                "miles",
                "stretch over which the debris was scattered",
                "reported",
                SDO,
                approximate=True,
            ),
            cl(3, "airports", "airports along the coast briefly closed"),
            cl(200, "feet", "height of the balloon", "reported", "US officials", approximate=True),
            cl(
                2000,
                "pounds",
                "weight of the balloon's payload",
                "reported",
                "US officials",
                approximate=True,
            ),
            cl(
                3,
                "times",
                "Chinese balloon crossings of the US while Trump was in office",
                "reported",
                SDO,
                approximate=True,
            ),
            cl(690e9, "USD", "trade between the United States and China last year"),
            cl(
                537e9,
                "USD",
                "Chinese exports to the United States last year",
                approximate=True,
            ),
        ],
    },
    # ------------------------------------------------------------------ (3) analysis, hedges
    "2023-11-06-albanese-visits-beijing.txt": {
        "title": "Albanese's Beijing bet: warm words from Xi, but the hard questions remain",
        "published": "2023-11-06",
        "entities": [
            ent(AU_, "GPE", "Canberra"),
            ent(CN, "GPE", "Beijing", "People's Republic"),
            ent(ALBANESE, "PERSON", "Albanese"),
            ent(XI, "PERSON", "Xi"),
            ent("Great Hall of the People", "FAC"),
            ent("Gough Whitlam", "PERSON"),
            ent("CCTV", "ORG"),
            ent("Shanghai", "GPE"),
            ent("China International Import Expo", "EVENT"),
            ent(LIQ, "PERSON"),
            ent("Malcolm Turnbull", "PERSON"),
            ent(CHENG, "PERSON"),
            ent("Melbourne", "GPE"),
            ent(YANG, "PERSON", "Yang"),
            ent(MARLES, "PERSON", "Marles"),
            ent("HMAS Toowoomba", "PRODUCT"),
            ent(JP, "GPE"),
            ent("AUKUS", "ORG"),
            ent(US, "GPE", "Washington"),
            ent(UK, "GPE", "Britain"),
            ent("Peter Dutton", "PERSON"),
            ent("Lowy Institute", "ORG"),
            ent("Taiwan", "GPE"),
            ent("South China Sea", "LOC"),
            ent("Australian", "NORP"),
            ent("Chinese", "NORP"),
        ],
        "events": [
            # When Anthony Albanese walked into the Great Hall of the People on Monday to meet
            # Xi Jinping (dateline Beijing)
            ev(
                "CONSULT",
                "meet",
                [ALBANESE, XI],
                [XI, ALBANESE],
                date="2023-11-06",
                location="Beijing",
            ),
            # The trip began on Saturday in Shanghai (the visit, dated to his arrival, dev9a;
            # "the first Australian prime minister to visit China in seven years" is the same)
            ev(
                "CONSULT",
                "visit",
                [ALBANESE],
                [CN],
                date="2023-11-04",
                location="Shanghai",
            ),
            # ... after Gough Whitlam made the first visit by an Australian leader to the
            # People's Republic in 1973 (background act)
            ev("CONSULT", "visit", ["Gough Whitlam"], [CN], date="1973"),
            # he had also raised Australia's concerns about human rights with Mr Xi (expressing
            # concern: ACCUSE; Xi's "right path of improvement" is a stance: not coded)
            ev("ACCUSE", "disapprove", [ALBANESE], [XI], date="2023-11-06"),
            # He invited Mr Xi to visit Australia
            ev("REQUEST", "invite", [ALBANESE], [XI], date="2023-11-06"),
            # On Tuesday he is due to hold the annual leaders' meeting with Premier Li Qiang in
            # Beijing (writer's plan: no source)
            ev(
                "CONSULT",
                "meet",
                [ALBANESE, LIQ],
                [LIQ, ALBANESE],
                "planned",
                date="2023-11-07",
                location="Beijing",
            ),
            # The last prime minister to make the journey, Malcolm Turnbull, went in 2016
            ev("CONSULT", "visit", ["Malcolm Turnbull"], [CN], date="2016"),
            # In 2020, Beijing imposed tariffs of 80.5 percent on Australian barley
            ev("SANCTION", "tariffs", [CN], [AU_], date="2020"),
            # ... and informally stopped buying Australian coal, beef, lobster and timber
            ev("SANCTION", "embargo", [CN], [AU_], date="2020"),
            # The next year it added punitive duties on Australian wine
            ev("SANCTION", "tariffs", [CN], [AU_], date="2021"),
            # China lifted the barley tariffs in August
            ev("CONCEDE", "ease sanctions", [CN], [AU_], date="2023-08"),
            # In October, Beijing agreed to an expedited review of the wine duties
            ev("AGREE", "review", [CN], [AU_], date="2023-10"),
            # Analysts believe the wine duties, and the remaining curbs on lobster and beef,
            # could be lifted by early next year (the hedger is the source)
            ev("CONCEDE", "ease sanctions", [CN], [AU_], "speculated", "analysts"),
            # The release of Cheng Lei ... was freed in October (the actual release: RETREAT;
            # "officials in Canberra say" covers only why the visit became possible)
            ev("RETREAT", "release", [CN], [CHENG], date="2023-10"),
            # ... detained in Beijing in August 2020 and accused of sharing state secrets (the
            # charge belongs to the detention)
            ev("COERCE", "detain", [CN], [CHENG], date="2020-08", location="Beijing"),
            # Yang Hengjun has been held since January 2019 (the trial is a court's: not coded)
            ev("COERCE", "detain", [CN], [YANG], date="2019-01"),
            # Mr Albanese said he had pressed Mr Xi to release him (at Monday's meeting)
            ev("REQUEST", "release", [ALBANESE], [XI], date="2023-11-06"),
            # Beijing has repeatedly rejected Canberra's calls to free Yang (a refusal: the
            # requester is the target)
            ev("REJECT", "refuse", [CN], [AU_]),
            # a Chinese navy destroyer had switched on its hull-mounted sonar in October while
            # Australian navy divers were clearing fishing nets ... (injuring them: ASSAULT; told
            # by Marles; open water off Japan: no location)
            ev("ASSAULT", "sonar", [CN], [AU_], "reported", MARLES, "2023-10"),
            # Canberra called the encounter "unsafe and unprofessional" and lodged a formal
            # protest with Beijing (one ACCUSE: the protest carries the words)
            ev("ACCUSE", "disapprove", [AU_], [CN]),
            # China's defence ministry denied that its ship had used its sonar (the accuser)
            ev("REJECT", "deny", [CN], [AU_], "denied"),
            # ... and urged Australia to stop "making trouble"
            ev("REQUEST", "restraint", [CN], [AU_]),
            # AUKUS, the pact Australia signed with the United States and Britain in 2021
            ev("AGREE", "treaty", [AU_, US, UK], [US, UK, AU_], date="2021"),
            # Under it, Australia is to buy at least three Virginia-class nuclear-powered
            # submarines from the United States from the early 2030s
            ev("AID", "arms transfer", [US], [AU_], "planned"),
            # Beijing has called AUKUS "a path of error and danger" and accused the three
            # countries of fuelling an arms race ("not up for discussion" is a stance)
            ev("ACCUSE", "allege", [CN], [AU_, US, UK]),
            # Dutton accused the prime minister of going to Beijing "cap in hand"
            ev("ACCUSE", "disapprove", ["Peter Dutton"], [ALBANESE]),
            # Chinese officials said Li could visit Australia next year (hedged plan: speculated,
            # the teller as source; the writer's "may"/"could" sentences and the Lowy analysts'
            # expectation that Beijing keeps its leverage are vague: not coded)
            ev("CONSULT", "visit", [LIQ], [AU_], "speculated", "Chinese officials", "2024"),
        ],
        "claims": [
            cl(
                250,
                "companies",
                "Australian companies in Albanese's delegation at the import expo",
                approximate=True,
            ),
            cl(0.805, "share", "China's 2020 tariff on Australian barley"),
            cl(
                1.1e9,
                "AUD",
                "yearly value of Australia's wine trade with China before the duties",
                approximate=True,
            ),
            cl(
                20e9,
                "AUD",
                "yearly Australian exports hit by China's measures",
                "estimated",
                AU_,
                approximate=True,
            ),
            cl(
                300000,
                "tonnes",
                "Australian barley shipped to Chinese buyers in September",
                "reported",
                "traders",
                approximate=True,
            ),
            cl(0.333, "share", "China's share of Australia's exports", approximate=True),
            cl(
                327e9,
                "AUD",
                "two-way trade between Australia and China in the last financial year",
                approximate=True,
            ),
            cl(
                2,
                "divers",
                "Australian navy divers treated for injuries after the sonar incident",
                "reported",
                MARLES,
                approximate=True,
            ),
            cl(
                3,
                "submarines",
                "Virginia-class submarines Australia is to buy from the United States",
                "planned",
                approximate=True,
            ),
            cl(
                268e9,
                "AUD",
                "cost of the AUKUS submarine programme over three decades",
                "estimated",
                AU_,
                upper=368e9,
            ),
        ],
    },
}

# ------------------------------------------------------------- (4) two stories on one page
GA_PAGE = "2023-08-31-au-suspends-gabon-after-coup.txt"
MULTI = {
    GA_PAGE: [
        {
            "title": "African Union suspends Gabon after army officers seize power",
            "published": "2023-08-31",
            "entities": [
                ent(AFU, "ORG", "AU"),
                ent(GA, "GPE", "Libreville"),
                ent(BONGO, "PERSON", "Bongo"),
                ent("Peace and Security Council", "ORG"),
                ent("AU Commission", "ORG"),
                ent("Moussa Faki Mahamat", "PERSON"),
                ent("Gabon 24", "ORG"),
                ent("Brice Oligui Nguema", "PERSON", "Oligui"),
                ent("Republican Guard", "ORG"),
                ent("Le Monde", "ORG"),
                ent("Constitutional Court", "ORG"),
                ent(NOUREDDIN, "PERSON"),
                ent("Port-Gentil", "GPE"),
                ent(FR, "GPE", "Paris"),
                ent("Olivier Veran", "PERSON"),
                ent("Eramet", "ORG"),
                ent("Mali", "GPE"),
                ent("Guinea", "GPE"),
                ent("Burkina Faso", "GPE"),
                ent("Chad", "GPE"),
                ent(NE, "GPE"),
                ent("Mohamed Bazoum", "PERSON"),
                ent(ECOWAS, "ORG", "ECOWAS"),
                ent(ECCAS, "ORG", "ECCAS"),
                ent(US, "GPE", "Washington"),
                ent("State Department", "ORG"),
                ent("Matthew Miller", "PERSON"),
                ent("United Nations", "ORG", "UN"),
                ent("Antonio Guterres", "PERSON"),
                ent("Albert Ondo Ossa", "PERSON", "Ondo Ossa"),
                ent("Omar Bongo", "PERSON"),
                ent("World Bank", "ORG"),
                ent("French", "NORP"),
            ],
            "events": [
                # The African Union on Thursday suspended Gabon from all its activities (the
                # council's decision; "until constitutional order is restored" is its condition)
                ev("SANCTION", "suspend", [AFU], [GA], date="2023-08-31"),
                # ... after army officers seized power and placed President Ali Bongo Ondimba
                # under house arrest (the state's officers, dev7b; the house arrest, the
                # cancelled results and the dissolved institutions belong to the coup; they
                # appeared on television "in the early hours of Wednesday")
                ev("COERCE", "coup", [GA], [BONGO], date="2023-08-30", location="Libreville"),
                # The AU's Peace and Security Council said ... that it "strongly condemns" the
                # coup (the council speaks for the bloc)
                ev("ACCUSE", "disapprove", [AFU], [GA], date="2023-08-31"),
                # It urged the military to refrain from any interference ... and to guarantee
                # the physical safety of Bongo and his family ("the military": Gabon's)
                ev("REQUEST", "restraint", [AFU], [GA], date="2023-08-31"),
                # Faki had already condemned the takeover on Wednesday
                ev("ACCUSE", "disapprove", ["Moussa Faki Mahamat"], [GA], date="2023-08-30"),
                # ... and closed the country's borders "until further notice" (closed to all:
                # COERCE with no target, dev9a)
                ev("COERCE", "close border", [GA], [], date="2023-08-30"),
                # Bongo ... called on "all the friends that we have all over the world" to
                # "make noise" (unnamed addressees: empty target; the video has no day)
                ev("REQUEST", "support", [BONGO], []),
                # His son ... Noureddin Bongo Valentin, was arrested ..., the junta said on state
                # television (own act told by the doer's side: reported; the junta is Gabon's)
                ev("COERCE", "arrest", [GA], [NOUREDDIN], "reported", GA),
                # France ... condemned the coup, government spokesman Olivier Veran said on
                # Wednesday (the state is the subject)
                ev("ACCUSE", "disapprove", [FR], [GA], date="2023-08-30"),
                # ... adding that Paris wanted the outcome of the election to be respected
                ev("REQUEST", "respect election", [FR], [GA], date="2023-08-30"),
                # ... Niger, where soldiers ousted President Mohamed Bazoum on July 26
                ev("COERCE", "coup", [NE], ["Mohamed Bazoum"], date="2023-07-26"),
                # ECOWAS, which has threatened to use force to reverse the Niger coup
                ev("THREATEN", "military force", [ECOWAS], [NE], "planned"),
                # ... said it was following events in Gabon "with deep concern"
                ev("ACCUSE", "disapprove", [ECOWAS], [GA]),
                # ECCAS ... condemned "the use of force as a means of resolving political
                # conflicts"
                ev("ACCUSE", "disapprove", [ECCAS], [GA]),
                # ... and said its heads of state would hold an emergency meeting in the coming
                # days (own plan; its members are not named: empty target)
                ev("CONSULT", "multilateral", [ECCAS], [], "planned"),
                # Miller said the United States "strongly opposes military seizures ..."
                ev("ACCUSE", "disapprove", ["Matthew Miller"], [GA]),
                # ... and urged those responsible to release members of the government
                ev("REQUEST", "release", ["Matthew Miller"], [GA]),
                # Guterres also condemned what he called "the attempted coup", his spokesman said
                # (own side tells his speech act: asserted)
                ev("ACCUSE", "disapprove", ["Antonio Guterres"], [GA]),
                # Ondo Ossa had called the vote a fraud orchestrated by the Bongo camp
                ev("ACCUSE", "allege", ["Albert Ondo Ossa"], [BONGO]),
            ],
            "claims": [
                cl(12, "soldiers", "soldiers behind the junta's spokesman", approximate=True),
                cl(
                    6,
                    "officials",
                    "officials arrested with Noureddin Bongo Valentin",
                    "reported",
                    GA,
                ),
                cl(350, "troops", "French troops at a base in Libreville", approximate=True),
                cl(
                    0.18,
                    "share",
                    "fall in Eramet's shares in early trading",
                    approximate=True,
                ),
                cl(
                    0.6427,
                    "share",
                    "Bongo's share of the vote in Saturday's election",
                    "reported",
                    "electoral authority",
                ),
                cl(
                    0.3077,
                    "share",
                    "Ondo Ossa's share of the vote in Saturday's election",
                    "reported",
                    "electoral authority",
                ),
                cl(2.3e6, "people", "Gabon's population", approximate=True),
                cl(200000, "barrels", "Gabon's daily oil output", approximate=True),
                cl(
                    0.333,
                    "share",
                    "share of Gabon's people living in poverty",
                    "reported",
                    "World Bank",
                    approximate=True,
                ),
            ],
        },
        {
            "title": "Egypt says Nile dam talks with Ethiopia end without agreement",
            "published": "2023-08-28",
            "entities": [
                ent(EG, "GPE", "Cairo"),
                ent(ET, "GPE", "Addis Ababa"),
                ent("Grand Ethiopian Renaissance Dam", "FAC"),
                ent("Nile", "LOC"),
                ent("Abdel Fattah al-Sisi", "PERSON"),
                ent("Abiy Ahmed", "PERSON"),
                ent("Sudan", "GPE"),
                ent("Africa", "LOC"),
            ],
            "events": [
                # A new round of talks between Egypt and Ethiopia ... ended in Cairo on Monday
                # without a breakthrough, Egypt's water resources ministry said (a party's own
                # contact told by its ministry: reported, dev9a)
                ev(
                    "CONSULT",
                    "negotiate",
                    [EG, ET],
                    [ET, EG],
                    "reported",
                    EG,
                    "2023-08-28",
                    "Cairo",
                ),
                # ... accusing Addis Ababa of intransigence
                ev("ACCUSE", "disapprove", [EG], [ET], date="2023-08-28"),
                # The ministry said ... that Ethiopia had rejected compromise solutions (the other
                # side's act in one's own account: reported; at Monday's talks)
                ev("REJECT", "proposal", [ET], [EG], "reported", EG, "2023-08-28"),
                # Ethiopia's foreign ministry ... blamed Cairo for clinging to a "colonial-era"
                # claim ("negotiated in good faith" tells the talks again)
                ev("ACCUSE", "blame", [ET], [EG]),
                # Sisi and Abiy agreed in July to reach a deal within four months
                ev(
                    "AGREE",
                    "negotiate",
                    ["Abdel Fattah al-Sisi", "Abiy Ahmed"],
                    ["Abiy Ahmed", "Abdel Fattah al-Sisi"],
                    date="2023-07",
                ),
                # A further round is due to be held in Addis Ababa next month (Sudan "did not
                # take part": negated)
                ev(
                    "CONSULT",
                    "negotiate",
                    [EG, ET],
                    [ET, EG],
                    "planned",
                    date="2023-09",
                    location="Addis Ababa",
                ),
            ],
            "claims": [
                cl(5150, "megawatts", "capacity of the Grand Ethiopian Renaissance Dam"),
                cl(4.2e9, "USD", "cost of the Grand Ethiopian Renaissance Dam", approximate=True),
                cl(100e6, "people", "Egypt's population", approximate=True),
                cl(
                    0.97,
                    "share",
                    "share of Egypt's fresh water that comes from the Nile",
                    approximate=True,
                ),
            ],
        },
    ],
}

# ------------------------------------------------------------------ checks
TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip
MODALITIES = {"asserted", "reported", "estimated", "speculated", "planned", "denied", "opinion"}
ENTITY_TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "FAC", "PRODUCT", "LAW", "OTHER"}
MONEY = {"USD", "EUR", "JPY", "AUD"}


def check(name, page, raw, main=True):
    """One story: every actor, target and location is a listed entity (or alias); no alias
    repeats; every alias, and every name that has none, occurs in the story's own text; types,
    modalities and entity types come from the contract; denied goes only with REJECT; reported
    events and reported or estimated claims have a source; ranges have upper > value; shares lie
    in (0, 1]; past dates do not follow publication; size bounds for a main article."""
    names = {e["name"] for e in page["entities"]}
    surface = names | {a for e in page["entities"] for a in e["aliases"]}
    assert len(names) == len(page["entities"]), f"{name}: duplicate entity"
    assert len(surface) == len(names) + sum(len(e["aliases"]) for e in page["entities"]), (
        f"{name}: an alias repeats a name or another alias"
    )
    for e in page["entities"]:
        assert e["type"] in ENTITY_TYPES, (name, e)
        for form in e["aliases"]:
            assert form in raw, (name, "alias not in story", form)
        assert e["name"] in raw or e["aliases"], (name, "not in story", e["name"])
    for e in page["events"]:
        assert e["type"] in TYPES, (name, e)
        assert e["modality"] in MODALITIES, (name, e)
        assert isinstance(e["mode"], str) and e["mode"], (name, e)
        for who in e["actors"] + e["targets"]:
            assert who in names, f"{name}: {who} is not an entity"
        assert e["actors"] or e["type"] in {"ASSAULT", "PROTEST"}, (name, e)
        if e["modality"] == "denied":
            assert e["type"] == "REJECT", (name, e)
        if e["modality"] in {"reported", "speculated"}:
            assert e["source"], f"{name}: {e['modality']} event without a source {e}"
        if e["location"]:
            assert e["location"] in surface, f"{name}: location {e['location']}"
        if e["date"]:
            assert e["date"] <= page["published"] or e["modality"] in {"planned", "speculated"}, (
                name,
                e,
            )
    for c in page["claims"]:
        assert c["modality"] in MODALITIES, (name, c)
        assert c["modality"] not in {"reported", "estimated"} or c["attributed_to"], (name, c)
        assert c["upper"] is None or c["upper"] > c["value"], (name, c)
        if c["unit"] == "share":
            assert 0 < c["value"] <= 1, (name, c)
        # units: "share", an ISO currency code, or the counted noun as written
        assert c["unit"] in MONEY or c["unit"] == "share" or not c["unit"].isupper(), (name, c)
    if main:
        assert 15 <= len(page["events"]) <= 30, (name, len(page["events"]))
        assert 8 <= len(page["claims"]) <= 14, (name, len(page["claims"]))
        assert 25 <= len(page["entities"]) <= 35, (name, len(page["entities"]))


assert len(PAGES) + len(MULTI) == 4
for _name, _page in PAGES.items():
    check(_name, _page, (HERE / "pages" / _name).read_text(encoding="utf-8"))
for _name, _articles in MULTI.items():
    # the stories are separated by a line "---"; the last part is the page footer
    _parts = (HERE / "pages" / _name).read_text(encoding="utf-8").split("\n---\n")
    assert len(_parts) == len(_articles) + 1, (_name, len(_parts))
    for _i, _page in enumerate(_articles):
        assert _page["title"] in _parts[_i], (_name, _page["title"])
        check(_name, _page, _parts[_i], main=_i == 0)


write_gold(HERE, PAGES)
write_gold(HERE, MULTI)  # one article per story

for _name, _page in PAGES.items():
    print(f"{_name}: {len(_page['events'])} events, {len(_page['claims'])} claims, "
          f"{len(_page['entities'])} entities")  # fmt: skip
for _name, _articles in MULTI.items():
    for _i, _page in enumerate(_articles):
        print(f"{_name} [article {_i}]: {len(_page['events'])} events, "
              f"{len(_page['claims'])} claims, {len(_page['entities'])} entities")  # fmt: skip

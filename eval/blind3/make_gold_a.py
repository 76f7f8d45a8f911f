"""Writes eval/blind3/gold/*.json for the four pages of half A (facts-only gold, hand-written
blind: without running the extractor on these pages and without looking at any extractor output).

Each page: title, published, entities (name, type, aliases), events and claims in the contract's
shape; `text` and `evidence` are null (scored on facts alone). Conventions follow
docs/annotation.md; where it is silent they follow eval/blind2/README.md and eval/dev5/README.md.
The choices made for this half are listed in eval/blind3/README_a.md, and the judgement calls
made on one page are in that page's `notes`.
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent

sys.path.insert(0, str(HERE.parent))
from goldkit import cl, ent, ev, write_gold  # noqa: E402

US = "United States"
UN = "United Nations"
AU = "African Union"
HGB = "Hafiz Gul Bahadur group"
TTP = "Tehreek-e-Taliban Pakistan"
UNAMA = "United Nations Assistance Mission in Afghanistan"
ZM = "Zabihullah Mujahid"
RSF = "Rapid Support Forces"
MSF = "Medecins Sans Frontieres"
IOM = "International Organization for Migration"
UAE = "United Arab Emirates"
VNA = "Vietnam News Agency"
PNA = "Philippine News Agency"
PARACELS = "Paracel Islands"
ERDOGAN = "Recep Tayyip Erdogan"
ABIY = "Abiy Ahmed"
HSM = "Hassan Sheikh Mohamud"
FAKI = "Moussa Faki Mahamat"

PAGES = {
    # ------------------------------------------------------------ (1) Pakistan-Afghanistan
    "2024-03-19-pakistan-strikes-afghanistan-border.txt": {
        "title": "Pakistan strikes inside Afghanistan after deadly attack on army post; "
        "Taliban return fire",
        "published": "2024-03-19",
        "entities": [
            ent("Pakistan", "GPE", "Islamabad"),
            ent("Afghanistan", "GPE", "Kabul", "Islamic Emirate"),
            ent("Taliban", "ORG", "Afghan Taliban"),
            ent("Khost", "GPE"),
            ent("Paktika", "GPE"),
            ent("North Waziristan", "GPE"),
            ent("Mir Ali", "GPE"),
            ent("Kurram", "GPE"),
            ent("Durand Line", "LOC"),
            ent(ZM, "PERSON", "Mujahid"),
            ent("X", "ORG"),
            ent(HGB, "ORG"),
            ent("Mumtaz Zahra Baloch", "PERSON"),
            ent("Asif Ali Zardari", "PERSON"),
            ent("Asim Munir", "PERSON"),
            ent("Pajhwok", "ORG"),
            ent("Mao Ning", "PERSON"),
            ent("China", "GPE"),
            ent("Beijing", "GPE"),
            ent(UNAMA, "ORG", "UNAMA"),
            ent(TTP, "ORG", "Pakistani Taliban", "TTP"),
            ent("Pakistani", "NORP"),
            ent("Afghans", "NORP", "Afghan"),
            ent("Chinese", "NORP"),
        ],
        "events": [
            # Pakistani warplanes bombed suspected militant hideouts in Khost and Paktika on
            # Monday (the ministry: "the targets were fighters of the Hafiz Gul Bahadur group")
            ev(
                "ASSAULT",
                "air",
                ["Pakistan"],
                ["Afghanistan", HGB],
                date="2024-03-18",
                location="Khost",
            ),
            # an attack on an army post in North Waziristan (Mir Ali) on Saturday; unnamed doers
            ev("ASSAULT", "bombing", [], ["Pakistan"], date="2024-03-16", location="Mir Ali"),
            # Afghan forces hit back with fire across the border (lead, Monday; the body's
            # "opened fire on Pakistani posts ... in Kurram, the Pakistani military said" and
            # Mujahid's "targeted Pakistani military centres" are the same act)
            ev(
                "ASSAULT",
                "fire",
                ["Afghanistan"],
                ["Pakistan"],
                date="2024-03-18",
                location="Kurram",
            ),
            # ... adding that its troops "responded effectively"
            ev(
                "ASSAULT",
                "fire",
                ["Pakistan"],
                ["Afghanistan"],
                "reported",
                "Pakistan",
                "2024-03-18",
                "Kurram",
            ),
            # Mujahid: "a clear violation of Afghanistan's sovereignty and we condemn it"
            ev("ACCUSE", "disapprove", [ZM], ["Pakistan"]),
            # ... the Hafiz Gul Bahadur group, which Islamabad blamed for Saturday's attack
            ev("ACCUSE", "blame", ["Pakistan"], [HGB]),
            # Baloch: "The Afghan authorities have turned a blind eye to terrorists ..."
            ev("ACCUSE", "accusation", ["Mumtaz Zahra Baloch"], ["Afghanistan"]),
            # Mujahid: "The Islamic Emirate will not leave such violations unanswered."
            ev("THREATEN", "retaliate", [ZM], ["Pakistan"], "planned"),
            # Kabul also summoned Pakistan's charge d'affaires on Monday to lodge a protest
            ev("ACCUSE", "summon", ["Afghanistan"], ["Pakistan"], date="2024-03-18"),
            # Zardari (Sunday): "Whoever is behind this, we will respond with full force"
            ev("THREATEN", "retaliate", ["Asif Ali Zardari"], [], "planned", date="2024-03-17"),
            # Mujahid rejected Islamabad's charge that Afghanistan was sheltering militants
            ev("REJECT", "deny", [ZM], ["Pakistan"], "denied"),
            # Mao Ning urged both neighbours to show restraint (Tuesday briefing)
            ev(
                "REQUEST",
                "restraint",
                ["Mao Ning"],
                ["Pakistan", "Afghanistan"],
                date="2024-03-19",
            ),
            # "China is willing to play a constructive role" (stated willingness) ...
            ev("AGREE", "mediate", ["Mao Ning"], ["Pakistan", "Afghanistan"], date="2024-03-19"),
            # ... and the act it offers (own state's plan, its own spokeswoman)
            ev("CONSULT", "third-party", ["China"], ["Pakistan", "Afghanistan"], "planned"),
            # UNAMA "deeply concerned" by reports of civilian casualties in the strikes
            ev("ACCUSE", "disapprove", [UNAMA], ["Pakistan"]),
            # ... and urged both sides to exercise maximum restraint
            ev("REQUEST", "restraint", [UNAMA], ["Pakistan", "Afghanistan"]),
            # Pakistan ... blames most of them on the Pakistani Taliban (TTP)
            ev("ACCUSE", "blame", ["Pakistan"], [TTP]),
            # Islamabad has repeatedly demanded that Kabul hand over TTP leaders
            ev("REQUEST", "extradite", ["Pakistan"], ["Afghanistan"]),
            # Since last October, Pakistan has expelled more than 500,000 Afghans
            ev("COERCE", "deport", ["Pakistan"], ["Afghanistan"]),
            # ... a campaign the Taliban have called cruel
            ev("ACCUSE", "disapprove", ["Afghanistan"], ["Pakistan"]),
        ],
        "claims": [
            cl(7, "soldiers", "soldiers killed in the attack on the army post in Mir Ali"),
            cl(2, "officers", "officers among the seven dead in Mir Ali"),
            cl(
                8,
                "people",
                "people killed by the Pakistani strikes, all women and children",
                "reported",
                "Afghanistan",
            ),
            cl(
                500000,
                "Afghans",
                "Afghans expelled by Pakistan since last October",
                approximate=True,
            ),
            cl(2600, "kilometres", "length of the Pakistan-Afghanistan border"),
        ],
        "notes": [
            "The Taliban administration is the Afghan state: 'Afghanistan's Taliban government', "
            "'Afghan border forces', 'the Taliban's forces', 'the Taliban' (calling the "
            "expulsions cruel) and 'Kabul' act as Afghanistan; 'Taliban' is kept as an ORG "
            "entity. 'Islamic Emirate' is the state's self-name, an alias of Afghanistan.",
            "The air strikes are one ASSAULT told three times (lead, Mujahid, the foreign "
            "ministry): targets are Afghanistan (where they hit) and the Hafiz Gul Bahadur "
            "group (the ministry's named target). Location: the first province named, Khost.",
            "The Afghan cross-border fire is coded as the lead states it (asserted, Monday, "
            "from the lead's coordinated clause); 'its troops responded effectively' is a "
            "distinct Pakistani act, reported by the Pakistani military (source Pakistan).",
            "The Mir Ali attack names no doer: empty actor. Zardari's warning is against "
            "'whoever is behind this', so its target is empty too.",
            "Mujahid's 'Pakistan should not blame Afghanistan for its own failures' is part "
            "of his denial, not a separate ACCUSE. Baloch's accusation and 'Islamabad's charge' "
            "are the accusation he denies (target Pakistan).",
            "UNAMA's 'Civilians must never be the target' belongs to its expression of concern. "
            "The retired ambassador's 'Both capitals need to talk' (anonymous, opinion) and "
            "'could harden positions' are not coded; the Taliban's return to power in 2021 "
            "and Kabul not recognising the border are not events.",
            "Expelling Afghans targets Afghanistan (the state of the people expelled); 'since "
            "last October' is a start, so the date is null. 'two days after' is not a claim.",
        ],
    },
    # ------------------------------------------------------------ (2) Vietnam-China Paracels
    "2024-05-02-vietnam-china-fishing-boat-paracels.txt": {
        "title": "Vietnam protests after Chinese coast guard boards fishing boat near Paracels, "
        "injures crew",
        "published": "2024-05-02",
        "entities": [
            ent("Vietnam", "GPE"),
            ent("China", "GPE", "Beijing"),
            ent("Hanoi", "GPE"),
            ent(PARACELS, "LOC", "Paracels", "Hoang Sa archipelago", "Xisha Islands"),
            ent("Quang Ngai", "GPE"),
            ent("VnExpress", "ORG"),
            ent("Nguyen Van Tam", "PERSON", "Tam"),
            ent("Tuoi Tre", "ORG"),
            ent("Ly Son", "GPE"),
            ent("Huynh Van Luc", "PERSON"),
            ent("Pham Thu Hang", "PERSON"),
            ent(VNA, "ORG", "VNA"),
            ent("Lin Jian", "PERSON"),
            ent("Xinhua", "ORG"),
            ent("China Coast Guard", "ORG"),
            ent("Vietnam Fisheries Society", "ORG"),
            ent("Philippine Coast Guard", "ORG", "Philippine coast guard"),
            ent("South China Sea", "LOC"),
            ent("Jay Tarriela", "PERSON"),
            ent("Philippines", "GPE", "Manila"),
            ent(PNA, "ORG"),
            ent("Scarborough Shoal", "LOC"),
            ent("Washington", "GPE"),
            ent("State Department", "ORG"),
            ent(US, "GPE"),
            ent("Reuters", "ORG"),
            ent("Global Times", "ORG"),
            ent("South Vietnam", "GPE"),
            ent("Taiwan", "GPE"),
            ent("Vietnamese", "NORP"),
            ent("Chinese", "NORP"),
            ent("Philippine", "NORP"),
        ],
        "events": [
            # Chinese coast guard officers boarded a Vietnamese fishing boat ..., the foreign
            # ministry said (lead); Saturday from para 2 (VnExpress citing Tam: same act)
            ev(
                "COERCE",
                "board",
                ["China"],
                ["Vietnam"],
                "reported",
                "Vietnam",
                "2024-04-27",
                PARACELS,
            ),
            # ... beat several fishermen
            ev(
                "ASSAULT",
                "beat",
                ["China"],
                ["Vietnam"],
                "reported",
                "Vietnam",
                "2024-04-27",
                PARACELS,
            ),
            # ... and confiscated their catch (para 3: fish, GPS and radio equipment seized)
            ev(
                "COERCE",
                "seize",
                ["China"],
                ["Vietnam"],
                "reported",
                "Vietnam",
                "2024-04-27",
                PARACELS,
            ),
            # Vietnam lodged a protest with China on Wednesday (= Hang: "strongly protests")
            ev("ACCUSE", "protest", ["Vietnam"], ["China"], date="2024-05-01"),
            # She demanded that China investigate, return the property and compensate
            ev("REQUEST", "compensate", ["Pham Thu Hang"], ["China"]),
            # A ministry official also summoned a representative of the Chinese embassy, VNA
            ev("ACCUSE", "summon", ["Vietnam"], ["China"], "reported", VNA),
            # Beijing rejected the protest.
            ev("REJECT", "protest", ["China"], ["Vietnam"]),
            # Lin Jian (Thursday): the Vietnamese boat had "illegally entered" Chinese waters
            ev("ACCUSE", "illegal", ["Lin Jian"], ["Vietnam"], date="2024-05-02"),
            # He denied that officers had used violence against the crew
            ev("REJECT", "deny", ["Lin Jian"], ["Vietnam"], "denied"),
            # China Coast Guard (statement carried by Xinhua): a Vietnamese vessel fishing
            # illegally; its "control measures" are the boarding already coded
            ev("ACCUSE", "illegal", ["China"], ["Vietnam"]),
            # The Vietnam Fisheries Society condemned the "inhumane" treatment, per state media
            ev(
                "ACCUSE",
                "disapprove",
                ["Vietnam Fisheries Society"],
                ["China"],
                "reported",
                "state media",
            ),
            # Tarriela said Manila stood with the Vietnamese fishermen, PNA reported
            ev("SUPPORT", "solidarity", ["Jay Tarriela"], ["Vietnam"], "reported", PNA),
            # ... and accused China of "bullying" small fishing crews
            ev("ACCUSE", "accusation", ["Jay Tarriela"], ["China"], "reported", PNA),
            # On Tuesday, Chinese coast guard ships fired water cannon at two Philippine vessels
            # near Scarborough Shoal, according to the Philippine coast guard
            ev(
                "COERCE",
                "water cannon",
                ["China"],
                ["Philippines"],
                "reported",
                "Philippines",
                "2024-04-30",
                "Scarborough Shoal",
            ),
            # the State Department said it was concerned by reports of the assault
            ev("ACCUSE", "disapprove", [US], ["China"]),
            # ... and urged Beijing to respect the freedom of fishermen to operate safely
            ev("REQUEST", "comply", [US], ["China"]),
            # China's embassy in Washington accused the US of "stirring up trouble", Global Times
            ev("ACCUSE", "accusation", ["China"], [US], "reported", "Global Times"),
            # China seized the Paracels from South Vietnam in 1974 ...
            ev("COERCE", "seize", ["China"], ["South Vietnam"], date="1974", location=PARACELS),
            # ... after a brief naval battle
            ev("ASSAULT", "naval", ["China"], ["South Vietnam"], date="1974", location=PARACELS),
            # More than 40 Vietnamese fishing boats were boarded or harassed by Chinese vessels
            # in 2023, VNA reported, citing the agriculture ministry (source: the ministry)
            ev(
                "COERCE",
                "harass",
                ["China"],
                ["Vietnam"],
                "reported",
                "Vietnam",
                "2023",
                PARACELS,
            ),
        ],
        "claims": [
            cl(
                30,
                "nautical miles",
                "distance of the boat southwest of the Paracels when surrounded",
                "reported",
                "Nguyen Van Tam",
                approximate=True,
            ),
            cl(
                2,
                "vessels",
                "Chinese coast guard vessels that surrounded the boat",
                "reported",
                "Nguyen Van Tam",
            ),
            cl(
                12,
                "officers",
                "Chinese coast guard officers who boarded the boat",
                "reported",
                "Nguyen Van Tam",
                approximate=True,
            ),
            cl(4, "crew members", "crew members beaten", "reported", "Nguyen Van Tam"),
            cl(11, "crew members", "crew of the Vietnamese boat", "reported", "Nguyen Van Tam"),
            cl(
                2.5,
                "tonnes",
                "fish seized by the Chinese officers",
                "reported",
                "Tuoi Tre",
                approximate=True,
            ),
            cl(
                120000000,
                "VND",
                "value of GPS and radio equipment seized",
                "reported",
                "Tuoi Tre",
                approximate=True,
            ),
            cl(
                4700,
                "USD",
                "value of GPS and radio equipment seized",
                "reported",
                "Tuoi Tre",
                approximate=True,
            ),
            cl(1, "fishermen", "fishermen with a broken arm", "reported", "doctors"),
            cl(2, "fishermen", "fishermen with head wounds", "reported", "doctors"),
            cl(
                2,
                "vessels",
                "Philippine vessels hit by Chinese water cannon near Scarborough Shoal",
                "reported",
                "Philippines",
            ),
            cl(
                400,
                "kilometres",
                "distance of the Paracels east of the Vietnamese coast",
                approximate=True,
            ),
            cl(
                40,
                "boats",
                "Vietnamese fishing boats boarded or harassed by Chinese vessels in 2023",
                "reported",
                "Vietnam",
                approximate=True,
            ),
        ],
        "notes": [
            "The lead's 'boarded ..., beat several fishermen and confiscated their catch, the "
            "foreign ministry said' is three acts (board, beat, seize), coded as the lead gives "
            "them: reported, source Vietnam (its foreign ministry). VnExpress citing Tam and "
            "Tuoi Tre tell the same acts; the date (Saturday) comes from para 2. 'before "
            "letting the boat go' is not a release of detainees: not coded.",
            "'X reported, citing Y': the source / attributed_to is Y (annotation.md), so Tam, "
            "the doctors and the agriculture ministry (Vietnam), not VnExpress, Tuoi Tre or VNA. "
            "'according to the state-run Tuoi Tre' with no one cited is Tuoi Tre.",
            "The lead's protest and Hang's 'strongly protests' on Wednesday are one ACCUSE, "
            "actor Vietnam as the lead names it; the summoning (VNA) is a second ACCUSE.",
            "'Beijing rejected the protest' (REJECT, China) and Lin Jian's denial of violence "
            "(REJECT deny, denied) are distinct: one refuses the protest, the other denies a "
            "fact. 'The Paracels are China's inherent territory' and 'acted professionally' "
            "(territorial claim, defence of own act) are not coded.",
            "The China Coast Guard acts for China; its statement 'carried by Xinhua' is its own "
            "speech act, asserted (dev5). Its 'control measures' are the boarding, not a new "
            "act. The embassy's accusation reaches us only through the Global Times: reported.",
            "The State Department's concern and request come in its own statement: asserted, "
            "actor United States.",
            "'both countries still claim the islands' and 'Taiwan also claims them' are "
            "territorial claims, and the Philippines 'locked in its own maritime disputes with "
            "China' is a background dispute: not coded. The 1974 seizure and the naval battle "
            "are two acts.",
            "'Around a dozen officers' is 12, approximate; 'One fisherman' and 'two others' "
            "are people counts attributed to the doctors the paper cites.",
        ],
    },
    # ------------------------------------------------------------ (3) El Fasher
    "2024-10-27-el-fasher-rsf-siege-un-appeal.txt": {
        "title": "UN appeals for truce in El Fasher as RSF shelling hits hospital",
        "published": "2024-10-27",
        "entities": [
            ent(UN, "ORG", "UN"),
            ent("El Fasher", "GPE"),
            ent("Sudan", "GPE"),
            ent(RSF, "ORG", "RSF"),
            ent("Port Sudan", "GPE"),
            ent("Saudi Hospital", "FAC"),
            ent(MSF, "ORG", "MSF"),
            ent("Clementine Nkweta-Salami", "PERSON"),
            ent("Chad", "GPE"),
            ent("Darfur", "GPE"),
            ent(IOM, "ORG", "IOM"),
            ent("Telegram", "ORG"),
            ent("Kabkabiya", "GPE"),
            ent(US, "GPE", "US", "Washington"),
            ent("Treasury Department", "ORG", "US Treasury Department"),
            ent("Algoney Hamdan Dagalo", "PERSON"),
            ent("Mohamed Hamdan Dagalo", "PERSON"),
            ent("Abdel Fattah al-Burhan", "PERSON", "Burhan"),
            ent("Tom Perriello", "PERSON"),
            ent("Jeddah", "GPE"),
            ent("Zamzam camp", "FAC", "Zamzam"),
            ent("Janjaweed", "ORG"),
            ent(UAE, "GPE", "Abu Dhabi"),
            ent("Sudanese", "NORP"),
        ],
        "events": [
            # The UN on Saturday called for an immediate truce around El Fasher and safe access
            # for aid (= Nkweta-Salami: "We call on all parties to agree to a humanitarian pause")
            ev(
                "REQUEST",
                "ceasefire",
                [UN],
                ["Sudan", RSF],
                date="2024-10-26",
                location="El Fasher",
            ),
            # shelling by the RSF struck the city's last functioning major hospital (Friday)
            ev(
                "ASSAULT",
                "shelling",
                [RSF],
                ["Sudan"],
                date="2024-10-25",
                location="El Fasher",
            ),
            # The army blamed the RSF for the attack and called it a war crime
            ev("ACCUSE", "blame", ["Sudan"], [RSF]),
            # The RSF has besieged El Fasher ... since May
            ev("COERCE", "siege", [RSF], ["Sudan"], location="El Fasher"),
            # The RSF denied shelling the hospital
            ev("REJECT", "deny", [RSF], ["Sudan"], "denied"),
            # ... and accused the army of stationing fighters and weapons inside medical buildings
            ev("ACCUSE", "accusation", [RSF], ["Sudan"]),
            # The army carried out air strikes on Friday and Saturday on RSF positions ...,
            # a military spokesman said (the Kabkabiya market strike is the same campaign)
            ev(
                "ASSAULT",
                "air",
                ["Sudan"],
                [RSF],
                "reported",
                "a military spokesman",
                "2024-10-25",
                "Kabkabiya",
            ),
            # Earlier this month, the US Treasury imposed sanctions on Algoney Hamdan Dagalo
            ev("SANCTION", "sanctions", [US], ["Algoney Hamdan Dagalo"], date="2024-10"),
            # ... accusing him of buying weapons for the group
            ev("ACCUSE", "accusation", [US], ["Algoney Hamdan Dagalo"]),
            # Last month it sanctioned two RSF field commanders (not named)
            ev("SANCTION", "sanctions", [US], [RSF], date="2024-09"),
            # The US also announced $424 million in new humanitarian aid for Sudan in September
            ev("AID", "humanitarian", [US], ["Sudan"], date="2024-09"),
            # The UN's appeal for Sudan this year, which seeks $2.7 billion (unnamed donors)
            ev("REQUEST", "aid", [UN], []),
            # The war between the army ... and the RSF broke out in April 2023
            ev("ASSAULT", "war", ["Sudan"], [RSF], date="2023-04"),
            # Burhan has ruled out talks with the RSF
            ev("REJECT", "negotiate", ["Abdel Fattah al-Burhan"], [RSF]),
            # US-led negotiations in Jeddah broke down late last year (the talks themselves)
            ev(
                "CONSULT",
                "negotiate",
                ["Sudan", RSF],
                [RSF, "Sudan"],
                date="2023",
                location="Jeddah",
            ),
            # ... "US-led": the mediator's act
            ev("CONSULT", "third-party", [US], ["Sudan", RSF], date="2023", location="Jeddah"),
            # The Sudanese government in Port Sudan has accused the UAE of arming the RSF
            ev("ACCUSE", "accusation", ["Sudan"], [UAE]),
            # ... a charge Abu Dhabi denies
            ev("REJECT", "deny", [UAE], ["Sudan"], "denied"),
        ],
        "claims": [
            cl(
                9,
                "people",
                "people killed when shells hit the Saudi Hospital",
                "reported",
                MSF,
                approximate=True,
            ),
            cl(
                20,
                "people",
                "people wounded when shells hit the Saudi Hospital",
                "reported",
                MSF,
                approximate=True,
            ),
            cl(2, "nurses", "nurses among the dead at the Saudi Hospital", "reported", MSF),
            cl(
                150,
                "patients",
                "war-wounded patients treated a day at the hospital",
                "reported",
                MSF,
            ),
            cl(
                30,
                "beds",
                "beds in the hospital's surgical ward",
                "reported",
                MSF,
                approximate=True,
            ),
            cl(
                10000,
                "tonnes",
                "food aid waiting in Chad and eastern Sudan for permission to move",
                "reported",
                "Clementine Nkweta-Salami",
                upper=12000,
            ),
            cl(
                800000,
                "civilians",
                "civilians remaining in El Fasher",
                "estimated",
                UN,
                approximate=True,
            ),
            cl(
                1500000,
                "people",
                "population of El Fasher before the siege",
                "estimated",
                UN,
                approximate=True,
            ),
            cl(
                450000,
                "people",
                "people who fled El Fasher and the camps around it since May",
                "reported",
                IOM,
                approximate=True,
            ),
            cl(
                13,
                "civilians",
                "civilians killed in an air strike on a market in Kabkabiya",
                "reported",
                "residents and local monitors",
                approximate=True,
            ),
            cl(2, "commanders", "RSF field commanders sanctioned by the US last month"),
            cl(424000000, "USD", "new US humanitarian aid for Sudan and its neighbours"),
            cl(2300000000, "USD", "total US aid since the war began", approximate=True),
            cl(2700000000, "USD", "UN appeal for Sudan this year"),
            cl(0.56, "share", "share of the UN appeal funded", approximate=True),
            cl(20000, "people", "death toll of the war", "estimated", UN, approximate=True),
            cl(
                150000,
                "people",
                "death toll of the war, upper estimate",
                "speculated",
                "Tom Perriello",
            ),
            cl(
                11000000,
                "people",
                "people forced from their homes in Sudan",
                "reported",
                IOM,
                approximate=True,
            ),
            cl(
                3000000,
                "people",
                "people who crossed into neighbouring countries",
                "reported",
                IOM,
                approximate=True,
            ),
            cl(25600000, "people", "people facing acute hunger in Sudan", approximate=True),
            cl(0.5, "share", "share of Sudan's population facing acute hunger", approximate=True),
            cl(400000, "people", "people sheltering in Zamzam camp", upper=500000),
            cl(
                0.333,
                "share",
                "children under five in Zamzam acutely malnourished",
                "reported",
                "aid groups",
                approximate=True,
            ),
        ],
        "notes": [
            "The army is Sudan's (the article's state): 'the army' "
            "and 'the Sudanese government in Port Sudan' act as Sudan; Burhan "
            "acts as himself where named as the speaker.",
            "The RSF shelling of the Saudi Hospital targets Sudan: a named hospital is not a "
            "target entity here, as an embassy raid targets the embassy's state (dev5); El "
            "Fasher is the location.",
            "The lead's UN call for a truce and aid access and Nkweta-Salami's quoted 'We call "
            "on all parties' are one REQUEST, actor the United Nations as the lead names it; "
            "'all parties' are the main pair, Sudan and the RSF. The funding appeal is a second "
            "REQUEST with an empty target (unnamed donors).",
            "The RSF denial targets Sudan, the army having blamed it for the attack.",
            "The army's air strikes (spokesman) and the market strike in Kabkabiya (residents) "
            "are coded as one ASSAULT on the RSF; the civilian toll is a claim. 'a figure the "
            "army did not comment on' is not a denial. 'dozens' of fighters is not a claim.",
            "'accusing him of buying weapons' is an ACCUSE next to the sanction; 'two RSF field "
            "commanders it said had led the assault' is the sanction's reason, not a second "
            "ACCUSE. The unnamed commanders make the RSF the target.",
            "'announced $424 million in new humanitarian aid' is coded as AID (asserted), not "
            "as a promise. 'US-led negotiations in Jeddah' give the talks (mutual CONSULT) and "
            "the US mediation (CONSULT third-party), dated 2023 from 'late last year'.",
            "Sudan's accusation that the UAE arms the RSF is coded as the ACCUSE only (no "
            "reported AID). The Janjaweed 'accused of genocide' (no accuser, two decades ago), "
            "the famine confirmation and displacement 'forced from their homes' (no doer) are "
            "not events.",
            "'MSF, which supports the facility' (scene-setting clause about a hospital) and "
            "'Washington has stepped up pressure on the RSF' (a summary of the sanctions that "
            "follow) are not separate events.",
            "'has put it at more than 20,000' is estimated and approximate; Perriello's 'could "
            "be as high as 150,000' is speculated; 'more than half' is 0.5 and 'one in three' "
            "0.333, both approximate. 'five months' and 'two decades' are durations.",
        ],
    },
    # ------------------------------------------------------------ (4) Ankara Declaration
    "2024-12-12-ankara-declaration-ethiopia-somalia.txt": {
        "title": "ANALYSIS: Ankara Declaration eases Ethiopia-Somalia row, but the hard "
        "questions remain",
        "published": "2024-12-12",
        "entities": [
            ent(ERDOGAN, "PERSON", "Erdogan"),
            ent("Turkey", "GPE", "Ankara"),
            ent("Ethiopia", "GPE", "Addis Ababa"),
            ent("Somalia", "GPE", "Mogadishu"),
            ent("Ankara Declaration", "LAW"),
            ent(ABIY, "PERSON", "Abiy"),
            ent(HSM, "PERSON", "Hassan Sheikh"),
            ent("Somaliland", "GPE"),
            ent("Gulf of Aden", "LOC"),
            ent("Eritrea", "GPE"),
            ent("Djibouti", "GPE"),
            ent("Rashid Abdi", "PERSON"),
            ent("Sahan Research", "ORG"),
            ent("Nairobi", "GPE"),
            ent("Egypt", "GPE", "Cairo"),
            ent("Grand Ethiopian Renaissance Dam", "FAC"),
            ent("Nile", "LOC"),
            ent(AU, "ORG"),
            ent("Badr Abdelatty", "PERSON"),
            ent("Ahmed Moalim Fiqi", "PERSON"),
            ent(FAKI, "PERSON"),
            ent("Turkish", "NORP"),
            ent("Ethiopian", "NORP"),
            ent("Somali", "NORP"),
            ent("Egyptian", "NORP"),
            ent("Western", "NORP"),
        ],
        "events": [
            # Erdogan hosted the leaders of Ethiopia and Somalia in Ankara on Wednesday
            ev(
                "CONSULT",
                "host",
                [ERDOGAN],
                ["Ethiopia", "Somalia"],
                date="2024-12-11",
                location="Ankara",
            ),
            # ... the two had agreed to set aside the dispute (the declaration, signed)
            ev(
                "AGREE",
                "agreement",
                ["Ethiopia", "Somalia"],
                ["Somalia", "Ethiopia"],
                date="2024-12-11",
                location="Ankara",
            ),
            # signed after hours of talks between Abiy and Hassan Sheikh
            ev("CONSULT", "meet", [ABIY, HSM], [HSM, ABIY], location="Ankara"),
            # pledged ... to work towards sea access for Ethiopia (the agreement's pledged act;
            # Hassan Sheikh's "ready to work with Ethiopia" promises the same act)
            ev(
                "COOPERATE",
                "economic",
                ["Ethiopia", "Somalia"],
                ["Somalia", "Ethiopia"],
                "planned",
            ),
            # Technical talks are due to begin before the end of February ...
            ev(
                "CONSULT",
                "negotiate",
                ["Ethiopia", "Somalia"],
                ["Somalia", "Ethiopia"],
                "planned",
                date="2025-02",
            ),
            # ... with Turkey acting as facilitator
            ev(
                "CONSULT",
                "third-party",
                ["Turkey"],
                ["Ethiopia", "Somalia"],
                "planned",
                date="2025-02",
            ),
            # in January Addis Ababa signed a memorandum of understanding with Somaliland
            ev(
                "AGREE",
                "agreement",
                ["Ethiopia", "Somaliland"],
                ["Somaliland", "Ethiopia"],
                date="2024-01",
            ),
            # Mogadishu called the memorandum a violation of its sovereignty
            ev("ACCUSE", "violation", ["Somalia"], ["Ethiopia"]),
            # ... and expelled Ethiopia's ambassador in April
            ev("SANCTION", "expel", ["Somalia"], ["Ethiopia"], date="2024-04"),
            # On Wednesday Abiy: Ethiopia had "no interest in harming Somalia's sovereignty"
            ev("REJECT", "deny", [ABIY], ["Somalia"], "denied", date="2024-12-11"),
            # Hassan Sheikh: Somalia was "ready to work with Ethiopia" (willingness)
            ev("AGREE", "cooperate", [HSM], ["Ethiopia"]),
            # others believe Addis Ababa might press ahead with the Somaliland port deal
            ev(
                "COOPERATE",
                "military",
                ["Ethiopia"],
                ["Somaliland"],
                "speculated",
                "analysts",
            ),
            # Egypt ... delivering weapons to Mogadishu in August
            ev("AID", "military", ["Egypt"], ["Somalia"], date="2024-08"),
            # ... and offering troops for a new African Union mission (offer) ...
            ev("AGREE", "offer", ["Egypt"], ["Somalia"]),
            # ... and the offered deployment
            ev("AID", "personnel", ["Egypt"], ["Somalia"], "planned"),
            # its foreign ministry ... reaffirmed Egypt's support for Somalia's unity
            ev("SUPPORT", "diplomatic", ["Egypt"], ["Somalia"]),
            # Analysts said Mogadishu could now drop its objection to Ethiopian troops
            ev("CONCEDE", "ease", ["Somalia"], ["Ethiopia"], "speculated", "analysts"),
            # Abdelatty spoke by phone with Fiqi on Thursday, according to a statement from Cairo
            ev(
                "CONSULT",
                "phone",
                ["Badr Abdelatty", "Ahmed Moalim Fiqi"],
                ["Ahmed Moalim Fiqi", "Badr Abdelatty"],
                "reported",
                "Egypt",
                "2024-12-12",
            ),
            # The African Union ... welcomed the agreement
            ev("SUPPORT", "welcome", [AU], ["Ethiopia", "Somalia"]),
            # Faki praised Erdogan's "tireless efforts"
            ev("SUPPORT", "praise", [FAKI], [ERDOGAN]),
            # ... and urged the two countries to implement the declaration "in good faith"
            ev("REQUEST", "implement", [FAKI], ["Ethiopia", "Somalia"]),
            # Ankara signed a defence and economic cooperation agreement with Mogadishu in Feb.
            ev(
                "AGREE",
                "agreement",
                ["Turkey", "Somalia"],
                ["Somalia", "Turkey"],
                date="2024-02",
            ),
            # Its mediation, which began with two rounds of talks in Ankara over the summer
            ev("CONSULT", "third-party", ["Turkey"], ["Ethiopia", "Somalia"], location="Ankara"),
        ],
        "claims": [
            cl(120000000, "people", "population of Ethiopia", approximate=True),
            cl(0.9, "share", "share of Ethiopia's trade sent through Djibouti", approximate=True),
            cl(1500000000, "USD", "port fees Ethiopia pays a year", "estimated"),
            cl(2, "rounds of talks", "rounds of Turkish-mediated talks in Ankara over the summer"),
        ],
        "notes": [
            "'the leaders of Ethiopia and Somalia' before either is named are the states "
            "(dev5), so the hosting CONSULT targets Ethiopia and Somalia and the declaration "
            "('the two', 'the two countries') is a mutual AGREE of the states. The 'hours of "
            "talks between' Abiy and Hassan Sheikh are a mutual CONSULT of the persons; its "
            "clause has no date, so the date is null.",
            "The declaration's pledged act (work towards sea access) is one planned COOPERATE; "
            "Hassan Sheikh's 'ready to work with Ethiopia' is an AGREE promising the same act, "
            "not a second COOPERATE. 'pledged to respect each other's sovereignty' is a policy, "
            "not an act. The February technical talks are a planned mutual CONSULT plus "
            "Turkey's planned facilitation (CONSULT third-party), dated 2025-02.",
            "Erdogan's 'first step towards a new beginning' praises his own mediation: not "
            "coded. Egypt 'took note' is neutral: not coded; 'rushed to Somalia's side' is "
            "realised by the arms delivery and the troop offer, not a separate SUPPORT.",
            "Abiy's 'no interest in harming Somalia's sovereignty' answers Somalia's charge: "
            "REJECT deny, target Somalia (as blind2 codes Redwan Hussein).",
            "Hedges: 'could quietly shelve the memorandum' (no act toward another party) is "
            "not coded; 'might press ahead with the Somaliland port deal' is a speculated "
            "COOPERATE (the naval-base deal, military), and 'could now drop its objection' a "
            "speculated CONCEDE, both sourced to 'analysts'. 'might reduce the role Cairo "
            "hopes to play', 'may also help it win goodwill' and the quotes of Rashid Abdi "
            "and the Western diplomat are not events.",
            "Not coded: the AU 'has struggled to broker a settlement' (failed attempts, no "
            "act), the new AU mission 'due to replace the current one' (no actor toward a "
            "target in the clause), Turkey running a base in Somalia (a standing presence), "
            "the Nile dam dispute and Eritrea's independence (background).",
            "The 'Related:' list, the byline and the reader comments are boilerplate: no "
            "events, claims or entities from them.",
            "'an estimated $1.5 billion' is estimated, not approximate; 'nearly a year', 'within "
            "four months' and 'more than a decade' are durations.",
        ],
    },
}

write_gold(HERE, PAGES)

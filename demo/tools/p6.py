from lib import A, C, E, build, cm
from p2 import html_page, related

# 17 --------------------------------------------------------------- html, North Korea confirms troops
X17 = {"Central Military Commission": ("ORG", ["Central Military Commission"])}
a = A(
    title="North Korea confirms for the first time it sent troops to fight for Russia",
    outlet="Asia Current", author="Grace Yun", published="2025-04-28", basis="metadata",
    paras=[
        "North Korea on Monday confirmed for the first time that it had sent soldiers to fight for Russia, saying they had been deployed on the orders of Kim Jong Un under the defence treaty the two countries signed last June.",
        "A statement from the Central Military Commission of the ruling Workers' Party, carried by KCNA, said the troops had taken part in operations to \"liberate\" the Kursk region from Ukrainian forces and had completed their mission. Kim was quoted as saying that those who fought for justice were all heroes and representatives of the honour of the motherland.",
        "Kim said a monument to the soldiers' \"combat feats\" would soon be built in Pyongyang and that their families would receive special care from the state, KCNA reported.",
        "The announcement came two days after Russia's top general, Valery Gerasimov, told Putin that Russian troops had retaken the last Ukrainian-held village in Kursk and praised the \"heroism\" of North Korean soldiers who fought alongside them. It was the first time a senior Russian officer had publicly acknowledged their presence.",
        "The Kremlin said on Monday that Putin had thanked Kim and the North Korean people for their help, and that Russia would never forget the sacrifice of the soldiers. Kremlin spokesman Dmitry Peskov said the deployment was fully in line with the treaty's mutual defence clause.",
        "Ukraine's military denied that Russia had fully regained control of the Kursk region and said fighting was still going on in several border areas.",
        "South Korea's foreign ministry said the admission showed that North Korea and Russia had violated UN Security Council resolutions, and called it an act that Pyongyang would be held responsible for. Seoul's spy agency has estimated that North Korea has lost about 4,700 troops killed or wounded since it began fighting in Kursk last autumn.",
    ],
    events=[
        E("AID", "personnel", ["North Korea"], ["Russia"], "North Korea on Monday confirmed for the first time that it had sent soldiers to fight for Russia, saying they had been deployed on the orders of Kim Jong Un under the defence treaty the two countries signed last June.", date=None, date_text=None),
        E("AGREE", "treaty", ["North Korea"], ["Russia"], "North Korea on Monday confirmed for the first time that it had sent soldiers to fight for Russia, saying they had been deployed on the orders of Kim Jong Un under the defence treaty the two countries signed last June.", date="2024-06", date_text="last June"),
        E("ASSAULT", "ground", ["North Korea"], ["Ukraine"], "A statement from the Central Military Commission of the ruling Workers' Party, carried by KCNA, said the troops had taken part in operations to \"liberate\" the Kursk region from Ukrainian forces and had completed their mission.", loc="Kursk", modality="reported", source="Korean Central News Agency"),
        E("SUPPORT", "praise", ["Valery Gerasimov"], ["North Korea"], "The announcement came two days after Russia's top general, Valery Gerasimov, told Putin that Russian troops had retaken the last Ukrainian-held village in Kursk and praised the \"heroism\" of North Korean soldiers who fought alongside them.", date="2025-04-26", date_text="two days after"),
        E("SUPPORT", "praise", ["Vladimir Putin"], ["Kim Jong Un"], "The Kremlin said on Monday that Putin had thanked Kim and the North Korean people for their help, and that Russia would never forget the sacrifice of the soldiers.", date="2025-04-28", date_text="on Monday", modality="reported", source="Kremlin"),
        E("REJECT", "deny", ["Ukraine"], ["Russia"], "Ukraine's military denied that Russia had fully regained control of the Kursk region and said fighting was still going on in several border areas.", modality="denied"),
        E("ACCUSE", "violation", ["South Korea"], ["North Korea", "Russia"], "South Korea's foreign ministry said the admission showed that North Korea and Russia had violated UN Security Council resolutions, and called it an act that Pyongyang would be held responsible for."),
    ],
    claims=[
        C("North Korean troops killed or wounded in Kursk", 4700, "troops", "Seoul's spy agency has estimated that North Korea has lost about 4,700 troops killed or wounded since it began fighting in Kursk last autumn.", approx=True, attr="National Intelligence Service", modality="estimated"),
    ],
    comments=[
        cm("2025-04-28", "So the 'fake' was real all along. Peskov should apologise to every journalist he called a liar."),
        cm("2025-04-29", "A monument in Pyongyang for a war in Kursk. History is strange."),
    ],
    extra_entities=X17,
)
build("2025-04-28-north-korea-confirms-troops.html",
      html_page("Asia Current", a["title"], "2025-04-28T09:15:00+09:00", "Grace Yun",
                after_article=related(["Timeline: North Korean troops in Russia", "Kursk offensive ends, Moscow says", "What the treaty's Article 4 says"]),
                comments_html="""    <div class="comment-thread">
      <div class="c"><strong>Minjun</strong> <span class="date">2025-04-28 21:14</span><p>So the 'fake' was real all along. Peskov should apologise to every journalist he called a liar.</p><span>Like · Reply</span></div>
      <div class="c"><strong>eastwatcher</strong> <span class="date">2025-04-29 07:30</span><p>A monument in Pyongyang for a war in Kursk. History is strange.</p><span>Like · Reply</span></div>
    </div>""", section="Asia"),
      [a], render="html")

# 18 --------------------------------------------------------------- txt, North Korean missiles fired at Ukraine
X18 = {"Zaporizhzhia": ("GPE", ["Zaporizhzhia"]), "Kharkiv": ("GPE", ["Kharkiv"]), "KN-24": ("PRODUCT", ["KN-24"])}
a = A(
    title="White House: Russia has fired North Korean ballistic missiles at Ukraine",
    outlet="The Evening Ledger", author="Agnes Muller", published="2024-01-05", basis="text",
    paras=[
        "Russia has fired ballistic missiles supplied by North Korea at targets in Ukraine, White House national security spokesman John Kirby said on Thursday, calling it a significant and concerning escalation of Pyongyang's support for Moscow.",
        "Kirby said Russian forces launched at least one of the missiles on December 30 and several more on January 2 as part of a wave of heavy air strikes on Ukrainian cities. The first missile landed in an open field in the Zaporizhzhia region, he said, while the impact of the others was still being assessed.",
        "US intelligence believes the weapons are KN-23 and KN-24 short-range ballistic missiles, which can fly about 900 kilometres. Kirby said the launches were a clear violation of UN Security Council resolutions and that Washington would raise the issue at the council.",
        "He also said the United States would impose further sanctions on people and companies that help arms move between North Korea and Russia.",
        "According to Kirby, North Korea is seeking fighter aircraft, surface-to-air missiles, armoured vehicles and equipment for building ballistic missiles from russia in return for the weapons.",
        "Ukrainian prosecutors said on Friday they were examining missile fragments from the January 2 attack on Kharkiv to establish whether they came from a North Korean missile. The strike damaged apartment buildings in the city centre, officials there said.",
        "Pyongyang and Moscow have both denied the arms transfers.",
    ],
    events=[
        E("ASSAULT", "missile", ["Russia"], ["Ukraine"], "Russia has fired ballistic missiles supplied by North Korea at targets in Ukraine, White House national security spokesman John Kirby said on Thursday, calling it a significant and concerning escalation of Pyongyang's support for Moscow.", modality="reported", source="John Kirby"),
        E("AID", "military", ["North Korea"], ["Russia"], "Russia has fired ballistic missiles supplied by North Korea at targets in Ukraine, White House national security spokesman John Kirby said on Thursday, calling it a significant and concerning escalation of Pyongyang's support for Moscow.", modality="reported", source="John Kirby"),
        E("ASSAULT", "missile", ["Russia"], ["Ukraine"], "Kirby said Russian forces launched at least one of the missiles on December 30 and several more on January 2 as part of a wave of heavy air strikes on Ukrainian cities.", date="2023-12-30", date_text="on December 30", modality="reported", source="John Kirby"),
        E("ACCUSE", "violation", ["John Kirby"], ["Russia", "North Korea"], "Kirby said the launches were a clear violation of UN Security Council resolutions and that Washington would raise the issue at the council."),
        E("THREATEN", "sanctions", ["United States"], ["North Korea", "Russia"], "He also said the United States would impose further sanctions on people and companies that help arms move between North Korea and Russia.", modality="planned", source="John Kirby"),
        E("REQUEST", "military", ["North Korea"], ["Russia"], "According to Kirby, North Korea is seeking fighter aircraft, surface-to-air missiles, armoured vehicles and equipment for building ballistic missiles from russia in return for the weapons.", modality="reported", source="John Kirby"),
        E("ASSAULT", "missile", ["Russia"], ["Kharkiv"], "Ukrainian prosecutors said on Friday they were examining missile fragments from the January 2 attack on Kharkiv to establish whether they came from a North Korean missile.", loc="Kharkiv", date="2024-01-02", date_text="January 2"),
        E("REJECT", "deny", ["North Korea", "Russia"], [], "Pyongyang and Moscow have both denied the arms transfers.", modality="denied"),
    ],
    claims=[
        C("range of the KN-23 and KN-24 missiles", 900, "kilometres", "US intelligence believes the weapons are KN-23 and KN-24 short-range ballistic missiles, which can fly about 900 kilometres.", approx=True, attr="US intelligence", modality="estimated"),
    ],
    extra_entities=X18,
)
build("2024-01-05-north-korean-missiles-ukraine.txt", """The Evening Ledger

WORLD NEWS

White House: Russia has fired North Korean ballistic missiles at Ukraine

Posted on January 5, 2024 by Agnes Muller

{A0}

Filed under: World, Ukraine, North Korea
« Previous: Oil prices edge higher   Next: Winter storm closes schools »
""", [a])

# 19 --------------------------------------------------------------- txt, undated explainer / opinion
a = A(
    title="Explainer: what the Moscow-Pyongyang treaty changes, and what it does not",
    outlet=None, author=None, published=None, basis=None,
    paras=[
        "When Vladimir Putin and Kim Jong Un signed their Comprehensive Strategic Partnership Treaty in Pyongyang in June 2024, both sides called it a turning point. A closer reading suggests the document formalises a relationship that had already changed on the ground.",
        "The core of the treaty is its fourth article. If either country is attacked and finds itself in a state of war, the other must give military and other assistance without delay. Supporters in Pyongyang describe this as a restored alliance; sceptics point out that each side remains the judge of whether an attack has taken place.",
        "The treaty also goes beyond defence. It covers trade, science, space, energy and the training of specialists, and commits both countries to oppose sanctions imposed by third states. That last clause matters because Russia, a permanent member of the UN Security Council, voted for many of the sanctions it now pledges to resist.",
        "In practice, the arms trade came first. Washington and Seoul accused Pyongyang of shipping artillery ammunition to Russia from the late summer of 2023, months before the treaty existed, and North Korean troops only arrived in the Kursk region more than a year after Kim's visit to the Vostochny Cosmodrome.",
        "What North Korea gets in return is harder to measure. Analysts suggest it could receive help with satellites, submarines or missile guidance, but public evidence for such transfers is thin. Food, fuel and hard currency are easier to trace.",
        "In my view the most lasting effect of the treaty may be political rather than military: it gives Pyongyang a great-power partner for the first time since the Soviet collapse, and it makes the sanctions regime that held for more than a decade far harder to restore.",
        "Both governments deny that their cooperation breaks any international rules.",
    ],
    events=[
        E("AGREE", "treaty", ["Vladimir Putin", "Kim Jong Un"], ["Kim Jong Un", "Vladimir Putin"], "When Vladimir Putin and Kim Jong Un signed their Comprehensive Strategic Partnership Treaty in Pyongyang in June 2024, both sides called it a turning point.", loc="Pyongyang", date="2024-06", date_text="in June 2024"),
        E("ACCUSE", "arms transfer", ["United States", "South Korea"], ["North Korea"], "Washington and Seoul accused Pyongyang of shipping artillery ammunition to Russia from the late summer of 2023, months before the treaty existed, and North Korean troops only arrived in the Kursk region more than a year after Kim's visit to the Vostochny Cosmodrome."),
        E("AID", "military", ["North Korea"], ["Russia"], "Washington and Seoul accused Pyongyang of shipping artillery ammunition to Russia from the late summer of 2023, months before the treaty existed, and North Korean troops only arrived in the Kursk region more than a year after Kim's visit to the Vostochny Cosmodrome.", date="2023", date_text="from the late summer of 2023", modality="reported", source="United States"),
        E("CONSULT", "visit", ["Kim Jong Un"], ["Russia"], "Washington and Seoul accused Pyongyang of shipping artillery ammunition to Russia from the late summer of 2023, months before the treaty existed, and North Korean troops only arrived in the Kursk region more than a year after Kim's visit to the Vostochny Cosmodrome.", loc="Vostochny Cosmodrome"),
        E("AID", "military", ["Russia"], ["North Korea"], "Analysts suggest it could receive help with satellites, submarines or missile guidance, but public evidence for such transfers is thin.", modality="speculated", source="Analysts"),
        E("REJECT", "deny", ["Russia", "North Korea"], [], "Both governments deny that their cooperation breaks any international rules.", modality="denied"),
    ],
)
# the AID source is Washington and Seoul together; the first-named is kept for a single-valued field
build("explainer-moscow-pyongyang-treaty.txt", """Explainer: what the Moscow-Pyongyang treaty changes, and what it does not

{A0}

This explainer is part of our series on alliances in Asia.
Comments are closed.
""", [a])

# 20 --------------------------------------------------------------- html, Shoigu in Pyongyang (June 4, 2025)
a = A(
    title="Shoigu meets Kim in Pyongyang on Putin's instructions",
    outlet="Asia Current", author="Grace Yun", published="2025-06-05", basis="metadata",
    paras=[
        "Sergei Shoigu, the secretary of Russia's national security council, held talks with Kim Jong Un in Pyongyang on Wednesday, his second trip to North Korea in less than three months, Russian and North Korean state media reported.",
        "Shoigu was sent to Pyongyang on the \"direct instruction\" of President Vladimir Putin, TASS said. According to KCNA, Kim told his guest that North Korea would \"unconditionally support\" Russia's position on the Ukraine conflict and all other major international questions, in keeping with the spirit of the treaty signed last year.",
        "The two sides discussed how to commemorate North Korean soldiers killed in the Kursk region and agreed to work on a memorial, Russian officials said. Shoigu also visited a Pyongyang cemetery where he laid a wreath.",
        "Shoigu previously met Kim in March, when he carried a message from Putin. Russian officials have said Kim could visit Moscow this year, but no date has been announced.",
        "The meeting came a few weeks after both governments publicly acknowledged for the first time that North Korean troops had fought in Russia. South Korea's spy agency estimates that about 15,000 North Korean soldiers have been sent, with several thousand killed or wounded.",
        "In Seoul, the unification ministry said it was watching closely for any sign that North Korea would send more troops or workers.",
    ],
    events=[
        E("CONSULT", "meet", ["Sergei Shoigu"], ["Kim Jong Un"], "Sergei Shoigu, the secretary of Russia's national security council, held talks with Kim Jong Un in Pyongyang on Wednesday, his second trip to North Korea in less than three months, Russian and North Korean state media reported.", loc="Pyongyang", date="2025-06-04", date_text="on Wednesday", modality="reported", source="state media"),
        E("CONSULT", "visit", ["Vladimir Putin"], ["North Korea"], "Shoigu was sent to Pyongyang on the \"direct instruction\" of President Vladimir Putin, TASS said.", loc="Pyongyang", modality="reported", source="TASS"),
        E("SUPPORT", "diplomatic", ["Kim Jong Un"], ["Russia"], "According to KCNA, Kim told his guest that North Korea would \"unconditionally support\" Russia's position on the Ukraine conflict and all other major international questions, in keeping with the spirit of the treaty signed last year.", modality="reported", source="Korean Central News Agency"),
        E("AGREE", "memorial", ["Russia"], ["North Korea"], "The two sides discussed how to commemorate North Korean soldiers killed in the Kursk region and agreed to work on a memorial, Russian officials said.", modality="reported", source="Russian officials"),
        E("CONSULT", "meet", ["Sergei Shoigu"], ["Kim Jong Un"], "Shoigu previously met Kim in March, when he carried a message from Putin.", date="2025-03", date_text="in March"),
        E("CONSULT", "visit", ["Kim Jong Un"], ["Russia"], "Russian officials have said Kim could visit Moscow this year, but no date has been announced.", loc="Moscow", date="2025", date_text="this year", modality="planned", source="Russian officials"),
        E("AID", "personnel", ["North Korea"], ["Russia"], "South Korea's spy agency estimates that about 15,000 North Korean soldiers have been sent, with several thousand killed or wounded.", modality="estimated", source="National Intelligence Service"),
    ],
    claims=[
        C("North Korean soldiers sent to Russia", 15000, "troops", "South Korea's spy agency estimates that about 15,000 North Korean soldiers have been sent, with several thousand killed or wounded.", approx=True, attr="National Intelligence Service", modality="estimated"),
    ],
)
# Putin sent an envoy: coded as the envoy's visit, not Putin's own; drop that reading
a["events"] = [e for e in a["events"] if not (e["type"] == "CONSULT" and e["actors"] == ["Vladimir Putin"])]
build("2025-06-05-shoigu-meets-kim.html",
      html_page("Asia Current", a["title"], "2025-06-05T08:00:00+09:00", "Grace Yun",
                after_article=related(["Shoigu's March visit: what was agreed", "Inside the Kalma resort", "Kursk memorial plans take shape"]),
                comments_html="    <p>Log in to comment.</p>", section="Asia"),
      [a], render="html")

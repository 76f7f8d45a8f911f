from lib import A, C, E, build, cm
from p2 import html_page, related

# 9 ---------------------------------------------------------------- html with comments section
X9 = {"Kim Hong-kyun": ("PERSON", ["Kim Hong-kyun"]), "Georgy Zinoviev": ("PERSON", ["Georgy Zinoviev", "Zinoviev"]),
      "Chang Ho-jin": ("PERSON", ["Chang Ho-jin", "Chang"]), "Hanoi": ("GPE", ["Hanoi"]),
      "Yoshimasa Hayashi": ("PERSON", ["Yoshimasa Hayashi", "Hayashi"]), "UN Charter": ("LAW", ["UN Charter"])}
a = A(
    title="Seoul summons Russian envoy over pact's mutual defence clause",
    outlet="Korea Watch Daily", author="Park Ji-hoon", published="2024-06-21", basis="metadata",
    paras=[
        "South Korea summoned Russia's ambassador on Friday to protest against the defence treaty Moscow signed with North Korea this week, and warned that it would reconsider its refusal to send weapons to Ukraine.",
        "First Vice Foreign Minister Kim Hong-kyun told Ambassador Georgy Zinoviev that any cooperation helping North Korea build up its military breaks UN Security Council resolutions and threatens South Korea's security, the foreign ministry said. Zinoviev replied that the treaty was not aimed at third countries and that threats and blackmail against Seoul were unacceptable, according to the Russian embassy.",
        "At the centre of the dispute is Article 4 of the Treaty on Comprehensive Strategic Partnership. It says that if one side is put in a state of war by an armed attack from any state, the other will provide military and other assistance \"without delay\" with all the means at its disposal, in line with Article 51 of the UN Charter and the laws of both countries.",
        "Analysts in Seoul say the wording is close to the mutual defence clause of the 1961 treaty between Moscow and Pyongyang, which lapsed after the Soviet Union collapsed. Others note that the new text leaves room for interpretation, because each side decides for itself what counts as an armed attack.",
        "National security adviser Chang Ho-jin said on Thursday that the government would review whether to supply arms to Kyiv. Speaking in Hanoi the same day, Putin warned that sending lethal weapons to Ukraine would be \"a very big mistake\" and said Moscow would respond in a way Seoul would not like.",
        "In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi said Japan was gravely concerned that Russia had not ruled out military-technical cooperation with North Korea.",
    ],
    comments=[
        cm("2024-06-21", "So now Seoul might send shells to Kyiv. Funny how fast a red line moves."),
        cm("2024-06-22", "Article 4 reads like copy and paste from 1961. Nothing new under the sun, only the ammunition."),
        cm("2024-06-22", "the ambassador saying 'not aimed at third countries' while his boss threatens Seoul in the next breath. ok then"),
        cm("2024-06-24", "Good summary. Would like to see the full treaty text published alongside this."),
    ],
    events=[
        E("ACCUSE", "disapprove", ["South Korea"], ["Russia"], "South Korea summoned Russia's ambassador on Friday to protest against the defence treaty Moscow signed with North Korea this week, and warned that it would reconsider its refusal to send weapons to Ukraine.", loc="Seoul", date="2024-06-21", date_text="on Friday"),
        E("AGREE", "treaty", ["Russia"], ["North Korea"], "South Korea summoned Russia's ambassador on Friday to protest against the defence treaty Moscow signed with North Korea this week, and warned that it would reconsider its refusal to send weapons to Ukraine.", date="2024-06-19", prec=None, date_text="this week"),
        E("ACCUSE", "disapprove", ["Kim Hong-kyun"], ["Georgy Zinoviev"], "First Vice Foreign Minister Kim Hong-kyun told Ambassador Georgy Zinoviev that any cooperation helping North Korea build up its military breaks UN Security Council resolutions and threatens South Korea's security, the foreign ministry said.", loc="Seoul", date="2024-06-21", modality="reported", source="South Korean foreign ministry"),
        E("REJECT", "deny", ["Georgy Zinoviev"], ["South Korea"], "Zinoviev replied that the treaty was not aimed at third countries and that threats and blackmail against Seoul were unacceptable, according to the Russian embassy.", modality="reported", source="Russian embassy"),
        E("THREATEN", "military", ["Vladimir Putin"], ["South Korea"], "Speaking in Hanoi the same day, Putin warned that sending lethal weapons to Ukraine would be \"a very big mistake\" and said Moscow would respond in a way Seoul would not like.", loc="Hanoi", date="2024-06-20"),
        E("ACCUSE", "disapprove", ["Yoshimasa Hayashi"], ["Russia"], "In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi said Japan was gravely concerned that Russia had not ruled out military-technical cooperation with North Korea.", loc="Tokyo"),
    ],
    extra_entities=X9,
)
# the AGREE date comes from "this week" (Friday's week): resolved to the signing day in the record
a["events"][1]["date"] = "2024-06"
a["events"][1]["date_precision"] = "month"
comments_html = """    <ol class="comment-list">
      <li class="comment"><span class="comment-author">hanriver_77</span> <time datetime="2024-06-21T19:02">June 21, 2024 at 7:02 pm</time>
        <p>So now Seoul might send shells to Kyiv. Funny how fast a red line moves.</p><a class="reply">Reply</a></li>
      <li class="comment"><span class="comment-author">Archivist</span> <time datetime="2024-06-22T08:15">June 22, 2024 at 8:15 am</time>
        <p>Article 4 reads like copy and paste from 1961. Nothing new under the sun, only the ammunition.</p><a class="reply">Reply</a></li>
      <li class="comment"><span class="comment-author">mkl</span> <time datetime="2024-06-22T11:40">June 22, 2024 at 11:40 am</time>
        <p>the ambassador saying 'not aimed at third countries' while his boss threatens Seoul in the next breath. ok then</p><a class="reply">Reply</a></li>
      <li class="comment"><span class="comment-author">Joanna R.</span> <time datetime="2024-06-24T14:03">June 24, 2024 at 2:03 pm</time>
        <p>Good summary. Would like to see the full treaty text published alongside this.</p><a class="reply">Reply</a></li>
    </ol>"""
build("2024-06-21-seoul-summons-envoy-treaty.html",
      html_page("Korea Watch Daily", a["title"], "2024-06-21T10:30:00+09:00", "Park Ji-hoon",
                after_article=related(["Putin and Kim sign defence treaty", "Why Seoul has kept lethal aid from Kyiv", "The 1961 treaty, explained"]),
                comments_html=comments_html),
      [a], render="html")

# 10 --------------------------------------------------------------- txt, article + reader comments
X10 = {"Chongjin": ("GPE", ["Chongjin"]), "Yakutia": ("GPE", ["Yakutia"]), "Buryatia": ("GPE", ["Buryatia"])}
a = A(
    title="North Korea sending 12,000 troops to fight for Russia, Seoul's spy agency says",
    outlet=None, author=None, published="2024-10-18", basis="text",
    paras=[
        "SEOUL, October 18, 2024 — North Korea has decided to send around 12,000 soldiers, including special forces, to help Russia in its war against Ukraine, according to South Korea's National Intelligence Service, the first time Pyongyang would commit large numbers of ground troops to a foreign war.",
        "The NIS said Russian navy ships carried a first group of about 1,500 special forces troops from the North Korean port of Chongjin and nearby areas to Vladivostok between October 8 and 13. A second transport was expected soon, it said.",
        "The troops were issued Russian uniforms and weapons, and some were given forged identity papers showing them as residents of Yakutia and Buryatia in Siberia, so that they could pass as locals from remote Russian regions, the agency said in a statement that included satellite photos.",
        "President Yoon Suk Yeol called an emergency security meeting on Friday and said the deployment was a serious threat not only to South Korea but to the international community. His office said Seoul would respond with its allies using \"all available means\".",
        "Ukrainian President Volodymyr Zelensky had said earlier this week that his intelligence services had information that North Korea was preparing 10,000 soldiers to be sent to Russia.",
        "Kremlin spokesman Dmitry Peskov dismissed the reports as \"another fake\". North Korea's mission to the United Nations did not comment.",
    ],
    comments=[
        cm("2024-10-18", "If this is true it changes everything. Soldiers are not shells."),
        cm("2024-10-19", "12,000 or 10,000? Every outlet has a different number. wait for proof"),
        cm("2024-10-20", "Fake Yakutian passports is the most Soviet detail I have read all year."),
        cm("2024-10-22", "Peskov called the shells a fake too. Then the shells turned up in Ukrainian fields."),
        cm("2024-10-25", "Seoul will now send weapons to Kyiv, you watch."),
    ],
    events=[
        E("AID", "personnel", ["North Korea"], ["Russia"], "SEOUL, October 18, 2024 — North Korea has decided to send around 12,000 soldiers, including special forces, to help Russia in its war against Ukraine, according to South Korea's National Intelligence Service, the first time Pyongyang would commit large numbers of ground troops to a foreign war.", modality="reported", source="National Intelligence Service"),
        E("AID", "personnel", ["Russia"], ["North Korea"], "The NIS said Russian navy ships carried a first group of about 1,500 special forces troops from the North Korean port of Chongjin and nearby areas to Vladivostok between October 8 and 13.", loc="Vladivostok", date="2024-10", date_text="between October 8 and 13", modality="reported", source="National Intelligence Service"),
        E("ACCUSE", "disapprove", ["Yoon Suk Yeol"], ["North Korea"], "President Yoon Suk Yeol called an emergency security meeting on Friday and said the deployment was a serious threat not only to South Korea but to the international community.", date="2024-10-18", date_text="on Friday"),
        E("THREATEN", "respond", ["South Korea"], ["North Korea"], "His office said Seoul would respond with its allies using \"all available means\".", modality="planned", source="Yoon Suk Yeol's office"),
        E("ACCUSE", "troop deployment", ["Volodymyr Zelensky"], ["North Korea"], "Ukrainian President Volodymyr Zelensky had said earlier this week that his intelligence services had information that North Korea was preparing 10,000 soldiers to be sent to Russia.", date="2024-10", date_text="earlier this week"),
        E("REJECT", "deny", ["Dmitry Peskov"], [], "Kremlin spokesman Dmitry Peskov dismissed the reports as \"another fake\".", modality="denied"),
    ],
    claims=[
        C("North Korean troops to be sent to Russia", 12000, "troops", "SEOUL, October 18, 2024 — North Korea has decided to send around 12,000 soldiers, including special forces, to help Russia in its war against Ukraine, according to South Korea's National Intelligence Service, the first time Pyongyang would commit large numbers of ground troops to a foreign war.", approx=True, attr="National Intelligence Service", modality="reported"),
        C("North Korean special forces in the first group moved to Russia", 1500, "troops", "The NIS said Russian navy ships carried a first group of about 1,500 special forces troops from the North Korean port of Chongjin and nearby areas to Vladivostok between October 8 and 13.", approx=True, attr="National Intelligence Service", modality="reported"),
        C("North Korean soldiers being prepared for Russia", 10000, "troops", "Ukrainian President Volodymyr Zelensky had said earlier this week that his intelligence services had information that North Korea was preparing 10,000 soldiers to be sent to Russia.", attr="Volodymyr Zelensky", modality="reported"),
    ],
    extra_entities=X10,
)
# a ship transport between Oct 8 and 13: month precision is what the text supports
build("2024-10-18-nis-troops-dispatch.txt", """North Korea sending 12,000 troops to fight for Russia, Seoul's spy agency says

{A0}

Share: Facebook | X | WhatsApp

5 Responses

October 18, 2024 AT 21:47
If this is true it changes everything. Soldiers are not shells.
October 19, 2024 AT 06:12
12,000 or 10,000? Every outlet has a different number. wait for proof
October 20, 2024 AT 13:30
Fake Yakutian passports is the most Soviet detail I have read all year.
October 22, 2024 AT 09:15
Peskov called the shells a fake too. Then the shells turned up in Ukrainian fields.
October 25, 2024 AT 17:58
Seoul will now send weapons to Kyiv, you watch.
""", [a])

# 11 --------------------------------------------------------------- html, Pentagon/Blinken troops in Kursk
X11 = {"Kim Yong-hyun": ("PERSON", ["Kim Yong-hyun"]), "Mark Rutte": ("PERSON", ["Mark Rutte", "Rutte"])}
a = A(
    title="US says about 8,000 North Korean troops are in Russia's Kursk region",
    outlet="Capitol Dispatch", author="Evan Whitaker", published="2024-10-31", basis="metadata",
    paras=[
        "WASHINGTON — About 8,000 North Korean soldiers have been moved to Russia's Kursk region near the Ukrainian border and are expected to join the fighting against Ukrainian forces in the coming days, Secretary of State Antony Blinken said on Thursday.",
        "Blinken, speaking alongside South Korea's foreign and defence ministers, said Russia had been training the North Koreans in artillery, drone operations and basic infantry tactics, including trench clearing. \"If these troops engage in combat or combat support operations against Ukraine, they will become legitimate military targets,\" he said.",
        "Defense Secretary Lloyd Austin said on Wednesday that the United States believed about 10,000 North Korean soldiers had been sent to eastern Russia for training in total. South Korean Defence Minister Kim Yong-hyun, who stood beside Austin at the Pentagon, said some of them had probably already been sent to the front.",
        "The figures are lower than those given by Seoul's spy agency, which told lawmakers earlier this week that it believed more than 10,000 had arrived and that Pyongyang could send up to 100,000 over time if the war goes on, an estimate that US officials did not repeat.",
        "NATO Secretary-General Mark Rutte said on Monday that the alliance had confirmed North Korean units were deployed in the Kursk region, calling it a significant escalation and a dangerous expansion of Russia's war.",
        "Moscow has not confirmed the deployment. Russia's ambassador to the UN told the Security Council that Western claims about North Korean troops were \"blatant lies\", while Putin said last week that what Russia does under its treaty with Pyongyang is its own business.",
    ],
    events=[
        E("MOBILIZE", "troops", ["North Korea"], ["Ukraine"], "WASHINGTON — About 8,000 North Korean soldiers have been moved to Russia's Kursk region near the Ukrainian border and are expected to join the fighting against Ukrainian forces in the coming days, Secretary of State Antony Blinken said on Thursday.", loc="Kursk", date="2024-10-31", date_text="on Thursday", modality="reported", source="Antony Blinken"),
        E("CONSULT", "meet", ["Antony Blinken"], ["South Korea"], "Blinken, speaking alongside South Korea's foreign and defence ministers, said Russia had been training the North Koreans in artillery, drone operations and basic infantry tactics, including trench clearing.", loc="Washington", date="2024-10-31"),
        E("AID", "military", ["Russia"], ["North Korea"], "Blinken, speaking alongside South Korea's foreign and defence ministers, said Russia had been training the North Koreans in artillery, drone operations and basic infantry tactics, including trench clearing.", modality="reported", source="Antony Blinken"),
        E("AID", "personnel", ["North Korea"], ["Russia"], "Defense Secretary Lloyd Austin said on Wednesday that the United States believed about 10,000 North Korean soldiers had been sent to eastern Russia for training in total.", date="2024-10", date_text=None, modality="reported", source="Lloyd Austin"),
        E("CONSULT", "meet", ["Lloyd Austin"], ["Kim Yong-hyun"], "South Korean Defence Minister Kim Yong-hyun, who stood beside Austin at the Pentagon, said some of them had probably already been sent to the front.", loc="Pentagon", date="2024-10-30"),
        E("ACCUSE", "disapprove", ["Mark Rutte"], ["Russia", "North Korea"], "NATO Secretary-General Mark Rutte said on Monday that the alliance had confirmed North Korean units were deployed in the Kursk region, calling it a significant escalation and a dangerous expansion of Russia's war.", date="2024-10-28", date_text="on Monday"),
        E("REJECT", "deny", ["Russia"], [], "Russia's ambassador to the UN told the Security Council that Western claims about North Korean troops were \"blatant lies\", while Putin said last week that what Russia does under its treaty with Pyongyang is its own business.", modality="denied"),
    ],
    claims=[
        C("North Korean troops moved to the Kursk region", 8000, "troops", "WASHINGTON — About 8,000 North Korean soldiers have been moved to Russia's Kursk region near the Ukrainian border and are expected to join the fighting against Ukrainian forces in the coming days, Secretary of State Antony Blinken said on Thursday.", approx=True, attr="Antony Blinken", modality="reported"),
        C("North Korean troops sent to eastern Russia for training", 10000, "troops", "Defense Secretary Lloyd Austin said on Wednesday that the United States believed about 10,000 North Korean soldiers had been sent to eastern Russia for training in total.", approx=True, attr="Lloyd Austin", modality="estimated"),
        C("North Korean troops arrived in Russia", 10000, "troops", "The figures are lower than those given by Seoul's spy agency, which told lawmakers earlier this week that it believed more than 10,000 had arrived and that Pyongyang could send up to 100,000 over time if the war goes on, an estimate that US officials did not repeat.", approx=True, attr="National Intelligence Service", modality="estimated"),
        C("North Korean troops that could eventually be sent to Russia", 100000, "troops", "The figures are lower than those given by Seoul's spy agency, which told lawmakers earlier this week that it believed more than 10,000 had arrived and that Pyongyang could send up to 100,000 over time if the war goes on, an estimate that US officials did not repeat.", approx=True, attr="National Intelligence Service", modality="speculated"),
    ],
    comments=[
        cm("2024-11-01", "Eight thousand here, ten thousand there, twelve thousand in Seoul. Somebody is counting wrong."),
        cm("2024-11-01", "Legitimate military targets. That sentence will be quoted for years."),
    ],
    extra_entities=X11,
)
a["events"][3]["date"] = None
a["events"][3]["date_precision"] = None
build("2024-10-31-blinken-troops-kursk.html",
      html_page("Capitol Dispatch", a["title"], "2024-10-31T19:45:00-04:00", "Evan Whitaker",
                after_article=related(["Inside Russia's training camps for North Korean soldiers", "Kursk: how Ukraine's incursion changed the war", "Seoul weighs arms for Kyiv"]),
                comments_html="""    <div class="comment"><p class="meta">Posted by <b>Tom_B</b> on 11/01/2024</p><p>Eight thousand here, ten thousand there, twelve thousand in Seoul. Somebody is counting wrong.</p></div>
    <div class="comment"><p class="meta">Posted by <b>Lena K</b> on 11/01/2024</p><p>Legitimate military targets. That sentence will be quoted for years.</p></div>""",
                section="World"),
      [a], render="html")

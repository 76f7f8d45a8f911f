from lib import A, C, E, build, cm
from p2 import html_page, related

TREATY = "Treaty on Comprehensive Strategic Partnership"

# 12 --------------------------------------------------------------- txt, ratification, relative dates
a = A(
    title="Kim ratifies defence treaty with Russia, completing approval in both countries",
    outlet="Northbound News", author="Sofia Marchetti", published="2024-11-12", basis="text",
    paras=[
        "North Korean leader Kim Jong Un has ratified the mutual defence treaty with Russia, KCNA reported on Tuesday, completing the approval process in both countries days after President Vladimir Putin signed it into law.",
        "Kim signed a decree approving the treaty on Monday, the state news agency said, adding that it would take effect once the two sides exchange the instruments of ratification.",
        "In Moscow, Putin signed the ratification law on Saturday. Russia's lower house, the State Duma, approved the pact unanimously last month, and the Federation Council, the upper chamber, backed it on Wednesday.",
        "The ratification comes as thousands of North Korean soldiers are believed to be in russia. South Korea's spy agency says more than 10,000 are stationed in the Kursk region, where Ukrainian forces have held territory since August, and that some have already been sent into combat.",
        "Russian officials have refused to confirm or deny the deployment, saying only that their cooperation with Pyongyang complies with international law.",
        "The treaty, signed during Putin's visit to Pyongyang in June, obliges each side to provide military assistance \"without delay\" if the other is attacked. It also commits the two countries not to sign agreements with third countries that are directed against the other.",
        "South Korea's foreign ministry said it viewed the ratification with grave concern and called on Moscow and Pyongyang to stop military cooperation that violates Security Council resolutions.",
        "The Kremlin said last week that the exchange of ratification documents would take place soon.",
    ],
    events=[
        E("AGREE", "ratify", ["Kim Jong Un"], ["Russia"], "North Korean leader Kim Jong Un has ratified the mutual defence treaty with Russia, KCNA reported on Tuesday, completing the approval process in both countries days after President Vladimir Putin signed it into law.", modality="reported", source="Korean Central News Agency"),
        E("AGREE", "ratify", ["Kim Jong Un"], ["Russia"], "Kim signed a decree approving the treaty on Monday, the state news agency said, adding that it would take effect once the two sides exchange the instruments of ratification.", date="2024-11-11", date_text="on Monday", modality="reported", source="Korean Central News Agency"),
        E("AGREE", "ratify", ["Vladimir Putin"], ["North Korea"], "In Moscow, Putin signed the ratification law on Saturday.", loc="Moscow", date="2024-11-09", date_text="on Saturday"),
        E("AGREE", "ratify", ["State Duma"], ["North Korea"], "Russia's lower house, the State Duma, approved the pact unanimously last month, and the Federation Council, the upper chamber, backed it on Wednesday.", date="2024-10", date_text="last month"),
        E("AGREE", "ratify", ["Federation Council"], ["North Korea"], "Russia's lower house, the State Duma, approved the pact unanimously last month, and the Federation Council, the upper chamber, backed it on Wednesday.", date="2024-11-06", date_text="on Wednesday"),
        E("AID", "personnel", ["North Korea"], ["Russia"], "South Korea's spy agency says more than 10,000 are stationed in the Kursk region, where Ukrainian forces have held territory since August, and that some have already been sent into combat.", loc="Kursk", modality="reported", source="National Intelligence Service"),
        E("AGREE", "treaty", ["Vladimir Putin"], ["North Korea"], "The treaty, signed during Putin's visit to Pyongyang in June, obliges each side to provide military assistance \"without delay\" if the other is attacked.", loc="Pyongyang", date="2024-06", date_text="in June"),
        E("REQUEST", "halt", ["South Korea"], ["Russia", "North Korea"], "South Korea's foreign ministry said it viewed the ratification with grave concern and called on Moscow and Pyongyang to stop military cooperation that violates Security Council resolutions."),
    ],
    claims=[
        C("North Korean troops stationed in the Kursk region", 10000, "troops", "South Korea's spy agency says more than 10,000 are stationed in the Kursk region, where Ukrainian forces have held territory since August, and that some have already been sent into combat.", approx=True, attr="National Intelligence Service", modality="reported"),
    ],
)
build("2024-11-12-kim-ratifies-treaty.txt", """Northbound News — Asia

Kim ratifies defence treaty with Russia, completing approval in both countries

Sofia Marchetti
Updated Nov. 12, 2024, 10:05 a.m.

{A0}

Related topics: Korean Peninsula · Russia · Treaties
Most read: 1. Markets slide on tariff fears  2. Storm warning for the coast  3. Ten recipes for autumn
""", [a])

# 13 --------------------------------------------------------------- html, sanctions
X13 = {"G7": ("ORG", ["Group of Seven", "G7"])}
a = A(
    title="EU blacklists North Korea's defence minister over troops sent to Russia",
    outlet="Brussels Observer", author="Lukas Brenner", published="2024-12-17", basis="metadata",
    paras=[
        "BRUSSELS — The European Union on Monday added North Korea's defence minister, No Kwang Chol, and several senior army officers to its sanctions list for their role in sending troops to fight for Russia, as part of a new package of measures over the war in Ukraine.",
        "The package, the bloc's 15th since the full-scale invasion began, also targets more than 50 ships that the EU says belong to Russia's shadow fleet of ageing tankers, and several Chinese firms accused of supplying drone parts to the Russian army.",
        "The EU's foreign policy chief said the deployment of North Korean soldiers was a dangerous escalation and that Pyongyang's soldiers and munitions were helping to prolong a war that Russia started.",
        "The United States, Japan and South Korea have all imposed their own penalties on North Korean and Russian individuals, companies and vessels involved in the arms trade over the past year. Washington has sanctioned dozens of entities since late 2023, including the operators of Russian cargo ships that carried containers from the port of Rajin.",
        "Foreign ministers of the Group of Seven last month condemned the deployment in a joint statement and said Russia's growing military cooperation with North Korea posed a risk to security in Europe and the Indo-Pacific.",
        "North Korea has called Western sanctions a hostile act and said its relations with Russia are nobody else's business. The Russian foreign ministry said the EU's measures were illegal and promised a response.",
    ],
    events=[
        E("SANCTION", "sanctions", ["European Union"], ["No Kwang Chol"], "BRUSSELS — The European Union on Monday added North Korea's defence minister, No Kwang Chol, and several senior army officers to its sanctions list for their role in sending troops to fight for Russia, as part of a new package of measures over the war in Ukraine.", date="2024-12-16", date_text="on Monday"),
        E("SANCTION", "sanctions", ["European Union"], ["Russia"], "The package, the bloc's 15th since the full-scale invasion began, also targets more than 50 ships that the EU says belong to Russia's shadow fleet of ageing tankers, and several Chinese firms accused of supplying drone parts to the Russian army.", date="2024-12-16"),
        E("ACCUSE", "troop deployment", ["European Union"], ["North Korea"], "The EU's foreign policy chief said the deployment of North Korean soldiers was a dangerous escalation and that Pyongyang's soldiers and munitions were helping to prolong a war that Russia started."),
        E("SANCTION", "sanctions", ["United States", "Japan", "South Korea"], ["North Korea", "Russia"], "The United States, Japan and South Korea have all imposed their own penalties on North Korean and Russian individuals, companies and vessels involved in the arms trade over the past year."),
        E("SANCTION", "sanctions", ["United States"], ["Russia"], "Washington has sanctioned dozens of entities since late 2023, including the operators of Russian cargo ships that carried containers from the port of Rajin."),
        E("ACCUSE", "disapprove", ["G7"], ["Russia", "North Korea"], "Foreign ministers of the Group of Seven last month condemned the deployment in a joint statement and said Russia's growing military cooperation with North Korea posed a risk to security in Europe and the Indo-Pacific.", date="2024-11", date_text="last month"),
        E("ACCUSE", "disapprove", ["North Korea"], ["European Union"], "North Korea has called Western sanctions a hostile act and said its relations with Russia are nobody else's business."),
        E("THREATEN", "retaliate", ["Russia"], ["European Union"], "The Russian foreign ministry said the EU's measures were illegal and promised a response.", modality="planned"),
    ],
    claims=[
        C("ships targeted as part of Russia's shadow fleet", 50, "ships", "The package, the bloc's 15th since the full-scale invasion began, also targets more than 50 ships that the EU says belong to Russia's shadow fleet of ageing tankers, and several Chinese firms accused of supplying drone parts to the Russian army.", approx=True, attr="European Union", modality="reported"),
    ],
    extra_entities=X13,
)
build("2024-12-17-eu-sanctions-no-kwang-chol.html",
      html_page("Brussels Observer", a["title"], "2024-12-17T07:00:00+01:00", "Lukas Brenner",
                after_article=related(["What is in the EU's 15th package", "Shadow fleet tankers: a map", "Seoul and Tokyo add their own listings"]),
                comments_html="    <p>Comments are moderated. Please read our community guidelines.</p>", section="Europe"),
      [a], render="html")

# 14 --------------------------------------------------------------- html.gz, captured soldiers, casualties
X14 = {"SBU": ("ORG", ["Security Service of Ukraine", "SBU"])}
a = A(
    title="Ukraine captures two North Korean soldiers in Kursk, Zelensky says",
    outlet="Frontline Review", author="Olena Hrytsenko", published="2025-01-13", basis="metadata",
    paras=[
        "KYIV — Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region, President Volodymyr Zelensky said on Saturday, the first time Kyiv has shown live prisoners from the contingent that Pyongyang sent to fight for Moscow.",
        "Zelensky posted photos of the two men, one with a bandaged jaw and the other with injured hands, and said they were being questioned by the Security Service of Ukraine. Neither speaks English, Ukrainian or Russian, so interviews are being held with the help of South Korean intelligence.",
        "On Sunday Zelensky said Ukraine was ready to hand the soldiers over to Kim Jong Un if Pyongyang could arrange their exchange for Ukrainians held prisoner in Russia. One of the men said he wanted to stay in Ukraine, according to a video released by the SBU.",
        "South Korea's National Intelligence Service confirmed the capture and said on Monday that about 300 North Korean soldiers had been killed and 2,700 wounded since they entered combat in December. The agency said the troops lacked an understanding of modern warfare and were being used by Russian commanders as expendable assault units.",
        "Ukrainian officials have given higher figures. Zelensky said late last month that more than 3,000 North Koreans had been killed or wounded, and Ukraine's military has reported repeated attacks by North Korean infantry on its positions around the town of Sudzha.",
        "The NIS added that soldiers had been ordered to kill themselves rather than be taken prisoner. Notes found on one dead soldier appeared to show he had been told to blow himself up with a grenade to avoid capture.",
        "Moscow and Pyongyang have never officially acknowledged the deployment. Russia's defence ministry did not respond to a request for comment.",
    ],
    events=[
        E("COERCE", "capture", ["Ukraine"], ["North Korea"], "KYIV — Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region, President Volodymyr Zelensky said on Saturday, the first time Kyiv has shown live prisoners from the contingent that Pyongyang sent to fight for Moscow.", loc="Kursk", date="2025-01-11", date_text="on Saturday", modality="reported", source="Volodymyr Zelensky"),
        E("AID", "personnel", ["North Korea"], ["Russia"], "KYIV — Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region, President Volodymyr Zelensky said on Saturday, the first time Kyiv has shown live prisoners from the contingent that Pyongyang sent to fight for Moscow."),
        E("COOPERATE", "intelligence", ["South Korea"], ["Ukraine"], "Neither speaks English, Ukrainian or Russian, so interviews are being held with the help of South Korean intelligence."),
        E("REQUEST", "exchange", ["Volodymyr Zelensky"], ["Kim Jong Un"], "On Sunday Zelensky said Ukraine was ready to hand the soldiers over to Kim Jong Un if Pyongyang could arrange their exchange for Ukrainians held prisoner in Russia.", date="2025-01-12", date_text="On Sunday"),
        E("ASSAULT", "ground", ["North Korea"], ["Ukraine"], "Zelensky said late last month that more than 3,000 North Koreans had been killed or wounded, and Ukraine's military has reported repeated attacks by North Korean infantry on its positions around the town of Sudzha.", loc="Sudzha", modality="reported", source="Ukraine's military"),
    ],
    claims=[
        C("North Korean soldiers captured by Ukraine", 2, "troops", "KYIV — Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region, President Volodymyr Zelensky said on Saturday, the first time Kyiv has shown live prisoners from the contingent that Pyongyang sent to fight for Moscow.", attr="Volodymyr Zelensky", modality="reported"),
        C("North Korean soldiers killed", 300, "troops", "South Korea's National Intelligence Service confirmed the capture and said on Monday that about 300 North Korean soldiers had been killed and 2,700 wounded since they entered combat in December.", approx=True, attr="National Intelligence Service", modality="estimated"),
        C("North Korean soldiers wounded", 2700, "troops", "South Korea's National Intelligence Service confirmed the capture and said on Monday that about 300 North Korean soldiers had been killed and 2,700 wounded since they entered combat in December.", approx=True, attr="National Intelligence Service", modality="estimated"),
        C("North Korean soldiers killed or wounded", 3000, "troops", "Zelensky said late last month that more than 3,000 North Koreans had been killed or wounded, and Ukraine's military has reported repeated attacks by North Korean infantry on its positions around the town of Sudzha.", approx=True, attr="Volodymyr Zelensky", modality="reported"),
    ],
    comments=[
        cm("2025-01-13", "Pyongyang will never agree to an exchange. These two are now the most wanted men in North Korea."),
        cm("2025-01-14", "300 dead and 2,700 wounded in a month. That is a quarter of the force."),
        cm(None, "Give them the choice. If one wants to go to Seoul, let him go to Seoul."),
    ],
    extra_entities={**X14, "Sudzha": ("GPE", ["Sudzha"])},
)
build("2025-01-13-ukraine-captures-north-korean-soldiers.html.gz",
      html_page("Frontline Review", a["title"], "2025-01-13T12:20:00+02:00", "Olena Hrytsenko",
                body_extra_top='<div class="adblock-notice">It looks like you are using an ad blocker. Please whitelist us to keep our journalism free.</div>',
                after_article=related(["How Kim's soldiers fight in Kursk", "Prisoner swaps since 2022, in numbers", "Seoul's spy agency: what it knows"]),
                comments_html="""    <article class="comment"><header>Anonymous · <time datetime="2025-01-13">13 Jan 2025</time></header><p>Pyongyang will never agree to an exchange. These two are now the most wanted men in North Korea.</p></article>
    <article class="comment"><header>sergiy_k · <time datetime="2025-01-14">14 Jan 2025</time></header><p>300 dead and 2,700 wounded in a month. That is a quarter of the force.</p></article>
    <article class="comment"><header>guest</header><p>Give them the choice. If one wants to go to Seoul, let him go to Seoul.</p></article>""",
                section="War in Ukraine"),
      [a], render="html")

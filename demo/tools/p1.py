from lib import A, C, E, build, cm

# 1 ---------------------------------------------------------------- plain text, dateline
a = A(
    title="Kim and Putin meet at Russian spaceport as arms fears grow",
    outlet=None, author=None, published="2023-09-13", basis="text",
    paras=[
        "VOSTOCHNY COSMODROME, Russia, Sept. 13, 2023 — North Korean leader Kim Jong Un met Russian President Vladimir Putin on Wednesday at the Vostochny Cosmodrome in Russia's Amur region, a summit that Western governments fear will end with Pyongyang selling weapons to Moscow for its war in Ukraine.",
        "Kim travelled for more than two days on his armoured green train before reaching the launch site, where Putin waited for him at the entrance and shook his hand for almost a minute in front of cameras. It is the first time the two men have met since their 2019 talks in Vladivostok, and Kim's first trip abroad since the coronavirus pandemic closed North Korea's borders.",
        "Asked by Russian reporters whether Moscow would help North Korea build satellites, Putin answered that this was the reason the two sides had come to the spaceport. The Kremlin said the leaders then held talks that lasted about five hours, first with their delegations and later one on one.",
        "Kim told Putin that his country would give its \"full and unconditional support\" to Russia, describing the war against Ukraine as a sacred fight to defend its sovereignty. North Korean state media later called the meeting a historic milestone in relations between Pyongyang and Moscow.",
        "Neither side published an agreement at the end of the day. Kremlin spokesman Dmitry Peskov said no documents were planned and that Russia would not discuss \"sensitive areas\" of its cooperation with a neighbour.",
        "The United States had said for weeks that arms negotiations between the two countries were \"actively advancing\". On Wednesday the State Department repeated that any transfer of weapons from North Korea to Russia would break UN Security Council resolutions that Russia itself voted for, and warned that Washington would not hesitate to impose new sanctions.",
        "South Korea, which has watched the trip closely, said it was concerned about any cooperation that could help Pyongyang's banned missile and nuclear programmes. Officials in Seoul have estimated that North Korea holds large stocks of Soviet-calibre artillery shells that Russian guns can fire.",
        "While the leaders met, North Korea fired two short-range ballistic missiles into the sea off its east coast, according to South Korea's Joint Chiefs of Staff.",
        "After the summit Kim was expected to continue to the city of Komsomolsk-on-Amur, where Russian fighter jets are built, and to Vladivostok, home to Russia's Pacific Fleet.",
    ],
    events=[
        E("CONSULT", "meet", ["Kim Jong Un"], ["Vladimir Putin"], "VOSTOCHNY COSMODROME, Russia, Sept. 13, 2023 — North Korean leader Kim Jong Un met Russian President Vladimir Putin on Wednesday at the Vostochny Cosmodrome in Russia's Amur region, a summit that Western governments fear will end with Pyongyang selling weapons to Moscow for its war in Ukraine.", loc="Vostochny Cosmodrome", date="2023-09-13", date_text="Sept. 13, 2023"),
        E("CONSULT", "meet", ["Vladimir Putin", "Kim Jong Un"], ["Kim Jong Un", "Vladimir Putin"], "The Kremlin said the leaders then held talks that lasted about five hours, first with their delegations and later one on one.", loc="Vostochny Cosmodrome", date="2023-09-13", modality="reported", source="Kremlin"),
        E("SUPPORT", "diplomatic", ["Kim Jong Un"], ["Russia"], "Kim told Putin that his country would give its \"full and unconditional support\" to Russia, describing the war against Ukraine as a sacred fight to defend its sovereignty.", loc="Vostochny Cosmodrome", date="2023-09-13"),
        E("ACCUSE", "arms transfer", ["United States"], ["North Korea", "Russia"], "The United States had said for weeks that arms negotiations between the two countries were \"actively advancing\"."),
        E("THREATEN", "sanctions", ["State Department"], ["North Korea", "Russia"], "On Wednesday the State Department repeated that any transfer of weapons from North Korea to Russia would break UN Security Council resolutions that Russia itself voted for, and warned that Washington would not hesitate to impose new sanctions.", date="2023-09-13", date_text="On Wednesday"),
        E("ASSAULT", "missile", ["North Korea"], [], "While the leaders met, North Korea fired two short-range ballistic missiles into the sea off its east coast, according to South Korea's Joint Chiefs of Staff.", date="2023-09-13", modality="reported", source="Joint Chiefs of Staff"),
    ],
    claims=[
        C("short-range ballistic missiles fired by North Korea", 2, "missiles", "While the leaders met, North Korea fired two short-range ballistic missiles into the sea off its east coast, according to South Korea's Joint Chiefs of Staff.", attr="Joint Chiefs of Staff", modality="reported"),
    ],
)
build("2023-09-13-kim-putin-vostochny.txt", "Kim and Putin meet at Russian spaceport as arms fears grow\n\n{A0}\n\nShare this story\nRelated: North Korea | Russia | Ukraine war\n", [a])

# 2 ---------------------------------------------------------------- html, Lavrov Oct 2023
a = A(
    title="Lavrov lands in Pyongyang to follow up on Kim-Putin summit",
    outlet="Eastern Ledger", author="Mira Castellanos", published="2023-10-19", basis="metadata",
    paras=[
        "Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Wednesday for a two-day visit, the first by Russia's top diplomat to North Korea in five years, as Moscow and Pyongyang move to turn last month's summit between their leaders into concrete cooperation.",
        "North Korean Foreign Minister Choe Son Hui greeted Lavrov at the airport, according to video released by the Russian foreign ministry. On Thursday the two ministers held talks that Lavrov described as \"very substantive\", and Lavrov later met Kim Jong Un, KCNA reported.",
        "Lavrov said the visit was meant to carry out the agreements reached by Vladimir Putin and Kim Jong Un at the Vostochny Cosmodrome in September. He thanked Pyongyang for what he called its firm support for Russia's \"special military operation\" in Ukraine and said Moscow supported North Korea's position against joint military drills held by the United States, South Korea and Japan.",
        "The visit came days after the White House accused North Korea of having delivered more than 1,000 containers of military equipment and munitions to Russia. Lavrov declined to answer questions about the accusation, and Moscow and Pyongyang have both denied any arms trade.",
        "Kim has accepted an invitation to visit Moscow again, and the Kremlin said Putin was also ready to travel to North Korea, though no date has been set. Lavrov also said Russia wanted to expand talks on security on the Korean Peninsula to include China.",
        "In Seoul, the foreign ministry said it was watching the visit closely and urged Russia to respect the Security Council sanctions on North Korea that it had approved as a permanent member.",
    ],
    events=[
        E("CONSULT", "visit", ["Sergey Lavrov"], ["North Korea"], "Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Wednesday for a two-day visit, the first by Russia's top diplomat to North Korea in five years, as Moscow and Pyongyang move to turn last month's summit between their leaders into concrete cooperation.", loc="Pyongyang", date="2023-10-18", date_text="on Wednesday"),
        E("CONSULT", "meet", ["Choe Son Hui"], ["Sergey Lavrov"], "North Korean Foreign Minister Choe Son Hui greeted Lavrov at the airport, according to video released by the Russian foreign ministry.", loc="Pyongyang", date="2023-10-18", modality="reported", source="Russian foreign ministry"),
        E("CONSULT", "meet", ["Sergey Lavrov"], ["Choe Son Hui"], "On Thursday the two ministers held talks that Lavrov described as \"very substantive\", and Lavrov later met Kim Jong Un, KCNA reported.", loc="Pyongyang", date="2023-10-19", date_text="On Thursday"),
        E("CONSULT", "meet", ["Sergey Lavrov"], ["Kim Jong Un"], "On Thursday the two ministers held talks that Lavrov described as \"very substantive\", and Lavrov later met Kim Jong Un, KCNA reported.", loc="Pyongyang", date="2023-10-19", date_text="On Thursday", modality="reported", source="Korean Central News Agency"),
        E("SUPPORT", "diplomatic", ["Sergey Lavrov"], ["North Korea"], "He thanked Pyongyang for what he called its firm support for Russia's \"special military operation\" in Ukraine and said Moscow supported North Korea's position against joint military drills held by the United States, South Korea and Japan."),
        E("ACCUSE", "arms transfer", ["White House"], ["North Korea"], "The visit came days after the White House accused North Korea of having delivered more than 1,000 containers of military equipment and munitions to Russia."),
        E("REJECT", "deny", ["Russia", "North Korea"], [], "Lavrov declined to answer questions about the accusation, and Moscow and Pyongyang have both denied any arms trade.", modality="denied"),
        E("CONSULT", "visit", ["Vladimir Putin"], ["North Korea"], "Kim has accepted an invitation to visit Moscow again, and the Kremlin said Putin was also ready to travel to North Korea, though no date has been set.", modality="planned", source="Kremlin"),
        E("REQUEST", "comply", ["South Korea"], ["Russia"], "In Seoul, the foreign ministry said it was watching the visit closely and urged Russia to respect the Security Council sanctions on North Korea that it had approved as a permanent member.", loc="Seoul"),
    ],
    claims=[
        C("containers of military equipment and munitions delivered by North Korea to Russia", 1000, "containers", "The visit came days after the White House accused North Korea of having delivered more than 1,000 containers of military equipment and munitions to Russia.", approx=True, attr="White House", modality="reported"),
    ],
)
html_tpl = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Lavrov lands in Pyongyang to follow up on Kim-Putin summit | Eastern Ledger</title>
  <meta property="og:site_name" content="Eastern Ledger">
  <meta property="og:title" content="Lavrov lands in Pyongyang to follow up on Kim-Putin summit">
  <meta property="article:published_time" content="2023-10-19T08:40:00+00:00">
  <meta name="author" content="Mira Castellanos">
  <meta name="description" content="Russia's foreign minister visits North Korea weeks after the Vostochny summit.">
</head>
<body>
  <div class="cookie-banner" id="cookie-consent">
    <p>We use cookies to personalise content and ads and to analyse our traffic. <a href="/privacy">Privacy policy</a></p>
    <button>Accept all</button> <button>Manage preferences</button>
  </div>
  <header>
    <a class="logo" href="/">Eastern Ledger</a>
    <nav>
      <ul>
        <li><a href="/world">World</a></li><li><a href="/asia">Asia</a></li><li><a href="/europe">Europe</a></li>
        <li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe</a></li>
      </ul>
    </nav>
  </header>
  <main>
    <article>
      <h1>Lavrov lands in Pyongyang to follow up on Kim-Putin summit</h1>
      <div class="byline">By <span class="author">Mira Castellanos</span> · <time datetime="2023-10-19">October 19, 2023</time></div>
      <figure><img src="/img/2023/10/lavrov-airport.jpg" alt=""><figcaption>lavrov-airport.jpg</figcaption></figure>
{A0}
      <div class="share">Share on X · Share on Facebook · Copy link</div>
      <ul class="tags"><li>Russia</li><li>North Korea</li><li>Diplomacy</li></ul>
    </article>
    <aside class="related">
      <h2>Related articles</h2>
      <ul>
        <li><a href="/asia/kim-train">Inside the armoured train that carries Kim abroad</a></li>
        <li><a href="/world/shells">What we know about the containers crossing the border</a></li>
        <li><a href="/europe/sanctions">EU weighs new listings over arms trade</a></li>
      </ul>
    </aside>
    <section class="comments">
      <h2>Comments (0)</h2>
      <p>Be the first to comment. <a href="/login">Log in</a> to join the discussion.</p>
    </section>
  </main>
  <footer><p>© 2023 Eastern Ledger. All rights reserved.</p><a href="/terms">Terms</a> <a href="/contact">Contact</a></footer>
</body>
</html>
"""
build("2023-10-19-lavrov-pyongyang-visit.html", html_tpl, [a], render="html")

# 3 ---------------------------------------------------------------- txt, "Published:", containers
a = A(
    title="White House says North Korea has shipped over 1,000 containers of arms to Russia",
    outlet="Pacific Brief", author="Daniel Okafor", published="2023-10-13", basis="text",
    paras=[
        "The United States said on Friday that North Korea has delivered more than 1,000 containers of military equipment and munitions to Russia in recent weeks, the first time Washington has said publicly that the transfers it had warned about are now under way.",
        "White House national security spokesman John Kirby told reporters that the shipments were loaded onto a Russian-flagged ship at the port of Rajin and carried to the Russian port of Dunai before travelling by rail to an ammunition depot near the Ukrainian border. He showed satellite images that, he said, documented the route between early September and October 1.",
        "\"We condemn the DPRK for providing Russia with this military equipment, which will be used to attack Ukrainian cities, kill Ukrainian civilians and further Russia's illegitimate war,\" Kirby said.",
        "He added that Washington believed Pyongyang was seeking military technology from Moscow in return, including fighter aircraft, surface-to-air missiles and equipment for its ballistic missile and satellite programmes.",
        "The US, South Korea and Japan said in a joint statement that they would work to expose and counter any attempt by Russia to acquire weapons from north Korea, and that the trade would violate several UN Security Council resolutions.",
        "Neither the Kremlin nor North Korea's state news agency commented on the images. Both governments have previously dismissed the accusations as groundless. Russia's ambassador in Washington has called such reports \"fake news\".",
        "Researchers who track North Korean ports have reported a sharp rise in shipping traffic at Rajin since last month's meeting between Kim Jong Un and Vladimir Putin in the Russian Far East.",
    ],
    events=[
        E("ACCUSE", "arms transfer", ["United States"], ["North Korea"], "The United States said on Friday that North Korea has delivered more than 1,000 containers of military equipment and munitions to Russia in recent weeks, the first time Washington has said publicly that the transfers it had warned about are now under way.", date="2023-10-13", date_text="on Friday"),
        E("AID", "military", ["North Korea"], ["Russia"], "The United States said on Friday that North Korea has delivered more than 1,000 containers of military equipment and munitions to Russia in recent weeks, the first time Washington has said publicly that the transfers it had warned about are now under way.", modality="reported", source="United States"),
        E("ACCUSE", "disapprove", ["John Kirby"], ["North Korea"], "\"We condemn the DPRK for providing Russia with this military equipment, which will be used to attack Ukrainian cities, kill Ukrainian civilians and further Russia's illegitimate war,\" Kirby said."),
        E("ACCUSE", "arms transfer", ["United States", "South Korea", "Japan"], ["Russia", "North Korea"], "The US, South Korea and Japan said in a joint statement that they would work to expose and counter any attempt by Russia to acquire weapons from north Korea, and that the trade would violate several UN Security Council resolutions."),
        E("REJECT", "deny", ["Russia", "North Korea"], [], "Both governments have previously dismissed the accusations as groundless.", modality="denied"),
        E("CONSULT", "meet", ["Kim Jong Un"], ["Vladimir Putin"], "Researchers who track North Korean ports have reported a sharp rise in shipping traffic at Rajin since last month's meeting between Kim Jong Un and Vladimir Putin in the Russian Far East.", date="2023-09", date_text="last month"),
    ],
    claims=[
        C("containers of military equipment and munitions delivered by North Korea to Russia", 1000, "containers", "The United States said on Friday that North Korea has delivered more than 1,000 containers of military equipment and munitions to Russia in recent weeks, the first time Washington has said publicly that the transfers it had warned about are now under way.", approx=True, attr="United States", modality="reported"),
    ],
)
build("2023-10-13-white-house-containers.txt", """Pacific Brief
World | Asia-Pacific | Security

White House says North Korea has shipped over 1,000 containers of arms to Russia
By Daniel Okafor
Published: October 13, 2023 17:05 ET

{A0}

Tags: North Korea, Russia, sanctions, arms
Follow us on Socials
Sign up for the Pacific Brief morning newsletter
""", [a])

# 4 ---------------------------------------------------------------- txt, shell estimates, disagreeing numbers
a = A(
    title="Seoul says North Korea sent Russia about 6,700 containers, up to 3 million shells",
    outlet=None, author=None, published="2024-02-27", basis="text",
    paras=[
        "SEOUL, Feb. 27, 2024 (Updated 14:20) — North Korea has shipped around 6,700 containers of munitions to Russia since July last year, South Korean Defence Minister Shin Won-sik said on Tuesday, enough to hold more than 3 million rounds of 152mm artillery shells.",
        "Shin told reporters that the containers could instead carry some 500,000 rounds of 122mm multiple-rocket ammunition, and that the real mix was probably a combination of both. In exchange, he said, Russia had sent North Korea food and other necessities, which make up the largest share of the shipping containers that move in the other direction.",
        "\"North Korea's munitions factories are operating at full capacity,\" Shin said, adding that many plants had been running short of raw materials and electricity before the trade with russia gave them a reason to speed up.",
        "The estimate is far higher than figures given by Seoul last year. In November, South Korea's National Intelligence Service told lawmakers that more than 1 million shells had been sent in about 10 shipments since August.",
        "The Ukrainian government has said its soldiers recover North Korean shells and missile fragments on the battlefield regularly. Ukraine's military intelligence chief has said roughly half of the North Korean shells fail to fire or explode early, a claim that could not be independently verified.",
        "Moscow and Pyongyang have repeatedly denied doing any arms business with each other. The Kremlin has said its cooperation with North Korea is not aimed at any third country.",
    ],
    events=[
        E("ACCUSE", "arms transfer", ["Shin Won-sik"], ["North Korea"], "SEOUL, Feb. 27, 2024 (Updated 14:20) — North Korea has shipped around 6,700 containers of munitions to Russia since July last year, South Korean Defence Minister Shin Won-sik said on Tuesday, enough to hold more than 3 million rounds of 152mm artillery shells.", loc="Seoul", date="2024-02-27", date_text="on Tuesday"),
        E("AID", "military", ["North Korea"], ["Russia"], "SEOUL, Feb. 27, 2024 (Updated 14:20) — North Korea has shipped around 6,700 containers of munitions to Russia since July last year, South Korean Defence Minister Shin Won-sik said on Tuesday, enough to hold more than 3 million rounds of 152mm artillery shells.", date="2023-07", date_text="since July last year", modality="reported", source="Shin Won-sik"),
        E("AID", "economic", ["Russia"], ["North Korea"], "In exchange, he said, Russia had sent North Korea food and other necessities, which make up the largest share of the shipping containers that move in the other direction.", modality="reported", source="Shin Won-sik"),
        E("AID", "military", ["North Korea"], ["Russia"], "In November, South Korea's National Intelligence Service told lawmakers that more than 1 million shells had been sent in about 10 shipments since August.", date="2023-08", date_text="since August", modality="reported", source="National Intelligence Service"),
        E("REJECT", "deny", ["Russia", "North Korea"], [], "Moscow and Pyongyang have repeatedly denied doing any arms business with each other.", modality="denied"),
    ],
    claims=[
        C("containers of munitions shipped by North Korea to Russia", 6700, "containers", "SEOUL, Feb. 27, 2024 (Updated 14:20) — North Korea has shipped around 6,700 containers of munitions to Russia since July last year, South Korean Defence Minister Shin Won-sik said on Tuesday, enough to hold more than 3 million rounds of 152mm artillery shells.", approx=True, attr="Shin Won-sik", modality="estimated"),
        C("152mm artillery shells the containers could hold", 3000000, "shells", "SEOUL, Feb. 27, 2024 (Updated 14:20) — North Korea has shipped around 6,700 containers of munitions to Russia since July last year, South Korean Defence Minister Shin Won-sik said on Tuesday, enough to hold more than 3 million rounds of 152mm artillery shells.", approx=True, attr="Shin Won-sik", modality="estimated"),
        C("122mm multiple-rocket rounds the containers could hold", 500000, "rounds", "Shin told reporters that the containers could instead carry some 500,000 rounds of 122mm multiple-rocket ammunition, and that the real mix was probably a combination of both.", approx=True, attr="Shin Won-sik", modality="estimated"),
        C("shells sent by North Korea to Russia by November 2023", 1000000, "shells", "In November, South Korea's National Intelligence Service told lawmakers that more than 1 million shells had been sent in about 10 shipments since August.", approx=True, attr="National Intelligence Service", modality="reported"),
        C("shipments of shells from North Korea to Russia", 10, "shipments", "In November, South Korea's National Intelligence Service told lawmakers that more than 1 million shells had been sent in about 10 shipments since August.", approx=True, attr="National Intelligence Service", modality="reported"),
        C("North Korean shells that fail to fire or explode early", 0.5, "share", "Ukraine's military intelligence chief has said roughly half of the North Korean shells fail to fire or explode early, a claim that could not be independently verified.", approx=True, attr="Ukraine's military intelligence chief", modality="reported"),
    ],
)
build("2024-02-27-seoul-shell-estimate.txt", "Seoul says North Korea sent Russia about 6,700 containers, up to 3 million shells\n\n{A0}\n\n[Image: shells-containers-rajin.jpg]\nMore from Asia desk\n", [a])

from lib import A, C, E, build, cm
from p2 import html_page, related

# 15 --------------------------------------------------------------- txt, breadcrumbs/byline/"You may also like"/adblock
a = A(
    title="Lavrov Hails 'Invincible Brotherhood' On Visit To North Korea's Wonsan",
    outlet=None, author="Staff Reporter", published="2025-07-13", basis="text",
    paras=[
        "Russian Foreign Minister Sergey Lavrov held talks with North Korean leader Kim Jong-un on Saturday in the coastal city of Wonsan, the latest in a string of high-level visits that underline how close Moscow and Pyongyang have become since the start of the war in ukraine.",
        "Lavrov arrived on Friday and spent most of Saturday with his North Korean counterpart Choe Son Hui at the Kalma resort, a vast beach complex that opened to visitors at the start of this month. In a speech at the opening of the talks he praised what he called the \"invincible brotherhood\" between the two nations and thanked North Korean soldiers for their role in pushing Ukrainian troops out of the Kursk region.",
        "Choe said Pyongyang would \"unconditionally support\" whatever measures the russian leadership takes to resolve the root causes of the conflict in Ukraine, according to KCNA. Kim told Lavrov that North Korea would stand firmly with Moscow, the agency reported on Sunday.",
        "Lavrov also issued a warning to the united States, South Korea and Japan, saying that their expanding security cooperation must not be used to build an alliance against anyone, \"including North Korea and Russia\". He said Moscow respects Pyongyang's reasons for pursuing nuclear weapons and understands why it is developing them.",
        "According to Russian officials, the two sides also discussed direct flights between Moscow and Pyongyang and ways to bring more Russian tourists to Wonsan, where a passenger train service is expected to start later this year. Russian media reported that the first direct Moscow-Pyongyang flights could start before the end of the month.",
        "Lavrov's trip came about a year after Putin's visit to Pyongyang, where the two countries signed their mutual defence treaty. South Korea's intelligence service has estimated that about 15,000 North Korean soldiers have been sent to Russia since last autumn.",
    ],
    events=[
        E("CONSULT", "meet", ["Sergey Lavrov"], ["Kim Jong Un"], "Russian Foreign Minister Sergey Lavrov held talks with North Korean leader Kim Jong-un on Saturday in the coastal city of Wonsan, the latest in a string of high-level visits that underline how close Moscow and Pyongyang have become since the start of the war in ukraine.", loc="Wonsan", date="2025-07-12", date_text="on Saturday"),
        E("CONSULT", "visit", ["Sergey Lavrov"], ["North Korea"], "Lavrov arrived on Friday and spent most of Saturday with his North Korean counterpart Choe Son Hui at the Kalma resort, a vast beach complex that opened to visitors at the start of this month.", loc="Wonsan", date="2025-07-11", date_text="on Friday"),
        E("CONSULT", "meet", ["Sergey Lavrov"], ["Choe Son Hui"], "Lavrov arrived on Friday and spent most of Saturday with his North Korean counterpart Choe Son Hui at the Kalma resort, a vast beach complex that opened to visitors at the start of this month.", loc="Kalma resort", date="2025-07-12", date_text="Saturday"),
        E("SUPPORT", "praise", ["Sergey Lavrov"], ["North Korea"], "In a speech at the opening of the talks he praised what he called the \"invincible brotherhood\" between the two nations and thanked North Korean soldiers for their role in pushing Ukrainian troops out of the Kursk region."),
        E("SUPPORT", "diplomatic", ["Choe Son Hui"], ["Russia"], "Choe said Pyongyang would \"unconditionally support\" whatever measures the russian leadership takes to resolve the root causes of the conflict in Ukraine, according to KCNA.", modality="reported", source="Korean Central News Agency"),
        E("SUPPORT", "diplomatic", ["Kim Jong Un"], ["Russia"], "Kim told Lavrov that North Korea would stand firmly with Moscow, the agency reported on Sunday.", modality="reported", source="Korean Central News Agency"),
        E("THREATEN", "warn", ["Sergey Lavrov"], ["United States", "South Korea", "Japan"], "Lavrov also issued a warning to the united States, South Korea and Japan, saying that their expanding security cooperation must not be used to build an alliance against anyone, \"including North Korea and Russia\"."),
        E("SUPPORT", "diplomatic", ["Sergey Lavrov"], ["North Korea"], "He said Moscow respects Pyongyang's reasons for pursuing nuclear weapons and understands why it is developing them."),
        E("CONSULT", "visit", ["Vladimir Putin"], ["North Korea"], "Lavrov's trip came about a year after Putin's visit to Pyongyang, where the two countries signed their mutual defence treaty.", loc="Pyongyang"),
        E("AGREE", "treaty", ["Russia"], ["North Korea"], "Lavrov's trip came about a year after Putin's visit to Pyongyang, where the two countries signed their mutual defence treaty.", loc="Pyongyang"),
        E("AID", "personnel", ["North Korea"], ["Russia"], "South Korea's intelligence service has estimated that about 15,000 North Korean soldiers have been sent to Russia since last autumn.", date="2024", date_text="since last autumn", modality="estimated", source="National Intelligence Service"),
    ],
    claims=[
        C("North Korean soldiers sent to Russia", 15000, "troops", "South Korea's intelligence service has estimated that about 15,000 North Korean soldiers have been sent to Russia since last autumn.", approx=True, attr="National Intelligence Service", modality="estimated"),
    ],
)
build("2025-07-13-lavrov-wonsan-breadcrumbs.txt", """Home » world » Lavrov Hails 'Invincible Brotherhood' On Visit To North Korea's Wonsan

Lavrov Hails 'Invincible Brotherhood' On Visit To North Korea's Wonsan

by Staff Reporter
July 13, 2025

{A0}

Tags: Kim Jong-un, Lavrov, North Korea, Russia, Wonsan

Share this: Facebook | Twitter | Telegram | Copy Link

Follow us on Socials

You may also like

Kim inspects new destroyer as Russia ties deepen
Why Wonsan matters to Pyongyang's economy

Leave a Comment

Your email address will not be published. Required fields are marked *

Post Comment

Adblock Detected

Our site is funded by ads. Please disable your ad blocker to continue reading.
""", [a])

# 16 --------------------------------------------------------------- forum "What's new", several stories separated by "."
s1 = A(
    paras=[
        "Sergei Shoigu, the secretary of Russia's national security council, met Kim Jong Un in Pyongyang on June 17, 2025, his second visit to the North Korean capital in two weeks.",
        "After the talks Shoigu told Russian reporters that Kim had agreed to send 1,000 deminers and 5,000 military construction workers to Russia's Kursk region to help clear mines and rebuild infrastructure destroyed in the fighting.",
        "Shoigu said the decision was \"a kind of brotherly help\" from the North Korean people. KCNA said Kim had reaffirmed that North Korea would support Russia's position on all key international issues.",
        "South Korea's foreign ministry said it was concerned that the move would deepen military cooperation between the two countries, which it said breaks Security Council resolutions.",
    ],
    events=[
        E("CONSULT", "meet", ["Sergei Shoigu"], ["Kim Jong Un"], "Sergei Shoigu, the secretary of Russia's national security council, met Kim Jong Un in Pyongyang on June 17, 2025, his second visit to the North Korean capital in two weeks.", loc="Pyongyang", date="2025-06-17", date_text="on June 17, 2025"),
        E("AID", "personnel", ["Kim Jong Un"], ["Russia"], "After the talks Shoigu told Russian reporters that Kim had agreed to send 1,000 deminers and 5,000 military construction workers to Russia's Kursk region to help clear mines and rebuild infrastructure destroyed in the fighting.", loc="Kursk", modality="reported", source="Sergei Shoigu"),
        E("SUPPORT", "diplomatic", ["Kim Jong Un"], ["Russia"], "KCNA said Kim had reaffirmed that North Korea would support Russia's position on all key international issues.", modality="reported", source="Korean Central News Agency"),
        E("ACCUSE", "disapprove", ["South Korea"], ["Russia", "North Korea"], "South Korea's foreign ministry said it was concerned that the move would deepen military cooperation between the two countries, which it said breaks Security Council resolutions."),
    ],
    claims=[
        C("North Korean deminers to be sent to Kursk", 1000, "people", "After the talks Shoigu told Russian reporters that Kim had agreed to send 1,000 deminers and 5,000 military construction workers to Russia's Kursk region to help clear mines and rebuild infrastructure destroyed in the fighting.", attr="Sergei Shoigu", modality="planned"),
        C("North Korean military construction workers to be sent to Kursk", 5000, "troops", "After the talks Shoigu told Russian reporters that Kim had agreed to send 1,000 deminers and 5,000 military construction workers to Russia's Kursk region to help clear mines and rebuild infrastructure destroyed in the fighting.", attr="Sergei Shoigu", modality="planned"),
    ],
)
s2 = A(
    paras=[
        "North Korea has admitted for the first time that it sent troops to fight alongside Russian forces, with state media saying the soldiers were deployed on Kim Jong Un's orders under the mutual defence treaty with Moscow.",
        "The statement, carried by KCNA, said the units had helped to \"liberate\" the Kursk region and praised them as heroes. It said Kim planned to build a monument in Pyongyang to the soldiers who died in combat.",
        "Two days earlier, Russia's chief of the general staff, Valery Gerasimov, had thanked the North Korean troops by name for the first time. Ukraine's general staff rejected the claim that the fighting in Kursk was over.",
    ],
    events=[
        E("AID", "personnel", ["North Korea"], ["Russia"], "North Korea has admitted for the first time that it sent troops to fight alongside Russian forces, with state media saying the soldiers were deployed on Kim Jong Un's orders under the mutual defence treaty with Moscow.", modality="reported", source="Korean Central News Agency"),
        E("SUPPORT", "praise", ["Valery Gerasimov"], ["North Korea"], "Two days earlier, Russia's chief of the general staff, Valery Gerasimov, had thanked the North Korean troops by name for the first time."),
        E("REJECT", "deny", ["Ukraine"], ["Russia"], "Ukraine's general staff rejected the claim that the fighting in Kursk was over.", modality="denied"),
    ],
)
s3 = A(
    paras=[
        "south Korea's spy agency now puts North Korean losses in Russia at about 4,700 killed and wounded, including some 600 deaths, according to lawmakers briefed by the National Intelligence Service on Wednesday.",
        "The NIS also said that Pyongyang had sent about 3,000 extra troops in January and February to replace losses, bringing the total deployed to roughly 15,000, and that it had shipped more artillery and missiles as well.",
        "In return, the agency believes, North Korea is receiving technology for air defence, electronic warfare and drones, along with cash and oil.",
    ],
    events=[
        E("AID", "personnel", ["North Korea"], ["Russia"], "The NIS also said that Pyongyang had sent about 3,000 extra troops in January and February to replace losses, bringing the total deployed to roughly 15,000, and that it had shipped more artillery and missiles as well.", modality="reported", source="National Intelligence Service"),
        E("AID", "military", ["Russia"], ["North Korea"], "In return, the agency believes, North Korea is receiving technology for air defence, electronic warfare and drones, along with cash and oil.", modality="estimated", source="National Intelligence Service"),
    ],
    claims=[
        C("North Korean soldiers killed and wounded in Russia", 4700, "troops", "south Korea's spy agency now puts North Korean losses in Russia at about 4,700 killed and wounded, including some 600 deaths, according to lawmakers briefed by the National Intelligence Service on Wednesday.", approx=True, attr="National Intelligence Service", modality="estimated"),
        C("North Korean soldiers killed in Russia", 600, "troops", "south Korea's spy agency now puts North Korean losses in Russia at about 4,700 killed and wounded, including some 600 deaths, according to lawmakers briefed by the National Intelligence Service on Wednesday.", approx=True, attr="National Intelligence Service", modality="estimated"),
        C("extra North Korean troops sent in January and February", 3000, "troops", "The NIS also said that Pyongyang had sent about 3,000 extra troops in January and February to replace losses, bringing the total deployed to roughly 15,000, and that it had shipped more artillery and missiles as well.", approx=True, attr="National Intelligence Service", modality="reported"),
        C("total North Korean troops deployed to Russia", 15000, "troops", "The NIS also said that Pyongyang had sent about 3,000 extra troops in January and February to replace losses, bringing the total deployed to roughly 15,000, and that it had shipped more artillery and missiles as well.", approx=True, attr="National Intelligence Service", modality="estimated"),
    ],
)
X16 = {"Tumen River": ("LOC", ["Tumen River"]), "Mikhail Mishustin": ("PERSON", ["Mikhail Mishustin", "Mishustin"]),
       "Pak Thae Song": ("PERSON", ["Pak Thae Song"])}
s4 = A(
    paras=[
        "Construction has started on the first road bridge between Russia and North Korea, a crossing over the Tumen River that will link the two countries by car for the first time.",
        "Russian Prime Minister Mikhail Mishustin and North Korean Premier Pak Thae Song attended the ceremony by video link. Mishustin said the bridge, about 1 kilometre long, should be finished in a year and a half and would boost trade and tourism.",
        "Until now the only fixed link across the short border has been the Friendship railway bridge, opened in 1959.",
    ],
    events=[
        E("COOPERATE", "economic", ["Russia"], ["North Korea"], "Construction has started on the first road bridge between Russia and North Korea, a crossing over the Tumen River that will link the two countries by car for the first time.", loc="Tumen River"),
        E("CONSULT", "multilateral", ["Mikhail Mishustin"], ["Pak Thae Song"], "Russian Prime Minister Mikhail Mishustin and North Korean Premier Pak Thae Song attended the ceremony by video link."),
    ],
    claims=[
        C("length of the Tumen River road bridge", 1, "kilometres", "Mishustin said the bridge, about 1 kilometre long, should be finished in a year and a half and would boost trade and tourism.", approx=True, attr="Mikhail Mishustin", modality="reported"),
    ],
    extra_entities=X16,
)
build("forum-whats-new-russia-dprk.txt", """What's new

Korea & Russia Affairs

{A0}

 
.
{A1}

 
.
{A2}

 
.
{A3}

bridge-tumen-render.png
 
.

Defence Talk Board  New posts

Reply  Go to top
""", [s1, s2, s3, s4], sep="\n")

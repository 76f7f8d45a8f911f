from lib import A, C, E, build, cm

RU_DEF = {"Treaty on Comprehensive Strategic Partnership": ("LAW", ["Treaty on Comprehensive Strategic Partnership", "Comprehensive Strategic Partnership Treaty", "comprehensive strategic partnership treaty", "Comprehensive Strategic Partnership", "comprehensive strategic partnership"])}


def html_page(site, title, published_iso, author, body_extra_top="", after_article="", comments_html="", section="World"):
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - {site}</title>
<meta property="og:site_name" content="{site}">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{published_iso}">
<meta property="article:section" content="{section}">
<meta name="author" content="{author}">
<link rel="canonical" href="https://example.org/{section.lower().replace(" ", "-")}/{published_iso[:10]}/story">
</head>
<body class="article-page">
<div id="gdpr" class="consent">This website uses cookies to improve your experience. By continuing to browse you agree to our use of cookies. <button>OK</button> <a href="/cookies">Learn more</a></div>
<nav class="top-nav">
  <a href="/">{site}</a>
  <a href="/news">News</a> <a href="/world">{section}</a> <a href="/analysis">Analysis</a> <a href="/video">Video</a> <a href="/newsletters">Newsletters</a>
  <form action="/search"><input name="q" placeholder="Search"></form>
</nav>
<div class="ad-slot">Advertisement</div>
<main>
  <article class="story">
    <header>
      <p class="kicker">{section}</p>
      <h1 class="headline">{title}</h1>
      <p class="byline">By <a rel="author" href="/authors/x">{author}</a></p>
      <p class="dateline"><time datetime="{published_iso}">{published_iso[:10]}</time></p>
    </header>
    {body_extra_top}
    <div class="article-body">
{{A0}}
    </div>
    <p class="share">Share this article: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></p>
  </article>
  {after_article}
  <section id="comments" class="comments">
    <h2>Comments</h2>
{comments_html}
    <form class="comment-form"><textarea placeholder="Join the conversation"></textarea><button>Post Comment</button></form>
  </section>
</main>
<footer>
  <p>© {site}. All rights reserved.</p>
  <a href="/about">About us</a> | <a href="/privacy">Privacy</a> | <a href="/contact">Contact</a>
</footer>
</body>
</html>
"""


def related(items):
    lis = "\n".join(f'      <li><a href="/story/{i}">{t}</a></li>' for i, t in enumerate(items))
    return f"""<aside class="related-articles">
    <h3>Related articles</h3>
    <ul>
{lis}
    </ul>
  </aside>"""


# 5 ---------------------------------------------------------------- html, UN panel veto
a = A(
    title="Russia vetoes renewal of UN panel monitoring North Korea sanctions",
    outlet="Global Desk", author="Hannah Lindqvist", published="2024-03-28", basis="metadata",
    paras=[
        "UNITED NATIONS — Russia on Thursday vetoed a UN Security Council resolution that would have extended the mandate of the expert panel that has monitored sanctions on North Korea for 15 years, a move Western diplomats said was meant to shield Moscow's own arms trade with Pyongyang.",
        "Thirteen of the council's 15 members voted in favour of renewing the Panel of Experts for another year. China abstained. Without the renewal, the panel's mandate will run out at the end of April.",
        "Russia's UN ambassador Vassily Nebenzia argued that the sanctions had failed to improve security on the Korean Peninsula and that the panel was increasingly \"reduced to playing into the hands of Western approaches\". He said the council should instead set an end date for the sanctions regime.",
        "US Ambassador Linda Thomas-Greenfield called the veto a \"cynical\" act and said Russia wanted to silence a watchdog that had started to report on weapons flowing from North Korea to Russian forces in Ukraine. South Korea's foreign ministry expressed deep regret, and Japan said the vote undermined the council's credibility.",
        "The panel was created in 2009 after North Korea's second nuclear test. Its reports, published twice a year, have documented ship-to-ship oil transfers, illicit coal exports and cyber theft. In its most recent report, released earlier this month, the panel said it was investigating 58 suspected North Korean cyberattacks between 2017 and 2023 worth about $3 billion.",
        "The sanctions themselves remain in force, but diplomats said that without independent monitoring they will be far harder to enforce. The United States and its allies are discussing other ways of tracking violations outside the UN system.",
    ],
    events=[
        E("SANCTION", "veto", ["Russia"], ["UN Security Council"], "UNITED NATIONS — Russia on Thursday vetoed a UN Security Council resolution that would have extended the mandate of the expert panel that has monitored sanctions on North Korea for 15 years, a move Western diplomats said was meant to shield Moscow's own arms trade with Pyongyang.", loc="United Nations", date="2024-03-28", date_text="on Thursday"),
        E("REJECT", "veto", ["Russia"], ["Panel of Experts"], "Thirteen of the council's 15 members voted in favour of renewing the Panel of Experts for another year."),
        E("ACCUSE", "obstruction", ["Linda Thomas-Greenfield"], ["Russia"], "US Ambassador Linda Thomas-Greenfield called the veto a \"cynical\" act and said Russia wanted to silence a watchdog that had started to report on weapons flowing from North Korea to Russian forces in Ukraine."),
        E("ACCUSE", "disapprove", ["South Korea", "Japan"], ["Russia"], "South Korea's foreign ministry expressed deep regret, and Japan said the vote undermined the council's credibility."),
    ],
    claims=[
        C("Security Council members voting to renew the Panel of Experts", 13, "members", "Thirteen of the council's 15 members voted in favour of renewing the Panel of Experts for another year."),
        C("suspected North Korean cyberattacks under investigation", 58, "cyberattacks", "In its most recent report, released earlier this month, the panel said it was investigating 58 suspected North Korean cyberattacks between 2017 and 2023 worth about $3 billion.", attr="Panel of Experts", modality="reported"),
        C("value of suspected North Korean cyberattacks 2017-2023", 3000000000, "USD", "In its most recent report, released earlier this month, the panel said it was investigating 58 suspected North Korean cyberattacks between 2017 and 2023 worth about $3 billion.", approx=True, attr="Panel of Experts", modality="estimated"),
    ],
)
# fix: REJECT event above duplicates the veto; keep only the SANCTION/veto one
a["events"] = [e for e in a["events"] if e["type"] != "REJECT"]
build("2024-03-28-un-panel-veto.html", html_page("Global Desk", a["title"], "2024-03-28T21:10:00Z", "Hannah Lindqvist",
      after_article=related(["How the sanctions on North Korea work", "The ships that break the oil cap", "Five years of panel reports in charts"]),
      comments_html="    <p class=\"no-comments\">No comments yet.</p>"), [a], render="html")

# 6-8 -------------------------------------------------------------- the same wire story on three outlets
W1 = "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a comprehensive strategic partnership treaty in Pyongyang on Wednesday that commits each country to help the other if it is attacked, the strongest defence link between the two since the end of the Cold War."
W2 = "Putin landed in the North Korean capital before dawn for his first visit in 24 years and was met on the tarmac by Kim, who hugged him twice before the two rode into the city in a Russian-made limousine."
W3 = "After talks that ran for several hours, Kim said the agreement had raised relations to the level of an alliance. Putin said the treaty provides for \"mutual assistance in the event of aggression against one of the parties\"."
W4 = "Putin also said Russia \"does not rule out\" developing military-technical cooperation with North Korea, a statement likely to deepen concern in Washington and Seoul."
W5A1 = "The United States and South Korea accuse Pyongyang of supplying Russia with artillery shells and ballistic missiles for its war in Ukraine."
W5A2 = "South Korean officials estimate that more than 1 million shells have been shipped since last summer."
W5A3 = "Moscow and Pyongyang deny the trade."
W5A = " ".join([W5A1, W5A2, W5A3])
W5C1 = "Washington and Seoul have accused North Korea of supplying artillery ammunition and ballistic missiles for use in Ukraine, and South Korean estimates put the number of shells shipped at as many as 5 million."
W5C2 = "Moscow and Pyongyang deny it."
W5C = " ".join([W5C1, W5C2])
W6 = "The visit was Putin's first trip to North Korea since July 2000, when he met Kim's father, Kim Jong Il."
W7 = "From Pyongyang, Putin was scheduled to fly on to Vietnam for a two-day state visit."
W8 = "Putin invited Kim to visit Moscow, according to the Kremlin."


def wire_events(w1, w2, accuse, deny, invite=True):
    ev = [
        E("AGREE", "treaty", ["Vladimir Putin", "Kim Jong Un"], ["Kim Jong Un", "Vladimir Putin"], w1, loc="Pyongyang", date="2024-06-19", date_text="on Wednesday"),
        E("CONSULT", "visit", ["Vladimir Putin"], ["North Korea"], w2, loc="Pyongyang", date="2024-06-19"),
        E("CONSULT", "meet", ["Kim Jong Un"], ["Vladimir Putin"], w2, loc="Pyongyang", date="2024-06-19"),
        E("COOPERATE", "military", ["Russia"], ["North Korea"], W4, modality="speculated", source="Vladimir Putin"),
        E("ACCUSE", "arms transfer", ["United States", "South Korea"], ["North Korea"], accuse),
        E("REJECT", "deny", ["Russia", "North Korea"], [], deny, modality="denied"),
        E("CONSULT", "visit", ["Vladimir Putin"], ["Vietnam"], W7, modality="planned"),
        # a background act in a "when" clause off a date is coded, with that date
        E("CONSULT", "meet", ["Vladimir Putin"], ["Kim Jong Il"], W6, date="2000-07"),
    ]
    if invite:
        ev.append(E("REQUEST", "invite", ["Vladimir Putin"], ["Kim Jong Un"], W8, modality="reported", source="Kremlin"))
    return ev


VIET = {"Vietnam": ("GPE", ["Vietnam"]), "Kim Jong Il": ("PERSON", ["Kim Jong Il"])}
CL_A = C("artillery shells shipped by North Korea to Russia", 1000000, "shells", W5A2, approx=True, attr="South Korean officials", modality="estimated")
CL_C = C("artillery shells shipped by North Korea to Russia", 5000000, "shells", W5C1, approx=True, attr="South Korea", modality="estimated")

# wire A: plain text, dateline, wire credit
a = A(title="Putin and Kim sign mutual defence pact in Pyongyang", outlet=None, author=None,
      published="2024-06-19", basis="text",
      paras=["PYONGYANG, June 19, 2024 — " + W1, W2, W3, W4, W5A, W6, W7, W8],
      events=wire_events("PYONGYANG, June 19, 2024 — " + W1, W2, W5A1, W5A3), claims=[CL_A],
      extra_entities=VIET)
build("2024-06-19-putin-pyongyang-wire-a.txt", """Putin and Kim sign mutual defence pact in Pyongyang

(Wire service)

{A0}

(Reporting by the Seoul and Moscow bureaus; editing by the Asia desk)

Copyright 2024. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
""", [a])

# wire B: html, same facts, a few sentences reordered and edited, headline changed
W1b = "Vladimir Putin and Kim Jong Un signed a comprehensive strategic partnership treaty in Pyongyang on Wednesday, pledging that each country will help the other if it comes under attack, in the closest defence tie between the two since the Cold War ended."
W2b = "Putin arrived before dawn for his first visit to North Korea in 24 years and was welcomed at the airport by Kim, who embraced him twice."
evsB = wire_events(W1b, W2b, W5A1, W5A3)
clB = [CL_A]
a = A(title="Russia and North Korea pledge to defend each other in new treaty", outlet="The Meridian Post",
      author="Meridian wire staff", published="2024-06-19", basis="metadata",
      paras=[W1b, W2b, W4, W3, W5A, W6, W8, W7],
      events=evsB, claims=clB,
      extra_entities=VIET)
build("2024-06-19-putin-pyongyang-wire-b.html",
      html_page("The Meridian Post", a["title"], "2024-06-19T06:52:00+00:00", "Meridian wire staff",
                body_extra_top='<figure><img src="/media/putin-kim-airport.jpg" alt="Putin and Kim at the airport"><figcaption>Putin and Kim at the airport. Photo: pool</figcaption></figure>',
                after_article=related(["Putin heads to Vietnam after Pyongyang", "What the Russia-North Korea treaty says", "Seoul summons Russian envoy"]),
                comments_html="    <p class=\"no-comments\">Comments are closed for this article.</p>", section="Asia"),
      [a], render="html")

# wire C: plain text, different boilerplate, different shell number, broken casing
W1c = "Russian President Vladimir Putin and north Korean leader Kim Jong-un signed a comprehensive strategic partnership treaty in Pyongyang on Wednesday that commits each country to help the other if it is attacked, the strongest defence link between the two since the end of the Cold War."
evsC = wire_events(W1c, W2, W5C1, W5C2, invite=False)
clC = [CL_C]
a = A(title="Putin, Kim sign defence treaty; Putin says military cooperation possible", outlet="Harbour Times",
      author=None, published="2024-06-20", basis="text",
      paras=[W1c, W2, W3, W4, W5C, W7, W6],
      events=evsC, claims=clC,
      extra_entities=VIET)
build("2024-06-19-putin-pyongyang-wire-c.txt", """HARBOUR TIMES  |  Thursday, June 20, 2024  |  World

Putin, Kim sign defence treaty; Putin says military cooperation possible

{A0}

Reuters reports contributed to this story.
Read more: Asia | Europe | Markets
Subscribe for unlimited access
""", [a])

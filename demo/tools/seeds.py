import json
from pathlib import Path
from lib import C as _C, E as _E, stable_id

OUT = Path(__file__).resolve().parents[2] / "eval" / "gold" / "seeds"


def E(*a, **k):
    ev = _E(*a[:4], None, **k)
    return ev


def C(subject, value, unit, **k):
    return _C(subject, value, unit, None, **k)


def ent(name, type_, aliases=()):
    return {"id": stable_id("entity", type_, name.casefold()), "name": name, "type": type_, "aliases": list(aliases), "mentions": []}


def art(src, i, title=None, published=None, basis=None, comments=(), entities=(), events=(), claims=(), outlet=None, author=None):
    for x in list(events) + list(claims):
        x["span"] = None
    return {"id": stable_id(src, str(i)), "title": title, "outlet": outlet, "author": author, "published": published,
            "published_basis": basis, "language": "en", "text": None,
            "comments": [{"posted": p, "text": None} for p in comments],
            "entities": list(entities), "events": list(events), "claims": list(claims), "notes": []}


def write(name, articles, note):
    doc = {"source": name, "facts_only": True, "note": note, "articles": articles}
    (OUT / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


KIM = ent("Kim Jong Un", "PERSON", ["Kim Jong-un", "Kim"])
PUTIN = ent("Vladimir Putin", "PERSON", ["Putin"])
LAVROV = ent("Sergey Lavrov", "PERSON", ["Sergei Lavrov", "Lavrov"])
RU = ent("Russia", "GPE", ["russia"])
NK = ent("North Korea", "GPE", ["North korea"])
SK = ent("South Korea", "GPE")
US = ent("United States", "GPE", ["U.S.", "united States", "US"])
UA = ent("Ukraine", "GPE", ["ukraine"])
PY = ent("Pyongyang", "GPE")
MOS = ent("Moscow", "GPE")
NORP_RU = ent("Russian", "NORP")
NORP_NK = ent("North Korean", "NORP")

# 000: forum "What's new" page, five stories separated by lone "." lines
s = "000_b799525870b34f02.txt"
write(s, [
    art(s, 0, entities=[KIM, RU, NK, PUTIN, ent("Dmitry Peskov", "PERSON", ["Peskov"]), ent("Kremlin", "ORG"), PY, ent("United States", "GPE", ["U.S."]),
                        ent("National Intelligence Service", "ORG"), SK, UA, ent("East Asia", "LOC"), ent("Northeast Asia", "LOC"), NORP_RU, NORP_NK],
        events=[
            E("CONSULT", "visit", ["Kim Jong Un"], ["Russia"], date="2025", modality="reported"),
            E("CONSULT", "meet", ["Kim Jong Un"], ["Vladimir Putin"], loc="Pyongyang", date="2024-06"),
            E("AGREE", "treaty", ["North Korea"], ["Russia"]),
        ]),
    art(s, 1, entities=[LAVROV, ent("California", "GPE"), ent("United States", "GPE", ["U.S."]), UA, RU, NORP_RU, ent("Ukrainian", "NORP")],
        events=[
            E("AID", "economic", ["United States"], ["Ukraine"]),
        ],
        claims=[
            C("damage caused by the California wildfires", 250000000000, "USD", approx=True, attr="Sergey Lavrov", modality="estimated"),
            C("US aid allocated to Ukraine", 175000000000, "USD", approx=True),
            C("US aid directly supporting the Ukrainian government", 106000000000, "USD", approx=True),
        ]),
    art(s, 2, entities=[LAVROV, MOS, UA, RU, ent("Donald Trump", "PERSON", ["Trump"]), ent("United States", "GPE", ["U.S."]), PUTIN, ent("NATO", "ORG"), ent("Eastern Europe", "LOC"), NORP_RU],
        events=[
            E("CONSULT", "negotiate", ["Sergey Lavrov"], ["Ukraine"], modality="planned"),
            E("CONSULT", "meet", ["Vladimir Putin"], ["Donald Trump"], modality="planned", source="Sergey Lavrov"),
        ]),
    art(s, 3, entities=[PUTIN, ent("Central African Republic", "GPE", ["CAR"]), ent("Faustin-Archange Touadera", "PERSON", ["Touadera"]), MOS, RU, ent("Africa", "LOC"), NORP_RU],
        events=[
            E("CONSULT", "meet", ["Vladimir Putin"], ["Faustin-Archange Touadera"], loc="Moscow", date="2025-01-16"),
            E("AID", "humanitarian", ["Vladimir Putin"], ["Central African Republic"], modality="planned"),
            E("AID", "humanitarian", ["Russia"], ["Central African Republic"]),
            E("AID", "military", ["Russia"], ["Central African Republic"]),
        ],
        claims=[
            C("growth of Russia-CAR trade in 2024", 8, "times", approx=True, modality="reported"),
        ]),
    art(s, 4, entities=[ent("Europe", "LOC"), ent("European Union", "ORG", ["EU"]), RU, UA, NORP_RU, ent("Kremlin", "ORG"), MOS],
        events=[
            E("COOPERATE", "economic", ["European Union"], ["Russia"]),
            E("SANCTION", "halt transit", ["Ukraine"], ["Russia"], date="2025-01-01"),
            E("REQUEST", "sanctions", ["European Union"], ["Russia"]),
        ],
        claims=[
            C("Russian LNG imported by the EU in the first 15 days of January 2025", 837300, "tons"),
            C("Russian LNG imported by the EU in the same period a year earlier", 760100, "tons"),
            C("Russia's share of EU natural gas imports in late 2024", 0.18, "share", approx=True),
            C("EU countries calling for sanctions on Russian gas and LNG", 10, "countries"),
        ]),
], "Forum 'What's new' page: five untitled, undated stories; the page title and forum chrome are not articles.")

# 001: breadcrumb page, one article (its teaser paragraph under "BREAKING NEWS" is part of the same post)
s = "001_acfda7dd2feba7cd.txt"
write(s, [
    art(s, 0, title="Lavrov Meets Kim Jong-un Amidst Diplomatic Engagement",
        entities=[RU, NK, PY, LAVROV, KIM, ent("United States", "GPE", ["united States"]), SK, ent("Japan", "GPE"), UA,
                  ent("Der Spiegel", "ORG"), ent("China", "GPE"), ent("Soviet Union", "GPE"), ent("East Asia", "LOC"), NORP_RU, NORP_NK, ent("Ukrainian", "NORP")],
        events=[
            E("AID", "military", ["North Korea"], ["Russia"], modality="reported"),
            E("CONSULT", "visit", ["Sergey Lavrov"], ["North Korea"]),
            E("SUPPORT", "praise", ["Sergey Lavrov"], ["North Korea"]),
            E("THREATEN", "warn", ["Sergey Lavrov"], ["United States"]),
            E("CONSULT", "meet", ["Sergey Lavrov"], ["Kim Jong Un"], loc="Pyongyang", date="2025-07-12"),
            E("SUPPORT", "praise", ["Sergey Lavrov"], ["North Korea"], modality="reported", source="Der Spiegel"),
            E("AID", "military", ["North Korea"], ["Russia"], modality="speculated"),
        ],
        claims=[
            C("share of Russia's ordnance supply originating from North Korea", 0.5, "share", approx=True, modality="estimated"),
        ]),
], "One article on a breadcrumb page; byline is empty; 'You may also like', 'Leave a Comment', Akismet and ad-blocker lines are boilerplate.")

# 003: one article followed by 12 reader comments (date line before each comment)
s = "003_3622140224d9e406.txt"
write(s, [
    art(s, 0, published="2024-06-18", basis="comments",
        comments=["2024-06-18", "2024-06-25", "2024-07-04", "2024-07-11", "2024-07-18", "2024-07-25", "2024-07-31",
                  "2024-08-07", "2024-08-14", "2024-08-21", "2024-08-28", "2024-09-04"],
        entities=[PUTIN, NK, SK, RU, UA, US, PY, ent("Andrei Belousov", "PERSON"), LAVROV, ent("Switzerland", "GPE"),
                  ent("BRICS", "ORG", ["Brics"]), ent("Korean peninsula", "LOC"), NORP_RU],
        events=[
            E("CONSULT", "visit", ["Vladimir Putin"], ["North Korea"], modality="planned"),
            E("COERCE", "provocation", ["North Korea"], ["South Korea"]),
            E("REJECT", "agreement", ["South Korea"], ["North Korea"]),
            E("COERCE", "propaganda", ["South Korea"], ["North Korea"]),
            E("AID", "military", ["North Korea"], ["Russia"], modality="speculated"),
            E("AID", "economic", ["Russia"], ["North Korea"], modality="speculated"),
            E("ACCUSE", "disapprove", ["United States", "South Korea"], ["Russia", "North Korea"]),
        ]),
], "One article and 12 reader comments; published is bounded by the first comment (June 18, 2024).")
print("ok")

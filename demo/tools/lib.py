"""Helpers to build the demo corpus and its gold from one hand-written source."""

from __future__ import annotations

import gzip
import hashlib
import html
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# canonical name -> (type, surface forms that may appear in text)
ENTITIES = {
    "Kim Jong Un": ("PERSON", ["Kim Jong Un", "Kim Jong-un", "Kim Jong-Un", "kim jong un", "Kim"]),
    "Vladimir Putin": ("PERSON", ["Vladimir Putin", "Vladimir Vladimirovich Putin", "Putin", "putin"]),
    "Sergey Lavrov": ("PERSON", ["Sergey Lavrov", "Sergei Lavrov", "Lavrov"]),
    "Sergei Shoigu": ("PERSON", ["Sergei Shoigu", "Sergey Shoigu", "Shoigu"]),
    "Choe Son Hui": ("PERSON", ["Choe Son Hui", "Choe Son-hui", "Choe"]),
    "Volodymyr Zelensky": ("PERSON", ["Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelensky", "Zelenskyy"]),
    "John Kirby": ("PERSON", ["John Kirby", "Kirby"]),
    "Antony Blinken": ("PERSON", ["Antony Blinken", "Blinken"]),
    "Lloyd Austin": ("PERSON", ["Lloyd Austin", "Austin"]),
    "Shin Won-sik": ("PERSON", ["Shin Won-sik", "Shin"]),
    "Dmitry Peskov": ("PERSON", ["Dmitry Peskov", "Peskov"]),
    "Andrei Belousov": ("PERSON", ["Andrei Belousov", "Belousov"]),
    "Yoon Suk Yeol": ("PERSON", ["Yoon Suk Yeol", "Yoon"]),
    "Valery Gerasimov": ("PERSON", ["Valery Gerasimov", "Gerasimov"]),
    "Vassily Nebenzia": ("PERSON", ["Vassily Nebenzia", "Nebenzia"]),
    "Linda Thomas-Greenfield": ("PERSON", ["Linda Thomas-Greenfield", "Thomas-Greenfield"]),
    "Sabrina Singh": ("PERSON", ["Sabrina Singh", "Singh"]),
    "No Kwang Chol": ("PERSON", ["No Kwang Chol"]),
    "Lee Seong-kweun": ("PERSON", ["Lee Seong-kweun"]),
    "Russia": ("GPE", ["Russia", "russia", "Russian Federation"]),
    "North Korea": ("GPE", ["North Korea", "north Korea", "North korea", "DPRK", "Democratic People's Republic of Korea"]),
    "South Korea": ("GPE", ["South Korea", "south Korea", "Republic of Korea"]),
    "United States": ("GPE", ["United States", "united States", "U.S.", "US"]),
    "Ukraine": ("GPE", ["Ukraine", "ukraine"]),
    "China": ("GPE", ["China"]),
    "Japan": ("GPE", ["Japan"]),
    "Pyongyang": ("GPE", ["Pyongyang"]),
    "Moscow": ("GPE", ["Moscow"]),
    "Seoul": ("GPE", ["Seoul"]),
    "Kyiv": ("GPE", ["Kyiv"]),
    "Washington": ("GPE", ["Washington"]),
    "Vladivostok": ("GPE", ["Vladivostok"]),
    "Wonsan": ("GPE", ["Wonsan"]),
    "Tokyo": ("GPE", ["Tokyo"]),
    "Kursk": ("GPE", ["Kursk region", "Kursk"]),
    "Amur region": ("GPE", ["Amur region"]),
    "Khabarovsk": ("GPE", ["Khabarovsk"]),
    "Vostochny Cosmodrome": ("FAC", ["Vostochny Cosmodrome", "Vostochny cosmodrome", "Vostochny"]),
    "Kalma resort": ("FAC", ["Kalma resort", "Wonsan-Kalma", "Kalma"]),
    "Rajin": ("GPE", ["Rajin"]),
    "United Nations": ("ORG", ["United Nations", "UN", "U.N."]),
    "UN Security Council": ("ORG", ["UN Security Council", "U.N. Security Council", "Security Council"]),
    "Panel of Experts": ("ORG", ["Panel of Experts", "panel of experts"]),
    "National Intelligence Service": ("ORG", ["National Intelligence Service", "NIS"]),
    "Korean Central News Agency": ("ORG", ["Korean Central News Agency", "KCNA"]),
    "Kremlin": ("ORG", ["Kremlin"]),
    "Pentagon": ("ORG", ["Pentagon"]),
    "White House": ("ORG", ["White House"]),
    "State Department": ("ORG", ["State Department"]),
    "European Union": ("ORG", ["European Union", "EU"]),
    "NATO": ("ORG", ["NATO"]),
    "Reuters": ("ORG", ["Reuters"]),
    "Yonhap": ("ORG", ["Yonhap"]),
    "TASS": ("ORG", ["TASS"]),
    "State Duma": ("ORG", ["State Duma", "Duma"]),
    "Federation Council": ("ORG", ["Federation Council"]),
    "Joint Chiefs of Staff": ("ORG", ["Joint Chiefs of Staff"]),
    "Treasury Department": ("ORG", ["Treasury Department", "Treasury"]),
    "Roscosmos": ("ORG", ["Roscosmos"]),
    "Supreme People's Assembly": ("ORG", ["Supreme People's Assembly"]),
    "Workers' Party of Korea": ("ORG", ["Workers' Party of Korea", "Workers' Party"]),
    "Treaty on Comprehensive Strategic Partnership": (
        "LAW",
        ["Treaty on Comprehensive Strategic Partnership", "Comprehensive Strategic Partnership Treaty",
         "comprehensive strategic partnership treaty", "Comprehensive Strategic Partnership"],
    ),
    "North Korean": ("NORP", ["North Koreans", "North Korean", "north Korean"]),
    "Russian": ("NORP", ["Russians", "Russian", "russian"]),
    "Ukrainian": ("NORP", ["Ukrainians", "Ukrainian"]),
    "South Korean": ("NORP", ["South Koreans", "South Korean"]),
    "Vietnam": ("GPE", ["Vietnam"]),
    "Kim Jong Il": ("PERSON", ["Kim Jong Il"]),
    "Komsomolsk-on-Amur": ("GPE", ["Komsomolsk-on-Amur"]),
    "Pacific Fleet": ("ORG", ["Pacific Fleet"]),
    "Dunai": ("GPE", ["Dunai"]),
    "Korean Peninsula": ("LOC", ["Korean Peninsula"]),
    "Cold War": ("EVENT", ["Cold War"]),
    "Soviet Union": ("GPE", ["Soviet Union"]),
    "Siberia": ("LOC", ["Siberia"]),
    "Europe": ("LOC", ["Europe"]),
    "Indo-Pacific": ("LOC", ["Indo-Pacific"]),
    "Chinese": ("NORP", ["Chinese"]),
    "Soviet": ("NORP", ["Soviet"]),
    "Far East": ("LOC", ["Russian Far East", "Far East"]),
    "KN-23": ("PRODUCT", ["KN-23"]),
}


def stable_id(*parts: str, length: int = 16) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:length]


def find_entities(text: str, extra: dict | None = None) -> list[dict]:
    table = dict(ENTITIES)
    table.update(extra or {})
    forms = sorted(((f, n) for n, (_, fs) in table.items() for f in fs), key=lambda x: -len(x[0]))
    taken = [False] * len(text)
    found: dict[str, dict] = {}
    for form, name in forms:
        for m in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text):
            s, e = m.span()
            if any(taken[s:e]):
                continue
            for i in range(s, e):
                taken[i] = True
            ent = found.setdefault(name, {"name": name, "type": table[name][0], "aliases": [], "mentions": []})
            if form != name and form not in ent["aliases"]:
                ent["aliases"].append(form)
            ent["mentions"].append([s, e])
    out = []
    for name in table:
        if name in found:
            ent = found[name]
            ent["mentions"].sort()
            ent["id"] = stable_id("entity", ent["type"], name.casefold())
            out.append({k: ent[k] for k in ("id", "name", "type", "aliases", "mentions")})
    return out


def E(type_, mode, actors, targets, evidence, loc=None, date=None, prec=None, date_text=None,
      modality="asserted", source=None):
    if date and prec is None:
        prec = {10: "day", 7: "month", 4: "year"}[len(date)]
    return {"type": type_, "mode": mode, "actors": actors, "targets": targets, "location": loc,
            "date": date, "date_precision": prec, "date_text": date_text, "modality": modality,
            "source": source, "evidence": evidence}


def C(subject, value, unit, evidence, upper=None, approx=False, attr=None, modality="asserted"):
    return {"subject": subject, "value": value, "upper": upper, "unit": unit, "approximate": approx,
            "attributed_to": attr, "modality": modality, "evidence": evidence}


def A(paras, title=None, outlet=None, author=None, published=None, basis=None, comments=(),
      events=(), claims=(), extra_entities=None, drop_entities=()):
    return {"paras": paras, "title": title, "outlet": outlet, "author": author,
            "published": published, "published_basis": basis, "comments": list(comments),
            "events": list(events), "claims": list(claims), "extra": extra_entities or {},
            "drop": list(drop_entities)}


def render_txt(art, sep="\n\n"):
    return sep.join(art["paras"])


def render_html(art):
    return "\n".join(f"      <p>{html.escape(p, quote=False)}</p>" for p in art["paras"])


def _with_span(item, text, where):
    ev = item["evidence"]
    pos = text.find(ev)
    if pos < 0:
        raise SystemExit(f"{where}: evidence not in text: {ev!r}")
    return {**item, "span": [pos, pos + len(ev)]}


def build(name, template, articles, render="txt", sep="\n\n"):
    """Write demo/pages/<name> and demo/gold/<name>.json."""
    parts = {}
    for i, art in enumerate(articles):
        parts[f"A{i}"] = render_html(art) if render == "html" else render_txt(art, sep)
    page = template
    for key, val in parts.items():
        page = page.replace("{" + key + "}", val)
    assert "{A" not in page, name
    source = f"demo/pages/{name}"
    gold_articles = []
    for i, art in enumerate(articles):
        text = "\n\n".join(art["paras"])
        ents = [e for e in find_entities(text, art["extra"]) if e["name"] not in art["drop"]]
        names = {e["name"] for e in ents}
        for ev in art["events"]:
            for who in ev["actors"] + ev["targets"]:
                if who not in names and who not in ENTITIES and who not in art["extra"]:
                    raise SystemExit(f"{name}[{i}]: {who} not an entity of the article")
        for c in art["comments"]:
            assert c["text"] in page, (name, c["text"][:40])
        gold_articles.append({
            "id": stable_id(source, str(i)),
            "title": art["title"], "outlet": art["outlet"], "author": art["author"],
            "published": art["published"], "published_basis": art["published_basis"],
            "language": "en", "text": text,
            "comments": art["comments"],
            "entities": ents,
            "events": [_with_span(ev, text, f"{name}[{i}]") for ev in art["events"]],
            "claims": [_with_span(c, text, f"{name}[{i}]") for c in art["claims"]],
            "notes": [],
        })
    (ROOT / "pages").mkdir(parents=True, exist_ok=True)
    (ROOT / "gold").mkdir(parents=True, exist_ok=True)
    path = ROOT / "pages" / name
    if name.endswith(".gz"):
        with gzip.GzipFile(path, "wb", mtime=0) as fh:
            fh.write(page.encode("utf-8"))
    else:
        path.write_text(page, encoding="utf-8")
    gold = {"source": source, "articles": gold_articles}
    (ROOT / "gold" / f"{name}.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    words = len(re.sub(r"<[^>]+>", " ", page).split())
    print(f"{name}: {len(articles)} articles, {words} words, "
          f"{sum(len(a['events']) for a in gold_articles)} events, "
          f"{sum(len(a['claims']) for a in gold_articles)} claims")


def cm(posted, text):
    return {"posted": posted, "text": text}

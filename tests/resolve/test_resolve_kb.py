"""Stories, entities, events and claims resolved across articles of a small knowledge base."""

from __future__ import annotations

import json

import pytest
from resolve_helpers import (
    FLOOD_A,
    FLOOD_B,
    SUMMIT_A,
    SUMMIT_A_COPY,
    SUMMIT_B,
    claim,
    entity,
    event,
)

from newsgraph.errors import NotFound
from newsgraph.resolve.claims import claim_sides


def summit(
    kb,
    source: str,
    text: str,
    outlet: str,
    *,
    modality: str = "asserted",
    kim: str = "Kim Jong Un",
    published: str = "2023-09-13",
    date: str | None = "2023-09-13",
) -> str:
    ents = [
        entity(kim, "PERSON", text),
        entity("Vladimir Putin", "PERSON", text),
        entity("Russia", "GPE", text),
        entity("North Korea", "GPE", text),
    ]
    ev = event("CONSULT", ["North Korea"], ["Russia"], text, "meet", date=date, modality=modality)
    return kb.add(source, text, outlet=outlet, published=published, entities=ents, events=[ev])


def flood(kb, source: str, text: str, published: str) -> str:
    ents = [
        entity("Bavaria", "GPE", text),
        entity("Passau", "GPE", text),
        entity("Danube", "LOC", text),
    ]
    return kb.add(source, text, outlet="Alpine Daily", published=published, entities=ents)


def story_of(kb, article_id: str) -> int:
    return kb.row("SELECT story_id FROM articles WHERE id = ?", (article_id,))[0]


def test_stories_group_related_and_separate_unrelated(kb) -> None:
    a = summit(kb, "a.txt", SUMMIT_A, "Northern Wire")
    f1 = flood(kb, "f1.txt", FLOOD_A, "2023-09-16")
    b = summit(kb, "b.txt", SUMMIT_B, "Eastern Post", kim="Kim Jong-un")
    f2 = flood(kb, "f2.txt", FLOOD_B, "2023-09-17")
    report = kb.resolver.resolve([a, f1, b, f2])
    assert report.new_stories == 2
    assert story_of(kb, a) == story_of(kb, b) != story_of(kb, f1) == story_of(kb, f2)
    story = kb.row("SELECT * FROM stories WHERE id = ?", (story_of(kb, a),))
    assert story["n_articles"] == 2 and story["first_date"] == "2023-09-13"
    assert "CONSULT" in story["label"] and "North Korea" in story["label"]


def test_story_time_window_splits_distant_articles(kb) -> None:
    first = flood(kb, "f1.txt", FLOOD_A, "2021-06-01")
    later = flood(kb, "f2.txt", FLOOD_B, "2023-09-17")
    kb.resolver.resolve([first, later])
    assert story_of(kb, first) != story_of(kb, later)


def test_event_coreference_counts_independent_sources_and_modalities(kb) -> None:
    a = summit(kb, "a.txt", SUMMIT_A, "Northern Wire")
    b = summit(
        kb,
        "b.txt",
        SUMMIT_B,
        "Eastern Post",
        modality="speculated",
        kim="Kim Jong-un",
        published="2023-09-14",
    )
    copy = summit(kb, "c.txt", SUMMIT_A_COPY, "Daily Courier", kim="Kim Jong-un")
    first = kb.resolver.resolve([a])
    report = kb.resolver.resolve([b, copy])
    assert first.events_new == 1 and report.events_new == 0 and report.events_merged == 2
    ev = kb.row("SELECT * FROM events")
    assert ev["n_mentions"] == 3
    assert ev["independent_sources"] == 2  # the Courier's syndicated copy does not count
    assert ev["first_article_id"] == a and ev["first_reported"] == "2023-09-13"
    assert json.loads(ev["modalities"]) == {"asserted": 1, "speculated": 1}
    roles = {(r[0], r[1]) for r in kb.rows("SELECT entity_name, role FROM event_participants")}
    assert roles == {("North Korea", "actor"), ("Russia", "target")}


def test_events_on_different_dates_stay_apart(kb) -> None:
    a = summit(kb, "a.txt", SUMMIT_A, "Northern Wire")
    b = summit(kb, "b.txt", SUMMIT_B, "Eastern Post", date="2024-06-19", published="2024-06-19")
    kb.resolver.resolve([a, b])
    assert kb.row("SELECT count(*) FROM events")[0] == 2


def test_two_mentions_in_one_article_are_one_event(kb) -> None:
    evs = [
        event("CONSULT", ["North Korea"], ["Russia"], SUMMIT_A, "meet", date="2023-09-13"),
        event("CONSULT", ["North Korea"], [], SUMMIT_A, "talk"),
    ]
    a = kb.add("a.txt", SUMMIT_A, outlet="Northern Wire", events=evs)
    kb.resolver.resolve([a])
    assert kb.row("SELECT count(*), max(n_mentions) FROM events")[:] == (1, 2)


def test_outlet_falls_back_to_site(kb) -> None:
    ev = event("CONSULT", ["North Korea"], ["Russia"], SUMMIT_A, "meet", date="2023-09-13")
    a = kb.add("a.txt", SUMMIT_A, outlet=None, site="wire.example", events=[ev])
    b = kb.add("b.txt", SUMMIT_B, outlet=None, site="post.example", events=[ev])
    kb.resolver.resolve([a, b])
    assert kb.row("SELECT independent_sources FROM events")[0] == 2


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        (
            claim("artillery shells sent", 5_000_000, "shells"),
            claim("shells sent to Russia", 1_000_000, "shells"),
            "contested",
        ),
        (
            claim("troops deployed", 10_000, "troops", upper=12_000),
            claim("troops", 11_000, "troops", approximate=True),
            "corroborated",
        ),
    ],
)
def test_claims_corroborated_or_contested(kb, first, second, status) -> None:
    a = kb.add("a.txt", SUMMIT_A, outlet="Northern Wire", claims=[first])
    b = kb.add("b.txt", SUMMIT_B, outlet="Eastern Post", claims=[second], published="2023-10-02")
    report = kb.resolver.resolve([a, b])
    group = kb.row("SELECT * FROM claim_groups")
    assert kb.row("SELECT count(*) FROM claim_groups")[0] == 1
    assert (group["status"], group["n_claims"], group["n_sources"]) == (status, 2, 2)
    assert report.claim_groups_contested == (status == "contested")
    sides = claim_sides(kb.store.conn, group["id"])
    assert len(sides) == (2 if status == "contested" else 1)
    assert sorted(s for side in sides for s in side["sources"]) == ["eastern post", "northern wire"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (claim("people killed", 20, "people"), claim("people injured", 50, "people")),
        (
            claim("soldiers", 12_000, "soldiers"),
            claim("North Korean soldiers killed", 300, "soldiers"),
        ),
        (claim("tanks", 40, "tanks"), claim("shells", 40, "shells")),
    ],
)
def test_claims_about_other_quantities_are_not_grouped(kb, first, second) -> None:
    a = kb.add("a.txt", SUMMIT_A, claims=[first])
    b = kb.add("b.txt", SUMMIT_B, claims=[second])
    kb.resolver.resolve([a, b])
    assert [r[0] for r in kb.rows("SELECT status FROM claim_groups")] == ["single", "single"]


def test_claim_repeated_by_a_duplicate_is_not_corroboration(kb) -> None:
    a = kb.add("a.txt", SUMMIT_A, outlet="Northern Wire", claims=[claim("shells", 1e6, "shells")])
    b = kb.add("b.txt", SUMMIT_A_COPY, outlet="Courier", claims=[claim("shells", 1e6, "shells")])
    kb.resolver.resolve([a, b])
    assert kb.row("SELECT status, n_sources FROM claim_groups")[:] == ("single", 1)


def canonical(kb, name: str) -> str:
    row = kb.row("SELECT id FROM entities WHERE name = ?", (name,))
    current = row[0]
    while True:
        nxt = kb.row("SELECT merged_into FROM entities WHERE id = ?", (current,))[0]
        if not nxt:
            return kb.row("SELECT name FROM entities WHERE id = ?", (current,))[0]
        current = nxt


def test_entity_aliases_merge_across_articles(kb) -> None:
    a = summit(kb, "a.txt", SUMMIT_A, "Northern Wire")
    kb.resolver.resolve([a])
    b = summit(kb, "b.txt", SUMMIT_B, "Eastern Post", kim="Kim Jong-un")
    kb.resolver.resolve([b])
    assert canonical(kb, "Kim Jong-un") == "Kim Jong Un"
    kim = kb.row("SELECT id FROM entities WHERE name = 'Kim Jong Un'")[0]
    assert (
        kb.row("SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id = ?", (kim,))[0]
        == 2
    )


def test_fuzzy_person_names_with_one_surname_merge(kb) -> None:
    text = "Sergey Lavrov arrived. Sergei Lavrov left. Sergei Shoigu stayed."
    a = kb.add("a.txt", text, entities=[entity("Sergey Lavrov", "PERSON", text)])
    b = kb.add(
        "b.txt",
        text + " ",
        entities=[entity("Sergei Lavrov", "PERSON", text), entity("Sergei Shoigu", "PERSON", text)],
    )
    kb.resolver.resolve([a, b])
    assert canonical(kb, "Sergei Lavrov") == "Sergey Lavrov"
    assert canonical(kb, "Sergei Shoigu") == "Sergei Shoigu"


def test_entities_of_incompatible_types_do_not_merge(kb) -> None:
    text = "Georgia signed. Georgia Smith spoke for Georgia."
    a = kb.add("a.txt", text, entities=[entity("Georgia", "GPE", text)])
    b = kb.add("b.txt", text + ".", entities=[entity("Georgia", "PERSON", text)])
    kb.resolver.resolve([a, b])
    assert kb.row("SELECT count(*) FROM entities WHERE merged_into IS NULL")[0] == 2


@pytest.mark.parametrize(
    ("keep_name", "other_name"),
    [("Sergei Ivanov", "Sergey Ivanov"), ("Sergey Ivanov", "Sergei Ivanov")],
)
def test_manual_merge_and_split_survive_re_resolve(kb, keep_name, other_name) -> None:
    text = "Sergei Ivanov, the former minister, met Sergey Ivanov of the railways board."
    a = kb.add("a.txt", text, entities=[entity("Sergei Ivanov", "PERSON", text)])
    kb.resolver.resolve([a])
    b = kb.add("b.txt", text + " ", entities=[entity("Sergey Ivanov", "PERSON", text)])
    pyongyang = "Pyongyang said on Friday that the DPRK would keep testing."
    c = kb.add("c.txt", pyongyang, entities=[entity("DPRK", "GPE", pyongyang)])
    d = summit(kb, "d.txt", SUMMIT_A, "Northern Wire")
    kb.resolver.resolve([b, c, d])
    assert canonical(kb, "Sergey Ivanov") == "Sergei Ivanov"  # the fuzzy rule merged them
    kb.resolver.merge_entities("North Korea", "DPRK")
    kb.resolver.split_entity(keep_name, other_name)
    assert canonical(kb, "DPRK") == "North Korea"
    assert canonical(kb, "Sergey Ivanov") == "Sergey Ivanov"
    assert canonical(kb, "Sergei Ivanov") == "Sergei Ivanov"
    # re-ingest: new pages naming them again are resolved, the decisions still hold
    e = kb.add(
        "e.txt",
        text + "  ",
        entities=[entity("Sergey Ivanov", "PERSON", text), entity("Sergei Ivanov", "PERSON", text)],
    )
    f = kb.add("f.txt", pyongyang + " Again.", entities=[entity("DPRK", "GPE", pyongyang)])
    kb.resolver.resolve([e, f])
    kb.resolver.reapply_decisions()
    assert canonical(kb, "DPRK") == "North Korea"
    assert canonical(kb, "Sergey Ivanov") == "Sergey Ivanov"
    sergey = kb.row("SELECT id FROM entities WHERE name = 'Sergey Ivanov'")[0]
    ids = {r[0] for r in kb.rows("SELECT entity_id FROM mentions WHERE surface = 'Sergey Ivanov'")}
    assert ids == {sergey}
    sergei = kb.row("SELECT id FROM entities WHERE name = 'Sergei Ivanov'")[0]
    assert {
        r[0] for r in kb.rows("SELECT entity_id FROM mentions WHERE surface = 'Sergei Ivanov'")
    } == {sergei}


def test_merge_of_unknown_entity_is_not_found(kb) -> None:
    with pytest.raises(NotFound):
        kb.resolver.merge_entities("Nobody", "Somebody")
    assert kb.row("SELECT count(*) FROM entity_decisions")[0] == 0


def test_resolve_is_idempotent(kb) -> None:
    a = summit(kb, "a.txt", SUMMIT_A, "Northern Wire")
    kb.resolver.resolve([a])
    again = kb.resolver.resolve([a])
    assert again.new_stories == 0 and again.events_new == 0
    assert kb.row("SELECT n_mentions FROM events")[0] == 1


def test_claim_qualifier_is_the_first_one_named() -> None:
    from newsgraph.resolve.claims import subject_words

    assert subject_words("soldiers sent, with thousands killed", "soldier").qualifier == "sent"
    assert subject_words("soldiers killed or wounded", "soldier").qualifier == "casualties"
    assert subject_words("soldiers", "soldier").qualifier is None


def test_a_shared_surname_alone_does_not_fuse_two_people(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.model import Article, CleanedPage, Entity, RawPage, content_hash
    from newsgraph.resolve import Resolver
    from newsgraph.store import Store

    store = Store(tmp_path / "kb.sqlite")
    resolver = Resolver(store)
    for i, (name, text) in enumerate(
        [
            ("Kim Jong Il", "Kim Jong Il ruled until 2011. Kim travelled by armoured train."),
            ("Kim Jong Un", "Kim Jong Un inspected a factory. Kim praised the workers."),
        ]
    ):
        article = Article(source=f"{i}.txt", index=0, text=text)
        article.entities = [Entity(name, "PERSON", ["Kim"], [(0, len(name))])]
        raw = RawPage(f"{i}.txt", text, "text", content_hash(text))
        resolver.resolve(store.add_page(raw, CleanedPage(f"{i}.txt", [article]), None))
    names = {
        r["name"]
        for r in store.conn.execute(
            "SELECT name FROM entities WHERE merged_into IS NULL AND type = 'PERSON'"
        )
    }
    assert names == {"Kim Jong Il", "Kim Jong Un"}

"""Broader PLOVER coverage: verbs, nouns and actor forms common in news of any conflict."""

from __future__ import annotations

import pytest

# Our own sentences: type, an actor and a target that must be among the event's.
CASES = [
    ("Qatar brokered a truce between Israel and Hamas.", "CONSULT", "Qatar", "Israel"),
    ("Kenya hosted the Somali delegation in Nairobi.", "CONSULT", "Kenya", None),
    ("Brazil applauded Chile for its election.", "SUPPORT", "Brazil", "Chile"),
    ("Germany voiced its backing for Moldova.", "SUPPORT", "Germany", "Moldova"),
    ("Norway offered air defence systems to Lithuania.", "AID", "Norway", "Lithuania"),
    ("Spain will lend 500 million euros to Morocco.", "AID", "Spain", "Morocco"),
    ("British instructors trained Ukrainian soldiers.", "AID", "United Kingdom", "Ukraine"),
    ("Beijing filed a complaint against Canada.", "ACCUSE", "China", "Canada"),
    ("Washington slapped new tariffs on Mexican steel.", "SANCTION", "United States", "Mexico"),
    ("Pakistan closed its airspace to Indian airlines.", "SANCTION", "Pakistan", "India"),
    ("The African Union suspended Mali's membership.", "SANCTION", "African Union", "Mali"),
    ("Peru cut diplomatic ties with Mexico.", "SANCTION", "Peru", "Mexico"),
    ("Russia blocked the resolution on Syria.", "SANCTION", "Russia", None),
    ("Canada lifted its duties on American steel.", "CONCEDE", "Canada", None),
    ("Serbian police cracked down on student protesters.", "COERCE", "Serbia", None),
    ("Iranian air defences shot down two drones.", "ASSAULT", "Iran", None),
    ("Indian missiles hit nine sites in Pakistan.", "ASSAULT", "India", "Pakistan"),
    ("Chinese ships rammed a Philippine vessel.", "ASSAULT", "China", "Philippines"),
    ("Armenian troops clashed with Azerbaijani forces.", "ASSAULT", "Armenia", "Azerbaijan"),
    ("The Sudanese army regained control of Khartoum from the RSF.", "ASSAULT", "Sudan", None),
    ("China staged large-scale drills around Taiwan.", "MOBILIZE", "China", None),
]


@pytest.mark.parametrize(("text", "type_", "actor", "target"), CASES)
def test_broad_verb_inventory(run, text, type_, actor, target):
    events = [e for e in run(text).events if e.type == type_]
    assert events, f"no {type_} in {[(e.type, e.actors) for e in run(text).events]}"
    assert any(actor in e.actors for e in events)
    if target is not None:
        assert any(target in e.targets for e in events)


def test_short_acronyms_of_armed_groups_are_actors(run):
    article = run("RSF fighters killed dozens of civilians near El Fasher.")
    assert [e.actors for e in article.events if e.type == "ASSAULT"] == [["Rapid Support Forces"]]


def test_agents_owned_by_a_pronoun_act_for_its_antecedent(run):
    article = run("India said its jets struck Pakistan.")
    assault = [e for e in article.events if e.type == "ASSAULT"]
    assert assault and assault[0].actors == ["India"] and assault[0].targets == ["Pakistan"]


def test_a_pledge_to_act_is_both_the_promise_and_the_planned_act(run):
    # PLOVER codes the promise as AGREE; a reader tracking aid wants the AID too.
    article = run("The Netherlands pledged to supply ammunition to Ukraine.")
    assert sorted(e.type for e in article.events) == ["AGREE", "AID"]
    aid = next(e for e in article.events if e.type == "AID")
    assert aid.modality == "planned" and aid.targets == ["Ukraine"]


def test_a_pledge_to_do_something_uncoded_stays_an_agreement(run):
    article = run("Russia and North Korea agreed to work on a memorial.")
    assert [e.type for e in article.events] == ["AGREE"]


def test_what_a_warning_is_against_is_not_an_attack(run):
    article = run("Trump warned Iran against attacking American bases.")
    assert [e.type for e in article.events] == ["THREATEN"]


def test_bare_police_act_for_the_country_the_article_is_about(run):
    text = (
        "Thousands of Serbian students marched in Belgrade on Sunday. Serbia's government "
        "called the rally illegal.\n\nPolice detained 30 protesters near the Serbian parliament."
    )
    coerce = [e for e in run(text).events if e.type == "COERCE"]
    assert coerce and coerce[0].actors == ["Serbia"]


def test_bare_police_stay_unresolved_when_no_country_dominates(run):
    text = "Police detained 30 protesters after France and Spain exchanged notes."
    assert not [e for e in run(text).events if e.type == "COERCE"]


@pytest.mark.parametrize(
    ("text", "category", "actor", "target"),
    [
        ("Russia annexed four regions of Ukraine in 2022.", "COERCE", "Russia", "Ukraine"),
        ("Serbia refuses to recognise Kosovo.", "SUPPORT", None, None),
        ("Iran executed two British nationals.", "ASSAULT", "Iran", "United Kingdom"),
        (
            "Japan scrambled fighter jets as Chinese drones flew near Taiwan.",
            "MOBILIZE",
            "Japan",
            None,
        ),
        ("Tehran spurned the European offer on Tuesday.", "REJECT", "Iran", None),
    ],
)
def test_more_of_the_verb_inventory(run, text, category, actor, target):
    events = [e for e in run(text).events if e.type == category]
    if actor is None:
        assert events == [] or all(e.modality in ("denied",) for e in events)
        return
    assert events and events[0].actors == [actor]
    if target is not None:
        assert target in events[0].targets

"""Entities: one canonical entity per referent, whatever the spelling or title."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.extract import Extractor
from newsgraph.extract.actors import ActorDictionary
from newsgraph.extract.lexicon import DATA_DIR, read_yaml
from newsgraph.model import Article


def _names(article) -> dict[str, str]:
    return {e.name: e.type for e in article.entities}


def test_hyphenated_korean_name_is_canonical(run):
    article = run("Kim Jong-un inspected a factory. Kim Jong Un later gave a speech.")
    kims = [e for e in article.entities if e.name == "Kim Jong Un"]
    assert len(kims) == 1
    assert kims[0].type == "PERSON"
    assert "Kim Jong-un" in kims[0].aliases
    assert len(kims[0].mentions) == 2


def test_transliteration_variants_are_one_person(run):
    article = run("Sergei Lavrov arrived on Monday. Sergey Lavrov then met reporters.")
    lavrovs = [e for e in article.entities if e.name == "Sergey Lavrov"]
    assert len(lavrovs) == 1
    assert len(lavrovs[0].mentions) == 2


def test_titles_are_stripped_and_surnames_link_back(run):
    text = "Russian Foreign Minister Sergey Lavrov spoke in Geneva. Lavrov said talks would go on."
    article = run(text)
    lavrov = next(e for e in article.entities if e.name == "Sergey Lavrov")
    starts = [text[s:e] for s, e in lavrov.mentions]
    assert starts == ["Sergey Lavrov", "Lavrov"]
    assert "Russian" in _names(article)


def test_unknown_person_surname_joins_full_name(run):
    article = run("Analyst Maria Hoffmeister wrote the report. Hoffmeister expects more strikes.")
    people = [e for e in article.entities if e.type == "PERSON"]
    assert [p.name for p in people] == ["Maria Hoffmeister"]
    assert len(people[0].mentions) == 2


def test_possessive_is_stripped_from_country(run):
    text = "South Korea's defense ministry confirmed the launch."
    article = run(text)
    korea = next(e for e in article.entities if e.name == "South Korea")
    assert korea.type == "GPE"
    assert [text[s:e] for s, e in korea.mentions] == ["South Korea"]


def test_lower_case_country_is_found(run):
    article = run("The war in ukraine entered its fourth year as russia pressed on.")
    names = _names(article)
    assert names.get("Ukraine") == "GPE"
    assert names.get("Russia") == "GPE"


def test_common_country_names_replace_official_ones(extractor: Extractor):
    assert extractor.canonical("Korea, Democratic People's Republic of") == ("North Korea", "GPE")
    assert extractor.canonical("Republic of Korea") == ("South Korea", "GPE")
    assert extractor.canonical("Russian Federation") == ("Russia", "GPE")
    assert extractor.canonical("Iran, Islamic Republic of") == ("Iran", "GPE")
    assert extractor.canonical("the U.S.") == ("United States", "GPE")


def test_canonical_handles_spelling_and_unknowns(extractor: Extractor):
    assert extractor.canonical("Kim Jong-un") == ("Kim Jong Un", "PERSON")
    assert extractor.canonical("Sergei Lavrov", "PERSON") == ("Sergey Lavrov", "PERSON")
    assert extractor.canonical("Zelenskyy") == ("Volodymyr Zelensky", "PERSON")
    assert extractor.canonical("KCNA") == ("Korean Central News Agency", "ORG")
    assert extractor.canonical("Russian", "NORP") == ("Russian", "NORP")
    assert extractor.canonical("Nobody Atall") is None


def test_all_caps_tag_words_are_not_entities(run):
    article = run("NORTH KOREA MILITARY RUSSIA POLITICS\n\nThe talks in Seoul ended early.")
    names = {e.name.casefold() for e in article.entities}
    assert "military" not in names
    assert "politics" not in names
    assert "seoul" in names


def test_values_are_not_entities(run):
    article = run("On June 3, 2024, some 5,000 people paid $20 each, 40% more than in 2023.")
    assert not any(e.type in ("DATE", "CARDINAL", "MONEY", "PERCENT") for e in article.entities)


def test_user_actor_file_extends_the_dictionary(tmp_path: Path):
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "actors:\n  - {name: Freedonian Navy, type: ORG, state: Freedonia, aliases: [FDN]}\n",
        encoding="utf-8",
    )
    ex = Extractor(actor_files=[extra])
    assert ex.canonical("FDN") == ("Freedonian Navy", "ORG")


def test_bare_family_name_missed_by_ner_joins_the_full_name(run):
    article = run(
        "Foreign Minister Choe Son Hui met the delegation. Choe said the talks were useful."
    )
    choe = next(e for e in article.entities if e.name == "Choe Son Hui")
    assert len(choe.mentions) == 2


def test_tied_surname_goes_to_the_person_introduced_first(run):
    article = run(
        "Kim Jong Un met Vladimir Putin in Pyongyang. It was Putin's first trip since 2000, "
        "when he met Kim's father, Kim Jong Il. Putin invited Kim to visit Moscow."
    )
    kim = next(e for e in article.entities if e.name == "Kim Jong Un")
    assert len(kim.mentions) >= 2


def test_an_acronym_the_article_defines_is_that_entity(run):
    article = run(
        "Brazil hosted the Amazon Cooperation Treaty Organization (ACTO) summit in Belem. "
        "Peru signed a forest pact with the Democratic Republic of the Congo (DRC). "
        "The DRC will send rangers."
    )
    drc = [e for e in article.entities if "DRC" in e.aliases or e.name == "DRC"]
    assert drc and drc[0].name != "DRC"


def test_an_unknown_town_written_as_a_place_is_a_place(run):
    article = run(
        "Police detained two men at a checkpoint near Zubin Potok on Tuesday. Officers in "
        "Zubin Potok said the checkpoint would stay."
    )
    town = next(e for e in article.entities if e.name == "Zubin Potok")
    assert town.type == "GPE"


def test_a_name_the_article_calls_a_group_or_an_agency_is_an_organisation(run):
    article = run(
        "The rights group Plataforma Decide says more than 30 people have died. The Tasnim "
        "news agency said the ship was seized."
    )
    types = {e.name: e.type for e in article.entities}
    assert types.get("Plataforma Decide") == "ORG"
    assert types.get("Tasnim") == "ORG"


def test_town_tagged_as_person_is_a_place(run):
    article = run(
        "The seized tanker was escorted to Bandar Abbas for legal proceedings, the navy said. "
        "Its crew of 21 remained on board while lawyers prepared the case."
    )
    assert _names(article).get("Bandar Abbas") == "GPE"


def test_hyphenated_town_is_one_name(run):
    text = (
        "After the summit the delegation travelled on to Komsomolsk-on-Amur, where aircraft "
        "are built, and toured two assembly halls."
    )
    article = run(text)
    town = next(e for e in article.entities if e.name == "Komsomolsk-on-Amur")
    assert town.type == "GPE"
    assert [text[s:e] for s, e in town.mentions] == ["Komsomolsk-on-Amur"]


def test_surname_that_spells_a_town_stays_a_person(run):
    article = run(
        "Senator Thomas Lincoln opened the hearing on Tuesday. Lincoln said the committee "
        "would call the defence secretary next week."
    )
    people = [e for e in article.entities if e.type == "PERSON"]
    assert [p.name for p in people] == ["Thomas Lincoln"]
    assert len(people[0].mentions) == 2
    assert "Lincoln" not in _names(article)


def test_a_group_named_with_an_adjective_no_country_owns_keeps_its_whole_name(run):
    article = run(
        "Fighters loyal to the Islamic State attacked a convoy near the border on Friday, and "
        "South Korean intelligence said it was watching the region."
    )
    names = _names(article)
    assert names.get("Islamic State") == "ORG"
    assert "Islamic" not in names


def test_a_short_family_name_one_curated_leader_bears_is_that_leader(run):
    article = run("The White House said Biden would meet Xi in San Francisco in November.")
    assert "Xi Jinping" in _names(article)


def test_a_curated_leader_s_surname_tagged_as_a_nationality_is_the_leader(run):
    article = run("Chinese Premier Li Qiang met Albanese in Canberra on Monday.")
    names = _names(article)
    assert names.get("Anthony Albanese") == "PERSON"
    assert "Albania" not in names


def test_a_lone_curated_surname_ner_misses_is_that_person(run):
    article = run("Modi paid a state visit to Russia in July.")
    assert _names(article).get("Narendra Modi") == "PERSON"
    visit = next(e for e in article.events if e.type == "CONSULT")
    assert (visit.actors, visit.targets) == (["Narendra Modi"], ["Russia"])


def test_a_titled_name_is_a_person_without_the_title(run):
    article = run("Nicaragua released Bishop Rolando Alvarez and Archbishop Luis Mora on Sunday.")
    persons = {e.name for e in article.entities if e.type == "PERSON"}
    assert {"Rolando Alvarez", "Luis Mora"} <= persons


def test_a_bare_congo_is_the_democratic_republic(run):
    article = run("Rwanda has troops in eastern Congo, UN experts said.")
    assert "Democratic Republic of the Congo" in {e.name for e in article.entities}
    assert "Republic of the Congo" not in {e.name for e in article.entities}


def test_a_dictionary_name_with_one_letter_is_still_a_name(run):
    article = run("The M23 rebels seized Goma on Monday, and G7 leaders condemned the attack.")
    names = {e.name for e in article.entities}
    assert {"M23", "G7"} <= names


def test_popes_keep_their_papal_names(run):
    francis = run("Nicaragua thanked Pope Francis for the talks.", published="2024-01-15")
    leo = run("Pope Leo XIV met Zelensky at the Vatican.", published="2025-07-10")
    assert "Pope Francis" in {e.name for e in francis.entities}
    assert "Pope Leo XIV" in {e.name for e in leo.entities}


def test_sheikh_is_part_of_sheikh_hasina_s_name(run):
    article = run(
        "Bangladesh asked India to extradite Sheikh Hasina. Hasina fled in August.",
        published="2024-12-24",
    )
    hasina = next(e for e in article.entities if e.name == "Sheikh Hasina")
    assert hasina.type == "PERSON" and len(hasina.mentions) == 2


def test_a_dateline_run_into_a_name_is_cut_off(run):
    article = run("NIAMEY - Niger has ordered American troops to leave, the government said.")
    assert "Niger" in {e.name for e in article.entities}
    assert not any("NIAMEY" in e.name for e in article.entities)


def test_they_refers_back_to_the_group_named_just_before(run):
    article = run(
        "Turkey hosted Hamas and Fatah in Ankara on Monday, and they signed a unity charter."
    )
    charter = next(e for e in article.events if e.type == "AGREE")
    assert sorted([*charter.actors, *charter.targets]) == ["Fatah", "Hamas"]


def test_a_hyphen_inside_a_name_is_no_dateline(run):
    article = run(
        "Kenyan police land in Port-au-Prince\n\nPORT-AU-PRINCE, June 26, 2024 — The first 400 "
        "officers of a Kenyan-led police force arrived in Haiti on Tuesday."
    )
    assert "Port-au-Prince" in {e.name for e in article.entities}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mali's junta said on Monday that it had left Ecowas.", "Economic Community of West "
         "African States"),
        ("The OAS condemned the vote count in Venezuela.", "Organization of American States"),
        ("South Africa took its case to the World Court.", "International Court of Justice"),
        ("The WFP said convoys reached Darfur.", "World Food Programme"),
    ],
)  # fmt: skip
def test_regional_blocs_courts_and_un_agencies_are_curated(run, text, name):
    article = run(text)
    assert name in {e.name for e in article.entities}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Venezuela suspended a gas deal with Trinidad and Tobago.", "Trinidad and Tobago"),
        ("The minister flew on to Port of Spain on Friday.", "Port of Spain"),
    ],
)
def test_a_place_named_whole_is_not_cut_into_the_places_inside_it(run, text, name):
    names = {e.name for e in run(text).entities}
    assert name in names
    assert not names & {"Tobago", "Spain"}


def test_a_country_before_a_weapon_model_and_two_sites_joined_by_and_the(run):
    article = run(
        "US B-2 stealth bombers struck the enrichment plant at Fordow and the Natanz complex."
    )
    names = {e.name for e in article.entities}
    assert "United States" in names
    assert not [n for n in names if " and " in n or ("B-2" in n and n != "B-2")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "In Ottawa, Royal Canadian Mounted Police Commissioner Mike Duheme said investigators "
            "had evidence.",
            "Mike Duheme",
        ),
        (
            "Canada expelled six Indian diplomats, among them High Commissioner Sanjay Kumar "
            "Verma, on Monday.",
            "Sanjay Kumar Verma",
        ),
    ],
)
def test_commissioners_titles_are_not_part_of_the_name(run, text, name):
    assert name in {e.name for e in run(text).entities}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Iran fired missiles at Al Udeid air base in Qatar on Monday.", "Al Udeid"),
        ("India fired missiles at Nur Khan air base near Islamabad.", "Nur Khan air base"),
    ],
)
def test_a_name_the_text_calls_a_base_is_a_facility(run, text, name):
    assert _names(run(text))[name] == "FAC"


def test_live_blog_time_zones_and_day_names_are_no_names(run):
    article = run(
        "18:10 GMT — Algeria warns against force\n\nArgentina refused to apologise. On "
        'Tuesday Adorni called the withdrawal of the ambassador "absurd".'
    )
    names = _names(article)
    assert "GMT" not in names
    assert "Adorni" in names and "Tuesday Adorni" not in names


def test_a_fathers_name_after_bin_is_no_surname(run):
    article = run(
        "Crown Prince Mohammed bin Salman met the envoy in Jeddah. Analysts expect King Salman "
        "to invite the Iranian president to Riyadh."
    )
    king = next(e for e in article.entities if "Salman" in e.name and "Mohammed" not in e.name)
    assert king.type == "PERSON"


def test_the_taliban_act_for_afghanistan_but_the_pakistani_taliban_do_not(run):
    article = run(
        "The Taliban administration in Kabul condemned the deportations by Pakistan. The "
        "Pakistani Taliban attacked a police post in Bannu."
    )
    sides = [(e.type, e.actors) for e in article.events]
    assert ("ACCUSE", ["Afghanistan"]) in sides
    assert ("ASSAULT", ["Tehreek-e-Taliban Pakistan"]) in sides


def test_a_group_name_cut_before_its_place_is_one_organisation(run):
    article = run(
        "The Islamic Resistance in Iraq claimed the drone attack. Washington has blamed the "
        "Islamic Resistance in Iraq, an umbrella group of militias."
    )
    group = next(e for e in article.entities if e.name == "Islamic Resistance in Iraq")
    assert group.type == "ORG"
    assert "Islamic Resistance in" not in [e.name for e in article.entities]


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("Jihadist violence has spread across the Sahel.", "Sahel", "LOC"),
        ("Tuareg rebels attacked an army base near Kidal.", "Tuareg", "NORP"),
        ("Sikh activists marched through central Ottawa on Sunday.", "Sikh", "NORP"),
    ],
)
def test_regions_and_peoples_take_their_dictionary_type(run, text, name, type_):
    types = {e.name: e.type for e in run(text).entities}
    assert types.get(name) == type_


def test_weapon_designations_are_products(run):
    types = _names(run("Russia sent MiG-29 fighters and an S-400 system; F-35 jets flew over."))
    assert {n: types.get(n) for n in ("MiG-29", "S-400", "F-35")} == dict.fromkeys(
        ("MiG-29", "S-400", "F-35"), "PRODUCT"
    )
    assert "G20" not in types or types["G20"] == "ORG"


def test_the_platform_x_is_a_product_not_a_letter(run):
    types = _names(run("The minister wrote on X that the talks had failed."))
    assert types.get("X") == "PRODUCT"
    assert "X" not in _names(run("The clinic bought two X-ray machines."))


def test_state_news_agencies_are_organisations(run):
    types = _names(run("Syria's state news agency SANA said the strike killed 11 people."))
    assert types.get("SANA") == "ORG"


def test_waters_landforms_and_continental_regions_are_locations(run):
    types = _names(
        run("Crews removed buoys near Lake Peipus. Jihadists spread across West Africa.")
    )
    assert (types.get("Lake Peipus"), types.get("West Africa")) == ("LOC", "LOC")
    assert _names(run("South Africa objected to the plan."))["South Africa"] == "GPE"


def test_a_name_right_after_a_role_is_a_person(run):
    types = _names(run("AU Commission chairman Moussa Faki Mahamat condemned the coup."))
    assert types.get("Moussa Faki Mahamat") == "PERSON"


def test_a_coast_guard_acts_for_its_state_and_a_shoal_is_a_place(run):
    article = run("The Chinese coast guard fired water cannon at a boat near Second Thomas Shoal.")
    types = _names(article)
    assert types.get("Second Thomas Shoal") == "LOC"
    assert [e.actors for e in article.events if e.type == "COERCE"] == [["China"]]


def test_a_compound_demonym_after_a_dateline_is_kept_whole(run):
    article = run("JUBA - South Sudanese security forces detained the vice president on Wednesday.")
    assert "South Sudan" in {e.name for e in article.entities}
    assert "Sudan" not in {e.name for e in article.entities}


def test_a_name_the_model_cut_short_is_made_whole(run):
    article = run(
        "Malaysia's prime minister met Myanmar's military leader Min Aung Hlaing in Bangkok on "
        "Thursday. Min Aung Hlaing told him the truce would hold."
    )
    people = {e.name for e in article.entities if e.type == "PERSON"}
    assert "Min Aung Hlaing" in people
    assert not people & {"Min Aung", "Aung Hlaing"}


def test_a_title_or_organisation_word_is_not_taken_into_a_name(run):
    article = run("President Joe Biden met the Kenyan Foundation chief in Nairobi.")
    assert "Joe Biden" in {e.name for e in article.entities if e.type == "PERSON"}


def test_a_hyphenated_acronym_the_article_defines_is_that_entity(run):
    article = run(
        "The Movement for Democracy-in-Exile (MD-E) said the vote was rigged. On Monday the "
        "MD-E accused Togo of jailing its members."
    )
    group = next(e for e in article.entities if e.name == "Movement for Democracy-in-Exile")
    assert "MD-E" in group.aliases
    accusation = next(e for e in article.events if e.type == "ACCUSE")
    assert accusation.actors == ["Movement for Democracy-in-Exile"]


def test_a_name_span_holding_a_said_or_done_verb_is_split_at_it(run):
    article = run(
        "President Salva Kiir and First Vice President Riek Machar signed a deal in 2018.\n\n"
        "The war began in December 2013, when Kiir accused Machar, then his deputy, of plotting "
        "a coup."
    )
    names = {e.name for e in article.entities}
    assert not any(" accused " in n for n in names)
    charges = [(e.actors, e.targets) for e in article.events if e.type == "ACCUSE"]
    assert charges == [(["Salva Kiir"], ["Riek Machar"])]


def test_a_full_name_ner_missed_on_a_later_mention_is_still_the_person(run):
    article = run(
        "Myanmar's military spokesman, Major General Zaw Min Tun, spoke on Monday.\n\nThe UN "
        "said the military had carried out 53 attacks since the truce began. Zaw Min Tun denied "
        "that troops had broken the truce."
    )
    person = next(e for e in article.entities if e.name == "Zaw Min Tun")
    assert len(person.mentions) == 2


def test_a_surname_of_several_words_is_the_person_named_in_full(run):
    article = run(
        "The accord was signed in Lisbon with Commission President Ursula von der Leyen looking "
        "on. Von der Leyen had flown there with the Portuguese prime minister."
    )
    person = next(e for e in article.entities if e.name == "Ursula von der Leyen")
    assert person.type == "PERSON"
    assert "Von der Leyen" in person.aliases
    assert not any(e.type == "ORG" and "Leyen" in e.name for e in article.entities)


def test_an_organisations_short_form_is_the_longer_name_given_before(run):
    article = run(
        "The Regional Water Commission met in Niamey on Monday. The Commission said it would "
        "publish new quotas for the river in May."
    )
    names = {e.name: e for e in article.entities}
    assert "Commission" not in names
    assert "Commission" in names["Regional Water Commission"].aliases


def test_a_short_form_two_longer_names_share_is_left_alone(run):
    article = run(
        "The Regional Water Commission and the Electoral Commission met in Niamey on Monday. "
        "The Commission said it would publish new quotas in May."
    )
    assert not any("Commission" in e.aliases for e in article.entities)


def test_a_name_in_apposition_to_a_role_is_a_person_with_its_first_names(run):
    article = run(
        "A ministry spokeswoman, Ana Pisonero, said on Tuesday that the talks would go on. "
        "Pisonero declined to say when."
    )
    person = next(e for e in article.entities if e.name == "Ana Pisonero")
    assert person.type == "PERSON"
    assert "Pisonero" in person.aliases


def test_a_bare_spokesman_speaks_for_the_ministry_named_just_before(run):
    article = run(
        "CAIRO - Egypt said on Tuesday that the river talks had failed.\n\n"
        "Ethiopia's foreign ministry rejected the statement on Wednesday. Spokesman Meles Alem "
        "accused Egypt of clinging to old treaties."
    )
    charges = [(e.actors, e.targets) for e in article.events if e.type == "ACCUSE"]
    assert (["Meles Alem"], ["Egypt"]) in charges


def test_a_bare_minister_after_another_states_ministry_keeps_the_dateline_state(run):
    article = run(
        "ASUNCION - Paraguay recalled its ambassador on Monday.\n\n"
        "Argentina's foreign ministry called on Paraguayan authorities to allow an audit. "
        "Foreign Minister Ruben Ayala condemned the statement."
    )
    verdicts = [e.targets for e in article.events if e.type == "ACCUSE"]
    assert ["Argentina"] in verdicts


def test_a_user_actor_file_with_a_key_given_twice_is_refused_by_name(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "actors:\n  - {name: Blue Coast Guard, type: ORG, state: Ghana, state: Togo}\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match=r"mine.yaml \(line 2\): key 'state' given twice"):
        ActorDictionary([extra])


def test_the_shipped_data_files_give_no_key_twice():
    for path in sorted(DATA_DIR.glob("*.yaml")):
        read_yaml(path)  # raises on a repeated key, which would hide the first block


def test_a_name_before_a_site_noun_is_the_sites_name(run):
    article = run(
        "Troops seized the Kakhovka dam and the Zaporizhzhia nuclear plant on Friday. The "
        "activist was held in Evin prison, and jets flew from Wadi Sayidna air base."
    )
    sites = {e.name: e.type for e in article.entities}
    for name in ("Kakhovka dam", "Zaporizhzhia nuclear plant", "Evin prison"):
        assert sites.get(name) == "FAC", (name, sites)
    assert sites.get("Wadi Sayidna air base") == "FAC", sites


def test_a_countrys_word_before_a_site_noun_stays_the_country(run):
    article = run("A US base and a Russian air base in Syria were struck on Monday.")
    names = {e.name: e.type for e in article.entities}
    assert names.get("United States") == "GPE"
    assert not any(t == "FAC" for t in names.values()), names


def test_a_name_ner_ran_into_an_opening_bracket_ends_before_it(run):
    article = run(
        "Police were looking into links between the plotters and the opposition All People's "
        "Congress (APC).\n\nThe APC dismissed the suggestion."
    )
    party = next(e for e in article.entities if "Congress" in e.name)
    assert party.name == "All People's Congress"
    assert "APC" in party.aliases


def test_the_world_lists_type_bodies_ner_misses_and_give_institutions_their_state(run):
    article = run(
        "Tunisian police rounded up migrants in Sfax, Human Rights Watch said on Monday. "
        "The Shin Bet said it had arrested two men, and the Patriotic Union of Kurdistan (PUK) "
        "denied the charge."
    )
    names = {e.name: e.type for e in article.entities}
    assert names.get("Human Rights Watch") == "ORG"
    assert names.get("Patriotic Union of Kurdistan") == "ORG"
    arrest = next(e for e in article.events if e.type == "COERCE")
    assert arrest.actors == ["Israel"]  # the Shin Bet acts for its state


def test_a_world_list_name_that_is_also_a_plain_phrase_matches_only_capitalised(run):
    article = run(
        "Residents said they wanted peace now, and aid workers asked donors to save the children."
    )
    assert not any(e.name in ("Peace Now", "Save the Children") for e in article.entities)


def test_two_names_ner_ran_together_split_when_one_is_a_person_named_elsewhere(run):
    article = run(
        "President Kais Saied met the visitors on Sunday. The memorandum was signed with Saied "
        "and Commission President Ursula von der Leyen looking on."
    )
    names = {e.name for e in article.entities}
    assert not any(" and " in n for n in names), names
    saied = next(e for e in article.entities if e.name == "Kais Saied")
    assert "Saied" in saied.aliases


def test_opposition_leaders_in_the_world_lists_act_for_no_state():
    # an opposition leader who "accused the government" accuses his own state's government
    people = read_yaml(DATA_DIR / "actors_world_people.yaml")["actors"]
    leaders = [
        p
        for p in people
        if any(r.get("title") == "opposition leader" for r in p.get("roles") or [])
    ]
    assert leaders and not [p["name"] for p in leaders if p.get("state")]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The two presidents met at Parliament House in the capital.", "Parliament House", "FAC"),
        (
            "The visit marks the anniversary of the Battle of Khalkhin Gol.",
            "Battle of Khalkhin Gol",
            "EVENT",
        ),
    ],
)
def test_buildings_and_battles_are_typed_by_their_head_word(run, text, name, label):
    assert _names(run(text)).get(name) == label


def test_a_body_named_like_a_building_keeps_its_dictionary_type(run):
    names = _names(run("Chatham House and the White House said nothing on Monday."))
    assert names.get("Chatham House") == "ORG"


def test_a_word_that_is_a_world_list_surname_is_no_person_unless_ner_sees_one(run):
    article = run(
        "A Turk was arrested in Berlin on Monday. Crowds gathered on Bondi beach in Sydney. "
        "The last Shah of Iran fled in 1979."
    )
    people = [e.name for e in article.entities if e.type == "PERSON"]
    assert not people, people


def test_a_hand_tuned_surname_still_names_its_person_when_ner_calls_it_an_organisation(run):
    article = run("Lavrov said Moscow would respond to the new sanctions.")
    assert "Sergey Lavrov" in {e.name for e in article.entities}


def test_a_bare_surname_is_the_articles_own_full_name_before_a_listed_namesake(run):
    article = run(
        "The talks were led by army chief General Abdel Fattah al-Burhan and RSF envoy Omar "
        "Hamdan. Hamdan accused the army of shelling Omdurman."
    )
    envoy = next(e for e in article.entities if e.name == "Omar Hamdan")
    assert "Hamdan" in envoy.aliases
    assert "Osama Hamdan" not in {e.name for e in article.entities}


def test_a_listed_institution_named_with_its_state_is_that_institution(run):
    article = run(
        "The US State Department condemned the sentence on Tuesday, and the UK Foreign Office "
        "summoned the ambassador."
    )
    state_department = next(
        e for e in article.entities if e.name == "United States Department of State"
    )
    assert "US State Department" in state_department.aliases
    assert "Foreign Office" in {e.name for e in article.entities}


def test_a_stance_prefix_is_no_part_of_the_name_it_qualifies(run):
    article = run("The president named Kenya the first major non-NATO ally in the region.")
    names = _names(article)
    assert names.get("NATO") == "ORG"
    assert "non-NATO" not in names


def test_a_name_after_a_stance_prefix_is_no_side_of_the_event(run):
    article = run(
        "Pro-Russian separatists shelled the town of Avdiivka on Monday. Non-EU migrants were "
        "detained by Hungarian police."
    )
    assert {"Russian", "European Union"} <= {e.name for e in article.entities}
    sides = {name for event in article.events for name in event.actors + event.targets}
    assert not sides & {"Russia", "European Union"}, [
        (e.type, e.actors, e.targets) for e in article.events
    ]


def test_a_party_named_by_a_qualifier_and_a_plural_is_one_organisation(run):
    article = run(
        "The Christian Democrats and the Sweden Democrats backed the bill on Tuesday, while "
        "the Democrats in Washington opposed it."
    )
    names = _names(article)
    assert names.get("Christian Democrats") == "ORG"
    assert names.get("Sweden Democrats") == "ORG"
    assert "Christian" not in names
    assert names.get("Democrats") != "ORG"  # a bare plural may be a party or its voters


def test_a_bodys_members_are_no_party_name(run):
    article = run("Senate Republicans blocked the bill, and South Korean Democrats protested.")
    names = _names(article)
    assert names.get("United States Senate") == "ORG"
    assert "Senate Republicans" not in names
    assert "Korean Democrats" not in names


def test_a_name_ending_in_a_built_place_is_a_facility_and_a_pass_a_landform(run):
    article = run(
        "Truckers blocked the Inter-Oceanic Highway on Monday and later rallied in Tasmajdan "
        "Park. Fighters ambushed a convoy in the Lowari Pass on Friday."
    )
    names = _names(article)
    assert names.get("Inter-Oceanic Highway") == "FAC"
    assert names.get("Tasmajdan Park") == "FAC"
    assert names.get("Lowari Pass") == "LOC"


def test_a_body_named_after_its_country_is_one_organisation(run):
    article = run(
        "The Law Society of Kenya said on Tuesday that it would challenge the arrests in court."
    )
    names = _names(article)
    assert names.get("Law Society of Kenya") == "ORG"
    assert "Law Society" not in names


def test_a_person_whose_surname_is_a_built_place_stays_a_person(run):
    article = run("Linda Park, a lawyer, met reporters outside the court on Monday.")
    assert _names(article).get("Linda Park") == "PERSON"


def test_a_listed_body_before_of_and_a_country_keeps_its_listed_name(tmp_path: Path, extractor):
    extra = tmp_path / "bodies.yaml"
    extra.write_text(
        "actors:\n  - {name: Law Society, type: ORG, state: Kenya}\n", encoding="utf-8"
    )
    listing = Extractor(actor_files=[extra], nlp=extractor.nlp)
    article = Article(
        source="test",
        index=0,
        text="The Law Society of Kenya said on Tuesday that it would challenge the arrests.",
        published="2025-07-16",
    )
    names = _names(listing.extract(article))
    assert names.get("Law Society") == "ORG"
    assert "Law Society of Kenya" not in names


def test_a_bare_congress_in_a_story_about_another_state_is_that_states(run):
    article = run(
        "Colombian police cleared a square in Bogota on Monday. President Gustavo Petro asked "
        "Congress to pass the reform before July."
    )
    names = _names(article)
    assert "United States Congress" not in names
    assert names.get("Congress") == "ORG"
    asked = next(e for e in article.events if e.type == "REQUEST")
    assert asked.targets == ["Congress"]


def test_a_bare_congress_in_an_american_story_stays_the_listed_one(run):
    article = run(
        "President Donald Trump asked Congress on Tuesday to fund the wall. The United States "
        "will pay for it, he said."
    )
    assert "United States Congress" in _names(article)


def test_a_town_ner_takes_for_a_nationality_is_a_town(run):
    article = run("Russian drones struck port infrastructure in Odesa overnight.")
    assert _names(article).get("Odesa") == "GPE"
    struck = next(e for e in article.events if e.type == "ASSAULT")
    assert (struck.targets, struck.location) == (["Ukraine"], "Odesa")


def test_an_ombudsman_or_a_speaker_is_a_title_not_part_of_the_name(run):
    names = _names(
        run(
            "Ombudsman Maria Lopez called the raid disproportionate. House Speaker Mike Johnson "
            "and Comptroller Anel Flores declined to comment."
        )
    )
    assert {"Maria Lopez", "Mike Johnson", "Anel Flores"} <= set(names)
    assert not [n for n in names if n.startswith(("Ombudsman", "Speaker", "Comptroller"))]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Human rights ombudsman Alejandro Cordova said one man was killed on the highway.",
            "Alejandro Cordova",
        ),
        (
            "Samantha Power, head of the U.S. Agency for International Development, visited "
            "Armenia on Monday.",
            "Samantha Power",
        ),
    ],
)
def test_a_name_beside_a_persons_role_is_a_person(run, text, person):
    assert _names(run(text)).get(person) == "PERSON"


def test_a_lowercase_party_after_a_name_is_not_part_of_it(run):
    names = _names(
        run(
            "The opposition Democratic Centre party, founded by a former president, accused "
            "Petro of surrendering to the rebels."
        )
    )
    assert names.get("Democratic Centre") == "ORG"
    assert "Democratic Centre party" not in names

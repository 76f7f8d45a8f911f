"""Modality and attribution: how sure the text is, and who it says the fact comes from."""

from __future__ import annotations

import pytest

MODALITY_CASES = [
    ("Iran seized a tanker in the Gulf.", "asserted"),
    ("Iran reportedly seized a tanker in the Gulf.", "reported"),
    ("Iran could seize a tanker in the Gulf.", "speculated"),
    ("Iran will seize tankers in the Gulf, officials warned.", "planned"),
    ("Iran plans to seize tankers in the Gulf.", "planned"),
    ("Iran denied that it had seized a tanker in the Gulf.", "denied"),
    ("Iran did not seize the tanker.", "denied"),
    ("If Iran seizes a tanker, Britain will respond.", "speculated"),
    ("Did Iran seize a tanker in the Gulf?", "speculated"),
    ("Analysts suggest that Iran seized the tanker.", "speculated"),
    ("Critics argue that Iran seized the tanker to send a message.", "opinion"),
]


@pytest.mark.parametrize(("text", "modality"), MODALITY_CASES)
def test_event_modality(run, text, modality):
    events = [e for e in run(text).events if e.type == "COERCE"]
    assert len(events) == 1
    assert events[0].modality == modality


def test_estimated_claim(run):
    claim = run("The damage is estimated at $3 billion.").claims[0]
    assert claim.modality == "estimated"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Russia attacked Odesa overnight, according to Reuters.", "Reuters"),
        ("Russia attacked Odesa overnight, Ukraine's air force said.", "Ukraine"),
        (
            "Russia attacked Odesa overnight, as reported by the Kyiv Independent.",
            "Kyiv Independent",
        ),
        (
            "Bloomberg reports, citing South Korea's defense ministry, that North Korea attacked Seoul.",
            "South Korea",
        ),
        ("Reports from Der Spiegel detail that Russia attacked Odesa.", "Der Spiegel"),
        ("Kremlin spokesman Dmitry Peskov said Russia would strike Kyiv.", "Dmitry Peskov"),
    ],
)
def test_attribution_forms(run, text, source):
    # an announced strike is coded THREATEN ("said Russia would strike Kyiv")
    events = [e for e in run(text).events if e.type in ("ASSAULT", "THREATEN")]
    assert len(events) == 1
    assert source in events[0].source  # "Ministry of National Defense of South Korea" names Seoul
    assert events[0].modality in ("reported", "planned")


def test_reportedly_has_no_source(run):
    event = run("Iran reportedly seized a tanker.").events[0]
    assert (event.modality, event.source) == ("reported", None)


def test_question_headline_is_not_an_assertion(run):
    article = run("Will China invade Taiwan?")
    assert [e.modality for e in article.events] == ["speculated"]


def test_claim_attribution(run):
    claim = run("About 300 civilians were killed, according to the United Nations.").claims[0]
    assert claim.attributed_to == "United Nations"
    assert claim.modality == "reported"


def test_a_described_source_with_its_name_in_apposition_is_that_person(run):
    article = run(
        "Chad condemned the raid. Its spokesman, Colonel Idriss Mahamat, said 12 people had "
        "been killed."
    )
    assert article.claims[0].attributed_to == "Idriss Mahamat"


def test_whoever_puts_a_toll_at_a_figure_is_its_source(run):
    article = run("The Kenya Red Cross Society put the death toll at 340 on Monday.")
    assert article.claims[0].attributed_to == "Kenya Red Cross Society"


def test_a_named_agency_parsed_as_a_second_subject_is_the_source(run):
    event = run(
        "Vice Foreign Minister Li Wei lodged a protest with the Japanese embassy on Sunday, the "
        "state news agency Xinhua reported."
    ).events[0]
    assert (event.source, event.modality) == ("Xinhua", "reported")


def test_people_at_a_named_body_speak_for_it(run):
    claim = run("Researchers from Amnesty International said 40 people were killed.").claims[0]
    assert claim.attributed_to == "Amnesty International"


def test_a_relative_clause_set_off_by_commas_is_the_writers_aside(run):
    article = run(
        "The two cargo planes, which had left Lagos with about 160 passengers on board, were "
        "refused permission to land, officials said."
    )
    claim = article.claims[0]
    assert (claim.value, claim.modality, claim.attributed_to) == (160, "asserted", None)


def test_reportedly_outranks_an_intention(run):
    event = run("Iran is reportedly planning to seize a tanker in the Gulf.").events[0]
    assert event.modality == "reported"


def test_approximately_alone_is_not_an_estimate(run):
    claim = run("Turkey has hosted approximately 3,000,000 refugees since 2012.").claims[0]
    assert claim.approximate is True
    assert claim.modality == "asserted"


def test_puts_the_toll_at_is_an_estimate(run):
    claim = run("The health ministry puts the death toll at about 340 people.").claims[0]
    assert claim.modality == "estimated"


def test_second_speech_verb_keeps_its_subject(run):
    claim = run(
        "Kenya's interior ministry confirmed the raid and said that 45 people had been arrested."
    ).claims[0]
    assert claim.attributed_to == "Kenya"


def test_a_scene_setting_clause_is_not_the_speakers_report(run):
    article = run(
        "Estonia expelled two Belarusian diplomats, the foreign ministry said, "
        "a week after Belarus detained an Estonian citizen."
    )
    coerce = next(e for e in article.events if e.type == "COERCE")
    assert (coerce.modality, coerce.source) == ("asserted", None)


def test_negation_does_not_deny_a_number(run):
    article = run("Aid groups said 40,000 families do not have enough food.")
    claim = next(c for c in article.claims if c.value == 40000)
    assert claim.modality != "denied"


def test_a_document_can_be_the_source(run):
    article = run(
        "Exports of grain to Egypt fell by 300,000 tonnes, according to a ministry statement."
    )
    claim = next(c for c in article.claims if c.value == 300000)
    assert claim.attributed_to and "statement" in claim.attributed_to


def test_announcing_money_is_an_act_not_a_report(run):
    article = run("The European Commission announced 5 million euros in emergency aid for Lebanon.")
    claim = next(c for c in article.claims if c.value == 5_000_000)
    assert (claim.modality, claim.attributed_to) == ("asserted", None)


def test_an_actors_own_plan_has_no_outside_source(run):
    article = run("NATO said it would increase air and naval patrols over the Baltic Sea.")
    patrol = next(e for e in article.events if e.type == "MOBILIZE")
    assert (patrol.modality, patrol.source) == ("planned", None)


def test_groups_in_general_are_a_source_not_a_back_reference(run):
    article = run(
        "The Houthis released eight UN staff on Tuesday.\n\n"
        "Aid groups say about 600,000 people in the city face severe food shortages."
    )
    claim = next(c for c in article.claims if c.value == 600_000)
    assert claim.attributed_to and "groups" in claim.attributed_to.casefold()


def test_people_who_speak_are_named_as_written_institutions_by_their_state(run):
    article = run(
        "US officials estimate that Iran holds about 400 kilograms of enriched uranium.\n\n"
        "Israel struck two sites near Tabriz on Friday, Turkey's foreign ministry said."
    )
    claim = next(c for c in article.claims if c.value == 400)
    assert claim.attributed_to == "US officials"
    strike = next(e for e in article.events if e.type == "ASSAULT")
    assert strike.source == "Turkey"


def test_an_event_dated_after_publication_is_planned(run):
    article = run(
        "Officials believe the government may wait until Greek Prime Minister Kyriakos "
        "Mitsotakis meets Turkish President Recep Tayyip Erdogan in Washington next week.",
        published="2024-07-05",
    )
    meeting = next(e for e in article.events if e.type == "CONSULT")
    assert meeting.modality == "planned"


def test_a_state_s_own_stated_readiness_is_asserted(run):
    article = run("India said it was ready to support Sri Lanka's recovery.")
    pledge = next(e for e in article.events if e.type == "AGREE")
    assert (pledge.modality, pledge.source) == ("asserted", None)


def test_a_demand_in_what_a_leader_says_is_his_own_not_reported_by_its_addressee(run):
    article = run("Kenyan President William Ruto said Uganda must admit its part in the raid.")
    demand = next(e for e in article.events if e.type == "REQUEST")
    assert (demand.actors, demand.targets) == (["William Ruto"], ["Uganda"])
    assert (demand.modality, demand.source) == ("asserted", None)


def test_an_unowned_ministry_cited_is_the_story_country_s(run):
    article = run(
        "Chile closed its border with Bolivia on Monday after protesters blocked the main "
        "highway, state radio reported, citing the interior ministry. Chile said the closure "
        "would last a week."
    )
    closure = next(e for e in article.events if e.type == "COERCE")
    assert closure.source == "Chilean interior ministry"


def test_what_a_survey_by_a_pollster_found_is_reported_by_the_pollster(run):
    claims = run(
        "A poll by Gallup published on Monday found that 41 percent of voters backed the deal."
    ).claims
    assert [(c.value, c.modality, c.attributed_to) for c in claims] == [
        (0.41, "reported", "Gallup")
    ]


def test_a_forecast_by_a_named_body_is_its_estimate_but_an_intended_outlay_is_a_plan(run):
    claims = run(
        "Inflation has eased, and the Reserve Bank of Fiji expects growth of 4 percent this "
        "year. The government expects to spend $90 million on new roads."
    ).claims
    assert [(c.value, c.modality, c.attributed_to) for c in claims] == [
        (0.04, "estimated", "Reserve Bank of Fiji"),
        (90_000_000, "planned", None),
    ]


def test_a_subjectless_saying_clause_speaks_for_the_statement_above_it(run):
    claims = run(
        "Peru's foreign ministry denied that the boat had entered Chilean waters, saying "
        "its position was logged 14 nautical miles outside them."
    ).claims
    assert [(c.value, c.modality, c.attributed_to) for c in claims] == [(14, "reported", "Peru")]


def test_whoever_according_to_names_is_the_source(run):
    article = run(
        "Rebel and army units clashed near the town of Bora on Sunday, killing at least 9 "
        "fighters, according to a district administrator who asked not to be named."
    )
    assert [(c.value, c.modality, c.attributed_to) for c in article.claims] == [
        (9, "reported", "district administrator")
    ]


def test_footage_released_by_a_ministry_is_the_ministry_s_report(run):
    article = run(
        "Nepal's foreign minister greeted the Indian delegation at the airport, according to "
        "footage released by the Nepalese army."
    )
    meeting = next(e for e in article.events if e.type == "CONSULT")
    assert (meeting.modality, meeting.source) == ("reported", "Nepal")  # its army speaks for it


def test_a_finding_inside_what_a_body_said_is_reported_by_that_body(run):
    claims = run(
        "The Carter Center said in an interim report that 300 of the 4,000 ballot boxes "
        "showed irregularities."
    ).claims
    assert {(c.value, c.modality, c.attributed_to) for c in claims} >= {
        (300, "reported", "Carter Center")
    }


def test_a_relative_clause_on_an_ordinal_is_still_the_speaker_s(run):
    claims = run(
        "Qatar's foreign ministry said the exchange was the 9th it had brokered between the "
        "two sides, bringing the total number of prisoners freed through its efforts to about "
        "1,300."
    ).claims
    assert [(c.value, c.modality, c.attributed_to) for c in claims] == [(1300, "reported", "Qatar")]


def test_a_number_an_unnamed_subject_claims_is_reported_but_what_data_shows_is_not(run):
    claims = run(
        "The army claimed it had killed 40 militants in the raid. Shipping data indicates "
        "that exports rose to 760,000 tons."
    ).claims
    assert [(c.value, c.modality) for c in claims] == [(40, "reported"), (760_000, "asserted")]


def test_a_document_seen_by_an_outlet_is_the_outlet_s_report(run):
    article = run(
        "Under the deal, the RSF will withdraw its fighters from Kadugli within 30 days, "
        "according to a copy of the text seen by Reuters."
    )
    withdrawal = next(e for e in article.events if e.type == "RETREAT")
    assert withdrawal.source == "Reuters"


def test_the_ministry_said_is_the_nearer_ministry_even_when_tagged_a_proper_noun(run):
    article = run(
        "MALE - The Maldives suspended three deputy ministers.\n\n"
        "The envoy was called in to the Ministry of External Affairs in New Delhi on Monday "
        "morning, according to two Indian officials.\n\n"
        "Hours later the Maldivian foreign ministry summoned India's high commissioner, Munu "
        "Mahawar, to its offices in Male, the ministry said in a statement."
    )
    summons = next(e for e in article.events if e.mode == "summon")
    assert (summons.actors, summons.modality, summons.source) == (["Maldives"], "asserted", None)

"""Claims: numbers with value, unit, subject, approximation, attribution and modality."""

from __future__ import annotations

import pytest


def _claims(run, text):
    return [(c.value, c.upper, c.unit, c.approximate) for c in run(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army sent 1,200 troops to the border.", (1200, None, "troops", False)),
        ("Officials counted five million refugees.", (5000000, None, "refugees", False)),
        ("Nearly five million people fled the region.", (5000000, None, "people", True)),
        ("Between 10,000 and 12,000 soldiers took part.", (10000, 12000, "troops", True)),
        ("Some 3,500 workers went on strike.", (3500, None, "workers", True)),
        ("A dozen drones were shot down.", (12, None, "drones", False)),
        ("The plant produced 2.5 million tons of steel.", (2500000, None, "tons", False)),
        ("Nearly half of the shells came from abroad.", (0.5, None, "share", True)),
        ("Turnout reached 64% in the capital.", (0.64, None, "share", False)),
        ("Turnout reached 64 percent in the capital.", (0.64, None, "share", False)),
        ("The package is worth $250 billion.", (250000000000, None, "USD", False)),
        ("The bank lent €1.5 billion to the utility.", (1500000000, None, "EUR", False)),
        ("The fund holds about 40 million euros.", (40000000, None, "EUR", True)),
    ],
)
def test_claim_forms(run, text, expected):
    assert _claims(run, text) == [expected]


def test_range_written_with_to(run):
    claims = _claims(
        run, "Seoul says between 10,000 to 12,000 North Korean troops were sent to Russia."
    )
    assert claims == [(10000, 12000, "troops", True)]


def test_subject_says_what_is_counted(run):
    claim = run(
        "Bloomberg reports, citing South Korea's defense ministry, that some 11,000 North Korean troops were sent to Russia."
    ).claims[0]
    assert claim.subject == "North Korean troops were sent to Russia"
    assert "South Korea" in claim.attributed_to
    assert claim.modality == "reported"


def test_money_has_currency_and_subject(run):
    claim = run("Washington has allocated approximately $175 billion in aid to Kyiv.").claims[0]
    assert (claim.value, claim.unit, claim.currency, claim.approximate) == (
        175000000000,
        "USD",
        "USD",
        True,
    )
    assert claim.subject == "aid"


def test_share_subject_is_what_it_is_a_share_of(run):
    claim = run("Nearly half of Russia's artillery shells come from North Korea.").claims[0]
    assert claim.subject == "Russia's artillery shells"


def test_integral_values_are_ints(run):
    claim = run("The army sent 1,200 troops.").claims[0]
    assert isinstance(claim.value, int)


@pytest.mark.parametrize(
    "text",
    [
        "The agreement was signed in 2018.",
        "1. Russia and North Korea deepened ties.",
        "The two nations share a border.",
        "The 72-year-old leader spoke for an hour.",
        "It was the third meeting this year.",
        "One of the ministers resigned on 4 May.",
        "Thousands of protesters filled the square.",
    ],
)
def test_not_claims(run, text):
    assert run(text).claims == []


# --- people counted by what happened to them, and bare counts -------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv says about 1,900 Russian soldiers were killed and 3,100 wounded last week.",
            [(1900, None, "troops", True), (3100, None, "troops", False)],
        ),
        (
            "Iraqi army losses now stand at roughly 2,300 killed and wounded.",
            [(2300, None, "troops", True)],
        ),
        ("The storm left 140 dead in the coastal towns.", [(140, None, "people", False)]),
        (
            "Officials said 1,200 Ethiopians had been wounded in clashes with rebel forces.",
            [(1200, None, "troops", False)],
        ),
        (
            "Belarus agreed to send 800 military engineering workers to the front.",
            [(800, None, "troops", False)],
        ),
        ("Japan will send 300 deminers to Cambodia.", [(300, None, "people", False)]),
    ],
)
def test_people_units(run, text, expected):
    assert _claims(run, text) == expected


def test_bare_count_takes_the_unit_counted_before_it(run):
    claims = _claims(
        run,
        "Minsk sent 2,000 more troops in May, bringing the total deployed to about 9,000.",
    )
    assert claims == [(2000, None, "troops", False), (9000, None, "troops", True)]


def test_bare_subject_in_a_military_sentence_counts_troops(run):
    claims = _claims(run, "Kyiv believes more than 6,000 are stationed near the front.")
    assert claims == [(6000, None, "troops", True)]


def test_vague_multiplier_with_casualty_is_no_claim(run):
    assert _claims(run, "Several thousand soldiers were sent, with several thousand killed.") == []


def test_bare_number_inside_a_date_range_is_no_claim(run):
    claims = _claims(run, "Ships carried 700 troops to the port between March 3 and 9.")
    assert claims == [(700, None, "troops", False)]


# --- durations, sources and names are not claims -------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The envoy made her first trip to the island in 31 years.",
        "The truce will hold for 60 days.",
        "Rebels must leave the town within 72 hours.",
        "After three days of talks the delegations went home.",
        "The governor was elected to a 12-year term.",
        "The talks lasted six hours.",
        "Two officials said the ferry had sailed.",
        "Two people familiar with the plan said it would be delayed.",
        "Three diplomats told the agency that the vote was postponed.",
        "The depot was hit, according to two security sources.",
        "The air force will fly F-16 jets and a Su-27 over the parade.",
        "The Ground Master 200 radar was switched on.",
        "Patriot PAC-3 interceptors were moved north.",
    ],
)
def test_more_not_claims(run, text):
    assert run(text).claims == []


def test_number_in_a_product_name_leaves_the_count(run):
    assert _claims(run, "The navy bought 14 Sky Watch 300 radars.") == [(14, None, "radars", False)]


def test_count_beside_a_source_phrase_is_kept(run):
    claims = _claims(run, "The flood killed 19 people, two officials said.")
    assert claims == [(19, None, "people", False)]


# --- shares, ranges, compound units, tolls ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One in five farmers has sold his herd.", (0.2, None, "share", False)),
        ("Three out of ten drivers ignored the ban.", (0.3, None, "share", False)),
        ("A quarter of the wells were poisoned.", (0.25, None, "share", False)),
        ("A third of the ferries are idle.", (0.3333, None, "share", False)),
        ("Two-thirds of the members backed the motion.", (0.6667, None, "share", False)),
        ("Prices rose 12 per cent in May.", (0.12, None, "share", False)),
        ("The coastguard stayed 12 nautical miles offshore.", (12, None, "nautical miles", False)),
        ("Fires burned 450 square kilometres of scrub.", (450, None, "square kilometres", False)),
        ("The port shipped 30,000 metric tons of wheat.", (30000, None, "metric tons", False)),
        ("The field pumps 80,000 barrels a day.", (80000, None, "barrels per day", False)),
        ("The ministry put the death toll at 14.", (14, None, "people", False)),
        ("By evening the toll had risen to one.", (1, None, "people", False)),
        ("Twenty-seven ministers attended.", (27, None, "ministers", False)),
    ],
)
def test_share_unit_and_toll_forms(run, text, expected):
    assert _claims(run, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Monitors say between 300 and 500 Vardanian detainees are held in the fort.",
            (300, 500, "detainees", True),
        ),
        (
            "Planners expect between 4 and 5 million more migrants this decade.",
            (4000000, 5000000, "migrants", True),
        ),
    ],
)
def test_ranges_before_a_name_or_more(run, text, expected):
    assert _claims(run, text) == [expected]


# --- currencies ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Moldovan cabinet set aside 30 million lei for Moldova's rural schools.", "MDL"),
        ("Romania will spend 30 million lei on bridges.", "RON"),
        ("Pakistan's cabinet approved 8 billion rupees for Pakistani ports.", "PKR"),
        ("The state approved 8 billion rupees for new ports.", "INR"),
        ("The board approved a loan of 2 billion Pakistani rupees.", "PKR"),
        ("The city paid ₹40 crore for the bridge.", "INR"),
        ("The utility was fined ₪12 million.", "ILS"),
        ("The miner raised HK$3 billion.", "HKD"),
        ("Ottawa pledged 2 billion Canadian dollars.", "CAD"),
        ("The treasury sold 9 billion hryvnias of bonds.", "UAH"),
        ("The regulator levied a fine of 5 million Swiss francs.", "CHF"),
        ("The contract is worth USD 25 million.", "USD"),
        ("The port handled 40 billion yuan of goods.", "CNY"),
        ("The ministry sold 3 billion zlotys of bonds.", "PLN"),
    ],
)
def test_currencies(run, text, code):
    claims = run(text).claims
    assert [(c.unit, c.currency) for c in claims] == [(code, code)]


def test_won_as_a_verb_is_no_currency(run):
    assert _claims(run, "The party won 5 seats.") == [(5, None, "seats", False)]


# --- the evaluator: kinds of people are one unit -------------------------------------------------------
def test_evaluator_folds_units_for_kinds_of_people():
    from newsgraph.evaluate.extract import _unit

    assert _unit("refugees") == _unit("people") == _unit("detainees") == _unit("Hostages")
    assert _unit("soldiers") == _unit("troops") == _unit("personnel")
    assert _unit("troops") != _unit("people")
    assert _unit("metric tons") == _unit("tonnes") == _unit("tons")
    assert _unit("nautical miles") != _unit("miles")


def test_some_before_a_number_word_is_an_approximation_not_a_vague_multiplier(run):
    claims = run("Some three million people of Turkish origin live in Germany.").claims
    assert [(c.value, c.unit, c.approximate) for c in claims] == [(3_000_000, "people", True)]


def test_a_part_of_a_counted_group_and_an_elided_second_count(run):
    toll = run("Nineteen of the 52 passengers on the bus were injured.").claims
    assert [c.value for c in toll] == [19, 52]
    assert {c.unit for c in toll} == {toll[1].unit}
    bases = run("About 3,500 French troops are based in Djibouti and some 1,000 in Chad.").claims
    assert [(c.value, c.unit) for c in bases] == [(3500, "troops"), (1000, "troops")]


def test_embassy_staff_are_counted_as_staff(run):
    claims = run("The 23 consulate staff left the country on Friday.").claims
    assert [(c.value, c.unit) for c in claims] == [(23, "staff")]


@pytest.mark.parametrize(
    "text",
    [
        "The jets struck at about 5 p.m. (1400 GMT), the ministry said.",
        "The talks were held in a three-on-three format in Riyadh.",
    ],
)
def test_clock_times_and_matched_sides_are_not_claims(run, text):
    assert run(text).claims == []


def test_pounds_weighed_are_a_weight_and_crowns_a_currency(run):
    weight = run("The drone carried a payload weighing about 400 pounds.").claims[0]
    assert (weight.value, weight.unit) == (400, "pounds")
    money = run("Sweden's exports to Iraq were worth 1.6 billion crowns last year.").claims[0]
    assert (money.value, money.unit) == (1_600_000_000, "SEK")


def test_the_whole_a_part_is_counted_out_of_is_a_count(run):
    article = run("The air force said it had shot down six of the eight drones launched.")
    assert 8 in [c.value for c in article.claims]
    article = run("He is the leader of one of the five permanent members of the council.")
    assert article.claims == []


def test_a_number_that_ends_the_text_is_read_without_error(run):
    claims = run("The toll rose to 40").claims
    assert [(c.value, c.unit) for c in claims] == [(40, "people")]


def test_the_ministry_said_is_the_ministry_named_before(run):
    article = run(
        "KAMPALA - Uganda will withdraw its court case against Kenya.\n\n"
        "Uganda's energy ministry announced the decision on Tuesday. Kenya will let Uganda "
        "import 300,000 tonnes of fuel a year through its pipeline, the ministry said."
    )
    claim = next(c for c in article.claims if c.value == 300000)
    assert claim.attributed_to == "Uganda"

"""The country table: every UN member (plus Taiwan, Kosovo, Palestine, Western Sahara) with a
capital and demonyms, and no surface form shared by two countries."""

from __future__ import annotations

from collections import defaultdict

from newsgraph.extract.actors import ActorDictionary, name_key
from newsgraph.extract.lexicon import DATA_DIR, read_yaml

UN_MEMBERS = [
    "AFG",
    "ALB",
    "DZA",
    "AND",
    "AGO",
    "ATG",
    "ARG",
    "ARM",
    "AUS",
    "AUT",
    "AZE",
    "BHS",
    "BHR",
    "BGD",
    "BRB",
    "BLR",
    "BEL",
    "BLZ",
    "BEN",
    "BTN",
    "BOL",
    "BIH",
    "BWA",
    "BRA",
    "BRN",
    "BGR",
    "BFA",
    "BDI",
    "CPV",
    "KHM",
    "CMR",
    "CAN",
    "CAF",
    "TCD",
    "CHL",
    "CHN",
    "COL",
    "COM",
    "COG",
    "COD",
    "CRI",
    "CIV",
    "HRV",
    "CUB",
    "CYP",
    "CZE",
    "DNK",
    "DJI",
    "DMA",
    "DOM",
    "ECU",
    "EGY",
    "SLV",
    "GNQ",
    "ERI",
    "EST",
    "SWZ",
    "ETH",
    "FJI",
    "FIN",
    "FRA",
    "GAB",
    "GMB",
    "GEO",
    "DEU",
    "GHA",
    "GRC",
    "GRD",
    "GTM",
    "GIN",
    "GNB",
    "GUY",
    "HTI",
    "HND",
    "HUN",
    "ISL",
    "IND",
    "IDN",
    "IRN",
    "IRQ",
    "IRL",
    "ISR",
    "ITA",
    "JAM",
    "JPN",
    "JOR",
    "KAZ",
    "KEN",
    "KIR",
    "PRK",
    "KOR",
    "KWT",
    "KGZ",
    "LAO",
    "LVA",
    "LBN",
    "LSO",
    "LBR",
    "LBY",
    "LIE",
    "LTU",
    "LUX",
    "MDG",
    "MWI",
    "MYS",
    "MDV",
    "MLI",
    "MLT",
    "MHL",
    "MRT",
    "MUS",
    "MEX",
    "FSM",
    "MDA",
    "MCO",
    "MNG",
    "MNE",
    "MAR",
    "MOZ",
    "MMR",
    "NAM",
    "NRU",
    "NPL",
    "NLD",
    "NZL",
    "NIC",
    "NER",
    "NGA",
    "MKD",
    "NOR",
    "OMN",
    "PAK",
    "PLW",
    "PAN",
    "PNG",
    "PRY",
    "PER",
    "PHL",
    "POL",
    "PRT",
    "QAT",
    "ROU",
    "RUS",
    "RWA",
    "KNA",
    "LCA",
    "VCT",
    "WSM",
    "SMR",
    "STP",
    "SAU",
    "SEN",
    "SRB",
    "SYC",
    "SLE",
    "SGP",
    "SVK",
    "SVN",
    "SLB",
    "SOM",
    "ZAF",
    "SSD",
    "ESP",
    "LKA",
    "SDN",
    "SUR",
    "SWE",
    "CHE",
    "SYR",
    "TJK",
    "THA",
    "TLS",
    "TGO",
    "TON",
    "TTO",
    "TUN",
    "TUR",
    "TKM",
    "TUV",
    "UGA",
    "UKR",
    "ARE",
    "GBR",
    "TZA",
    "USA",
    "URY",
    "UZB",
    "VUT",
    "VEN",
    "VNM",
    "YEM",
    "ZMB",
    "ZWE",
]
OTHERS = ["TWN", "XKX", "PSE", "ESH"]
# Left out on purpose (see the comments in the YAML file): the form would also name another place.
NO_CAPITAL = {"ATG", "CRI", "GRD", "GUY", "JAM", "MDV", "PAN", "SYC"}
NO_DEMONYM = {"VAT", "FSM", "COG", "CAF", "DMA", "GIN", "VCT"}


def _countries() -> dict[str, dict]:
    return read_yaml(DATA_DIR / "extract_countries.yaml")["countries"]


def test_every_un_member_and_more_has_an_entry() -> None:
    assert len(set(UN_MEMBERS)) == 193
    countries = _countries()
    assert [code for code in UN_MEMBERS + OTHERS if code not in countries] == []


def test_every_entry_has_name_capital_and_demonyms() -> None:
    for code, info in _countries().items():
        assert info.get("name"), code
        assert info.get("capital") or code in NO_CAPITAL, code
        assert info.get("demonyms") or code in NO_DEMONYM, code


def test_no_surface_form_names_two_countries() -> None:
    places: dict[str, set[str]] = defaultdict(set)
    peoples: dict[str, set[str]] = defaultdict(set)
    for code, info in _countries().items():
        for form in [info["name"], info.get("capital"), *(info.get("aliases") or [])]:
            if form:
                places[name_key(str(form))].add(code)
        for form in info.get("demonyms") or []:
            peoples[name_key(str(form))].add(code)
    assert {k: v for k, v in places.items() if len(v) > 1} == {}
    assert {k: v for k, v in peoples.items() if len(v) > 1} == {}


def test_capitals_and_demonyms_link_to_their_state() -> None:
    dictionary = ActorDictionary()
    expected = {
        "Asmara": "Eritrea",
        "Eritrean": "Eritrea",
        "Asunción": "Paraguay",
        "Asuncion": "Paraguay",
        "Paraguayan": "Paraguay",
        "Muscat": "Oman",
        "Omani": "Oman",
        "Vilnius": "Lithuania",
        "Kinshasa": "Democratic Republic of the Congo",
        "Pristina": "Kosovo",
        "Kosovar": "Kosovo",
        "Laayoune": "Western Sahara",
        "N'Djamena": "Chad",
        "Ndjamena": "Chad",
        "Timor-Leste": "East Timor",
    }
    for surface, state in expected.items():
        actor = dictionary.lookup(surface)
        assert actor is not None and actor.acts_for == state, surface
    for surface in ("Kingston", "Georgetown", "San Jose", "Victoria", "Male", "Guinean"):
        assert dictionary.lookup(surface) is None, surface

"""The extract scorer on small hand-made gold and predictions."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from newsgraph.evaluate.extract import (
    _same_unit,
    evaluate_extract,
    format_report,
    load_gold,
    run_eval_extract,
    token_f1,
)

TEXT = (
    "Sergei Lavrov met Kim Jong Un in Wonsan on Saturday.\n\n"
    "About 12,000 North Korean troops were sent to Russia, according to the NIS."
)


def gold_page() -> dict:
    return {
        "source": "page.txt",
        "articles": [
            {
                "title": "Lavrov in Wonsan",
                "text": TEXT,
                "comments": [{"posted": "2025-07-13", "text": "first"}],
                "entities": [
                    {"name": "Sergey Lavrov", "type": "PERSON", "aliases": ["Sergei Lavrov"]},
                    {"name": "Kim Jong Un", "type": "PERSON", "aliases": []},
                    {"name": "Wonsan", "type": "GPE", "aliases": []},
                    {"name": "National Intelligence Service", "type": "ORG", "aliases": ["NIS"]},
                ],
                "events": [
                    {
                        "type": "CONSULT",
                        "mode": "meet",
                        "actors": ["Sergey Lavrov"],
                        "targets": ["Kim Jong Un"],
                        "modality": "asserted",
                        "source": None,
                        "evidence": "Sergei Lavrov met Kim Jong Un in Wonsan on Saturday.",
                    },
                    {
                        "type": "AID",
                        "mode": "personnel",
                        "actors": ["North Korea"],
                        "targets": ["Russia"],
                        "modality": "reported",
                        "source": "South Korea's National Intelligence Service",
                        "evidence": "About 12,000 North Korean troops were sent to Russia, according to the NIS.",
                    },
                ],
                "claims": [
                    {
                        "subject": "North Korean troops sent to Russia",
                        "value": 12000,
                        "upper": None,
                        "unit": "troops",
                        "approximate": True,
                        "attributed_to": "National Intelligence Service",
                        "modality": "reported",
                        "evidence": "About 12,000 North Korean troops were sent to Russia, according to the NIS.",
                    },
                ],
            }
        ],
    }


def score(pred: dict, gold: dict | None = None) -> dict:
    return evaluate_extract([pred], [gold or gold_page()])


def test_perfect_prediction_scores_one_everywhere() -> None:
    result = score(gold_page())
    for kind in ("articles", "entities", "events", "claims"):
        assert result[kind]["f1"] == 1.0
    assert result["entities"]["typed_recall"] == 1.0
    assert result["attribution"] == {"accuracy": 1.0, "n": 3}
    assert result["modality"]["accuracy"] == 1.0
    assert result["text"]["f1"] == 1.0
    assert result["comments"]["count_accuracy"] == 1.0
    assert result["pages"] == 1
    assert result["per_page"]["page.txt"]["events"]["f1"] == 1.0


def test_missing_event_lowers_recall_not_precision() -> None:
    pred = gold_page()
    del pred["articles"][0]["events"][1]
    events = score(pred)["events"]
    assert events["precision"] == 1.0
    assert events["recall"] == 0.5


def test_event_needs_same_type_and_overlapping_actors() -> None:
    pred = gold_page()
    pred["articles"][0]["events"][0]["type"] = "AGREE"
    pred["articles"][0]["events"][1]["actors"] = ["Japan"]
    events = score(pred)["events"]
    assert events["tp"] == 0
    assert events["fp"] == 2


def test_event_actor_spelled_as_a_gold_alias_still_matches() -> None:
    pred = gold_page()
    pred["articles"][0]["events"][0]["actors"] = ["sergei lavrov"]
    assert score(pred)["events"]["f1"] == 1.0


def test_a_predicted_name_that_carries_the_gold_name_as_alias_is_the_same_entity() -> None:
    pred = gold_page()
    article = pred["articles"][0]
    article["entities"][3] = {
        "name": "NIS",
        "type": "ORG",
        "aliases": ["National Intelligence Service"],
    }
    article["entities"][0] = {"name": "Lavrov", "type": "PERSON", "aliases": ["Sergei Lavrov"]}
    article["events"][0]["actors"] = ["Lavrov"]
    article["events"][1]["source"] = "NIS"
    result = score(pred)
    assert result["events"]["f1"] == 1.0
    assert result["attribution"]["accuracy"] == 1.0


def test_wrong_unit_is_not_a_claim_match() -> None:
    pred = gold_page()
    pred["articles"][0]["claims"][0]["unit"] = "shells"
    claims = score(pred)["claims"]
    assert claims["tp"] == 0
    assert (claims["fp"], claims["fn"]) == (1, 1)


def test_unit_compares_by_its_head_noun_and_kinds_of_people_as_one() -> None:
    assert _same_unit("pickup trucks", "trucks")
    assert _same_unit("crew members", "people")
    assert _same_unit("rounds of talks", "rounds")
    assert _same_unit("aid workers", "workers")
    assert not _same_unit("barrels per day", "tons per day")
    assert not _same_unit("trucks", "tanks")
    assert not _same_unit("troops", "people")
    assert _same_unit("Afghans", "people")  # a count of nationals counts people
    assert _same_unit("North Koreans", "refugees")
    assert not _same_unit("Afghans", "troops")


def test_claim_value_within_one_percent_matches_but_other_numbers_do_not() -> None:
    near = gold_page()
    near["articles"][0]["claims"][0]["value"] = 12050
    assert score(near)["claims"]["f1"] == 1.0
    far = gold_page()
    far["articles"][0]["claims"][0]["value"] = 10000
    assert score(far)["claims"]["f1"] == 0.0


def test_attribution_allows_containment_and_aliases_but_not_null() -> None:
    pred = gold_page()
    pred["articles"][0]["events"][1]["source"] = "National Intelligence Service"  # contained
    pred["articles"][0]["claims"][0]["attributed_to"] = "NIS"  # a gold alias
    assert score(pred)["attribution"]["accuracy"] == 1.0

    pred["articles"][0]["claims"][0]["attributed_to"] = None
    pred["articles"][0]["events"][0]["source"] = "Reuters"  # gold says unattributed
    attribution = score(pred)["attribution"]
    assert attribution["n"] == 3
    assert attribution["accuracy"] == pytest.approx(1 / 3)


def test_modality_accuracy_counts_matched_facts_only() -> None:
    pred = gold_page()
    pred["articles"][0]["events"][1]["modality"] = "asserted"
    pred["articles"][0]["claims"][0]["unit"] = "tons"  # unmatched: its modality is not judged
    modality = score(pred)["modality"]
    assert modality["n"] == 2
    assert modality["accuracy"] == 0.5


def test_entities_report_typed_recall_separately() -> None:
    pred = gold_page()
    pred["articles"][0]["entities"][2]["type"] = "PERSON"  # Wonsan, wrong type
    del pred["articles"][0]["entities"][3]  # NIS missed
    entities = score(pred)["entities"]
    assert entities["precision"] == 1.0
    assert entities["recall"] == 0.75
    assert entities["typed_recall"] == 0.5


def test_boilerplate_in_text_lowers_text_f1_and_comment_counts_are_compared() -> None:
    pred = gold_page()
    art = pred["articles"][0]
    art["text"] = "Home » world » Lavrov\n\n" + art["text"] + "\n\nLeave a Comment"
    art["comments"] = []
    result = score(pred)
    assert 0.5 < result["text"]["f1"] < 1.0
    assert result["comments"]["count_accuracy"] == 0.0


def test_extra_and_missing_articles_count_as_errors() -> None:
    gold = gold_page()
    second = copy.deepcopy(gold["articles"][0])
    second["text"] = "Russia vetoed the renewal of the UN panel in March."
    second["title"] = "Veto"
    gold["articles"].append(second)
    result = score(gold_page(), gold)  # predicts only the first story
    assert result["articles"]["recall"] == 0.5
    assert result["articles"]["count_accuracy"] == 0.0
    assert result["events"]["recall"] == 0.5
    assert result["text"]["f1"] == 0.5  # the missing story scores zero


def test_facts_only_gold_is_scored_without_text() -> None:
    gold = gold_page()
    gold["articles"][0]["text"] = None
    for fact in gold["articles"][0]["events"] + gold["articles"][0]["claims"]:
        fact["evidence"] = None
    result = score(gold_page(), gold)
    assert result["text"]["n"] == 0
    assert result["events"]["f1"] == 1.0


def test_token_f1() -> None:
    assert token_f1("a b c", "a b c") == 1.0
    assert token_f1("", "") == 1.0
    assert token_f1("a b", "c d") == 0.0


def test_run_eval_extract_reads_gold_and_reports_errors(tmp_path: Path) -> None:
    gold_dir, pages_dir = tmp_path / "gold", tmp_path / "pages"
    gold_dir.mkdir()
    pages_dir.mkdir()
    (gold_dir / "page.txt.json").write_text(json.dumps(gold_page()))
    (gold_dir / "broken.txt.json").write_text(json.dumps({"source": "x", "articles": []}))
    (gold_dir / "_stories.json").write_text("{}")
    (pages_dir / "page.txt").write_text(TEXT)
    (pages_dir / "broken.txt").write_text("x")

    assert set(load_gold(gold_dir)) == {"page.txt", "broken.txt"}

    def extract_fn(path: Path) -> dict:
        if path.name == "broken.txt":
            raise ValueError("cannot parse")
        return {"source": str(path), **{"articles": gold_page()["articles"]}}

    result = run_eval_extract(gold_dir, pages_dir, extract_fn)
    assert result["events"]["f1"] == 1.0
    assert result["errors"] == {"broken.txt": "ValueError: cannot parse"}
    report = format_report(result)
    assert "events" in report and "page.txt" in report and "cannot parse" in report


def test_facts_only_gold_leaves_comments_unscored() -> None:
    gold = gold_page()
    art = gold["articles"][0]
    art["text"], art["comments"] = None, []  # facts-only: text and comments not annotated
    pred = copy.deepcopy(gold_page())  # the prediction found the page's one comment
    result = score(pred, gold)
    assert result["comments"]["count_accuracy"] is None
    assert result["comments"]["n"] == 0

"""Coreference metrics against hand-computed examples, and the ECB+ evaluation end to end."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from newsgraph.evaluate.coref import (
    b_cubed,
    ceaf_e,
    evaluate_coref,
    format_coref_report,
    muc,
    score_clusters,
)
from newsgraph.resolve import pairwise_scores

BENCH = Path(__file__).resolve().parents[3] / "shared" / "bench" / "ecbplus"


def clusters(*groups: str) -> list[frozenset[str]]:
    return [frozenset(g) for g in groups]


def approx(value: float) -> object:
    return pytest.approx(value, abs=1e-4)


def test_split_cluster_scores() -> None:
    # key {a,b,c}; response {a,b} {c}
    gold, pred = clusters("abc"), clusters("ab", "c")
    assert muc(gold, pred) == {"p": 1.0, "r": 0.5, "f1": approx(2 / 3)}
    assert b_cubed(gold, pred) == {
        "p": 1.0,
        "r": approx(5 / 9),
        "f1": approx(2 * 5 / 9 / (1 + 5 / 9)),
    }
    # phi4({a,b,c},{a,b}) = 4/5 is the best alignment: R = 0.8/1, P = 0.8/2
    assert ceaf_e(gold, pred) == {"p": approx(0.4), "r": approx(0.8), "f1": approx(0.64 / 1.2)}


def test_merged_cluster_scores() -> None:
    # key {a,b} {c,d}; response {a,b,c,d}
    gold, pred = clusters("ab", "cd"), clusters("abcd")
    assert muc(gold, pred) == {"p": approx(2 / 3), "r": 1.0, "f1": approx(0.8)}
    assert b_cubed(gold, pred) == {"p": 0.5, "r": 1.0, "f1": approx(2 / 3)}
    assert ceaf_e(gold, pred) == {"p": approx(2 / 3), "r": approx(1 / 3), "f1": approx(4 / 9)}


def test_perfect_clustering_scores_one_and_conll_averages() -> None:
    gold = clusters("ab", "c", "def")
    result = score_clusters(gold, list(gold))
    assert [result[k]["f1"] for k in ("muc", "b3", "ceafe")] == [1.0, 1.0, 1.0]
    assert result["conll"] == 1.0


def test_singletons_only() -> None:
    gold, pred = clusters("a", "b"), clusters("ab")
    assert muc(gold, pred) == {"p": 0.0, "r": 0.0, "f1": 0.0}  # no gold links to find
    assert b_cubed(gold, pred)["p"] == 0.5


def test_pairwise_scores_accept_lists_and_label_maps() -> None:
    assert pairwise_scores([["a", "b", "c"]], {"a": 1, "b": 1, "c": 2}) == {
        "precision": approx(1 / 3),
        "recall": 1.0,
        "f1": approx(0.5),
    }
    assert pairwise_scores({"a": None, "b": None}, [["a"], ["b"]])["f1"] == 1.0


TOKENS = {
    0: "Fire crews battled a blaze in Lyon on Monday .",
    1: "The blaze destroyed a warehouse near the river .",
}


def write_doc(
    path: Path, sentences: dict[int, str], actions: list[tuple[int, int, str | None]]
) -> None:
    """A tiny ECB+-shaped XML file written by us: tokens, ACTION markables, relations."""
    toks, where, t_id = [], {}, 0
    for sent, text in sentences.items():
        for n, word in enumerate(text.split()):
            t_id += 1
            where[(sent, n)] = t_id
            toks.append(f'<token t_id="{t_id}" sentence="{sent}" number="{n}">{word}</token>')
    marks, rels = [], []
    for m_id, (sent, n, instance) in enumerate(actions, start=1):
        marks.append(
            f'<ACTION_OCCURRENCE m_id="{m_id}"><token_anchor t_id="{where[(sent, n)]}"/></ACTION_OCCURRENCE>'
        )
        if instance:
            rels.append(
                f'<CROSS_DOC_COREF r_id="{m_id}" note="{instance}"><source m_id="{m_id}"/>'
                f'<target m_id="99"/></CROSS_DOC_COREF>'
            )
    xml = (
        f'<Document doc_name="{path.name}">{"".join(toks)}<Markables>{"".join(marks)}</Markables>'
        f"<Relations>{''.join(rels)}</Relations></Document>"
    )
    path.write_bytes(gzip.compress(xml.encode()))


def test_evaluate_coref_on_a_tiny_bench(tmp_path: Path) -> None:
    (tmp_path / "xml" / "1").mkdir(parents=True)
    write_doc(tmp_path / "xml" / "1" / "1_1ecb.xml.gz", TOKENS, [(0, 2, "FIRE"), (1, 2, "DESTROY")])
    write_doc(tmp_path / "xml" / "1" / "1_2ecb.xml.gz", TOKENS, [(0, 2, "FIRE"), (1, 2, None)])
    (tmp_path / "ECBplus_coreference_sentences.csv").write_text(
        "Topic,File,Sentence Number\n1,1ecb,0\n1,1ecb,1\n1,2ecb,0\n"
    )
    result = evaluate_coref(tmp_path)
    assert result["mentions"] == 3  # sentence 1 of 1_2ecb is not in the complete set
    assert result["newsgraph"]["conll"] == 1.0
    assert set(result["lemma_baseline"]) == {"muc", "b3", "ceafe", "conll"}
    assert "newsgraph" in format_coref_report(result)


def test_evaluate_coref_skips_without_bench(tmp_path: Path) -> None:
    result = evaluate_coref(tmp_path / "absent")
    assert "skipped" in result and "skipped" in format_coref_report(result)


@pytest.mark.slow
@pytest.mark.skipif(not (BENCH / "xml").is_dir(), reason="ECB+ bench not present")
def test_newsgraph_beats_the_lemma_baseline_on_ecbplus_topics() -> None:
    result = evaluate_coref(BENCH, limit_topics=20)  # ~20 s; the full run takes ~45 s
    assert result["newsgraph"]["conll"] > result["lemma_baseline"]["conll"]

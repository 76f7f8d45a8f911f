"""Bad input: comments, huge sentences, shouting, tables and other languages."""

from __future__ import annotations

from newsgraph.extract import Extractor, load_nlp
from newsgraph.model import Article, Comment


def test_comments_produce_nothing(run):
    comments = [
        Comment(text="Russia attacked Poland and killed 5,000 soldiers."),
        Comment(text="NATO will invade Iran."),
    ]
    article = run("The weather was calm.", comments=comments)
    assert article.events == []
    assert article.claims == []
    assert not any(e.name in ("Poland", "Iran", "NATO") for e in article.entities)


def test_huge_sentence_is_skipped_with_a_note(run):
    text = "Russia attacked Ukraine and " + " and ".join(["the talks went on"] * 400) + "."
    article = run(text)
    assert article.events == []
    assert any("not mined" in note for note in article.notes)


def test_table_rows_make_no_claims(run):
    text = "Region 12 14 16 18 20 22 24 26 28 30 32 troops in total."
    article = run(text)
    assert article.claims == []
    assert any("number-dense" in note for note in article.notes)


def test_all_caps_text_is_recased_and_noted(run):
    article = run("RUSSIAN PRESIDENT VLADIMIR PUTIN VISITED NORTH KOREA ON TUESDAY.")
    assert any("all-caps" in note for note in article.notes)
    names = {e.name for e in article.entities}
    assert "Vladimir Putin" in names
    assert "North Korea" in names
    assert article.text.isupper()


def test_non_english_is_skipped_with_a_note(run):
    article = run("Russland hat die Ukraine angegriffen.", language="de")
    assert (article.entities, article.events, article.claims) == ([], [], [])
    assert any("'de'" in note for note in article.notes)


def test_empty_text(run):
    article = run("")
    assert (article.entities, article.events, article.claims) == ([], [], [])


def test_extract_many_matches_extract(extractor: Extractor):
    texts = [
        "Canada delivered artillery shells to Ukraine.",
        "Nearly five million people fled.",
        "",
    ]
    one = [extractor.extract(Article(source="t", index=i, text=t)) for i, t in enumerate(texts)]
    many = list(
        extractor.extract_many(
            [Article(source="t", index=i, text=t) for i, t in enumerate(texts)], batch_size=2
        )
    )
    assert [(a.events, a.claims) for a in one] == [(a.events, a.claims) for a in many]


def test_long_text_is_capped(extractor: Extractor):
    capped = Extractor(nlp=extractor.nlp, max_chars=2_000)
    text = ("Canada delivered artillery shells to Ukraine. " * 100).strip()
    article = capped.extract(Article(source="t", index=0, text=text))
    assert any("first 2000 of" in note for note in article.notes)
    assert article.events
    assert all(e.span[1] <= 2_000 for e in article.events)


def test_offsets_point_into_the_text(run):
    text = (
        "Sergey Lavrov met Kim Jong-un in Pyongyang.\n\nNearly half of the shells came from abroad."
    )
    article = run(text)
    for entity in article.entities:
        for start, end in entity.mentions:
            assert text[start:end] in (entity.name, *entity.aliases)
    for fact in [*article.events, *article.claims]:
        assert text[fact.span[0] : fact.span[1]] == fact.evidence


def test_shared_pipeline_is_cached():
    assert load_nlp() is load_nlp()
